/**
 * Recursive-descent parser for Calico selectors, shaped like Calico's own
 * (libcalico-go/lib/selector/parser/parser.go): `||` of `&&` of operations,
 * where an operation is a run of `!` followed by one comparison, has(), all(),
 * global() or a parenthesised expression. Texts valid for Calico are valid here
 * and build the same tree; error messages are ours, with an offset.
 *
 * One deliberate difference: Calico (Go, growable stacks) accepts any depth of
 * parentheses. JavaScript stacks are small and selectors are untrusted, so
 * nesting deeper than MAX_NESTING is an error here rather than a crash.
 */
import { quote } from '../text.js';
import type { Selector, SelectorError, SelectorParseResult, ValueOperator } from './ast.js';
import { tokenize, type Token, type TokenKind } from './tokenizer.js';

/**
 * Longest selector read, in characters. Calico itself refuses selectors longer
 * than 1,024 characters from v3.33 (libcalico-go/lib/validator/v3); older
 * versions accept any length. Some analyses are quadratic in the number of
 * values (`a in {…} && a not in {…}` of 1 MB took 37 s, of 6 MB more than
 * 120 s); 16 times Calico's limit keeps every selector within a second.
 */
export const MAX_SELECTOR_LENGTH = 16_384;

/** Deepest parenthesis nesting accepted; real selectors use a handful. */
export const MAX_NESTING = 256;

const VALUE_OPERATORS: Partial<Record<TokenKind, ValueOperator>> = {
  '==': 'equals',
  '!=': 'notEquals',
  contains: 'contains',
  'starts with': 'startsWith',
  'ends with': 'endsWith',
};

const EXPECTED_OPERAND = 'a label, has(label), all(), global(), ! or (';
const OPERATOR_LIST = '==, !=, in, not in, contains, starts with or ends with';

/** Parses a selector. Never throws: a bad selector gives `{ ok: false, error }` pointing at the problem. */
export function parseSelector(text: string): SelectorParseResult {
  if (typeof text !== 'string') return { ok: false, error: { message: 'a selector must be a string', offset: 0 } };
  if (text.length > MAX_SELECTOR_LENGTH) return { ok: false, error: tooLongError(text) };
  const tokenized = tokenize(text);
  if (!tokenized.ok) return tokenized;
  const { tokens } = tokenized;
  // Calico: no tokens at all (empty or blank text) means all().
  if (tokens[0]!.kind === 'end') return { ok: true, selector: { type: 'all' } };
  try {
    const cursor = new Cursor(text, tokens);
    const selector = parseOr(cursor, 0);
    const next = cursor.peek();
    if (next.kind !== 'end') {
      cursor.fail(next.kind === ')' ? 'unexpected ) without a matching (' : `expected && or || but found ${cursor.describe(next)}`, next.start);
    }
    return { ok: true, selector };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: error.error };
    throw error;
  }
}

/** The error for a selector over MAX_SELECTOR_LENGTH, pointing at the first character past it. */
export function tooLongError(text: string): SelectorError {
  return {
    message: `${text.length.toLocaleString('en-US')} characters long, more than the ${MAX_SELECTOR_LENGTH.toLocaleString('en-US')} ` +
      'calico-lint reads (Calico v3.33+ refuses more than 1,024)',
    offset: MAX_SELECTOR_LENGTH,
    // Older Calico reads it: the limit is ours (ippool-valid applies Calico's own from v3.33).
    limit: true,
  };
}

class ParseFailure extends Error {
  constructor(readonly error: SelectorError) {
    super(error.message);
  }
}

class Cursor {
  private index = 0;

  constructor(readonly text: string, private readonly tokens: readonly Token[]) {}

  peek(): Token {
    return this.tokens[this.index]!;
  }

  /** The current token, moving past it (never past the final `end` token). */
  take(): Token {
    const current = this.tokens[this.index]!;
    if (current.kind !== 'end') this.index++;
    return current;
  }

  describe(token: Token): string {
    return token.kind === 'end' ? 'the end of the selector' : quote(this.text.slice(token.start, token.end));
  }

  fail(message: string, offset: number, limit = false): never {
    throw new ParseFailure(limit ? { message, offset, limit } : { message, offset });
  }
}

/** One or more `&&` terms separated by `||` (the lowest precedence). */
function parseOr(cursor: Cursor, depth: number): Selector {
  const operands = [parseAnd(cursor, depth)];
  while (cursor.peek().kind === '||') {
    cursor.take();
    operands.push(parseAnd(cursor, depth));
  }
  return operands.length === 1 ? operands[0]! : { type: 'or', operands };
}

