/**
 * kustomize's `helmCharts` (and the deprecated `helmChartInflationGenerator`)
 * in a kustomization: `kustomize build --enable-helm` runs `helm template`
 * on each chart, with values it assembles from the entry (kubernetes-sigs/
 * kustomize api/internal/builtins/HelmChartInflationGenerator.go, fields in
 * api/types/helmchartargs.go):
 * - `valuesFile` (default: the chart's own `values.yaml`), loaded through the
 *   kustomization's loader: a path relative to its folder and, by default,
 *   inside it (LoadRestrictionsRootOnly), or an http(s) URL it downloads
 *   (api/internal/loader/fileloader.go Load, IsRemoteFile);
 * - `valuesInline`, when not empty, merged with the values file according to
 *   `valuesMerge` (replaceValuesInline): `override` (the default) writes the
 *   inline values over the file's, `merge` writes the file's over the inline
 *   ones, `replace` drops the file. The merge is kyaml's merge2 with no
 *   schema: mappings merge, lists and scalars replace, null deletes, a value
 *   of another kind fails (src/resources/merge-patch.ts). kustomize reads
 *   the file itself then, with kyaml (go-yaml v3, YAML 1.2: `no` is a
 *   string), and writes what it read for Helm. Any other
 *   `valuesMerge` fails the build (errIfIllegalValuesMerge);
 * - the result is one `-f` file, followed by each of `additionalValuesFiles`
 *   as its own `-f` (AsHelmArgs): Helm merges those in order, later winning.
 *
 * What calico-lint cannot read exactly (a remote URL, a path out of the
 * repository or the kustomization's folder, a link leading out, a file that
 * does not exist or does not parse, a directive or a merge kustomize fails
 * on) is returned as unread, never skipped: the caller reports it when the
 * chart is tigera-operator. The chart's own default values (when
 * `valuesFile` is not given) are not layered, as for every other Helm source
 * (their `installation` holds no pools).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Path, SourceDocument } from '../parse/source.js';
import { parseManifest } from '../parse/parse-manifest.js';
import { readRegularFileSync } from '../read/read-sources.js';
import type { HelmValuesInput, ValuesLayer } from '../resources/helm-values-layers.js';
import { applyMergePatch, hasDirective } from '../resources/merge-patch.js';
import { type KustomizeResolver, KUSTOMIZATION_FILE_NAMES } from './namespaces.js';
import { isPlainObject as isPlain, type PlainObject as Plain } from '../resources/plain-object.js';

/** A values file as read from the scanned tree, or why it was not. */
export type TreeRead = { ok: true; doc: SourceDocument } | { ok: false; reason: string };

/** Reads a file a kustomization names (`entry`, as written) from the kustomization file's folder. */
export interface TreeFileReader {
  /** `yamlVersion`: how the file is read, 1.1 as Helm reads it unless kustomize reads it first (see chartOf). */
  (kustomizationFile: string, entry: string, yamlVersion?: '1.1' | '1.2'): TreeRead;
  /**
   * The same tree as another side sees it (`--base`): `textOf` gives a file's
   * text there, null where it does not exist, undefined where it is as on disk.
   */
  withTexts(textOf: (filePath: string) => string | null | undefined): TreeFileReader;
  /** Reads `entry`, a path relative to the repository's root (an Argo CD source's values file), inside the repository only. */
  inRepository(entry: string): TreeRead;
  /** Whether `folder`, relative to the repository's root, is a folder of the repository (never through a link leading out). */
  hasFolder(folder: string): boolean;
}

/** Values files are data, but a hostile tree could name a huge one. */
const MAX_VALUES_FILE_SIZE = 4 * 1024 * 1024;

/**
 * Reads files inside the resolver's root only: never a URL, never a path out of the
 * repository or the kustomization's folder, never through a link that leads
 * out (KustomizeResolver.isSafe resolves every link on the way).
 * `textOf` gives texts held in memory (standard input, API texts) first.
 */
