/**
 * Fixes and suggestions, ESLint's model: a rule describes a fix as text edits
 * of the file as written (ESLint's `Fix`: a range of offsets and the text that
 * replaces it) and says what Kubernetes must read afterwards. The engine turns
 * the rule's places into offsets, applies the edits to a copy of the text,
 * parses the copy as kubectl does (parse-manifest.ts) and keeps the fix only
 * when every document reads exactly as intended: the edited one with the
 * rule's stated changes, every other one unchanged. A fix the check refuses is
 * dropped: the finding stays, without a fix.
 *
 * Offsets count UTF-16 code units in the file's text without its byte-order
 * mark, as ESLint's do (a BOM is kept when the fixed text is written).
 * Nothing is re-serialised: bytes outside the edits never change.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isAlias, isMap, isScalar, visit, type Node } from 'yaml';
import { documentSyntax, parseManifest } from '../parse/parse-manifest.js';
import type { ParsedFile, Path, SourceRange } from '../parse/source.js';
import { getIn, type Resource } from '../resources/resource.js';
import type { PairPart } from '../parse/source.js';

/** ESLint's Fix: replace text[range[0], range[1]) with `text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/** Marks a field the fix removes (see Expectation). */
export const REMOVED: unique symbol = Symbol('removed');

/** What Kubernetes must read at a path of the resource after the fix; REMOVED: the field is gone. */
export interface Expectation {
  path: Path;
  value: unknown;
}

export interface FixDraft {
  edits: TextEdit[];
  /** Every change to the decoded resource; everything else must read as before. */
  expect: Expectation[];
}

/** What a rule's fix function sees: the file's text and where things are written in it. */
export interface FixSource {
  /** The file's text (without a byte-order mark). */
  readonly text: string;
  /** Offsets [start, end) of a key or value written in the resource (trailing blanks excluded); throws when the path is not written. */
  span(resource: Resource, path: Path, part?: PairPart): [number, number];
  /** Offsets of a range given in lines and columns (e.g. a YAML tag's). */
  offsetsOf(range: SourceRange): [number, number];
  /** Start of the line holding `offset`. */
  lineStart(offset: number): number;
  /** Offset just after the line break ending the line holding `offset` (the end of the text on the last line). */
  nextLineStart(offset: number): number;
}

/** A fix, as a rule gives it: undefined when it cannot be written safely. Throwing counts as undefined. */
export type FixRequest = (source: FixSource) => FixDraft | undefined;

/** A suggestion: an edit that needs a human's judgement (ESLint's `suggest`). */
export interface SuggestionRequest {
  desc: string;
  fix: FixRequest;
}

/** A verified fix on a finding: ESLint's `{range, text}` (edits merged), and where its range is. */
export interface FindingFix {
  range: [number, number];
  text: string;
  /** The range in lines and columns (1-based, end exclusive), for SARIF and rdjson replacements. */
  location: SourceRange;
}

export interface FindingSuggestion {
  desc: string;
  fix: FindingFix;
}

/** A fix or suggestion asked for, verified when the rules are done (FixEnvironment.finish). */
interface Pending {
  filePath: string;
  resource: Resource | undefined;
  request: FixRequest;
  /** Suggestions are alternatives, so each is verified on its own; fixes are verified together. */
  alone: boolean;
  onResolved: (fix: FindingFix) => void;
}

interface Draft {
  pending: Pending;
  edits: TextEdit[];
  expect: Expectation[];
  start: number;
  end: number;
}

/**
 * Files longer than this (UTF-16 code units, about 2 MB) are not fixed:
 * checking their fixes means parsing them twice more, which would double the
 * run's time for a rare case (manifests are KBs; only generated bundles of
 * CRDs reach MBs, and a fix is rarely needed in them).
 */
export const MAX_FIXED_TEXT = 2_000_000;

/** Passes over a file's fixes verified together (each one parse of the file); what still overlaps after them waits. */
const MAX_ROUNDS = 10;
/** Fixes and suggestions verified one by one in a file (each one parse): suggestions, and the fixes of a batch that failed. */
const MAX_SINGLE_CHECKS = 100;

