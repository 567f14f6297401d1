/**
 * The documents no rule can use, taken out of a text before it is parsed, in
 * one pass: marker lines are found with indexOf rather than by splitting the
 * text into lines, and only the documents taken out are walked.
 *
 * blankIrrelevantDocuments (parse-manifest.ts, the reference) replaces such a
 * document with `~` and as many empty lines, so that lines keep their numbers.
 * compactIrrelevantDocuments leaves the `~` alone and records the empty lines
 * it left out as LineGaps instead: the parser's lexer walks every empty line
 * it is given, and on projectcalico/calico's manifests (hundreds of CRDs, 265,000
 * lines blanked) that cost 4 times the parse of what was left. parseManifest
 * counts the gaps back into line numbers, so positions are those of the text
 * as written. test/blank-documents.test.ts checks, on random texts and real
 * trees, that the compact text with its gaps put back is the reference's.
 */
import { isJsonStream, needsKubectlRewrite } from './kubectl-reading.js';

/** Offsets at which a line starts with `marker` (`---` or `...`) followed by a blank or the end of the line. */
function markerStarts(text: string, marker: string, found: number[]): void {
  const endsMarker = (at: number): boolean => {
    if (at >= text.length) return true;
    const c = text.charCodeAt(at);
    return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
  };
  if (text.startsWith(marker) && endsMarker(3)) found.push(0);
  const needle = `\n${marker}`;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (endsMarker(at + 4)) found.push(at + 1);
  }
}

/** A line with something other than blanks and a comment (as `line.trim()` and `trimStart().startsWith('#')` judge). */
const CONTENT_LINE = /(?:^|\n)[^\S\n]*[^\s#]/;

/** `~` and empty lines in place of text[start, end), keeping each line's carriage return. */
function blanked(text: string, start: number, end: number): string {
  const lines: string[] = [];
  let lineStart = start;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline >= end ? end : newline;
    const cr = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d ? '\r' : '';
    lines.push(lines.length === 0 ? `~${cr}` : cr);
    if (lineEnd === end) break;
    lineStart = newline + 1;
  }
  return lines.join('\n');
}

/**
 * Empty lines left out of a compact text: `lines` of them after the `~` at
 * offset `at - 1` (packed: at, lines, at, lines, …, in increasing order).
 */
export type LineGaps = Int32Array;

export interface CompactText {
  text: string;
  /** Undefined when no lines were left out. */
  gaps?: LineGaps;
}

/** The text of blankIrrelevantDocuments, from a compact text: its gaps put back as empty lines. */
export function expandGaps({ text, gaps }: CompactText): string {
  if (gaps === undefined) return text;
  const out: string[] = [];
  let cursor = 0;
  for (let i = 0; i < gaps.length; i += 2) {
    out.push(text.slice(cursor, gaps[i]), '\n'.repeat(gaps[i + 1]!));
    cursor = gaps[i]!;
  }
  out.push(text.slice(cursor));
  return out.join('');
}

/**
 * Where the lines of each gap start in the compact text: after the newline
 * that follows the `~` (at the end of the text, the end). Each of a gap's
 * lines starts there, so a line counter given them counts the lines left out.
 */
export function gapLineStart(text: string, at: number): number {
  return text.charCodeAt(at) === 0x0a ? at + 1 : at;
}

/** Text from which the documents `isRelevant` rejects are taken out (see the top of this file). */
export function compactIrrelevantDocuments(text: string, isRelevant: (documentText: string) => boolean): CompactText {
  // As blankIrrelevantDocuments: where kubectl cuts documents elsewhere than YAML, or in a JSON stream, nothing is blanked.
  if (needsKubectlRewrite(text) || isJsonStream(text)) return { text };
  if (text.startsWith('%') || text.includes('\n%')) return { text };
  const markers: number[] = [];
  markerStarts(text, '---', markers);
  markerStarts(text, '...', markers);
  if (markers.length === 0) return { text };
  markers.sort((a, b) => a - b);
  for (const at of markers) {
    const newline = text.indexOf('\n', at);
    const rest = text.slice(at + 3, newline === -1 ? text.length : newline).trim();
    if (rest !== '' && !rest.startsWith('#')) return { text };
  }
  const out: string[] = [];
  const gaps: number[] = [];
  let length = 0;
  let cursor = 0;
  let segmentStart = 0;
  const emit = (piece: string): void => {
    out.push(piece);
    length += piece.length;
  };
  for (let i = 0; i <= markers.length; i++) {
    // A document: from the line after the previous marker to the newline before the next (or the end).
    const segmentEnd = i < markers.length ? markers[i]! - 1 : text.length;
    if (segmentEnd > segmentStart) {
      const segment = text.slice(segmentStart, segmentEnd);
      if (CONTENT_LINE.test(segment) && !isRelevant(segment)) {
        emit(text.slice(cursor, segmentStart));
        const cr = text.indexOf('\r', segmentStart);
        if (cr !== -1 && cr < segmentEnd) {
          emit(blanked(text, segmentStart, segmentEnd)); // carriage returns stay where they were: rare, kept simple
        } else {
          emit('~');
          const newlines = countNewlines(text, segmentStart, segmentEnd);
          if (newlines > 0) gaps.push(length, newlines);
        }
        cursor = segmentEnd;
      }
    }
    if (i < markers.length) {
      const newline = text.indexOf('\n', markers[i]!);
      segmentStart = newline === -1 ? text.length + 1 : newline + 1;
    }
  }
  if (cursor === 0) return { text };
  emit(text.slice(cursor));
  const compact = out.join('');
  return gaps.length === 0 ? { text: compact } : { text: compact, gaps: Int32Array.from(gaps) };
}

function countNewlines(text: string, start: number, end: number): number {
  let newlines = 0;
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) newlines++;
  return newlines;
}

/** blankIrrelevantDocuments's text, built in one pass (the compact text with its gaps put back). */
export function blankIrrelevantDocumentsFast(text: string, isRelevant: (documentText: string) => boolean): string {
  return expandGaps(compactIrrelevantDocuments(text, isRelevant));
}
