/**
 * The workloads kustomizations of the tree patch, as kustomize patches them,
 * so that a patch (a Deployment with only `spec.template.spec.hostNetwork`,
 * no selector, no containers) is judged on the workload it lands in, and a
 * workload on the patch that lands in it. Computed once before the rules, from
 * the kustomizations KustomizeResolver reads (inside the repository only,
 * size-limited, no link out, buildable ones only); rules get the result as
 * data on resources (src/resources/resource.ts `kustomized`).
 *
 * kustomize (api/internal/target/kusttarget_configplugin.go, builtins/
 * PatchStrategicMergeTransformer.go, PatchTransformer.go,
 * PatchJson6902Transformer.go; kubectl 1.32 ships v5.5): a kustomization
 * accumulates its `resources` (files, and folders built first), then runs
 * `patchesStrategicMerge`, then `patches`, then sets its `namespace`, then
 * (after prefixes and labels) `patchesJson6902`. A strategic merge patch
 * without `target` patches the one object whose id equals the patch's: same
 * apiVersion, kind and name, same namespace (none is `default`), matching
 * what the object was written as or what an inner kustomization made of it
 * (resWrangler.GetById over PrevIds and CurId); none or several fail the
 * build. With `target`, every object the selector picks (anchored regular
 * expressions for group, version, kind, name and namespace, on the original
 * or current name and namespace; label and annotation selectors), none being
 * no error. A JSON patch (RFC 6902) needs a target.
 *
 * An inline patch (`patches[].patch`, an inline entry of
 * `patchesStrategicMerge`, `patchesJson6902[].patch`: text in the
 * kustomization) is rendered as a patch file is, and named by its kustomization
 * and its entry (`patches[0]`); kustomize reads a strategic merge patch with
 * kyaml (YAML 1.2), JSON operations with sigs.k8s.io/yaml (YAML 1.1).
 *
 * What this module does not model leaves the target unknown, never guessed:
 * components, name prefixes and suffixes, a patch not merged exactly
 * (src/kustomize/workload-merge-patch.ts). The caller treats an unknown
 * target as one without evidence.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_NAME } from '../discover/walk-folder.js';
import type { Path } from '../parse/source.js';
import { parseManifest } from '../parse/parse-manifest.js';
import { readRegularFileSync } from '../read/read-sources.js';
import { applyJsonPatch, type JsonPatchOperation } from '../resources/json-patch.js';
import { isInlinePatchText } from '../resources/kustomize-patches.js';
import { isPlainObject as isPlain, type PlainObject as Plain } from '../resources/plain-object.js';
import { buildable, isInside, KUSTOMIZATION_FILE_NAMES, kustomizationCandidates, KustomizeResolver, type Kustomization } from './namespaces.js';
import { mergeWorkloadPatch } from './workload-merge-patch.js';

/** Where a pod template sits in each workload kind (as src/resources/resource.ts POD_TEMPLATE_PATHS; repeated to keep this module free of the resource model). */
const POD_SPEC_PATHS: Readonly<Record<string, Path>> = Object.assign(Object.create(null) as Record<string, Path>, {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
});

/** A document of the tree: absolute file and 0-based document index; for an inline patch, its kustomization, entry and document in the entry's text. */
export interface DocumentRef {
  file: string;
  index: number;
  /** An inline patch: its entry in the kustomization (`patches[0]`, `patchesStrategicMerge[1]`, `patchesJson6902[0]`). */
  entry?: string;
}

/** A workload as one kustomization renders it after its patches. */
export interface Rendering {
  /** The kustomization whose patches made it (absolute). */
  kustomization: string;
  /** The workload as written. */
  target: DocumentRef & { kind: string; name: string; namespace: string };
  /** Every patch applied to it, inner kustomizations' first. */
  patches: readonly DocumentRef[];
  /** The patched object; undefined when calico-lint cannot apply a patch exactly. */
  object: Plain | undefined;
}

