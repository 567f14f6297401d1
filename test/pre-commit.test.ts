/**
 * .pre-commit-hooks.yaml, run by the real pre-commit (Debian's package; .ci/run
 * installs it) on a temporary repository, as a user's .pre-commit-config.yaml
 * names it. pre-commit installs a `language: node` hook by running `npm
 * install` in a clone of this repository (the prepare script builds it), then
 * `npm pack`, reading the tarball's name from standard output, then `npm
 * install -g` of that tarball: this is the test that `npm pack` prints nothing
 * else there (.npmrc). npm runs offline (npm_config_offline): the
 * devDependencies come from npm's cache, which `npm ci` filled, and the
 * package itself needs nothing. The hook repository is a commit of this
 * working tree's files (tracked and new), so uncommitted changes are tested.
 * It takes minutes: pre-commit installs the hook once, and both runs reuse it.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/cli.js';
import { runGit } from './helpers/git-repo.js';

const PRE_COMMIT = '/usr/bin/pre-commit';

interface Hook {
  id: string;
  entry: string;
  language: string;
  pass_filenames: boolean;
  files: string;
}

/** This working tree as a Git repository of one commit; returns its folder and the commit. */
async function hookRepository(): Promise<{ dir: string; rev: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-hook-repo-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(REPO_ROOT, file))) continue; // deleted in the working tree
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await copyFile(path.join(REPO_ROOT, file), path.join(dir, file));
  }
  runGit(dir, ['init', '-q']);
  runGit(dir, ['add', '-A']);
  runGit(dir, ['commit', '-q', '-m', 'calico-lint as a hook repository']);
  return { dir, rev: runGit(dir, ['rev-parse', 'HEAD']).trim() };
}

describe('pre-commit hook', () => {
  it('declares one node hook that lints the whole repository (pass_filenames: false) when a manifest is staged', async () => {
    const hooks = parse(await readFile(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    assert.equal(hooks.length, 1);
    const [hook] = hooks;
    assert.deepEqual([hook!.id, hook!.entry, hook!.language, hook!.pass_filenames], ['calico-lint', 'calico-lint', 'node', false]);
    const files = new RegExp(hook!.files);
    for (const name of ['a.yaml', 'k/b.yml', 'c.json', '.calico-lint.yaml']) assert.match(name, files);
    assert.doesNotMatch('README.md', files);
  });

  it('installs with pre-commit, offline, and fails a commit of the published recipe, then passes the corrected one', { timeout: 900_000 }, async () => {
    assert.ok(existsSync(PRE_COMMIT), 'pre-commit is installed (apt-get install -y pre-commit; .ci/run installs it)');
    const hook = await hookRepository();
    const repo = await mkdtemp(path.join(tmpdir(), 'calico-lint-pre-commit-'));
    runGit(repo, ['init', '-q']);
    await cp(path.join(REPO_ROOT, 'fixtures/recipe-published'), path.join(repo, 'k8s'), { recursive: true });
    await writeFile(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: calico-lint\n`);
    runGit(repo, ['add', '-A']);
    const env = {
      ...process.env,
      NODE_OPTIONS: '',
      PRE_COMMIT_HOME: await mkdtemp(path.join(tmpdir(), 'calico-lint-pre-commit-home-')),
      npm_config_offline: 'true',
      NO_COLOR: '1',
    };
    // Only one file named, yet the finding that needs the other file's pools is there: the hook lints everything.
    const broken = spawnSync(PRE_COMMIT, ['run', '--files', 'k8s/ippools.yaml'], { cwd: repo, env, encoding: 'utf8', timeout: 840_000 });
    const log = `${broken.stdout}${broken.stderr}`;
    assert.equal(broken.status, 1, log);
    assert.match(log, /calico-lint\.+Failed/);
    assert.match(log, /k8s\/ippools\.yaml:23:17[\s\S]*selector-yaml-tag/);
    assert.match(log, /k8s\/gitlab-runner\.yaml:21:42[\s\S]*pool-annotation-valid/);

    await cp(path.join(REPO_ROOT, 'fixtures/recipe-corrected'), path.join(repo, 'k8s'), { recursive: true, force: true });
    runGit(repo, ['add', '-A']);
    const fixed = spawnSync(PRE_COMMIT, ['run', '--all-files'], { cwd: repo, env, encoding: 'utf8', timeout: 300_000 });
    assert.equal(fixed.status, 0, `${fixed.stdout}${fixed.stderr}`);
    assert.match(fixed.stdout, /calico-lint\.+Passed/);
  });
});
