/**
 * pool-capacity and the IPAM facts it reads, verified in projectcalico/calico at commit 87c15906f2
 * (master, August 2026):
 * - libcalico-go/lib/ipam/ipam.go:735-752: the global maxBlocksPerHost, or 20 blocks when it is 0 or unset
 *   (the same 20 at v3.26.0-v3.31.0); a node at the limit fails the pod (791-795);
 * - the v1 CRD kind is IPAMConfig (libcalico-go/config/crd/crd.projectcalico.org_ipamconfigs.yaml:10), the
 *   v3 kind IPAMConfiguration (api/pkg/apis/projectcalico/v3/ipamconfig.go:22); only the one named
 *   "default" is read (libcalico-go/lib/backend/model/ipam_config.go:22).
 * - BGPConfiguration Service ranges come from the global one, named "default" (confd/pkg/backends/calico/
 *   client.go:1174-1183 reads c.globalBGPConfig; libcalico-go/lib/clientv3/bgpconfig.go:127-153 refuses them elsewhere).
 */
import { poolCapacity } from '../../rules/pool-capacity.js';
import { poolOverlapsClusterRange } from '../../rules/pool-overlaps-cluster-range.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pool = (name: string, spec: string) => `---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: ${spec}\n`;
const ipam = (apiVersion: string, kind: string, name: string, maxBlocksPerHost: number) =>
  `---\napiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: ${name}}\nspec: {maxBlocksPerHost: ${maxBlocksPerHost}}\n`;
const SMALL_BLOCKS = pool('a', '{cidr: 10.244.0.0/16, blockSize: 30}');
const TAIL = "fewer than kubelet's default 110 pods: pods beyond that fail to get an address. Raise maxBlocksPerHost, or use larger blocks (a smaller blockSize).";
const BLOCK_SIZE_AT = { line: 5, column: 40, endLine: 5, endColumn: 42 };

ruleTester(poolCapacity, {
  valid: [
    { name: 'blockSize 27: 20 × 32 = 640 addresses (ipam.go:747-752)', code: pool('a', '{cidr: 10.244.0.0/16, blockSize: 27}') },
    { name: 'blockSize 30 with the v1 IPAMConfig allowing 40 blocks (crd.projectcalico.org_ipamconfigs.yaml:10; ipam.go:741-745)', code: SMALL_BLOCKS + ipam('crd.projectcalico.org/v1', 'IPAMConfig', 'default', 40) },
    { name: 'blockSize 30 with the v3 IPAMConfiguration allowing 40 blocks (v3/ipamconfig.go:22)', code: SMALL_BLOCKS + ipam('projectcalico.org/v3', 'IPAMConfiguration', 'default', 40) },
    { name: 'an infra pool serves no node automatically', code: pool('infra', '{cidr: 100.64.0.0/24, blockSize: 30, nodeSelector: "!all()"}') },
  ],
  invalid: [
    {
      name: 'blockSize 30 without maxBlocksPerHost: 20 blocks × 4 = 80 addresses (ipam.go:747-752)',
      code: SMALL_BLOCKS,
      errors: [{ message: 'IPPool "a" (10.244.0.0/16): without `maxBlocksPerHost` IPAM caps a node at 20 blocks (libcalico-go/lib/ipam/ipam.go), and 20 × 4 addresses per block lets a node hold at most 80 addresses from this pool, ' + TAIL, ...BLOCK_SIZE_AT }],
    },
    {
      name: 'the v1 group has no IPAMConfiguration kind: not read, the default cap applies (crd.projectcalico.org_ipamconfigs.yaml:10)',
      code: SMALL_BLOCKS + ipam('crd.projectcalico.org/v1', 'IPAMConfiguration', 'default', 40),
      errors: [{ message: 'IPPool "a" (10.244.0.0/16): without `maxBlocksPerHost` IPAM caps a node at 20 blocks (libcalico-go/lib/ipam/ipam.go), and 20 × 4 addresses per block lets a node hold at most 80 addresses from this pool, ' + TAIL, ...BLOCK_SIZE_AT }],
    },
    {
      name: 'an IPAMConfig not named default is not read (model/ipam_config.go:22)',
      code: SMALL_BLOCKS + ipam('crd.projectcalico.org/v1', 'IPAMConfig', 'other', 40),
      errors: [{ message: 'IPPool "a" (10.244.0.0/16): without `maxBlocksPerHost` IPAM caps a node at 20 blocks (libcalico-go/lib/ipam/ipam.go), and 20 × 4 addresses per block lets a node hold at most 80 addresses from this pool, ' + TAIL, ...BLOCK_SIZE_AT }],
    },
    {
      name: 'the v1 IPAMConfig is read: maxBlocksPerHost 1 (ipam.go:737-745, 791-795)',
      code: pool('a', '{cidr: 10.244.0.0/16, blockSize: 26}') + ipam('crd.projectcalico.org/v1', 'IPAMConfig', 'default', 1),
      errors: [{ message: 'IPPool "a" (10.244.0.0/16): IPAMConfiguration `maxBlocksPerHost` 1 × 64 addresses per block lets a node hold at most 64 addresses from this pool, ' + TAIL, ...BLOCK_SIZE_AT }],
    },
  ],
});

const bgp = (name: string) => `---\napiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: {name: ${name}}\nspec:\n  serviceLoadBalancerIPs: [{cidr: 192.168.30.0/24}]\n`;

ruleTester(poolOverlapsClusterRange, {
  valid: [
    { name: 'a node-specific BGPConfiguration carries no Service ranges (confd client.go:1174-1183; clientv3/bgpconfig.go:134-151)', code: pool('a', '{cidr: 192.168.0.0/16}') + bgp('node.worker-1') },
  ],
  invalid: [
    {
      name: 'the global BGPConfiguration does (confd client.go:1183)',
      code: pool('a', '{cidr: 192.168.0.0/16}') + bgp('default'),
      errors: [{
        message: 'IPPool "a" (192.168.0.0/16) overlaps the BGP-advertised Service load-balancer IP range 192.168.30.0/24 (BGPConfiguration `spec.serviceLoadBalancerIPs` at test.yaml:11:35): ' +
          'Calico advertises this range over BGP for LoadBalancer Services, not for pods. Move the pool to a range of its own.',
        line: 5, column: 14, endLine: 5, endColumn: 28,
      }],
    },
  ],
});