export function treeFileReader(resolver: KustomizeResolver, textOf: (filePath: string) => string | null | undefined = () => undefined): TreeFileReader {
  const { root } = resolver;
  const cache = new Map<string, TreeRead>();
  const reader = (kustomizationFile: string, entry: string, yamlVersion: '1.1' | '1.2' = '1.1'): TreeRead => {
    const folder = path.dirname(kustomizationFile);
    if (/^https?:\/\//i.test(entry)) return { ok: false, reason: 'a remote URL, which kustomize downloads at build time and calico-lint never fetches' };
    const target = path.resolve(folder, entry);
    if (!isInside(target, path.resolve(root))) return { ok: false, reason: 'outside the repository, which calico-lint never reads' };
    if (!isInside(target, folder)) {
      return { ok: false, reason: 'outside the kustomization\'s folder: kustomize refuses it unless built with `--load-restrictor LoadRestrictionsNone`, and calico-lint does not read it' };
    }
    const key = `${yamlVersion}:${target}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const read = readInside(resolver, target, textOf, yamlVersion);
    cache.set(key, read);
    return read;
  };
  return Object.assign(reader, {
    withTexts: (other: (filePath: string) => string | null | undefined) => treeFileReader(resolver, other),
    // A file "in" the root: its folder is the root, so only the repository bounds the path.
    inRepository: (entry: string) => reader(path.join(root, '_'), entry.replace(/^\/+/, '')),
    hasFolder: (folder: string) => {
      const target = path.resolve(root, folder.replace(/^\/+/, ''));
      return isInside(target, path.resolve(root)) && existsSync(target) && resolver.isSafe(target) && statSync(target).isDirectory();
    },
  });
}

function readInside(resolver: KustomizeResolver, target: string, textOf: (filePath: string) => string | null | undefined, yamlVersion: '1.1' | '1.2'): TreeRead {
  const held = textOf(target);
  let text: string;
  if (held === null) return { ok: false, reason: 'a file that does not exist: kustomize fails the build' };
  if (held !== undefined) {
    text = held;
  } else {
    if (!existsSync(target)) return { ok: false, reason: 'a file that does not exist: kustomize fails the build' };
    if (!resolver.isSafe(target)) return { ok: false, reason: 'a link leading out of the repository, which calico-lint never follows' };
    if (!statSync(target).isFile()) return { ok: false, reason: 'not a regular file' };
    const read = readRegularFileSync(target, MAX_VALUES_FILE_SIZE);
    if (!read.ok) return { ok: false, reason: read.problem };
    text = read.bytes.toString('utf8');
  }
  // Helm reads values with sigs.k8s.io/yaml (YAML 1.1), the first document only.
  const parsed = parseManifest(target, text, { yamlVersion });
  if (parsed.problems.length > 0) return { ok: false, reason: `a file that does not parse (${parsed.problems[0]!.message})` };
  const doc = parsed.documents[0];
  // An empty file is no values at all.
  if (doc === undefined || doc.value === null) return { ok: true, doc: emptyValues(target, doc) };
  if (!isPlain(doc.value)) return { ok: false, reason: 'a file whose values are not a mapping: Helm refuses it' };
  return { ok: true, doc };
}

function emptyValues(filePath: string, doc: SourceDocument | undefined): SourceDocument {
  const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { filePath, index: 0, value: {}, unresolvedTags: [], locate: (path, part) => doc?.locate(path, part) ?? start, has: () => false };
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Text a kustomization with charts holds: `helmCharts` or
 * `helmChartInflationGenerator`, in any case (kustomize matches field names
 * as encoding/json does).
 */
export const KUSTOMIZE_HELM_TEXT = /[Hh][Ee][Ll][Mm][Cc][Hh][Aa][Rr][Tt]/;

export function isKustomizationFile(filePath: string): boolean {
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(path.basename(filePath));
}

/** A values source of a `helmCharts` entry that calico-lint did not read, and why. */
export interface UnreadValues {
  /** Path in the kustomization document of what names it (e.g. ['helmCharts', 0, 'valuesFile']). */
  path: Path;
  /** Where on that path the finding lands: the key for a whole mapping (`valuesInline`). */
  part: 'key' | 'value';
  message: string;
  /** What it means, when not kustomize's (a Flux HelmRelease, an Argo CD Application): the rule's message ends with it. */
  consequence?: string;
}

export interface KustomizeHelmChart {
  /** Path in the document of the entry, e.g. ['helmCharts', 0]. */
  path: Path;
  /** The chart's name as written, if any. */
  name: string | undefined;
  /** The chart is tigera-operator by name or repository (else only values that render an Installation count). */
  tigeraOperator: boolean;
  /** Whether the inline values write `installation` (evidence for any chart name). */
  inlineInstallation: boolean;
  /** The values Helm renders with, in Helm's order; undefined when something could not be read. */
  input: HelmValuesInput | undefined;
  unread: UnreadValues[];
  /** The values files it read: their own views as plain values files give way to this entry's (src/resources/helm-chart-config.ts). */
  readFiles: string[];
}

/** kustomize decodes with encoding/json: field names match case-insensitively (bytes.EqualFold). */
function field(object: Plain, name: string): { key: string; value: unknown } | undefined {
  const folded = name.toLowerCase();
  let found: { key: string; value: unknown } | undefined;
  // sigs.k8s.io/yaml sorts JSON keys; the last match wins.
  for (const key of Object.keys(object).sort()) {
    if (key.replace(/\u017f/g, 's').replace(/\u212a/g, 'k').toLowerCase() === folded) found = { key, value: object[key] };
  }
  return found;
}

/** Chart repositories of Calico's tigera-operator chart (also Argo CD's `repoURL`: src/resources/argo-value-files.ts) (helm repo add projectcalico https://docs.tigera.io/calico/charts). */
export const TIGERA_REPOSITORY = /(^|[/.@])(docs\.tigera\.io|projectcalico\.docs\.tigera\.io)([/:]|$)|projectcalico/i;

/** The `helmCharts` entries of a kustomization document, with their values as kustomize assembles them. */
export function kustomizeHelmCharts(doc: SourceDocument, read: TreeFileReader | undefined): KustomizeHelmChart[] {
  const value = doc.value;
  if (!isPlain(value) || !isKustomizationFile(doc.filePath)) return [];
  const charts: KustomizeHelmChart[] = [];
  const modern = field(value, 'helmCharts');
  if (modern !== undefined && Array.isArray(modern.value)) {
    modern.value.forEach((entry, i) => {
      if (isPlain(entry)) charts.push(chartOf(doc, [modern.key, i], entry, MODERN_FIELDS, read));
    });
  }
  // The deprecated form (types.HelmChartArgs, makeHelmChartFromHca): chartName, chartRepoUrl, values, valuesLocal, valuesMerge.
  const legacy = field(value, 'helmChartInflationGenerator');
  if (legacy !== undefined && Array.isArray(legacy.value)) {
    legacy.value.forEach((entry, i) => {
      if (isPlain(entry)) charts.push(chartOf(doc, [legacy.key, i], entry, LEGACY_FIELDS, read));
    });
  }
  return charts;
}

interface FieldNames {
  name: string;
  repo: string;
  valuesFile: string;
  valuesInline: string;
  valuesMerge: string;
  additionalValuesFiles: string | undefined;
}

const MODERN_FIELDS: FieldNames = { name: 'name', repo: 'repo', valuesFile: 'valuesFile', valuesInline: 'valuesInline', valuesMerge: 'valuesMerge', additionalValuesFiles: 'additionalValuesFiles' };
const LEGACY_FIELDS: FieldNames = { name: 'chartName', repo: 'chartRepoUrl', valuesFile: 'values', valuesInline: 'valuesLocal', valuesMerge: 'valuesMerge', additionalValuesFiles: undefined };

function chartOf(doc: SourceDocument, at: Path, entry: Plain, names: FieldNames, read: TreeFileReader | undefined): KustomizeHelmChart {
  const name = field(entry, names.name)?.value;
  const repo = field(entry, names.repo)?.value;
  const inline = field(entry, names.valuesInline);
  const file = field(entry, names.valuesFile);
  const mergeField = field(entry, names.valuesMerge);
  const additional = names.additionalValuesFiles === undefined ? undefined : field(entry, names.additionalValuesFiles);
  const chart: KustomizeHelmChart = {
    path: at,
    name: typeof name === 'string' ? name : undefined,
    tigeraOperator: name === 'tigera-operator' || (typeof repo === 'string' && TIGERA_REPOSITORY.test(repo)),
    inlineInstallation: isPlain(inline?.value) && Object.hasOwn(inline.value, 'installation'),
    input: undefined,
    unread: [],
    readFiles: [],
  };
  const unread = (key: string, message: string, index?: number, part: 'key' | 'value' = 'value'): void => {
    chart.unread.push({ path: [...at, key, ...(index === undefined ? [] : [index])], part, message });
  };
  const label = (key: string, index?: number): string => `\`${[...at, key].map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').slice(1)}${index === undefined ? '' : `[${index}]`}\``;
  const inlineValues = isPlain(inline?.value) ? inline.value : {};
  const mode = mergeField === undefined || mergeField.value === '' || mergeField.value === null ? 'override' : mergeField.value;
  if (mode !== 'override' && mode !== 'merge' && mode !== 'replace') {
    unread(mergeField!.key, `${label(mergeField!.key)} is none of merge, override, replace, so kustomize fails the build`);
    return chart;
  }
  if (hasDirective(inlineValues)) unread(inline!.key, `${label(inline!.key)} holds a \`$\` key, which kustomize's merge reads as a strategic merge directive that calico-lint does not apply`, undefined, 'key');
  const hasInline = Object.keys(inlineValues).length > 0;
  const inlineLayer: ValuesLayer | undefined = hasInline && inline !== undefined
    ? { label: label(inline.key), doc, prefix: [...at, inline.key], values: inlineValues }
    : undefined;
  // The values file is read unless `replace` drops it; without one, the chart's own defaults stand (not layered).
  let fileLayer: ValuesLayer | undefined;
  if (file !== undefined && typeof file.value === 'string' && file.value !== '' && !(hasInline && mode === 'replace')) {
    // Merged with inline values, kustomize reads the file itself with kyaml (go-yaml v3, YAML 1.2: `no` is a string) and
    // writes what it read for Helm (replaceValuesInline); alone, the file goes to Helm as it is (copyValuesFile).
    const got = readValues(doc, file.value, read, hasInline ? '1.2' : '1.1');
    if (!got.ok) unread(file.key, `${label(file.key)} is ${got.reason}`);
    else {
      fileLayer = { label: label(file.key), doc: got.doc, prefix: [], values: got.doc.value as Plain };
      chart.readFiles.push(got.doc.filePath);
    }
  }
  const extra: ValuesLayer[] = [];
  if (additional !== undefined && Array.isArray(additional.value)) {
    additional.value.forEach((entryPath, j) => {
      if (typeof entryPath !== 'string') return;
      const got = readValues(doc, entryPath, read);
      if (!got.ok) unread(additional.key, `${label(additional.key, j)} is ${got.reason}`, j);
      else {
        extra.push({ label: label(additional.key, j), doc: got.doc, prefix: [], values: got.doc.value as Plain });
        chart.readFiles.push(got.doc.filePath);
      }
    });
  }
  if (fileLayer !== undefined && hasDirective(fileLayer.values) && hasInline && mode !== 'replace') {
    unread(file!.key, `${label(file!.key)} holds a \`$\` key, which kustomize's merge with \`valuesInline\` reads as a strategic merge directive that calico-lint does not apply`);
  }
  if (chart.unread.length > 0) return chart;
  let first: ValuesLayer[];
  if (inlineLayer === undefined) first = fileLayer === undefined ? [] : [fileLayer];
  else if (fileLayer === undefined) first = [inlineLayer];
  else {
    // kustomize's merge fails where a value meets one of another kind: the build fails, nothing is rendered.
    const [under, over] = mode === 'merge' ? [inlineLayer, fileLayer] : [fileLayer, inlineLayer];
    if (applyMergePatch(under.values, over.values) === undefined) {
      unread(inline!.key, `kustomize cannot merge ${inlineLayer.label} with ${fileLayer.label} (a value meets one of another kind): the build fails`, undefined, 'key');
      return chart;
    }
    first = [under, over];
  }
  chart.input = { layers: [...first, ...extra], sets: [] };
  return chart;
}

function readValues(doc: SourceDocument, entry: string, read: TreeFileReader | undefined, yamlVersion: '1.1' | '1.2' = '1.1'): TreeRead {
  if (read === undefined) return { ok: false, reason: 'a file calico-lint could not read here (no repository to read it from)' };
  return read(doc.filePath, entry, yamlVersion);
}
