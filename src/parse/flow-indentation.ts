/**
 * Flow collections and multi-line scalars whose lines are not indented past
 * their parent: kubectl reads them, the `yaml` package refuses them.
 *
 * go-yaml v2 (scannerc.go) checks indentation only in the block context:
 * yaml_parser_unroll_indent and yaml_parser_roll_indent do nothing while
 * flow_level > 0, yaml_parser_scan_flow_scalar (single- and double-quoted
 * scalars, in either context) never looks at a continuation line's column, and
 * yaml_parser_scan_plain_scalar checks it only when flow_level == 0. So
 *
 *     command: [
 *       'rm -rf /a
 *     /b'
 *     ]
 *
 * is `["rm -rf /a /b"]` for kubectl, where the `yaml` package (YAML 1.2's
 * n+1 rule) stops at the second line. The text is rewritten here, character
 * for character, into one the `yaml` package reads with kubectl's values:
 * every such construct is put on one line. A multi-line scalar becomes its
 * value written on one line (go-yaml's folding applied, same quoting when it
 * can say the value, else double-quoted), padded with spaces to its length;
 * a line break between the tokens of a flow collection becomes a space (a
 * comment there becomes spaces, so that it does not swallow the next line).
 * Every token keeps its start offset, so every finding keeps its line and
 * column. A double-quoted scalar with go-yaml's `\'` escape (a `'`; YAML 1.2
 * has no such escape) is written with a plain `'` the same way. What could be
 * read otherwise on one line (an implicit key whose `:`
 * is on a later line, which go-yaml refuses) is left as it is, and so is any
 * document go-yaml's scanner refuses, and a flow collection in a document that
 * holds a Go template's `{{` (its quoted scalars are re-laid).
 */

/** A replacement of text[start, start + text.length). */
interface Edit {
  start: number;
  text: string;
}

interface SimpleKey {
  possible: boolean;
  required: boolean;
  line: number;
  column: number;
  index: number;
}

/** A flow collection opened in the block context, with what putting it on one line takes. */
interface OpenFlow {
  edits: Edit[];
  /** Something in it would read differently on one line: left as written. */
  unsafe: boolean;
  /** Anything to rewrite in it. */
  changed: boolean;
}

/** A construct go-yaml refuses or reads otherwise, where the `yaml` package reads a value: refused, positioned. */
export interface ScanRefusal {
  start: number;
  end: number;
  message: string;
}

class ScanError extends Error {
  constructor(message: string, readonly refusal?: ScanRefusal) {
    super(message);
  }
}

const DIFFERENTLY = 'Kubernetes and YAML 1.2 parsers read this differently';

/**
 * What may hold a construct goYamlRefusals reports: most files hold none and are not scanned (Calico's CRDs
 * hold `,:]` in patterns, and CRDs `[?(@.type` in JSONPath: not `k:]` nor `[?b`, so not scanned).
 */