/** A patch a kustomization applies whose target calico-lint does not know. */
export interface MissedTarget {
  kustomization: string;
  /** What the patch names: "Deployment/ns/name", or the selector. */
  wanted: string;
  reason: 'not-in-files-read' | 'ambiguous' | 'not-rendered';
}

/** What a document of the tree is to the kustomizations that read it. */
export interface Kustomized {
  /** As a patch: the workloads it lands in. */
  asPatch: Rendering[];
  /** As a patch: the kustomizations that apply it but whose target calico-lint does not know. */
  missed: MissedTarget[];
  /** As a workload: what the kustomizations that patch it make of it. */
  asTarget: Rendering[];
}

export interface KustomizePatches {
  /** `entry`: for an inline patch of the kustomization `file`, which one. */
  of(file: string, index: number, entry?: string): Kustomized | undefined;
}

/** Files a kustomization names as patches are a few lines; a target manifest may be a whole upstream install. */
const MAX_FILE_SIZE = 8 * 1024 * 1024;
/** Nesting followed, at most (a hostile tree could nest thousands). */
const MAX_DEPTH = 100;
/** Workload copies made over all renderings, at most (each kustomization carries its bases' workloads). */
const MAX_ITEMS = 200_000;

interface Item {
  ref: DocumentRef;
  apiVersion: string;
  kind: string;
  name: string;
  /** The namespaces it had (as written, then each inner kustomization's), `default` for none. */
  namespaces: readonly string[];
  labels: Plain;
  annotations: Plain;
  object: Plain | undefined;
  patches: readonly DocumentRef[];
}

type Rendered = { items: Item[] } | { failed: true };

interface PatchEntry {
  /** The patch file; for an inline patch, its kustomization. */
  file: string;
  /** An inline patch: its entry (`patches[0]`) and text. */
  inline?: { entry: string; text: string };
  target?: Plain;
  json: boolean;
}

/** The key of a document, or of an inline patch's document, in the result. */
function keyOf(ref: DocumentRef): string {
  return `${ref.index}\u0000${ref.file}\u0000${ref.entry ?? ''}`;
}

function refOf(entry: PatchEntry, index: number): DocumentRef {
  return entry.inline === undefined ? { file: entry.file, index } : { file: entry.file, index, entry: entry.inline.entry };
}

/**
 * The patches of the kustomizations among `discoveredFiles` and in the
 * folders of `lintedFiles` and above (up to the resolver's root), and what they patch.
 */
export function kustomizePatches(lintedFiles: readonly string[], resolver: KustomizeResolver, discoveredFiles: readonly string[]): KustomizePatches {
  const candidates = kustomizationCandidates(resolver, lintedFiles, discoveredFiles);
  const mentions = new HostNetworkMentions(resolver);
  const withPatches = [...candidates].sort().filter((file) => {
    const entries = patchEntriesOf(resolver.load(file), resolver);
    // Only where a verdict can change: a patch that says hostNetwork, or a patch of a workload some of whose resources say it.
    return entries.some((entry) => mentions.has(entry)) ||
      (entries.some((entry) => mentions.patchesWorkloads(entry)) && subtreeFiles(resolver, file).some((manifest) => mentions.has(manifest)));
  });
  const result = new Map<string, Kustomized>();
  if (withPatches.length === 0) return { of: () => undefined };
  const ok = buildable(resolver, withPatches);
  const renderer = new Renderer(resolver, ok, result);
  for (const file of withPatches) {
    if (ok.has(file)) renderer.render(file, 0);
    else renderer.missAll(file, 'not-rendered');
  }
  return { of: (file, index, entry) => result.get(keyOf({ file, index, ...(entry !== undefined && { entry }) })) };
}

