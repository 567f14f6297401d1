/**
 * `--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`),
 * the Code Climate subset GitLab reads. Suppressed findings are left out.
 */
import type { ESLint, Linter } from 'eslint';
import { fingerprints, reportRuleId, shownPath, type FormatterData } from './report.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

/**
 * A file that cannot be parsed is a blocker (kubectl rejects it whole); an
 * error is major; a warning is minor.
 */
export function codeQualitySeverity(message: Linter.LintMessage): CodeQualitySeverity {
  if (message.fatal) return 'blocker';
  return message.severity === 2 ? 'major' : 'minor';
}

/** What a report says of a finding whose fix `--fix` applies. */
export const FIXABLE_NOTE = '(calico-lint --fix fixes this)';

export function codeQualityIssues(results: readonly ESLint.LintResult[], data: FormatterData): CodeQualityIssue[] {
  const prints = fingerprints(results, data.repositoryRoot);
  return results.flatMap((result) => {
    const file = shownPath(result.filePath, data.repositoryRoot);
    return result.messages.map((message) => ({
      // Code Quality has no field for it: the description says that `--fix` fixes it.
      description: message.fix ? `${message.message} ${FIXABLE_NOTE}` : message.message,
      check_name: reportRuleId(message),
      fingerprint: prints.get(message)!,
      severity: codeQualitySeverity(message),
      location: { path: file, lines: { begin: message.line } },
    }));
  });
}

export function formatGitlab(results: readonly ESLint.LintResult[], data: FormatterData): string {
  return `${JSON.stringify(codeQualityIssues(results, data), null, 2)}\n`;
}
