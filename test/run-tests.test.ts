/**
 * scripts/run-tests.mjs (what `npm test` runs): files that share a process
 * still fail the run when one of their tests fails, a process with no test
 * fails it, and every test of every file is counted.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, workspace } from './helpers/cli.js';

const passing = (name: string) => `import { it } from 'node:test';\nit('${name} a', () => {});\nit('${name} b', () => {});\n`;
const failing = "import { it } from 'node:test';\nimport assert from 'node:assert/strict';\nit('fails', () => assert.equal(1, 2));\n";

function runTests(dir: string, args: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/run-tests.mjs'), ...args.map((arg) => (arg.startsWith('-') ? arg : path.join(dir, arg)))], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the test runner', () => {
  it('runs every test of files sharing a process, and fails the run when one fails', async () => {
    const dir = await workspace({ 'a.test.mjs': passing('a'), 'b.test.mjs': failing, 'c.test.mjs': passing('c') });
    const run = runTests(dir, ['--jobs=1', 'a.test.mjs', 'b.test.mjs', 'c.test.mjs']);
    assert.match(run.output, /3 files in 1 processes/);
    assert.match(run.output, /tests 5, .*pass 4, fail 1/);
    // The files that failed, not every file of the shared process.
    const failedLine = run.output.split('\n').find((line) => line.startsWith('run-tests: FAILED in '));
    assert.equal(failedLine, `run-tests: FAILED in ${path.join(dir, 'b.test.mjs')}`);
    assert.equal(run.status, 1, run.output);

    const green = runTests(dir, ['--jobs=1', 'a.test.mjs', 'c.test.mjs']);
    assert.equal(green.status, 0, green.output);
    assert.match(green.output, /tests 4, .*pass 4, fail 0/);
  });

  it('names each failing file of a shared process, one that fails to load included', async () => {
    const dir = await workspace({
      'a.test.mjs': passing('a'), 'b.test.mjs': failing, 'c.test.mjs': "import './missing.mjs';\n", 'd.test.mjs': passing('d'),
    });
    const run = runTests(dir, ['--jobs=1', 'a.test.mjs', 'b.test.mjs', 'c.test.mjs', 'd.test.mjs']);
    assert.match(run.output, /4 files in 1 processes/);
    assert.equal(run.status, 1, run.output);
    const failedLine = run.output.split('\n').find((line) => line.startsWith('run-tests: FAILED in '));
    assert.equal(failedLine, `run-tests: FAILED in ${['b', 'c'].map((name) => path.join(dir, `${name}.test.mjs`)).join(' ')}`);
    assert.match(run.output, /tests 5, .*pass 4, fail 1/);
  });

  it('names the file of a test that throws after it ended, which fails the process while every suite passes', async () => {
    const leaking = "import { it } from 'node:test';\nit('leaks a timer', () => { setTimeout(() => { throw new Error('late'); }, 5); });\n" +
      "it('waits', async () => { await new Promise((resolve) => setTimeout(resolve, 100)); });\n";
    const dir = await workspace({ 'a.test.mjs': passing('a'), 'b.test.mjs': leaking, 'c.test.mjs': passing('c') });
    const run = runTests(dir, ['--jobs=1', 'a.test.mjs', 'b.test.mjs', 'c.test.mjs']);
    assert.equal(run.status, 1, run.output);
    assert.match(run.output, /Test "leaks a timer" generated asynchronous activity after the test ended/);
    const failedLine = run.output.split('\n').find((line) => line.startsWith('run-tests: FAILED in '));
    assert.equal(failedLine, `run-tests: FAILED in ${path.join(dir, 'b.test.mjs')}`);
  });

  it('fails a file that runs no test, alone or isolated', async () => {
    const dir = await workspace({ 'empty.test.mjs': "import 'node:test';\n" });
    const run = runTests(dir, ['--isolate', 'empty.test.mjs']);
    assert.match(run.output, /no test ran/);
    assert.equal(run.status, 1, run.output);
  });
});
