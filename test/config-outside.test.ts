/**
 * docs/ci.md: lint untrusted pull requests with the base branch's
 * configuration, checked out elsewhere. Its `clusters[].paths` and `ignores`
 * must scope the pull request's files exactly as the in-repository copy does.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { configBaseDir } from '../src/config/config-root.js';
import { runBin, workspace } from './helpers/cli.js';

const HONEST_CONFIG = yamlLines(
  'clusters:',
  '  - {name: a, paths: ["clusters/a/**"]}',
  '  - {name: b, paths: ["clusters/b/**"]}',
  'ignores: ["vendor/**"]',
);

/** What the pull request changes its own configuration to: no scoping, no rule. */
const WEAKENED_CONFIG = 'rules: {no-host-network: off, ippool-cidr-overlap: off}\n';

const pool = (name: string) =>
  `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: {cidr: 10.20.0.0/16}\n`;

const REPOSITORY_FILES = {
  // The same CIDR in two clusters is fine; in one cluster it would be an overlap.
  'clusters/a/pools.yaml': pool('pods-a'),
  'clusters/b/pools.yaml': pool('pods-b'),
  'clusters/a/miner.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: miner, namespace: tenant}\nspec: {hostNetwork: true}\n',
  // Ignored by the honest configuration: third-party test data.
  'vendor/upstream/test-pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: t, namespace: x}\nspec: {hostNetwork: true}\n',
};

const EXPECTED = ['clusters/a/miner.yaml:4:8 no-host-network'];

function yamlLines(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

function gitInit(dir: string): void {
  const run = spawnSync('git', ['-c', 'core.hooksPath=/dev/null', 'init', '-q', dir], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}

function findings(args: string[], cwd: string): string[] {
  const run = runBin(['-f', 'json', ...args], { cwd });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ line: number; column: number; ruleId: string }> }>;
  return results.flatMap((result) =>
    result.messages.map((m) => `${path.relative(cwd, result.filePath)}:${m.line}:${m.column} ${m.ruleId}`));
}

describe('a configuration from outside the repository', () => {
  it('scopes clusters and ignores as the in-repository copy does', async () => {
    const pr = await workspace({ ...REPOSITORY_FILES, '.calico-lint.yaml': WEAKENED_CONFIG });
    gitInit(pr);
    const base = await workspace({ '.calico-lint.yaml': HONEST_CONFIG });
    gitInit(base);
    const loose = await mkdtemp(path.join(tmpdir(), 'calico-lint-config-'));
    await writeFile(path.join(loose, 'base-config.yaml'), HONEST_CONFIG); // git show main:.calico-lint.yaml > …

    const inRepository = await workspace({ ...REPOSITORY_FILES, '.calico-lint.yaml': HONEST_CONFIG });
    gitInit(inRepository);
    assert.deepEqual(findings(['.'], inRepository), EXPECTED, 'the reference: the honest configuration in the repository');

    assert.deepEqual(findings(['.'], pr), [], 'the pull request weakened its own configuration');
    assert.deepEqual(findings(['--config', path.join(base, '.calico-lint.yaml'), '.'], pr), EXPECTED, "the base branch's checkout");
    assert.deepEqual(findings(['--config', path.join(loose, 'base-config.yaml'), '.'], pr), EXPECTED, 'a loose copy');
    assert.deepEqual(findings(['--config', path.join(loose, 'base-config.yaml'), 'clusters', 'vendor'], pr), EXPECTED, 'paths named');
  });

  it('a configuration in a subfolder of the base checkout applies to the same subfolder', async () => {
    const files = Object.fromEntries(Object.entries(REPOSITORY_FILES).map(([name, text]) => [`k8s/${name}`, text]));
    const pr = await workspace(files);
    gitInit(pr);
    const base = await workspace({ 'k8s/.calico-lint.yaml': HONEST_CONFIG });
    gitInit(base);
    assert.deepEqual(findings(['--config', path.join(base, 'k8s/.calico-lint.yaml'), 'k8s'], pr), [`k8s/${EXPECTED[0]}`]);
  });

  it('where relative paths start', () => {
    assert.equal(configBaseDir('/nowhere/x/.calico-lint.yaml', '/'), '/nowhere/x', 'no repository: the file\'s folder, as always');
  });
});
