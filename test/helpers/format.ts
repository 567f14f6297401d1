/** Small hand-made results and formatter data for exact-output formatter tests. */
import { createHash } from 'node:crypto';
import type { ESLint } from 'eslint';
import type { CalicoLintMessage } from '../../src/format/lint-results.js';
import type { FormatterData, RuleDescription } from '../../src/format/report.js';

export const ROOT = '/repo';

export const RULES: RuleDescription[] = [
  {
    id: 'rule-a',
    description: 'Rule a catches a.',
    remediation: 'Fix a.',
    docsUrl: 'https://example.test/docs/rules/rule-a.md',
    defaultSeverity: 'error',
  },
  {
    id: 'rule-b',
    description: 'Rule b catches b.',
    remediation: 'Fix b.',
    docsUrl: 'https://example.test/docs/rules/rule-b.md',
    defaultSeverity: 'warn',
  },
];

export function formatterData(overrides: Partial<FormatterData> = {}): FormatterData {
  return { cwd: ROOT, rulesMeta: {}, rules: RULES, repositoryRoot: ROOT, version: '9.8.7', ...overrides };
}

export function result(filePath: string, messages: CalicoLintMessage[], suppressed: ESLint.LintResult['suppressedMessages'] = []): ESLint.LintResult {
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return {
    filePath,
    messages,
    suppressedMessages: suppressed,
    errorCount,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: messages.length - errorCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

/**
 * Three files: one with an error (with a related location), a multi-line
 * warning and a suppressed finding; one that cannot be parsed; one clean.
 */
export function sampleResults(): ESLint.LintResult[] {
  return [
    result('/repo/clusters/a.yaml', [
      {
        ruleId: 'rule-a', severity: 2, message: 'Pool overlaps', line: 3, column: 5, endLine: 3, endColumn: 9,
        fingerprintKey: 'IPPool/x spec.cidr; related IPPool/y spec.cidr', cluster: 'prod',
        relatedLocations: [{ filePath: '/repo/clusters/b.yaml', range: { line: 1, column: 2, endLine: 1, endColumn: 4 }, message: 'other pool' }],
      },
      { ruleId: 'rule-b', severity: 1, message: 'Hmm', line: 7, column: 1, endLine: 8, endColumn: 2, fingerprintKey: 'Pod/ns/p spec', cluster: 'prod' },
    ], [
      {
        ruleId: 'rule-a', severity: 2, message: 'Accepted', line: 10, column: 3, endLine: 10, endColumn: 5,
        fingerprintKey: 'IPPool/z spec.cidr', cluster: 'prod', suppressions: [{ kind: 'directive', justification: 'known, see CHG-1' }],
      } as CalicoLintMessage & { suppressions: Array<{ kind: string; justification: string }> },
    ]),
    result('/repo/broken.yaml', [
      { ruleId: null, fatal: true, severity: 2, message: 'Bad YAML', line: 2, column: 1, endLine: 2, endColumn: 2 },
    ]),
    result('/repo/clean.yaml', []),
  ];
}

/** The fingerprint recipe, restated: SHA-256 of rule, path and identity; repeats numbered. */
export function expectedFingerprint(ruleId: string, file: string, key: string, occurrence = 1): string {
  const base = createHash('sha256').update(`${ruleId}\n${file}\n${key}`).digest('hex');
  return occurrence === 1 ? base : createHash('sha256').update(`${base}\n${occurrence}`).digest('hex');
}

/** GitHub's primaryLocationLineHash, restated: rule, cluster and identity (file and key or message without a cluster). */
export function expectedLineHash(ruleId: string, identity: { cluster: string; key: string } | { file: string; key: string }, occurrence = 1): string {
  const text = 'cluster' in identity ? `cluster ${identity.cluster}\n${identity.key}` : `file ${identity.file}\n${identity.key}`;
  return `${createHash('sha256').update(`${ruleId}\n${text}`).digest('hex').slice(0, 32)}:${occurrence}`;
}
