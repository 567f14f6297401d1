/**
 * The bench's own pieces that decide what it compares (no timing is asserted:
 * speed is measured by `npm run bench`): the 10%-relevant corpus is 10% by
 * calico-lint's real gate, the relevant-parse floor parses exactly the files
 * that gate keeps, and CALICO_LINT_PROFILE=1 makes the built CLI print every
 * phase the bench's profile table reads (and nothing without it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generate } from '../bench/generate.js';
import { relevantFiles } from '../bench/relevant-files.js';
import { REPO_ROOT, runBin, workspace } from './helpers/cli.js';

describe('bench: the 10%-relevant corpus and the relevant-parse floor', () => {
  let dir: string;
  let root: string;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'calico-lint-bench-test-'));
    dir = path.join(root, 'tenth');
    await generate({ out: dir, mode: 'tenth', files: 3000, seed: 1 });
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('one file in ten is kept by calico-lint\'s own gate', async () => {
    const { files, kept } = await relevantFiles(dir);
    assert.equal(files, 3001); // and .calico-lint.yaml
    assert.equal(kept.length, 301);
    assert.ok(kept.includes('cluster-03/planted/zz-host-network.yaml'));
    assert.ok(!kept.some((file) => file.endsWith('/service.yaml')), 'a Service alone holds nothing Calico');
  });

  it('the relevant floor reads every file and parses exactly the kept ones', async () => {
    const { kept } = await relevantFiles(dir);
    const list = path.join(root, 'kept.json');
    await writeFile(list, JSON.stringify(kept));
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bench/baselines.mjs'), 'relevant', dir, list], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as { files: number; parsed: number; documents: number };
    assert.equal(result.files, 3001);
    assert.equal(result.parsed, kept.length);
    assert.ok(result.documents >= kept.length);
  });
});

describe('CALICO_LINT_PROFILE', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  hostNetwork: true\n';

  it('=1 prints every phase and part on standard error at exit, after the findings', async () => {
    const cwd = await workspace({ 'pod.yaml': pod });
    const run = runBin(['pod.yaml'], { cwd, env: { CALICO_LINT_PROFILE: '1' } });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /no-host-network/);
    const line = /^CALICO_LINT_PROFILE (.*)$/m.exec(run.stderr)?.[1];
    assert.ok(line !== undefined, run.stderr);
    const names = line.split(' ').map((pair) => pair.split('=')[0]);
    assert.deepEqual(names, ['phase.startup', 'phase.config', 'phase.discovery', 'phase.analyze', 'phase.rules', 'phase.format', 'part.read', 'part.gate', 'total']);
    for (const pair of line.split(' ')) assert.match(pair, /=\d+\.\d$/);
  });

  it('is silent unless set to 1', async () => {
    const cwd = await workspace({ 'pod.yaml': pod });
    for (const value of [undefined, '0', 'true']) {
      const run = runBin(['pod.yaml'], { cwd, env: { CALICO_LINT_PROFILE: value } });
      assert.equal(run.status, 1);
      assert.doesNotMatch(run.stderr, /CALICO_LINT_PROFILE/);
    }
  });
});
