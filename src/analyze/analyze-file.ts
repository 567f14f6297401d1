/**
 * One file, from its text to what the rules need: the values of its relevant
 * documents, their unresolved tags, directive comments and parse problems,
 * and an index of positions taken from the same parse (position-index.ts).
 * An analysis is plain data, cheap to send from a worker thread and to hold
 * for tens of thousands of files. Only a position inside a part of a document
 * that the slimmed value dropped needs the file parsed again (see lazyDocuments).
 */
import { readFileSync } from 'node:fs';
import { detachedString, detachStrings } from './detach-strings.js';
import type { Source } from '../read/read-sources.js';
import { KEEP_ALL, type Slimmer } from '../resources/slim.js';
import type { CompactText } from '../parse/blank-documents.js';
import { hasValueAt, parseManifest, type DocumentSyntax } from '../parse/parse-manifest.js';
import { decodeKeys, indexPositions, locateOffsets, NumberList, rangeFromOffsets, unpackNumbers, type DocumentPositions, type PackedNumbers } from '../parse/position-index.js';
import type { LineComment, ParseProblem, PairPart, Path, SourceDocument, SourceRange, UnresolvedTag } from '../parse/source.js';

export interface DocumentData {
  index: number;
  value: unknown;
  unresolvedTags: UnresolvedTag[];
  /** Positions from the parse that gave the value (in FileAnalysis.positionData). */
  positions?: DocumentPositions;
}

export interface FileAnalysis {
  filePath: string;
  /** Problems that kept the file or some of its documents from being read. */
  problems: ParseProblem[];
  documents: DocumentData[];
  comments: LineComment[];
  /** False when no rule could find anything in the text, so it was not parsed. */
  parsed: boolean;
  /** Documents that are Go templates (Helm), not YAML: one notice for the file, no parse errors. */
  templateDocuments?: number;
  /** Of those, templates for envsubst or clusterctl (a `${VAR}` where YAML syntax is expected): their own notice. */
  envsubstTemplates?: number;
  /** Of those, Terraform templates (a `%{ … }` directive where a node starts): their own notice. */
  terraformTemplates?: number;
  /** Of the others, what their syntax shows (src/parse/template-syntax.ts): Jinja `{% %}` / `{# #}`, Go-only actions. */
  jinjaTemplates?: number;
  goTemplates?: number;
  /** The same for the uncertain ones, counted in when settleTemplates excuses them. */
  uncertainJinja?: number;
  uncertainGo?: number;
  /**
   * Documents that do not parse, hold `{{ }}`, and that kubectl might still
   * read, with their syntax errors: templates only where templates live,
   * errors elsewhere (settled per run by template-places.ts, settleTemplates).
   */
  uncertainTemplates?: number;
  templateProblems?: ParseProblem[];
  /**
   * The numbers of the documents' position indexes, after the offsets at
   * which the first `lineCount` lines of the parsed text start (which turn
   * offsets into lines and columns): one packed array per file, held for the
   * whole run (see position-index.ts).
   */
  positionData?: PackedNumbers;
  lineCount?: number;
  /** The gate's `inFolder` entries whose `file` the text matches (RelevanceGate.folderMarks): its folder is read for their documents. */
  folderMarks?: readonly number[];
  /** Set on the files of a folder so read (src/parallel/folder-pass.ts): their documents' `folder`. */
  folder?: string;
}

const START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Shared by every file that is not parsed (most of a large repository): frozen, so nothing can add to them. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** The analysis of a file that is not parsed: its read problem, or nothing (no rule could use its text). */
export function notParsed(source: Source): FileAnalysis {
  if (source.problem !== undefined) {
    return { filePath: source.filePath, problems: [{ message: source.problem, range: source.problemRange ?? START }], documents: NONE, comments: NONE, parsed: false };
  }
  return { filePath: source.filePath, problems: NONE, documents: NONE, comments: NONE, parsed: false };
}

/**
 * Parses what textToParse (prepare-analysis.ts) returned; never throws. Each document is reduced to
 * what the rules need (its value slimmed by `slimDocumentValue`, the gate's
 * `slim`, and an index of its positions) as soon as it is read, and its syntax
 * tree let go.
 */
export function parseText(filePath: string, { text, gaps }: CompactText, slimDocumentValue: Slimmer = KEEP_ALL): FileAnalysis {
  try {
    /** Line starts, then each document's index (the documents of a file share one line counter). */
    let numbers: NumberList | undefined;
    let lineCount = 0;
    const documents: DocumentData[] = [];
    const onDocument = (document: SourceDocument, syntax: DocumentSyntax): void => {
      const { index, value, unresolvedTags } = document;
      const slim = slimDocumentValue(value);
      const tags = unresolvedTags.length > 0 ? [...unresolvedTags] : NONE;
      if (numbers === undefined) {
        numbers = new NumberList(syntax.lineCounter.lineStarts);
        lineCount = numbers.length;
      }
      documents.push({ index, value: slim, unresolvedTags: tags, positions: indexPositions(syntax, value, slim, numbers) });
    };
    const onRestart = (): void => {
      documents.length = 0;
      numbers = undefined;
    };
    const parsed = parseManifest(filePath, text, { templates: true, ...(gaps && { lineGaps: gaps }), onDocument, onRestart });
    const uncertain = (parsed.templates ?? []).filter((template) => template.problems !== undefined);
    const templateDocuments = (parsed.templates?.length ?? 0) - uncertain.length;
    const envsubstTemplates = (parsed.templates ?? []).filter((template) => template.engine === 'envsubst').length;
    const terraformTemplates = (parsed.templates ?? []).filter((template) => template.engine === 'terraform').length;
    const count = (certain: boolean, syntax: string): number =>
      (parsed.templates ?? []).filter((template) => (template.problems === undefined) === certain && template.syntax === syntax).length;
    const syntaxCounts = Object.entries({
      jinjaTemplates: count(true, 'jinja'), goTemplates: count(true, 'go'), uncertainJinja: count(false, 'jinja'), uncertainGo: count(false, 'go'),
    }).filter(([, n]) => n > 0);
    return {
      ...Object.fromEntries(syntaxCounts),
      ...(templateDocuments > 0 ? { templateDocuments } : {}),
      ...(envsubstTemplates > 0 ? { envsubstTemplates } : {}),
      ...(terraformTemplates > 0 ? { terraformTemplates } : {}),
      ...(uncertain.length > 0 ? { uncertainTemplates: uncertain.length, templateProblems: uncertain.flatMap((template) => template.problems!) } : {}),
      filePath, problems: orNone(parsed.problems), documents, comments: orNone(parsed.comments), parsed: true,
      ...(numbers !== undefined && { positionData: numbers.pack(), lineCount }),
    };
  } catch (error) {
    const message = `Internal error while reading this file (a bug in calico-lint; please report it): ${describe(error)}`;
    return { filePath, problems: [{ message, range: START }], documents: [], comments: [], parsed: true };
  }
}

