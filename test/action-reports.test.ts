/**
 * The Action's `reports` input (calico-lint's --report) and its job summary
 * within GitHub's size limit, run from the sources in this process
 * (test/action.test.ts runs the committed bundle, rebuilt at release).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runAction } from '../src/action/run-action.js';
import { REPO_ROOT } from './helpers/cli.js';

async function run(ws: string, inputs: Record<string, string>): Promise<{ status: number; stdout: string; summary: string }> {
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'calico-lint-runner-'));
  const summaryFile = path.join(runnerTemp, 'step_summary.md');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: path.join(runnerTemp, 'out') };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  let stdout = '';
  const status = await runAction(env, { cwd: ws, stdout: (text) => { stdout += text; }, stderr: () => {} });
  return { status, stdout, summary: await readFile(summaryFile, 'utf8') };
}

async function recipe(): Promise<string> {
  const ws = await mkdtemp(path.join(tmpdir(), 'calico-lint-ws-'));
  await cp(path.join(REPO_ROOT, 'fixtures/recipe-published'), path.join(ws, 'recipe-published'), { recursive: true });
  return ws;
}

describe('Action: reports input', () => {
  it('writes each FORMAT=PATH line from the same run, beside the SARIF file, creating folders', async () => {
    const ws = await recipe();
    const result = await run(ws, { 'sarif-file': 'calico-lint.sarif', reports: 'junit=reports/junit.xml\ngitlab=gl-code-quality-report.json\n' });
    assert.equal(result.status, 1, result.stdout);
    assert.match(await readFile(path.join(ws, 'reports/junit.xml'), 'utf8'), /<testsuites name="calico-lint" tests="2" failures="2"/);
    const codeQuality = JSON.parse(await readFile(path.join(ws, 'gl-code-quality-report.json'), 'utf8')) as Array<{ check_name: string }>;
    assert.deepEqual(codeQuality.map((issue) => issue.check_name).sort(), ['pool-annotation-valid', 'selector-yaml-tag']);
    assert.ok(existsSync(path.join(ws, 'calico-lint.sarif')));
    assert.match(result.summary, /^## calico-lint\n\n\*\*2 errors, 0 warnings\*\*/);
  });

  it('refuses a malformed line, a path leaving the workspace, and the SARIF file named twice, before linting', async () => {
    const ws = await recipe();
    for (const [reports, message] of [
      ['junit', /input reports: each line must be FORMAT=PATH/],
      ['junit=../outside.xml', /leads out of the workspace/],
      ['sarif=calico-lint.sarif', /input sarif-file writes the same file/],
      // The Action bundles the machine-readable formats only.
      ['pretty=log.txt', /input reports: unknown format "pretty": use json, sarif, github, gitlab, junit, html/],
    ] as const) {
      const result = await run(ws, { 'sarif-file': 'calico-lint.sarif', reports });
      assert.equal(result.status, 2, reports);
      assert.match(result.stdout, message, reports);
      assert.equal(existsSync(path.join(ws, 'calico-lint.sarif')), false, `${reports}: nothing was linted`);
    }
  });
});
