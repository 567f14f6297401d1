/**
 * installation-pool-outside-pod-cidr against the operator, verified in tigera/operator at commit
 * 40788b9 (August 2026), pkg/controller/ippool/defaults.go:
 * - fillDefaults 92-121: the kubeadm comparison runs only when the cluster has no IP pools;
 * - updateInstallationForKubeadm 295-299: only with the Calico CNI (spec.cni.type unset or Calico);
 * - mergePlatformPodCIDRs 352-363 with cidrWithinCidr 370-390: every pool against every podSubnet CIDR,
 *   of any family (Go's IPNet.Contains is false across families), so an IPv6 pool with an IPv4-only
 *   podSubnet is refused.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { installationPoolOutsidePodCidr } from '../../rules/installation-pool-outside-pod-cidr.js';
import { ippoolOutsidePodCidr } from '../../rules/ippool-outside-pod-cidr.js';
import { baseFindings } from '../helpers/base-rule-tester.js';
import { lintOne, ruleTester } from '../helpers/rule-tester.js';

const KUBEADM = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16\n';
const installation = (spec: string) => `---\napiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n${spec}`;
const POOLS = (cidrs: string) => `  calicoNetwork:\n    ipPools: [${cidrs}]\n`;
const REFUSED = (pool: string, cidr: string) =>
  `Installation pool "${pool}" (${cidr}) is outside the kubeadm pod CIDR 10.244.0.0/16 (kubeadm ClusterConfiguration \`networking.podSubnet\` at test.yaml:4:14): ` +
  `the operator refuses the Installation ("IPPool ${cidr} is not within the platform's configured pod network CIDR(s)") and Calico is not installed. Use a range inside the pod CIDR.`;

/** A kubeadm-config ConfigMap; its ClusterConfiguration key is on line 5. */
const kubeadmConfigMap = (networking: string) => `apiVersion: v1
kind: ConfigMap
metadata: {name: kubeadm-config, namespace: kube-system}
data:
  ClusterConfiguration: |
    apiVersion: kubeadm.k8s.io/v1beta3
    kind: ClusterConfiguration
    networking:
${networking}`;
const STOPS = ': the operator stops ("could not resolve CalicoNetwork IPPool and kubeadm configuration") and creates no IP pool, so Calico is not installed ' +
  '(tigera/operator pkg/controller/ippool/kubeadm.go). Write `podSubnet: <cidr>` unquoted, CIDRs separated by a comma alone.';

ruleTester(installationPoolOutsidePodCidr, {
  valid: [
    { name: 'inside (cidrWithinCidr, defaults.go:370-390)', code: KUBEADM + installation(POOLS('{cidr: 10.244.0.0/17}')) },
    { name: 'kubeadm-config with a dual-stack podSubnet (kubeadm.go:49-60)', code: kubeadmConfigMap('      podSubnet: 10.244.0.0/16,fd00:10::/56\n') + installation('  registry: quay.io/\n') },
    { name: 'kubeadm-config without podSubnet and a non-Calico CNI (defaults.go:296-299)', code: kubeadmConfigMap('      serviceSubnet: 10.96.0.0/12\n') + installation('  cni: {type: AmazonVPC}\n') },
    {
      name: 'dual stack: each pool inside the podSubnet CIDR of its family (every pool against every CIDR, defaults.go:355-363)',
      code: KUBEADM.replace('10.244.0.0/16', '10.244.0.0/16,fd00:10:244::/56') + installation(POOLS('{cidr: 10.244.0.0/17}, {cidr: "fd00:10:244::/64"}')),
    },
    { name: 'AmazonVPC CNI: the operator does not compare (defaults.go:297-299)', code: KUBEADM + installation(`  cni: {type: AmazonVPC}\n${POOLS('{cidr: 192.168.0.0/16}')}`) },
  ],
  invalid: [
    {
      name: 'kubeadm-config without podSubnet (kubeadm.go:45-47)',
      code: kubeadmConfigMap('      serviceSubnet: 10.96.0.0/12\n') + installation('  registry: quay.io/\n'),
      errors: [{ message: 'kubeadm-config has no `podSubnet: ` line ("kubeadm configuration is missing required podSubnet field")' + STOPS, line: 4, column: 1, endLine: 4, endColumn: 5 }],
    },
    {
      name: 'a quoted podSubnet: the operator reads the line as text and net.ParseCIDR fails (kubeadm.go:38-55)',
      code: kubeadmConfigMap('      podSubnet: "10.244.0.0/16"\n') + installation('  registry: quay.io/\n'),
      errors: [{ message: 'kubeadm-config\'s podSubnet entry "\\"10.244.0.0/16\\"" is no CIDR to the operator, which reads the line as text' + STOPS, line: 5, column: 25, endLine: 9, endColumn: 33 }],
    },
    {
      name: 'cni.type Calico written out (defaults.go:296-299, 355-363)',
      code: KUBEADM + installation(`  cni: {type: Calico}\n${POOLS('{cidr: 192.168.0.0/16}')}`),
      errors: [{ message: REFUSED('default-ipv4-ippool', '192.168.0.0/16'), line: 12, column: 22, endLine: 12, endColumn: 36 }],
    },
    {
      name: 'an IPv6 pool against an IPv4-only podSubnet (cidrWithinCidr across families is false: defaults.go:355-363, 386)',
      code: KUBEADM + installation(POOLS('{cidr: 10.244.0.0/17}, {cidr: "fd00:10::/48"}')),
      errors: [{ message: REFUSED('default-ipv6-ippool', 'fd00:10::/48'), line: 11, column: 45, endLine: 11, endColumn: 59 }],
    },
  ],
});

