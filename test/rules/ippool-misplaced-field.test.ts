import { ippoolMisplacedField } from '../../rules/ippool-misplaced-field.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const TOP_LEVEL = (field: string): string =>
  `\`${field}\` is at the top level of the IPPool, where Kubernetes does not read it; it belongs under \`spec:\` — indent it`;
const UNDER_METADATA = (field: string): string =>
  `\`${field}\` is under \`metadata:\`, where Kubernetes does not read it; it belongs under \`spec:\` — move it out of \`metadata:\``;

ruleTester(ippoolMisplacedField, {
  valid: [
    {
      name: 'a well-formed IPPool with labels and annotations',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: infra
          labels: {team: net}
          annotations: {owner: platform}
        spec:
          cidr: 100.64.0.0/16
          natOutgoing: true
          nodeSelector: "!all()"
      `,
    },
    {
      name: 'flow style on one line',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: tenant}
        spec: {cidr: 10.244.0.0/16, ipipMode: CrossSubnet}
      `,
    },
    {
      name: 'a top-level cidr on another kind is not an IPPool problem',
      code: yaml`
        apiVersion: example.com/v1
        kind: Subnet
        metadata: {name: s}
        cidr: 10.0.0.0/8
      `,
    },
    {
      name: 'an IPPool of another API group is not a Calico pool',
      code: yaml`
        apiVersion: metallb.io/v1beta1
        kind: IPPool
        metadata:
          name: lb
          cidr: 192.0.2.0/24
        name: lb
      `,
    },
    {
      name: 'an Installation is not checked by this rule',
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools:
            - {name: a, cidr: 10.244.0.0/16}
      `,
    },
  ],
  invalid: [
    {
      name: 'a flattened spec: fields beside spec at the top level',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: infra
        spec:
        cidr: 100.64.0.0/16
        natOutgoing: true
        nodeSelector: "!all()"
      `,
      errors: [
        { message: TOP_LEVEL('cidr'), line: 6, column: 1, endLine: 6, endColumn: 5 },
        { message: TOP_LEVEL('natOutgoing'), line: 7, column: 1, endLine: 7, endColumn: 12 },
        { message: TOP_LEVEL('nodeSelector'), line: 8, column: 1, endLine: 8, endColumn: 13 },
      ],
    },
    {
      name: 'spec fields indented under metadata',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata:
          name: infra
          natOutgoing: true
          nodeSelector: "!all()"
        spec:
          cidr: 100.64.0.0/16
      `,
      errors: [
        { message: UNDER_METADATA('natOutgoing'), line: 5, column: 3, endLine: 5, endColumn: 14 },
        { message: UNDER_METADATA('nodeSelector'), line: 6, column: 3, endLine: 6, endColumn: 15 },
      ],
    },
    {
      name: 'spec nested under metadata',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: infra
          spec:
            cidr: 100.64.0.0/16
            natOutgoing: true
      `,
      errors: [{
        message: '`spec` is nested under `metadata:`, so Kubernetes sees an IPPool without a spec (no CIDR). ' +
          'Dedent it to the top level, beside `metadata:`',
        line: 5, column: 3, endLine: 5, endColumn: 7,
      }],
    },
    {
      name: 'spec nested under metadata and also at the top level',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: infra
          spec:
            natOutgoing: true
        spec:
          cidr: 100.64.0.0/16
      `,
      errors: [{
        message: '`spec` is nested under `metadata:` and also written at the top level; Kubernetes reads only the ' +
          'top-level one. Merge the two into the top-level `spec:`',
        line: 5, column: 3, endLine: 5, endColumn: 7,
      }],
    },
    {
      name: 'name at the top level because metadata lost its indentation',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
        name: infra
        spec:
          cidr: 100.64.0.0/16
      `,
      errors: [{
        message: '`name` is at the top level of the IPPool, where Kubernetes does not read it; it belongs under ' +
          '`metadata:` — indent it',
        line: 4, column: 1, endLine: 4, endColumn: 5,
      }],
    },
    {
      name: 'a field both at the top level and under spec',
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          cidr: 100.64.0.0/16
        cidr: 100.65.0.0/16
      `,
      errors: [{
        message: '`cidr` is at the top level of the IPPool and also under `spec:`; Kubernetes reads only spec.cidr. ' +
          'Keep one, under `spec:`',
        line: 6, column: 1, endLine: 6, endColumn: 5,
      }],
    },
    {
      name: 'findings in the order the keys are written',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        blockSize: 26
        metadata:
          name: infra
          "allowedUses": [Workload]
        spec: {cidr: 10.0.0.0/16}
      `,
      errors: [
        { message: TOP_LEVEL('blockSize'), line: 3, column: 1, endLine: 3, endColumn: 10 },
        { message: UNDER_METADATA('allowedUses'), line: 6, column: 3, endLine: 6, endColumn: 16 },
      ],
    },
    {
      name: 'an IPPool inside a List',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: crd.projectcalico.org/v1
          kind: IPPool
          metadata: {name: infra}
          spec: {cidr: 10.0.0.0/16}
          assignmentMode: Manual
      `,
      errors: [{ message: TOP_LEVEL('assignmentMode'), line: 8, column: 3, endLine: 8, endColumn: 17 }],
    },
  ],
});
