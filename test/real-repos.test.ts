/**
 * Eighteen real repositories' manifests (fixtures/real-repos/, see its README
 * for origin, licence and the verdict on each finding), linted as a new user
 * would: no configuration. Every finding, every exemption and every notice is
 * pinned. 112 files; 3 `no-host-network` errors, of which 2 are true (a log
 * shipper and a web app on the host network) and 1 is a false alarm whose
 * manifest shows nothing decisive (Azure's health-probe proxy); 82 exemptions
 * (kubeone's GCE PD CSI controller on control-plane placement with the
 * control-plane toleration among them), each with the evidence in its manifest that
 * decided (the manila CSI node plugin's among them: kubectl reads its
 * under-indented flow sequence, and so does calico-lint); 10 templates skipped
 * with a notice.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, runBin } from './helpers/cli.js';

interface Message { ruleId: string | null; line: number; message: string; suppressions?: Array<{ kind: string; justification: string }> }
interface Result { filePath: string; messages: Message[]; suppressedMessages: Message[] }

const HOST_PROCESS = 'a Windows HostProcess pod (`securityContext.windowsOptions.hostProcess: true`)';
const NODE_CRITICAL = '`priorityClassName: system-node-critical`';
const CLUSTER_CRITICAL = '`priorityClassName: system-cluster-critical`';
const UNINITIALIZED = 'a toleration of the bootstrap taint `node.cloudprovider.kubernetes.io/uninitialized`';

/** Errors: file:line, rule, the workload (or the message). Why each is true or false: fixtures/real-repos/README.md. */
const ERRORS = [
  // True: a log shipper and a web app on the host network.
  ['aws-samples__amazon-cloudwatch-container-insights/k8s-deployment-manifest-templates/deployment-mode/daemonset/container-insights-monitoring/fluent-bit/fluent-bit.yaml:344', 'no-host-network', 'DaemonSet/amazon-cloudwatch/fluent-bit'],
  ['drpump__k3s-home-assistant/base/statefulset.yaml:33', 'no-host-network', 'StatefulSet/home-assistant/home-assistant'],
  // A false alarm with nothing decisive in the manifest (kept: a user lists it in hostNetwork.allow).
  ['kubernetes-sigs__cloud-provider-azure/health-probe-proxy/example.yaml:21', 'no-host-network', 'DaemonSet/kube-system/health-probe-proxy'],
];

/** Go templates (a Helm chart's, kubeone's addons) are skipped with a notice on stderr, not linted. */
const TEMPLATES = [
  'gardener__gardener-extension-networking-calico/charts/internal/calico/templates/ippool/ippool.yaml',
  'gardener__gardener-extension-networking-calico/charts/internal/calico/templates/kube-controller/clusterrole-calico-kube-controllers.yaml',
  'gardener__gardener-extension-networking-calico/charts/internal/calico/templates/multus/daemonset-multus-cni.yaml',
  'gardener__gardener-extension-networking-calico/charts/internal/calico/templates/node/daemonset-calico-node.yaml',
  'gardener__gardener-extension-networking-calico/charts/internal/calico/templates/typha/deployment-calico-typha.yaml',
  'kubermatic__kubeone/addons/ccm-azure/ccm-azure.yaml',
  'kubermatic__kubeone/addons/ccm-hetzner/ccm-hetzner.yaml',
  'kubermatic__kubeone/addons/ccm-vsphere/ccm-vsphere.yaml',
  'kubermatic__kubeone/addons/cni-cilium/hubble.yaml',
  'kubermatic__kubeone/addons/cni-weavenet/weavenet.yaml',
];

