/**
 * Where kubectl reads a manifest differently from a YAML 1.2 parser, and how
 * calico-lint closes the gap before parsing: the text is rewritten character
 * for character (same length, so every offset stays exact) into one the
 * `yaml` package reads as kubectl does, and what cannot be rewritten becomes a
 * positioned problem that refuses the construct.
 *
 * kubectl (k8s.io/apimachinery/pkg/util/yaml, YAMLOrJSONDecoder) reads a file
 * as one JSON stream when its first non-blank character is `{` within its first
 * 4,096 bytes (isJsonStream); otherwise it
 * cuts the file into documents at lines starting with `---` (YAMLReader.Read:
 * lines end at `\n` only, and only blanks or a `#` comment may follow the
 * dashes) and decodes each with go-yaml v2, a YAML 1.1 parser.
 */

export interface ReadingProblem {
  /** Offset in the text (and in the rewritten text: they have the same length). */
  start: number;
  end: number;
  message: string;
}

export interface KubectlReading {
  /** The text to parse: same length as the input. */
  text: string;
  problems: ReadingProblem[];
  /**
   * Offsets of line breaks that became `\n` and are refused inside a scalar, where kubectl keeps them in
   * the value: U+2028 and U+2029 (go-yaml keeps them), and in a JSON stream all four.
   */
  separatorBreaks: number[];
}

const DIFFERENTLY = 'Kubernetes and YAML 1.2 parsers read this differently';

/** YAML 1.1 line breaks that YAML 1.2 (and the `yaml` package) reads as ordinary characters. */
const LEGACY_BREAK = /\r(?!\n)|[\u0085\u2028\u2029]/g;

/** Go's unicode.IsSpace: what strings.TrimSpace removes after `---`. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/**
 * Rewrites `text` (a file's text, its leading byte-order mark already removed)
 * as kubectl reads it, and lists what it refuses.
 */
export function readAsKubectl(text: string): KubectlReading {
  const notJson = isJsonStream(text) ? jsonStreamProblem(text) : undefined;
  if (notJson) return { text, problems: [notJson], separatorBreaks: [] };
  if (!NEEDS_A_LOOK.test(text)) return { text, problems: [], separatorBreaks: [] };
  // Replacements of one UTF-16 unit each (offset to character), applied at the end.
  const chars = new Map<number, string>();
  const problems: ReadingProblem[] = [];
  const separatorBreaks: number[] = [];

  // Lone CR, NEL, LS and PS end a line (and so a comment) for go-yaml: make them `\n`.
  const json = isJsonStream(text);
  for (const match of text.matchAll(LEGACY_BREAK)) {
    const at = match.index;
    chars.set(at, '\n');
    if (json || match[0] === '\u2028' || match[0] === '\u2029') separatorBreaks.push(at);
    if (text[at - 1] === '\\') {
      // In a double-quoted scalar, an escaped line break joins two lines: `"IP\<NEL>Pool"` is IPPool for kubectl.
      problems.push({
        start: at - 1,
        end: at + 1,
        message: `${DIFFERENTLY}: \`\\\` before ${breakName(match[0])} is an escaped line break for Kubernetes (YAML 1.1), ` +
          'which joins the two lines; rewrite the string on one line',
      });
    }
  }

  // kubectl's documents (its splitter's chunks), as [start, end) offsets.
  const chunks: Array<[number, number]> = [];
  if (!json) {
    // kubectl's own document splitter, on the original lines (split at `\n` only).
    let lineStart = 0;
    let chunkStart = true;
    let chunkFrom = 0;
    while (lineStart <= text.length) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      if (chunkStart && text.charCodeAt(lineStart) === 0xfeff) {
        problems.push({
          start: lineStart,
          end: lineStart + 1,
          message: `${DIFFERENTLY}: kubectl skips this byte-order mark (U+FEFF) at the start of a document, ` +
            'YAML 1.2 parsers read it as part of the first key; delete it',
        });
      }
      chunkStart = false;
      if (text[lineStart] === '%') {
        // A directive needs a `---` after it, where kubectl cuts: go-yaml then reads it without its document.
        problems.push({
          start: lineStart,
          end: lineEnd,
          message: `${DIFFERENTLY}: kubectl cuts the file into documents at \`---\` before parsing, so this directive ` +
            'never applies to the document after it (and kubectl stops reading the file when the directive starts a document); delete it',
        });
        for (let i = lineStart; i < lineEnd; i++) if (text[i] !== '\r') chars.set(i, ' ');
      }
      if (text.startsWith('---', lineStart)) {
        const rest = text.slice(lineStart + 3, lineEnd).replace(/\r$/, '');
        const trimmed = trimGoSpace(rest);
        if (trimmed !== '' && !trimmed.startsWith('#')) {
          problems.push({
            start: lineStart,
            end: lineStart + 3 + rest.length,
            message: 'kubectl stops reading the file at this line (`---` may only be followed by blanks or a comment), ' +
              'so it creates nothing from this document on; put the content on the next line',
          });
        } else {
          chunkStart = true;
          chunks.push([chunkFrom, lineStart]);
          chunkFrom = newline === -1 ? text.length : newline + 1;
          // kubectl drops the whole separator line, so blank what follows the dashes: YAML wants a space or a tab
          // there (`---#`, `---` then U+00A0 are content to it), and a comment ended by a lone CR or NEL must not
          // leave a live key behind.
          for (let i = lineStart + 3; i < lineStart + 3 + rest.length; i++) chars.set(i, ' ');
        }
      }
      if (newline === -1) break;
      lineStart = newline + 1;
    }
    chunks.push([chunkFrom, text.length]);
  }
  const normalized = replaceUnits(text, chars);
  // go-yaml's Unmarshal reads the first YAML document of each chunk and ignores the rest.
  const ignored = new Map<number, string>();
  for (const [from, to] of chunks) {
    const end = firstDocumentEnd(normalized, from, to);
    if (end === undefined) continue;
    for (let i = end; i < to; i++) if (normalized[i] !== '\n' && normalized[i] !== '\r') ignored.set(i, ' ');
  }
  return { text: replaceUnits(normalized, ignored), problems, separatorBreaks };
}

