/**
 * Which manifest text is worth parsing. Each rule may declare the text any
 * manifest it could report on (or read, e.g. pools for lookups) must contain;
 * a file or document that matches no enabled rule's pattern cannot change the
 * findings, so it is not parsed at all. This is what keeps calico-lint close
 * to the cost of reading the files in repositories where most manifests have
 * nothing to do with Calico.
 */
import { HELM_CHART_VALUES_TEXT } from '../resources/helm-chart-config.js';
import { escapeInDoubleQuotes } from '../parse/quoted-escapes.js';
import type { FieldReads } from '../resources/field-reads.js';
import { KEEP_ALL, slimmer, type Slimmer } from '../resources/slim.js';
import { VALUES_FROM_READS } from '../resources/flux-values-from.js';
import type { Rule } from './rule.js';

/**
 * Text that can hide any key or value from a plain substring search: YAML
 * double-quoted escapes (\x, \u, \U) and escaped line breaks, and JSON's \u.
 * For kubectl (go-yaml v2, YAML 1.1) a lone CR, NEL, LS and PS are line breaks
 * too, so `"IP\<U+2028>Pool"` is `IPPool`. A text holding one is always parsed.
 * So is an escaped backslash before an escaped line break (`\\\n`, `\\\N`…): in
 * a double-quoted string of Helm values, it is an escaped line break in the
 * values (`"calico\\\n  Network"` holds `"calico\<LF>  Network"`, calicoNetwork).
 * Only an escape inside a double-quoted scalar counts (src/parse/quoted-escapes.ts).
 */
const ESCAPES = /\\(?:[xuU]|[\r\n\u0085\u2028\u2029])|\\\\\\[nrNLP]/;

/**
 * Text that can spell anything in base64: a `!!binary` scalar, which kubectl
 * decodes to a string (`kind: !!binary SVBQb29s` is an IPPool), under any of
 * its spellings: `!!binary`, `!<tag:yaml.org,2002:binary>`, a tag written with
 * %-escapes (`!!%62inary`), or a handle a `%TAG` directive defines.
 */
const BINARY_TAGS = /!!binary|:binary|%TAG|%[0-9A-Fa-f]{2}/;

/** Suppression directives and annotations (src/engine/suppressions.ts). */
const SUPPRESSIONS = /calico-lint/;

/** A gate as plain data, to send to worker threads. */
export interface RelevanceSpec {
  everything: boolean;
  patterns: Array<{ source: string; flags: string }>;
  /** The enabled rules' `relevantInFile`, as plain data. */
  inFile?: Array<{ file: { source: string; flags: string }; documents: { source: string; flags: string } }>;
  /** The enabled rules' `relevantInFolder`, as plain data (kept with --parse-all: its marks still tell which folders are read together). */
  inFolder?: Array<{ file: { source: string; flags: string }; documents: { source: string; flags: string } }>;
  /**
   * Documents relevant in every text: the `documents` of the `inFolder`
   * entries that marked a folder, when its files are read again
   * (src/parallel/folder-pass.ts, folderPassSpec).
   */
  everyText?: Array<{ source: string; flags: string }>;
  /** What the enabled rules read of the bulk, which the rest of is dropped (src/resources/slim.ts); undefined: nothing is dropped. */
  reads?: readonly FieldReads[];
}

export interface RelevanceGate {
  /** True when some enabled rule declares no pattern: then every text is relevant. */
  readonly everything: boolean;
  readonly spec: RelevanceSpec;
  isRelevant(text: string): boolean;
  /** The documents relevant in this file beside those isRelevant passes (a rule's `relevantInFile`); undefined when none. */
  alsoRelevantIn?(text: string): ((documentText: string) => boolean) | undefined;
  /**
   * The `inFolder` entries whose `file` this text matches (asked of texts
   * the gate passes): the other files of its folder are read again for those
   * entries' documents (src/parallel/folder-pass.ts); undefined when none.
   */
  folderMarks?(text: string): number[] | undefined;
  /** What of a parsed document is kept: all but the bulk the enabled rules do not read. */
  readonly slim: Slimmer;
}

