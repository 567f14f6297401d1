import { ippoolInfraNodeSelector } from '../../rules/ippool-infra-node-selector.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const config = { infraPools: [{ name: 'infra', allowedNamespaces: ['gitlab-runners'] }] };
const FIX = 'so IPAM assigns its addresses automatically to pods there that did not ask for it. Set `nodeSelector: "!all()"` (quoted) or `assignmentMode: Manual`.';

ruleTester(ippoolInfraNodeSelector, {
  valid: [
    {
      name: 'unquoted !all() and ! all() (YAML tags): left to selector-yaml-tag, which reports them at the same place',
      config: { infraPools: [{ name: 'infra' }, { name: 'infra2' }] },
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: !all()
        ---
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra2}
        spec:
          nodeSelector: ! all()
      `,
    },
    {
      name: 'infra pools IPAM never assigns automatically: disabled, no Workload use, an unmatchable namespaceSelector',
      config: { infraPools: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }] },
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: a}
        spec: {cidr: 10.0.0.0/16, disabled: true}
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: b}
        spec: {cidr: 10.1.0.0/16, allowedUses: [LoadBalancer]}
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: c}
        spec: {cidr: 10.2.0.0/16, allowedUses: [Workload], namespaceSelector: "!all()"}
        ---
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools: [{name: d, cidr: 10.3.0.0/16, disableNewAllocations: true}]
      `,
    },
    {
      name: 'quoted !all()',
      config,
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra}
        spec:
          cidr: 100.64.0.0/16
          natOutgoing: true
          nodeSelector: "!all()"
      `,
    },
    {
      name: 'surrounding spaces do not change the selector',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: " !all() "
      `,
    },
    {
      name: 'selectors that no node can match are as good as !all()',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: "has(x) && !has(x)"
        ---
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools:
            - {name: infra, cidr: 100.64.0.0/16, nodeSelector: "!all() && role == 'x'"}
            - {name: infra, cidr: 100.65.0.0/16, nodeSelector: "a == 'x' && a == 'y'"}
            - {name: infra, cidr: 100.66.0.0/16, nodeSelector: "!!!all()"}
      `,
    },
    {
      name: 'a selector that does not parse is left to ippool-valid (Calico rejects the pool)',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: "role == infra"
      `,
    },
    {
      name: 'assignmentMode: Manual without a selector',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          cidr: 100.64.0.0/16
          assignmentMode: Manual
      `,
    },
    {
      name: 'a pool not listed in infraPools may match nodes',
      config,
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: tenant}
        spec:
          cidr: 10.244.0.0/16
          nodeSelector: all()
      `,
    },
    {
      name: 'without configuration no pool is an infra pool',
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra}
        spec:
          cidr: 100.64.0.0/16
      `,
    },
    {
      name: 'an IPPool of another API group is not a Calico pool',
      config,
      code: yaml`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: infra}
        spec: {}
      `,
    },
    {
      name: 'operator Installation pool with !all()',
      config,
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools:
            - name: tenant
              cidr: 10.244.0.0/16
            - name: infra
              cidr: 100.64.0.0/16
              nodeSelector: "!all()"
      `,
    },
  ],
  invalid: [
    {
      name: 'a nodeSelector that is one ${VAR}: ippool-valid leaves it unjudged, the infra policy cannot prove it',
      config,
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra}
        spec:
          cidr: 100.64.0.0/16
          nodeSelector: \${INFRA_SELECTOR}
      `,
      errors: [{
        message: 'Infra pool "infra" has nodeSelector "${INFRA_SELECTOR}", a placeholder filled in before the manifest is applied: ' +
          `calico-lint cannot prove that no node matches it, ${FIX}`,
        line: 6, column: 17, endLine: 6, endColumn: 34,
      }],
    },
    {
      name: 'a namespaceSelector that matches some namespaces: the message says which pods',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec: {cidr: 10.0.0.0/16, allowedUses: [Workload], namespaceSelector: "has(ci)"}
      `,
      errors: [{
        message: 'Infra pool "infra" has no nodeSelector (Calico defaults it to `all()`: every node), so IPAM assigns its ' +
          'addresses automatically to pods there that did not ask for it (in namespaces its namespaceSelector "has(ci)" ' +
          'matches). Set `nodeSelector: "!all()"` (quoted) or `assignmentMode: Manual`.',
        line: 3, column: 18, endLine: 3, endColumn: 23,
      }],
    },
    {
      name: 'no nodeSelector: reported at the pool name',
      config,
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: infra
        spec:
          cidr: 100.64.0.0/16
      `,
      errors: [{
        message: `Infra pool "infra" has no nodeSelector (Calico defaults it to \`all()\`: every node), ${FIX}`,
        line: 4, column: 9, endLine: 4, endColumn: 14,
      }],
    },
    {
      name: 'empty string',
      config,
      code: yaml`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: ""
      `,
      errors: [{
        message: `Infra pool "infra" has an empty nodeSelector (= \`all()\`: every node), ${FIX}`,
        line: 5, column: 17, endLine: 5, endColumn: 19,
      }],
    },
    {
      name: 'all()',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: all()
      `,
      errors: [{
        message: `Infra pool "infra" has nodeSelector "all()", which every node matches, ${FIX}`,
        line: 5, column: 17, endLine: 5, endColumn: 22,
      }],
    },
    {
      name: 'a label selector',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: "role == 'infra'"
      `,
      errors: [{
        message: `Infra pool "infra" has nodeSelector "role == 'infra'", which nodes can match (e.g. a node labelled role="infra"), ${FIX}`,
        line: 5, column: 17, endLine: 5, endColumn: 34,
      }],
    },
    {
      name: 'a negation that still matches nodes',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: "!has(tenant)"
      `,
      errors: [{
        message: `Infra pool "infra" has nodeSelector "!has(tenant)", which every node matches, ${FIX}`,
        line: 5, column: 17, endLine: 5, endColumn: 31,
      }],
    },
    {
      name: 'a string test that some label value satisfies',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: "zone starts with 'eu-' && zone ends with '-1'"
      `,
      errors: [{
        message: `Infra pool "infra" has nodeSelector "zone starts with 'eu-' && zone ends with '-1'", which nodes can match (e.g. a node labelled zone="eu-#-1"), ${FIX}`,
        line: 5, column: 17, endLine: 5, endColumn: 64,
      }],
    },
    {
      name: 'a selector that is not a string',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          nodeSelector: [a, b]
      `,
      errors: [{
        message: `Infra pool "infra" has a nodeSelector that is not a string ("[\\"a\\",\\"b\\"]"), ${FIX}`,
        line: 5, column: 17, endLine: 5, endColumn: 23,
      }],
    },
    {
      name: 'assignmentMode Automatic does not help',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec:
          assignmentMode: Automatic
          nodeSelector: all()
      `,
      errors: [{
        message: `Infra pool "infra" has nodeSelector "all()", which every node matches, ${FIX}`,
        line: 6, column: 17, endLine: 6, endColumn: 22,
      }],
    },
    {
      name: 'operator Installation pool without a selector: reported at its name',
      config,
      code: yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: {name: default}
        spec:
          calicoNetwork:
            ipPools:
            - name: tenant
              cidr: 10.244.0.0/16
            - name: infra
              cidr: 100.64.0.0/16
      `,
      errors: [{
        message: `Infra pool "infra" has no nodeSelector (Calico defaults it to \`all()\`: every node), ${FIX}`,
        line: 9, column: 13, endLine: 9, endColumn: 18,
      }],
    },
  ],
});
