/**
 * templates/calico-lint.gitlab-ci.yml: the hidden job's `script:` lines run
 * with bash the way a GitLab runner runs them (each line in order, the job
 * stopping at the first that fails, variables in the environment), with
 * CALICO_LINT pointing at this checkout's built CLI, in a copy of a fixture.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { BIN, REPO_ROOT, workspace } from './helpers/cli.js';

interface Job {
  image: string;
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; paths: string[]; reports: { codequality: string; junit: string } };
}

const TEMPLATE = path.join(REPO_ROOT, 'templates/calico-lint.gitlab-ci.yml');

async function loadJob(): Promise<Job> {
  const template = parse(await readFile(TEMPLATE, 'utf8')) as Record<string, Job>;
  assert.deepEqual(Object.keys(template), ['.calico-lint'], 'the template defines only the hidden job');
  return template['.calico-lint']!;
}

interface JobRun {
  /** Exit status of each line that ran. */
  statuses: number[];
  log: string;
}

/** Runs the script lines in `dir` as GitLab does: in order, stopping at the first failure. */
function runScript(job: Job, dir: string, variables: Record<string, string> = {}): JobRun {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: dir,
    ...job.variables,
    // This checkout's CLI instead of `npx --yes calico-lint@<version>` (not published yet, and no network here).
    CALICO_LINT: `node ${BIN}`,
    ...variables,
  };
  const statuses: number[] = [];
  let log = '';
  for (const line of job.script) {
    const run = spawnSync('bash', ['-c', line], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    if (run.error) throw run.error;
    statuses.push(run.status ?? -1);
    log += run.stdout + run.stderr;
    if (run.status !== 0) break;
  }
  return { statuses, log };
}

async function fixtureCopy(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-gitlab-'));
  await cp(path.join(REPO_ROOT, 'fixtures', name), path.join(dir, name), { recursive: true });
  return dir;
}

describe('GitLab CI template', () => {
  it('is a hidden job that publishes Code Quality and JUnit reports even when it fails', async () => {
    const job = await loadJob();
    assert.match(job.image, /^node:\d+/);
    assert.equal(job.artifacts.when, 'always');
    assert.deepEqual(job.artifacts.reports, { codequality: 'gl-code-quality-report.json', junit: 'calico-lint-junit.xml' });
    assert.deepEqual(job.artifacts.paths, ['gl-code-quality-report.json', 'calico-lint-junit.xml']);
    assert.equal(job.script.length, 3);
  });

  it('installs the calico-lint version of this package.json, through a variable users can override', async () => {
    const job = await loadJob();
    const { version } = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(job.variables.CALICO_LINT, `npx --yes calico-lint@${version}`);
    for (const line of job.script) assert.match(line, /^\$CALICO_LINT /);
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(`calico-lint/v${version}/templates/calico-lint.gitlab-ci.yml`), 'the README includes the template of this version');
  });

  it('on the published recipe: writes both reports, then fails the job', async () => {
    const job = await loadJob();
    const dir = await fixtureCopy('recipe-published');
    const run = runScript(job, dir);
    assert.deepEqual(run.statuses, [0, 0, 1], run.log);
    assert.match(run.log, /\u001b\[/, 'the log run is in color');
    // eslint-disable-next-line no-control-regex
    assert.match(run.log.replace(/\u001b\[\d+m/g, ''), /recipe-published\/ippools\.yaml:23:17/);

    const issues = JSON.parse(await readFile(path.join(dir, 'gl-code-quality-report.json'), 'utf8')) as Array<Record<string, unknown>>;
    assert.deepEqual(issues.map((issue) => [issue.check_name, issue.severity, issue.location]), [
      ['pool-annotation-valid', 'major', { path: 'recipe-published/gitlab-runner.yaml', lines: { begin: 21 } }],
      ['selector-yaml-tag', 'major', { path: 'recipe-published/ippools.yaml', lines: { begin: 23 } }],
    ]);
    for (const issue of issues) {
      assert.match(issue.fingerprint as string, /^[0-9a-f]{64}$/);
      assert.ok((issue.description as string).length > 20);
    }

    const junit = await readFile(path.join(dir, 'calico-lint-junit.xml'), 'utf8');
    assert.ok(junit.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="calico-lint" tests="2" failures="2" errors="0" skipped="0" time="0">'));
    assert.match(junit, /<testcase classname="recipe-published\/ippools\.yaml" name="selector-yaml-tag: IPPool\/infraestrutura" file="recipe-published\/ippools\.yaml" time="0">/);
  });

  it('on the corrected recipe: writes empty reports and passes, never linting its own reports', async () => {
    const job = await loadJob();
    const dir = await fixtureCopy('recipe-corrected');
    const run = runScript(job, dir);
    assert.deepEqual(run.statuses, [0, 0, 0], run.log);
    // A second pipeline on the same folder (reports left from the first one) sees the same two files.
    assert.deepEqual(runScript(job, dir).statuses, [0, 0, 0]);
    assert.equal(await readFile(path.join(dir, 'gl-code-quality-report.json'), 'utf8'), '[]\n');
    assert.match(await readFile(path.join(dir, 'calico-lint-junit.xml'), 'utf8'), /<testsuites name="calico-lint" tests="2" failures="0" errors="0" skipped="0" time="0">/);
  });

  it('takes paths and options from CALICO_LINT_PATHS and CALICO_LINT_ARGS', async () => {
    const job = await loadJob();
    const dir = await workspace({
      'ci/lint.yaml': 'rules: {selector-yaml-tag: warn}\n',
      'clusters/pool.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: 10.0.0.0/16\n  nodeSelector: !all()\n',
      'other/broken.yaml': 'kind: [\n',
    });
    const lenient = runScript(job, dir, { CALICO_LINT_PATHS: 'clusters', CALICO_LINT_ARGS: '--config ci/lint.yaml' });
    assert.deepEqual(lenient.statuses, [0, 0, 0], lenient.log);
    const issues = JSON.parse(await readFile(path.join(dir, 'gl-code-quality-report.json'), 'utf8')) as Array<{ severity: string; location: { path: string } }>;
    assert.deepEqual(issues.map((issue) => [issue.severity, issue.location.path]), [['minor', 'clusters/pool.yaml']]);

    const strict = runScript(job, dir, { CALICO_LINT_PATHS: 'clusters', CALICO_LINT_ARGS: '--config ci/lint.yaml --max-warnings 0' });
    assert.deepEqual(strict.statuses, [0, 0, 1], 'reports are written, then the job fails');
  });

  it('stops at once on a usage or configuration error (exit code 2)', async () => {
    const job = await loadJob();
    const dir = await fixtureCopy('recipe-corrected');
    const run = runScript(job, dir, { CALICO_LINT_ARGS: '--config missing.yaml' });
    assert.deepEqual(run.statuses, [1], run.log);
    assert.match(run.log, /calico-lint: cannot read configuration missing\.yaml: no such file or directory/);
  });
});