/** Exemptions: file:line of `hostNetwork`, and the evidence that decided. */
const EXEMPT = [
  ['antrea-io__antrea/build/yamls/antrea-windows.yml:230', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['antrea-io__antrea/build/yamls/antrea.yml:5942', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`antrea-ovs\``],
  ['antrea-io__antrea/build/yamls/antrea.yml:6190', CLUSTER_CRITICAL],
  ['antrea-io__antrea/docs/cookbooks/ids/resources/suricata.yml:15', 'capability `NET_ADMIN` in container `suricata`'],
  ['antrea-io__antrea/docs/cookbooks/multus/resources/dhcp-daemon.yml:21', NODE_CRITICAL],
  ['aws-samples__amazon-cloudwatch-container-insights/k8s-deployment-manifest-templates/deployment-mode/daemonset/container-insights-monitoring/cwagent/cwagent-daemonset-windows.yaml:20',
    HOST_PROCESS],
  ['aws-samples__amazon-cloudwatch-container-insights/k8s-deployment-manifest-templates/deployment-mode/daemonset/container-insights-monitoring/fluent-bit/fluent-bit-windows.yaml:174',
    HOST_PROCESS],
  ['cloudnativelabs__kube-router/daemonset/generic-kuberouter-all-features-advertise-routes.yaml:151', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/generic-kuberouter-all-features.yaml:147', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/generic-kuberouter-only-advertise-routes.yaml:66', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/generic-kuberouter.yaml:116', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kube-router-all-service-daemonset-advertise-routes.yaml:111', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kube-router-all-service-daemonset.yaml:107', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kube-router-firewall-daemonset.yaml:106', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kube-router-proxy-daemonset.yaml:106', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kubeadm-kuberouter-all-features-dsr.yaml:128', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kubeadm-kuberouter-all-features-hostport.yaml:128', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kubeadm-kuberouter-all-features.yaml:121', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kubeadm-kuberouter.yaml:119', NODE_CRITICAL],
  ['k8snetworkplumbingwg__multus-cni/deployments/multus-daemonset-crio.yml:185', '`privileged: true` in container `kube-multus` and hostPath `/etc/cni/net.d`'],
  ['k8snetworkplumbingwg__multus-cni/deployments/multus-daemonset-thick.yml:157',
    '`privileged: true` in container `install-multus-binary` and hostPath `/etc/cni/net.d`'],
  ['k8snetworkplumbingwg__multus-cni/deployments/multus-daemonset.yml:185',
    '`privileged: true` in container `install-multus-binary` and hostPath `/etc/cni/net.d`'],
  ['kube-vip__kube-vip/testing/kind/kube-vip-egress.yaml:61', 'capability `NET_ADMIN` in container `kube-vip`'],
  ['kube-vip__kube-vip/testing/kind/kube-vip-skaffold.yaml:57', 'capability `NET_ADMIN` in container `kube-vip`'],
  ['kubermatic__kubeone/addons/backups-restic/backups-restic.yaml:35',
    'hostPath `/etc/kubernetes/pki` and pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`)'],
  ['kubermatic__kubeone/addons/ccm-azure/ccm-azure.yaml:344', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/ccm-digitalocean/ccm-digitalocean.yaml:137', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['kubermatic__kubeone/addons/ccm-equinixmetal/ccm-equinixmetal.yaml:182', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['kubermatic__kubeone/addons/ccm-gcp/ccm-gcp.yaml:360', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['kubermatic__kubeone/addons/ccm-nutanix/nutanix-ccm.yaml:137', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['kubermatic__kubeone/addons/ccm-openstack/ccm-openstack.yaml:196', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['kubermatic__kubeone/addons/cni-canal/canal.yaml:7261', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/cni-cilium/cilium.yaml:1064',
    'a toleration of the bootstrap taint `node.kubernetes.io/not-ready` and `priorityClassName: system-cluster-critical`'],
  ['kubermatic__kubeone/addons/cni-cilium/cilium.yaml:1311', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`config\``],
  ['kubermatic__kubeone/addons/cni-cilium/cilium.yaml:1756', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`cilium-envoy\``],
  ['kubermatic__kubeone/addons/csi-azuredisk/csi-azuredisk.yaml:710', CLUSTER_CRITICAL],
  ['kubermatic__kubeone/addons/csi-azuredisk/csi-azuredisk.yaml:915', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/csi-azurefile/csi-azurefile.yaml:712', CLUSTER_CRITICAL],
  ['kubermatic__kubeone/addons/csi-azurefile/csi-azurefile.yaml:932', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/csi-digitalocean/driver.yaml:482', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/csi-gcp-compute-persistent/csi-gcp-compute-persistent.yaml:666',
    'pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`) and a toleration of the control-plane taint `node-role.kubernetes.io/control-plane`'],
  ['kubermatic__kubeone/addons/csi-gcp-compute-persistent/csi-gcp-compute-persistent.yaml:759',
    '`privileged: true` in container `gce-pd-driver` and hostPath `/var/lib/kubelet/plugins_registry/`'],
  ['kubermatic__kubeone/addons/csi-nutanix/nutanix-csi-storage.yaml:631', CLUSTER_CRITICAL],
  ['kubermatic__kubeone/addons/csi-nutanix/nutanix-csi-storage.yaml:786', CLUSTER_CRITICAL],
  ['kubermatic__kubeone/addons/csi-openstack-cinder/openstack-csi-cinder.yaml:628', CLUSTER_CRITICAL],
  ['kubermatic__kubeone/addons/csi-vmware-cloud-director/driver.yaml:491',
    '`privileged: true` in container `vcd-csi-plugin` and hostPath `/var/lib/kubelet/csi-plugins/named-disk.csi.cloud-director.vmware.com`'],
  ['kubermatic__kubeone/addons/csi-vsphere/1-vsphere-csi-driver.yaml:652', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/etcd-defrag/etcd-defrag.yaml:24',
    'hostPath `/etc/kubernetes/pki` and pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`)'],
  ['kubermatic__kubeone/addons/nodelocaldns/nodelocaldns.yaml:173', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`node-cache\``],
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
  ['kubernetes-sigs__cluster-api-provider-openstack/test/e2e/data/ccm/cloud-controller-manager.yaml:78', UNINITIALIZED],
  ['kubernetes-sigs__cluster-api-provider-openstack/test/e2e/data/cni/calico.yaml:6886', NODE_CRITICAL],
  ['kubernetes-sigs__cluster-api-provider-vsphere/internal/kubevip/kube-vip.yaml:62', 'capability `NET_ADMIN` in container `kube-vip`'],
  ['kubernetes-sigs__cluster-api-provider-vsphere/packaging/flavorgen/cloudprovider/cpi/cpi.yaml:157', `${UNINITIALIZED} and ${NODE_CRITICAL}`],
  ['kubernetes-sigs__cluster-api-provider-vsphere/packaging/flavorgen/cloudprovider/csi/vsphere-csi-driver.yaml:446', NODE_CRITICAL],
  ['kubernetes-sigs__sig-windows-tools/hostprocess/calico/kube-proxy/kube-proxy.yml:22', HOST_PROCESS],
  ['kubernetes-sigs__sig-windows-tools/hostprocess/csi-proxy/csi-proxy.yaml:21', HOST_PROCESS],
  ['kubernetes-sigs__sig-windows-tools/hostprocess/eventflow-logger/containerd-logger.yaml:21', HOST_PROCESS],
  ['kubernetes__cloud-provider-aws/examples/existing-cluster/base/aws-cloud-controller-manager-daemonset.yaml:42', UNINITIALIZED],
  ['kubernetes__cloud-provider-openstack/manifests/barbican-kms/ds.yaml:65', UNINITIALIZED],
  ['kubernetes__cloud-provider-openstack/manifests/cinder-csi-plugin/cinder-csi-nodeplugin.yaml:21',
    '`privileged: true` in container `cinder-csi-plugin` and hostPath `/var/lib/kubelet/plugins/cinder.csi.openstack.org`'],
  ['kubernetes__cloud-provider-openstack/manifests/controller-manager/openstack-cloud-controller-manager-ds.yaml:78', UNINITIALIZED],
  ['kubernetes__cloud-provider-openstack/manifests/controller-manager/openstack-cloud-controller-manager-pod.yaml:42',
    'hostPath `/etc/kubernetes/pki` and a bare Pod'],
  // Read since kubectl's reading of under-indented flow collections (src/parse/flow-indentation.ts): lines 31-35.
  ['kubernetes__cloud-provider-openstack/manifests/manila-csi-plugin/csi-nodeplugin.yaml:20',
    '`privileged: true` in container `nodeplugin` and hostPath `/var/lib/kubelet/plugins_registry`'],
  ['metallb__metallb/config/manifests/metallb-frr.yaml:2543', 'capability `NET_ADMIN` in container `frr`'],
  ['metallb__metallb/config/manifests/metallb-native.yaml:2359', 'capability `NET_RAW` in container `speaker`'],
];

/** A copy outside the repository, so that no configuration is found above it. */
async function copyOfCorpus(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-real-repos-'));
  await cp(path.join(REPO_ROOT, 'fixtures/real-repos'), root, { recursive: true });
  return root;
}

describe('eighteen real repositories, no configuration', () => {
  it('every error is pinned with its verdict, every exemption names its evidence, every skipped template is noticed', async () => {
    const root = await copyOfCorpus();
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    const skipped = run.stderr.split('\n').filter(Boolean).map((line) => /^calico-lint: (.+?): a Go template/.exec(line)?.[1] ?? line);
    assert.deepEqual(skipped, TEMPLATES);
    assert.equal(run.status, 1);
    const results = JSON.parse(run.stdout) as Result[];
    assert.equal(results.length, 112, 'every vendored manifest is read');
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

describe('the vendored repositories say where they come from', () => {
  it('each folder has its LICENSE and an ORIGIN (URL, commit, licence) listing exactly the files it holds, and the README lists each', async () => {
    const corpus = path.join(REPO_ROOT, 'fixtures/real-repos');
    const readme = await readFile(path.join(corpus, 'README.md'), 'utf8');
    const folders = (await readdir(corpus, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    assert.equal(folders.length, 18);
    for (const folder of folders) {
      const origin = await readFile(path.join(corpus, folder, 'ORIGIN'), 'utf8');
      const [owner, name] = folder.split('__');
      assert.match(origin, new RegExp(`^url: https://github\\.com/${owner}/${name}\\ncommit: [0-9a-f]{40} \\(\\d{4}-\\d{2}-\\d{2}\\)\\nlicence: \\S`), folder);
      assert.match(await readFile(path.join(corpus, folder, 'LICENSE'), 'utf8'), /licen[cs]e|permission/i, folder);
      const listed = [...origin.matchAll(/^ {2}- (.+)$/gm)].map((match) => match[1]).sort();
      const entries = await readdir(path.join(corpus, folder), { recursive: true });
      const held = [];
      for (const entry of entries) {
        if (entry === 'LICENSE' || entry === 'ORIGIN') continue;
        if ((await stat(path.join(corpus, folder, entry))).isFile()) held.push(entry.split(path.sep).join('/'));
      }
      held.sort();
      assert.deepEqual(held, listed, `${folder}/ORIGIN lists the files the folder holds`);
      assert.ok(readme.includes(`| \`${folder}\` |`), `the README's table lists ${folder}`);
    }
  });
});