/**
 * Patch files that the discovered kustomizations apply but that discovery
 * does not list, by their name: kustomize loads a patch of any name
 * (`patches: - path: hostnet.txt`), so a CI runner put on the host network
 * by one passed unseen. These are linted as manifests too. A file that has a
 * manifest's name and is not listed was left out on purpose (`ignores`, the
 * paths given); so is one `ignored` names. Inside the kustomization's folder
 * only (kustomize's load restriction) and inside the repository.
 */
export function undiscoveredPatchFiles(resolver: KustomizeResolver, discoveredFiles: readonly string[], ignored: (file: string) => boolean): string[] {
  const discovered = new Set(discoveredFiles);
  const found = new Set<string>();
  for (const file of discoveredFiles) {
    if (!(KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(path.basename(file))) continue;
    const k = resolver.load(path.resolve(file));
    for (const entry of patchEntriesOf(k, resolver)) {
      const patch = entry.file;
      if (entry.inline !== undefined || discovered.has(patch) || MANIFEST_NAME.test(patch) || ignored(patch)) continue;
      if (!isInside(patch, path.dirname(k!.file)) || statSync(patch, { throwIfNoEntry: false })?.isFile() !== true) continue;
      found.add(patch);
    }
  }
  return [...found].sort();
}

/** The patches a kustomization names, files and inline, in kustomize's order: `patchesStrategicMerge`, `patches`, `patchesJson6902`. */
function patchEntriesOf(k: Kustomization | undefined, resolver: KustomizeResolver): PatchEntry[] {
  if (k?.fields === undefined) return [];
  const folder = path.dirname(k.file);
  const entries: PatchEntry[] = [];
  const fileOf = (entry: unknown): string | undefined => {
    // An inline patch is YAML text, not a path (kustomize tries it as text when it loads no file).
    if (typeof entry !== 'string' || entry === '' || isInlinePatchText(entry)) return undefined;
    const file = path.resolve(folder, entry);
    return resolver.isSafe(file) ? file : undefined;
  };
  const strategic = k.fields.get('patchesstrategicmerge');
  if (Array.isArray(strategic)) {
    strategic.forEach((entry, i) => {
      const file = fileOf(entry);
      if (file !== undefined) entries.push({ file, json: false });
      // As src/resources/kustomize-patches.ts reads it: a patch written in the entry.
      else if (typeof entry === 'string' && isInlinePatchText(entry)) entries.push({ file: k.file, inline: { entry: `patchesStrategicMerge[${i}]`, text: entry }, json: false });
    });
  }
  for (const [key, name] of [['patches', 'patches'], ['patchesjson6902', 'patchesJson6902']] as const) {
    const list = k.fields.get(key);
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      if (!isPlain(entry)) return;
      const target = isPlain(entry.target) ? { target: entry.target } : {};
      const json = key === 'patchesjson6902';
      // kustomize refuses an entry with both (`patch and path can't be set at the same time`): nothing to render.
      // A null or empty `path` is none (Go's zero string).
      if (typeof entry.patch === 'string' && entry.patch !== '' && (entry.path === undefined || entry.path === null || entry.path === '')) {
        entries.push({ file: k.file, inline: { entry: `${name}[${i}]`, text: entry.patch }, json, ...target });
        return;
      }
      const file = fileOf(entry.path);
      if (file !== undefined) entries.push({ file, json, ...target });
    });
  }
  return entries;
}

class Renderer {
  private readonly rendered = new Map<string, Rendered>();
  private readonly parsed = new Map<string, Plain[] | undefined>();
  private copies = 0;

  constructor(
    private readonly resolver: KustomizeResolver,
    private readonly ok: ReadonlySet<string>,
    private readonly result: Map<string, Kustomized>,
  ) {}

  private entry(ref: DocumentRef): Kustomized {
    const key = keyOf(ref);
    let found = this.result.get(key);
    if (found === undefined) this.result.set(key, (found = { asPatch: [], missed: [], asTarget: [] }));
    return found;
  }

