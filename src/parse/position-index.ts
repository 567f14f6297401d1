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
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import type { DocumentSyntax } from './parse-manifest.js';
import type { PairPart, Path, SourceRange } from './source.js';

/** A node: its range [start, end) in the parsed text, trailing blanks trimmed. */
export interface PositionNode {
  s: number;
  e: number;
  /** A mapping's pairs, in order: key as compared, key range, value. */
  m?: Array<{ k: string | undefined; ks: number; ke: number; v: PositionNode | null }>;
  /** A list's items with the range of their first line. */
  q?: Array<{ v: PositionNode | null; fs: number; fe: number }>;
  /** Insides not indexed (the slimmed value dropped them). */
  p?: true;
}

export interface DocumentPositions {
  root: PositionNode | null;
  /** Where the document's contents start (the anchor of a path not found at all). */
  start: number;
}

/** Indexes a document's tree; `value` and `slim` are its value and the slimmed value (the same object when nothing was dropped). */
export function indexPositions(syntax: DocumentSyntax, value: unknown, slim: unknown): DocumentPositions {
  const { contents, text } = syntax;
  const trimmedEnd = (start: number, end: number): number => {
    let at = Math.max(start, end);
    while (at > start && /\s/.test(text[at - 1] ?? '')) at--;
    return at;
  };
  const firstLineEnd = (from: number, to: number): number => {
    const newline = text.indexOf('\n', from);
    return trimmedEnd(from, newline === -1 ? to : Math.min(to, newline));
  };
  /** `full`: the value under this node was not slimmed, compare no more. */
  const index = (node: unknown, valueHere: unknown, slimHere: unknown): PositionNode | null => {
    if (typeof node !== 'object' || node === null || !Array.isArray((node as Node).range)) return null;
    const range = (node as Node).range!;
    const at: PositionNode = { s: range[0], e: trimmedEnd(range[0], range[1]) };
    const full = valueHere === slimHere;
    if (isMap(node)) {
      at.m = node.items.map((pair) => {
        const key = pair.key;
        const k = isScalar(key) ? String(key.value) : undefined;
        const keyRange = (key as Node | null)?.range;
        const ks = keyRange ? keyRange[0] : -1;
        const ke = keyRange ? trimmedEnd(keyRange[0], keyRange[1]) : -1;
        if (full || k === undefined || !isRecord(valueHere) || !Object.hasOwn(valueHere, k)) {
          return { k, ks, ke, v: index(pair.value, undefined, undefined) };
        }
        if (!isRecord(slimHere) || !Object.hasOwn(slimHere, k)) return { k, ks, ke, v: pruned(pair.value) };
        return { k, ks, ke, v: index(pair.value, valueHere[k], slimHere[k]) };
      });
    } else if (isSeq(node)) {
      at.q = node.items.map((item, i) => {
        const itemRange = (item as Node | null)?.range;
        const fs = itemRange ? itemRange[0] : -1;
        const fe = itemRange ? firstLineEnd(itemRange[0], itemRange[1]) : -1;
        const v = full || !Array.isArray(valueHere) || !Array.isArray(slimHere)
          ? index(item, undefined, undefined)
          : index(item, valueHere[i], slimHere[i]);
        return { v, fs, fe };
      });
    } else if (isAlias(node)) {
      // The locator does not follow aliases: a range, nothing inside.
    }
    return at;
  };
  const pruned = (node: unknown): PositionNode | null => {
    if (typeof node !== 'object' || node === null || !Array.isArray((node as Node).range)) return null;
    const range = (node as Node).range!;
    return { s: range[0], e: trimmedEnd(range[0], range[1]), p: true };
  };
  return { root: index(contents, value, slim), start: contents.range?.[0] ?? 0 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The range (offsets) that `locate(path, part)` gives, walking the index as
 * parse-manifest.ts walks the tree; undefined when the path leads into a
 * subtree the index does not hold (then the caller parses again).
 */
export function locateOffsets(positions: DocumentPositions, path: Path, part: PairPart = 'value'): [number, number] | undefined {
  let node = positions.root;
  let pair: { ks: number; ke: number } | null = null;
  let anchor: [number, number] = [positions.start, positions.start];
  let complete = true;
  for (const segment of path) {
    if (node?.p) return undefined;
    if (node?.m) {
      const key = String(segment);
      const found = node.m.find((entry) => entry.k === key);
      if (!found) { complete = false; break; }
      pair = found;
      if (found.ks !== -1) anchor = [found.ks, found.ke];
      node = found.v;
    } else if (node?.q && typeof segment === 'number') {
      const item = node.q[segment];
      if (item === undefined) { complete = false; break; }
      pair = null;
      if (item.fs !== -1) anchor = [item.fs, item.fe];
      node = item.v;
    } else {
      complete = false;
      break;
    }
  }
  if (complete) {
    if (part === 'key' && pair !== null && pair.ks !== -1) return [pair.ks, pair.ke];
    if (node !== null) return [node.s, node.e];
  }
  return anchor;
}

/** Line and column of offsets, as the parser's LineCounter gives them. */
export function rangeFromOffsets(lineStarts: readonly number[], [start, end]: [number, number]): SourceRange {
  const counter = new LineCounter();
  counter.lineStarts = lineStarts as number[];
  const from = counter.linePos(start);
  const to = counter.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