describe('installation-pool-outside-pod-cidr and the live pools (--base)', () => {
  const head = { 'cluster.yaml': KUBEADM + installation(POOLS('{cidr: 192.168.0.0/16}')) };
  const finding = { file: 'cluster.yaml', message: REFUSED('default-ipv4-ippool', '192.168.0.0/16').replace('test.yaml', 'cluster.yaml'), line: 11, column: 22, endLine: 11, endColumn: 36 };
  const dayTwo = { name: 'day 2', base: { 'cluster.yaml': KUBEADM + installation(POOLS('{cidr: 10.244.0.0/17}')) }, head };
  it('a pool added on day 2: the base branch has pools, the operator no longer compares (defaults.go:92-94)', async () => {
    assert.deepEqual(await baseFindings(installationPoolOutsidePodCidr, dayTwo), []);
  });
  it('on day 2 kube-proxy still masquerades: ippool-outside-pod-cidr warns instead', async () => {
    const findings = await baseFindings(ippoolOutsidePodCidr, dayTwo);
    assert.deepEqual(findings.map((f) => [f.line, f.column]), [[11, 22]]);
  });
  it('a new cluster (no pools on the base branch) is checked', async () => {
    assert.deepEqual(await baseFindings(installationPoolOutsidePodCidr, { name: 'new', base: { 'README.md': 'x\n' }, head }), [finding]);
  });
  it('without --base the cluster is taken as new', async () => {
    assert.deepEqual(await baseFindings(installationPoolOutsidePodCidr, dayTwo, null), [finding]);
  });
});

/**
 * Cluster API kubeadm clusters (kubernetes-sigs/cluster-api at ae7ff04): the Cluster's
 * `spec.clusterNetwork.pods.cidrBlocks`, joined by commas, becomes kubeadm's podSubnet
 * (bootstrap/kubeadm/reconcilers/kubeadmconfig/kubeadmconfig_controller.go:1386-1388; release-1.10
 * bootstrap/kubeadm/internal/controllers/kubeadmconfig_controller.go:1361-1366, where a podSubnet written in
 * a v1beta1 KubeadmConfig came first), kubeadm uploads it to kubeadm-config, and the operator compares with
 * it (tigera/operator defaults.go:109-117, 352-363). Another control plane (RKE2, k3s, managed) writes no
 * kubeadm-config: the operator does not compare there.
 */
const capiCluster = (spec: string, apiVersion = 'cluster.x-k8s.io/v1beta2') =>
  `apiVersion: ${apiVersion}\nkind: Cluster\nmetadata: {name: c1, namespace: default}\nspec:\n  clusterNetwork:\n    pods: {cidrBlocks: [10.244.0.0/16]}\n${spec}`;
const KCP_REF = '  controlPlaneRef: {apiGroup: controlplane.cluster.x-k8s.io, kind: KubeadmControlPlane, name: c1-cp}\n';
const CAPI_REFUSED = (at: string) =>
  `Installation pool "default-ipv4-ippool" (192.168.0.0/16) is outside the kubeadm pod CIDR 10.244.0.0/16 (${at}): ` +
  'the operator refuses the Installation ("IPPool 192.168.0.0/16 is not within the platform\'s configured pod network CIDR(s)") and Calico is not installed. Use a range inside the pod CIDR.';