/**
 * Where fixes may be made, and the texts they apply to. `loadText` gives a
 * file's text, or undefined where nothing may be fixed (standard input).
 *
 * Fixes are asked for while rules run and verified in `finish`: all the
 * non-overlapping fixes of a file at once, with one parse of the fixed text
 * (a file with 30,000 fixes is parsed twice, not 30,000 times); only when that
 * check fails are they verified one by one, within a budget.
 */
export class FixEnvironment {
  private readonly files = new Map<string, FileState | undefined>();
  private pending: Pending[] = [];

  constructor(private readonly loadText: (filePath: string) => string | undefined) {}

  /** Asks for a fix (or, `alone`, a suggestion) of `resource` (undefined: of the file, then no document may read differently). */
  request(filePath: string, resource: Resource | undefined, request: FixRequest, onResolved: (fix: FindingFix) => void, alone = false): void {
    this.pending.push({ filePath, resource, request, alone, onResolved });
  }

  /** Verifies what was asked for; calls back, in the order asked, with each fix that reads as intended. */
  finish(): void {
    const byFile = new Map<string, Pending[]>();
    for (const pending of this.pending) {
      const list = byFile.get(pending.filePath) ?? [];
      list.push(pending);
      byFile.set(pending.filePath, list);
    }
    this.pending = [];
    for (const [filePath, list] of byFile) {
      try {
        this.finishFile(filePath, list);
      } catch {
        // A fix is an extra: whatever goes wrong while making one, the findings are still reported, without it.
      }
      // The text and its reading are not held for the rest of the run (read again if asked for later).
      this.files.delete(filePath);
    }
  }

  private finishFile(filePath: string, list: readonly Pending[]): void {
    const file = this.file(filePath);
    if (file === undefined) return;
    const resolved = new Map<Pending, FindingFix>();
    const drafts = list.flatMap((pending) => {
      const draft = makeDraft(file, pending);
      return draft ? [draft] : [];
    });
    let singleChecks = 0;
    const single = (draft: Draft): void => {
      if (singleChecks++ >= MAX_SINGLE_CHECKS) return;
      if (readsAsIntended(file, [draft])) resolved.set(draft.pending, finalFix(file, draft));
    };
    let rest = drafts.filter((draft) => !draft.pending.alone).sort((a, b) => a.start - b.start || a.end - b.end);
    for (let round = 0; round < MAX_ROUNDS && rest.length > 0; round++) {
      const batch: Draft[] = [];
      const later: Draft[] = [];
      let lastEnd = -1;
      for (const draft of rest) {
        if (draft.start > lastEnd) {
          batch.push(draft);
          lastEnd = draft.end;
        } else {
          later.push(draft);
        }
      }
      if (readsAsIntended(file, batch)) for (const draft of batch) resolved.set(draft.pending, finalFix(file, draft));
      else for (const draft of batch) single(draft);
      rest = later;
    }
    for (const draft of drafts) if (draft.pending.alone) single(draft);
    for (const pending of list) {
      const fix = resolved.get(pending);
      if (fix) pending.onResolved(fix);
    }
  }

  private file(filePath: string): FileState | undefined {
    if (this.files.has(filePath)) return this.files.get(filePath);
    let state: FileState | undefined;
    const raw = isHelmTemplate(filePath) ? undefined : this.loadText(filePath);
    if (raw !== undefined && raw.length <= MAX_FIXED_TEXT) {
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      const lineStarts = [0];
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
      state = { filePath, text, lineStarts, source: makeSource(text, lineStarts) };
    }
    this.files.set(filePath, state);
    return state;
  }
}