export function relevanceGate(rules: readonly Pick<Rule, 'meta'>[], options: { parseAll?: boolean } = {}): RelevanceGate {
  // ConfigMap data a HelmRelease's `valuesFrom` may layer is read by every pool rule, through the views made of it.
  const reads = [...rules.flatMap(({ meta }) => meta.reads ?? []), ...VALUES_FROM_READS];
  const plain = ({ source, flags }: RegExp) => ({ source, flags: flags.replace(/[gy]/g, '') });
  const pairs = (pair: { file: RegExp; documents: RegExp } | undefined) => (pair ? [{ file: plain(pair.file), documents: plain(pair.documents) }] : []);
  // Everything is parsed then, but which files share a folder for a rule still depends on what marks it.
  const inFolder = rules.flatMap(({ meta }) => pairs(meta.relevantInFolder));
  const folders = inFolder.length > 0 ? { inFolder } : {};
  // --parse-all parses every text even when no rule is enabled (a caller that wants only the pool index).
  if (options.parseAll) return gateFromSpec({ everything: true, patterns: [], reads, ...folders });
  const patterns: RegExp[] = [];
  for (const { meta } of rules) {
    if (!meta.relevantText) return gateFromSpec({ everything: true, patterns: [], reads, ...folders });
    patterns.push(meta.relevantText);
  }
  const inFile = rules.flatMap(({ meta }) => pairs(meta.relevantInFile));
  return gateFromSpec({ everything: false, patterns: patterns.map(({ source, flags }) => ({ source, flags })), ...(inFile.length > 0 && { inFile }), ...folders, reads });
}

/**
 * The gate that reads a marked folder's files again: the same, with the
 * documents of the `inFolder` entries that marked it (`marks`, indexes into
 * spec.inFolder) relevant in every text.
 */
export function folderPassSpec(spec: RelevanceSpec, marks: readonly number[]): RelevanceSpec {
  return { ...spec, everyText: marks.map((mark) => spec.inFolder![mark]!.documents) };
}

/**
 * Every pattern in as few regular expressions as possible: all those without
 * flags (and the engine's own) as one alternation, so that a text that matches
 * nothing is scanned once, not once per rule or word. On 25,000 files (43 MB)
 * one alternation took 74 ms where a String.includes per word plus one
 * expression for the rest took 240 ms. Patterns with flags (`i`, `m`, `s`)
 * keep them, one expression per set of flags.
 */
export function gateFromSpec(spec: RelevanceSpec): RelevanceGate {
  const slim = slimmingFor(spec.reads);
  const inFolder = (spec.inFolder ?? []).map(({ file, documents }) => ({ file: new RegExp(file.source, file.flags), documents: new RegExp(documents.source, documents.flags) }));
  const folderMarks = (text: string): number[] | undefined => {
    const marks = inFolder.flatMap(({ file }, mark) => (file.test(text) ? [mark] : []));
    return marks.length === 0 ? undefined : marks;
  };
  if (spec.everything) return { everything: true, spec, isRelevant: () => true, slim, ...(inFolder.length > 0 && { folderMarks }) };
  const byFlags = new Map<string, Set<string>>([['', new Set([SUPPRESSIONS, BINARY_TAGS, HELM_CHART_VALUES_TEXT].flatMap(({ source }) => topLevelAlternatives(source)))]]);
  const alone: RegExp[] = [];
  for (const { source, flags } of spec.patterns) {
    // Global or sticky flags would make test() stateful across texts.
    const kept = [...flags.replace(/[gy]/g, '')].sort().join('');
    // A backreference counts groups and a group name must be unique: such a pattern stays alone.
    if (/\\(?:[1-9]|k<)|\(\?<[^=!]/.test(source)) {
      alone.push(new RegExp(source, kept));
      continue;
    }
    if (!byFlags.has(kept)) byFlags.set(kept, new Set());
    for (const alternative of topLevelAlternatives(source)) byFlags.get(kept)!.add(alternative);
  }
  const expressions = [...byFlags].flatMap(([flags, sources]) =>
    chunked([...sources].sort(), ALTERNATIVES_PER_EXPRESSION).map((chunk) => new RegExp(chunk.map((source) => `(?:${source})`).join('|'), flags)));
  expressions.push(...alone);
  // A folder's `documents` count in its marking file too: relevantInFolder holds relevantInFile.
  const inFile = [...(spec.inFile ?? []), ...(spec.inFolder ?? [])]
    .map(({ file, documents }) => ({ file: new RegExp(file.source, file.flags), documents: new RegExp(documents.source, documents.flags) }));
  const everyText = (spec.everyText ?? []).map(({ source, flags }) => new RegExp(source, flags));
  return {
    everything: false,
    spec,
    isRelevant: (text) => expressions.some((expression) => expression.test(text)) || everyText.some((expression) => expression.test(text)) ||
      (ESCAPES.test(text) && escapeInDoubleQuotes(text, ESCAPES)),
    alsoRelevantIn: (text) => {
      const documents = [...inFile.filter(({ file }) => file.test(text)).map((entry) => entry.documents), ...everyText];
      return documents.length === 0 ? undefined : (documentText) => documents.some((expression) => expression.test(documentText));
    },
    ...(inFolder.length > 0 && { folderMarks }),
    slim,
  };
}

/**
 * How many words one expression of the gate holds. V8 scans an alternation of
 * literals fast while few characters can stand at each of its first places;
 * past some forty words one more (any word: `zzzzzzzzzz` too) doubled the scan
 * of 100,000 files (470 to 1,080 ms). Sorted and cut in twenties, the 39 words
 * of all rules scan in 380 ms: two passes over an irrelevant text beat one slow one.
 */
const ALTERNATIVES_PER_EXPRESSION = 20;

function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * The alternatives of a pattern's top level (`a|b(c|d)` gives `a` and
 * `b(c|d)`), so that the words rules share (most pool rules list the same
 * twenty) are in the gate's alternation once. Written once each, the
 * alternation stays small enough for V8 to scan it fast: the 31 rules'
 * patterns joined whole ran past a size beyond which one more word (any word)
 * made the expression slower (ALTERNATIVES_PER_EXPRESSION).
 */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** What of a parsed document is kept, from a gate's `reads`: the same in a worker thread, which is sent only those. */
