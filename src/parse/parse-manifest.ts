import {
  Composer,
  LineCounter,
  Parser,
  isMap,
  isScalar,
  isSeq,
  isPair,
  type Document,
  type Node,
  type Pair,
  type CST,
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
  UnresolvedTag,
} from './source.js';
import { quote } from '../text.js';

/**
 * Kubernetes decodes manifests with go-yaml v2, i.e. YAML 1.1: `yes`/`on` are
 * booleans, `0777` is octal, `<<` merges. Duplicate keys are rejected.
 */
const KUBERNETES_YAML = {
  version: '1.1',
  uniqueKeys: true,
  merge: true,
  prettyErrors: false,
} as const;

export interface ParseOptions {
  /**
   * '1.1' (default) reads manifests as Kubernetes does. The configuration file
   * is not a manifest and is read as YAML 1.2, so `off` stays a string.
   */
  yamlVersion?: '1.1' | '1.2';
}

/** Parses every document of one file, keeping enough to locate any path later. */
export function parseManifest(filePath: string, rawText: string, options: ParseOptions = {}): ParsedFile {
  // Editors do not count a byte-order mark as a column; neither do we.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const toRange = rangeMaker(text, lineCounter);
  const documents: SourceDocument[] = [];
  const problems: ParseProblem[] = [];

  // What parseAllDocuments does, keeping the tokens: they are the only place comments have positions.
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const composer = new Composer({
    ...KUBERNETES_YAML,
    version: options.yamlVersion ?? '1.1',
    merge: (options.yamlVersion ?? '1.1') === '1.1',
  });
  const parsed = Array.from(composer.compose(tokens));
  parsed.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) problems.push(describeError(error, text, toRange));
      return;
    }
    if (doc.contents === null) return; // `---` alone, or only comments
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const start = doc.contents.range[0];
      problems.push({
        message: `Parsing error: ${(error as Error).message}`,
        range: toRange(start, start),
      });
      return;
    }
    if (value === null || value === undefined) return; // an empty document
    documents.push(makeDocument(filePath, index, value, doc, text, toRange));
  });

  return { filePath, documents, problems, comments: lineComments(tokens, text, toRange) };
}

/** Comments alone on their line, from the parser's tokens (so a `#` inside a scalar never counts). */
function lineComments(tokens: readonly CST.Token[], text: string, toRange: RangeMaker): LineComment[] {
  // Only directives are wanted: skip the token walk for the many files that hold none.
  if (!text.includes('calico-lint')) return [];
  const found: Array<{ offset: number; source: string }> = [];
  const pending: unknown[] = [...tokens];
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
  if (found.length === 0) return [];
  found.sort((a, b) => a.offset - b.offset);
  const comments = found.map(({ offset, source }) => ({ text: source, range: toRange(offset, offset + source.length) }));
  // The next content line of every line, in one pass from the end.
  const lines = text.split('\n');
  const commentLines = new Set(comments.map((comment) => comment.range.line));
  const nextContent: Array<number | undefined> = new Array(lines.length + 2);
  let next: number | undefined;
  for (let line = lines.length; line >= 1; line--) {
    nextContent[line] = next;
    if (!commentLines.has(line) && /\S/.test(lines[line - 1] ?? '')) next = line;
  }
  return comments.map((comment) => ({ ...comment, nextContentLine: nextContent[comment.range.line] }));
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
    message = `Duplicate key ${quote(key)} in a mapping: kubectl rejects the whole document`;
  } else {
    message = `Parsing error: ${firstLine}`;
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
    unresolvedTags: findUnresolvedTags(contents, doc.warnings, text, toRange),
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
      return walk(contents, path, firstLine, [start, start]).complete;
    },
  };
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
      const found: Pair | undefined = node.items.find((item) => keyOf(item) === String(segment));
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

function isNodeWithRange(value: unknown): value is Node & { range: [number, number, number] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as Node).range);
}

function findUnresolvedTags(
  root: Node,
  warnings: YAMLWarning[],
  text: string,
  toRange: RangeMaker,
): UnresolvedTag[] {
  const tagWarnings = warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tagWarnings.length === 0) return [];
  const found: UnresolvedTag[] = [];
  const visit = (node: unknown, path: Path): void => {
    if (isPair(node)) return;
    if (isMap(node)) {
      for (const item of node.items) {
        const key = keyOf(item);
        if (key !== undefined) visit(item.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    } else if (isScalar(node) && node.tag?.startsWith('!') && node.range) {
      const valueStart = node.range[0];
      // The warning that points at this scalar's tag is the last one starting before it.
      let tagStart = valueStart;
      for (const warning of tagWarnings) {
        if (warning.pos[0] <= valueStart) tagStart = warning.pos[0];
      }
      found.push({
        path,
        tag: node.tag,
        written: text.slice(tagStart, node.range[1]),
        range: toRange(tagStart, node.range[1]),
      });
    }
  };
  visit(root, []);
  return found;
}