  /** Every patch document of a kustomization calico-lint does not render is applied to an unknown target. */
  missAll(file: string, reason: MissedTarget['reason']): void {
    for (const patch of patchEntriesOf(this.resolver.load(file), this.resolver)) {
      const documents = this.patchDocuments(patch) ?? [];
      documents.forEach((document, index) => {
        if (isPlain(document)) this.entry(refOf(patch, index)).missed.push({ kustomization: file, wanted: idOf(document), reason });
      });
    }
  }

  private readonly inlineParsed = new Map<string, Plain[] | undefined>();

  /** The documents of a patch file, or of an inline patch: as kustomize reads a strategic merge patch (kyaml, YAML 1.2). */
  private patchDocuments(entry: PatchEntry): Plain[] | undefined {
    if (entry.inline === undefined) return this.documents(entry.file);
    const key = `${entry.file}\u0000${entry.inline.entry}`;
    if (!this.inlineParsed.has(key)) {
      const parsed = parseManifest(entry.file, entry.inline.text, { yamlVersion: '1.2' });
      const documents = parsed.documents.filter((doc) => doc.value !== null);
      this.inlineParsed.set(key, parsed.problems.length > 0 ? undefined : documents.map((doc) => (isPlain(doc.value) ? doc.value : ({} as Plain))));
    }
    return this.inlineParsed.get(key);
  }

  /** The documents of a file (undefined: not read), YAML 1.1 as the rest of calico-lint reads manifests. */
  private documents(file: string): Plain[] | undefined {
    if (this.parsed.has(file)) return this.parsed.get(file);
    let documents: Plain[] | undefined;
    if (this.resolver.isSafe(file)) {
      const read = readRegularFileSync(file, MAX_FILE_SIZE);
      if (read.ok) {
        const parsed = parseManifest(file, read.bytes.toString('utf8'), { yamlVersion: '1.1' });
        documents = parsed.problems.length > 0 ? undefined : parsed.documents.map((doc) => (isPlain(doc.value) ? doc.value : ({} as Plain)));
      }
    }
    this.parsed.set(file, documents);
    return documents;
  }

  render(file: string, depth: number): Rendered {
    const known = this.rendered.get(file);
    if (known !== undefined) return known;
    const k = this.resolver.load(file);
    let out: Rendered;
    // A Component patches what its parent accumulated: not rendered here, as components are not.
    if (k === undefined || !this.ok.has(file) || depth > MAX_DEPTH || k.kind === 'Component' || k.components.length > 0 || hasNameChange(k)) out = { failed: true };
    else out = this.build(k, depth);
    if ('failed' in out) this.missAll(file, 'not-rendered');
    this.rendered.set(file, out);
    return out;
  }

  private build(k: Kustomization, depth: number): Rendered {
    let items: Item[] = [];
    for (const manifest of k.files) {
      const documents = this.documents(manifest);
      if (documents === undefined) return { failed: true };
      documents.forEach((document, index) => {
        const item = itemOf(document, { file: manifest, index });
        if (item !== undefined) items.push(item);
      });
    }
    for (const child of k.children) {
      const inner = this.render(child, depth + 1);
      if ('failed' in inner) return { failed: true };
      items.push(...inner.items);
    }
    this.copies += items.length;
    if (this.copies > MAX_ITEMS) return { failed: true };
    const patched = new Set<Item>();
    const entries = patchEntriesOf(k, this.resolver);
    // kustomize's order: strategic merge and `patches` before the namespace, JSON 6902 after it.
    for (const entry of entries.filter((candidate) => !candidate.json)) items = this.apply(k, entry, items, patched);
    if (k.namespace !== undefined) items = items.map((item) => replaceItem(item, patched, { namespaces: [...item.namespaces, k.namespace!] }));
    for (const entry of entries.filter((candidate) => candidate.json)) items = this.apply(k, entry, items, patched);
    for (const item of patched) {
      const rendering: Rendering = {
        kustomization: k.file,
        target: { ...item.ref, kind: item.kind, name: item.name, namespace: item.namespaces.at(-1)! },
        patches: item.patches,
        object: item.object,
      };
      this.entry(item.ref).asTarget.push(rendering);
      const patches = new Map(item.patches.map((ref) => [keyOf(ref), ref]));
      for (const ref of patches.values()) this.entry(ref).asPatch.push(rendering);
    }
    return { items };
  }

