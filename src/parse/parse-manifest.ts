import {
  CST,
  Composer,
  Lexer,
  LineCounter,
  Parser,
  isMap,
  isScalar,
  isSeq,
  isPair,
  type Document,
  type Node,
  type Pair,
  type YAMLError,
  type YAMLWarning,
} from 'yaml';
import type {
  LineComment,
  PairPart,
  ParsedFile,
  ParseProblem,
  Path,
  SourceDocument,
  SourceRange,
  TemplateDocument,
  UnresolvedTag,
} from './source.js';
import { breaksQuotedAction, firstTemplateAction, opensNestedFlowMapping, splitsBlockKey } from './go-template.js';
import { envsubstVariableAt } from './envsubst-flow-variable.js';
import { firstTerraformDirective } from './terraform-template.js';
import { firstJinjaTag, templateSyntaxOf } from './template-syntax.js';
import { echo, quote } from '../text.js';
import { isJsonStream, needsKubectlRewrite, readAsKubectl, type ReadingProblem } from './kubectl-reading.js';
import { goYamlDifferences, withGoBinary } from './go-yaml.js';
import { goYamlRefusals, relayUnderIndentedFlow } from './flow-indentation.js';
import { gapLineStart, type LineGaps } from './blank-documents.js';

/**
 * Kubernetes decodes manifests with go-yaml v2, i.e. YAML 1.1: `yes`/`on` are
 * booleans, `0777` is octal, `<<` merges. A duplicated key is no error: go-yaml
 * v2 decodes into a map and the last value wins, as here (kubectl's client-side
 * reading; the JSON it sends has each key once).
 */
const KUBERNETES_YAML = {
  version: '1.1',
  uniqueKeys: false,
  merge: true,
  prettyErrors: false,
  // The library would print some warnings (a mapping used as a key) to standard error, quoting the manifest.
  logLevel: 'silent',
} as const;

export interface ParseOptions {
  /**
   * '1.1' (default) reads manifests as Kubernetes does. The configuration file
   * is not a manifest and is read as YAML 1.2, so `off` stays a string.
   */
  yamlVersion?: '1.1' | '1.2';
  /**
   * Whether a document's source text can matter to the rules (see
   * src/engine/relevance.ts). Documents it rejects are not parsed (so their
   * syntax errors are not reported) and not returned. Default: every document.
   */
  isRelevant?: (documentText: string) => boolean;
  /**
   * Empty lines left out of the text (compactIrrelevantDocuments): counted
   * back, so that lines are numbered as in the text as written.
   */
  lineGaps?: LineGaps;
  /**
   * A document that does not parse and holds a Go template action (`{{ … }}`)
   * outside comments is a template (a Helm chart's): listed in `templates`,
   * without its syntax errors. Manifests only, never the configuration.
   */
  templates?: boolean;
  /**
   * Takes each document, with its syntax tree, as soon as it is read; the
   * document is then not kept in `documents`. A caller that keeps only what
   * it extracts (src/analyze/analyze-file.ts) lets each tree go before the
   * next document is read: a stream of 100,000 documents otherwise held every
   * tree until its end (1.6 GB), and the garbage collector walked them all,
   * again and again.
   */
  onDocument?: (document: SourceDocument, syntax: DocumentSyntax) => void;
  /**
   * With onDocument: the file's documents are given again from the first
   * (a file the `yaml` package refused is read a second time, with flow
   * collections re-laid as kubectl reads them, and that read was kept):
   * forget those given so far.
   */
  onRestart?: () => void;
}

/**
 * Deepest nesting of mappings and lists read. Kubernetes objects nest a few
 * dozen levels (a CRD schema perhaps a hundred); the YAML library and the
 * walks after it recurse once per level, and the JavaScript stack holds about
 * a thousand levels, so a document nested deeper is reported, not read.
 */
export const MAX_NESTING_DEPTH = 256;

/** Parses every document of one file, keeping enough to locate any path later. */
export function parseManifest(filePath: string, rawText: string, options: ParseOptions = {}): ParsedFile {
  const prepared = prepareText(rawText, options);
  const first = parseOnce(filePath, prepared, prepared.read, options);
  // Under-indented flow collections and quoted scalars, which kubectl reads (see flow-indentation.ts), are
  // rewritten only in a file the `yaml` package refused: every other file is read as it is.
  if (first.yamlErrors === 0 || prepared.reading === undefined) return first.parsed;
  // U+2028 and U+2029 (now `\n`) are line breaks go-yaml keeps in a value: such a file is not rewritten.
  const relaid = prepared.reading.separatorBreaks.length === 0 ? relayUnderIndentedFlow(prepared.read) : undefined;
  if (relaid === undefined) return first.parsed;
  // The first read's documents went to onDocument already: the second's are held, and handed on only if kept.
  const { onDocument, onRestart } = options;
  const held: Array<[SourceDocument, DocumentSyntax]> = [];
  const second = parseOnce(filePath, prepared, relaid, onDocument ? { ...options, onDocument: (document, syntax) => held.push([document, syntax]) } : options);
  if (second.yamlErrors >= first.yamlErrors) return first.parsed;
  if (onDocument) {
    onRestart?.();
    for (const [document, syntax] of held) onDocument(document, syntax);
  }
  return second.parsed;
}

