/**
 * Real `--format sarif` output of the CLI: GitHub's primaryLocationLineHash
 * survives unrelated edits (lines and objects inserted above, the flagged value
 * edited, the resource moved to another file of its cluster) and changes with
 * what identifies the finding (resource name, cluster). Also: artifact URIs
 * relative to the Git root of the linted files, the category, and suppressed
 * findings left out unless --keep-suppressed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import type * as Sarif from 'sarif';
import { runBin, workspace } from './helpers/cli.js';

const CONFIG = 'clusters:\n  - {name: prod, paths: ["prod/**"]}\n  - {name: staging, paths: ["staging/**"]}\n';

const pool = (name: string, cidr: string) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n`;
const pod = (name: string, hostNetwork: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ci\nspec:\n  hostNetwork: ${hostNetwork}\n  containers: [{name: c, image: busybox}]\n`;

interface Hashed {
  ruleId: string;
  uri: string;
  line: number;
  lineHash: string;
}

async function sarif(cwd: string, args: string[] = []): Promise<Sarif.Log> {
  const run = runBin(['-f', 'sarif', '-o', 'out.sarif', ...args], { cwd });
  assert.equal(run.status, 1, run.stderr);
  const log = JSON.parse(await readFile(path.join(cwd, 'out.sarif'), 'utf8')) as Sarif.Log;
  await rm(path.join(cwd, 'out.sarif'));
  return log;
}

function hashed(log: Sarif.Log): Hashed[] {
  return log.runs[0]!.results!.map((result) => ({
    ruleId: result.ruleId!,
    uri: result.locations![0]!.physicalLocation!.artifactLocation!.uri!,
    line: result.locations![0]!.physicalLocation!.region!.startLine!,
    lineHash: result.partialFingerprints!.primaryLocationLineHash!,
  })).filter((h) => ['ippool-cidr-overlap', 'no-host-network'].includes(h.ruleId)) // not config warnings (a cluster with no file yet)
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

describe('SARIF primaryLocationLineHash', () => {
  it('is stable across unrelated edits and moves, and changes with the resource or the cluster', async () => {
    const cwd = await workspace({
      '.calico-lint.yaml': CONFIG,
      'prod/pools.yaml': `${pool('a', '10.0.0.0/16')}---\n${pool('b', '10.0.0.0/20')}`,
      'prod/pods.yaml': pod('runner', 'true'),
    });
    const before = hashed(await sarif(cwd));
    assert.deepEqual(before.map((h) => [h.ruleId, h.uri, h.line]), [
      ['ippool-cidr-overlap', 'prod/pools.yaml', 13],
      ['no-host-network', 'prod/pods.yaml', 7],
    ]);
    assert.match(before[0]!.lineHash, /^[0-9a-f]{32}:1$/);

    // Comments, blank lines and another object above; the flagged values edited (still overlapping, still host network).
    await writeFile(path.join(cwd, 'prod/pools.yaml'),
      `# pools\n\n${pool('c', '192.168.0.0/24')}---\n${pool('a', '10.0.0.0/16')}---\n# narrowed\n${pool('b', '10.0.4.0/24')}`);
    await writeFile(path.join(cwd, 'prod/pods.yaml'), `# CI\n---\n${pod('runner', 'yes')}`);
    const edited = hashed(await sarif(cwd));
    assert.deepEqual(edited.map((h) => h.line), [23, 9], 'the findings moved down');
    assert.deepEqual(edited.map((h) => h.lineHash), before.map((h) => h.lineHash));

    // The pod moved to another file of the same cluster.
    await rm(path.join(cwd, 'prod/pods.yaml'));
    await mkdir(path.join(cwd, 'prod/ci'));
    await writeFile(path.join(cwd, 'prod/ci/runner.yaml'), pod('runner', 'true'));
    const moved = hashed(await sarif(cwd));
    assert.equal(moved[1]!.uri, 'prod/ci/runner.yaml');
    assert.equal(moved[1]!.lineHash, before[1]!.lineHash);

    // Renamed, and the same object in another cluster: other alerts.
    await writeFile(path.join(cwd, 'prod/ci/runner.yaml'), pod('runner-2', 'true'));
    const renamed = hashed(await sarif(cwd));
    assert.notEqual(renamed[1]!.lineHash, before[1]!.lineHash);
    await rm(path.join(cwd, 'prod/ci/runner.yaml'));
    await mkdir(path.join(cwd, 'staging'));
    await writeFile(path.join(cwd, 'staging/pods.yaml'), pod('runner', 'true'));
    const otherCluster = hashed(await sarif(cwd));
    assert.equal(otherCluster[1]!.uri, 'staging/pods.yaml');
    assert.notEqual(otherCluster[1]!.lineHash, before[1]!.lineHash);
  });
});

describe('SARIF run details from the command line', () => {
  it('makes artifact URIs relative to the Git root of the linted files, wherever calico-lint starts', async () => {
    const parent = await workspace({ 'repo/apps/p.yaml': pod('runner', 'true') });
    const git = spawnSync('git', ['-c', 'core.hooksPath=/dev/null', 'init', '-q', 'repo'], { cwd: parent, encoding: 'utf8' });
    assert.equal(git.status, 0, git.stderr);
    const uri = (log: Sarif.Log) => log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri;
    const fromParent = await sarif(parent, ['repo/apps']);
    assert.equal(uri(fromParent), 'apps/p.yaml');
    assert.equal(fromParent.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri, `file://${path.join(parent, 'repo')}/`);
    assert.equal(uri(await sarif(path.join(parent, 'repo/apps'), ['.'])), 'apps/p.yaml');

    // Outside any repository: relative to the working folder, as before.
    const plain = await workspace({ 'apps/p.yaml': pod('runner', 'true') });
    assert.equal(uri(await sarif(plain, ['apps'])), 'apps/p.yaml');
  });

  it('sets the category with --category, and keeps suppressed findings only with --keep-suppressed', async () => {
    const cwd = await workspace({
      'pods.yaml': pod('runner', 'true') + '---\n' +
        pod('agent', 'true').replace('  hostNetwork', '  # calico-lint-disable-next-line no-host-network -- node agent\n  hostNetwork'),
    });
    const plain = await sarif(cwd);
    assert.equal(plain.runs[0]!.automationDetails, undefined);
    assert.deepEqual(plain.runs[0]!.results!.map((r) => [r.message.text?.includes('runner'), r.suppressions]), [[true, undefined]]);

    const kept = await sarif(cwd, ['--category', 'calico-lint/prod', '--keep-suppressed']);
    assert.deepEqual(kept.runs[0]!.automationDetails, { id: 'calico-lint/prod/' });
    assert.deepEqual(kept.runs[0]!.results!.map((r) => r.suppressions), [undefined, [{ kind: 'inSource', justification: 'node agent' }]]);

    const empty = runBin(['-f', 'sarif', '--category', ' '], { cwd });
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /--category <id>' argument ' ' is invalid\. must not be empty\./);
  });
});