/** The rule's edits, checked for shape: sorted, inside the text, not overlapping, changing something. */
function makeDraft(file: FileState, pending: Pending): Draft | undefined {
  let draft: FixDraft | undefined;
  try {
    draft = pending.request(file.source);
  } catch {
    return undefined;
  }
  if (draft === undefined || draft.edits.length === 0) return undefined;
  const edits = [...draft.edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (let i = 0; i < edits.length; i++) {
    const [start, end] = edits[i]!.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= file.text.length)) return undefined;
    if (i > 0 && start < edits[i - 1]!.range[1]) return undefined;
  }
  if (edits.every((edit) => file.text.slice(edit.range[0], edit.range[1]) === edit.text)) return undefined;
  return { pending, edits, expect: draft.expect, start: edits[0]!.range[0], end: edits[edits.length - 1]!.range[1] };
}

function finalFix(file: FileState, draft: Draft): FindingFix {
  const merged = mergeEdits(file.text, draft.edits);
  return { ...merged, location: rangeOfOffsets(file.lineStarts, merged.range) };
}

interface FileState {
  filePath: string;
  text: string;
  lineStarts: number[];
  source: FixSource;
  /** What the file reads as before any fix (the syntax trees dropped: only what the check compares). */
  before?: ReadingBefore;
}

interface ReadingBefore {
  problems: Set<string>;
  documents: Array<{ index: number; value: unknown; unresolvedTags: number; anchors: boolean }>;
}

function readingBefore(file: FileState): ReadingBefore {
  const parsed = parseManifest(file.filePath, file.text);
  return {
    problems: new Set(parsed.problems.map((problem) => problem.message)),
    documents: parsed.documents.map((doc) => ({ index: doc.index, value: doc.value, unresolvedTags: doc.unresolvedTags.length, anchors: usesAnchors(doc) })),
  };
}

/**
 * A file under a Helm chart's `templates/` folder (a `Chart.yaml` beside the
 * folder) is the source of rendered output, not a manifest: never edited.
 */
export function isHelmTemplate(filePath: string): boolean {
  const parts = filePath.split(/[\\/]/);
  for (let i = parts.length - 2; i >= 1; i--) {
    if (parts[i] !== 'templates') continue;
    const chart = parts.slice(0, i).join('/') || '/';
    if (existsSync(path.join(chart, 'Chart.yaml')) || existsSync(path.join(chart, 'Chart.yml'))) return true;
  }
  return false;
}

function makeSource(text: string, lineStarts: readonly number[]): FixSource {
  const offsetsOf = (range: SourceRange): [number, number] => {
    const start = lineStarts[range.line - 1];
    const end = lineStarts[range.endLine - 1];
    if (start === undefined || end === undefined) throw new Error('range outside the text');
    return [start + range.column - 1, end + range.endColumn - 1];
  };
  const lineStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  const nextLineStart = (offset: number): number => {
    const newline = text.indexOf('\n', offset);
    return newline === -1 ? text.length : newline + 1;
  };
  return {
    text,
    offsetsOf,
    lineStart,
    nextLineStart,
    span(resource, at, part) {
      if (!resource.has(at)) throw new Error('the path is not written');
      return offsetsOf(resource.locate(at, part));
    },
  };
}

/** Applies sorted, non-overlapping edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    out += text.slice(cursor, edit.range[0]) + edit.text;
    cursor = edit.range[1];
  }
  return out + text.slice(cursor);
}

/** One edit covering several (ESLint's mergeFixes): the original text between them is kept. */
function mergeEdits(text: string, edits: readonly TextEdit[]): TextEdit {
  if (edits.length === 1) return { range: [...edits[0]!.range], text: edits[0]!.text };
  const start = edits[0]!.range[0];
  const end = edits[edits.length - 1]!.range[1];
  const shifted = edits.map((edit): TextEdit => ({ range: [edit.range[0] - start, edit.range[1] - start], text: edit.text }));
  return { range: [start, end], text: applyEdits(text.slice(start, end), shifted) };
}

export function rangeOfOffsets(lineStarts: readonly number[], [start, end]: [number, number]): SourceRange {
  const at = (offset: number): [number, number] => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return [low + 1, offset - lineStarts[low]! + 1];
  };
  const [line, column] = at(start);
  const [endLine, endColumn] = at(end);
  return { line, column, endLine, endColumn };
}

