/**
 * kustomize output built with `buildMetadata: [originAnnotations]`: every
 * object carries `config.kubernetes.io/origin`, a small YAML document:
 *   path: ../../base/runner.yaml            (relative to the kustomization built)
 *   repo: https://github.com/org/repo       (a remote base; with ref:)
 *   configuredIn: kustomization.yaml        (a generated object)
 *   configuredBy: {apiVersion: builtin, kind: ConfigMapGenerator}
 * (kustomize api/resource/origin.go). A finding lands where its value is
 * written: the origin file when the value there is the rendered one, else the
 * patch, transformer field or generator entry that set it, read from the
 * kustomizations under the root; else the object's first line in its origin file.
 */
import path from 'node:path';
import { parse } from 'yaml';
import { parseManifest } from '../parse/parse-manifest.js';
import type { Path, SourceDocument, SourceRange } from '../parse/source.js';
import { getIn, isPlainObject } from '../resources/resource.js';
import { carryPosition, sameValue, translatePath } from './document-paths.js';
import { firstLineOf, type Placement, type RenderedHit } from './placement.js';
import type { SourceTree } from './source-tree.js';

export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Kustomizations followed from the root, at most (a hostile tree could hold a maze). */
const MAX_KUSTOMIZATIONS = 500;

export interface Origin {
  path?: string;
  repo?: string;
  ref?: string;
  configuredIn?: string;
  configuredBy?: { kind?: string; name?: string };
}

