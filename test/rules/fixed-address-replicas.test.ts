import { fixedAddressReplicas } from '../../rules/fixed-address-replicas.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** A workload whose pod template (line 6 on) carries ipAddrs on line 8, value at column 40. */
const workload = (kind: string, spec: string, apiVersion = 'apps/v1') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: w, namespace: ci}\nspec:\n${spec}  template:\n` +
  `    metadata:\n      annotations:\n        cni.projectcalico.org/ipAddrs: '["10.0.0.5"]'\n---\n`;
const hpa = (name: string, maxReplicas: number, kind = 'Deployment') =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h, namespace: ci}\n` +
  `spec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: ${kind}, name: ${name}}\n  maxReplicas: ${maxReplicas}\n---\n`;
const FAIL = 'only one pod can hold the address, and the others fail when their sandbox is created (Calico: "Address already ' +
  'assigned in block"). Run a single pod, or request a pool with `cni.projectcalico.org/ipv4pools` instead of a fixed address.';

ruleTester(fixedAddressReplicas, {
  valid: [
    { name: 'a Deployment with one replica', code: workload('Deployment', '  replicas: 1\n') },
    { name: 'a Deployment without replicas (1 by default) and no autoscaler', code: workload('Deployment', '') },
    { name: 'an autoscaler of another workload, or with maxReplicas 1', code: workload('Deployment', '') + hpa('other', 5) + hpa('w', 1) },
    { name: 'a Job with parallelism 1 (its pods run one after another)', code: workload('Job', '  parallelism: 1\n  completions: 5\n', 'batch/v1') },
    { name: 'a bare Pod', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {cni.projectcalico.org/ipAddrs: \'["10.0.0.5"]\'}\n' },
    { name: 'several replicas requesting a pool, not an address', code: workload('Deployment', '  replicas: 3\n').replace('ipAddrs: \'["10.0.0.5"]\'', 'ipv4pools: \'["ci"]\'') },
  ],
  invalid: [
    {
      name: 'a Deployment with three replicas',
      code: workload('Deployment', '  replicas: 3\n'),
      errors: [{
        message: '`cni.projectcalico.org/ipAddrs` fixes "10.0.0.5" for every pod of this Deployment, which runs 3 pods ' +
          `(replicas: 3): ${FAIL}`,
        line: 9, column: 40, endLine: 9, endColumn: 54,
      }],
    },
    {
      name: 'a DaemonSet',
      code: workload('DaemonSet', ''),
      errors: [{
        message: '`cni.projectcalico.org/ipAddrs` fixes "10.0.0.5" for every pod of this DaemonSet, which runs one pod on ' +
          `every node it selects: ${FAIL}`,
        line: 8, column: 40, endLine: 8, endColumn: 54,
      }],
    },
    {
      name: 'a Job with parallelism 2',
      code: workload('Job', '  parallelism: 2\n', 'batch/v1'),
      errors: [{
        message: '`cni.projectcalico.org/ipAddrs` fixes "10.0.0.5" for every pod of this Job, which runs up to 2 pods at once ' +
          `(parallelism: 2): ${FAIL}`,
        line: 9, column: 40, endLine: 9, endColumn: 54,
      }],
    },
    {
      name: 'an autoscaled Deployment without replicas',
      code: workload('Deployment', '') + hpa('w', 4),
      errors: [{
        message: '`cni.projectcalico.org/ipAddrs` fixes "10.0.0.5" for every pod of this Deployment, which the ' +
          `HorizontalPodAutoscaler at test.yaml:15:16 scales up to 4 pods: ${FAIL}`,
        line: 8, column: 40, endLine: 8, endColumn: 54,
      }],
    },
  ],
});