/**
 * Where the first YAML document of a kubectl chunk ends, when more follows it
 * in the chunk: after a `...` line, or at a `---` line that kubectl did not cut
 * at (one after a lone CR, say), once the document has content. go-yaml skips
 * either marker before the first content.
 */
function firstDocumentEnd(text: string, from: number, to: number): number | undefined {
  let sawContent = false;
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > to ? to : newline;
    const line = text.slice(lineStart, lineEnd);
    if (/^\.\.\.(?=[ \t\r]|$)/.test(line)) {
      if (sawContent) return Math.min(lineEnd + 1, to);
    } else if (/^---(?=[ \t\r]|$)/.test(line)) {
      if (sawContent) return lineStart;
    } else if (!/^[ \t\r\ufeff]*(?:#|$)/.test(line)) {
      sawContent = true;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Whether readAsKubectl could change or refuse anything in `text` (most files: no). */
export function needsKubectlRewrite(text: string): boolean {
  return NEEDS_A_LOOK.test(text);
}

/** Anything this module could rewrite or refuse: most files hold none of it and are returned as they are. */
const NEEDS_A_LOOK = /\r(?!\n)|[\u0085\u2028\u2029\ufeff]|(?:^|\n)(?:%|\.\.\.|---(?:[^ \t\r\n]|[ \t]+[^ \t\r\n#]))/;

/** The text with single UTF-16 units replaced (each by one unit, so that every offset is kept). */
function replaceUnits(text: string, replacements: Map<number, string>): string {
  if (replacements.size === 0) return text;
  const offsets = [...replacements.keys()].sort((a, b) => a - b);
  let result = '';
  let from = 0;
  for (const offset of offsets) {
    result += text.slice(from, offset) + replacements.get(offset)!;
    from = offset + 1;
  }
  return result + text.slice(from);
}

function trimGoSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && GO_SPACE.test(text[start]!)) start++;
  while (end > start && GO_SPACE.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * How many bytes kubectl looks at to tell JSON from YAML: its resource
 * builder reads every file through yaml.NewYAMLOrJSONDecoder(r, 4096)
 * (k8s.io/cli-runtime/pkg/resource/visitor.go), whose GuessJSONStream peeks
 * that many bytes (after the leading byte-order mark, which the builder strips).
 */
export const JSON_SNIFF_BYTES = 4096;

/**
 * kubectl's guess (yaml.GuessJSONStream, hasJSONPrefix): within the first
 * 4,096 bytes (UTF-8), the first character that is not Unicode white space is
 * `{`. Such a file is one JSON stream, never cut at `---`. A file whose first
 * 4,096 bytes are all white space is YAML, whatever follows; so is one where a
 * character cut at the 4,096th byte is reached first (Go decodes it as U+FFFD).
 */
export function isJsonStream(text: string): boolean {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : 3;
    if (bytes + size > JSON_SNIFF_BYTES) return false;
    bytes += size;
    const char = text[i]!;
    if (GO_SPACE.test(char)) continue;
    return char === '{';
  }
  return false;
}

function breakName(char: string): string {
  switch (char) {
    case '\r':
      return 'a lone CR (U+000D)';
    case '\u0085':
      return 'U+0085 (next line)';
    case '\u2028':
      return 'U+2028 (line separator)';
    default:
      return 'U+2029 (paragraph separator)';
  }
}

/**
 * Where a JSON stream stops being JSON, for kubectl's decoder (encoding/json
 * Decoder: JSON values one after another, separated by JSON white space). A
 * YAML parser reads on (a `---`, a comment, YAML after the JSON), kubectl stops
 * reading the file there: refused.
 */
function jsonStreamProblem(text: string): ReadingProblem | undefined {
  let at = 0;
  // A file whose first value is not JSON (a YAML flow mapping) gives kubectl nothing at all: not refused here.
  for (let first = true; ; first = false) {
    while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++;
    if (at >= text.length) return undefined;
    const end = jsonValueEnd(text, at);
    let valid = end !== undefined;
    if (end !== undefined) {
      try {
        JSON.parse(text.slice(at, end));
      } catch {
        valid = false;
      }
    }
    if (!valid && first) return undefined;
    if (!valid) {
      return {
        start: at,
        end: at + 1,
        message: 'kubectl reads this file as JSON (its first character is `{`) and stops reading it here, where it is not JSON; ' +
          'write the file as JSON only, or as YAML',
      };
    }
    at = end!;
  }
}

/** The end of the object or array starting at `from` (strings skipped), or undefined if it does not close. */
function jsonValueEnd(text: string, from: number): number | undefined {
  if (text[from] !== '{' && text[from] !== '[') return undefined;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (char === '{' || char === '[') {
      depth++;
    } else if (char === '}' || char === ']') {
      if (--depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** The refusal of a YAML 1.1 line break (U+2028, U+2029) inside a scalar, where go-yaml keeps it in the value. */
export function separatorBreakProblem(at: number, char: string): ReadingProblem {
  const name = breakName(char);
  return {
    start: at,
    end: at + 1,
    message: `${DIFFERENTLY}: inside a string, kubectl keeps ${name} as it is, where a YAML parser folds a line break; ` +
      'rewrite it as a plain line break, or as an escape (`\\u2028`) inside a double-quoted string',
  };
}
