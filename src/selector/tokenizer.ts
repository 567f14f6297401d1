/**
 * Splits selector text into tokens, following Calico's tokenizer
 * (libcalico-go/lib/selector/tokenizer/tokenizer.go) decision by decision, so
 * that exactly the texts Calico accepts tokenize here. Calico tokenizes the
 * whole text before parsing, so its tokenizer errors win over parser errors;
 * `parseSelector` keeps that order.
 */
import { quote } from '../text.js';
import type { SelectorError } from './ast.js';

/** Calico's `MaxLabelLength`: a longer label name is an error, not a truncation. */
export const MAX_LABEL_LENGTH = 512;

export type TokenKind =
  | 'label' | 'string'
  | '(' | ')' | '{' | '}' | ','
  | '==' | '!=' | '!' | '&&' | '||'
  | 'in' | 'not in' | 'contains' | 'starts with' | 'ends with'
  | 'has' | 'all' | 'global'
  | 'end';

export interface Token {
  kind: TokenKind;
  /** Offsets into the selector text: `text.slice(start, end)` is what the user wrote. */
  start: number;
  end: number;
  /** The label name (`label`, `has`) or the string's content without its quotes (`string`); '' otherwise. */
  value: string;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: SelectorError };

export const NEWLINE_MESSAGE = 'a newline is not allowed in a selector';

const PUNCTUATION: ReadonlySet<string> = new Set(['(', ')', '{', '}', ',']);

/** Operators that may follow a label, in the order Calico tries them ("not in" before "in"). */
const OPERATOR_WORDS: ReadonlyArray<readonly [TokenKind, readonly string[]]> = [
  ['contains', ['contains']],
  ['starts with', ['starts', 'with']],
  ['ends with', ['ends', 'with']],
  ['not in', ['not', 'in']],
  ['in', ['in']],
];

const OPERATOR_LIST = '==, !=, in, not in, contains, starts with or ends with';

/** The tokens of `text`, ending with an `end` token; or the first error. */
export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let position = 0;
  for (;;) {
    position = skipBlanks(text, position);
    if (position >= text.length) {
      tokens.push({ kind: 'end', start: text.length, end: text.length, value: '' });
      return { ok: true, tokens };
    }
    const next = readToken(text, position, tokens.at(-1));
    if ('message' in next) return { ok: false, error: next };
    tokens.push(next);
    position = next.end;
  }
}

/** Calico's whitespace is only space and tab (`trimWhitespace`): not \n, \r or anything else. */
export function skipBlanks(text: string, position: number): number {
  while (text[position] === ' ' || text[position] === '\t') position++;
  return position;
}

/** Calico's `identifierChar`: `[a-zA-Z0-9_./-]`, ASCII only. */
export function isLabelChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x5f || code === 0x2e || code === 0x2f || code === 0x2d; // _ . / -
}

/** Whether `text` is a label name Calico accepts (its `ValidLabel`). */
export function isValidLabel(text: string): boolean {
  return text.length > 0 && text.length <= MAX_LABEL_LENGTH && labelEnd(text, 0) === text.length;
}

function readToken(text: string, start: number, previous: Token | undefined): Token | SelectorError {
  const char = text[start]!;
  if (PUNCTUATION.has(char)) return token(char as TokenKind, start, start + 1);
  switch (char) {
    case '"':
    case "'": {
      // No escapes: the string ends at the next quote of the same kind, new lines included.
      const close = text.indexOf(char, start + 1);
      if (close === -1) return { message: `unterminated string: the ${char} opened here is never closed`, offset: start };
      return token('string', start, close + 1, text.slice(start + 1, close));
    }
    case '=':
      return text.startsWith('==', start) ? token('==', start, start + 2) : { message: 'expected == but found a single =', offset: start };
    case '!':
      return text.startsWith('!=', start) ? token('!=', start, start + 2) : token('!', start, start + 1);
    case '&':
      return text.startsWith('&&', start) ? token('&&', start, start + 2) : { message: 'expected && but found a single &', offset: start };
    case '|':
      return text.startsWith('||', start) ? token('||', start, start + 2) : { message: 'expected || but found a single |', offset: start };
  }
  // Right after a label only an operator word may come, even one that looks like a label.
  if (previous?.kind === 'label') return readOperatorWord(text, start, previous.value);
  if (text.startsWith('has(', start)) return readHas(text, start);
  if (text.startsWith('all(', start)) return readEmptyCall(text, start, 'all');
  if (text.startsWith('global(', start)) return readEmptyCall(text, start, 'global');
  return readLabel(text, start);
}

