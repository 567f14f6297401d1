import { ippoolDuplicateName } from '../../rules/ippool-duplicate-name.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const pool = (name: string, spec: string) =>
  `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: ${spec}\n---\n`;
const FIX = 'Rename one of the pools, or keep a single definition.';
const LET_THE_OPERATOR = 'Make the IPPool identical to the Installation pool, or delete it and let the operator create the pool.';
const installation = (pools: string) =>
  `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n    ipPools:\n${pools}---\n`;

ruleTester(ippoolDuplicateName, {
  valid: [
    { name: 'different names', code: pool('a', '{cidr: 10.0.0.0/16}') + pool('b', '{cidr: 10.0.0.0/16}') },
    {
      name: 'the same pool written twice, in both API groups and another key order',
      code: pool('a', '{cidr: 10.0.0.0/16, natOutgoing: true}') +
        pool('a', '{natOutgoing: true, cidr: 10.0.0.0/16}').replace('projectcalico.org/v3', 'crd.projectcalico.org/v1'),
    },
    {
      name: 'an IPPool identical to a named Installation pool (after the operator\'s defaults): the operator takes it over',
      code: installation('    - {name: main, cidr: 10.0.0.0/16}\n') +
        pool('main', '{cidr: 10.0.0.0/16, ipipMode: Always, natOutgoing: true, blockSize: 26, nodeSelector: all()}'),
    },
    {
      name: 'an unnamed Installation pool takes the name of the IPPool with its CIDR, and is identical to it',
      code: installation('    - {cidr: 10.0.0.0/16, encapsulation: VXLAN, natOutgoing: Disabled}\n    - {cidr: 10.1.0.0/16}\n') +
        pool('legacy', '{cidr: 10.0.0.0/16, vxlanMode: Always}'),
    },
    {
      name: 'a pool repeated in the overlay Installation is no second pool: the IP pool controller reads only default (tigera/operator pool_controller.go:159)',
      code: installation('    - {name: main, cidr: 10.0.0.0/16}\n') +
        installation('    - {name: main, cidr: 10.0.0.0/16, natOutgoing: Disabled}\n').replace('name: default', 'name: overlay'),
    },
    {
      // Cluster API Provider Azure (69ec3a4, templates/addons/calico/values.yaml, calico-dual-stack/values.yaml): one per flavour.
      name: 'unnamed pools of two alternative Installations: one object named default, so never both sets of pools',
      code: installation('    - {cidr: 192.168.0.0/16, encapsulation: VXLAN}\n') + installation('    - {cidr: 10.244.0.0/16, encapsulation: None}\n'),
    },
    {
      // projectcalico/vpp-dataplane (1aafc1d): yaml/calico/installation-*.yaml beside yaml/components/srv6/srv6res.yaml.
      name: 'an IPPool that the operator adopts under one of several alternative Installations: written for that one, whatever the others say',
      code: installation('    - {cidr: 10.10.0.0/16}\n') + installation('    - {cidr: 172.16.0.0/16, encapsulation: None}\n') +
        installation('    - {cidr: 172.16.0.0/16, encapsulation: VXLAN}\n') +
        pool('default-ipv4-ippool', '{cidr: 172.16.0.0/16, blockSize: 26, ipipMode: Never, vxlanMode: Never, natOutgoing: true, nodeSelector: all()}'),
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
          'Pool "default-ipv4-ippool" is already defined at test.yaml:7:13; the operator takes over an existing IPPool only when ' +
          'it is identical to the Installation pool, and this one differs in encapsulation (None here, IPIP in the Installation), ' +
          'natOutgoing (Disabled here, Enabled in the Installation); so the operator refuses to update it ("Cannot update an IP ' +
          `pool not owned by the operator") and reports itself degraded. ${LET_THE_OPERATOR}`,
        line: 12, column: 18, endLine: 12, endColumn: 37,
      }],
    },
    {
      name: 'an unnamed Installation pool is named default-ipv4-ippool by the operator; an IPPool of that name with another CIDR',
      code: installation('    - {cidr: 10.0.0.0/16}\n') + pool('default-ipv4-ippool', '{cidr: 10.9.0.0/16}'),
      errors: [{
        message: 'Pool "default-ipv4-ippool" (the name the operator gives the unnamed Installation pool 10.0.0.0/16) is already ' +
          'defined at test.yaml:7:7; the operator writes its own IPPool of this name with CIDR 10.0.0.0/16, and this one has ' +
          '10.9.0.0/16: whichever is applied last wins, and Calico refuses to change the CIDR of an existing pool. ' +
          LET_THE_OPERATOR,
        line: 11, column: 18, endLine: 11, endColumn: 37,
      }],
    },
    {
      name: 'an IPPool that fits none of the alternative Installations that name its pool: reported against the first (the others are alternatives to it)',
      code: installation('    - {cidr: 10.10.0.0/16}\n') + installation('    - {cidr: "fd01::/64"}\n') + installation('    - {cidr: "fd01::/64", encapsulation: VXLAN}\n') +
        pool('default-ipv6-ippool', '{cidr: "fdfb:af47:32af::/48", blockSize: 122, ipipMode: Never, vxlanMode: Never, nodeSelector: all()}'),
      errors: [{
        message: 'Pool "default-ipv6-ippool" (the name the operator gives the unnamed Installation pool fd01::/64) is already ' +
          'defined at test.yaml:15:7; the operator writes its own IPPool of this name with CIDR fd01::/64, and this one has ' +
          'fdfb:af47:32af::/48: whichever is applied last wins, and Calico refuses to change the CIDR of an existing pool. ' +
          LET_THE_OPERATOR,
        line: 27, column: 18, endLine: 27, endColumn: 37,
      }],
    },
  ],
});
