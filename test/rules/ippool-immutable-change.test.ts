import { ippoolImmutableChange } from '../../rules/ippool-immutable-change.js';
import { baseRuleTester } from '../helpers/base-rule-tester.js';

const pool = (name: string, spec: string) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const MIGRATE = 'https://docs.tigera.io/calico/latest/networking/ipam/migrate-pools';
const STEPS = `Keep this pool as it is; to move to new addresses, create a new pool, migrate the workloads to it, disable the old pool, then delete it (${MIGRATE}).`;

baseRuleTester(ippoolImmutableChange, {
  valid: [
    { name: 'nothing changed', base: { 'p.yaml': pool('a', '  cidr: 10.0.0.0/16\n') }, head: {} },
    { name: 'other fields change', base: { 'p.yaml': pool('a', '  cidr: 10.0.0.0/16\n') }, head: { 'p.yaml': pool('a', '  cidr: 10.0.0.0/16\n  natOutgoing: true\n') } },
    { name: 'the default block size written out', base: { 'p.yaml': pool('a', '  cidr: 10.0.0.0/16\n') }, head: { 'p.yaml': pool('a', '  cidr: 10.0.0.0/16\n  blockSize: 26\n') } },
    { name: 'the same IPv6 network spelled differently', base: { 'p.yaml': pool('a', '  cidr: "fd00:0:0:0::/64"\n') }, head: { 'p.yaml': pool('a', '  cidr: "fd00::/64"\n') } },
    { name: 'a new pool', base: {}, head: { 'p.yaml': pool('a', '  cidr: 10.0.0.0/16\n') } },
    {
      name: 'a pool replaced by another name (the migration)',
      base: { 'p.yaml': pool('a', '  cidr: 10.0.0.0/16\n') },
      head: { 'p.yaml': pool('b', '  cidr: 10.1.0.0/16\n') },
    },
    {
      name: 'the same name in another cluster is another pool',
      base: {
        '.calico-lint.yaml': 'clusters:\n- {name: one, paths: ["one/**"]}\n- {name: two, paths: ["two/**"]}\n',
        'one/p.yaml': pool('a', '  cidr: 10.0.0.0/16\n'),
      },
      head: { 'one/p.yaml': null, 'two/p.yaml': pool('a', '  cidr: 10.9.0.0/16\n') },
    },
  ],
  invalid: [
    {
      name: 'cidr changed in place',
      base: { 'p.yaml': pool('main', '  cidr: 10.20.0.0/16\n') },
      head: { 'p.yaml': pool('main', '  cidr: 10.21.0.0/16\n') },
      errors: [{
        file: 'p.yaml',
        message: `IPPool "main": cidr changes in place from "10.20.0.0/16" to "10.21.0.0/16" (base branch: p.yaml:6:9). Calico refuses it ("CIDR cannot be changed; follow IP pool migration guide"). ${STEPS}`,
        line: 6, column: 9, endLine: 6, endColumn: 21,
      }],
    },
    {
      name: 'blockSize changed from its default, in a file that moved',
      base: { 'old/p.yaml': pool('main', '  cidr: 10.20.0.0/16\n') },
      head: { 'new/pools.yaml': pool('main', '  cidr: 10.20.0.0/16\n  blockSize: 24\n') },
      repo: { moves: { 'old/p.yaml': 'new/pools.yaml' } },
      errors: [{
        file: 'new/pools.yaml',
        message: `IPPool "main": blockSize changes in place from 26 to 24 (base branch: old/p.yaml:5:1). Calico refuses it ("Block size cannot be changed; follow IP pool migration guide"). ${STEPS}`,
        line: 7, column: 14, endLine: 7, endColumn: 16,
      }],
    },
    {
      name: 'both, in the working tree (not committed)',
      base: { 'p.yaml': pool('main', '  cidr: fd00::/64\n  blockSize: 122\n') },
      head: { 'p.yaml': pool('main', '  cidr: fd01::/64\n  blockSize: 120\n') },
      repo: { uncommitted: true },
      errors: [
        {
          file: 'p.yaml',
          message: `IPPool "main": cidr changes in place from "fd00::/64" to "fd01::/64" (base branch: p.yaml:6:9). Calico refuses it ("CIDR cannot be changed; follow IP pool migration guide"). ${STEPS}`,
          line: 6, column: 9, endLine: 6, endColumn: 18,
        },
        {
          file: 'p.yaml',
          message: `IPPool "main": blockSize changes in place from 122 to 120 (base branch: p.yaml:7:14). Calico refuses it ("Block size cannot be changed; follow IP pool migration guide"). ${STEPS}`,
          line: 7, column: 14, endLine: 7, endColumn: 17,
        },
      ],
    },
  ],
});