/** The origin annotation of a rendered object; undefined when it has none or it is not the documented shape. */
export function originOf(object: unknown): Origin | undefined {
  const text = getIn(object, ['metadata', 'annotations', ORIGIN_ANNOTATION]);
  if (typeof text !== 'string' || text.length > 4096) return undefined;
  let value: unknown;
  try {
    value = parse(text, { version: '1.2', maxAliasCount: 0 });
  } catch {
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const origin: Origin = {};
  for (const key of ['path', 'repo', 'ref', 'configuredIn'] as const) {
    if (typeof value[key] === 'string') origin[key] = value[key];
  }
  if (isPlainObject(value.configuredBy)) {
    const by = value.configuredBy;
    origin.configuredBy = {
      ...(typeof by.kind === 'string' && { kind: by.kind }),
      ...(typeof by.name === 'string' && { name: by.name }),
    };
  }
  return origin.path !== undefined || origin.configuredIn !== undefined ? origin : undefined;
}

interface Kustomization {
  file: string;
  folder: string;
  doc: SourceDocument;
  value: Record<string, unknown>;
  lines: readonly string[];
}

export class KustomizeSources {
  private list: Kustomization[] | undefined;
  /** The rendered objects, for `replacements:` (a value copied from another object). */
  private rendered: { docs: readonly SourceDocument[]; lines: readonly string[] } | undefined;
  private depth = 0;

  constructor(
    /** The folder of the kustomization that was built. */
    readonly root: string,
    private readonly tree: SourceTree,
  ) {}

  /** The whole rendered stream, so that a replaced value can be traced to the object it was copied from. */
  withStream(docs: readonly SourceDocument[], lines: readonly string[]): this {
    this.rendered = { docs, lines };
    return this;
  }

  /** Where a finding on a rendered object with this origin lands; undefined for a remote base (no file to map to). */
  place(hit: RenderedHit, origin: Origin): Placement | undefined {
    if (origin.repo !== undefined) return undefined;
    const rendered = hit.doc.value;
    const renderedValue = getIn(rendered, hit.path);
    if (origin.path !== undefined) {
      const file = this.tree.resolve(this.root, origin.path);
      const source = file === undefined ? undefined : this.sourceDocument(file, rendered);
      if (file !== undefined && source !== undefined) {
        const written = this.writtenIn(hit, source.doc, source.lines, file);
        if (written) return written;
      }
      const set = this.setByKustomization(hit, renderedValue);
      if (set) return set;
      if (file === undefined) return undefined;
      if (source === undefined) return { filePath: file, range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, kind: 'object' };
      return { filePath: file, range: firstLineOf(source.doc.locate([]), source.lines), kind: 'object' };
    }
    const generated = this.generatedBy(hit, origin, renderedValue);
    if (generated) return generated;
    return this.setByKustomization(hit, renderedValue);
  }

  /**
   * The `namespace:` line of the kustomization that put the rendered object in
   * its namespace, when its origin file says otherwise (or nothing): a finding
   * about the namespace (an infra pool requested from it) is fixed there too.
   */
  namespaceSetter(rendered: unknown, origin: Origin): { filePath: string; range: SourceRange; namespace: string } | undefined {
    const namespace = getIn(rendered, ['metadata', 'namespace']);
    if (typeof namespace !== 'string' || origin.repo !== undefined) return undefined;
    const file = origin.path === undefined ? undefined : this.tree.resolve(this.root, origin.path);
    const source = file === undefined ? undefined : this.sourceDocument(file, rendered);
    if (source !== undefined && getIn(source.doc.value, ['metadata', 'namespace']) === namespace) return undefined;
    const setter = this.kustomizations().find((kustomization) => kustomization.value.namespace === namespace);
    return setter === undefined ? undefined : { filePath: setter.file, range: setter.doc.locate(['namespace'], 'value'), namespace };
  }

  /** The document of `file` that the rendered object came from: same kind, and the name it had before prefixes, suffixes and hashes. */
  private sourceDocument(file: string, rendered: unknown): { doc: SourceDocument; lines: readonly string[] } | undefined {
    const parsed = this.tree.parse(file);
    const loaded = this.tree.text(file);
    if (parsed === undefined || loaded === undefined) return undefined;
    const kind = getIn(rendered, ['kind']);
    const name = getIn(rendered, ['metadata', 'name']);
    const sameKind = parsed.documents.filter((doc) => getIn(doc.value, ['kind']) === kind);
    const doc = bestByName(sameKind, name, (candidate) => getIn(candidate.value, ['metadata', 'name']));
    return doc === undefined ? undefined : { doc, lines: loaded.lines };
  }

  private writtenIn(hit: RenderedHit, doc: SourceDocument, lines: readonly string[], filePath: string): Placement | undefined {
    const sourcePath = translatePath(hit.doc.value, doc.value, hit.path);
    if (sourcePath === undefined || !sameValue(getIn(doc.value, sourcePath), getIn(hit.doc.value, hit.path))) return undefined;
    const range = doc.locate(sourcePath, hit.part);
    return { filePath, range: carryPosition(hit.at, { range: hit.range, lines: hit.lines }, { range, lines }), kind: 'written' };
  }

  /** The kustomizations under the root, outermost first (the last to transform an object is the first found). */
  private kustomizations(): Kustomization[] {
    if (this.list !== undefined) return this.list;
    const list: Kustomization[] = [];
    const seen = new Set<string>();
    const queue = [this.root];
    while (queue.length > 0 && list.length < MAX_KUSTOMIZATIONS) {
      const folder = queue.shift()!;
      const file = KUSTOMIZATION_FILE_NAMES.map((name) => this.tree.resolve(folder, name)).find((candidate) => candidate !== undefined && this.tree.text(candidate) !== undefined);
      if (file === undefined || seen.has(file)) continue;
      seen.add(file);
      const doc = this.tree.parse(file)?.documents[0];
      const loaded = this.tree.text(file);
      if (doc === undefined || loaded === undefined || !isPlainObject(doc.value)) continue;
      list.push({ file, folder, doc, value: doc.value, lines: loaded.lines });
      for (const key of ['resources', 'bases', 'components']) {
        const entries = doc.value[key];
        if (!Array.isArray(entries)) continue;
        for (const entry of entries) {
          if (typeof entry !== 'string') continue;
          const target = this.tree.resolve(folder, entry);
          if (target !== undefined && this.tree.text(target) === undefined) queue.push(target); // a folder (a file reads as text)
        }
      }
    }
    this.list = list;
    return list;
  }

  /** A patch, or a transformer field of a kustomization (namespace, namePrefix, labels, replicas, images), that wrote the value. */
  private setByKustomization(hit: RenderedHit, renderedValue: unknown): Placement | undefined {
    for (const kustomization of this.kustomizations()) {
      const placed = this.patchedIn(kustomization, hit, renderedValue) ?? transformedIn(kustomization, hit, renderedValue) ?? this.replacedIn(kustomization, hit);
      if (placed) return placed;
    }
    return undefined;
  }

  private patchedIn(kustomization: Kustomization, hit: RenderedHit, renderedValue: unknown): Placement | undefined {
    const rendered = hit.doc.value;
    for (const entry of patchEntries(kustomization.value)) {
      if (entry.target !== undefined && !targets(entry.target, rendered)) continue;
      const patch = entry.file === undefined ? inlinePatch(kustomization, entry.at) : this.patchFile(kustomization, entry.file);
      if (patch === undefined) continue;
      for (const doc of patch.documents) {
        const range = Array.isArray(doc.value)
          ? json6902Range(doc, hit, renderedValue)
          : strategicMergeRange(doc, hit, renderedValue, entry.target !== undefined);
        if (range === undefined) continue;
        const shifted = patch.shift(range);
        return { filePath: patch.filePath, range: carryPosition(hit.at, { range: hit.range, lines: hit.lines }, { range: shifted, lines: patch.lines }), kind: 'patch' };
      }
    }
    return undefined;
  }

  /**
   * `replacements:` copy a field of one object into fields of others: the
   * value is written where the source object's field is (placed like any
   * finding on that object), else on the replacement's `source:` entry.
   */
  private replacedIn(kustomization: Kustomization, hit: RenderedHit): Placement | undefined {
    const list = kustomization.value.replacements;
    if (!Array.isArray(list) || this.rendered === undefined || this.depth > 4) return undefined;
    const rendered = hit.doc.value;
    for (let i = 0; i < list.length; i++) {
      const replacement = list[i];
      if (!isPlainObject(replacement) || !isPlainObject(replacement.source) || !Array.isArray(replacement.targets)) continue;
      const hits = replacement.targets.some((target) => isPlainObject(target) && targets(target.select, rendered) &&
        Array.isArray(target.fieldPaths) && target.fieldPaths.some((fieldPath) => typeof fieldPath === 'string' && sameFieldPath(fieldPath, rendered, hit.path)));
      if (!hits) continue;
      const source = replacement.source;
      const sourceDoc = this.rendered.docs.find((doc) => targets({ kind: source.kind, name: source.name }, doc.value) && originOf(doc.value) !== undefined);
      const sourcePath = sourceDoc === undefined ? undefined : fieldPathIn(typeof source.fieldPath === 'string' ? source.fieldPath : 'metadata.name', sourceDoc.value);
      const origin = sourceDoc === undefined ? undefined : originOf(sourceDoc.value);
      if (sourceDoc !== undefined && sourcePath !== undefined && origin !== undefined) {
        const range = sourceDoc.locate(sourcePath, 'value');
        this.depth++;
        try {
          const placed = this.place({ doc: sourceDoc, lines: this.rendered.lines, path: sourcePath, part: 'value', range, at: range }, origin);
          if (placed) return placed;
        } finally {
          this.depth--;
        }
      }
      return { filePath: kustomization.file, range: kustomization.doc.locate(['replacements', i, 'source'], 'key'), kind: 'patch' };
    }
    return undefined;
  }

  private patchFile(kustomization: Kustomization, relative: string): PatchText | undefined {
    const file = this.tree.resolve(kustomization.folder, relative);
    const parsed = file === undefined ? undefined : this.tree.parse(file);
    const loaded = file === undefined ? undefined : this.tree.text(file);
    if (file === undefined || parsed === undefined || loaded === undefined) return undefined;
    return { filePath: file, documents: parsed.documents, lines: loaded.lines, shift: (range) => range };
  }

  /**
   * A position inside a ConfigMap value generated from a file (`files:`),
   * rendered as a literal block: the same line and column of that file, when
   * the block holds the file's text unchanged.
   */
  private insideFile(hit: RenderedHit, dataFile: string, renderedValue: unknown): Placement | undefined {
    const loaded = this.tree.text(dataFile);
    if (loaded === undefined || loaded.text !== renderedValue) return undefined;
    const header = (hit.lines[hit.range.line - 1] ?? '').slice(hit.range.column - 1).trimEnd();
    if (!/^\|[-+]?$/.test(header) || hit.at.line <= hit.range.line) {
      return { filePath: dataFile, range: { line: 1, column: 1, endLine: 1, endColumn: (loaded.lines[0]?.length ?? 0) + 1 }, kind: 'patch' };
    }
    const indent = /^ */.exec(hit.lines[hit.range.line] ?? '')![0].length;
    const line = hit.at.line - hit.range.line;
    const renderedLine = (hit.lines[hit.at.line - 1] ?? '').slice(indent);
    if (loaded.lines[line - 1] !== renderedLine || hit.at.column <= indent) return undefined;
    const endLine = hit.at.endLine - hit.range.line;
    return { filePath: dataFile, range: { line, column: hit.at.column - indent, endLine, endColumn: Math.max(1, hit.at.endColumn - indent) }, kind: 'written' };
  }

  /** A ConfigMap or Secret from a generator: the literal, env line or file entry of its key, else the generator's entry. */
  private generatedBy(hit: RenderedHit, origin: Origin, renderedValue: unknown): Placement | undefined {
    const kind = origin.configuredBy?.kind;
    const listKey = kind === 'ConfigMapGenerator' ? 'configMapGenerator' : kind === 'SecretGenerator' ? 'secretGenerator' : undefined;
    if (origin.configuredIn === undefined || listKey === undefined) return undefined;
    const file = this.tree.resolve(this.root, origin.configuredIn);
    const doc = file === undefined ? undefined : this.tree.parse(file)?.documents[0];
    const loaded = file === undefined ? undefined : this.tree.text(file);
    if (file === undefined || doc === undefined || loaded === undefined) return undefined;
    const generators = getIn(doc.value, [listKey]);
    if (!Array.isArray(generators)) return undefined;
    const renderedName = getIn(hit.doc.value, ['metadata', 'name']);
    const index = bestIndexByName(generators, renderedName);
    if (index === undefined) return undefined;
    const generator = generators[index] as Record<string, unknown>;
    const [field, key] = hit.path;
    if ((field === 'data' || field === 'stringData' || field === 'binaryData') && typeof key === 'string' && hit.path.length === 2) {
      const literals = Array.isArray(generator.literals) ? generator.literals : [];
      const literal = literals.findIndex((entry) => typeof entry === 'string' && entry.startsWith(`${key}=`));
      if (literal >= 0) {
        const range = doc.locate([listKey, index, 'literals', literal], 'value');
        return { filePath: file, range: literalValuePosition(hit, range, loaded.lines, key, renderedValue), kind: 'patch' };
      }
      const files = Array.isArray(generator.files) ? generator.files : [];
      const fromFile = files.findIndex((entry) => typeof entry === 'string' && (entry.startsWith(`${key}=`) || path.basename(entry) === key));
      if (fromFile >= 0) {
        const entry = files[fromFile] as string;
        const dataFile = this.tree.resolve(path.dirname(file), entry.startsWith(`${key}=`) ? entry.slice(key.length + 1) : entry);
        const inside = dataFile === undefined ? undefined : this.insideFile(hit, dataFile, renderedValue);
        return inside ?? { filePath: file, range: doc.locate([listKey, index, 'files', fromFile], 'value'), kind: 'patch' };
      }
      const envs = [...(Array.isArray(generator.envs) ? generator.envs : []), ...(typeof generator.env === 'string' ? [generator.env] : [])];
      for (const env of envs) {
        if (typeof env !== 'string') continue;
        const envFile = this.tree.resolve(path.dirname(file), env);
        const envText = envFile === undefined ? undefined : this.tree.text(envFile);
        const line = envText?.lines.findIndex((text) => text.trimStart().startsWith(`${key}=`)) ?? -1;
        if (envFile !== undefined && envText !== undefined && line >= 0) {
          const text = envText.lines[line]!;
          const column = text.indexOf('=') + 2;
          return { filePath: envFile, range: { line: line + 1, column, endLine: line + 1, endColumn: text.trimEnd().length + 1 }, kind: 'patch' };
        }
      }
    }
    if (hit.path[0] === 'metadata' && hit.path[1] !== 'name') {
      const set = this.setByKustomization(hit, renderedValue);
      if (set) return set;
    }
    return { filePath: file, range: doc.locate([listKey, index, 'name'], 'value'), kind: 'patch' };
  }
}

/**
 * A kustomize field path (`spec.template.spec.containers.[name=main].image`,
 * `data.key`, `metadata.annotations.[a.b/c]`) resolved in an object: list
 * selectors become indexes. Undefined when it does not resolve.
 */
function fieldPathIn(fieldPath: string, object: unknown): Path | undefined {
  const tokens = fieldPath.match(/\[[^\]]*\]|[^.[\]]+/g) ?? [];
  const out: (string | number)[] = [];
  let value = object;
  for (const token of tokens) {
    if (token.startsWith('[')) {
      const inner = token.slice(1, -1);
      const equals = inner.indexOf('=');
      if (equals < 0) {
        if (!isPlainObject(value)) return undefined;
        out.push(inner);
        value = value[inner];
        continue;
      }
      if (!Array.isArray(value)) return undefined;
      const [key, wanted] = [inner.slice(0, equals), inner.slice(equals + 1)];
      const index = value.findIndex((item) => isPlainObject(item) && String(item[key]) === wanted);
      if (index < 0) return undefined;
      out.push(index);
      value = value[index];
    } else if (Array.isArray(value) && /^\d+$/.test(token)) {
      out.push(Number(token));
      value = value[Number(token)];
    } else {
      if (!isPlainObject(value)) return undefined;
      out.push(token);
      value = value[token];
    }
  }
  return out;
}

