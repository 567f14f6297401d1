/**
 * calico node/pkg/lifecycle/startup/startup.go (master 87c1590; two lines earlier in v3.32.1):
 * the pool variables are validated at every start (configureIPPools 905-1035; a refused value is
 * calico-node-env-valid's crash loop), but used only to create default-ipv4-ippool /
 * default-ipv6-ippool when no pool of the family exists (1062-1077).
 */
import { ippoolEnvChange } from '../../rules/ippool-env-change.js';
import { baseRuleTester } from '../helpers/base-rule-tester.js';

const calicoNode = (env: string, name = 'calico-node') => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ${name}, namespace: kube-system}
spec:
  template:
    spec:
      hostNetwork: true
      containers:
      - name: calico-node
        image: calico/node
        env:
        - name: DATASTORE_TYPE
          value: kubernetes
${env}`;
const v4 = (cidr: string) => `        - name: CALICO_IPV4POOL_CIDR\n          value: "${cidr}"\n`;
const IGNORED = 'on a running cluster the edit changes nothing. Revert it; to move pods to new addresses, create an IPPool and follow https://docs.tigera.io/calico/latest/networking/ipam/migrate-pools.';

baseRuleTester(ippoolEnvChange, {
  valid: [
    { name: 'unchanged', base: { 'n.yaml': calicoNode(v4('192.168.0.0/16')) }, head: { 'n.yaml': calicoNode(v4('192.168.0.0/16') + '        - name: FELIX_LOGSEVERITYSCREEN\n          value: info\n') } },
    { name: 'a new DaemonSet (a new cluster)', base: {}, head: { 'n.yaml': calicoNode(v4('10.48.0.0/16')) } },
    // A value calico-node refuses at every start is a crash loop, not a no-op: calico-node-env-valid reports it.
    { name: 'edited to a CIDR of the other family (refused at every start, not ignored: startup.go:998-1003)', base: { 'n.yaml': calicoNode(v4('192.168.0.0/16')) }, head: { 'n.yaml': calicoNode(v4('fd00:10::/48')) } },
    { name: 'another workload of another name', base: { 'n.yaml': calicoNode(v4('192.168.0.0/16')) }, head: { 'n.yaml': calicoNode(v4('10.48.0.0/16'), 'calico-node-2') } },
  ],
  invalid: [
    {
      name: 'CALICO_IPV4POOL_CIDR edited (read only when no IPv4 pool exists: startup.go:1063-1069)',
      base: { 'n.yaml': calicoNode(v4('192.168.0.0/16')) },
      head: { 'n.yaml': calicoNode(v4('10.48.0.0/16')) },
      errors: [{
        file: 'n.yaml',
        message: `CALICO_IPV4POOL_CIDR changes from "192.168.0.0/16" to "10.48.0.0/16" in container "calico-node", but calico-node reads it only when no IPv4 pool exists: ${IGNORED}`,
        line: 15, column: 18, endLine: 15, endColumn: 32,
      }],
    },
    {
      name: 'CALICO_IPV6POOL_BLOCK_SIZE added to a running calico-node (startup.go:1071-1077)',
      base: { 'n.yaml': calicoNode('') },
      head: { 'n.yaml': calicoNode('        - name: CALICO_IPV6POOL_BLOCK_SIZE\n          value: "120"\n') },
      errors: [{
        file: 'n.yaml',
        message: `CALICO_IPV6POOL_BLOCK_SIZE is set to "120" in container "calico-node", but calico-node reads it only when no IPv6 pool exists: ${IGNORED}`,
        line: 15, column: 18, endLine: 15, endColumn: 23,
      }],
    },
  ],
});