const MAY_DIFFER = /\\[/uU]|[[{,][ \t\r\n]*\?[^ \t\r\n(]|[^ \t\r\n,[\]{}'":]:[,\]}]/;

/**
 * Escapes go-yaml refuses where the `yaml` package reads a character (`\/`,
 * a UTF-16 surrogate `\ud83d`), and `?b` at the start of a flow entry, which
 * go-yaml reads as the key `b` (yaml_parser_fetch_next_token takes `?` as
 * the key indicator in any flow context) and the `yaml` package as the
 * string `?b`; `[k:, x]`, where go-yaml's plain scalar `k:` ends at the `,`
 * (yaml_parser_scan_plain_scalar: only `:` and a blank end it) and the
 * `yaml` package reads the key `k`.
 */
export function goYamlRefusals(text: string): ScanRefusal[] {
  if (!MAY_DIFFER.test(text)) return [];
  const refusals: ScanRefusal[] = [];
  for (let from = 0; from < text.length;) {
    const end = documentEnd(text, from);
    // Also in a document holding `{{`: kubectl reads it as it reads any other, unless it is a template, whose
    // refusals give way to its notice like its syntax errors (parse-manifest.ts, parseOnce).
    const scanner = new Scanner(text, from, end);
    try {
      scanner.run();
    } catch (error) {
      if (!(error instanceof ScanError)) throw error;
      if (error.refusal) refusals.push(error.refusal);
    }
    for (const refusal of scanner.refusals) refusals.push(refusal);
    from = end;
  }
  return refusals;
}

/**
 * The text rewritten (same length) so that the `yaml` package reads every
 * under-indented flow construct as go-yaml does, or undefined when nothing is
 * rewritten. Linear in the text's length.
 */
export function relayUnderIndentedFlow(text: string): string | undefined {
  const edits: Edit[] = [];
  for (let from = 0; from < text.length;) {
    const end = documentEnd(text, from);
    // In a document holding `{{`, quoted scalars only: kubectl reads `a: "x\n{{ y }}"` under-indented as any
    // other string, while a flow collection's `{{ … }}` reads as a mapping (a template stays a template, see go-template.ts).
    const templated = text.slice(from, end).includes('{{');
    try {
      // One at a time: a spread of 200,000 line breaks overflows the call stack.
      for (const edit of new Scanner(text, from, end).run()) {
        if (!templated || edit.text.startsWith('"') || edit.text.startsWith("'")) edits.push(edit);
      }
    } catch (error) {
      if (!(error instanceof ScanError)) throw error;
    }
    from = end;
  }
  if (edits.length === 0) return undefined;
  let result = '';
  let at = 0;
  for (const edit of edits) {
    result += text.slice(at, edit.start) + edit.text;
    at = edit.start + edit.text.length;
  }
  return result + text.slice(at);
}

/** Where the document starting at `from` ends: at the next `---` line (kubectl's splitter cuts there). */
function documentEnd(text: string, from: number): number {
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  marker.lastIndex = from + 1;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    if (match.index > from) return match.index;
  }
  return text.length;
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';
const isBreak = (ch: string | undefined): boolean => ch === '\n' || ch === '\r';
const isBlankz = (ch: string | undefined): boolean => ch === undefined || isBlank(ch) || isBreak(ch);
const isAlpha = (ch: string | undefined): boolean => ch !== undefined && /[0-9A-Za-z_-]/.test(ch);
const isHex = (ch: string | undefined): boolean => ch !== undefined && /[0-9A-Fa-f]/.test(ch);
const URI_CHAR = /[0-9A-Za-z_\-;/?:@&=+$,.!~*'()[\]%]/;
/** Characters a plain scalar cannot start with (scannerc.go, yaml_parser_fetch_next_token). */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

/**
 * A port of go-yaml v2's scanner (scannerc.go) as far as this rewrite needs
 * it: token boundaries, flow level, block indentation and simple keys, and the
 * values of flow scalars. Its errors are go-yaml's scanner errors.
 */
class Scanner {
  private pos: number;
  private line = 0;
  private column = 0;
  /** Characters read (go-yaml's mark.index: the 1,024-character limit of a simple key). */
  private index = 0;
  private flowLevel = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private simpleKeyAllowed = true;
  private readonly simpleKeys: SimpleKey[] = [{ possible: false, required: false, line: 0, column: 0, index: 0 }];
  /** Per flow level: a `?` was read and its `:` not yet. */
  private readonly explicitKeys: boolean[] = [false];
  private readonly brackets: string[] = [];
  private flow: OpenFlow | undefined;
  /** In a flow collection, the last token ended a node: a node right after it is go-yaml's parse error. */
  private afterNode = false;
  private readonly edits: Edit[] = [];
  readonly refusals: ScanRefusal[] = [];

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  run(): Edit[] {
    for (;;) {
      this.scanToNextToken();
      this.staleSimpleKeys();
      this.unrollIndent(this.column);
      if (this.pos >= this.end) break;
      this.fetchToken();
    }
    if (this.flowLevel > 0) throw new ScanError('unclosed flow collection');
    return this.edits;
  }

  private ch(offset = 0): string | undefined {
    const at = this.pos + offset;
    return at < this.end ? this.text[at] : undefined;
  }

  private skip(): void {
    const code = this.text.charCodeAt(this.pos);
    // A surrogate pair is one character (one column) for go-yaml.
    this.pos += code >= 0xd800 && code <= 0xdbff && this.pos + 1 < this.end ? 2 : 1;
    this.column++;
    this.index++;
  }

  private skipLine(): void {
    if (this.ch() === '\r' && this.ch(1) === '\n') this.pos++;
    this.pos++;
    this.index++;
    this.line++;
    this.column = 0;
  }

  private scanToNextToken(): void {
    for (;;) {
      if (this.column === 0 && this.ch() === '\ufeff') this.skip();
      while (this.ch() === ' ' || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.ch() === '\t')) this.skip();
      if (this.ch() === '#') {
        const start = this.pos;
        while (!isBreak(this.ch()) && this.ch() !== undefined) this.skip();
        if (this.flow) this.blankComment(start, this.pos);
      }
      if (!isBreak(this.ch())) return;
      if (this.flow) {
        // Between the tokens of a flow collection a line break is a blank: a space keeps it one.
        this.flow.edits.push({ start: this.pos, text: this.ch() === '\r' && this.ch(1) === '\n' ? '  ' : ' ' });
        this.flow.changed = true;
      }
      this.skipLine();
      if (this.flowLevel === 0) this.simpleKeyAllowed = true;
    }
  }

  /** A comment inside a flow collection put on one line would run to its end: blanked, unless it may be a directive. */
  private blankComment(start: number, end: number): void {
    const comment = this.text.slice(start, end);
    if (comment.includes('calico-lint')) this.flow!.unsafe = true;
    else this.flow!.edits.push({ start, text: ' '.repeat(end - start) });
  }

  private staleSimpleKeys(): void {
    const levels = this.flowLevel === 0 ? [0] : [0, this.simpleKeys.length - 1];
    for (const level of levels) {
      const key = this.simpleKeys[level]!;
      if (key.possible && (key.line < this.line || key.index + 1024 < this.index)) {
        if (key.required) throw new ScanError('could not find expected \':\'');
        key.possible = false;
      }
    }
  }

  private fetchToken(): void {
    const ch = this.ch();
    const next = this.ch(1);
    const endsNode = this.afterNode;
    this.afterNode = false;
    // Two nodes with no `,` or `:` between them (`[x # c` then `y]`): go-yaml refuses them, one line would join them.
    if (endsNode && this.flow && !(ch === ',' || ch === ']' || ch === '}' || ch === ':' || ch === '#')) this.flow.unsafe = true;
    if (this.column === 0 && ch === '%') return this.skipToLineEnd();
    if (this.column === 0 && (this.text.startsWith('---', this.pos) || this.text.startsWith('...', this.pos)) && isBlankz(this.ch(3))) {
      if (this.flowLevel > 0) throw new ScanError('document indicator in a flow collection');
      this.unrollIndent(-1);
      this.removeSimpleKey();
      this.simpleKeyAllowed = false;
      for (let i = 0; i < 3; i++) this.skip();
      return;
    }
    switch (ch) {
      case '[':
      case '{':
        return this.flowStart(ch);
      case ']':
      case '}':
        this.flowEnd(ch);
        this.afterNode = true;
        return;
      case ',':
        if (this.flowLevel === 0) throw new ScanError('`,` in the block context');
        this.removeSimpleKey();
        this.simpleKeyAllowed = true;
        this.explicitKeys[this.flowLevel] = false;
        this.skip();
        return;
      default:
    }
    if (ch === '-' && isBlankz(next)) {
      if (this.flowLevel > 0) throw new ScanError('`-` in a flow collection');
      if (!this.simpleKeyAllowed) throw new ScanError('block sequence entries are not allowed in this context');
      this.rollIndent(this.column);
      this.removeSimpleKey();
      this.simpleKeyAllowed = true;
      this.skip();
      return;
    }
    if (ch === '?' && this.flowLevel > 0 && !isBlankz(next)) {
      this.refusals.push({
        start: this.pos,
        end: this.pos + 1,
        message: `${DIFFERENTLY}: in a flow collection kubectl reads this \`?\` as a key indicator, not as the first character ` +
          'of a string; quote the string',
      });
    }
    if (ch === '?' && (this.flowLevel > 0 || isBlankz(next))) {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) throw new ScanError('mapping keys are not allowed in this context');
        this.rollIndent(this.column);
      }
      this.removeSimpleKey();
      this.simpleKeyAllowed = this.flowLevel === 0;
      this.explicitKeys[this.flowLevel] = true;
      this.skip();
      return;
    }
    if (ch === ':' && (this.flowLevel > 0 || isBlankz(next))) return this.fetchValue();
    if (ch === '*' || ch === '&') {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      this.scanAnchor();
      this.afterNode = ch === '*';
      return;
    }
    if (ch === '!') {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      return this.scanTag();
    }
    if ((ch === '|' || ch === '>') && this.flowLevel === 0) {
      this.removeSimpleKey();
      this.simpleKeyAllowed = true;
      return this.scanBlockScalar();
    }
    if (ch === '\'' || ch === '"') {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      this.scanFlowScalar(ch === '\'');
      this.afterNode = true;
      return;
    }
    const plain =
      !(isBlankz(ch) || INDICATORS.includes(ch!)) ||
      (ch === '-' && !isBlank(next)) ||
      (this.flowLevel === 0 && (ch === '?' || ch === ':') && !isBlankz(next));
    if (!plain) throw new ScanError('found character that cannot start any token');
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.scanPlainScalar();
    this.afterNode = true;
  }

  private skipToLineEnd(): void {
    while (this.ch() !== undefined && !isBreak(this.ch())) this.skip();
  }

  private flowStart(ch: string): void {
    this.saveSimpleKey();
    if (this.flowLevel === 0) this.flow = { edits: [], unsafe: false, changed: false };
    this.flowLevel++;
    if (this.flowLevel > 10000) throw new ScanError('exceeded max depth');
    this.simpleKeys.push({ possible: false, required: false, line: this.line, column: this.column, index: this.index });
    this.explicitKeys.push(false);
    this.brackets.push(ch === '[' ? ']' : '}');
    this.simpleKeyAllowed = true;
    this.skip();
  }

  private flowEnd(ch: string): void {
    if (this.flowLevel === 0 || this.brackets.pop() !== ch) throw new ScanError('unexpected end of a flow collection');
    this.removeSimpleKey();
    this.flowLevel--;
    this.simpleKeys.pop();
    this.explicitKeys.pop();
    this.simpleKeyAllowed = false;
    this.skip();
    if (this.flowLevel === 0) {
      const flow = this.flow!;
      this.flow = undefined;
      if (flow.changed && !flow.unsafe) for (const edit of flow.edits) this.edits.push(edit);
    }
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]!;
    const valid = key.possible && key.line === this.line && key.index + 1024 >= this.index;
    if (valid) {
      this.rollIndent(key.column);
      key.possible = false;
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) throw new ScanError('mapping values are not allowed in this context');
        this.rollIndent(this.column);
      } else if (!this.explicitKeys[this.flowLevel]) {
        // A `:` whose key is on an earlier line (or missing): go-yaml reads no key; on one line there would be one.
        this.flow!.unsafe = true;
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    this.explicitKeys[this.flowLevel] = false;
    this.skip();
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.column;
    if (!this.simpleKeyAllowed) return;
    this.removeSimpleKey();
    const key = this.simpleKeys[this.simpleKeys.length - 1]!;
    key.possible = true;
    key.required = required;
    key.line = this.line;
    key.column = this.column;
    key.index = this.index;
  }

  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]!;
    if (key.possible && key.required) throw new ScanError('could not find expected \':\'');
    key.possible = false;
  }

  private rollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    if (this.indent < column) {
      this.indents.push(this.indent);
      this.indent = column;
      if (this.indents.length > 10000) throw new ScanError('exceeded max depth');
    }
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) this.indent = this.indents.pop()!;
  }

  private scanAnchor(): void {
    this.skip();
    const start = this.pos;
    while (isAlpha(this.ch())) this.skip();
    const after = this.ch();
    if (this.pos === start || !(isBlankz(after) || '?:,]}%@`'.includes(after!))) throw new ScanError('bad anchor');
  }

  private scanTag(): void {
    this.skip();
    if (this.ch() === '<') {
      this.skip();
      while (this.ch() !== undefined && URI_CHAR.test(this.ch()!)) this.skip();
      if (this.ch() !== '>') throw new ScanError('bad verbatim tag');
      this.skip();
    } else {
      while (this.ch() !== undefined && (URI_CHAR.test(this.ch()!) || this.ch() === '!')) this.skip();
    }
    if (!isBlankz(this.ch())) throw new ScanError('did not find expected whitespace or line break');
  }

  /** Skips a block scalar as yaml_parser_scan_block_scalar reads it (its extent depends on the block indentation). */
  private scanBlockScalar(): void {
    this.skip();
    let increment = 0;
    for (let i = 0; i < 2; i++) {
      const ch = this.ch();
      if (ch === '+' || ch === '-') this.skip();
      else if (ch !== undefined && ch >= '0' && ch <= '9') {
        if (ch === '0' || increment > 0) throw new ScanError('bad indentation indicator');
        increment = Number(ch);
        this.skip();
      }
    }
    while (isBlank(this.ch())) this.skip();
    if (this.ch() === '#') this.skipToLineEnd();
    if (this.ch() !== undefined && !isBreak(this.ch())) throw new ScanError('did not find expected comment or line break');
    if (isBreak(this.ch())) this.skipLine();
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0;
    indent = this.blockScalarBreaks(indent);
    while (this.column === indent && this.ch() !== undefined) {
      this.skipToLineEnd();
      if (isBreak(this.ch())) this.skipLine();
      indent = this.blockScalarBreaks(indent);
    }
  }

  private blockScalarBreaks(indent: number): number {
    let maxIndent = 0;
    for (;;) {
      while ((indent === 0 || this.column < indent) && this.ch() === ' ') this.skip();
      if (this.column > maxIndent) maxIndent = this.column;
      if ((indent === 0 || this.column < indent) && this.ch() === '\t') throw new ScanError('tab in block scalar indentation');
      if (!isBreak(this.ch())) break;
      this.skipLine();
    }
    if (indent === 0) indent = Math.max(maxIndent, this.indent + 1, 1);
    return indent;
  }

  /** yaml_parser_scan_flow_scalar: the value as go-yaml folds it. */
  private scanFlowScalar(single: boolean): void {
    const start = this.pos;
    const startLine = this.line;
    this.skip();
    let value = '';
    /** The value as written in the scalar's quotes, on one line (escapes as written). */
    let raw = '';
    let quoteEscape = false;
    let leadingBreak = '';
    let trailingBreaks = '';
    let whitespaces = '';
    for (;;) {
      if (this.column === 0 && (this.text.startsWith('---', this.pos) || this.text.startsWith('...', this.pos)) && isBlankz(this.ch(3))) {
        throw new ScanError('found unexpected document indicator');
      }
      if (this.ch() === undefined) throw new ScanError('found unexpected end of stream');
      let leadingBlanks = false;
      while (!isBlankz(this.ch())) {
        const ch = this.ch()!;
        if (single && ch === '\'' && this.ch(1) === '\'') {
          value += '\'';
          raw += '\'\'';
          this.skip();
          this.skip();
        } else if (single && ch === '\'') {
          break;
        } else if (!single && ch === '"') {
          break;
        } else if (!single && ch === '\\' && isBreak(this.ch(1))) {
          this.skip();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && ch === '\\') {
          const from = this.pos;
          value += this.escape();
          // `\'` is go-yaml's own escape, which YAML 1.2 (and the `yaml` package) refuses: written as `'`.
          if (this.text[from + 1] === '\'') quoteEscape = true;
          raw += this.text[from + 1] === '\'' ? '\'' : this.text.slice(from, this.pos);
        } else {
          const from = this.pos;
          this.skip();
          value += this.text.slice(from, this.pos);
          raw += this.text.slice(from, this.pos);
        }
      }
      if (this.ch() === (single ? '\'' : '"')) break;
      while (isBlank(this.ch()) || isBreak(this.ch())) {
        if (isBlank(this.ch())) {
          if (!leadingBlanks) whitespaces += this.ch();
          this.skip();
        } else {
          if (!leadingBlanks) {
            whitespaces = '';
            leadingBreak = '\n';
            leadingBlanks = true;
          } else {
            trailingBreaks += '\n';
          }
          this.skipLine();
        }
      }
      if (leadingBlanks) {
        const breaks = leadingBreak === '\n' && trailingBreaks === '' ? ' ' : trailingBreaks;
        value += breaks;
        raw += breaks.replaceAll('\n', '\\n');
        leadingBreak = '';
        trailingBreaks = '';
      } else {
        value += whitespaces;
        raw += whitespaces;
        whitespaces = '';
      }
    }
    this.skip();
    const multiLine = this.line !== startLine;
    if (!multiLine && !quoteEscape) return;
    const block = this.flow === undefined;
    if (block) this.flow = { edits: [], unsafe: false, changed: false };
    // A single-quoted value with a line break cannot be written on one line in single quotes.
    const written = single ? (value.includes('\n') ? JSON.stringify(value) : `'${raw}'`) : `"${raw}"`;
    this.rewriteScalar(start, written);
    if (block) this.closeBlockScalarRewrite(multiLine);
  }

  private escape(): string {
    const at = this.pos;
    const code = this.ch(1);
    const simple: Record<string, string> = {
      '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
      '"': '"', '\'': '\'', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
    };
    const length = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
    if (length === 0 && (code === undefined || !Object.hasOwn(simple, code))) {
      throw new ScanError('found unknown escape character', code === '/' ? {
        start: at,
        end: at + 2,
        message: `${DIFFERENTLY}: kubectl refuses the escape \`\\/\` (go-yaml has none), so it does not apply this file; write \`/\``,
      } : undefined);
    }
    this.skip();
    this.skip();
    if (length === 0) return simple[code!]!;
    let hex = '';
    for (let k = 0; k < length; k++) {
      if (!isHex(this.ch())) throw new ScanError('did not find expected hexdecimal number');
      hex += this.ch();
      this.skip();
    }
    const point = parseInt(hex, 16);
    if ((point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff) {
      throw new ScanError('found invalid Unicode character escape code', {
        start: at,
        end: this.pos,
        message: `${DIFFERENTLY}: kubectl refuses this escape (a UTF-16 surrogate or no code point), so it does not apply ` +
          'this file; write the character itself, or `\\U` and its code point in 8 digits',
      });
    }
    return String.fromCodePoint(point);
  }

  /** yaml_parser_scan_plain_scalar: its extent; in a flow collection, its value as go-yaml folds it. */
  private scanPlainScalar(): void {
    const start = this.pos;
    const startLine = this.line;
    const indent = this.indent + 1;
    let value = '';
    let end = this.pos;
    let endLine = this.line;
    let endColumn = this.column;
    let endIndex = this.index;
    let leadingBlanks = false;
    let leadingBreak = '';
    let trailingBreaks = '';
    let whitespaces = '';
    for (;;) {
      if (this.column === 0 && (this.text.startsWith('---', this.pos) || this.text.startsWith('...', this.pos)) && isBlankz(this.ch(3))) break;
      if (this.ch() === '#') break;
      while (!isBlankz(this.ch())) {
        const ch = this.ch()!;
        if ((ch === ':' && isBlankz(this.ch(1))) || (this.flowLevel > 0 && ',?[]{}'.includes(ch))) break;
        if (leadingBlanks || whitespaces !== '') {
          if (leadingBlanks) {
            value += leadingBreak === '\n' && trailingBreaks === '' ? ' ' : trailingBreaks;
            leadingBreak = '';
            trailingBreaks = '';
            leadingBlanks = false;
          } else {
            value += whitespaces;
            whitespaces = '';
          }
        }
        const from = this.pos;
        this.skip();
        value += this.text.slice(from, this.pos);
        end = this.pos;
        endLine = this.line;
        endColumn = this.column;
        endIndex = this.index;
      }
      if (!(isBlank(this.ch()) || isBreak(this.ch()))) break;
      while (isBlank(this.ch()) || isBreak(this.ch())) {
        if (isBlank(this.ch())) {
          if (leadingBlanks && this.column < indent && this.ch() === '\t') throw new ScanError('found a tab character that violates indentation');
          if (!leadingBlanks) whitespaces += this.ch();
          this.skip();
        } else {
          if (!leadingBlanks) {
            whitespaces = '';
            leadingBreak = '\n';
            leadingBlanks = true;
          } else {
            trailingBreaks += '\n';
          }
          this.skipLine();
        }
      }
      if (this.flowLevel === 0 && this.column < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
    if (this.flowLevel > 0 && value.endsWith(':') && ',[]{}'.includes(this.text[end] ?? ' ')) {
      this.refusals.push({
        start: end - 1,
        end,
        message: `${DIFFERENTLY}: kubectl reads this \`:\` as the last character of a string (\`k:,\` is the string \`k:\`), ` +
          'YAML 1.2 parsers as a key indicator; quote the string, or write a blank after the `:`',
      });
    }
    // The blanks and breaks go-yaml's plain scanner read after the scalar are read again here, as the next
    // token's (to see the line breaks between tokens): back to the scalar's end.
    this.pos = end;
    this.line = endLine;
    this.column = endColumn;
    this.index = endIndex;
    if (this.flowLevel === 0 || endLine === startLine) return;
    // A value with a line break (from an empty line) or ending in `:` (`[x` then `a:]`: on one line, a blank would
    // follow it, a key for the `yaml` package) is a string whatever it says: double-quoted, it stays one.
    this.rewriteScalar(start, value.includes('\n') || value.endsWith(':') ? JSON.stringify(value) : value);
  }

  /** The scalar from `start` to the current position, written on one line and padded; undefined: it cannot be. */
  private rewriteScalar(start: number, written: string | undefined): void {
    const length = this.pos - start;
    if (written === undefined || written.length > length || /[\r\n]/.test(written)) {
      this.flow!.unsafe = true;
      return;
    }
    this.flow!.edits.push({ start, text: written + ' '.repeat(length - written.length) });
    this.flow!.changed = true;
  }

  /** A quoted scalar in the block context: rewritten unless it is a multi-line key (which go-yaml refuses). */
  private closeBlockScalarRewrite(multiLine: boolean): void {
    const flow = this.flow!;
    this.flow = undefined;
    if (flow.unsafe) return;
    let at = this.pos;
    while (at < this.end && isBlank(this.text[at])) at++;
    if (multiLine && this.text[at] === ':') return;
    for (const edit of flow.edits) this.edits.push(edit);
  }
}
