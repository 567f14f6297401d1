/**
 * Helm values from several places, merged as Helm merges them (issue 19,
 * item 6): `--values` files in order, later ones winning, then `--set`
 * assignments on top (helm pkg/cli/values/options.go MergeValues and
 * mergeMaps; pkg/strvals). Each merged field keeps where it is written, so a
 * finding on a pool points at the file and line that gave the value Helm uses.
 *
 * Which places, in which order, is the controller's business
 * (src/resources/helm-values-sources.ts): k3s helm-controller, Argo CD, Flux.
 */
import { hasValueAt } from '../parse/parse-manifest.js';
import type { PairPart, Path, SourceDocument, SourceRange, UnresolvedTag } from '../parse/source.js';
import { isPlainObject as isPlain, type PlainObject as Plain } from './plain-object.js';

/** One `--values` file: a mapping written at `prefix` of `doc`. */
export interface ValuesLayer {
  /** Where the values are written, for display names, e.g. "`spec.valuesContent`". */
  label: string;
  doc: SourceDocument;
  prefix: Path;
  values: Plain;
}

/** One `--set` / `--set-string` assignment: `value` at `path` of the values, written at `at` of `doc`. */
export interface SetValue {
  path: Path;
  value: unknown;
  doc: SourceDocument;
  at: Path;
}

export interface HelmValuesInput {
  layers: readonly ValuesLayer[];
  sets: readonly SetValue[];
}

/**
 * Helm's mergeMaps (pkg/cli/values/options.go): a mapping merges into a
 * mapping key by key; anything else (a list, a scalar, null) replaces.
 */
export function mergeMaps(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isPlain(value) && isPlain(current) ? mergeMaps(current, value) : value;
  }
  return out;
}

/** `--set` writes into the merged values (strvals.ParseInto): maps and list entries on the way are kept or created. */
function setIn(target: Plain, path: Path, value: unknown): Plain {
  const [head, ...rest] = path;
  if (typeof head !== 'string') return target;
  return { ...target, [head]: rest.length === 0 ? value : setInto(target[head], rest, value) };
}

function setInto(current: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(current) ? [...current] : [];
    while (list.length <= head) list.push(null);
    list[head] = rest.length === 0 ? value : setInto(list[head], rest, value);
    return list;
  }
  if (head === undefined) return value;
  return setIn(isPlain(current) ? current : {}, path, value);
}

/** The values Helm renders with: the layers merged in order, then every assignment. */
export function mergedValues(input: HelmValuesInput): Plain {
  let merged: Plain = {};
  for (const layer of input.layers) merged = mergeMaps(merged, layer.values);
  for (const set of input.sets) merged = setIn(merged, set.path, set.value);
  return merged;
}

/** How many leading segments of `path` the values define (following mappings and lists). */
function definedDepth(values: unknown, path: Path): number {
  let current = values;
  let depth = 0;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number' && segment < current.length) current = current[segment];
    else if (isPlain(current) && typeof segment === 'string' && Object.hasOwn(current, segment)) current = current[segment];
    else break;
    depth++;
  }
  return depth;
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

interface Writer {
  doc: SourceDocument;
  locate(part?: PairPart): SourceRange;
}

function writerOf(input: HelmValuesInput, path: Path): Writer | undefined {
  const set = input.sets.findLast((entry) => startsWith(path, entry.path));
  if (set !== undefined) return { doc: set.doc, locate: () => set.doc.locate(set.at) };
  const layer = layerOf(input, path);
  if (layer !== undefined) return { doc: layer.doc, locate: (part) => layer.doc.locate([...layer.prefix, ...path], part) };
  // Only assignments write below `path` (a pool made entirely of `--set`): point at the first one.
  const below = input.sets.find((entry) => startsWith(entry.path, path));
  return below === undefined ? undefined : { doc: below.doc, locate: () => below.doc.locate(below.at) };
}

function layerOf(input: HelmValuesInput, path: Path): ValuesLayer | undefined {
  let best: ValuesLayer | undefined;
  let bestDepth = 0;
  for (const layer of input.layers) {
    const depth = definedDepth(layer.values, path);
    if (depth >= bestDepth && depth > 0) {
      best = layer;
      bestDepth = depth;
    }
  }
  if (best !== undefined && bestDepth === path.length) return best;
  // A deeper `--set` wins over a layer that writes only an ancestor.
  if (input.sets.some((entry) => startsWith(entry.path, path))) return undefined;
  return best ?? input.layers.at(-1);
}

