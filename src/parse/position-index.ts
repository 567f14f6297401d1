/**
 * Positions from the same parse as values. While a file is parsed, each kept
 * document's syntax tree is summed up as plain data: for every mapping its
 * keys (as the locator compares them) with their ranges, for every list its
 * items with the range of their first line, for every node its own range.
 * A finding then finds its position in this index, the way `locate` of
 * parse-manifest.ts walks the tree, without parsing the file again.
 *
 * Subtrees the slimmed value dropped (containers, volumes, status: see
 * src/resources/slim.ts) keep their own range but not their insides: a path
 * into one is answered by parsing again (the rare case), so the index stays
 * small and the answers stay exact.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import type { DocumentSyntax } from './parse-manifest.js';
import type { PairPart, Path, SourceRange } from './source.js';

/**
 * The index of one document. The numbers of all the documents of a file go
 * into one array (see FileAnalysis.positionData), which is held for as long as
 * the run, for every file parsed: so it is packed (packNumbers), and the keys
 * are one string per document, not a string per key.
 *
 * A node at offset `o` of the numbers: [o] its kind (LEAF, MAP, SEQ, PRUNED),
 * [o+1..o+2] its range [start, end) in the parsed text (trailing blanks
 * trimmed), [o+3] its number of entries, then the entries: for a mapping
 * [key (index into the document's keys, -1 for a key that is not a scalar),
 * key start, key end, value node (-1: none)], for a list [first line start,
 * first line end (-1: no range), item node (-1: none)].
 */
export interface DocumentPositions {
  /** The distinct keys of the document's mappings as a JSON array (decodeKeys). */
  keys: string;
  /** The offset of the document's contents in the numbers (-1: none). */
  root: number;
  /** Where the document's contents start (the anchor of a path not found at all). */
  start: number;
}

/**
 * The numbers of a file's index, each stored plus one so that -1 (none) is 0:
 * 16 bits each when they all fit (offsets into texts under 64 KB, most
 * manifests), else 32.
 */
export type PackedNumbers = Uint16Array | Int32Array;

const LEAF = 0;
const MAP = 1;
const SEQ = 2;
/** A subtree the slimmed value dropped: its range, not its insides. */
const PRUNED = 3;
const MAP_ENTRY = 4;
const SEQ_ENTRY = 3;

/**
 * Indexes a document's tree, appending its nodes to `data` (the numbers of
 * the file, unpacked); `value` and `slim` are its value and the slimmed value
 * (the same object when nothing was dropped).
 */
export function indexPositions(syntax: DocumentSyntax, value: unknown, slim: unknown, data: NumberList): DocumentPositions {
  const { contents, text } = syntax;
  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  const keyId = (key: string): number => {
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keys.push(key) - 1));
    return id;
  };
  const trimmedEnd = (start: number, end: number): number => {
    let at = Math.max(start, end);
    while (at > start && /\s/.test(text[at - 1] ?? '')) at--;
    return at;
  };
  const firstLineEnd = (from: number, to: number): number => {
    const newline = text.indexOf('\n', from);
    return trimmedEnd(from, newline === -1 ? to : Math.min(to, newline));
  };
  const rangeOf = (node: unknown): [number, number, number] | undefined =>
    typeof node === 'object' && node !== null && Array.isArray((node as Node).range) ? (node as Node).range! : undefined;
  /** Writes a node; the value and slimmed value under it are compared until they are the same object. */
  const write = (node: unknown, valueHere: unknown, slimHere: unknown, pruned = false): number => {
    const range = rangeOf(node);
    if (range === undefined) return -1;
    const at = data.length;
    const full = valueHere === slimHere;
    if (pruned || (!isMap(node) && !isSeq(node))) {
      // Scalars and aliases (the locator does not follow aliases): a range, nothing inside.
      data.push4(pruned ? PRUNED : LEAF, range[0], trimmedEnd(range[0], range[1]), 0);
      return at;
    }
    if (isMap(node)) {
      const items = node.items;
      data.push4(MAP, range[0], trimmedEnd(range[0], range[1]), items.length);
      const entries = data.reserve(items.length * MAP_ENTRY);
      items.forEach((pair, i) => {
        const key = pair.key;
        const k = isScalar(key) ? String(key.value) : undefined;
        const keyRange = rangeOf(key);
        let child: number;
        if (full || k === undefined || !isRecord(valueHere) || !Object.hasOwn(valueHere, k)) child = write(pair.value, undefined, undefined);
        else if (!isRecord(slimHere) || !Object.hasOwn(slimHere, k)) child = write(pair.value, undefined, undefined, true);
        else child = write(pair.value, valueHere[k], slimHere[k]);
        const o = entries + i * MAP_ENTRY;
        data.set(o, k === undefined ? -1 : keyId(k));
        data.set(o + 1, keyRange ? keyRange[0] : -1);
        data.set(o + 2, keyRange ? trimmedEnd(keyRange[0], keyRange[1]) : -1);
        data.set(o + 3, child);
      });
      return at;
    }
    const items = (node as { items: unknown[] }).items;
    data.push4(SEQ, range[0], trimmedEnd(range[0], range[1]), items.length);
    const entries = data.reserve(items.length * SEQ_ENTRY);
    items.forEach((item, i) => {
      const itemRange = rangeOf(item);
      const child = full || !Array.isArray(valueHere) || !Array.isArray(slimHere)
        ? write(item, undefined, undefined)
        : write(item, valueHere[i], slimHere[i]);
      const o = entries + i * SEQ_ENTRY;
      data.set(o, itemRange ? itemRange[0] : -1);
      data.set(o + 1, itemRange ? firstLineEnd(itemRange[0], itemRange[1]) : -1);
      data.set(o + 2, child);
    });
    return at;
  };
  const root = write(contents, value, slim);
  return { keys: JSON.stringify(keys), root, start: contents.range?.[0] ?? 0 };
}