function readOperatorWord(text: string, start: number, label: string): Token | SelectorError {
  for (const [kind, words] of OPERATOR_WORDS) {
    const end = matchWords(text, start, words);
    if (end !== undefined) return token(kind, start, end);
  }
  return unexpected(text, start, `expected an operator after label ${quote(label)}: ${OPERATOR_LIST}`);
}

/**
 * Calico's `cutPrefixCheckBreak` / `cutMultiWordPrefixCheckBreak`: the words in
 * order, blanks allowed between them (or none: "startswith", "notin"), and no
 * label character right after. For a multi-word operator Calico skips blanks
 * before that last check, for a single word it does not. Returns the offset
 * just after the last word.
 */
function matchWords(text: string, start: number, words: readonly string[]): number | undefined {
  let position = start;
  let end = start;
  for (const word of words) {
    if (!text.startsWith(word, position)) return undefined;
    end = position + word.length;
    position = words.length > 1 ? skipBlanks(text, end) : end;
  }
  return isWordBoundary(text, position) ? end : undefined;
}

function isWordBoundary(text: string, position: number): boolean {
  return position >= text.length || !isLabelChar(text.charCodeAt(position));
}

/** `has(label)`, blanks allowed inside the parentheses but not before `(`. */
function readHas(text: string, start: number): Token | SelectorError {
  const nameStart = skipBlanks(text, start + 'has('.length);
  const nameEnd = labelEnd(text, nameStart);
  if (nameEnd === nameStart) return unexpected(text, nameStart, 'expected a label name after has(');
  if (nameEnd - nameStart > MAX_LABEL_LENGTH) return labelTooLong(text, nameStart, nameEnd);
  const close = skipBlanks(text, nameEnd);
  if (text[close] !== ')') return unexpected(text, close, 'expected ) after the label name in has(');
  return token('has', start, close + 1, text.slice(nameStart, nameEnd));
}

function readEmptyCall(text: string, start: number, name: 'all' | 'global'): Token | SelectorError {
  const close = skipBlanks(text, start + name.length + 1);
  if (text[close] !== ')') return unexpected(text, close, `expected ) after ${name}(`);
  return token(name, start, close + 1);
}

function readLabel(text: string, start: number): Token | SelectorError {
  const end = labelEnd(text, start);
  if (end === start) {
    const char = String.fromCodePoint(text.codePointAt(start)!);
    return unexpected(text, start, `unexpected character ${quote(char)}`);
  }
  if (end - start > MAX_LABEL_LENGTH) return labelTooLong(text, start, end);
  return token('label', start, end, text.slice(start, end));
}

function labelEnd(text: string, position: number): number {
  while (position < text.length && isLabelChar(text.charCodeAt(position))) position++;
  return position;
}

function labelTooLong(text: string, start: number, end: number): SelectorError {
  return { message: `label name ${quote(text.slice(start, end), 40)} is longer than ${MAX_LABEL_LENGTH} characters`, offset: start };
}

/** A new line is the likeliest stray character (a YAML block scalar keeps one): name it plainly. */
function unexpected(text: string, offset: number, message: string): SelectorError {
  const char = text[offset];
  return { message: char === '\n' || char === '\r' ? NEWLINE_MESSAGE : message, offset };
}

function token(kind: TokenKind, start: number, end: number, value = ''): Token {
  return { kind, start, end, value };
}
