/**
 * How a file's text becomes the analysis the rules read, in the order every
 * path takes it: the main thread and its worker threads (src/parallel/),
 * standard input and texts held in memory (src/pipeline.ts), the base side of
 * `--base` (src/base-side.ts), `--fix`'s later passes (textOverrides) and
 * lintSources (src/lint.ts).
 *
 *   1. analysisGate: the relevance gate, from the enabled rules' `relevantText`
 *      (which texts are parsed) and `meta.reads` (what of a document is kept).
 *   2. prepareSource: the gate on the whole text (most files stop here), then
 *      per document: documents no rule can use, and CustomResourceDefinitions,
 *      are taken out, their lines kept as empty-line gaps.
 *   3. parseText (analyze-file.ts): the parse with positions, each document
 *      slimmed by the gate's `slim` as soon as it is read.
 *   4. compactAnalysis (analyze-file.ts): interned and cut loose from the
 *      text, for analyses held for the whole run (src/parallel/analyze-files.ts).
 *
 * analyzeSource runs steps 2 and 3 in one go. The parallel reader runs step 2
 * where it reads and step 3 where a core is free: a worker thread is sent the
 * prepared text and the rules' reads (slimmingFor), never the raw text again.
 */
import type { LintConfig } from '../config/schema.js';
import { isCustomResourceDefinition, relevanceGate, type RelevanceGate } from '../engine/relevance.js';
import type { Rule } from '../engine/rule.js';
import { enabledRules } from '../engine/run-rules.js';
import { compactIrrelevantDocuments, type CompactText } from '../parse/blank-documents.js';
import type { Source } from '../read/read-sources.js';
import { notParsed, parseText, type FileAnalysis } from './analyze-file.js';

/** What decides the gate: the rules, which of them the configuration enables, and --quiet and --parse-all. */
export interface GateOptions {
  config: LintConfig;
  rules: readonly Rule[];
  quiet?: boolean;
  parseAll?: boolean;
}

/** Step 1. Which texts are parsed: all of them, or those some enabled rule could find something in. */
export function analysisGate(options: GateOptions): RelevanceGate {
  // Every text is parsed with --parse-all, slimmed as always: what rules see is the same.
  return relevanceGate(enabledRules(options.rules, options.config, options.quiet ?? false).map(({ rule }) => rule), { parseAll: options.parseAll });
}

/** Steps 2 and 3: analyses a source; never throws (a crash becomes a problem on the file). */
export function analyzeSource(source: Source, gate: RelevanceGate): FileAnalysis {
  const text = prepareSource(source, gate);
  return text === undefined ? notParsed(source) : withFolderMarks(parseText(source.filePath, text, gate.slim), source.text, gate);
}

/** A parsed file's analysis, with the folders its text marks for a rule's `relevantInFolder` (RelevanceGate.folderMarks). */
export function withFolderMarks(analysis: FileAnalysis, text: string, gate: RelevanceGate): FileAnalysis {
  const marks = gate.folderMarks?.(text);
  if (marks !== undefined) analysis.folderMarks = marks;
  return analysis;
}

/** Step 2 for a source: undefined for a file not parsed (a read problem, or no document any enabled rule could use). */
export function prepareSource(source: Source, gate: RelevanceGate): CompactText | undefined {
  return source.problem === undefined ? textToParse(source.text, gate) : undefined;
}

/**
 * What of a file's text is parsed: undefined when no document can matter to
 * the enabled rules; otherwise the text with the documents that cannot matter
 * taken out, and the empty lines they leave (same lines, same document
 * numbers: see compactIrrelevantDocuments and blankIrrelevantDocuments).
 * The relevance gate runs here once per document; the parser is then given
 * the result as is. A CustomResourceDefinition never matters, whatever its
 * schema mentions (see isCustomResourceDefinition).
 */
export function textToParse(text: string, gate: RelevanceGate): CompactText | undefined {
  if (gate.everything) return { text };
  if (!gate.isRelevant(text)) return undefined; // one scan of the whole text settles most files
  const also = gate.alsoRelevantIn?.(text);
  const compact = compactIrrelevantDocuments(text, (documentText) =>
    !isCustomResourceDefinition(documentText) && (gate.isRelevant(documentText) || also?.(documentText) === true));
  // Unchanged: one document (or a text that blanking leaves whole), whose relevance is known but for being a CRD.
  if (compact.text === text && isCustomResourceDefinition(text)) return undefined;
  return compact;
}
