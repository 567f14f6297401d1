import { ippoolDedicatedAutoAssign } from '../../rules/ippool-dedicated-auto-assign.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pool = (name: string, spec: string) =>
  `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: ${spec}\n---\n`;
const runner = (annotation: string, namespace = 'ci') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: runner, namespace: ${namespace}}\nspec:\n  template:\n` +
  `    metadata:\n      annotations:\n        cni.projectcalico.org/ipv4pools: '${annotation}'\n---\n`;
const DEFAULT = pool('default-ipv4-ippool', '{cidr: 10.244.0.0/16}');
const FIX = 'and its assignmentMode is not Manual. Set `nodeSelector: "!all()"` (quoted) or `assignmentMode: Manual`, or list it ' +
  'in `infraPools` to state the policy.';

ruleTester(ippoolDedicatedAutoAssign, {
  valid: [
    { name: 'a requested pool that no node selects', code: DEFAULT + pool('ci', '{cidr: 10.9.0.0/16, nodeSelector: "!all()"}') + runner('["ci"]') },
    { name: 'a requested pool with assignmentMode Manual', code: DEFAULT + pool('ci', '{cidr: 10.9.0.0/16, assignmentMode: Manual}') + runner('["ci"]') },
    {
      name: 'requested pools IPAM never auto-assigns: disabled, no Workload use, unmatchable namespaceSelector',
      code: DEFAULT + pool('a', '{cidr: 10.9.0.0/16, disabled: true}') + pool('b', '{cidr: 10.8.0.0/16, allowedUses: [Tunnel]}') +
        pool('c', '{cidr: 10.7.0.0/16, allowedUses: [Workload], namespaceSelector: "has(x) && !has(x)"}') + runner('["a", "b", "c"]'),
    },
    {
      name: "pools meant for everyone, requested by name: the default pool, a pool whose nodeSelector is written all()",
      code: DEFAULT + pool('tenant', '{cidr: 10.9.0.0/16, nodeSelector: all()}') + runner('["tenant", "default-ipv4-ippool"]'),
    },
    { name: 'the only pool of its family, requested by name (nothing else to assign)', code: pool('main', '{cidr: 10.9.0.0/16}') + runner('["main"]') },
    {
      name: 'a pool in infraPools is left to ippool-infra-node-selector',
      config: { infraPools: [{ name: 'ci', allowedNamespaces: ['ci'] }] },
      code: DEFAULT + pool('ci', '{cidr: 10.9.0.0/16}') + runner('["ci"]'),
    },
    { name: 'an unquoted !all() is left to selector-yaml-tag', code: DEFAULT + pool('ci', '{cidr: 10.9.0.0/16, nodeSelector: !all() }') + runner('["ci"]') },
    {
      name: "an annotation on the controller's own metadata requests nothing",
      code: DEFAULT + pool('ci', '{cidr: 10.9.0.0/16}') +
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: r\n  annotations: {cni.projectcalico.org/ipv4pools: \'["ci"]\'}\nspec: {template: {}}\n',
    },
  ],
  invalid: [
    {
      name: 'a pool requested by name with no nodeSelector, beside the default pool (no configuration)',
      code: DEFAULT + pool('ci', '{cidr: 10.9.0.0/16}') + runner('["ci"]'),
      errors: [{
        message: 'Pool "ci" is requested by annotation (test.yaml:18:42), so it looks dedicated to those pods, but IPAM also ' +
          `assigns it automatically to other pods: it has no nodeSelector (every node), ${FIX}`,
        line: 8, column: 18, endLine: 8, endColumn: 20,
      }],
    },
    {
      name: 'a pool requested by CIDR from a Namespace, whose selectors still match some nodes and namespaces',
      code: DEFAULT + pool('ci', '{cidr: 10.9.0.0/16, nodeSelector: "role == \'ci\'", allowedUses: [Workload], namespaceSelector: "has(ci)"}') +
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ci\n  annotations: {cni.projectcalico.org/ipv4pools: \'["10.9.0.0/16"]\'}\n',
      errors: [{
        message: 'Pool "ci" is requested by annotation (test.yaml:15:50), so it looks dedicated to those pods, but IPAM also ' +
          'assigns it automatically to other pods: its nodeSelector "role == \'ci\'" can match, and its namespaceSelector ' +
          `"has(ci)" can match, ${FIX}`,
        line: 9, column: 41, endLine: 9, endColumn: 55,
      }],
    },
  ],
});