/** A file's text made ready to parse, once for both reads of parseManifest. */
interface PreparedText {
  /** The text as written, without a byte-order mark, irrelevant documents blanked: lines and columns are counted on it. */
  written: string;
  /** How kubectl reads it (YAML 1.1 only). */
  reading: ReturnType<typeof readAsKubectl> | undefined;
  /** The text kubectl reads: the same length as `written`, so offsets are shared. */
  read: string;
  lineCounter: LineCounter;
}

function prepareText(rawText: string, options: ParseOptions): PreparedText {
  // Editors do not count a byte-order mark as a column; neither do we.
  const unmarked = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // Documents no rule could use become empty lines: every offset below is in this text.
  const written = options.isRelevant ? blankIrrelevantDocuments(unmarked, options.isRelevant) : unmarked;
  // Manifests are read as kubectl reads them (see kubectl-reading.ts): the rewritten text has the same
  // length, so offsets are shared; lines and columns are counted on the text as written.
  const reading = (options.yamlVersion ?? '1.1') === '1.1' ? readAsKubectl(written) : undefined;
  return { written, reading, read: reading?.text ?? written, lineCounter: linesOf(written, options.isRelevant ? undefined : options.lineGaps) };
}

/** One read of the prepared text: `text` is its `read`, or that with under-indented flow re-laid (the same length). */
function parseOnce(filePath: string, { written, reading, lineCounter }: PreparedText, text: string, options: ParseOptions): { parsed: ParsedFile; yamlErrors: number } {
  const yaml11 = (options.yamlVersion ?? '1.1') === '1.1';
  const toRange = rangeMaker(text, lineCounter);
  const documents: SourceDocument[] = [];
  const problems: ParseProblem[] = [];
  // Only directives are wanted from comments: skip the token walk for the many files that hold none.
  const comments: CommentToken[] | undefined = text.includes('calico-lint') ? [] : undefined;

  const composer = new Composer({
    ...KUBERNETES_YAML,
    version: options.yamlVersion ?? '1.1',
    merge: yaml11,
    ...(yaml11 ? { customTags: withGoBinary as never } : {}),
  });
  const refusals: ReadingProblem[] = [...(reading?.problems ?? []), ...(yaml11 ? goYamlRefusals(text) : [])];
  const mayMerge = text.includes('<<');
  // Searched once per file, not once per document: 26,000 documents in one stream made it quadratic.
  const hasNonSpecificTag = NON_SPECIFIC_TAG.test(text);
  // What parseAllDocuments does, one token at a time: the parser's tokens (the CST) take more
  // memory than the documents themselves, so each is dropped as soon as it is composed.
  let index = 0;
  let yamlErrors = 0;
  const tooDeep: boolean[] = [];
  const templates: TemplateDocument[] = [];
  /** The text of each template document, [start, end): the refusals there are its own, like its syntax errors. */
  const templateSpans: Array<{ start: number; end: number; template: TemplateDocument }> = [];
  /** Whether the document's problems are those of a Go template: then they give way to one entry in `templates`. */
  const isTemplate = (doc: Document.Parsed, docIndex: number, problemsBefore: number): boolean => {
    if (!options.templates || problems.length === problemsBefore) return false;
    // A stray `{{- if … }}` after a document's content can lie past its range, on an error's line.
    const [start, , rangeEnd] = doc.range;
    const lastError = doc.errors.reduce((last, error) => Math.max(last, error.pos[1]), rangeEnd);
    const lineEnd = text.indexOf('\n', lastError);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const documentText = text.slice(start, end);
    const variable = envsubstVariableAt(text, doc.errors.map((error) => error.pos[0]));
    if (variable !== undefined) {
      // kubectl refuses a line that starts with `${VAR}` and a `${VAR}` as a flow item too (envsubst-template.ts, envsubst-flow-variable.ts): certain, anywhere.
      problems.splice(problemsBefore);
      templates.push({ documentIndex: docIndex, range: toRange(variable, variable + 2), engine: 'envsubst' });
      templateSpans.push({ start, end, template: templates.at(-1)! });
      return true;
    }
    const directive = firstTerraformDirective(documentText);
    if (directive !== undefined) {
      // A `%{ … }` directive where a node starts: kubectl refuses it as written (terraform-template.ts).
      problems.splice(problemsBefore);
      templates.push({ documentIndex: docIndex, range: toRange(start + directive, start + directive + 2), engine: 'terraform' });
      templateSpans.push({ start, end, template: templates.at(-1)! });
      return true;
    }
    const action = firstTemplateAction(documentText) ?? firstJinjaTag(documentText);
    if (action === undefined) return false;
    const own = problems.splice(problemsBefore);
    const range = toRange(start + action, start + action + 2);
    // Kept aside when kubectl might read the document: excused only where templates live.
    const refused = opensNestedFlowMapping(documentText) || breaksQuotedAction(documentText) || splitsBlockKey(doc.errors);
    const syntax = templateSyntaxOf(documentText);
    templates.push(refused ? { documentIndex: docIndex, range, syntax } : { documentIndex: docIndex, range, syntax, problems: own });
    templateSpans.push({ start, end, template: templates.at(-1)! });
    return true;
  };
  const compose = (doc: Document.Parsed): void => {
    const docIndex = index++;
    if (tooDeep.shift() === true) return;
    yamlErrors += doc.errors.length;
    const problemsBefore = problems.length;
    // Past the cap only the position is worked out: one long line of 200,000 errors stays linear.
    // One problem per position: a string cut off inside flow collections (a truncated JSON manifest) is one
    // error to kubectl, and the yaml package adds an "end with a }" for each collection left open at that point.
    const errorAt = new Set<number>();
    for (const error of doc.errors) {
      if (errorAt.has(error.pos[0])) continue;
      errorAt.add(error.pos[0]);
      problems.push(problems.length < MAX_PARSE_PROBLEMS ? describeError(error, text, toRange) : cheapProblem(error, toRange));
    }
    // Error tokens past the cap that were dropped while this document was read.
    const droppedHere = unlisted.count - dropped.before;
    const errorTokensBefore = dropped.errorTokens;
    dropped.before = unlisted.count;
    dropped.errorTokens = errorTokens;
    if (problems.length > problemsBefore) {
      if (isTemplate(doc, docIndex, problemsBefore)) {
        // A template's errors give way to its notice, those past the cap too (a Helm template of 280
        // lines, Calico's calico-kube-controllers-rbac.yaml, otherwise kept one "N more problems" error).
        if (droppedHere > 0 && unlisted.count === droppedHere) delete unlisted.offset;
        unlisted.count -= droppedHere;
        dropped.before = unlisted.count;
        errorTokens = errorTokensBefore;
        dropped.errorTokens = errorTokens;
      }
      return;
    }
    if (doc.contents === null) return; // `---` alone, or only comments
    // Refused constructs are reported, and the document is still read (as the YAML 1.1 parser reads it).
    // (Only merge keys and U+2028/U+2029 are looked for: a text with neither is not walked.)
    if (reading && (reading.separatorBreaks.length > 0 || mayMerge)) {
      refusals.push(...goYamlDifferences(doc, doc.contents, reading.separatorBreaks, written));
    }
    if (!yaml11) {
      // The configuration (not a manifest) must say each key once.
      for (const offset of duplicateKeys(doc.contents)) {
        problems.push(describeError({ code: 'DUPLICATE_KEY', pos: [offset, offset + 1], message: '' } as YAMLError, text, toRange));
      }
      if (problems.length > problemsBefore) return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const start = doc.contents.range[0];
      problems.push({ message: toJSProblem(error), range: toRange(start, start) });
      return;
    }
    if (value === null || value === undefined) return; // an empty document
    const document = makeDocument(filePath, docIndex, value, doc, text, toRange, hasNonSpecificTag);
    const syntax: DocumentSyntax = { contents: doc.contents, text, lineCounter };
    if (options.onDocument !== undefined) {
      options.onDocument(document, syntax);
      return;
    }
    (document as SyntaxHolder)[SYNTAX] = syntax;
    documents.push(document);
  };
  const documentDepth = { deepest: Infinity };
  let errorTokens = 0;
  const unlisted: { count: number; offset?: number } = { count: 0 };
  /** Counts at the last document composed: what was dropped since belongs to the next one. */
  const dropped = { before: 0, errorTokens: 0 };
  const onToken = (token: CST.Token): void => {
    if (token.type === 'document') {
      // Walking the tree for its depth costs a Kubernetes object more than it ever finds: skipped when the
      // parser's stack (which holds every open collection) never got near the limit.
      const deepAt = token.value === undefined || !mayBeTooDeep(documentDepth.deepest) ? undefined : firstTooDeep(token.value, MAX_NESTING_DEPTH);
      tooDeep.push(deepAt !== undefined);
      if (deepAt !== undefined) {
        problems.push({ message: TOO_DEEP, range: toRange(deepAt, deepAt + 1) });
        token.value = undefined; // composed as an empty document, never walked
      }
    }
    if (token.type === 'error' && ++errorTokens > MAX_PARSE_PROBLEMS) {
      // Never handed to the composer: each would become an Error with a stack trace (200,000 of them: 17 s).
      unlisted.count++;
      unlisted.offset ??= token.offset;
      return;
    }
    if (comments) collectComments(token, text, comments);
    for (const doc of composer.next(token)) compose(doc);
  };
  forEachTokenWithinLimits(
    text,
    (offset) => problems.push({ message: TOO_DEEP, range: toRange(offset, offset + 1) }),
    (offset) => problems.push({ message: tooManyNodes(), range: toRange(offset, offset + 1) }),
    documentDepth,
    onToken,
  );
  for (const doc of composer.end(false, text.length)) compose(doc);
  // A refusal where the parser already stopped (JSON with trailing garbage) would say the same twice.
  const parseErrorAt = new Set(problems.map((problem) => `${problem.range.line}:${problem.range.column}`));
  for (const refusal of refusals) {
    const range = toRange(refusal.start, refusal.end);
    if (parseErrorAt.has(`${range.line}:${range.column}`)) continue;
    // In a template: given way to its notice when kubectl certainly refuses it, else kept with its syntax errors.
    const template = spanAt(templateSpans, refusal.start)?.template;
    if (template !== undefined) template.problems?.push({ message: refusal.message, range });
    else problems.push({ message: refusal.message, range });
  }
  problems.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  capProblems(problems, unlisted.count, unlisted.offset === undefined ? undefined : toRange(unlisted.offset, unlisted.offset));

  const parsed: ParsedFile = { filePath, documents, problems, comments: comments ? lineComments(comments, written, lineCounter, toRange) : [] };
  if (options.templates) parsed.templates = templates;
  return { parsed, yamlErrors };
}

