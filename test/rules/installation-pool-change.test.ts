import { installationPoolChange } from '../../rules/installation-pool-change.js';
import { baseRuleTester } from '../helpers/base-rule-tester.js';

const installation = (pools: string) =>
  `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools:\n${pools}`;
const STAYS = 'the Installation stays degraded and the cluster keeps the old pool';
const FIX = 'Add the new pool as another entry of `ipPools`, migrate the workloads to it, disable the old entry (disableNewAllocations: true), then remove it (https://docs.tigera.io/calico/latest/networking/ipam/migrate-pools).';

baseRuleTester(installationPoolChange, {
  valid: [
    {
      name: 'a second pool added next to the first (the migration)',
      base: { 'i.yaml': installation('    - name: a\n      cidr: 10.48.0.0/16\n') },
      head: { 'i.yaml': installation('    - name: a\n      cidr: 10.48.0.0/16\n    - name: b\n      cidr: 10.49.0.0/16\n') },
    },
    {
      name: 'an unnamed pool given the name the operator gives it',
      base: { 'i.yaml': installation('    - cidr: 10.48.0.0/16\n') },
      head: { 'i.yaml': installation('    - name: default-ipv4-ippool\n      cidr: 10.48.0.0/16\n      blockSize: 26\n') },
    },
    {
      name: 'other fields change',
      base: { 'i.yaml': installation('    - name: a\n      cidr: 10.48.0.0/16\n') },
      head: { 'i.yaml': installation('    - name: a\n      cidr: 10.48.0.0/16\n      natOutgoing: Enabled\n') },
    },
  ],
  invalid: [
    {
      name: 'cidr changed under the same name',
      base: { 'i.yaml': installation('    - name: a\n      cidr: 10.48.0.0/16\n') },
      head: { 'i.yaml': installation('    - name: a\n      cidr: 10.49.0.0/16\n') },
      errors: [{
        file: 'i.yaml',
        message: `Installation pool "a" changes cidr from "10.48.0.0/16" to "10.49.0.0/16". The operator would update IPPool "a" in place, which Calico refuses ("CIDR cannot be changed"): ${STAYS} (base branch: i.yaml:8:7). ${FIX}`,
        line: 9, column: 13, endLine: 9, endColumn: 25,
      }],
    },
    {
      name: 'blockSize of an unnamed pool changed',
      base: { 'i.yaml': installation('    - cidr: 10.48.0.0/16\n') },
      head: { 'i.yaml': installation('    - cidr: 10.48.0.0/16\n      blockSize: 24\n') },
      errors: [{
        file: 'i.yaml',
        message: `Installation pool "default-ipv4-ippool" changes blockSize from 26 to 24. The operator would update IPPool "default-ipv4-ippool" in place, which Calico refuses ("Block size cannot be changed"): ${STAYS} (base branch: i.yaml:8:7). ${FIX}`,
        line: 9, column: 18, endLine: 9, endColumn: 20,
      }],
    },
    {
      name: 'renamed with the same CIDR',
      base: { 'i.yaml': installation('    - name: a\n      cidr: 10.48.0.0/16\n') },
      head: { 'i.yaml': installation('    - name: b\n      cidr: 10.48.0.0/16\n') },
      errors: [{
        file: 'i.yaml',
        message: `Installation pool is renamed from "a" to "b" with the same cidr 10.48.0.0/16. The operator would create IPPool "b" beside "a", which Calico refuses as an overlap: ${STAYS} (base branch: i.yaml:8:7). ${FIX}`,
        line: 8, column: 13, endLine: 8, endColumn: 14,
      }],
    },
  ],
});
