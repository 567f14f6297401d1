/**
 * go-yaml v2 (what sigs.k8s.io/yaml, and so kubectl, decodes manifests with)
 * where it departs from the `yaml` package's YAML 1.1 reading, after
 * composition: `!!binary` scalars, the order of `<<` merge keys, and YAML 1.1
 * line breaks left inside scalars. See kubectl-reading.ts for the text-level part.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type ScalarTag } from 'yaml';
import type { ReadingProblem } from './kubectl-reading.js';
import { separatorBreakProblem } from './kubectl-reading.js';
import { quote } from '../text.js';

const BINARY_TAG = 'tag:yaml.org,2002:binary';
const utf8 = new TextDecoder('utf-8');

/**
 * `!!binary` as go-yaml v2 decodes it into an interface{} (decode.go, scalar()):
 * base64.StdEncoding (padding required; `\r` and `\n` ignored), and the bytes
 * become a *string*, so `kind: !!binary SVBQb29s` is the kind `IPPool` and a
 * binary key names a field. The `yaml` package would give a Buffer.
 */
export const goBinaryTag: ScalarTag = {
  tag: BINARY_TAG,
  default: false,
  identify: () => false,
  resolve(source: string, onError: (message: string) => void): string {
    const compact = source.replace(/[\r\n]/g, '');
    if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) {
      onError('!!binary value contains invalid base64 data (kubectl rejects the document)');
      return source;
    }
    // Go's JSON encoder writes each invalid UTF-8 sequence as U+FFFD, as this decoder does.
    return utf8.decode(Buffer.from(compact, 'base64'));
  },
};

/**
 * The schema's tags with `!!binary` read as kubectl reads it, and without
 * YAML 1.1's base-60 numbers: go-yaml v2 has none (resolve.go), so kubectl
 * reads `5663:12` (a BGP community) or `1:30` as a string, where the `yaml`
 * package's 1.1 schema reads 339792 and 90.
 */
export function withGoBinary(tags: ScalarTag[] | unknown[]): unknown[] {
  return (tags as Array<{ tag?: string; format?: string }>)
    .filter((tag) => tag.format !== 'TIME')
    .map((tag) => (tag.tag === BINARY_TAG ? goBinaryTag : tag));
}

/**
 * Constructs kubectl reads differently from the `yaml` package, found on the
 * composed document: each a problem that refuses it.
 * - A `<<` merge that supplies a key written before it in the same mapping, or
 *   a key an earlier `<<` of the mapping supplied: go-yaml v2 (decode.go,
 *   mapping()) sets the merged keys in order, so the later one wins; YAML 1.1
 *   and the `yaml` package keep the explicit (or first) value.
 * - U+2028 / U+2029 inside a scalar: go-yaml keeps them in the value where
 *   YAML 1.2 would fold a line break.
 */
export function goYamlDifferences(
  doc: Document.Parsed,
  root: Node,
  separatorBreaks: readonly number[],
  originalText: string,
): ReadingProblem[] {
  const problems: ReadingProblem[] = [];
  const mergeKeys = new Map<unknown, Set<string>>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const merges = node.items.some(isMergePair);
      const explicit = new Set<string>();
      const merged = new Set<string>();
      for (const pair of node.items) {
        if (!merges) {
          // nothing to compare
        } else if (isMergePair(pair)) {
          const supplied = keysSupplied(doc, pair.value, mergeKeys, 0);
          const overridden = [...supplied].find((key) => explicit.has(key) || merged.has(key));
          if (overridden !== undefined) problems.push(mergeProblem(pair, overridden, explicit.has(overridden)));
          for (const key of supplied) merged.add(key);
        } else {
          const key = keyString(pair.key);
          if (key !== undefined) explicit.add(key);
        }
        if (pair.key !== null) pending.push(pair.key);
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    } else if (isScalar(node) && separatorBreaks.length > 0 && node.range) {
      const at = firstAtOrAfter(separatorBreaks, node.range[0]);
      if (at !== undefined && at < node.range[1]) problems.push(separatorBreakProblem(at, originalText[at]!));
    }
  }
  return problems;
}

function isMergePair(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'symbol';
}

function keyString(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/** The keys a merge value brings in: those of a mapping (its own merges included) or of a list of mappings. */
function keysSupplied(doc: Document.Parsed, value: unknown, memo: Map<unknown, Set<string>>, depth: number): Set<string> {
  const node = isAlias(value) ? value.resolve(doc) : value;
  const known = memo.get(node);
  if (known) return known;
  const keys = new Set<string>();
  memo.set(node, keys); // a cycle (never valid YAML) then ends here
  if (depth > 64) return keys;
  if (isSeq(node)) {
    for (const item of node.items) for (const key of keysSupplied(doc, item, memo, depth + 1)) keys.add(key);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (isMergePair(pair)) for (const key of keysSupplied(doc, pair.value, memo, depth + 1)) keys.add(key);
      else {
        const key = keyString(pair.key);
        if (key !== undefined) keys.add(key);
      }
    }
  }
  return keys;
}

function mergeProblem(pair: Pair, key: string, writtenBefore: boolean): ReadingProblem {
  const range = (pair.key as Node).range ?? [0, 0];
  const what = writtenBefore
    ? `this \`<<\` merge sets ${quote(key)}, written before it in the same mapping: kubectl takes the merged value, ` +
      'YAML 1.1 parsers keep the one written'
    : `this \`<<\` merge sets ${quote(key)} again after an earlier \`<<\` of the same mapping: kubectl takes the later value, ` +
      'YAML 1.1 parsers the earlier one';
  return {
    start: range[0],
    end: range[1],
    message: `Kubernetes and YAML 1.2 parsers read this differently: ${what}; ` +
      'rewrite it with a single `<<` (a list of sources if needed) as the first key of the mapping',
  };
}

/** The smallest of the sorted `offsets` that is at least `from`. */
function firstAtOrAfter(offsets: readonly number[], from: number): number | undefined {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return offsets[low];
}
