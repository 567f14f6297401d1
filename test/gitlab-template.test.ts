/**
 * templates/calico-lint.gitlab-ci.yml (hidden job for `include:` + `extends:`)
 * and templates/calico-lint/template.yml (the same job as a CI/CD component):
 * the `script:` runs the way a GitLab runner runs it, all lines in one shell
 * with `set -e` (bash with pipefail, and POSIX dash as a stand-in for the
 * image's busybox sh), the job's variables in the environment, in a copy of a
 * fixture.
 *
 * `npm` is a stub on PATH in most tests (it records its arguments and working
 * folder, then links this checkout's CLI where npm would install it), so that
 * each run takes a second; one test installs the real `npm pack` tarball
 * (packed once per test run: helpers/pack.ts) with the real npm, in a
 * repository that tries to take over the install.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseAllDocuments } from 'yaml';
import { BIN, REPO_ROOT, workspace } from './helpers/cli.js';
import { packOnce } from './helpers/pack.js';

interface Job {
  image: string;
  before_script?: string[];
  stage?: string;
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; paths: string[]; reports: { codequality: string; junit: string } };
}

const TEMPLATE = path.join(REPO_ROOT, 'templates/calico-lint.gitlab-ci.yml');
const COMPONENT = path.join(REPO_ROOT, 'templates/calico-lint/template.yml');
const VERSION = (JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** Node.js release lines with upstream support on the date of this release (Node 20 ended in April 2026). */
const SUPPORTED_NODE_MAJORS = ['22', '24'];

async function loadJob(): Promise<Job> {
  const template = parse(await readFile(TEMPLATE, 'utf8')) as Record<string, Job>;
  assert.deepEqual(Object.keys(template), ['.calico-lint'], 'the template defines only the hidden job');
  return template['.calico-lint']!;
}

interface ComponentInput {
  default?: string;
  description: string;
  type?: string;
}

async function loadComponent(): Promise<{ inputs: Record<string, ComponentInput>; jobs: Record<string, Job> }> {
  const docs = parseAllDocuments(await readFile(COMPONENT, 'utf8'));
  assert.equal(docs.length, 2, 'a component is a spec document, ---, then the jobs');
  for (const doc of docs) assert.deepEqual(doc.errors, []);
  const spec = docs[0]!.toJS() as { spec: { inputs: Record<string, ComponentInput> } };
  return { inputs: spec.spec.inputs, jobs: docs[1]!.toJS() as Record<string, Job> };
}

/** GitLab's `$[[ inputs.name ]]` interpolation, on the parsed values as GitLab does it. */
function interpolate<T>(value: T, inputs: Record<string, string>): T {
  if (typeof value === 'string') {
    return value.replace(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g, (_, name: string) => {
      assert.ok(Object.hasOwn(inputs, name), `unknown input ${name}`);
      return inputs[name]!;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((item) => interpolate(item, inputs)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolate(item, inputs)])) as T;
  }
  return value;
}

interface JobRun {
  status: number | null;
  log: string;
  /** Each npm call: its working folder, then its arguments. */
  npmCalls: string[][];
}

interface RunOptions {
  shell?: 'bash' | 'dash';
  /** Use the real npm on PATH instead of the stub. */
  realNpm?: boolean;
  /** The npm stub fails, as npm does when the registry cannot be reached. */
  npmFails?: boolean;
}

/** A stand-in for npm: records the call, then links this checkout's CLI where `npm install --prefix P` would put it. */
async function npmStub(): Promise<{ dir: string; log: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-npm-stub-'));
  const log = path.join(dir, 'calls.log');
  await writeFile(path.join(dir, 'npm'), [
    '#!/bin/sh',
    'printf "%s\\n" "$PWD" "$@" "--end--" >> "$NPM_STUB_LOG"',
    '[ -n "$NPM_STUB_FAIL" ] && { echo "npm error code ENOTFOUND" >&2; exit 1; }',
    'prefix=; previous=',
    'for arg in "$@"; do [ "$previous" = --prefix ] && prefix=$arg; previous=$arg; done',
    `mkdir -p "$prefix/node_modules/.bin" && ln -s '${BIN}' "$prefix/node_modules/.bin/calico-lint"`,
    '',
  ].join('\n'));
  await chmod(path.join(dir, 'npm'), 0o755);
  return { dir, log };
}

