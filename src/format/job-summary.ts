/**
 * The GitHub job summary (GITHUB_STEP_SUMMARY) of `-f github` and the Action:
 * totals, the findings as a Markdown table, then the address map, within one
 * byte budget. GitHub drops a summary over 1 MiB whole (4,000 findings and
 * 1,500 pools wrote 1,146,251 bytes), so the budget goes to the errors first,
 * then to the map, then to the warnings; what did not fit is counted in a line
 * under the totals that says where the full report is. Text from manifests
 * and file names is escaped for Markdown and HTML, so it renders as plain text.
 */
import type { ESLint, Linter } from 'eslint';
import { addressMapMarkdown } from './address-map-markdown.js';
import { escapeMarkdown, STEP_SUMMARY_MAX_BYTES } from './github.js';
import type { CalicoLintMessage } from './lint-results.js';
import { plural, reportPath, reportRuleId, ruleCatalog, type FormatterData, type RuleDescription } from './report.js';

export interface JobSummary {
  text: string;
  /** Whether every finding is listed (the annotations' notice may then send readers here). */
  everyFinding: boolean;
}

/** Room kept for the line that says what was left out. */
const OMISSION_LINE_BYTES = 1_000;

/**
 * `fullReport` says where every finding is, for the line about what was left
 * out (e.g. "the SARIF report calico-lint.sarif and this step's log").
 */
export function jobSummary(
  results: readonly ESLint.LintResult[],
  data: FormatterData,
  fullReport = 'this step\'s log',
  budget: number = STEP_SUMMARY_MAX_BYTES,
): JobSummary {
  const rules = ruleCatalog(data.rules);
  const errors: string[] = [];
  const warnings: string[] = [];
  let suppressed = 0;
  let fixable = 0;
  for (const result of results) {
    const file = escapeMarkdown(reportPath(result.filePath, data.repositoryRoot));
    suppressed += result.suppressedMessages?.length ?? 0;
    for (const message of result.messages) {
      if (message.fix) fixable++;
      (message.severity === 2 ? errors : warnings).push(row(message, file, rules, data));
    }
  }
  const files = plural(results.length, 'file');
  const suppressedNote = suppressed > 0 ? ` (${suppressed} suppressed in the source)` : '';
  const heading = '## calico-lint\n\n';
  const totals = errors.length + warnings.length === 0
    ? `No problems found in ${files}${suppressedNote}.\n\n`
    : `**${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}** in ${files}${suppressedNote}.${fixableNote(fixable)}\n\n`;
  const tableHead = '| severity | location | rule | message |\n|---|---|---|---|\n';
  let left = budget - Buffer.byteLength(heading + totals) - OMISSION_LINE_BYTES - (errors.length + warnings.length > 0 ? Buffer.byteLength(tableHead) + 1 : 0);

  const take = (rows: readonly string[]): string[] => {
    const kept: string[] = [];
    for (const text of rows) {
      const bytes = Buffer.byteLength(text) + 1;
      if (bytes > left) break;
      kept.push(text);
      left -= bytes;
    }
    return kept;
  };
  const shownErrors = take(errors);
  const map = addressMapMarkdown(data.addressMaps, Math.max(0, left));
  left -= Buffer.byteLength(map.text);
  const shownWarnings = shownErrors.length === errors.length ? take(warnings) : [];

  const omitted = [
    errors.length > shownErrors.length ? plural(errors.length - shownErrors.length, 'error') : '',
    warnings.length > shownWarnings.length ? plural(warnings.length - shownWarnings.length, 'warning') : '',
    map.omittedRanges > 0 ? `${plural(map.omittedRanges, 'range')} of the address map (\`--format html\` draws it whole)` : '',
  ].filter(Boolean);
  const everyFinding = shownErrors.length === errors.length && shownWarnings.length === warnings.length;
  const omissionLine = omitted.length === 0 ? '' : `Not shown, since GitHub drops a job summary over 1 MiB: ${omitted.join(', ')}. ` +
    `${everyFinding ? 'Every finding is listed below' : `Every finding is in ${fullReport}`}.\n\n`;
  const table = shownErrors.length + shownWarnings.length === 0 ? '' : `${tableHead}${[...shownErrors, ...shownWarnings].map((text) => `${text}\n`).join('')}\n`;
  return { text: heading + totals + omissionLine + table + map.text, everyFinding };
}

function row(message: Linter.LintMessage, file: string, rules: Map<string, RuleDescription>, data: FormatterData): string {
  const ruleId = reportRuleId(message);
  const docs = rules.get(ruleId)?.docsUrl;
  const rule = docs === undefined ? escapeMarkdown(ruleId) : `[${escapeMarkdown(ruleId)}](${docs})`;
  let text = escapeMarkdown(message.message);
  for (const related of (message as CalicoLintMessage).relatedLocations ?? []) {
    const where = `${escapeMarkdown(reportPath(related.filePath, data.repositoryRoot))}:${related.range.line}:${related.range.column}`;
    text += `<br>↳ ${where}\\: ${escapeMarkdown(related.message)}`;
  }
  if (message.fix) text += '<br>🔧 `calico-lint --fix` fixes this';
  const severity = message.severity === 2 ? '❌ error' : '⚠️ warning';
  return `| ${severity} | ${file}:${message.line}:${message.column} | ${rule} | ${text} |`;
}

function fixableNote(fixable: number): string {
  return fixable > 0 ? ` ${plural(fixable, 'finding')} can be fixed with \`calico-lint --fix\` (🔧).` : '';
}