/** The span holding `offset`, in spans sorted by start and not overlapping (documents in order): a binary search. */
function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span;
  }
  return undefined;
}

/**
 * Parse problems listed per file, at most: one long line of stray brackets
 * otherwise gave 200,000 messages (35 MB of JSON). The rest are counted in one
 * more problem, at the first one not listed; they are all errors, so a capped
 * file still fails.
 */
export const MAX_PARSE_PROBLEMS = 100;

/** A parse error past the cap: its own message, without describeError's look at the whole line (one line can hold them all). */
function cheapProblem(error: YAMLError, toRange: RangeMaker): ParseProblem {
  return { message: `Parsing error: ${echo(error.message.slice(0, 600).split('\n')[0]!, 300)}`, range: toRange(error.pos[0], error.pos[1]) };
}

/** Keeps the first MAX_PARSE_PROBLEMS (sorted by position) and counts the rest in one problem at the first left out. */
function capProblems(problems: ParseProblem[], skipped: number, firstSkipped: SourceRange | undefined): void {
  if (problems.length + skipped <= MAX_PARSE_PROBLEMS) return;
  const more = problems.length - MAX_PARSE_PROBLEMS + skipped;
  const candidates = [problems[MAX_PARSE_PROBLEMS]?.range, firstSkipped].filter((range) => range !== undefined);
  const range = candidates.sort((a, b) => a.line - b.line || a.column - b.column)[0]!;
  problems.length = Math.min(problems.length, MAX_PARSE_PROBLEMS);
  problems.push({
    message: `Parsing error: ${more.toLocaleString('en-US')} more problems from here on in this file are not listed ` +
      `(at most ${MAX_PARSE_PROBLEMS} per file): fix these and lint again`,
    range,
  });
}