/** One or more operations separated by `&&`. */
function parseAnd(cursor: Cursor, depth: number): Selector {
  const operands = [parseOperation(cursor, depth)];
  while (cursor.peek().kind === '&&') {
    cursor.take();
    operands.push(parseOperation(cursor, depth));
  }
  return operands.length === 1 ? operands[0]! : { type: 'and', operands };
}

/**
 * Leading `!`s, then one operation. Like Calico, a run of `!` collapses to one
 * negation or none, so `!!has(a)` is `has(a)` while `!(!has(a))` keeps both.
 */
function parseOperation(cursor: Cursor, depth: number): Selector {
  let negated = false;
  while (cursor.peek().kind === '!') {
    cursor.take();
    negated = !negated;
  }
  const operation = parsePositiveOperation(cursor, depth);
  return negated ? { type: 'not', operand: operation } : operation;
}

function parsePositiveOperation(cursor: Cursor, depth: number): Selector {
  const token = cursor.take();
  switch (token.kind) {
    case 'all':
      return { type: 'all' };
    case 'global':
      return { type: 'global' };
    case 'has':
      return { type: 'has', label: token.value };
    case 'label':
      return parseComparison(cursor, token.value);
    case '(':
      return parseParenthesised(cursor, token, depth);
    case 'end':
      return cursor.fail(`unexpected end of selector: expected ${EXPECTED_OPERAND}`, token.start);
    default:
      return cursor.fail(`expected ${EXPECTED_OPERAND} but found ${cursor.describe(token)}`, token.start);
  }
}

function parseParenthesised(cursor: Cursor, open: Token, depth: number): Selector {
  if (depth >= MAX_NESTING) cursor.fail(`selector nested more than ${MAX_NESTING} parentheses deep`, open.start, true);
  const inner = parseOr(cursor, depth + 1);
  const close = cursor.take();
  if (close.kind === 'end') cursor.fail('unclosed parenthesis', open.start);
  if (close.kind !== ')') cursor.fail(`expected &&, || or ) but found ${cursor.describe(close)}`, close.start);
  return inner;
}

/** `label <operator> 'value'` or `label [not] in {…}`. */
function parseComparison(cursor: Cursor, label: string): Selector {
  const operator = cursor.take();
  const valueOperator = VALUE_OPERATORS[operator.kind];
  if (valueOperator !== undefined) {
    const value = cursor.take();
    if (value.kind !== 'string') cursor.fail(`expected a quoted string after ${operator.kind}`, value.start);
    return { type: valueOperator, label, value: value.value };
  }
  if (operator.kind === 'in' || operator.kind === 'not in') {
    return { type: operator.kind === 'in' ? 'in' : 'notIn', label, values: parseSet(cursor, operator.kind) };
  }
  return cursor.fail(`expected an operator after label ${quote(label)}: ${OPERATOR_LIST}`, operator.start);
}

/**
 * `{'a', "b"}`: quoted strings separated by commas, possibly none, and a
 * trailing comma is allowed (Calico's loop stops at the first non-string).
 * Values come back sorted and unique, as Calico's ConvertToStringSetInPlace leaves them.
 */
function parseSet(cursor: Cursor, operator: 'in' | 'not in'): string[] {
  const open = cursor.take();
  if (open.kind !== '{') cursor.fail(`expected a set like {"a", "b"} after ${operator}`, open.start);
  const values: string[] = [];
  let afterValue = false;
  for (;;) {
    const next = cursor.take();
    if (next.kind === '}') break;
    if (next.kind === 'end') cursor.fail('unclosed set: expected }', open.start);
    if (!afterValue && next.kind === 'string') {
      values.push(next.value);
      afterValue = true;
    } else if (afterValue && next.kind === ',') {
      afterValue = false;
    } else {
      cursor.fail(
        afterValue ? `expected , or } after a set value but found ${cursor.describe(next)}` : `expected a quoted string or } in the set but found ${cursor.describe(next)}`,
        next.start,
      );
    }
  }
  return sortedUnique(values);
}

/** Sorted by code point, which is Go's byte order on UTF-8 strings. */
export function sortedUnique(values: readonly string[]): string[] {
  const sorted = [...new Set(values)].sort(compareCodePoints);
  return sorted;
}

function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
}
