/**
 * The same text as blankIrrelevantDocuments (parse-manifest.ts), built in one
 * pass over the text: marker lines are found with indexOf rather than by
 * splitting the text into lines and testing each, and only the documents
 * blanked out are walked line by line. On projectcalico/calico's manifests
 * (19 MB, hundreds of CRDs) the line-by-line version was the largest cost of
 * a run. test/blank-documents.test.ts checks that both give the same text on
 * random texts and real trees; parse-manifest.ts keeps the reference.
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
  const cr = text.indexOf('\r', start);
  if (cr === -1 || cr >= end) {
    // No carriage return (the usual case): `~` and as many newlines as the document holds.
    let newlines = 0;
    for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) newlines++;
    return `~${'\n'.repeat(newlines)}`;
  }
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

export function blankIrrelevantDocumentsFast(text: string, isRelevant: (documentText: string) => boolean): string {
  // As blankIrrelevantDocuments: where kubectl cuts documents elsewhere than YAML, or in a JSON stream, nothing is blanked.
  if (needsKubectlRewrite(text) || isJsonStream(text)) return text;
  if (text.startsWith('%') || text.includes('\n%')) return text;
  const markers: number[] = [];
  markerStarts(text, '---', markers);
  markerStarts(text, '...', markers);
  if (markers.length === 0) return text;
  markers.sort((a, b) => a - b);
  for (const at of markers) {
    const newline = text.indexOf('\n', at);
    const rest = text.slice(at + 3, newline === -1 ? text.length : newline).trim();
    if (rest !== '' && !rest.startsWith('#')) return text;
  }
  const out: string[] = [];
  let cursor = 0;
  let segmentStart = 0;
  for (let i = 0; i <= markers.length; i++) {
    // A document: from the line after the previous marker to the newline before the next (or the end).
    const segmentEnd = i < markers.length ? markers[i]! - 1 : text.length;
    if (segmentEnd > segmentStart) {
      const segment = text.slice(segmentStart, segmentEnd);
      if (CONTENT_LINE.test(segment) && !isRelevant(segment)) {
        out.push(text.slice(cursor, segmentStart), blanked(text, segmentStart, segmentEnd));
        cursor = segmentEnd;
      }
    }
    if (i < markers.length) {
      const newline = text.indexOf('\n', markers[i]!);
      segmentStart = newline === -1 ? text.length + 1 : newline + 1;
    }
  }
  if (cursor === 0) return text;
  out.push(text.slice(cursor));
  return out.join('');
}
