/**
 * ESLint's RuleTester habit: per rule, a table of valid and invalid inline
 * manifests with the exact messages and positions expected.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configSchema, type ConfigFileContents, type LintConfig } from '../../src/config/schema.js';
import type { Rule } from '../../src/engine/rule.js';
import { lintSources } from '../../src/lint.js';

export interface ValidCase {
  name: string;
  code: string;
  config?: ConfigFileContents;
}

export interface ExpectedFinding {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export function makeConfig(contents: ConfigFileContents = {}, baseDir = '/repo'): LintConfig {
  return { ...configSchema.parse(contents), baseDir, filePath: undefined };
}

export function lintOne(rule: Rule, code: string, config?: ConfigFileContents, filePath = '/repo/test.yaml') {
  return lintSources([{ filePath, text: code }], { config: makeConfig(config), rules: [rule] });
}

/**
 * The rule reading whole objects: its `meta.reads` replaced by a path that
 * reads all, so that nothing is slimmed away (src/resources/slim.ts).
 */
export function readingEverything(rule: Rule): Rule {
  return { ...rule, meta: { ...rule.meta, reads: [{ paths: [[]] }] } } as Rule;
}

/**
 * Findings of a case, checked first to be those of the rule on whole objects:
 * lintOne runs the rule alone, so its values lose all the bulk (containers,
 * ConfigMap data…) but what its `meta.reads` declares. A rule that reads bulk
 * it did not declare finds something else here than on whole objects.
 */
function lintChecked(rule: Rule, testCase: ValidCase) {
  const findings = lintOne(rule, testCase.code, testCase.config);
  assert.deepEqual(
    findings.map(describeFinding),
    lintOne(readingEverything(rule), testCase.code, testCase.config).map(describeFinding),
    `${rule.meta.id} finds something else on whole objects: it reads a field of the bulk its meta.reads does not declare`,
  );
  return findings;
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has complete meta', () => {
      assert.match(rule.meta.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(rule.meta.description.length > 10);
      assert.ok(rule.meta.remediation.length > 10);
      assert.equal(rule.meta.docsUrl.endsWith(`/docs/rules/${rule.meta.id}.md`), true);
    });
    assert.ok(cases.valid.length > 0 && cases.invalid.length > 0, 'a rule needs valid and invalid cases');
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, () => {
        const findings = lintChecked(rule, testCase);
        assert.deepEqual(findings.map(describeFinding), []);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, () => {
        const findings = lintChecked(rule, testCase);
        assert.deepEqual(
          findings.map(describeFinding),
          testCase.errors.map((e) => ({ ruleId: rule.meta.id, ...e })),
        );
      });
    }
  });
}

function describeFinding(finding: ReturnType<typeof lintOne>[number]) {
  return {
    ruleId: finding.ruleId,
    message: finding.message,
    line: finding.range.line,
    column: finding.range.column,
    endLine: finding.range.endLine,
    endColumn: finding.range.endColumn,
  };
}

/** Strips the common indentation of a template literal, so manifests can be written inline. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.match(/^ */)![0].length);
  const indent = Math.min(...indents);
  return lines.map((line) => line.slice(indent)).join('\n').replace(/[ ]+$/, '');
}