/**
 * Line starts of the text as written: `\n` ends a line, as for editors, GitHub
 * and the `yaml` package. The empty lines of `gaps` start where the text goes
 * on after them (the same offset, once per line), so the counter numbers the
 * lines after a gap as if the gap were there.
 */
function linesOf(text: string, gaps?: LineGaps): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  let gap = 0;
  const addGapsUpTo = (offset: number): void => {
    for (; gap < (gaps?.length ?? 0); gap += 2) {
      const start = gapLineStart(text, gaps![gap]!);
      if (start > offset) return;
      for (let line = 0; line < gaps![gap + 1]!; line++) counter.addNewLine(start);
    }
  };
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    addGapsUpTo(at + 1);
    counter.addNewLine(at + 1);
  }
  addGapsUpTo(text.length);
  return counter;
}

/** The syntax tree behind each parsed document, for documentSyntax. */
const SYNTAX = Symbol('syntax');
/** A WeakMap from documents to trees cost the garbage collector more than the parse (ephemerons): a symbol-keyed property instead. */
type SyntaxHolder = SourceDocument & { [SYNTAX]?: DocumentSyntax };

export interface DocumentSyntax {
  contents: Node;
  /** The text parsed: offsets in `contents` are in this text. */
  text: string;
  lineCounter: LineCounter;
}

/**
 * The syntax tree a document was read from (undefined for a document not made
 * by parseManifest), so that positions can be indexed from the same parse as
 * the value (see src/parse/position-index.ts) instead of parsing again.
 */
export function documentSyntax(document: SourceDocument): DocumentSyntax | undefined {
  return (document as SyntaxHolder)[SYNTAX];
}

/** A document marker at the start of a line: `---` or `...`, then a blank or the end of the line. */
const MARKER_LINE = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/;