export function slimmingFor(reads: RelevanceSpec['reads']): Slimmer {
  return reads === undefined ? KEEP_ALL : slimmer(reads);
}

/** The gate that parses and keeps everything: the unoptimised path. */
export const EVERYTHING: RelevanceGate = { everything: true, spec: { everything: true, patterns: [] }, isRelevant: () => true, slim: KEEP_ALL };

/**
 * The head of a CustomResourceDefinition as every generator writes it
 * (controller-gen, kubebuilder, Helm's crds/): apiVersion and kind as the
 * first two lines of the document (after blank or comment lines), each a
 * plain key at column 0 with a plain value, and the next line a new key at
 * column 0, so the value `CustomResourceDefinition` cannot continue on it.
 */
const CRD_HEAD = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*apiVersion:[ \t]+apiextensions\.k8s\.io\/v1(?:beta1)?[ \t]*\r?\nkind:[ \t]+CustomResourceDefinition[ \t]*\r?\n(?=[^ \t\r\n#])/;
/** The start of a line at column 0 that is neither blank nor a comment (found with one scan for the newline before it). */
const TOP_LINE = /(?:^|\n)(?=[^ \t\r\n#])/g;
/** A plain key (`word:`), at the position tested. */
const PLAIN_KEY = /[A-Za-z_][\w.-]*:(?:[ \t]|\r?\n|\r?$)/y;
/** Line breaks of YAML 1.1 (go-yaml) other than \n and \r\n: where they are, lines are not what a scan for \n sees. */
const OTHER_LINE_BREAK = /\r(?!\n)|[\u0085\u2028\u2029]/;
/** A second top-level apiVersion or kind would make kubectl reject the document: then it is parsed, and the duplicate reported. */
const TYPE_KEY = /^(?:apiVersion|kind):/gm;
/**
 * A top-level `items` key: kubectl takes any object with `items` for a list and
 * creates its items instead of the object (cli-runtime's resource builder,
 * meta.ExtractList), a CustomResourceDefinition included.
 */
const ITEMS_KEY = /^items:/m;

/**
 * Whether one document's text is certainly a CustomResourceDefinition, decided
 * without parsing it. A CRD's schema mentions IPPool, hostNetwork and
 * projectcalico.org, but it is neither a pool nor a workload: no rule reads
 * it, so it is not parsed (like any other irrelevant document, its syntax
 * errors are reported only with --parse-all). Exact, not heuristic: the
 * document's top level is a block mapping (its first line is a plain key at
 * column 0), every line at column 0 is blank, a comment or a plain key, so
 * the top-level keys are exactly those lines, and apiVersion and kind appear
 * among them once each. Anything else (`---` or `%` lines, flow or quoted keys,
 * anchors, `<<`, line breaks other than \n and \r\n, a directive comment for
 * calico-lint) is parsed as usual. So is a CRD with a top-level `items` key:
 * kubectl creates those items (a Pod, an IPPool) and not the CRD.
 */
export function isCustomResourceDefinition(documentText: string): boolean {
  if (!CRD_HEAD.test(documentText) || ITEMS_KEY.test(documentText)) return false;
  if (SUPPRESSIONS.test(documentText) || OTHER_LINE_BREAK.test(documentText) || hasUnusualTopLine(documentText)) return false;
  return (documentText.match(TYPE_KEY)?.length ?? 0) === 2;
}

/** Whether some line at column 0 is neither blank, nor a comment, nor a plain key (`word:`). */
function hasUnusualTopLine(text: string): boolean {
  TOP_LINE.lastIndex = 0;
  for (let match = TOP_LINE.exec(text); match !== null; match = TOP_LINE.exec(text)) {
    const lineStart = match.index + match[0].length;
    PLAIN_KEY.lastIndex = lineStart;
    if (!PLAIN_KEY.test(text)) return true;
    TOP_LINE.lastIndex = lineStart + 1;
  }
  return false;
}
