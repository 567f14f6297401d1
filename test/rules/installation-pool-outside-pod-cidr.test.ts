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
import { ruleTester } from '../helpers/rule-tester.js';

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
    { name: 'inside', code: KUBEADM + installation(POOLS('{cidr: 10.244.0.0/17}')) },
    { name: 'kubeadm-config with a dual-stack podSubnet', code: kubeadmConfigMap('      podSubnet: 10.244.0.0/16,fd00:10::/56\n') + installation('  registry: quay.io/\n') },
    { name: 'kubeadm-config without podSubnet and a non-Calico CNI', code: kubeadmConfigMap('      serviceSubnet: 10.96.0.0/12\n') + installation('  cni: {type: AmazonVPC}\n') },
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
      name: 'cni.type Calico written out',
      code: KUBEADM + installation(`  cni: {type: Calico}\n${POOLS('{cidr: 192.168.0.0/16}')}`),
      errors: [{ message: REFUSED('default-ipv4-ippool', '192.168.0.0/16'), line: 12, column: 22, endLine: 12, endColumn: 36 }],
    },
    {
      name: 'an IPv6 pool against an IPv4-only podSubnet (cidrWithinCidr across families is false)',
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