  /** `items` after one patch entry; the items it changed are added to `patched` (as their new versions). */
  private apply(k: Kustomization, entry: PatchEntry, items: Item[], patched: Set<Item>): Item[] {
    const operations = entry.inline === undefined ? jsonOperations(entry.file, this.resolver) : jsonOperationsIn(entry.file, entry.inline.text);
    // JSON operations are no strategic merge patch (a list is not an object): `patchDocuments` is for the others.
    const documents = operations === undefined ? this.patchDocuments(entry) : [];
    const miss = (index: number, wanted: string, reason: MissedTarget['reason']) =>
      this.entry(refOf(entry, index)).missed.push({ kustomization: k.file, wanted, reason });
    if (documents === undefined) return items;
    const first = documents[0];
    if (entry.json || operations !== undefined) {
      // A JSON patch changes the workloads its target picks; calico-lint judges them on the result.
      if (entry.target === undefined) return items;
      const selected = select(items, entry.target);
      return items.map((item) => {
        if (selected === undefined || !selected.has(item)) return item;
        const value = operations === undefined || item.object === undefined ? undefined : applyJsonPatch(item.object, operations)?.value;
        return replaceItem(item, patched, { object: isPlain(value) ? value : undefined, patches: [...item.patches, refOf(entry, 0)] });
      });
    }
    if (first === undefined) return items;
    if (entry.target !== undefined) {
      const wanted = describeSelector(entry.target);
      // kustomize refuses several strategic merge patches in one entry with a target.
      if (documents.length > 1) {
        documents.forEach((_, index) => miss(index, wanted, 'ambiguous'));
        return items;
      }
      const selected = select(items, entry.target);
      if (selected === undefined || selected.size === 0) {
        miss(0, wanted, selected === undefined ? 'not-rendered' : 'not-in-files-read');
        return items;
      }
      return items.map((item) => (selected.has(item) ? this.patchItem(item, first, refOf(entry, 0), patched) : item));
    }
    let out = items;
    documents.forEach((document, index) => {
      const id = patchId(document);
      if (id === undefined) return;
      const matches = out.filter((item) => item.apiVersion === id.apiVersion && item.kind === id.kind && item.name === id.name && item.namespaces.includes(id.namespace));
      if (matches.length !== 1) {
        miss(index, idOf(document), matches.length === 0 ? 'not-in-files-read' : 'ambiguous');
        return;
      }
      out = out.map((item) => (item === matches[0] ? this.patchItem(item, document, refOf(entry, index), patched) : item));
    });
    return out;
  }

  private patchItem(item: Item, patch: Plain, ref: DocumentRef, patched: Set<Item>): Item {
    const specPath = POD_SPEC_PATHS[item.kind]!;
    const object = item.object === undefined ? undefined : mergeWorkloadPatch(item.object, patch, specPath);
    return replaceItem(item, patched, { object, patches: [...item.patches, ref] });
  }
}

/** A kustomization that renames what it includes: ids calico-lint does not follow. */
function hasNameChange(k: Kustomization): boolean {
  return ['nameprefix', 'namesuffix'].some((key) => {
    const value = k.fields?.get(key);
    return typeof value === 'string' && value !== '';
  });
}

/** The new version of an item, which takes its place in `patched` (when it was there, or when the change is a patch). */
function replaceItem(item: Item, patched: Set<Item>, change: Partial<Item>): Item {
  const next: Item = { ...item, ...change };
  const wasPatched = patched.delete(item);
  if (wasPatched || change.patches !== undefined) patched.add(next);
  return next;
}

