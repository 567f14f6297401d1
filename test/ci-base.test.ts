/**
 * The Action's `base` / `filter-mode` inputs and the GitLab template's
 * CALICO_LINT_BASE, run the way the runners run them, on a real Git
 * repository: a pull request that adds one finding to a repository that
 * already has one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { BIN, REPO_ROOT } from './helpers/cli.js';
import { gitRepo, runGit } from './helpers/git-repo.js';

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: default}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: i}]\n`;

async function pullRequest(): Promise<{ root: string; baseSha: string }> {
  const root = await gitRepo({ 'old.yaml': pod('old') }, { 'new.yaml': pod('new') });
  return { root, baseSha: runGit(root, ['rev-parse', 'main']).trim() };
}

/** The committed Action bundle, as the runner starts it, with an event payload. */
async function runAction(ws: string, event: { name: string; payload: unknown }, inputs: Record<string, string> = {}) {
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'calico-lint-runner-'));
  const eventPath = path.join(runnerTemp, 'event.json');
  await writeFile(eventPath, JSON.stringify(event.payload));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    'INPUT_SARIF-FILE': inputs['sarif-file'] ?? '',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // CALICO_LINT_ACTION_BUNDLE: a bundle built elsewhere (scripts/build-action.ts <outfile>), to try changes before dist-action is rebuilt.
  const bundle = process.env.CALICO_LINT_ACTION_BUNDLE ?? path.join(REPO_ROOT, 'dist-action/index.js');
  const run = spawnSync(process.execPath, [bundle], { cwd: ws, env, encoding: 'utf8', timeout: 60_000 });
  const annotations = run.stdout.split('\n').filter((line) => /^::(error|warning) file=/.test(line)).map((line) => /file=([^,]+),line=(\d+)/.exec(line)!.slice(1).join(':'));
  return { status: run.status, annotations, stdout: run.stdout };
}