/**
 * The text with every document the rules cannot use replaced by `~` (a null
 * document) and empty lines. Line and column of every other document stay
 * exactly as written, and so do document numbers, so positions and the
 * documents found by a full parse (for positions) match. Documents are
 * separated by marker lines, which no YAML content can start with. When a
 * marker line carries content (`--- |`) or directives (`%YAML`) are used, the
 * text is returned unchanged: everything is parsed.
 */
export function blankIrrelevantDocuments(text: string, isRelevant: (documentText: string) => boolean): string {
  // Where kubectl cuts documents elsewhere than YAML (`---#`, a lone CR...), the segments below would not be
  // kubectl's documents, and document numbers would differ from the full parse's: parse everything. So for
  // a JSON stream, which kubectl never cuts at `---` (and blanking its first value would make it YAML).
  if (needsKubectlRewrite(text) || isJsonStream(text)) return text;
  const lines = text.split('\n');
  const segments: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('%')) return text;
    const marker = MARKER_LINE.exec(line);
    if (!marker) continue;
    const rest = line.slice(3).trim();
    if (rest !== '' && !rest.startsWith('#')) return text;
    segments.push({ from, to: i });
    from = i + 1;
  }
  segments.push({ from, to: lines.length });
  if (segments.length === 1) return text;
  let changed = false;
  for (const { from: start, to: end } of segments) {
    const segment = lines.slice(start, end);
    if (!segment.some((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))) continue;
    if (isRelevant(segment.join('\n'))) continue;
    for (let i = start; i < end; i++) lines[i] = lines[i]!.endsWith('\r') ? '\r' : '';
    lines[start] = lines[start] === '\r' ? '~\r' : '~';
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * Offsets of the keys that repeat an earlier key of the same mapping, as the
 * library's `uniqueKeys` finds them (scalars with the same value), in linear
 * time and with an explicit stack.
 */
function duplicateKeys(root: Node): number[] {
  const found: number[] = [];
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const value = key.value;
          const primitive = value === null || (typeof value !== 'object' && typeof value !== 'function');
          // `NaN` never equals itself, objects (a timestamp) only themselves: as the library compares.
          if (primitive && !(typeof value === 'number' && Number.isNaN(value))) {
            const id = `${typeof value}:${String(value)}`;
            if (seen.has(id) && key.range) found.push(key.range[0]);
            seen.add(id);
          }
        } else if (key !== null) {
          pending.push(key);
        }
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    }
  }
  return found.sort((a, b) => a - b);
}