/**
 * The check that makes fixes safe: the text with all their edits, read as
 * kubectl reads it, has the same documents, no new problem, and the values
 * intended (each edited document with the fixes' stated changes, every other
 * one unchanged) — and no edited document uses an anchor, alias or merge key
 * (an edit there can change what other places read).
 */
function readsAsIntended(file: FileState, drafts: readonly Draft[]): boolean {
  const before = (file.before ??= readingBefore(file));
  const edits = drafts.flatMap((draft) => draft.edits).sort((a, b) => a.range[0] - b.range[0]);
  let after: ParsedFile;
  try {
    after = parseManifest(file.filePath, applyEdits(file.text, edits));
  } catch {
    return false;
  }
  if (after.documents.length !== before.documents.length) return false;
  if (after.problems.some((problem) => !before.problems.has(problem.message))) return false;
  const expected = new Map<number, Array<{ resource: Resource; expect: Expectation[] }>>();
  for (const { pending: { resource }, expect } of drafts) {
    if (resource === undefined) continue;
    const list = expected.get(resource.doc.index) ?? [];
    list.push({ resource, expect });
    expected.set(resource.doc.index, list);
  }
  for (let i = 0; i < before.documents.length; i++) {
    const old = before.documents[i]!;
    const now = after.documents[i]!;
    if (old.index !== now.index) return false;
    const changes = expected.get(old.index);
    if (changes === undefined) {
      if (!isDeepStrictEqual(old.value, now.value)) return false;
      continue;
    }
    if (old.anchors) return false;
    if (now.unresolvedTags.length > old.unresolvedTags) return false;
    const intended = structuredClone(old.value);
    for (const { resource, expect } of changes) {
      for (const { path: at, value } of expect) {
        if (!setIn(intended, [...resource.path, ...at], value)) return false;
      }
    }
    if (!isDeepStrictEqual(now.value, intended)) return false;
  }
  return true;
}