const CLUSTER_SOURCE = 'Cluster API Cluster `spec.clusterNetwork.pods.cidrBlocks` (kubeadm\'s podSubnet) at test.yaml:6:25';
const OUTSIDE = POOLS('{cidr: 192.168.0.0/16}');

ruleTester(installationPoolOutsidePodCidr, {
  valid: [
    { name: 'Cluster API: a KubeadmControlPlane cluster, pool inside clusterNetwork.pods (kubeadmconfig_controller.go:1386-1388)', code: capiCluster(KCP_REF) + installation(POOLS('{cidr: 10.244.0.0/17}')) },
    {
      name: 'Cluster API: an RKE2ControlPlane cluster writes no kubeadm-config, the operator does not compare (defaults.go:109-120)',
      code: capiCluster('  controlPlaneRef: {apiGroup: controlplane.cluster.x-k8s.io, kind: RKE2ControlPlane, name: c1-cp}\n') + installation(OUTSIDE),
    },
    {
      name: 'Cluster API: a ClusterClass with another control plane template',
      code: capiCluster('  topology: {classRef: {name: k3s}, version: v1.33.0}\n') +
        '---\napiVersion: cluster.x-k8s.io/v1beta2\nkind: ClusterClass\nmetadata: {name: k3s}\nspec:\n  controlPlane:\n    templateRef: {apiVersion: controlplane.cluster.x-k8s.io/v1beta2, kind: KThreesControlPlaneTemplate, name: k3s-cp}\n' +
        installation(OUTSIDE),
    },
    {
      name: 'Cluster API v1beta2 KubeadmControlPlane has no networking field (removed in v1.11, commit 686d66b): a podSubnet written there is no fact',
      code: '---\napiVersion: controlplane.cluster.x-k8s.io/v1beta2\nkind: KubeadmControlPlane\nmetadata: {name: c1-cp}\nspec:\n  kubeadmConfigSpec:\n    clusterConfiguration:\n      networking: {podSubnet: 10.244.0.0/16}\n' + installation(OUTSIDE),
    },
  ],
  invalid: [
    {
      name: 'Cluster API: a KubeadmControlPlane cluster, pool outside clusterNetwork.pods (kubeadmconfig_controller.go:1386-1388; defaults.go:352-363)',
      code: capiCluster(KCP_REF) + installation(OUTSIDE),
      errors: [{ message: CAPI_REFUSED(CLUSTER_SOURCE), line: 14, column: 22, endLine: 14, endColumn: 36 }],
    },
    {
      name: 'Cluster API v1beta1: topology with a ClusterClass whose control plane is a KubeadmControlPlaneTemplate',
      code: capiCluster('  topology: {class: kubeadm, version: v1.33.0}\n', 'cluster.x-k8s.io/v1beta1') +
        '---\napiVersion: cluster.x-k8s.io/v1beta1\nkind: ClusterClass\nmetadata: {name: kubeadm}\nspec:\n  controlPlane:\n    ref: {apiVersion: controlplane.cluster.x-k8s.io/v1beta1, kind: KubeadmControlPlaneTemplate, name: kcp}\n' +
        installation(OUTSIDE),
      errors: [{ message: CAPI_REFUSED(CLUSTER_SOURCE), line: 21, column: 22, endLine: 21, endColumn: 36 }],
    },
    {
      name: 'Cluster API: no controlPlaneRef written, KubeadmConfigTemplate beside it (machines bootstrapped by kubeadm)',
      code: capiCluster('') + '---\napiVersion: bootstrap.cluster.x-k8s.io/v1beta2\nkind: KubeadmConfigTemplate\nmetadata: {name: workers}\nspec: {template: {spec: {}}}\n' + installation(OUTSIDE),
      errors: [{ message: CAPI_REFUSED(CLUSTER_SOURCE), line: 18, column: 22, endLine: 18, endColumn: 36 }],
    },
    {
      name: 'Cluster API v1beta1 KubeadmControlPlane clusterConfiguration.networking.podSubnet (up to v1.10 it wins: kubeadmconfig_controller.go:1361)',
      code: 'apiVersion: controlplane.cluster.x-k8s.io/v1beta1\nkind: KubeadmControlPlane\nmetadata: {name: c1-cp}\nspec:\n  kubeadmConfigSpec:\n    clusterConfiguration:\n      networking: {podSubnet: 10.244.0.0/16}\n' + installation(OUTSIDE),
      errors: [{ message: CAPI_REFUSED('Cluster API KubeadmControlPlane `spec.kubeadmConfigSpec.clusterConfiguration.networking.podSubnet` at test.yaml:7:31'), line: 14, column: 22, endLine: 14, endColumn: 36 }],
    },
  ],
});