function sameFieldPath(fieldPath: string, object: unknown, wanted: Path): boolean {
  const resolved = fieldPathIn(fieldPath, object);
  return resolved !== undefined && resolved.length === wanted.length && resolved.every((segment, i) => segment === wanted[i]);
}

interface PatchEntry {
  at: Path;
  file?: string;
  target?: unknown;
}

/** The patches of a kustomization: `patches:`, and the older `patchesStrategicMerge:` and `patchesJson6902:`. */
function patchEntries(value: Record<string, unknown>): PatchEntry[] {
  const entries: PatchEntry[] = [];
  for (const key of ['patches', 'patchesStrategicMerge', 'patchesJson6902']) {
    const list = value[key];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      if (typeof entry === 'string') {
        entries.push(entry.includes('\n') ? { at: [key, i] } : { at: [key, i], file: entry });
      } else if (isPlainObject(entry)) {
        if (typeof entry.path === 'string') entries.push({ at: [key, i], file: entry.path, target: entry.target });
        else if (typeof entry.patch === 'string') entries.push({ at: [key, i, 'patch'], target: entry.target });
      }
    });
  }
  return entries;
}

/** A patch's documents, and how a range in them becomes a range in the file that holds them. */
interface PatchText {
  filePath: string;
  documents: SourceDocument[];
  lines: readonly string[];
  shift: (range: SourceRange) => SourceRange;
}