describe('GitHub Action: base and filter-mode', () => {
  it('on pull_request: compares with the base SHA of the payload and annotates the added lines only', async () => {
    const { root, baseSha } = await pullRequest();
    const run = await runAction(root, { name: 'pull_request', payload: { pull_request: { base: { sha: baseSha } } } });
    assert.deepEqual(run.annotations, ['new.yaml:5']);
    assert.equal(run.status, 1);
  });

  it('on pull_request: the SARIF report holds every finding, whatever filter-mode selects for annotations', async () => {
    const { root, baseSha } = await pullRequest();
    const run = await runAction(root, { name: 'pull_request', payload: { pull_request: { base: { sha: baseSha } } } }, { 'sarif-file': 'calico-lint.sarif' });
    assert.deepEqual(run.annotations, ['new.yaml:5']);
    assert.equal(run.status, 1);
    const sarif = JSON.parse(await readFile(path.join(root, 'calico-lint.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    assert.deepEqual(sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri).sort(), ['new.yaml', 'old.yaml']);
  });

  it('on pull_request: the base commit\'s configuration applies unless config-from is head', async () => {
    const root = await gitRepo({ '.calico-lint.yaml': 'rules: {}\n', 'old.yaml': 'a: 1\n' }, { '.calico-lint.yaml': 'rules:\n  no-host-network: "off"\n', 'new.yaml': pod('new') });
    const pr = { name: 'pull_request', payload: { pull_request: { base: { sha: runGit(root, ['rev-parse', 'main']).trim() } } } };
    const strict = await runAction(root, pr);
    assert.deepEqual(strict.annotations.sort(), ['.calico-lint.yaml:2', 'new.yaml:5']);
    assert.equal(strict.status, 1);
    const trusting = await runAction(root, pr, { 'config-from': 'head' });
    assert.deepEqual(trusting.annotations, ['.calico-lint.yaml:2']);
    assert.match(trusting.stdout, /^::warning file=\.calico-lint\.yaml,line=2.*rules\.no-host-network: turns rule "no-host-network" off/m);
    assert.equal(trusting.status, 0);
    const wrong = await runAction(root, pr, { 'config-from': 'pr' });
    assert.equal(wrong.status, 2);
    assert.equal(wrong.stdout, '::error title=calico-lint::input config-from must be one of base, head; got "pr"\n');
  });

  it('on pull_request with a shallow checkout (base commit missing): a warning, and every finding', async () => {
    const { root } = await pullRequest();
    const missing = 'a'.repeat(40);
    const run = await runAction(root, { name: 'pull_request', payload: { pull_request: { base: { sha: missing } } } });
    assert.deepEqual(run.annotations.sort(), ['new.yaml:5', 'old.yaml:5']);
    assert.equal(run.status, 1);
    assert.ok(run.stdout.includes(`::warning title=calico-lint::the pull request's base commit ${missing} is not in the checkout, so migration checks do not run and every finding is reported. Fetch it: actions/checkout with fetch-depth: 0\n`));
  });

  it('on push: no base, every finding', async () => {
    const { root } = await pullRequest();
    const run = await runAction(root, { name: 'push', payload: {} });
    assert.deepEqual(run.annotations.sort(), ['new.yaml:5', 'old.yaml:5']);
  });

  it('inputs win over the defaults; a wrong filter-mode is one error annotation', async () => {
    const { root, baseSha } = await pullRequest();
    const pr = { name: 'pull_request', payload: { pull_request: { base: { sha: baseSha } } } };
    assert.deepEqual((await runAction(root, pr, { 'filter-mode': 'nofilter' })).annotations.sort(), ['new.yaml:5', 'old.yaml:5']);
    assert.deepEqual((await runAction(root, { name: 'push', payload: {} }, { base: 'main', 'filter-mode': 'file' })).annotations, ['new.yaml:5']);
    const wrong = await runAction(root, pr, { 'filter-mode': 'lines' });
    assert.equal(wrong.status, 2);
    assert.equal(wrong.stdout, '::error title=calico-lint::input filter-mode must be one of added, diff_context, file, nofilter; got "lines"\n');
  });
});

interface Job { variables: Record<string, string>; before_script: string[]; script: string[] }

/** before_script and script in one bash, stopping at the first failing line, as a GitLab runner does. */
async function runGitLabJob(dir: string, predefined: Record<string, string>, overrides: Record<string, string> = {}): Promise<{ status: number | null; log: string }> {
  const job = (parse(await readFile(path.join(REPO_ROOT, 'templates/calico-lint.gitlab-ci.yml'), 'utf8')) as Record<string, Job>)['.calico-lint']!;
  // GitLab expands variables that name other variables ($CI_MERGE_REQUEST_DIFF_BASE_SHA) before the job starts.
  const variables = Object.fromEntries(Object.entries(job.variables).map(([name, value]) =>
    [name, value.replace(/\$([A-Z_]+)/g, (_, ref: string) => predefined[ref] ?? '')]));
  // npm stand-in: links this checkout's CLI where the template installs calico-lint (npm install --prefix P).
  const stub = await mkdtemp(path.join(tmpdir(), 'calico-lint-npm-stub-'));
  await writeFile(path.join(stub, 'npm'), '#!/bin/sh\nprefix=; previous=\nfor arg in "$@"; do [ "$previous" = --prefix ] && prefix=$arg; previous=$arg; done\n' +
    `mkdir -p "$prefix/node_modules/.bin" && ln -s '${BIN}' "$prefix/node_modules/.bin/calico-lint"\n`, { mode: 0o755 });
  const env = { PATH: `${stub}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: process.env.HOME ?? dir, CI_PROJECT_DIR: dir, ...predefined, ...variables, ...overrides };
  const run = spawnSync('bash', ['-e', '-c', [...job.before_script, ...job.script].join('\n')], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, log: run.stdout + run.stderr };
}

async function codeQualityPaths(root: string): Promise<string[]> {
  const report = JSON.parse(await readFile(path.join(root, 'gl-code-quality-report.json'), 'utf8')) as Array<{ location: { path: string } }>;
  return report.map((issue) => issue.location.path).sort();
}

async function codeQualityFingerprints(root: string): Promise<string[]> {
  const report = JSON.parse(await readFile(path.join(root, 'gl-code-quality-report.json'), 'utf8')) as Array<{ fingerprint: string }>;
  return report.map((issue) => issue.fingerprint).sort();
}

describe('GitLab template: CALICO_LINT_BASE', () => {
  it('in a merge request pipeline: --base CI_MERGE_REQUEST_DIFF_BASE_SHA; the job log shows the added finding, the report every finding', async () => {
    const { root, baseSha } = await pullRequest();
    const run = await runGitLabJob(root, { CI_MERGE_REQUEST_DIFF_BASE_SHA: baseSha, CI_PIPELINE_SOURCE: 'merge_request_event' });
    assert.equal(run.status, 1);
    // GitLab computes resolved issues as the target's fingerprints minus the merge request's: a filtered report would "resolve" old.yaml.
    assert.deepEqual(await codeQualityPaths(root), ['new.yaml', 'old.yaml']);
    assert.match(run.log, /new\.yaml/);
    assert.doesNotMatch(run.log, /old\.yaml/);
  });

  it('a two-commit repository: the Code Quality and JUnit reports are complete under every filter mode, the exit status follows the mode', async () => {
    // The merge request adds a clean manifest; the target branch already has a finding.
    const root = await gitRepo({ 'old.yaml': pod('old') }, { 'clean.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n' });
    const baseSha = runGit(root, ['rev-parse', 'main']).trim();
    const expectedStatus: Record<string, number> = { added: 0, diff_context: 0, file: 0, nofilter: 1 };
    const target = await runGitLabJob(root, { CI_PIPELINE_SOURCE: 'push' });
    const targetFingerprints = await codeQualityFingerprints(root);
    assert.equal(target.status, 1);
    for (const [mode, status] of Object.entries(expectedStatus)) {
      const run = await runGitLabJob(root, { CI_MERGE_REQUEST_DIFF_BASE_SHA: baseSha, CI_PIPELINE_SOURCE: 'merge_request_event' }, { CALICO_LINT_FILTER_MODE: mode });
      assert.equal(run.status, status, `${mode}: ${run.log}`);
      assert.deepEqual(await codeQualityPaths(root), ['old.yaml'], mode);
      // Nothing resolved: the merge request's report holds every fingerprint of the target branch's.
      assert.deepEqual(await codeQualityFingerprints(root), targetFingerprints, mode);
      const junit = await readFile(path.join(root, 'calico-lint-junit.xml'), 'utf8');
      assert.match(junit, /<testcase classname="old\.yaml" name="no-host-network: Pod\/default\/old spec\.hostNetwork"[^>]*>\s*<failure type="error"/, mode);
    }
  });

  it('in a branch pipeline: every finding', async () => {
    const { root } = await pullRequest();
    const run = await runGitLabJob(root, { CI_PIPELINE_SOURCE: 'push' });
    assert.equal(run.status, 1);
    const report = JSON.parse(await readFile(path.join(root, 'gl-code-quality-report.json'), 'utf8')) as Array<{ location: { path: string } }>;
    assert.deepEqual(report.map((issue) => issue.location.path).sort(), ['new.yaml', 'old.yaml']);
  });
});
