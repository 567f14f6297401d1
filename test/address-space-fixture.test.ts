/**
 * The address-space fixture (fixtures/address-space/): an RKE2 home lab whose
 * Installation lives in Helm values. calico-lint reports exactly the planted
 * mistakes, at their line and column (inside the valuesContent block too), and
 * the GitHub job summary carries the cluster's address map.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, runBin, workspace } from './helpers/cli.js';

const ARGS = ['--config', 'fixtures/.calico-lint.yaml', 'fixtures/address-space'];

describe('fixtures/address-space', () => {
  it('reports exactly the planted mistakes', () => {
    const run = runBin([...ARGS, '-f', 'json'], { cwd: REPO_ROOT });
    assert.equal(run.status, 1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
    const findings = results.flatMap((result) =>
      result.messages.map((m) => `${path.relative(REPO_ROOT, result.filePath)}:${m.line}:${m.column} ${m.ruleId}`)).sort();
    assert.deepEqual(findings, [
      'fixtures/address-space/ippools.yaml:18:9 ippool-outside-pod-cidr',
      'fixtures/address-space/ippools.yaml:18:9 pool-overlaps-cluster-range',
      'fixtures/address-space/ippools.yaml:29:9 ippool-outside-pod-cidr',
      'fixtures/address-space/ippools.yaml:8:9 loadbalancer-pool-not-advertised',
      'fixtures/address-space/ippools.yaml:8:9 pool-overlaps-cluster-range',
      'fixtures/address-space/ipreservation.yaml:8:7 ipreservation-range',
      // Inside the valuesContent block: the pool's blockSize, its name (clashing with the IPPool), an IPPool-only field.
      'fixtures/address-space/rke2-calico-config.yaml:16:22 pool-capacity',
      'fixtures/address-space/rke2-calico-config.yaml:23:17 ippool-duplicate-name',
      'fixtures/address-space/rke2-calico-config.yaml:29:11 ippool-valid',
      'fixtures/address-space/web-service.yaml:8:5 service-loadbalancer-annotation',
    ]);
  });

  it('every planted mistake is marked in the files', async () => {
    let planted = 0;
    for (const file of ['rke2-calico-config.yaml', 'ippools.yaml', 'metallb.yaml', 'bgp.yaml', 'ipreservation.yaml', 'web-service.yaml']) {
      planted += (await readFile(path.join(REPO_ROOT, 'fixtures/address-space', file), 'utf8')).split('# planted:').length - 1;
    }
    assert.equal(planted, 8);
  });

  it('the GitHub job summary carries the address map, with the overlaps flagged', async () => {
    const dir = await workspace({ 'summary.md': '' });
    const summary = path.join(dir, 'summary.md');
    runBin([...ARGS, '-f', 'github'], { cwd: REPO_ROOT, env: { GITHUB_STEP_SUMMARY: summary } });
    const text = await readFile(summary, 'utf8');
    assert.match(text, /\n### Address map\n\n\*\*Cluster homelab\*\* \(maxNodes 2000\)\n/);
    assert.ok(text.includes('| `10.43.128.0/20` ❌ overlap | IPPool **batch** | 64 × 64 (/26) | 64 | nodes matching batch == \'true\' | fixtures/address-space/ippools\\.yaml\\:18\\:9 |'), text);
    assert.ok(text.includes('| `10.42.0.0/16` | Installation pool **default-ipv4-ippool** | 1024 × 64 (/26) | 1024 | every node |'), text);
  });
});