/**
 * A patch written inside the kustomization, as a literal block (`patch: |-`):
 * parsed on its own, its lines and columns moved to where the block's lines
 * are. Other scalar styles fold or escape lines, so positions would not carry.
 */
function inlinePatch(kustomization: Kustomization, at: Path): PatchText | undefined {
  const text = getIn(kustomization.value, at);
  if (typeof text !== 'string') return undefined;
  const block = kustomization.doc.locate(at, 'value');
  const header = kustomization.lines[block.line - 1] ?? '';
  if (!/^\|[-+0-9]*\s*(?:#.*)?$/.test(header.slice(block.column - 1).trimEnd())) return undefined;
  const firstContent = kustomization.lines.findIndex((line, i) => i >= block.line && line.trim() !== '');
  if (firstContent < 0) return undefined;
  const indent = /^ */.exec(kustomization.lines[firstContent]!)![0].length;
  const documents = parseManifest(kustomization.file, text).documents;
  const shift = (range: SourceRange): SourceRange => ({
    line: range.line + block.line,
    column: range.column + indent,
    endLine: range.endLine + block.line,
    endColumn: range.endColumn + indent,
  });
  return { filePath: kustomization.file, documents, lines: kustomization.lines, shift };
}

/** The candidate whose name the rendered name holds (exactly, else the longest found inside it: prefixes, suffixes, hashes). */
function bestByName<T>(candidates: readonly T[], renderedName: unknown, nameOf: (candidate: T) => unknown): T | undefined {
  if (typeof renderedName !== 'string') return candidates.length === 1 ? candidates[0] : undefined;
  const exact = candidates.find((candidate) => nameOf(candidate) === renderedName);
  if (exact !== undefined) return exact;
  let best: T | undefined;
  let length = 0;
  for (const candidate of candidates) {
    const name = nameOf(candidate);
    if (typeof name === 'string' && name.length > length && renderedName.includes(name)) {
      best = candidate;
      length = name.length;
    }
  }
  return best ?? (candidates.length === 1 ? candidates[0] : undefined);
}

function bestIndexByName(generators: readonly unknown[], renderedName: unknown): number | undefined {
  const best = bestByName(generators.map((generator, index) => ({ generator, index })), renderedName, ({ generator }) => getIn(generator, ['name']));
  return best?.index;
}

/** Whether a patch's `target:` selects the rendered object (kind, name; group and version are not compared). */
function targets(target: unknown, rendered: unknown): boolean {
  if (!isPlainObject(target)) return true;
  if (typeof target.kind === 'string' && target.kind !== getIn(rendered, ['kind'])) return false;
  const name = getIn(rendered, ['metadata', 'name']);
  if (typeof target.name === 'string' && typeof name === 'string' && !name.includes(target.name)) {
    try {
      if (!new RegExp(`^(?:${target.name})$`).test(name)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** A strategic merge patch that writes the rendered value at the path. */
function strategicMergeRange(doc: SourceDocument, hit: RenderedHit, renderedValue: unknown, targeted: boolean): SourceRange | undefined {
  const rendered = hit.doc.value;
  if (!isPlainObject(doc.value)) return undefined;
  if (!targeted) {
    if (doc.value.kind !== undefined && doc.value.kind !== getIn(rendered, ['kind'])) return undefined;
    const name = getIn(doc.value, ['metadata', 'name']);
    const renderedName = getIn(rendered, ['metadata', 'name']);
    if (typeof name === 'string' && typeof renderedName === 'string' && !renderedName.includes(name)) return undefined;
  }
  const sourcePath = translatePath(rendered, doc.value, hit.path);
  if (sourcePath === undefined || !sameValue(getIn(doc.value, sourcePath), renderedValue)) return undefined;
  return doc.locate(sourcePath, hit.part);
}

/** A JSON patch (RFC 6902) operation that adds or replaces the value at the path, or at one of its parents. */
function json6902Range(doc: SourceDocument, hit: RenderedHit, renderedValue: unknown): SourceRange | undefined {
  const ops = doc.value as unknown[];
  const wanted = hit.path.map(String);
  // The last operation on a path wins: search from the end.
  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i];
    if (!isPlainObject(op) || typeof op.path !== 'string' || !['add', 'replace', 'copy', 'move'].includes(String(op.op))) continue;
    const pointer = op.path.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (pointer.length > wanted.length || pointer.some((segment, k) => segment !== wanted[k] && !(segment === '-' && k === pointer.length - 1))) continue;
    const rest = hit.path.slice(pointer.length);
    const valuePath: Path = [i, 'value', ...rest];
    if (doc.has(valuePath) && sameValue(getIn(op.value, rest), renderedValue)) return doc.locate(valuePath, rest.length === 0 ? 'value' : hit.part);
    if (rest.length === 0) return doc.locate([i], 'value');
  }
  return undefined;
}

/** The transformer fields of a kustomization that set values: namespace, namePrefix/nameSuffix, labels, annotations, replicas, images. */
function transformedIn(kustomization: Kustomization, hit: RenderedHit, renderedValue: unknown): Placement | undefined {
  const { value, doc, file } = kustomization;
  const at = (fieldPath: Path, part: 'key' | 'value' = 'value'): Placement => ({ filePath: file, range: doc.locate(fieldPath, part), kind: 'patch' });
  const [first, second] = hit.path;
  const last = hit.path[hit.path.length - 1];
  if (first === 'metadata' && second === 'namespace' && hit.path.length === 2 && value.namespace === renderedValue) return at(['namespace']);
  if (first === 'metadata' && second === 'name' && hit.path.length === 2 && typeof renderedValue === 'string') {
    if (typeof value.namePrefix === 'string' && value.namePrefix !== '' && renderedValue.startsWith(value.namePrefix)) return at(['namePrefix']);
    if (typeof value.nameSuffix === 'string' && value.nameSuffix !== '' && renderedValue.endsWith(value.nameSuffix)) return at(['nameSuffix']);
  }
  const parent = hit.path[hit.path.length - 2];
  if (typeof last === 'string' && (parent === 'labels' || parent === 'matchLabels' || parent === 'annotations')) {
    const lists = parent === 'annotations' ? ['commonAnnotations'] : ['commonLabels'];
    for (const list of lists) {
      if (isPlainObject(value[list]) && Object.hasOwn(value[list], last) && value[list][last] === renderedValue) return at([list, last], hit.part);
    }
    if (parent !== 'annotations' && Array.isArray(value.labels)) {
      for (let i = 0; i < value.labels.length; i++) {
        const pairs = getIn(value.labels[i], ['pairs']);
        if (isPlainObject(pairs) && Object.hasOwn(pairs, last) && pairs[last] === renderedValue) return at(['labels', i, 'pairs', last], hit.part);
      }
    }
  }
  const renderedName = getIn(hit.doc.value, ['metadata', 'name']);
  if (first === 'spec' && second === 'replicas' && hit.path.length === 2 && Array.isArray(value.replicas)) {
    const i = value.replicas.findIndex((entry) => typeof renderedName === 'string' && typeof getIn(entry, ['name']) === 'string' && renderedName.includes(getIn(entry, ['name']) as string));
    if (i >= 0) return at(['replicas', i, 'count']);
  }
  if (last === 'image' && typeof renderedValue === 'string' && Array.isArray(value.images)) {
    for (let i = 0; i < value.images.length; i++) {
      const image = value.images[i];
      if (!isPlainObject(image)) continue;
      for (const field of ['digest', 'newTag', 'newName']) {
        const written = image[field];
        if ((typeof written === 'string' || typeof written === 'number') && renderedValue.includes(String(written))) return at(['images', i, field]);
      }
    }
  }
  return undefined;
}

/** The value part of a `key=value` literal, with the finding's offset inside it when the rendered text is the same. */
function literalValuePosition(hit: RenderedHit, literal: SourceRange, lines: readonly string[], key: string, renderedValue: unknown): SourceRange {
  const lineText = lines[literal.line - 1] ?? '';
  const raw = lineText.slice(literal.column - 1, literal.endColumn - 1);
  const quoted = raw.startsWith('"') || raw.startsWith("'");
  const valueColumn = literal.column + (quoted ? 1 : 0) + key.length + 1;
  const valueText = raw.slice((quoted ? 1 : 0) + key.length + 1, quoted ? -1 : undefined);
  const valueRange: SourceRange = { line: literal.line, column: valueColumn, endLine: literal.line, endColumn: valueColumn + valueText.length };
  if (literal.line !== literal.endLine || valueText !== renderedValue) return valueRange;
  return carryPosition(hit.at, { range: hit.range, lines: hit.lines }, { range: valueRange, lines });
}