/** What toJS threw: an alias bomb, or (documents under the depth limit should never) a stack overflow. */
function toJSProblem(error: unknown): string {
  if (error instanceof RangeError) {
    return 'Parsing error: too deeply nested to read (the aliases in this document expand too deep)';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Parsing error: ${echo(message, 300)}`;
}

/**
 * The parser's stack holds the document, one entry per open collection and
 * (in `[a: b]`) one per implicit pair mapping: a stack this high means more
 * than MAX_NESTING_DEPTH levels of collections.
 */
const MAX_PARSER_STACK = 2 * MAX_NESTING_DEPTH + 16;

const TOO_DEEP =
  `Nested deeper than ${MAX_NESTING_DEPTH} levels of mappings and lists: calico-lint does not read ` +
  'this document (Kubernetes objects nest a few dozen levels)';

/**
 * What Parser.parse yields, handed to `onToken` one at a time (a callback, not
 * one more generator in the chain of three), except for a
 * document that opens more than MAX_PARSER_STACK levels: the parser builds a
 * whole document before yielding it, so the depth check on finished documents
 * (firstTooDeep) comes too late for `[[[[…` or `- - - …` written millions
 * deep (10 MB of them filled the heap after 195 s), nor for millions of
 * small collections (`[[…]],[[…]],…`: 2.7 GB and still parsing after 240 s).
 * Such a document is reported (`tooDeep`, `tooBig`) as soon as a limit is
 * passed and yielded empty
 * (document numbers stay those of a full parse); its remaining text is
 * skipped up to the next `---` or `...` line, where a
 * fresh lexer and parser read on.
 */
function forEachTokenWithinLimits(
  text: string,
  tooDeep: (offset: number) => void,
  tooBig: (offset: number) => void,
  documentDepth: { deepest: number },
  onToken: (token: CST.Token) => void,
): void {
  // Lines are counted beforehand (linesOf), on the text as written.
  for (let from = 0; ;) {
    const parser = new Parser();
    parser.offset = from;
    let stoppedAt: number | undefined;
    let nodes = 0;
    let afterScalarMark = false;
    let deepest = 0;
    // A slice shares the text's memory in V8: no copy.
    for (const lexeme of new Lexer().lex(from === 0 ? text : text.slice(from))) {
      if (!afterScalarMark) {
        if (STRUCTURE_LEXEMES.has(lexeme) || lexeme === CST.SCALAR) nodes++;
        else if (lexeme === '---' || lexeme === '...') nodes = 0;
      }
      afterScalarMark = lexeme === CST.SCALAR;
      const at = parser.offset;
      for (const token of parser.next(lexeme)) {
        if (token.type === 'document') {
          documentDepth.deepest = deepest;
          deepest = parser.stack.length;
        }
        onToken(token);
      }
      if (parser.stack.length > deepest) deepest = parser.stack.length;
      const tooLarge = nodes > MAX_DOCUMENT_NODES;
      if (tooLarge || parser.stack.length > MAX_PARSER_STACK) {
        if (tooLarge) tooBig(at);
        else tooDeep(firstCollectionTooDeep(parser.stack) ?? parser.offset);
        const document = parser.stack[0];
        if (document?.type === 'document') onToken({ ...document, value: undefined, end: [] });
        stoppedAt = parser.offset;
        break;
      }
    }
    if (stoppedAt === undefined) {
      for (const token of parser.end()) {
        if (token.type === 'document') documentDepth.deepest = deepest;
        onToken(token);
      }
      return;
    }
    DOCUMENT_MARKER.lastIndex = stoppedAt;
    const next = DOCUMENT_MARKER.exec(text)?.index ?? text.length;
    if (next >= text.length) return;
    from = next;
  }
}

/**
 * Scalars, mappings, lists and their entries in one document: each costs the
 * parser, the composer and the JavaScript value hundreds of bytes together.
 * A Kubernetes object has hundreds; a mapping of 300,000 keys (900,000) stays
 * within. At the limit, a document of flow collections alone (`[[]],[[]],…`,
 * the costliest kind) holds about 1 GB.
 */
export const MAX_DOCUMENT_NODES = 1_000_000;

/** The lexemes counted besides scalars: starts of flow collections, list item and key indicators, key-value separators. */
const STRUCTURE_LEXEMES: ReadonlySet<string> = new Set(['[', '{', '-', '?', ':']);

/** Built when needed: toLocaleString at load time cost every run some 10 ms of ICU start-up. */
function tooManyNodes(): string {
  return `More than ${MAX_DOCUMENT_NODES.toLocaleString('en-US')} values, mappings, lists and entries in one document: calico-lint does not read ` +
    'this document (a Kubernetes object has hundreds)';
}

/** A `---` or `...` line: where the lexer ends a document whatever it was in. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** Where the first collection deeper than MAX_NESTING_DEPTH starts, among the parser's open tokens. */
/**
 * Whether a document whose parse never held more than `deepestStack` tokens
 * open can nest collections past MAX_NESTING_DEPTH. Each open collection is on
 * the stack; a flow `[a: b]` adds a mapping level the tokens do not show (at
 * most one per list), and a lexeme can open a few levels at once: hence the
 * factor and the margin.
 */
function mayBeTooDeep(deepestStack: number): boolean {
  return 2 * deepestStack + 16 > MAX_NESTING_DEPTH;
}

function firstCollectionTooDeep(stack: readonly CST.Token[]): number | undefined {
  // The parser's stack, from the document down to the token being built.
  let depth = 0;
  for (const token of stack) {
    if (COLLECTIONS.has(token.type) && ++depth > MAX_NESTING_DEPTH) return token.offset;
  }
  return undefined;
}

/**
 * The offset of the first collection nested deeper than `max`, or undefined.
 * Walks the parser's tokens with an explicit stack: recursion is what deep
 * nesting breaks.
 */
function firstTooDeep(root: CST.Token, max: number): number | undefined {
  const stack: Array<{ token: CST.Token; depth: number }> = [{ token: root, depth: 0 }];
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!COLLECTIONS.has(token.type)) continue;
    const collection = token as CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
    const inner = depth + 1;
    if (inner > max) return collection.offset;
    // `[a: b]` is a list of single-pair mappings: a level the tokens do not show.
    const flowSeq = collection.type === 'flow-collection' && collection.start.source === '[';
    for (const item of collection.items) {
      const pair = flowSeq && (item as CST.CollectionItem).sep?.some((t) => t.type === 'map-value-ind') === true;
      const childDepth = pair ? inner + 1 : inner;
      if (pair && childDepth > max) return collection.offset;
      const { key, value } = item as CST.CollectionItem;
      if (key) stack.push({ token: key, depth: childDepth });
      if (value) stack.push({ token: value, depth: childDepth });
    }
  }
  return undefined;
}

interface CommentToken {
  offset: number;
  source: string;
}

/** Comments alone on their line, from one parser token (so a `#` inside a scalar never counts). */
function collectComments(root: CST.Token, text: string, found: CommentToken[]): void {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (const child of item) pending.push(child);
      continue;
    }
    const token = item as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      const before = text.slice(lineStart(text, token.offset), token.offset);
      if (/^[ \t]*$/.test(before)) found.push({ offset: token.offset, source: token.source.trimEnd() });
      continue;
    }
    for (const child of Object.values(item)) pending.push(child);
  }
}

/** Comments alone on their line, positioned, each with the next line holding YAML content. */
function lineComments(found: CommentToken[], text: string, lineCounter: LineCounter, toRange: RangeMaker): LineComment[] {
  if (found.length === 0) return [];
  found.sort((a, b) => a.offset - b.offset);
  const comments = found.map(({ offset, source }) => ({ text: source, range: toRange(offset, offset + source.length) }));
  // The lines with content that are not comment lines, numbered as written (lines left out in gaps are empty).
  const commentLines = new Set(comments.map((comment) => comment.range.line));
  const contentLines: number[] = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = lineCounter.linePos(start).line;
    if (!commentLines.has(line) && /\S/.test(text.slice(start, end))) contentLines.push(line);
    if (newline === -1) break;
    start = newline + 1;
  }
  // The next content line after each comment's line, in one pass (comments and content lines are both in order).
  let next = 0;
  return comments.map((comment) => {
    while (next < contentLines.length && contentLines[next]! <= comment.range.line) next++;
    return { ...comment, nextContentLine: contentLines[next] };
  });
}

type RangeMaker = (start: number, end: number) => SourceRange;

function rangeMaker(text: string, lineCounter: LineCounter): RangeMaker {
  return (start, end) => {
    // Ranges of block collections run through the newline after them; stop at the last character.
    let trimmedEnd = Math.max(start, end);
    while (trimmedEnd > start && /\s/.test(text[trimmedEnd - 1] ?? '')) trimmedEnd--;
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(trimmedEnd);
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
}

function describeError(error: YAMLError, text: string, toRange: RangeMaker): ParseProblem {
  const start = error.pos[0];
  let end = error.pos[1];
  const firstLine = error.message.split('\n')[0] ?? error.message;
  let message: string;
  if (error.code === 'DUPLICATE_KEY') {
    // The error points at the key's first character; take the whole key as written.
    const written = KEY_AT.exec(lineAround(text, start).slice(start - lineStart(text, start)))?.[0] ?? '';
    end = start + written.length;
    const key = written.replace(/^(["'])(.*)\1$/, '$2');
    message = `Duplicate key ${quote(key)} in a mapping: say each key once`;
  } else if (error.code === 'RESOURCE_EXHAUSTION') {
    message = 'Parsing error: too deeply nested to read';
  } else {
    // The library's messages can quote the source (an anchor name, a tag): escape them.
    message = `Parsing error: ${echo(firstLine, 300)}`;
  }
  const lineText = lineAround(text, start);
  if (/selector\s*:\s*!/i.test(lineText)) {
    message += ` (an unquoted selector starting with \`!\` is read as a YAML tag: quote it)`;
  }
  return { message, range: toRange(start, Math.max(end, start)) };
}

/** A mapping key as written: quoted, or plain up to the `:` that ends it. */
const KEY_AT = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:][^:\n]*?(?=\s*:(?:\s|$)))/;

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineAround(text: string, offset: number): string {
  const begin = lineStart(text, offset);
  const stop = text.indexOf('\n', offset);
  return text.slice(begin, stop === -1 ? text.length : stop);
}

function makeDocument(
  filePath: string,
  index: number,
  value: unknown,
  doc: Document.Parsed,
  text: string,
  toRange: RangeMaker,
  hasNonSpecificTag: boolean,
): SourceDocument {
  const contents = doc.contents as Node;
  const start = contents.range?.[0] ?? 0;
  const firstLine = (from: number, to: number): [number, number] => {
    const newline = text.indexOf('\n', from);
    return [from, newline === -1 ? to : Math.min(to, newline)];
  };
  return {
    filePath,
    index,
    value,
    unresolvedTags: findUnresolvedTags(contents, doc.warnings, text, toRange, hasNonSpecificTag),
    locate(path: Path, part: PairPart = 'value'): SourceRange {
      const found = walk(contents, path, firstLine, [start, start]);
      if (found.complete) {
        const keyRange = found.pair?.key ? (found.pair.key as Node).range : undefined;
        if (part === 'key' && keyRange) return toRange(keyRange[0], keyRange[1]);
        if (found.node?.range) return toRange(found.node.range[0], found.node.range[1]);
      }
      return toRange(...found.anchor);
    },
    has(path: Path): boolean {
      return hasValueAt(value, path);
    },
  };
}

/**
 * Whether the document's value has something (even null) at `path`. Read from
 * the value, not the syntax tree, so that it needs no positions (and so that
 * a field brought in by a `<<` merge key counts as present, as for Kubernetes).
 */
export function hasValueAt(value: unknown, path: Path): boolean {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') {
      if (segment < 0 || segment >= current.length) return false;
      current = current[segment];
    } else if (typeof current === 'object' && current !== null && !Array.isArray(current) && typeof segment === 'string') {
      if (!Object.hasOwn(current, segment)) return false;
      current = (current as Record<string, unknown>)[segment];
    } else {
      return false;
    }
  }
  return true;
}

interface WalkResult {
  /** The node at the deepest segment reached. */
  node: Node | null;
  /** The pair holding that node, when it is a mapping value. */
  pair: Pair | null;
  /** Whether every segment was found. */
  complete: boolean;
  /** Where to point when the path is incomplete: the deepest key found, or the first line of a list item. */
  anchor: [number, number];
}

function walk(
  root: Node,
  path: Path,
  firstLine: (from: number, to: number) => [number, number],
  documentStart: [number, number],
): WalkResult {
  let node: Node | null = root;
  let pair: Pair | null = null;
  let anchor = documentStart;
  for (const segment of path) {
    if (isMap(node)) {
      // The last of duplicated keys: its value is the one read.
      const found: Pair | undefined = node.items.findLast((item) => keyOf(item) === String(segment));
      if (!found) return { node, pair, complete: false, anchor };
      pair = found as Pair;
      const keyRange = (found.key as Node | null)?.range;
      if (keyRange) anchor = [keyRange[0], keyRange[1]];
      node = (found.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | null | undefined;
      if (item === undefined) return { node, pair, complete: false, anchor };
      pair = null;
      if (item?.range) anchor = firstLine(item.range[0], item.range[1]);
      node = item;
    } else {
      return { node, pair, complete: false, anchor };
    }
  }
  return { node, pair, complete: true, anchor };
}

function keyOf(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function findUnresolvedTags(
  root: Node,
  warnings: YAMLWarning[],
  text: string,
  toRange: RangeMaker,
  hasNonSpecificTag: boolean,
): UnresolvedTag[] {
  const tagWarnings = warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  // YAML's non-specific tag `!` (`nodeSelector: ! all()`) resolves without a warning: the scalar
  // after it is read as a string ("all()"), so the `!` the author meant vanishes. Listed too.
  if (tagWarnings.length === 0 && !hasNonSpecificTag) return [];
  const warningStarts = tagWarnings.map((w) => w.pos[0]).sort((a, b) => a - b);
  const found: UnresolvedTag[] = [];
  // Depth first, in document order, with an explicit stack; paths are built only for the tags found.
  interface Visit { node: unknown; parent: Visit | undefined; segment: string | number | undefined }
  const pathOf = (visit: Visit): Path => {
    const segments: Array<string | number> = [];
    for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) segments.push(at.segment!);
    return segments.reverse();
  };
  const stack: Visit[] = [{ node: root, parent: undefined, segment: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { node } = visit;
    if (isPair(node)) continue;
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i]!;
        const key = keyOf(item);
        if (key !== undefined) stack.push({ node: item.value, parent: visit, segment: key });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], parent: visit, segment: i });
    } else if (isScalar(node) && node.tag?.startsWith('!') && node.range) {
      const valueStart = node.range[0];
      // A quoted scalar after `!` says what it means; only a plain one loses a `!`.
      if (node.tag === '!' && node.type !== 'PLAIN') continue;
      // The warning that points at this scalar's tag is the last one starting before it.
      const tagStart = node.tag === '!'
        ? text.lastIndexOf('!', valueStart)
        : lastStartingBefore(warningStarts, valueStart) ?? valueStart;
      // Not the blanks before a trailing comment: the scalar's range can end after them.
      const written = text.slice(tagStart, node.range[1]).replace(/[ \t]+$/, '');
      found.push({ path: pathOf(visit), tag: node.tag, written, range: toRange(tagStart, tagStart + written.length) });
    }
  }
  return found;
}

