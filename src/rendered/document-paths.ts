/**
 * Paths and positions inside parsed documents: which path a finding's
 * position is written at in the rendered stream, the same path in a source
 * document (list items matched by `name`, as kustomize merges them), and the
 * column inside a scalar carried over from one file to the other.
 */
import { isDeepStrictEqual } from 'node:util';
import type { PairPart, Path, SourceDocument, SourceRange } from '../parse/source.js';
import { getIn, isPlainObject } from '../resources/resource.js';

export interface Position {
  line: number;
  column: number;
}

export interface PathHit {
  path: Path;
  part: PairPart;
  /** The range of that part in the document. */
  range: SourceRange;
}

export function startsWithin(range: SourceRange, at: Position): boolean {
  const afterStart = at.line > range.line || (at.line === range.line && at.column >= range.column);
  const beforeEnd = at.line < range.endLine || (at.line === range.endLine && at.column < range.endColumn);
  return afterStart && beforeEnd;
}

/** The deepest path whose key or value is written where `at` is; undefined when `at` is outside the document. */
export function pathAt(doc: SourceDocument, at: Position): PathHit | undefined {
  const whole = doc.locate([]);
  if (!startsWithin(whole, at) && !(at.line === whole.line && at.column === whole.column)) return undefined;
  let hit: PathHit = { path: [], part: 'value', range: whole };
  let value: unknown = doc.value;
  let current: Path = [];
  for (let depth = 0; depth < 256; depth++) {
    const children: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : isPlainObject(value) ? Object.keys(value) : [];
    let next: PathHit | undefined;
    for (const child of children) {
      const childPath = [...current, child];
      if (!doc.has(childPath)) continue;
      if (typeof child === 'string') {
        const key = doc.locate(childPath, 'key');
        if (startsWithin(key, at)) {
          next = { path: childPath, part: 'key', range: key };
          break;
        }
      }
      const valueRange = doc.locate(childPath, 'value');
      if (startsWithin(valueRange, at)) {
        next = { path: childPath, part: 'value', range: valueRange };
        break;
      }
    }
    if (next === undefined) return hit;
    hit = next;
    if (next.part === 'key') return hit;
    current = next.path;
    value = getIn(doc.value, current);
  }
  return hit;
}

/**
 * `path` of `rendered` written for `source`: a list index becomes the index of
 * the item with the same `name` (kustomize merges containers, volumes, ports by
 * name, so a patch or base may list them in another order). Undefined when an
 * item has no counterpart.
 */
export function translatePath(rendered: unknown, source: unknown, path: Path): Path | undefined {
  const out: (string | number)[] = [];
  let r: unknown = rendered;
  let s: unknown = source;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(r) || !Array.isArray(s)) return undefined;
      const item = r[segment];
      const name = isPlainObject(item) ? item.name : undefined;
      const index = name === undefined ? segment : s.findIndex((candidate) => isPlainObject(candidate) && candidate.name === name);
      if (index < 0 || index >= s.length) return undefined;
      out.push(index);
      r = item;
      s = s[index];
    } else {
      if (!isPlainObject(r) || !isPlainObject(s) || !Object.hasOwn(s, segment)) return undefined;
      out.push(segment);
      r = r[segment];
      s = s[segment];
    }
  }
  return out;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}

/**
 * Where `at` (a position inside `from`, a range of the rendered text) falls
 * inside `to` (a range of the source text): the same offset into the scalar
 * when both hold the same characters between their quotes, else the start of
 * `to`. `width` keeps a one-line finding as wide as it was.
 */
export function carryPosition(
  at: SourceRange,
  from: { range: SourceRange; lines: readonly string[] },
  to: { range: SourceRange; lines: readonly string[] },
): SourceRange {
  const whole: SourceRange = to.range;
  if (from.range.line !== from.range.endLine || to.range.line !== to.range.endLine || at.line !== from.range.line) return whole;
  const fromInner = innerOf(from.lines[from.range.line - 1] ?? '', from.range);
  const toInner = innerOf(to.lines[to.range.line - 1] ?? '', to.range);
  if (fromInner === undefined || toInner === undefined || fromInner.text !== toInner.text) return whole;
  const offset = at.column - fromInner.column;
  if (at.column === from.range.column || offset < 0) return whole;
  if (offset > fromInner.text.length) return whole;
  const column = toInner.column + offset;
  const width = at.endLine === at.line ? at.endColumn - at.column : 0;
  return { line: to.range.line, column, endLine: to.range.line, endColumn: Math.min(column + width, toInner.column + toInner.text.length + 1) };
}

/** The characters of a one-line scalar between its quotes, and the column of the first. */
export function innerOf(lineText: string, range: SourceRange): { text: string; column: number } | undefined {
  const raw = lineText.slice(range.column - 1, range.endColumn - 1);
  if (raw.length >= 2 && (raw[0] === "'" || raw[0] === '"') && raw.endsWith(raw[0])) {
    return { text: raw.slice(1, -1), column: range.column + 1 };
  }
  return { text: raw, column: range.column };
}
