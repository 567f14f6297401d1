/**
 * Real manifests from other projects (fixtures/real/, see its README), linted
 * as a new user would: no configuration. They put CNI agents, operators and a
 * node exporter on the host network, as they must, and their manifests show it
 * (critical priority, privilege with node paths, hostPID with the node's /sys):
 * those are exempt. Two pods show no
 * such evidence and are errors (see fixtures/real/README.md).
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, runBin } from './helpers/cli.js';

interface Result {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; message: string }>;
}

/** A copy outside the repository, so that no configuration is found above it. */
async function copyOfRealManifests(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-real-'));
  await cp(path.join(REPO_ROOT, 'fixtures/real'), root, { recursive: true });
  return root;
}

function lint(root: string, args: string[] = []): { status: number | null; stderr: string; findings: string[]; files: number } {
  const run = runBin(['-f', 'json', ...args, '.'], { cwd: root });
  const results = JSON.parse(run.stdout) as Result[];
  const findings = results.flatMap((result) =>
    result.messages.map((m) => `${path.relative(root, result.filePath)}:${m.line} ${m.ruleId} ${/puts (\S+)/.exec(m.message)?.[1] ?? m.message}`));
  return { status: run.status, stderr: run.stderr, findings, files: results.length };
}

describe('real third-party manifests, no configuration', () => {
  it('give no warning and no notice, and an error only on the two host-network pods their manifests show no need for', async () => {
    const root = await copyOfRealManifests();
    for (const args of [[], ['--parse-all']]) {
      const run = lint(root, args);
      // Why each is reported, and which evidence exempts the others: fixtures/real/README.md.
      assert.deepEqual(run.findings, [
        'projectcalico-calico/manifests/calicoctl.yaml:21 no-host-network Pod/kube-system/calicoctl',
        'projectcalico-calico/manifests/canal-etcd.yaml:952 no-host-network Job/kube-system/configure-canal',
      ]);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 1);
      assert.equal(run.files, 9);
    }
  });

  it('are really read: with allowNodeNetworkComponents false, every host-network workload is reported', async () => {
    const root = await copyOfRealManifests();
    await writeFile(path.join(root, '.calico-lint.yaml'), 'hostNetwork: {allowNodeNetworkComponents: false}\n');
    const run = lint(root);
    assert.deepEqual(run.findings, [
      'flannel-io-flannel/Documentation/kube-flannel.yml:128 no-host-network DaemonSet/kube-flannel/kube-flannel-ds',
      'flannel-io-flannel/Documentation/kustomization/kube-flannel/kube-flannel.yml:119 no-host-network DaemonSet/kube-flannel/kube-flannel-ds',
      'projectcalico-calico/manifests/calico-etcd.yaml:346 no-host-network DaemonSet/kube-system/calico-node',
      'projectcalico-calico/manifests/calico-etcd.yaml:705 no-host-network Deployment/kube-system/calico-kube-controllers',
      'projectcalico-calico/manifests/calicoctl.yaml:21 no-host-network Pod/kube-system/calicoctl',
      'projectcalico-calico/manifests/canal-etcd.yaml:430 no-host-network DaemonSet/kube-system/canal-node',
      'projectcalico-calico/manifests/canal-etcd.yaml:866 no-host-network Deployment/kube-system/calico-kube-controllers',
      'projectcalico-calico/manifests/canal-etcd.yaml:952 no-host-network Job/kube-system/configure-canal',
      'projectcalico-calico/manifests/tigera-operator.yaml:768 no-host-network Deployment/tigera-operator/tigera-operator',
      'prometheus-operator-kube-prometheus/manifests/nodeExporter-daemonset.yaml:82 no-host-network DaemonSet/monitoring/node-exporter',
    ]);
    assert.equal(run.status, 1);
  });

  it("exempt kube-prometheus' node exporter, which has no priority class, as a node observer: hostPID with the node's /sys", async () => {
    const root = await copyOfRealManifests();
    const run = runBin(['-f', 'json', 'prometheus-operator-kube-prometheus'], { cwd: root });
    const results = JSON.parse(run.stdout) as Array<Result & { suppressedMessages: Array<{ line: number; suppressions: Array<{ kind: string; justification: string }> }> }>;
    assert.deepEqual(results.flatMap((result) => result.messages), []);
    assert.deepEqual(results.flatMap((result) => result.suppressedMessages.map((m) => [m.line, m.suppressions])), [
      [82, [{ kind: 'evidence', justification: "needs the node's network: `hostPID: true` and hostPath `/sys`" }]],
    ]);
    assert.equal(run.status, 0);
  });
});
