/**
 * .github/workflows/release.yml cannot run here (it publishes and pushes), so
 * its shape is checked, and the shell of its steps runs in bash with the
 * variables GitHub sets: the tag/version/changelog check, the npm publish
 * command (npm stubbed), and the move of the major tag (in Git repositories
 * built in temp folders, with a bare repository as `origin`).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/cli.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Workflow {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; if?: string; container?: string; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(await readFile(path.join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow;
const VERSION = (JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function step(job: string, name: string): Step {
  const found = workflow.jobs[job]!.steps.find((s) => s.name === name);
  assert.ok(found?.run, `job ${job} has a step "${name}" with a run script`);
  return found;
}

/** Runs a step's script as the runner does (bash -e), with GitHub's variables. */
function runStep(script: string, cwd: string, env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? cwd, ...env },
  });
  if (run.error) throw run.error;
  return { status: run.status, output: run.stdout + run.stderr };
}

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { cwd, encoding: 'utf8' });
  assert.equal(run.status, 0, `git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

describe('release workflow', () => {
  it('runs on v* tags: tests, then publish with provenance, then the major tag, each job with the least permissions', async () => {
    assert.deepEqual(workflow.on, { push: { tags: ['v*'] } });
    assert.deepEqual(workflow.permissions, { contents: 'read' });
    assert.deepEqual(Object.keys(workflow.jobs), ['test', 'publish', 'major-tag']);
    assert.equal(workflow.jobs.publish!.needs, 'test');
    assert.equal(workflow.jobs['major-tag']!.needs, 'publish');
    assert.deepEqual(workflow.jobs.publish!.permissions, { contents: 'read', 'id-token': 'write' });
    assert.deepEqual(workflow.jobs['major-tag']!.permissions, { contents: 'write' });
    assert.equal(workflow.jobs['major-tag']!.if, "${{ !contains(github.ref_name, '-') }}", 'a pre-release moves no tag');

    const tests = workflow.jobs.test!.steps.map((s) => s.run ?? s.uses ?? '');
    assert.ok(tests.includes('bash .ci/run'), 'the tests run through the CI entry point, which installs chromium and pre-commit');
    assert.match(workflow.jobs.test!.container ?? '', /^node:20-bookworm$/, 'on Debian, where .ci/run can apt-get chromium as root');
    assert.match(await readFile(path.join(REPO_ROOT, '.ci/run'), 'utf8'), /apt-get install -y --no-install-recommends chromium pre-commit\nfi\nnpm ci --no-audit --no-fund\nnpm test\n/);
    assert.match(step('test', 'dist-action/ matches the sources').run!, /npm run build:action\n\s*if ! git diff --exit-code/);
    assert.equal(step('publish', 'Publish to npm with provenance').env?.NODE_AUTH_TOKEN, '${{ secrets.NPM_TOKEN }}');
    for (const job of ['test', 'publish']) {
      const checkout = workflow.jobs[job]!.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
      assert.equal(checkout?.with?.['persist-credentials'], false, `${job} keeps no Git credentials`);
    }
  });

  it('refuses a tag that is not the package.json version, or a version without a CHANGELOG.md section', async () => {
    const script = step('test', 'The tag names the version of package.json and CHANGELOG.md').run!;
    // This repository as it is: the tag of its version passes.
    const here = runStep(script, REPO_ROOT, { GITHUB_REF_NAME: `v${VERSION}` });
    assert.equal(here.status, 0, here.output);

    const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-release-'));
    await writeFile(path.join(dir, 'package.json'), '{"version": "1.2.3"}\n');
    await writeFile(path.join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [1.2.2]\n');
    const wrongTag = runStep(script, dir, { GITHUB_REF_NAME: 'v1.2.4' });
    assert.equal(wrongTag.status, 1);
    assert.match(wrongTag.output, /^::error title=release::tag v1\.2\.4 does not match package\.json version 1\.2\.3 \(expected v1\.2\.3\)$/m);
    const noSection = runStep(script, dir, { GITHUB_REF_NAME: 'v1.2.3' });
    assert.equal(noSection.status, 1);
    assert.match(noSection.output, /CHANGELOG\.md has no section "## \[1\.2\.3\]"/);
    await writeFile(path.join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [1.2.3] - 2026-12-01\n\n## [1.2.2]\n');
    assert.equal(runStep(script, dir, { GITHUB_REF_NAME: 'v1.2.3' }).status, 0);
  });

  it('publishes with provenance, pre-releases under the dist-tag next', async () => {
    const script = step('publish', 'Publish to npm with provenance').run!;
    const bin = await mkdtemp(path.join(tmpdir(), 'calico-lint-npm-'));
    const log = path.join(bin, 'calls');
    await writeFile(path.join(bin, 'npm'), `#!/bin/sh\necho "$*" >> '${log}'\n`);
    await chmod(path.join(bin, 'npm'), 0o755);
    const env = { PATH: `${bin}:${process.env.PATH}` };
    assert.equal(runStep(script, bin, { ...env, GITHUB_REF_NAME: 'v0.2.0' }).status, 0);
    assert.equal(runStep(script, bin, { ...env, GITHUB_REF_NAME: 'v0.3.0-rc.1' }).status, 0);
    assert.deepEqual((await readFile(log, 'utf8')).trimEnd().split('\n'), [
      'publish --provenance --access public --tag latest',
      'publish --provenance --access public --tag next',
    ]);
  });

  it('moves the major tag to each release, pushing it to origin', async () => {
    const script = step('major-tag', 'Move the major tag to this release').run!;
    const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-tags-'));
    const origin = path.join(root, 'origin.git');
    const clone = path.join(root, 'clone');
    git(root, 'init', '-q', '--bare', origin);
    git(root, 'init', '-q', clone);
    git(clone, 'remote', 'add', 'origin', origin);
    const commit = (message: string) => {
      git(clone, 'commit', '-q', '--allow-empty', '-m', message);
      return git(clone, 'rev-parse', 'HEAD');
    };
    const first = commit('0.1.0');
    git(clone, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
    const runAt = (sha: string, tag: string) => {
      const run = runStep(script, clone, { GITHUB_REF_NAME: tag, GITHUB_SHA: sha, GIT_CONFIG_GLOBAL: '/dev/null' });
      assert.equal(run.status, 0, run.output);
    };
    runAt(first, 'v0.1.0');
    assert.equal(git(origin, 'rev-parse', 'refs/tags/v0'), first);
    const second = commit('0.2.0');
    git(clone, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
    runAt(second, 'v0.2.0');
    assert.equal(git(origin, 'rev-parse', 'refs/tags/v0'), second, 'v0 moved');
    runAt(second, 'v1.0.0');
    assert.equal(git(origin, 'rev-parse', 'refs/tags/v1'), second, 'a new major gets its own tag');
    assert.equal(git(origin, 'rev-parse', 'refs/tags/v0'), second);
  });
});
