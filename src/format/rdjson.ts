/**
 * `--format rdjson` and `rdjsonl`: reviewdog's Diagnostic Format
 * (github.com/reviewdog/reviewdog proto/rdf, schemas vendored under
 * test/schemas/reviewdog/), which reviewdog posts as review comments on GitHub
 * and GitLab: `reviewdog -f=rdjson`. A finding's fix (what `--fix` applies),
 * or else its first suggestion, becomes the diagnostic's `suggestions`, which
 * reviewdog shows as a suggested change. rdjson is one DiagnosticResult;
 * rdjsonl is one Diagnostic per line.
 *
 * reviewdog counts columns in UTF-8 bytes, calico-lint in UTF-16 code units:
 * the columns of a line that is not ASCII are converted with the file's text
 * (the fixed text after --fix-dry-run, else the file, read again).
 */
import { readFileSync } from 'node:fs';
import type { ESLint, Linter } from 'eslint';
import { fixLocation, type CalicoLintMessage } from './lint-results.js';
import { reportPath, reportRuleId, ruleCatalog, type FormatterData } from './report.js';
import { INFORMATION_URI } from './sarif.js';
import type { SourceRange } from '../parse/source.js';

interface Position {
  line: number;
  column: number;
}

interface Range {
  start: Position;
  end: Position;
}

interface Diagnostic {
  message: string;
  location: { path: string; range: Range };
  severity: 'ERROR' | 'WARNING';
  source: { name: string; url: string };
  code: { value: string; url?: string };
  suggestions?: Array<{ range: Range; text: string }>;
  related_locations?: Array<{ message: string; location: { path: string; range: Range } }>;
}

const SOURCE = { name: 'calico-lint', url: INFORMATION_URI };

export function formatRdjson(results: readonly ESLint.LintResult[], data: FormatterData): string {
  return `${JSON.stringify({ source: SOURCE, diagnostics: diagnostics(results, data) }, null, 2)}\n`;
}

export function formatRdjsonl(results: readonly ESLint.LintResult[], data: FormatterData): string {
  return diagnostics(results, data).map((diagnostic) => `${JSON.stringify(diagnostic)}\n`).join('');
}

export function diagnostics(results: readonly ESLint.LintResult[], data: FormatterData): Diagnostic[] {
  const rules = ruleCatalog(data.rules);
  const out: Diagnostic[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const columns = utf8Columns(result);
    const path = reportPath(result.filePath, data.repositoryRoot);
    for (const message of result.messages) {
      const ruleId = reportRuleId(message);
      const diagnostic: Diagnostic = {
        message: message.message,
        location: { path, range: columns(message.line, message.column, message.endLine ?? message.line, message.endColumn ?? message.column) },
        severity: message.severity === 2 ? 'ERROR' : 'WARNING',
        source: SOURCE,
        code: { value: ruleId, ...(rules.get(ruleId) && { url: rules.get(ruleId)!.docsUrl }) },
      };
      const suggestion = suggestionOf(message);
      const location = suggestion && fixLocation(suggestion);
      if (suggestion && location) {
        diagnostic.suggestions = [{ range: columns(location.line, location.column, location.endLine, location.endColumn), text: suggestion.text }];
      }
      const related = (message as CalicoLintMessage).relatedLocations;
      if (related?.length) {
        diagnostic.related_locations = related.map((place) => {
          const sameFile = place.filePath === result.filePath;
          const at: SourceRange = place.range;
          const range = sameFile
            ? columns(at.line, at.column, at.endLine, at.endColumn)
            : { start: { line: at.line, column: at.column }, end: { line: at.endLine, column: at.endColumn } };
          return { message: place.message, location: { path: reportPath(place.filePath, data.repositoryRoot), range } };
        });
      }
      out.push(diagnostic);
    }
  }
  return out;
}

/** The fix `--fix` applies, else the first suggestion: reviewdog shows one suggested change per comment. */
function suggestionOf(message: Linter.LintMessage): Linter.LintMessage['fix'] {
  return message.fix ?? message.suggestions?.[0]?.fix;
}

type Columns = (line: number, column: number, endLine: number, endColumn: number) => Range;

/** Converts UTF-16 columns to UTF-8 byte columns, reading the text only when a line is not ASCII. */
function utf8Columns(result: ESLint.LintResult): Columns {
  let lines: string[] | undefined | null;
  const lineText = (line: number): string | undefined => {
    if (lines === undefined) {
      try {
        const text = result.output ?? readFileSync(result.filePath, 'utf8');
        lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
      } catch {
        lines = null; // standard input: its columns stay as they are
      }
    }
    return lines?.[line - 1];
  };
  const convert = (line: number, column: number): Position => {
    const text = lineText(line);
    if (text === undefined || !/[^\x00-\x7f]/.test(text.slice(0, column - 1))) return { line, column };
    return { line, column: Buffer.byteLength(text.slice(0, column - 1), 'utf8') + 1 };
  };
  return (line, column, endLine, endColumn) => ({ start: convert(line, column), end: convert(endLine, endColumn) });
}
