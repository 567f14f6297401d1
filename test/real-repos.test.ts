/**
 * Eleven real repositories' manifests (fixtures/real-repos/, see its README),
 * linted as a new user would: no configuration. Every finding and every
 * exemption is pinned. Of the three errors, a log shipper and a web app on
 * the host network are true; the Azure health-probe proxy needs the node's
 * loopback, which its manifest does not show (a false alarm, documented).
 * Each exempted pod names the evidence in its manifest that decided it.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, runBin } from './helpers/cli.js';

interface Message { ruleId: string | null; line: number; message: string; suppressions?: Array<{ kind: string; justification: string }> }
interface Result { filePath: string; messages: Message[]; suppressedMessages: Message[] }

const HOST_PROCESS = 'a Windows HostProcess pod (`securityContext.windowsOptions.hostProcess: true`)';
const NODE_CRITICAL = '`priorityClassName: system-node-critical`';
const CLUSTER_CRITICAL = '`priorityClassName: system-cluster-critical`';

/** Errors: file:line, rule, the workload. Why: fixtures/real-repos/README.md. */
const ERRORS = [
  ['aws-samples__amazon-cloudwatch-container-insights/k8s-deployment-manifest-templates/deployment-mode/daemonset/container-insights-monitoring/fluent-bit/fluent-bit.yaml:344', 'no-host-network', 'DaemonSet/amazon-cloudwatch/fluent-bit'],
  ['drpump__k3s-home-assistant/base/statefulset.yaml:33', 'no-host-network', 'StatefulSet/home-assistant/home-assistant'],
  ['kubernetes-sigs__cloud-provider-azure/health-probe-proxy/example.yaml:21', 'no-host-network', 'DaemonSet/kube-system/health-probe-proxy'],
];