/** Runs the job's script in `dir` as a GitLab runner does: one shell, `set -e`, each line echoed before it runs. */
async function runJob(job: Job, dir: string, variables: Record<string, string> = {}, options: RunOptions = {}): Promise<JobRun> {
  const stub = await npmStub();
  const env: Record<string, string> = {
    PATH: options.realNpm ? (process.env.PATH ?? '/usr/bin:/bin') : `${stub.dir}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: dir,
    NPM_STUB_LOG: stub.log,
    ...(options.npmFails ? { NPM_STUB_FAIL: '1' } : {}),
    // GitLab expands variables that name other variables ($CI_MERGE_REQUEST_DIFF_BASE_SHA: none here) before the job starts.
    ...Object.fromEntries(Object.entries(job.variables).map(([name, value]) => [name, value.replace(/\$([A-Z_]+)/g, '')])),
    ...variables,
  };
  const shell = options.shell ?? 'bash';
  const lines = [...(job.before_script ?? []), ...job.script].map((line) => `printf '%s\\n' ${shellQuote(`$ ${line}`)}\n${line}`);
  const script = `${shell === 'bash' ? 'set -eo pipefail' : 'set -e'}\n${lines.join('\n')}\n`;
  const run = spawnSync(shell, ['-c', script], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  if (run.error) throw run.error;
  const calls = existsSync(stub.log) ? (await readFile(stub.log, 'utf8')).split('--end--\n').filter(Boolean).map((call) => call.trimEnd().split('\n')) : [];
  return { status: run.status, log: run.stdout + run.stderr, npmCalls: calls };
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

async function fixtureCopy(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-gitlab-'));
  await cp(path.join(REPO_ROOT, 'fixtures', name), path.join(dir, name), { recursive: true });
  return dir;
}

const hostPod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ci}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: busybox}]\n`;

async function codeQuality(dir: string): Promise<Array<{ check_name: string; severity: string; location: { path: string; lines: { begin: number } }; fingerprint: string; description: string }>> {
  return JSON.parse(await readFile(path.join(dir, 'gl-code-quality-report.json'), 'utf8'));
}

describe('GitLab CI template', () => {
  it('is a hidden job on a supported Node.js image that publishes Code Quality and JUnit reports even when it fails', async () => {
    const job = await loadJob();
    const image = /^node:(\d+)-alpine$/.exec(job.image);
    assert.ok(image && SUPPORTED_NODE_MAJORS.includes(image[1]!), `${job.image} is a supported Node.js line`);
    assert.equal(job.artifacts.when, 'always');
    assert.deepEqual(job.artifacts.reports, { codequality: 'gl-code-quality-report.json', junit: 'calico-lint-junit.xml' });
    assert.deepEqual(job.artifacts.paths, ['gl-code-quality-report.json', 'calico-lint-junit.xml']);
  });

  it('installs the exact calico-lint version of this package.json, and the README and docs include this release', async () => {
    const job = await loadJob();
    assert.equal(job.variables.CALICO_LINT_PACKAGE, `calico-lint@${VERSION}`);
    for (const doc of ['README.md', 'docs/ci.md']) {
      const text = await readFile(path.join(REPO_ROOT, doc), 'utf8');
      assert.ok(text.includes(`calico-lint/v${VERSION}/templates/calico-lint.gitlab-ci.yml`), `${doc} includes the template of this version`);
      const pinned = [...text.matchAll(/calico-lint@(\d+\.\d+\.\d+)|calico-lint\/v(\d+\.\d+\.\d+)\/|ref: v(\d+\.\d+\.\d+)/g)]
        .map((match) => match[1] ?? match[2] ?? match[3]);
      assert.ok(pinned.length > 0);
      assert.deepEqual([...new Set(pinned)], [VERSION], `${doc} pins this release everywhere`);
      for (const [, block] of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
        assert.doesNotMatch(block!, /\bnpx\b/, `${doc}: no CI recipe runs npx in the checked-out tree`);
      }
    }
  });

  it('on the published recipe: installs outside the project, writes both reports, then fails the job with 1', async () => {
    const job = await loadJob();
    const dir = await fixtureCopy('recipe-published');
    const run = await runJob(job, dir);
    assert.equal(run.status, 1, run.log);
    assert.match(run.log, /\u001b\[/, 'the log run is in color');
    // eslint-disable-next-line no-control-regex
    assert.match(run.log.replace(/\u001b\[\d+m/g, ''), /recipe-published\/ippools\.yaml:23:17/);
    assert.match(run.log, /calico-lint found problems/);

    assert.equal(run.npmCalls.length, 1);
    // One analysis for the log and both reports.
    assert.deepEqual(job.script.filter((line) => /^calico_lint /.test(line)), ['calico_lint --color --report gitlab=gl-code-quality-report.json --report junit=calico-lint-junit.xml']);
    const [cwd, ...args] = run.npmCalls[0]!;
    assert.ok(!cwd!.startsWith(dir), `npm runs outside the project folder (${cwd})`);
    assert.deepEqual(args, ['install', '--prefix', cwd, '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `calico-lint@${VERSION}`]);

    const issues = await codeQuality(dir);
    assert.deepEqual(issues.map((issue) => [issue.check_name, issue.severity, issue.location]), [
      ['pool-annotation-valid', 'major', { path: 'recipe-published/gitlab-runner.yaml', lines: { begin: 21 } }],
      ['selector-yaml-tag', 'major', { path: 'recipe-published/ippools.yaml', lines: { begin: 23 } }],
    ]);
    for (const issue of issues) {
      assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);
      assert.ok(issue.description.length > 20);
    }
    const junit = await readFile(path.join(dir, 'calico-lint-junit.xml'), 'utf8');
    assert.ok(junit.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="calico-lint" tests="2" failures="2" errors="0" skipped="0" time="0">'));
    assert.match(junit, /<testcase classname="recipe-published\/ippools\.yaml" name="selector-yaml-tag: IPPool\/infraestrutura" file="recipe-published\/ippools\.yaml" time="0">/);

  });

  it('on the corrected recipe: writes empty reports and passes, never linting its own reports', async () => {
    const job = await loadJob();
    const dir = await fixtureCopy('recipe-corrected');
    const run = await runJob(job, dir);
    assert.equal(run.status, 0, run.log);
    // A second pipeline on the same folder (reports left from the first one) sees the same two files; in a
    // POSIX shell without bash this time (the node:*-alpine image has busybox sh).
    assert.equal((await runJob(job, dir, {}, { shell: 'dash' })).status, 0);
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
    const lenient = await runJob(job, dir, { CALICO_LINT_PATHS: 'clusters', CALICO_LINT_ARGS: '--config ci/lint.yaml' });
    assert.equal(lenient.status, 0, lenient.log);
    assert.deepEqual((await codeQuality(dir)).map((issue) => [issue.severity, issue.location.path]), [['minor', 'clusters/pool.yaml']]);

    const strict = await runJob(job, dir, { CALICO_LINT_PATHS: 'clusters', CALICO_LINT_ARGS: '--config ci/lint.yaml --max-warnings 0' });
    assert.equal(strict.status, 1, 'reports are written, then the job fails');
    assert.ok(existsSync(path.join(dir, 'calico-lint-junit.xml')));
  });

  it('passes globs to calico-lint unexpanded: every file of clusters/**/*.yaml, and a file named --config=… stays a file', async () => {
    const job = await loadJob();
    const files: Record<string, string> = { '--config=evil.yaml': hostPod('named-like-an-option') };
    for (let i = 0; i < 13; i++) files[`clusters/c${i % 3}/apps/p${i}.yaml`] = hostPod(`p${i}`);
    const dir = await workspace(files);
    for (const shell of ['bash', 'dash'] as const) {
      const run = await runJob(job, dir, { CALICO_LINT_PATHS: '*.yaml clusters/**/*.yaml' }, { shell });
      assert.equal(run.status, 1, run.log);
      const paths = (await codeQuality(dir)).map((issue) => issue.location.path);
      assert.equal(paths.length, 14, `${shell}: 13 files under clusters/ and the oddly named one`);
      assert.ok(paths.includes('--config=evil.yaml'));
    }
  });

  it('stops with 2, saying the merge request was not linted, when calico-lint cannot run (usage or configuration error)', async () => {
    const job = await loadJob();
    const dir = await fixtureCopy('recipe-corrected');
    const run = await runJob(job, dir, { CALICO_LINT_ARGS: '--config missing.yaml' });
    assert.equal(run.status, 2, run.log);
    assert.match(run.log, /calico-lint: cannot read configuration missing\.yaml: no such file or directory/);
    assert.match(run.log, /calico-lint could not run \(exit code 2\): the merge request was NOT linted/);
    assert.doesNotMatch(run.log, /found problems/);
    assert.equal(existsSync(path.join(dir, 'gl-code-quality-report.json')), false);
  });

  it('fails with 2, not as findings, when the install fails', async () => {
    const job = await loadJob();
    const dir = await fixtureCopy('recipe-published');
    const run = await runJob(job, dir, {}, { npmFails: true });
    assert.equal(run.status, 2, run.log);
    assert.match(run.log, new RegExp(`calico-lint could not be installed \\(calico-lint@${VERSION.replace(/\./g, '\\.')}\\): the merge request was NOT linted\\.`));
    assert.equal(existsSync(path.join(dir, 'gl-code-quality-report.json')), false);
  });

  it('installs the packed tarball with the real npm, and nothing in the repository takes part: .npmrc, node_modules/.bin, NODE_OPTIONS', async () => {
    const job = await loadJob();
    const { tarball } = await packOnce();

    const dir = await fixtureCopy('recipe-published');
    const marker = path.join(dir, 'repository-code-ran');
    const evil = path.join(dir, 'evil.cjs');
    await writeFile(evil, `require('fs').writeFileSync(${JSON.stringify(marker)}, 'NODE_OPTIONS')\n`);
    // Read by an npm started in the project, this would install nothing (and run the repository's code as node options).
    await writeFile(path.join(dir, '.npmrc'), `dry-run=true\nnode-options=--require ${evil}\n`);
    await mkdir(path.join(dir, 'node_modules/.bin'), { recursive: true });
    await writeFile(path.join(dir, 'node_modules/.bin/calico-lint'), `#!/bin/sh\necho committed-bin > ${shellQuote(marker)}\nexit 0\n`);
    await chmod(path.join(dir, 'node_modules/.bin/calico-lint'), 0o755);

    const run = await runJob(job, dir, {
      CALICO_LINT_PACKAGE: tarball,
      NODE_OPTIONS: `--require ${evil}`,
      // As a CI/CD variable would: the dependencies come from npm's cache when it has them.
      npm_config_prefer_offline: 'true',
    }, { realNpm: true });
    assert.equal(run.status, 1, run.log);
    assert.equal(existsSync(marker), false, existsSync(marker) ? await readFile(marker, 'utf8') : '');
    assert.equal((await codeQuality(dir)).length, 2);
  });
});

describe('GitLab CI/CD component', () => {
  it('declares inputs whose defaults are the template\'s variables, and runs the template\'s script', async () => {
    const template = await loadJob();
    const { inputs, jobs } = await loadComponent();
    assert.deepEqual(Object.keys(jobs), ['calico-lint']);
    const job = jobs['calico-lint']!;
    for (const input of Object.values(inputs)) assert.ok(input.description.length > 10);
    assert.deepEqual(Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.default])), {
      stage: 'test',
      image: template.image,
      package: template.variables.CALICO_LINT_PACKAGE,
      paths: template.variables.CALICO_LINT_PATHS,
      args: template.variables.CALICO_LINT_ARGS,
      base: template.variables.CALICO_LINT_BASE,
      'filter-mode': template.variables.CALICO_LINT_FILTER_MODE,
    });
    assert.deepEqual(job.script, template.script, 'one script for both');
    assert.deepEqual(job.before_script, template.before_script);
    assert.deepEqual(job.artifacts, template.artifacts);
    const defaults = Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.default!]));
    const { variables, image, stage } = interpolate(job, defaults);
    assert.deepEqual({ variables, image, stage }, { variables: template.variables, image: template.image, stage: 'test' });
  });

  it('runs with its inputs as GitLab interpolates them', async () => {
    const { inputs, jobs } = await loadComponent();
    const values = { ...Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.default!])), paths: 'recipe-published/ippools.yaml', args: '--max-warnings 0' };
    const job = interpolate(jobs['calico-lint']!, values);
    const dir = await fixtureCopy('recipe-published');
    const run = await runJob(job, dir);
    assert.equal(run.status, 1, run.log);
    assert.deepEqual((await codeQuality(dir)).map((issue) => issue.location.path), ['recipe-published/ippools.yaml']);
  });
});