/** Empty lists are shared (NONE): most files have no problems, comments or tags, and analyses are held for the run. */
function orNone<T>(list: T[]): T[] {
  return list.length === 0 ? NONE : list;
}

/** One string for equal strings: a run's analyses hold the same few keys and values in thousands of files. */
export type Interner = (text: string) => string;

export function interner(): Interner {
  const strings = new Map<string, string>();
  return (text) => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
}

/**
 * An analysis made as light as can be to hold for the whole run: the path is
 * the caller's string (a worker thread's message carries a copy), empty lists
 * are shared (a message makes each one anew), and the documents' keys and
 * the strings of their values are interned: a workload's name is written
 * again in its labels, selector and service account, and apiVersion, kind,
 * namespace and annotations repeat across thousands of documents (on a dense
 * tree, 14% of what the analyses hold).
 */
export function compactAnalysis(analysis: FileAnalysis, filePath: string, intern: Interner, detach = true): FileAnalysis {
  analysis.filePath = filePath;
  analysis.problems = orNone(analysis.problems);
  analysis.comments = orNone(analysis.comments);
  for (const document of analysis.documents) {
    // Values are slices of the text: held as they are, they would hold every parsed text for the whole run.
    // A worker's analysis arrives as a copy (`detach` false): nothing to cut loose.
    document.value = detachStrings(document.value, detach ? (text) => intern(detachedString(text)) : intern);
    document.unresolvedTags = orNone(document.unresolvedTags);
    if (detach) detachStrings(document.unresolvedTags);
    if (document.positions !== undefined) document.positions.keys = intern(document.positions.keys);
  }
  if (detach) detachStrings(analysis.comments);
  return analysis;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300);
}

/**
 * SourceDocuments for an analysis. Values, tags and positions are at hand; a
 * position the index does not hold (inside a dropped part) comes from parsing
 * the text again, once per file (`loadText` gives the text: kept in memory,
 * or read back from disk). Objects, not closures: a dense tree holds one per
 * document for the whole rule run, and three closures and their context cost
 * four times what one object does.
 */
export function lazyDocuments(analysis: FileAnalysis, loadText: () => string): SourceDocument[] {
  const file = new FilePositions(analysis, loadText);
  return analysis.documents.map((data) => new AnalyzedDocument(file, data));
}

/** What the documents of one file share to find positions. */
class FilePositions {
  /** The documents of a second parse, made when a position is not in the index. */
  private located: Map<number, SourceDocument> | undefined;
  /** Unpacked once per file, when a finding first needs a line and column. */
  private lineStarts: number[] | undefined;

  constructor(readonly analysis: FileAnalysis, private readonly loadText: () => string) {}

  /** `keys`: the document's decoded keys, undefined when it has no index. */
  locate(data: DocumentData, keys: readonly string[] | undefined, path: Path, part: PairPart | undefined): SourceRange {
    const { positionData, lineCount = 0 } = this.analysis;
    if (data.positions !== undefined && keys !== undefined && positionData !== undefined) {
      const offsets = locateOffsets(positionData, data.positions, keys, path, part);
      if (offsets !== undefined) return rangeFromOffsets((this.lineStarts ??= unpackNumbers(positionData, lineCount)), offsets);
    }
    this.located ??= new Map(parseManifest(this.analysis.filePath, this.loadText()).documents.map((doc) => [doc.index, doc]));
    return this.located.get(data.index)?.locate(path, part) ?? START;
  }
}

class AnalyzedDocument implements SourceDocument {
  private keys: readonly string[] | undefined;

  constructor(private readonly file: FilePositions, private readonly data: DocumentData) {}

  get filePath(): string {
    return this.file.analysis.filePath;
  }

  get index(): number {
    return this.data.index;
  }

  get folder(): string | undefined {
    return this.file.analysis.folder;
  }

  get value(): unknown {
    return this.data.value;
  }

  get unresolvedTags(): readonly UnresolvedTag[] {
    return this.data.unresolvedTags;
  }

  locate(path: Path, part?: PairPart): SourceRange {
    const { positions } = this.data;
    if (positions !== undefined) this.keys ??= decodeKeys(positions);
    return this.file.locate(this.data, this.keys, path, part);
  }

  has(path: Path): boolean {
    return hasValueAt(this.data.value, path);
  }
}

/** Reads a file's text again for positions (the file was valid UTF-8 when analysed). */
export function readTextAgain(filePath: string): string {
  return readFileSync(filePath, 'utf8');
}
