import { ippoolRemovedInUse } from '../../rules/ippool-removed-in-use.js';
import { baseRuleTester } from '../helpers/base-rule-tester.js';

const pool = (name: string, cidr: string, extra = '') =>
  `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n${extra}`;
const pools = pool('legacy', '10.10.0.0/16') + '---\n' + pool('main', '10.20.0.0/16');
const namespace = (value: string) =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: reports\n  annotations:\n    cni.projectcalico.org/ipv4pools: '${value}'\n`;
const MIGRATE = 'https://docs.tigera.io/calico/latest/networking/ipam/migrate-pools';
const POD_FAILS = 'Calico fails new pods that ask for it ("the given pool does not exist, or is not enabled").';
const MOVE = `Move the request to another pool first, or keep the pool until nothing requests it (${MIGRATE}).`;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: runner, namespace: ci}
spec:
  template:
    metadata:
      annotations:
        cni.projectcalico.org/ipv4pools: '["10.10.0.0/16"]'
    spec:
      containers: [{name: c, image: i}]
`;
const service = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
  annotations:
    projectcalico.org/ipv4pools: '["legacy"]'
spec: {type: LoadBalancer}
`;
const cniConfig = `apiVersion: v1
kind: ConfigMap
metadata: {name: calico-config, namespace: kube-system}
data:
  cni_network_config: |-
    {"name": "k8s-pod-network", "plugins": [{"type": "calico", "mtu": __CNI_MTU__,
      "ipam": {"type": "calico-ipam", "ipv4_pools": ["legacy"]}}]}
`;

baseRuleTester(ippoolRemovedInUse, {
  valid: [
    { name: 'a pool removed that nothing requests', base: { 'p.yaml': pools }, head: { 'p.yaml': pool('main', '10.20.0.0/16') } },
    {
      name: 'requests moved in the same change',
      base: { 'p.yaml': pools, 'ns.yaml': namespace('["legacy"]') },
      head: { 'p.yaml': pool('main', '10.20.0.0/16'), 'ns.yaml': namespace('["main"]') },
    },
    {
      name: 'a pool renamed: its CIDR is still served',
      base: { 'p.yaml': pools, 'd.yaml': deployment },
      head: { 'p.yaml': pool('legacy-2', '10.10.0.0/16') + '---\n' + pool('main', '10.20.0.0/16') },
    },
    {
      name: 'a pool already disabled on the base branch',
      base: { 'p.yaml': pool('legacy', '10.10.0.0/16', '  disabled: true\n'), 'ns.yaml': namespace('["legacy"]') },
      head: { 'p.yaml': null },
    },
    {
      name: 'a request only on a controller\'s own metadata (Calico ignores it)',
      base: { 'p.yaml': pools, 'd.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n  annotations: {cni.projectcalico.org/ipv4pools: \'["legacy"]\'}\nspec: {template: {spec: {containers: []}}}\n' },
      head: { 'p.yaml': pool('main', '10.20.0.0/16') },
    },
  ],
  invalid: [
    {
      name: 'removed while a namespace requests it by name (the file is untouched)',
      base: { 'p.yaml': pools, 'ns.yaml': namespace('["legacy"]') },
      head: { 'p.yaml': pool('main', '10.20.0.0/16') },
      errors: [{
        file: 'ns.yaml',
        message: `pool "legacy" is removed in this change but namespace "reports" still requests it (cni.projectcalico.org/ipv4pools; the pool was IPPool "legacy" at p.yaml:4:9 on the base branch). ${POD_FAILS} ${MOVE}`,
        line: 6, column: 38, endLine: 6, endColumn: 50,
      }],
    },
    {
      name: 'a whole file deleted: a pod template (by CIDR), a Service and the CNI config still request it',
      base: { 'pools/legacy.yaml': pool('legacy', '10.10.0.0/16'), 'd.yaml': deployment, 's.yaml': service, 'cni.yaml': cniConfig },
      head: { 'pools/legacy.yaml': null },
      errors: [
        {
          file: 'cni.yaml',
          message: `pool "legacy" is removed in this change but the CNI config in ConfigMap/kube-system/calico-config still requests it (ipv4_pools; the pool was IPPool "legacy" at pools/legacy.yaml:4:9 on the base branch). ${POD_FAILS} ${MOVE}`,
          line: 5, column: 23, endLine: 7, endColumn: 67,
        },
        {
          file: 'd.yaml',
          message: `pool "legacy" is removed in this change but Deployment/ci/runner still requests it (cni.projectcalico.org/ipv4pools; the pool was IPPool "legacy" at pools/legacy.yaml:4:9 on the base branch). ${POD_FAILS} ${MOVE}`,
          line: 8, column: 42, endLine: 8, endColumn: 60,
        },
        {
          file: 's.yaml',
          message: `pool "legacy" is removed in this change but Service/shop/web still requests it (projectcalico.org/ipv4pools; the pool was IPPool "legacy" at pools/legacy.yaml:4:9 on the base branch). The Service gets no LoadBalancer address from it. ${MOVE}`,
          line: 7, column: 34, endLine: 7, endColumn: 46,
        },
      ],
    },
    {
      name: 'disabled while a namespace requests it',
      base: { 'p.yaml': pools, 'ns.yaml': namespace('["legacy"]') },
      head: { 'p.yaml': pool('legacy', '10.10.0.0/16', '  disabled: true\n') + '---\n' + pool('main', '10.20.0.0/16') },
      errors: [{
        file: 'p.yaml',
        message: 'pool "legacy" is disabled in this change but namespace "reports" (ns.yaml:6:38) still requests it. ' +
          'Calico assigns no address from a disabled pool, even on request: new pods that ask for it fail to start. ' +
          `Move the requests to another pool before disabling it (${MIGRATE}).`,
        line: 7, column: 13, endLine: 7, endColumn: 17,
      }],
    },
    {
      name: 'an Installation pool removed',
      base: {
        'i.yaml': 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n    ipPools:\n    - {name: a, cidr: 10.48.0.0/16}\n    - {name: old, cidr: 10.10.0.0/16}\n',
        'ns.yaml': namespace('["old"]'),
      },
      head: { 'i.yaml': 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n    ipPools:\n    - {name: a, cidr: 10.48.0.0/16}\n' },
      errors: [{
        file: 'ns.yaml',
        message: `pool "old" is removed in this change but namespace "reports" still requests it (cni.projectcalico.org/ipv4pools; the pool was Installation pool "old" at i.yaml:8:14 on the base branch). ${POD_FAILS} ${MOVE}`,
        line: 6, column: 38, endLine: 6, endColumn: 47,
      }],
    },
  ],
});