describe('Cluster API clusters and the kube-proxy warning', () => {
  it('a kubeadm Cluster API cluster gets the operator error, not the kube-proxy warning', () => {
    assert.deepEqual(lintOne(ippoolOutsidePodCidr, capiCluster(KCP_REF) + installation(OUTSIDE)), []);
  });
  it('an RKE2 Cluster API cluster gets the kube-proxy warning', () => {
    const code = capiCluster('  controlPlaneRef: {apiGroup: controlplane.cluster.x-k8s.io, kind: RKE2ControlPlane, name: c1-cp}\n') + installation(OUTSIDE);
    assert.deepEqual(lintOne(ippoolOutsidePodCidr, code).map((finding) => [finding.ruleId, finding.range.line, finding.range.column]), [['ippool-outside-pod-cidr', 14, 22]]);
  });
});

/**
 * A kubeadm Cluster API cluster without clusterNetwork.pods: kubeadmconfig_controller.go:1386-1388 sets
 * podSubnet only from cidrBlocks, so kubeadm-config has no `podSubnet: ` line and the operator stops
 * (tigera/operator kubeadm.go:45-47) while the cluster has no pools and uses the Calico CNI.
 */
const noPods = (spec: string) => `apiVersion: cluster.x-k8s.io/v1beta2\nkind: Cluster\nmetadata: {name: c1, namespace: default}\nspec:\n  clusterNetwork:\n    services: {cidrBlocks: [10.96.0.0/12]}\n${spec}`;
const NO_POD_SUBNET = 'Cluster API Cluster "c1" builds its control plane with kubeadm but sets no `spec.clusterNetwork.pods.cidrBlocks`: kubeadm gets no podSubnet, ' +
  'kubeadm-config has no `podSubnet: ` line, and the operator stops ("kubeadm configuration is missing required podSubnet field") and creates no IP pool, ' +
  'so Calico is not installed (tigera/operator pkg/controller/ippool/kubeadm.go). Set `clusterNetwork.pods.cidrBlocks` to the pod CIDR.';
const V1BETA1_KCP = '---\napiVersion: controlplane.cluster.x-k8s.io/v1beta1\nkind: KubeadmControlPlane\nmetadata: {name: c1-cp}\nspec:\n  kubeadmConfigSpec:\n    clusterConfiguration:\n      networking: {podSubnet: 10.244.0.0/16}\n';

ruleTester(installationPoolOutsidePodCidr, {
  valid: [
    { name: 'Cluster API without clusterNetwork.pods, AmazonVPC CNI: the operator reads no kubeadm-config (defaults.go:296-299)', code: noPods(KCP_REF) + installation('  cni: {type: AmazonVPC}\n') },
    { name: 'Cluster API without clusterNetwork.pods, a v1beta1 KubeadmControlPlane podSubnet (up to v1.10 it is kubeadm\'s: kubeadmconfig_controller.go:1361)', code: noPods(KCP_REF) + V1BETA1_KCP + installation(POOLS('{cidr: 10.244.0.0/17}')) },
    { name: 'Cluster API without clusterNetwork.pods and an RKE2 control plane: no kubeadm-config', code: noPods('  controlPlaneRef: {apiGroup: controlplane.cluster.x-k8s.io, kind: RKE2ControlPlane, name: c1-cp}\n') + installation('  registry: quay.io/\n') },
    { name: 'Cluster API without clusterNetwork.pods and no Installation in the scope', code: noPods(KCP_REF) },
  ],
  invalid: [
    {
      name: 'a KubeadmControlPlane Cluster without clusterNetwork.pods (kubeadmconfig_controller.go:1386-1388; kubeadm.go:45-47)',
      code: noPods(KCP_REF) + installation('  registry: quay.io/\n'),
      errors: [{ message: NO_POD_SUBNET, line: 5, column: 3, endLine: 5, endColumn: 17 }],
    },
  ],
});