/**
 * A file's numbers while its documents are indexed, each stored plus one (as
 * packed): 4 bytes a number, where an array of numbers took 8 and grew by
 * half again; a stream of 100,000 documents has tens of millions of them.
 */
export class NumberList {
  private numbers: Int32Array;
  length = 0;
  private max = 0;

  constructor(first: readonly number[]) {
    this.numbers = new Int32Array(Math.max(1024, first.length * 2));
    for (const n of first) this.push1(n);
  }

  private room(count: number): void {
    if (this.length + count <= this.numbers.length) return;
    const bigger = new Int32Array(Math.max(this.numbers.length * 2, this.length + count));
    bigger.set(this.numbers.subarray(0, this.length));
    this.numbers = bigger;
  }

  private push1(n: number): void {
    this.room(1);
    this.numbers[this.length++] = n + 1;
    if (n > this.max) this.max = n;
  }

  push4(a: number, b: number, c: number, d: number): void {
    this.room(4);
    const at = this.length;
    this.numbers[at] = a + 1;
    this.numbers[at + 1] = b + 1;
    this.numbers[at + 2] = c + 1;
    this.numbers[at + 3] = d + 1;
    this.length += 4;
    this.max = Math.max(this.max, a, b, c, d);
  }

  /** Appends `count` numbers, each -1 (none), and returns where they start. */
  reserve(count: number): number {
    this.room(count);
    const at = this.length;
    this.numbers.fill(0, at, at + count); // -1, stored plus one
    this.length += count;
    return at;
  }

  set(offset: number, n: number): void {
    this.numbers[offset] = n + 1;
    if (n > this.max) this.max = n;
  }

  /** The numbers packed (see PackedNumbers): 16 bits each when they all fit, else 32. */
  pack(): PackedNumbers {
    return this.max + 1 <= 0xffff ? Uint16Array.from(this.numbers.subarray(0, this.length)) : this.numbers.slice(0, this.length);
  }
}

/** The first `count` numbers, unpacked (a file's line starts come first). */
export function unpackNumbers(packed: PackedNumbers, count: number): number[] {
  return Array.from(packed.subarray(0, count), (n) => n - 1);
}

/** A document's keys, decoded: only when a finding needs a position. */
export function decodeKeys(positions: DocumentPositions): readonly string[] {
  return JSON.parse(positions.keys) as string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The range (offsets) that `locate(path, part)` gives, walking the index as
 * parse-manifest.ts walks the tree; undefined when the path leads into a
 * subtree the index does not hold (then the caller parses again).
 */
export function locateOffsets(
  packed: PackedNumbers,
  positions: DocumentPositions,
  keys: readonly string[],
  path: Path,
  part: PairPart = 'value',
): [number, number] | undefined {
  /** The number at an offset, unpacked. */
  const n = (offset: number): number => packed[offset]! - 1;
  let node = positions.root;
  /** The key range of the pair holding `node`, or -1 when the last step was a list item. */
  let pairKey = -1;
  let anchor: [number, number] = [positions.start, positions.start];
  let complete = true;
  for (const segment of path) {
    const kind = node === -1 ? LEAF : n(node);
    if (kind === PRUNED) return undefined;
    const count = node === -1 ? 0 : n(node + 3);
    if (kind === MAP) {
      const key = keys.indexOf(String(segment)); // the keys are distinct
      let found = -1;
      // The last of duplicated keys: its value is the one kubectl reads (as parse-manifest.ts walks).
      for (let i = count - 1, o = node + 4 + i * MAP_ENTRY; key !== -1 && i >= 0; i--, o -= MAP_ENTRY) {
        if (n(o) === key) { found = o; break; }
      }
      if (found === -1) { complete = false; break; }
      pairKey = n(found + 1) === -1 ? -1 : found + 1;
      if (n(found + 1) !== -1) anchor = [n(found + 1), n(found + 2)];
      node = n(found + 3);
    } else if (kind === SEQ && typeof segment === 'number') {
      if (!Number.isInteger(segment) || segment < 0 || segment >= count) { complete = false; break; }
      const o = node + 4 + segment * SEQ_ENTRY;
      pairKey = -1;
      if (n(o) !== -1) anchor = [n(o), n(o + 1)];
      node = n(o + 2);
    } else {
      complete = false;
      break;
    }
  }
  if (complete) {
    if (part === 'key' && pairKey !== -1) return [n(pairKey), n(pairKey + 1)];
    if (node !== -1) return [n(node + 1), n(node + 2)];
  }
  return anchor;
}

/** Line and column of offsets, as the parser's LineCounter gives them. */
export function rangeFromOffsets(lineStarts: ArrayLike<number>, [start, end]: [number, number]): SourceRange {
  const counter = new LineCounter();
  counter.lineStarts = lineStarts as number[]; // read by index and length only
  const from = counter.linePos(start);
  const to = counter.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