function itemOf(document: Plain, ref: DocumentRef): Item | undefined {
  const { apiVersion, kind } = document;
  const metadata = isPlain(document.metadata) ? document.metadata : {};
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !Object.hasOwn(POD_SPEC_PATHS, kind)) return undefined;
  if (typeof metadata.name !== 'string' || metadata.name === '') return undefined;
  return {
    ref,
    apiVersion,
    kind,
    name: metadata.name,
    namespaces: [effectiveNamespace(metadata.namespace)],
    labels: isPlain(metadata.labels) ? metadata.labels : {},
    annotations: isPlain(metadata.annotations) ? metadata.annotations : {},
    object: document,
    patches: [],
  };
}

/** kustomize's EffectiveNamespace for a namespaced object: none is `default`. */
function effectiveNamespace(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : 'default';
}

function patchId(document: Plain): { apiVersion: string; kind: string; name: string; namespace: string } | undefined {
  const metadata = isPlain(document.metadata) ? document.metadata : {};
  if (typeof document.apiVersion !== 'string' || typeof document.kind !== 'string' || typeof metadata.name !== 'string') return undefined;
  return { apiVersion: document.apiVersion, kind: document.kind, name: metadata.name, namespace: effectiveNamespace(metadata.namespace) };
}

/** "Deployment/ns/name" as a patch names its target. */
function idOf(document: Plain): string {
  const metadata = isPlain(document.metadata) ? document.metadata : {};
  const parts = [document.kind, metadata.namespace, metadata.name].filter((part) => typeof part === 'string' && part !== '');
  return parts.join('/');
}

function describeSelector(target: Plain): string {
  return Object.entries(target).filter(([, value]) => typeof value === 'string').map(([key, value]) => `${key}=${value as string}`).join(', ');
}

/** The items a `target:` picks; undefined when calico-lint cannot tell (a pattern or selector it does not read). */
function select(items: readonly Item[], target: Plain): Set<Item> | undefined {
  const field = (key: string): string | undefined => (typeof target[key] === 'string' ? (target[key] as string) : undefined);
  const patterns: Array<[string, RegExp | undefined]> = [];
  for (const key of ['group', 'version', 'kind', 'name', 'namespace']) {
    const value = field(key);
    if (value === undefined || value === '') {
      patterns.push([key, undefined]);
      continue;
    }
    // Plain names and alternations of them (`.` any character, as in Go's RE2): linear to match, unlike a hostile
    // pattern with quantifiers in JavaScript's backtracking engine. Anything else is not read.
    if (!/^[A-Za-z0-9._|-]*$/.test(value)) return undefined;
    try {
      patterns.push([key, new RegExp(`^(?:${value})$`)]);
    } catch {
      return undefined;
    }
  }
  const byKey = new Map(patterns);
  const labels = selectorOf(field('labelSelector'));
  const annotations = selectorOf(field('annotationSelector'));
  if (labels === undefined || annotations === undefined) return undefined;
  const matches = (key: string, value: string) => byKey.get(key)?.test(value) ?? true;
  return new Set(items.filter((item) => {
    const [group, version] = item.apiVersion.includes('/') ? item.apiVersion.split('/', 2) as [string, string] : ['', item.apiVersion];
    return matches('group', group) && matches('version', version) && matches('kind', item.kind) && matches('name', item.name) &&
      item.namespaces.some((namespace) => matches('namespace', namespace)) && labels(item.labels) && annotations(item.annotations);
  }));
}

