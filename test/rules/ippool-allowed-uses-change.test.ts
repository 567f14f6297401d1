import { ippoolAllowedUsesChange } from '../../rules/ippool-allowed-uses-change.js';
import { baseRuleTester } from '../helpers/base-rule-tester.js';

const pool = (name: string, spec: string) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: 10.50.0.0/24\n${spec}`;
const REFUSED = 'Calico refuses to turn a LoadBalancer pool into a Workload or Tunnel pool ("IPPool allowed use cannot be changed from LoadBalacer to Workload or Tunnel"). ' +
  'Keep this pool for LoadBalancer addresses; for workloads, create a new pool, migrate the workloads to it, disable the old pool, then delete it (https://docs.tigera.io/calico/latest/networking/ipam/migrate-pools).';

baseRuleTester(ippoolAllowedUsesChange, {
  valid: [
    { name: 'LoadBalancer stays', base: { 'p.yaml': pool('lb', '  allowedUses: [LoadBalancer]\n') }, head: { 'p.yaml': pool('lb', '  allowedUses: [LoadBalancer]\n  natOutgoing: true\n') } },
    { name: 'Workload to Tunnel is accepted by Calico', base: { 'p.yaml': pool('w', '  allowedUses: [Workload]\n') }, head: { 'p.yaml': pool('w', '  allowedUses: [Tunnel]\n') } },
    { name: 'default uses to LoadBalancer is accepted by Calico', base: { 'p.yaml': pool('w', '') }, head: { 'p.yaml': pool('w', '  allowedUses: [LoadBalancer]\n') } },
  ],
  invalid: [
    {
      name: 'LoadBalancer to Workload',
      base: { 'p.yaml': pool('lb', '  allowedUses: [LoadBalancer]\n') },
      head: { 'p.yaml': pool('lb', '  allowedUses: [Workload]\n') },
      errors: [{
        file: 'p.yaml',
        message: `IPPool "lb": allowedUses changes from [LoadBalancer] to [Workload] (base branch: p.yaml:7:16). ${REFUSED}`,
        line: 7, column: 16, endLine: 7, endColumn: 26,
      }],
    },
    {
      name: 'the field removed from a LoadBalancer pool (the default is Workload and Tunnel)',
      base: { 'p.yaml': pool('lb', '  allowedUses: [LoadBalancer]\n') },
      head: { 'p.yaml': pool('lb', '') },
      errors: [{
        file: 'p.yaml',
        message: `IPPool "lb": allowedUses changes from [LoadBalancer] to [Workload, Tunnel] (the default when the field is empty or missing) (base branch: p.yaml:7:16). ${REFUSED}`,
        line: 5, column: 1, endLine: 5, endColumn: 5,
      }],
    },
  ],
});
