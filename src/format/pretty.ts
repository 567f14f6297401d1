/**
 * The `pretty` format: eslint-formatter-pretty, with long messages wrapped.
 * The package puts each message on one line, padded to the longest message,
 * then the rule id: calico-lint's messages say what Calico does and what to
 * write instead, and ran to 490 columns. Here each message is cut into lines
 * that fit the width (the terminal's, or 100 columns when the output is not
 * a terminal), the rule id stays on the first line, and the other lines are
 * indented under the message. The package still lays everything out and
 * styles it (bold code spans, colours, links); the message is handed to it
 * with its lines joined by an invisible separator, and the lines are put
 * back in place afterwards. Output that fits is exactly the package's.
 */
import type { ESLint } from 'eslint';
import stringWidth from 'string-width';
import type { Formatter } from './formatters.js';

/**
 * Below this, a message column beside the rule ids would be too narrow to read: on such a terminal
 * (80 columns and a 34-column rule id) each rule id goes on a line of its own under its message,
 * and the message takes the whole width.
 */
const MIN_MESSAGE_WIDTH = 40;
/** Narrower than this, lines are left longer: words would be cut into pieces. */
const MIN_NARROW_WIDTH = 20;

/** Invisible format characters (zero width), never left in messages (sanitize escapes every Cf character). */
const LINE_MARK = '\u2063';
const END_MARK = '\u2064';

/** Columns a message's text takes once the package has styled it: the backticks of code spans are not printed. */
function visibleWidth(text: string): number {
  return stringWidth(text.replaceAll('`', ''));
}

/** Words of `text` in lines of at most `width` columns (as printed); a longer word gets a line of its own. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const word of text.split(' ')) {
    const wordWidth = visibleWidth(word);
    if (current !== '' && currentWidth + 1 + wordWidth > width) {
      lines.push(current);
      current = word;
      currentWidth = wordWidth;
    } else {
      current = current === '' ? word : `${current} ${word}`;
      currentWidth += (currentWidth === 0 ? 0 : 1) + wordWidth;
    }
  }
  lines.push(current);
  return lines;
}

/** The columns before a message: `  ✖  ` and the widest `line:column`, then two blanks (the package's layout). */
function messageColumn(results: readonly ESLint.LintResult[]): number {
  let lineWidth = 0;
  let columnWidth = 0;
  for (const result of results) {
    for (const message of result.messages) {
      lineWidth = Math.max(lineWidth, String(message.line ?? 0).length);
      columnWidth = Math.max(columnWidth, String(message.column ?? 0).length);
    }
  }
  return 2 + 1 + 2 + lineWidth + 1 + columnWidth + 2;
}

/**
 * Wraps eslint-formatter-pretty (the function given) so that message lines fit
 * `width` columns. File headers are never cut: they are paths to click on.
 */
export function wrappedPretty(pretty: Formatter, width: number): Formatter {
  return async (results, data) => {
    const ruleWidth = Math.max(0, ...results.flatMap((result) => result.messages.map((message) => stringWidth(message.ruleId ?? ''))));
    const beside = width - messageColumn(results) - 2 - ruleWidth;
    const ruleBelow = beside < MIN_MESSAGE_WIDTH && width - messageColumn(results) >= MIN_MESSAGE_WIDTH;
    const messageWidth = ruleBelow ? Math.max(MIN_NARROW_WIDTH, width - messageColumn(results)) : Math.max(MIN_MESSAGE_WIDTH, beside);
    const texts = results.map((result) => result.messages.map((message) => message.message.replaceAll(LINE_MARK, '\\u2063').replaceAll(END_MARK, '\\u2064')));
    // Output that fits is left to the package; otherwise every message is laid out again, since the
    // package pads each one to the widest.
    const wrapped = ruleBelow || texts.some((list) => list.some((text) => visibleWidth(text) > messageWidth));
    if (!wrapped) return pretty(results, data);
    const prepared = results.map((result, i) => ({
      ...result,
      messages: result.messages.map((message, j) => ({ ...message, message: LINE_MARK + wrapWords(texts[i]![j]!, messageWidth).join(LINE_MARK) + END_MARK })),
    }));
    const output = await pretty(prepared, data);
    return relayout(output, ruleBelow);
  };
}

/**
 * Puts the wrapped lines of each message back under each other. A message
 * line reads: prefix, LINE_MARK, line 1, LINE_MARK, line 2, …, END_MARK, the
 * package's padding, the rule id.
 */
function relayout(output: string, ruleBelow: boolean): string {
  const rows = output.split('\n').map((row) => {
    const end = row.indexOf(END_MARK);
    if (end < 0) return { row };
    const [prefix = '', ...lines] = row.slice(0, end).split(LINE_MARK);
    return { row, prefix, lines: closeBold(lines), ruleId: row.slice(end + 1).trimStart() };
  });
  // The rule ids line up after the widest first line, as the package lines them up after the widest message.
  const padTo = Math.max(0, ...rows.map(({ lines }) => stringWidth(lines?.[0] ?? '')));
  return rows.map(({ row, prefix, lines, ruleId }) => {
    if (lines === undefined) return row;
    const indent = ' '.repeat(stringWidth(prefix));
    const first = lines[0] ?? '';
    if (ruleBelow) return [`${prefix}${first}`.trimEnd(), ...lines.slice(1).map((line) => `${indent}${line}`), `${indent}${ruleId}`].join('\n');
    const head = `${prefix}${first}${' '.repeat(padTo - stringWidth(first))}  ${ruleId}`.trimEnd();
    return [head, ...lines.slice(1).map((line) => `${indent}${line}`)].join('\n');
  }).join('\n');
}

const BOLD = '\u001B[1m';
const NORMAL = '\u001B[22m';

/** A code span (bold) cut by a line break is closed at the end of its line and opened again on the next. */
export function closeBold(lines: string[]): string[] {
  let open = false;
  return lines.map((line) => {
    const text = open ? BOLD + line : line;
    open = text.lastIndexOf(BOLD) > text.lastIndexOf(NORMAL);
    return open ? text + NORMAL : text;
  });
}