/** Exemptions: file:line of `hostNetwork`, and the evidence that decided. */
const EXEMPT = [
  ['antrea-io__antrea/build/yamls/antrea-windows.yml:230', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['antrea-io__antrea/build/yamls/antrea.yml:5942', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`antrea-ovs\``],
  ['antrea-io__antrea/build/yamls/antrea.yml:6190', CLUSTER_CRITICAL],
  ['antrea-io__antrea/docs/cookbooks/ids/resources/suricata.yml:15', 'capability `NET_ADMIN` in container `suricata`'],
  ['antrea-io__antrea/docs/cookbooks/multus/resources/dhcp-daemon.yml:21', NODE_CRITICAL],
  ['aws-samples__amazon-cloudwatch-container-insights/k8s-deployment-manifest-templates/deployment-mode/daemonset/container-insights-monitoring/cwagent/cwagent-daemonset-windows.yaml:20', HOST_PROCESS],
  ['aws-samples__amazon-cloudwatch-container-insights/k8s-deployment-manifest-templates/deployment-mode/daemonset/container-insights-monitoring/fluent-bit/fluent-bit-windows.yaml:174', HOST_PROCESS],
  ['kube-vip__kube-vip/testing/kind/kube-vip-egress.yaml:61', 'capability `NET_ADMIN` in container `kube-vip`'],
  ['kube-vip__kube-vip/testing/kind/kube-vip-skaffold.yaml:57', 'capability `NET_ADMIN` in container `kube-vip`'],
  ['kubernetes-csi__csi-driver-smb/deploy/csi-smb-controller.yaml:17', CLUSTER_CRITICAL],
  ['kubernetes-csi__csi-driver-smb/deploy/csi-smb-node-windows-hostprocess.yaml:34', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['kubernetes-csi__csi-driver-smb/deploy/csi-smb-node.yaml:20', NODE_CRITICAL],
  ['kubernetes-csi__csi-driver-smb/deploy/example/windows/csi-proxy.yaml:24', HOST_PROCESS],
  ['kubernetes-sigs__azuredisk-csi-driver/deploy/csi-azuredisk-controller.yaml:17', CLUSTER_CRITICAL],
  ['kubernetes-sigs__azuredisk-csi-driver/deploy/csi-azuredisk-node-windows-hostprocess.yaml:41', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['kubernetes-sigs__azuredisk-csi-driver/deploy/csi-azuredisk-node.yaml:20', NODE_CRITICAL],
  ['kubernetes-sigs__cloud-provider-azure/examples/out-of-tree/cloud-controller-manager.yaml:161', NODE_CRITICAL],
  ['kubernetes-sigs__cloud-provider-azure/examples/out-of-tree/cloud-node-manager.yaml:66', NODE_CRITICAL],
  ['kubernetes-sigs__cloud-provider-azure/examples/out-of-tree/kube-apiserver.yaml:10', 'hostPath `/etc/kubernetes` and a bare Pod'],
  ['kubernetes-sigs__cloud-provider-azure/examples/out-of-tree/kube-controller-manager.yaml:10', 'hostPath `/etc/kubernetes` and a bare Pod'],
  ['kubernetes-sigs__cloud-provider-azure/examples/out-of-tree/kube-scheduler.yaml:10', 'hostPath `/etc/kubernetes` and a bare Pod'],
  ['kubernetes-sigs__cluster-api-provider-azure/templates/addons/azure-cni-v1.yaml:35', NODE_CRITICAL],
  ['kubernetes-sigs__cluster-api-provider-azure/templates/addons/calico.yaml:6237', NODE_CRITICAL],
  ['kubernetes-sigs__cluster-api-provider-azure/templates/addons/windows/calico/kube-proxy-windows.yaml:22', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['kubernetes-sigs__cluster-api-provider-azure/templates/addons/windows/containerd-logging/containerd-logger.yaml:21', HOST_PROCESS],
  ['kubernetes-sigs__cluster-api-provider-azure/templates/addons/windows/csi-proxy/csi-proxy.yaml:23', HOST_PROCESS],
  ['kubernetes-sigs__sig-windows-tools/hostprocess/calico/kube-proxy/kube-proxy.yml:22', HOST_PROCESS],
  ['kubernetes-sigs__sig-windows-tools/hostprocess/csi-proxy/csi-proxy.yaml:21', HOST_PROCESS],
  ['kubernetes-sigs__sig-windows-tools/hostprocess/eventflow-logger/containerd-logger.yaml:21', HOST_PROCESS],
  ['kubernetes__cloud-provider-aws/examples/existing-cluster/base/aws-cloud-controller-manager-daemonset.yaml:42',
    'a toleration of the bootstrap taint `node.cloudprovider.kubernetes.io/uninitialized`'],
  ['metallb__metallb/config/manifests/metallb-frr.yaml:2543', 'capability `NET_ADMIN` in container `frr`'],
  ['metallb__metallb/config/manifests/metallb-native.yaml:2359', 'capability `NET_RAW` in container `speaker`'],
];

/** A copy outside the repository, so that no configuration is found above it. */
async function copyOfCorpus(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-real-repos-'));
  await cp(path.join(REPO_ROOT, 'fixtures/real-repos'), root, { recursive: true });
  return root;
}

describe('eleven real repositories, no configuration', () => {
  it('every error is pinned and true, every exemption names its evidence', async () => {
    const root = await copyOfCorpus();
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    const results = JSON.parse(run.stdout) as Result[];
    assert.equal(results.length, 52, 'every vendored manifest is read');
    const where = (result: Result, message: Message) => `${path.relative(root, result.filePath)}:${message.line}`;
    const errors = results.flatMap((result) => result.messages.map((m) => [where(result, m), m.ruleId, /puts (\S+)/.exec(m.message)?.[1] ?? m.message]));
    assert.deepEqual(errors, ERRORS);
    const exempt = results.flatMap((result) => result.suppressedMessages.map((m) => {
      assert.equal(m.ruleId, 'no-host-network');
      assert.deepEqual(m.suppressions?.map((s) => s.kind), ['evidence']);
      return [where(result, m), m.suppressions![0]!.justification.replace("needs the node's network: ", '')];
    }));
    assert.deepEqual(exempt, EXEMPT);
  });
});