/**
 * A document whose value is `object`, a view of `root` (a path of the merged
 * values, e.g. ['installation']) under `under` (e.g. ['spec']): positions of
 * paths under `under` come from the layers, others from `outside`.
 *
 * A document lies in one file: the file of whatever writes `home` (e.g. the
 * pool list). A value written in another file (a HelmChart and its
 * HelmChartConfig apart) is located at its nearest ancestor written in this
 * one, or at `outside` (which must lie in the home file: see homeFile).
 */
export function layeredDocument(
  input: HelmValuesInput,
  object: unknown,
  under: Path,
  root: Path,
  home: Path,
  outside: () => SourceRange,
): SourceDocument {
  const homeDoc = homeDocument(input, home);
  const valuesPath = (path: Path): Path | undefined => (startsWith(path, under) ? [...root, ...path.slice(under.length)] : undefined);
  const unresolvedTags: UnresolvedTag[] = [];
  for (const layer of input.layers) {
    if (layer.doc.filePath !== homeDoc.filePath) continue;
    const base = [...layer.prefix, ...root];
    for (const tag of layer.doc.unresolvedTags) {
      if (!startsWith(tag.path, base)) continue;
      const inValues = tag.path.slice(layer.prefix.length);
      // A tag counts only where its value is the one Helm uses: no later layer or assignment replaced it.
      if (layerOf(input, inValues) !== layer || input.sets.some((set) => startsWith(inValues, set.path))) continue;
      unresolvedTags.push({ ...tag, path: [...under, ...tag.path.slice(base.length)] });
    }
  }
  return {
    filePath: homeDoc.filePath,
    index: homeDoc.index,
    value: object,
    unresolvedTags,
    locate(path, part) {
      const inValues = valuesPath(path);
      if (inValues === undefined) return outside();
      for (let length = inValues.length; length > root.length; length--) {
        const writer = writerOf(input, inValues.slice(0, length));
        if (writer !== undefined && writer.doc.filePath === homeDoc.filePath) return writer.locate(length === inValues.length ? part : 'key');
      }
      return outside();
    },
    has: (path) => hasValueAt(object, path),
  };
}

/** The document of whatever writes `home` in the merged values (or its nearest written ancestor). */
export function homeDocument(input: HelmValuesInput, home: Path): SourceDocument {
  for (let length = home.length; length > 0; length--) {
    const writer = writerOf(input, home.slice(0, length));
    if (writer !== undefined) return writer.doc;
  }
  return input.layers.at(-1)?.doc ?? input.sets[0]!.doc;
}

/**
 * Helm's `--set name=value` (pkg/strvals): `name` is dotted keys with `[n]`
 * list indexes, a backslash escaping the next character; undefined when the
 * name cannot be read that way.
 */
export function parseSetName(name: string): Path | undefined {
  const path: Array<string | number> = [];
  let segment = '';
  let pending = false;
  for (let i = 0; i < name.length; i++) {
    const char = name[i]!;
    if (char === '\\' && i + 1 < name.length) {
      segment += name[++i];
      pending = true;
    } else if (char === '.') {
      if (!pending) return undefined;
      path.push(segment);
      segment = '';
      pending = false;
    } else if (char === '[') {
      const close = name.indexOf(']', i);
      const index = name.slice(i + 1, close);
      if (close === -1 || !/^\d+$/.test(index)) return undefined;
      if (pending) path.push(segment);
      else if (path.length === 0 || typeof path.at(-1) !== 'number') return undefined;
      path.push(Number(index));
      segment = '';
      pending = false;
      i = close;
      if (name[i + 1] === '.') {
        i++;
        if (i + 1 >= name.length) return undefined;
      }
    } else {
      segment += char;
      pending = true;
    }
  }
  if (pending) path.push(segment);
  return path.length > 0 && typeof path[0] === 'string' ? path : undefined;
}

/**
 * The value of `--set` (typed: true, false, null and integers not starting
 * with 0, any case; strvals typedVal) or `--set-string` (`asString`); `{a,b}`
 * is a list. A backslash escapes the next character.
 */
export function setValueOf(text: string, asString: boolean): unknown {
  if (text.startsWith('{') && text.endsWith('}')) {
    const inner = text.slice(1, -1);
    return inner === '' ? [] : splitUnescaped(inner).map((entry) => typed(entry, asString));
  }
  return typed(unescape(text), asString);
}

function typed(text: string, asString: boolean): unknown {
  if (asString) return text;
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (text === '0') return 0;
  if (/^[1-9]\d*$|^[+-]\d+$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  return text;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function splitUnescaped(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) current += text[++i];
    else if (text[i] === ',') {
      parts.push(current);
      current = '';
    } else current += text[i];
  }
  parts.push(current);
  return parts;
}
