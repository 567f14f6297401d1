/** Inline suppressions through the built CLI: JSON output, exit codes, --max-warnings, configuration. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runBin, SUMMARY_LINE, withoutSummary, workspace } from './helpers/cli.js';

const POOL = [
  'apiVersion: crd.projectcalico.org/v1',
  'kind: IPPool',
  'metadata:',
  '  name: infra',
  'spec:',
  '  # calico-lint-disable-next-line selector-yaml-tag -- rendered by Helm, which quotes it',
  '  nodeSelector: !all()',
  '  # calico-lint-disable-next-line selector-yaml-tag -- left over',
  '  cidr: 100.64.0.0/16',
  '',
].join('\n');

interface JsonResult {
  messages: Array<{ ruleId: string | null; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number }>;
  suppressedMessages: Array<{ ruleId: string | null; line: number; column: number; suppressions: unknown }>;
  errorCount: number;
  warningCount: number;
}

describe('calico-lint CLI: suppressions', () => {
  it('moves suppressed findings to suppressedMessages, reports unused directives as warnings, and honours rules: and --max-warnings', async () => {
    const cwd = await workspace({ 'pool.yaml': POOL });
    const run = runBin(['-f', 'json'], { cwd });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0, 'a suppressed error and a warning exit 0');
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    assert.deepEqual(result!.suppressedMessages.map((m) => [m.ruleId, m.line, m.column, m.suppressions]), [
      ['selector-yaml-tag', 7, 17, [{ kind: 'directive', justification: 'rendered by Helm, which quotes it' }]],
    ]);
    assert.deepEqual(result!.messages, [{
      ruleId: 'unused-suppression',
      severity: 1,
      message: 'Unused suppression: no "selector-yaml-tag" finding on line 9 to suppress',
      line: 8,
      column: 3,
      endLine: 8,
      endColumn: 65,
      // The fix removes the directive's whole line.
      fix: { range: [192, 257], text: '' },
    }]);
    assert.equal(POOL.slice(192, 257), '  # calico-lint-disable-next-line selector-yaml-tag -- left over\n');
    assert.deepEqual([result!.errorCount, result!.warningCount], [0, 1]);

    const over = runBin(['--max-warnings', '0'], { cwd });
    assert.equal(over.status, 1);
    assert.match(over.stdout, /unused-suppression/);
    assert.equal(over.stderr, 'calico-lint found too many warnings (maximum: 0).\n');

    const strictCwd = await workspace({ 'pool.yaml': POOL, '.calico-lint.yaml': 'rules: {unused-suppression: error}\n' });
    assert.equal(runBin([], { cwd: strictCwd }).status, 1);

    const offCwd = await workspace({ 'pool.yaml': POOL, '.calico-lint.yml': 'rules:\n  unused-suppression: off\n  invalid-suppression: warn\n' });
    const off = runBin(['-f', 'json', '--max-warnings', '0'], { cwd: offCwd });
    // Clean: only the run's summary on standard error.
    assert.deepEqual([off.status, withoutSummary(off.stderr)], [0, '']);
    assert.match(off.stderr, SUMMARY_LINE);
    assert.deepEqual((JSON.parse(off.stdout) as JsonResult[])[0]!.messages, []);

    const typoCwd = await workspace({ 'pool.yaml': POOL, '.calico-lint.yaml': 'rules: {unused-suppressions: off}\n' });
    assert.deepEqual(runBin([], { cwd: typoCwd }), {
      status: 2,
      stdout: '',
      stderr: 'calico-lint: .calico-lint.yaml:1:9: unknown rule "unused-suppressions" (did you mean "unused-suppression"?)\n',
    });
  });
});
