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

/** A DaemonSet on the host network, running the given images (init containers first, after `|`). */
function daemonSet(name: string, namespace: string, images: string, extra = ''): string {
  const [init, main] = images.includes('|') ? images.split('|') : ['', images];
  const list = (text: string) => text.split(',').filter(Boolean).map((image, i) => `{name: c${i}, image: "${image.trim()}"${extra}}`).join(', ');
  return yaml`
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: ${name}, namespace: ${namespace}}
    spec:
      template:
        spec:
          hostNetwork: true
          initContainers: [${list(init!)}]
          containers: [${list(main!)}]
  `;
}

const HOST_NETWORK_AT = { line: 7, column: 7, endLine: 7, endColumn: 18 };

ruleTester(noHostNetwork, {
  valid: [
    { name: 'calico-node, with its CNI and flexvol init containers', code: daemonSet('calico-node', 'kube-system', 'quay.io/calico/cni:v3.30.3, docker.io/calico/pod2daemon-flexvol:v3.30.3|quay.io/calico/node:v3.30.3') },
    { name: 'calico-node from the single calico/calico image (v3.31+), from a mirror', code: daemonSet('calico-node', 'calico-system', 'registry.example.com:5000/mirror/calico/calico:v3.31.0|registry.example.com:5000/mirror/calico/calico:v3.31.0') },
    { name: 'calico-typha by digest', code: daemonSet('calico-typha', 'calico-system', 'quay.io/calico/typha@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef') },
    { name: 'the Tigera operator', code: daemonSet('tigera-operator', 'tigera-operator', 'quay.io/tigera/operator:v1.38.0') },
    { name: 'flannel', code: daemonSet('kube-flannel-ds', 'kube-flannel', 'ghcr.io/flannel-io/flannel-cni-plugin:v1.7.1-flannel1, ghcr.io/flannel-io/flannel:v0.27.0|ghcr.io/flannel-io/flannel:v0.27.0') },
    { name: 'flannel from Docker Hub', code: daemonSet('kube-flannel-ds', 'kube-system', 'docker.io/flannel/flannel:v0.24.4') },
    { name: 'canal: calico-node beside flannel', code: daemonSet('canal', 'kube-system', 'docker.io/calico/cni:v3.30.0|docker.io/calico/node:v3.30.0, docker.io/flannel/flannel:v0.24.4') },
    { name: 'the cilium agent, envoy and operator', code: daemonSet('cilium', 'kube-system', 'quay.io/cilium/cilium:v1.17.0|quay.io/cilium/cilium:v1.17.0') + '---\n' + daemonSet('cilium-envoy', 'kube-system', 'quay.io/cilium/cilium-envoy:v1.31') + '---\n' + daemonSet('cilium-operator', 'kube-system', 'quay.io/cilium/operator-generic:v1.17.0') },
    { name: 'kube-proxy', code: daemonSet('kube-proxy', 'kube-system', 'registry.k8s.io/kube-proxy:v1.32.4') },
    { name: 'calico-kube-controllers in etcd mode (manifests/calico-etcd.yaml)', code: daemonSet('calico-kube-controllers', 'kube-system', 'quay.io/calico/kube-controllers:v3.30.0', ', env: [{name: ETCD_ENDPOINTS, valueFrom: {configMapKeyRef: {name: calico-config, key: etcd_endpoints}}}]') },
    { name: "canal's etcd bootstrap Job (manifests/canal-etcd.yaml)", code: daemonSet('configure-canal', 'kube-system', 'quay.io/coreos/etcd:v3.5.1') },
  ],
  invalid: [
    {
      name: 'a GitLab runner DaemonSet on the host network stays an error',
      code: daemonSet('gitlab-runner', 'gitlab-runner', 'registry.gitlab.com/gitlab-org/gitlab-runner:alpine-v17.0.0'),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/gitlab-runner/gitlab-runner ${RISK} ${NO_POOL}`, ...HOST_NETWORK_AT }],
    },
    {
      name: 'a GitLab runner named like calico-node, in kube-system, is not calico-node',
      code: daemonSet('calico-node', 'kube-system', 'gitlab/gitlab-runner:latest'),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/kube-system/calico-node ${RISK} ${NO_POOL}`, ...HOST_NETWORK_AT }],
    },
    {
      name: 'a component image outside the namespaces these projects install into',
      code: daemonSet('calico-node', 'tenant-a', 'quay.io/calico/node:v3.30.3'),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/tenant-a/calico-node ${RISK} ${NO_POOL}`, ...HOST_NETWORK_AT }],
    },
    {
      name: 'a look-alike image repository (evilcalico/node) is not Calico',
      code: daemonSet('calico-node', 'kube-system', 'docker.io/evilcalico/node:v3.30.3'),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/kube-system/calico-node ${RISK} ${NO_POOL}`, ...HOST_NETWORK_AT }],
    },
    {
      name: 'a sidecar of another image on the host network: the pod is no longer just the component',
      code: daemonSet('kube-proxy', 'kube-system', 'registry.k8s.io/kube-proxy:v1.32.4, docker.io/nicolaka/netshoot:v0.13'),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/kube-system/kube-proxy ${RISK} ${NO_POOL}`, ...HOST_NETWORK_AT }],
    },
    {
      name: 'an image written as a template placeholder is not recognised',
      code: daemonSet('calico-node', 'kube-system', '${CALICO_NODE_IMAGE}'),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/kube-system/calico-node ${RISK} ${NO_POOL}`, ...HOST_NETWORK_AT }],
    },
    {
      name: 'calico-kube-controllers with the Kubernetes datastore does not need the host network',
      code: daemonSet('calico-kube-controllers', 'kube-system', 'quay.io/calico/calico:v3.31.0', ', args: [component, kube-controllers], env: [{name: DATASTORE_TYPE, value: kubernetes}]'),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/kube-system/calico-kube-controllers ${RISK} ${NO_POOL}`, ...HOST_NETWORK_AT }],
    },
    {
      name: 'allowNodeNetworkComponents: false checks the components too',
      config: { hostNetwork: { allowNodeNetworkComponents: false } },
      code: daemonSet('calico-node', 'kube-system', 'quay.io/calico/node:v3.30.3'),
      errors: [{ message: `\`hostNetwork: true\` puts DaemonSet/kube-system/calico-node ${RISK} ${NO_POOL}`, ...HOST_NETWORK_AT }],
    },
    {
      name: 'the annotation is already there: the advice is to remove hostNetwork, not to add it again',
      config,
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: runner, namespace: gitlab-runners}
        spec:
          template:
            metadata:
              annotations: {cni.projectcalico.org/ipv4pools: '["infra"]'}
            spec: {hostNetwork: true}
      `,
      errors: [{
        message:
          `\`hostNetwork: true\` puts DaemonSet/gitlab-runners/runner ${RISK} Namespace "gitlab-runners" may use infra pool "infra", ` +
          'and `cni.projectcalico.org/ipv4pools` is already set under `spec.template.metadata.annotations`: remove hostNetwork, ' +
          'so that the pod takes its address from the pool the annotation asks for.',
        line: 8, column: 12, endLine: 8, endColumn: 23,
      }],
    },
  ],
});