/** A `!` followed by a blank: the non-specific tag (a cheap test before walking the document). */
const NON_SPECIFIC_TAG = /!\s/;

/** The largest of the sorted `starts` that is at most `offset` (binary search: a file can hold thousands of tags). */
function lastStartingBefore(starts: readonly number[], offset: number): number | undefined {
  let low = 0;
  let high = starts.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= offset) {
      found = starts[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

const tagIndexes = new WeakMap<SourceDocument, Map<number, Map<string, UnresolvedTag[]>>>();

/**
 * The unresolved tags of a document at `path` or inside it (every tag for
 * `[]`), in document order. Indexed on first use: a List of 100,000 items asks
 * once per item, and scanning every tag each time would be quadratic.
 */
export function unresolvedTagsIn(doc: SourceDocument, path: Path): readonly UnresolvedTag[] {
  const tags = doc.unresolvedTags;
  if (path.length === 0 || tags.length === 0) return tags;
  let byLength = tagIndexes.get(doc);
  if (byLength === undefined) {
    byLength = new Map();
    tagIndexes.set(doc, byLength);
  }
  let byPrefix = byLength.get(path.length);
  if (byPrefix === undefined) {
    byPrefix = new Map();
    for (const tag of tags) {
      if (tag.path.length < path.length) continue;
      const key = JSON.stringify(tag.path.slice(0, path.length));
      const list = byPrefix.get(key);
      if (list) list.push(tag);
      else byPrefix.set(key, [tag]);
    }
    byLength.set(path.length, byPrefix);
  }
  return byPrefix.get(JSON.stringify(path)) ?? [];
}