function usesAnchors(document: ParsedFile['documents'][number]): boolean {
  const syntax = documentSyntax(document);
  if (syntax === undefined) return true;
  let found = false;
  visit(syntax.contents as Node, {
    Node(_key, node) {
      if (isAlias(node) || (node as { anchor?: string }).anchor !== undefined) {
        found = true;
        return visit.BREAK;
      }
      if (isMap(node) && node.items.some((pair) => isScalar(pair.key) && isMergeKey(pair.key.value))) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** `<<`: the YAML 1.1 merge key (the library marks it with a symbol when merging is on). */
function isMergeKey(value: unknown): boolean {
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

/** Sets (or with REMOVED deletes) a value at a path; false when the path's parent is missing. */
function setIn(root: unknown, at: Path, value: unknown): boolean {
  if (at.length === 0) return false;
  let current = root;
  for (const segment of at.slice(0, -1)) {
    if (typeof current !== 'object' || current === null) return false;
    const holder = current as Record<string | number, unknown>;
    // A field set under an empty mapping (`spec:` read as null) makes it a mapping.
    if ((holder[segment] === null || holder[segment] === undefined) && value !== REMOVED && typeof segment === 'string') holder[segment] = {};
    current = holder[segment];
  }
  if (typeof current !== 'object' || current === null) return false;
  const last = at[at.length - 1]!;
  if (value === REMOVED) {
    if (Array.isArray(current) && typeof last === 'number') current.splice(last, 1);
    else delete (current as Record<string, unknown>)[last];
  } else {
    (current as Record<string | number, unknown>)[last] = structuredClone(value);
  }
  return true;
}

/**
 * A fix that writes a new scalar in place of the one at `at` (a path of the
 * resource), in the quoting style of the old one: what Kubernetes then reads
 * is `value`.
 */
export function replaceScalar(resource: Resource, at: Path, value: string): FixRequest {
  return (source) => {
    const [start, end] = source.span(resource, at);
    const old = source.text.slice(start, end);
    if (/[\r\n]/.test(old)) return undefined;
    const text = old.startsWith('"') ? JSON.stringify(value) : old.startsWith("'") ? `'${value.replaceAll("'", "''")}'` : value;
    return { edits: [{ range: [start, end], text }], expect: [{ path: at, value }] };
  };
}

/**
 * The edit that adds `key: valueText` to the block mapping at `mapPath` (a
 * path of the resource), after its last field and at its fields' indentation;
 * mappings on the way that are not written yet are written too (e.g.
 * `annotations:` under a pod template's `metadata:`). Undefined where that is
 * not plain (a flow mapping, an empty one, a value on the key's own line).
 */
export function addFieldEdit(source: FixSource, resource: Resource, mapPath: Path, key: string, valueText: string): TextEdit | undefined {
  const { text } = source;
  let depth = mapPath.length;
  while (depth > 0 && !resource.has(mapPath.slice(0, depth))) depth--;
  const existing = mapPath.slice(0, depth);
  const mapping = getIn(resource.object, existing);
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) return undefined;
  const keys = Object.keys(mapping);
  if (keys.length === 0) return undefined;
  const last = keys[keys.length - 1]!;
  const [lastKeyStart] = source.span(resource, [...existing, last], 'key');
  const [, lastValueEnd] = source.span(resource, [...existing, last]);
  const prefix = text.slice(source.lineStart(lastKeyStart), lastKeyStart);
  // The last field starts its line, perhaps after a list item's `- `.
  if (!/^[ \t]*(- +)?$/.test(prefix)) return undefined;
  const indent = ' '.repeat(prefix.length);
  if (existing.length > 0) {
    // The mapping itself is a block under its key: its last field is on a later line than the key.
    const [ownKeyStart] = typeof existing[existing.length - 1] === 'string' ? source.span(resource, existing, 'key') : source.span(resource, existing);
    if (source.lineStart(ownKeyStart) === source.lineStart(lastKeyStart) && typeof existing[existing.length - 1] === 'string') return undefined;
  }
  const at = source.nextLineStart(lastValueEnd);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines: string[] = [];
  let current = indent;
  for (const segment of mapPath.slice(depth)) {
    if (typeof segment !== 'string') return undefined;
    lines.push(`${current}${segment}:`);
    current += '  ';
  }
  lines.push(`${current}${key}: ${valueText}`);
  const before = at === text.length && !text.endsWith('\n') ? newline : '';
  return { range: [at, at], text: before + lines.join(newline) + newline };
}

/** The edit that removes a `key: value` pair written alone on its line(s) (a comment after it goes too). */
export function removePairEdit(source: FixSource, resource: Resource, at: Path): TextEdit | undefined {
  const [keyStart] = source.span(resource, at, 'key');
  const [, valueEnd] = source.span(resource, at);
  const lineStart = source.lineStart(keyStart);
  const lineEnd = source.nextLineStart(valueEnd);
  if (!/^[ \t]*$/.test(source.text.slice(lineStart, keyStart))) return undefined;
  if (!/^[ \t]*(#.*)?\r?\n?$/.test(source.text.slice(valueEnd, lineEnd))) return undefined;
  return { range: [lineStart, lineEnd], text: '' };
}

/** Adds a field (or replaces its scalar value, when written) so that Kubernetes reads `value` there. */
export function setField(resource: Resource, mapPath: Path, key: string, valueText: string, value: unknown): FixRequest {
  return (source) => {
    const at = [...mapPath, key];
    if (resource.has(at)) {
      const [start, end] = source.span(resource, at);
      const old = source.text.slice(start, end);
      if (old === '' || /[\r\n]/.test(old)) return undefined;
      return { edits: [{ range: [start, end], text: valueText }], expect: [{ path: at, value }] };
    }
    const edit = addFieldEdit(source, resource, mapPath, key, valueText);
    return edit && { edits: [edit], expect: [{ path: at, value }] };
  };
}
