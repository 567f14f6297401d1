import { ippoolDuplicateName } from '../../rules/ippool-duplicate-name.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const pool = (name: string, spec: string) =>
  `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: ${spec}\n---\n`;
const FIX = 'Rename one of the pools, or keep a single definition.';

ruleTester(ippoolDuplicateName, {
  valid: [
    { name: 'different names', code: pool('a', '{cidr: 10.0.0.0/16}') + pool('b', '{cidr: 10.0.0.0/16}') },
    {
      name: 'the same pool written twice, in both API groups and another key order',
      code: pool('a', '{cidr: 10.0.0.0/16, natOutgoing: true}') +
        pool('a', '{natOutgoing: true, cidr: 10.0.0.0/16}').replace('projectcalico.org/v3', 'crd.projectcalico.org/v1'),
    },
    { name: 'unnamed pools are not compared', code: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nspec: {cidr: 10.0.0.0/8}\n---\n'.repeat(2) },
  ],
  invalid: [
    {
      name: 'two different specs under one name',
      code: pool('infra', '{cidr: 100.64.0.0/16, nodeSelector: "!all()"}') + pool('infra', '{cidr: 100.65.0.0/16, natOutgoing: true}'),
      errors: [{
        message: `Pool "infra" is already defined at test.yaml:3:18; this definition differs in \`cidr\`, \`nodeSelector\`, \`natOutgoing\`, and whichever is applied last wins. ${FIX}`,
        line: 8, column: 18, endLine: 8, endColumn: 23,
      }],
    },
    {
      name: 'an IPPool named like an Installation pool',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools:
            - name: default-ipv4-ippool
              cidr: 192.168.0.0/16
        ---
      ` + pool('default-ipv4-ippool', '{cidr: 192.168.0.0/16}'),
      errors: [{
        message:
          'Pool "default-ipv4-ippool" is already defined at test.yaml:7:13; the operator creates an IPPool for each Installation pool, ' +
          `and a separate IPPool of the same name fights it. ${FIX}`,
        line: 12, column: 18, endLine: 12, endColumn: 37,
      }],
    },
  ],
});