/** An equality-based selector (`a=b,c!=d,e`); undefined for one calico-lint does not read (set-based). */
function selectorOf(text: string | undefined): ((values: Plain) => boolean) | undefined {
  if (text === undefined || text.trim() === '') return () => true;
  const terms = text.split(',').map((term) => term.trim());
  const tests: Array<(values: Plain) => boolean> = [];
  for (const term of terms) {
    const match = /^(!?)([A-Za-z0-9./_-]+)(?:\s*(==|=|!=)\s*([A-Za-z0-9._-]*))?$/.exec(term);
    if (match === null) return undefined;
    const [, not, key, operator, value] = match;
    if (operator === undefined) tests.push((values) => Object.hasOwn(values, key!) !== (not === '!'));
    else if (not === '!') return undefined;
    else if (operator === '!=') tests.push((values) => values[key!] !== value);
    else tests.push((values) => values[key!] === value);
  }
  return (values) => tests.every((test) => test(values));
}

/** A file's JSON 6902 operations: a YAML or JSON list of `{op, path}`; undefined when it is not one. */
function jsonOperations(file: string, resolver: KustomizeResolver): JsonPatchOperation[] | undefined {
  if (!resolver.isSafe(file)) return undefined;
  const read = readRegularFileSync(file, MAX_FILE_SIZE);
  if (!read.ok) return undefined;
  return jsonOperationsIn(file, read.bytes.toString('utf8'));
}

/** JSON 6902 operations written in a text (a file's, or an inline patch's), read with sigs.k8s.io/yaml (YAML 1.1). */
function jsonOperationsIn(file: string, text: string): JsonPatchOperation[] | undefined {
  const parsed = parseManifest(file, text, { yamlVersion: '1.1' });
  const value = parsed.documents[0]?.value;
  if (!Array.isArray(value) || !value.every((item) => isPlain(item) && typeof item.op === 'string' && typeof item.path === 'string')) return undefined;
  return value as JsonPatchOperation[];
}

/** The pod spec path of a workload kind, for a kind written in a manifest. */
export function podSpecPathOf(kind: string): Path | undefined {
  return Object.hasOwn(POD_SPEC_PATHS, kind) ? POD_SPEC_PATHS[kind] : undefined;
}

/** Whether a file's text says hostNetwork, or names a workload kind, read once each (a text search, no parse). */
class HostNetworkMentions {
  private readonly texts = new Map<string, string | undefined>();

  constructor(private readonly resolver: KustomizeResolver) {}

  private text(file: string): string | undefined {
    if (this.texts.has(file)) return this.texts.get(file);
    let text: string | undefined;
    if (this.resolver.isSafe(file)) {
      const read = readRegularFileSync(file, MAX_FILE_SIZE);
      if (read.ok) text = read.bytes.toString('utf8');
    }
    this.texts.set(file, text);
    return text;
  }

  /** `source`: a manifest file, or a patch (its file, or its text for an inline one). */
  has(source: string | PatchEntry): boolean {
    // Unreadable text, or text that may hide the key (escapes, binary): read it as if it did.
    const text = this.textOf(source);
    return text === undefined || /hostNetwork|\\|!!binary|%TAG/.test(text);
  }

  private textOf(source: string | PatchEntry): string | undefined {
    if (typeof source === 'string') return this.text(source);
    return source.inline?.text ?? this.text(source.file);
  }

  /** A patch of a workload kind, or a JSON patch (its target is in the kustomization). */
  patchesWorkloads(source: PatchEntry): boolean {
    const text = this.textOf(source);
    return text === undefined || /(?:^|\n)\s*(?:-\s*)?op\s*:|kind\s*:\s*["']?(?:Pod|PodTemplate|Deployment|DaemonSet|StatefulSet|ReplicaSet|ReplicationController|Job|CronJob)\b|"op"\s*:/.test(text);
  }
}

/** The manifest files a kustomization includes, through its bases (each kustomization once). */
function subtreeFiles(resolver: KustomizeResolver, file: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>([file]);
  const stack = [file];
  while (stack.length > 0) {
    const k = resolver.load(stack.pop()!);
    if (k === undefined) continue;
    files.push(...k.files);
    for (const next of [...k.children, ...k.components]) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return files;
}
