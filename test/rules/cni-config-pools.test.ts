/**
 * cni-config-pools against the CNI plugin and IPAM, verified in
 * projectcalico/calico at commit 87c15906f20c (master, August 2026):
 * - cni-plugin/internal/pkg/utils/utils.go ResolvePools 807-855: net.ParseCIDR or a pool
 *   name; the family check at 845-851 ("%q isn't a IPv4 address"; 846-851 in v3.32.1);
 * - cni-plugin/pkg/ipamplugin/ipam_plugin.go 299-329: ResolvePools runs for both lists
 *   whatever assign_ipv4 / assign_ipv6 say; IPv4 is assigned unless assign_ipv4 is
 *   "false", IPv6 only when assign_ipv6 is "true";
 * - libcalico-go/lib/ipam/ipam.go determinePools 294-313 (exists and enabled), then
 *   prepareAffinityBlocksForHost 402-410: filterPoolsByUse (484-492) keeps the requested
 *   pools that allow the use (Workload for a pod); none left is ErrNoQualifiedPool.
 */
import { cniConfigPools } from '../../rules/cni-config-pools.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pool = (name: string, spec: string) => `---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: ${spec}\n`;
const POOLS = pool('tenant', '{cidr: 10.244.0.0/16}') + pool('lb', '{cidr: 192.168.30.0/24, allowedUses: [LoadBalancer]}') +
  pool('tunnel', '{cidr: 10.250.0.0/24, allowedUses: [Tunnel]}') + pool('v6', '{cidr: "fd00:10::/48"}') + pool('v6-lb', '{cidr: "fd00:30::/112", allowedUses: [LoadBalancer]}');
/** 25 lines of pools; the ipam line of the CNI config is line 35. */
const CNI_CONFIG = (ipam: string) => `${POOLS}---
apiVersion: v1
kind: ConfigMap
metadata: {name: calico-config, namespace: kube-system}
data:
  cni_network_config: |-
    {
      "name": "k8s-pod-network",
      "plugins": [
        {"type": "calico", "ipam": {"type": "calico-ipam", ${ipam}}}
      ]
    }
`;
const IPAM_PREFIX = '        {"type": "calico", "ipam": {"type": "calico-ipam", '.length;
/** Position of `text` (with its quotes) in the ipam text, on line 35. */
const at = (ipam: string, text: string) => {
  const column = IPAM_PREFIX + ipam.indexOf(text) + 1;
  return { line: 35, column, endLine: 35, endColumn: column + text.length };
};
const NO_WORKLOAD_TAIL = ', and no pool of the list allows Workload: IPAM filters the requested pools by use and fails every pod that has no pool annotation ' +
  '("cannot find a qualified ippool, no pools match the required use (Workload)"). Name a pool that allows Workload.';

const v6InV4 = '"ipv4_pools": ["fd00:10::/48"]';
const v6NameInV4 = '"ipv4_pools": ["tenant", "v6"]';
const v4InV6 = '"ipv6_pools": ["10.244.0.0/16"]';
const lbOnly = '"ipv4_pools": ["lb", "tunnel"]';
const v6LbAssigned = '"assign_ipv6": "true", "ipv6_pools": ["v6-lb"]';

ruleTester(cniConfigPools, {
  valid: [
    { name: 'a Workload pool beside a LoadBalancer one: the filter keeps it (ipam.go:404-410)', code: CNI_CONFIG('"ipv4_pools": ["lb", "tenant"]') },
    { name: 'an IPv6 LoadBalancer pool while IPv6 is not assigned (assign_ipv6 defaults to false: ipam_plugin.go:305-309)', code: CNI_CONFIG('"ipv6_pools": ["v6-lb"]') },
    { name: 'IPv4 not assigned: its use is never filtered (ipam_plugin.go:299-303)', code: CNI_CONFIG('"assign_ipv4": "false", "ipv4_pools": ["lb"]') },
    { name: 'host bits in a CIDR entry are masked by net.ParseCIDR (utils.go:824)', code: CNI_CONFIG('"ipv4_pools": ["10.244.0.1/16"]') },
    { name: 'both families in their own lists (utils.go:845-851)', code: CNI_CONFIG('"assign_ipv6": "true", "ipv4_pools": ["tenant"], "ipv6_pools": ["fd00:10::/48", "v6"]') },
  ],
  invalid: [
    {
      name: 'an IPv6 CIDR in ipv4_pools (utils.go:845-847)',
      code: CNI_CONFIG(v6InV4),
      errors: [{ message: 'CNI config `ipv4_pools` names "fd00:10::/48", an IPv6 CIDR: the CNI plugin refuses it ("\\"fd00:10::\\" isn\'t a IPv4 address") and fails every pod that has no pool annotation. Move it to `ipv6_pools`.', ...at(v6InV4, '"fd00:10::/48"') }],
    },
    {
      name: 'an IPv6 pool named in ipv4_pools (name resolved to its CIDR, then utils.go:845-847)',
      code: CNI_CONFIG(v6NameInV4),
      errors: [{ message: 'CNI config `ipv4_pools` names IPPool "v6" (fd00:10::/48), an IPv6 pool: the CNI plugin refuses it ("isn\'t a IPv4 address") and fails every pod that has no pool annotation. Move it to `ipv6_pools`.', ...at(v6NameInV4, '"v6"') }],
    },
    {
      name: 'an IPv4 CIDR in ipv6_pools fails even while IPv6 is not assigned (utils.go:849-851; ipam_plugin.go:322-329)',
      code: CNI_CONFIG(v4InV6),
      errors: [{ message: 'CNI config `ipv6_pools` names "10.244.0.0/16", an IPv4 CIDR: the CNI plugin refuses it ("\\"10.244.0.0\\" isn\'t a IPv6 address") and fails every pod that has no pool annotation. Move it to `ipv4_pools`.', ...at(v4InV6, '"10.244.0.0/16"') }],
    },
    {
      name: 'only LoadBalancer and Tunnel pools (ipam.go:402-410)',
      code: CNI_CONFIG(lbOnly),
      errors: [
        { message: `CNI config \`ipv4_pools\` names IPPool "lb" (192.168.30.0/24), which allows only LoadBalancer${NO_WORKLOAD_TAIL}`, ...at(lbOnly, '"lb"') },
        { message: `CNI config \`ipv4_pools\` names IPPool "tunnel" (10.250.0.0/24), which allows only Tunnel${NO_WORKLOAD_TAIL}`, ...at(lbOnly, '"tunnel"') },
      ],
    },
    {
      name: 'an IPv6 LoadBalancer pool while IPv6 is assigned (ipam_plugin.go:307-309; ipam.go:404-410)',
      code: CNI_CONFIG(v6LbAssigned),
      errors: [{ message: `CNI config \`ipv6_pools\` names IPPool "v6-lb" (fd00:30::/112), which allows only LoadBalancer${NO_WORKLOAD_TAIL}`, ...at(v6LbAssigned, '"v6-lb"') }],
    },
  ],
});
