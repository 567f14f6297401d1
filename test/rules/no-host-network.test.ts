import { noHostNetwork } from '../../rules/no-host-network.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const config = {
  infraPools: [{ name: 'infra', allowedNamespaces: ['gitlab-runners', 'ci-*'] }],
  hostNetwork: { allow: [{ namespace: 'kube-system', name: 'calico-node' }, { namespace: 'monitoring' }] },
};

const RISK = "on the node's network (port clashes, no pod network policy, CVE-2020-15257).";
const NO_POOL = "Remove it, or list the workload in `hostNetwork.allow` if it truly needs the node's network.";

ruleTester(noHostNetwork, {
  valid: [
    {
      name: 'no hostNetwork',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: tenant}
        spec: {containers: [{name: c, image: x}]}
      `,
    },
    {
      name: 'hostNetwork: false, and the YAML 1.1 false forms',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec: {hostNetwork: false}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: b}
        spec: {hostNetwork: no}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: c}
        spec: {hostNetwork: Off}
      `,
    },
    {
      name: 'the quoted string "true" is not a boolean (Kubernetes rejects it, not this rule)',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec: {hostNetwork: "true"}
      `,
    },
    {
      name: 'allowed by namespace and name',
      config,
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: calico-node, namespace: kube-system}
        spec:
          template:
            spec:
              hostNetwork: true
      `,
    },
    {
      name: 'allowed by namespace alone',
      config,
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: node-exporter, namespace: monitoring}
        spec:
          template:
            spec: {hostNetwork: true}
      `,
    },
    {
      name: 'hostNetwork outside a pod spec is not a pod setting',
      config,
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: x}
        data: {hostNetwork: "true"}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          hostNetwork: true
          template: {spec: {}}
      `,
    },
  ],
  invalid: [
    {
      name: 'a Pod in a namespace with no infra pool',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: tenant-a}
        spec:
          hostNetwork: true
      `,
      errors: [{ message: `\`hostNetwork: true\` puts Pod/tenant-a/web ${RISK} ${NO_POOL}`, line: 5, column: 3, endLine: 5, endColumn: 14 }],
    },
    {
      name: 'YAML 1.1: hostNetwork: yes is host networking; default namespace applies',
      config,
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec: {hostNetwork: yes}
      `,
      errors: [{ message: `\`hostNetwork: true\` puts Pod/default/web ${RISK} ${NO_POOL}`, line: 4, column: 8, endLine: 4, endColumn: 19 }],
    },
    {
      name: 'a runner Deployment whose namespace may use the infra pool: names the pool and the annotation',
      config,
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: runner, namespace: gitlab-runners}
        spec:
          template:
            spec:
              hostNetwork: On
      `,
      errors: [{
        message:
          `\`hostNetwork: true\` puts Deployment/gitlab-runners/runner ${RISK} Namespace "gitlab-runners" may use infra pool "infra": ` +
          `remove hostNetwork and add \`cni.projectcalico.org/ipv4pools: '["infra"]'\` under \`spec.template.metadata.annotations\`.`,
        line: 7, column: 7, endLine: 7, endColumn: 18,
      }],
    },
    {
      name: 'a CronJob in a namespace matched by a glob, with an IPv6 infra pool in the scope',
      config,
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: infra}
        spec: {cidr: "fd00:64::/64", nodeSelector: "!all()"}
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: backup, namespace: ci-nightly}
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  hostNetwork: true
      `,
      errors: [{
        message:
          `\`hostNetwork: true\` puts CronJob/ci-nightly/backup ${RISK} Namespace "ci-nightly" may use infra pool "infra": ` +
          `remove hostNetwork and add \`cni.projectcalico.org/ipv6pools: '["infra"]'\` under \`spec.jobTemplate.spec.template.metadata.annotations\`.`,
        line: 14, column: 11, endLine: 14, endColumn: 22,
      }],
    },
    {
      name: 'allow names another workload of the namespace',
      config,
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: kube-proxy-copy, namespace: kube-system}
        spec:
          template:
            spec: {hostNetwork: true}
      `,
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/kube-system/kube-proxy-copy ${RISK} ${NO_POOL}`, line: 6, column: 12, endLine: 6, endColumn: 23 }],
    },
    {
      name: 'every workload kind, inside a List',
      config,
      code: yaml`
        apiVersion: v1
        kind: List
        items:
        - {apiVersion: apps/v1, kind: StatefulSet, metadata: {name: s, namespace: t}, spec: {template: {spec: {hostNetwork: true}}}}
        - {apiVersion: batch/v1, kind: Job, metadata: {name: j, namespace: t}, spec: {template: {spec: {hostNetwork: true}}}}
      `,
      errors: [
        { message: `\`hostNetwork: true\` puts StatefulSet/t/s ${RISK} ${NO_POOL}`, line: 4, column: 104, endLine: 4, endColumn: 115 },
        { message: `\`hostNetwork: true\` puts Job/t/j ${RISK} ${NO_POOL}`, line: 5, column: 97, endLine: 5, endColumn: 108 },
      ],
    },
  ],
});

ruleTester(noHostNetwork, {
  valid: [{ name: 'nothing to report without hostNetwork', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {}\n' }],
  invalid: [
    {
      name: 'suggests the allowed infra pool that the cluster defines, not the first one configured',
      config: {
        infraPools: [
          { name: 'elsewhere', allowedNamespaces: ['runners'] },
          { name: 'here', allowedNamespaces: ['runners'] },
        ],
      },
      code: yaml`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: here}
        spec: {cidr: 100.64.0.0/16, nodeSelector: "!all()"}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: r, namespace: runners}
        spec: {hostNetwork: true}
      `,
      errors: [{
        message:
          `\`hostNetwork: true\` puts Pod/runners/r ${RISK} Namespace "runners" may use infra pool "here": ` +
          `remove hostNetwork and add \`cni.projectcalico.org/ipv4pools: '["here"]'\` under \`metadata.annotations\`.`,
        line: 9, column: 8, endLine: 9, endColumn: 19,
      }],
    },
  ],
});
