/**
 * Issue 18 item 8, the `--base` bounds: only the linted paths are diffed (a
 * repository's unrelated text is never read), the patch is read as a stream
 * with a cap per file, and each size is given here. Real Git repositories.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { changesSince } from '../src/git/git.js';
import { runBin } from './helpers/cli.js';
import { gitRepo, runGit } from './helpers/git-repo.js';

const hostPod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: prod}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: i}]\n';
const MANIFESTS = [':(top,glob)**/*.yaml', ':(top,glob)**/*.yml', ':(top,glob)**/*.json'];

/** `lines` lines of text, built without a string of that size per line. */
function text(lines: number, line: string): Buffer {
  const one = Buffer.from(line);
  const buffer = Buffer.alloc(lines * one.length);
  for (let i = 0; i < lines; i++) one.copy(buffer, i * one.length);
  return buffer;
}

describe('--base diffs only the linted paths, and in bounded memory', () => {
  it('64 MiB of unrelated text changed beside the manifests: not diffed, and the run is right', async () => {
    const root = await gitRepo({ 'clusters/ok.yaml': 'a: 1\n', 'data/big.txt': 'old\n' }, {});
    await writeFile(path.join(root, 'data/big.txt'), text(4 * 1024 * 1024, 'unrelated text!\n')); // 64 MiB
    await writeFile(path.join(root, 'clusters/pod.yaml'), hostPod);
    runGit(root, ['add', '-A']);
    runGit(root, ['commit', '-q', '-m', 'big']);
    const base = runGit(root, ['rev-parse', 'main']).trim();
    const changes = await changesSince(root, base, MANIFESTS);
    assert.deepEqual(changes.map((change) => `${change.status} ${change.newPath}`), ['added clusters/pod.yaml']);
    for (const args of [['clusters/'], ['.']]) {
      const run = runBin(['-f', 'unix', '--base', 'main', '--filter-mode', 'added', ...args], { cwd: root });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /clusters\/pod\.yaml:5:3: .*\[Error\/no-host-network\]/);
    }
  });

  it('a manifest with 1,100,000 added lines (6.6 MB): counted as changed throughout, not line by line', async () => {
    const root = await gitRepo({ 'a.yaml': 'a: 1\n' }, {});
    await writeFile(path.join(root, 'a.yaml'), text(1_100_000, 'x: 12\n'));
    const base = runGit(root, ['rev-parse', 'main']).trim();
    const [change] = await changesSince(root, base, MANIFESTS);
    assert.equal(change?.whole, true);
    assert.equal(change?.addedLines.size, 0);
    assert.equal(change?.hunks.length, 0);
  });

  it('a manifest with 10,000 added lines is tracked line by line', async () => {
    const root = await gitRepo({ 'a.yaml': 'a: 1\n' }, {});
    await writeFile(path.join(root, 'a.yaml'), Buffer.concat([Buffer.from('a: 1\n'), text(10_000, 'x: 12\n')]));
    const base = runGit(root, ['rev-parse', 'main']).trim();
    const [change] = await changesSince(root, base, MANIFESTS);
    assert.equal(change?.whole, undefined);
    assert.equal(change?.addedLines.size, 10_000);
    assert.deepEqual(change?.hunks, [{ start: 1, end: 10_001 }]);
  });

  it('a path given on the command line that is a file is diffed by its exact name', async () => {
    const root = await gitRepo({ 'weird[1].yaml': 'a: 1\n', 'other.yaml': 'a: 1\n' }, { 'weird[1].yaml': hostPod, 'other.yaml': hostPod });
    const run = runBin(['-f', 'unix', '--base', 'main', '--filter-mode', 'added', 'weird[1].yaml'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /weird\[1\]\.yaml:5:3: /);
    assert.doesNotMatch(run.stdout, /other\.yaml/);
  });
});
