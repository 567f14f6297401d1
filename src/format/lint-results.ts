/**
 * Findings in ESLint's LintResult shape, so ESLint formatters work unchanged.
 */
import type { ESLint, Linter, Rule as ESLintRule } from 'eslint';
import { withCluster, type Finding } from '../engine/finding.js';
import type { RuleMeta } from '../engine/rule.js';
import type { FindingFix } from '../engine/fix.js';
import type { SourceRange } from '../parse/source.js';

/**
 * A LintMessage that keeps the related locations SARIF and JSON consumers use,
 * and the finding's line-independent identity (see Finding.fingerprintKey),
 * which the CI formats turn into fingerprints (`--format json` leaves it out).
 */
export type CalicoLintMessage = Linter.LintMessage & { relatedLocations?: Finding['related']; fingerprintKey?: string; readonly cluster?: string };

/**
 * Empty lists of every result without them, shared: a dense tree's run holds
 * 25,000 results, most of them clean, until the report is written (three
 * arrays each were 2.3 MB). Frozen, so that nothing can add to them.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * One result per linted file (files without findings included), in the order
 * given, then one per other file a finding names, in the order found.
 */
export function toLintResults(filePaths: readonly string[], findings: readonly Finding[]): ESLint.LintResult[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.filePath);
    if (list === undefined) byFile.set(finding.filePath, [finding]);
    else list.push(finding);
  }
  const results: ESLint.LintResult[] = [];
  const done = new Set<string>();
  const add = (filePath: string): void => {
    if (done.has(filePath)) return;
    done.add(filePath);
    results.push(lintResult(filePath, byFile.get(filePath)));
  };
  for (const filePath of filePaths) add(filePath);
  for (const filePath of byFile.keys()) add(filePath);
  return results;
}

function lintResult(filePath: string, fileFindings: readonly Finding[] | undefined): ESLint.LintResult {
  if (fileFindings === undefined) {
    return {
      filePath, messages: NONE, suppressedMessages: NONE, errorCount: 0, fatalErrorCount: 0, warningCount: 0,
      fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: NONE,
    };
  }
  const messages = fileFindings.filter((f) => !f.suppressions).map(toMessage).sort(byPosition);
  const suppressedMessages = fileFindings
    .filter((f) => f.suppressions)
    .map((f) => ({ ...toMessage(f), suppressions: f.suppressions! }))
    .sort(byPosition);
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return {
    filePath,
    messages: messages.length === 0 ? NONE : messages,
    suppressedMessages: suppressedMessages.length === 0 ? NONE : suppressedMessages,
    errorCount,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: messages.length - errorCount,
    fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
    fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length,
    usedDeprecatedRules: NONE,
  };
}

function toMessage(finding: Finding): CalicoLintMessage {
  const message: CalicoLintMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.range.line,
    column: finding.range.column,
    endLine: finding.range.endLine,
    endColumn: finding.range.endColumn,
  };
  if (finding.fatal) message.fatal = true;
  if (finding.related) message.relatedLocations = finding.related;
  if (finding.fingerprintKey !== undefined) message.fingerprintKey = finding.fingerprintKey;
  withCluster(message, finding.cluster);
  if (finding.fix) message.fix = eslintFix(finding.fix);
  if (finding.suggestions) message.suggestions = finding.suggestions.map(({ desc, fix }) => ({ desc, fix: eslintFix(fix) }));
  return message;
}

/**
 * ESLint's `{range, text}`; the range in lines and columns rides along, not
 * enumerable (out of `--format json`), for SARIF and rdjson (see fixLocation).
 */
function eslintFix(fix: FindingFix): ESLintRule.Fix {
  const shaped = { range: fix.range, text: fix.text };
  Object.defineProperty(shaped, LOCATION, { value: fix.location, enumerable: false });
  return shaped;
}

const LOCATION = Symbol('fix location');

/** Where a message's fix (or suggestion's fix) replaces text, in lines and columns (1-based, end exclusive). */
export function fixLocation(fix: ESLintRule.Fix): SourceRange | undefined {
  return (fix as { [LOCATION]?: SourceRange })[LOCATION];
}

function byPosition(a: Linter.LintMessage, b: Linter.LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}

/** ESLint's `rulesMeta`, which formatters use for docs links (rules, and the engine's own checks). */
export function rulesMeta(
  rules: readonly { meta: Pick<RuleMeta, 'id' | 'description' | 'docsUrl'> }[],
): Record<string, ESLintRule.RuleMetaData> {
  return Object.fromEntries(
    rules.map((rule) => [
      rule.meta.id,
      {
        type: 'problem',
        docs: { description: rule.meta.description, url: rule.meta.docsUrl },
      } satisfies ESLintRule.RuleMetaData,
    ]),
  );
}

export interface Totals {
  errorCount: number;
  warningCount: number;
}

export function totals(results: readonly ESLint.LintResult[]): Totals {
  return results.reduce(
    (sum, result) => ({ errorCount: sum.errorCount + result.errorCount, warningCount: sum.warningCount + result.warningCount }),
    { errorCount: 0, warningCount: 0 },
  );
}
