import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../rules/index.js';
import { inPodSpecs } from '../src/resources/field-reads.js';
import { slimmer } from '../src/resources/slim.js';

/** What every rule enabled reads of the bulk: a default run's slimming. */
const slimDocumentValue = slimmer(allRules.flatMap((rule) => rule.meta.reads ?? []));

describe('slimming for every rule', () => {
  it("keeps the data of Calico's calico-config ConfigMap (CNI config, feature_control, pools: cluster facts), and no other ConfigMap data", () => {
    const configMap = (name: string) => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name },
      data: { cni_network_config: '{"feature_control": {}}', typha_service_name: 'none' },
    });
    assert.deepEqual(slimDocumentValue(configMap('calico-config')), {
      apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'calico-config' },
      data: { cni_network_config: '{"feature_control": {}}', typha_service_name: 'none' },
    });
    assert.deepEqual(slimDocumentValue(configMap('other')), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'other' } });
  });

  it('drops containers and volumes (but the evidence of a host-network pod), data, status and managedFields, keeping what rules read', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd', annotations: { a: 'b' }, managedFields: [{ manager: 'kubectl' }] },
      spec: {
        replicas: 2,
        template: {
          metadata: { annotations: { 'cni.projectcalico.org/ipv4pools': '["infra"]' } },
          spec: {
            hostNetwork: true,
            containers: [{
              name: 'c', image: 'quay.io/calico/node:v3.30.3', command: ['sh'], args: ['-c'], volumeMounts: [{ name: 'v' }],
              env: [{ name: 'A', value: '1' }, { name: 'B', valueFrom: { configMapKeyRef: { name: 'm', key: 'k' } } }, { name: 'KUBERNETES_SERVICE_HOST', value: '127.0.0.1' }],
              securityContext: { capabilities: { add: ['NET_ADMIN'] } },
            }],
            initContainers: [],
            volumes: [{ name: 'v', hostPath: { path: '/run/xtables.lock' } }, { name: 'w', configMap: { name: 'm' } }],
            serviceAccountName: 's',
          },
        },
      },
      status: { replicas: 2 },
    };
    const before = JSON.stringify(deployment);
    assert.deepEqual(slimDocumentValue(deployment), {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd', annotations: { a: 'b' } },
      spec: {
        replicas: 2,
        template: {
          metadata: { annotations: { 'cni.projectcalico.org/ipv4pools': '["infra"]' } },
          // On the host network, no-host-network weighs evidence (volumes and each container's name, securityContext, ports
          // volumeMounts and envFrom; of env, the in-cluster API server address, and of other items what they take
          // `valueFrom`, which a static pod may not (the rest of an item goes, so that indices hold)) and whether
          // Kubernetes refuses the pod (each container's image); in every pod, the program (image, command, args)
          // and resources that make a pod-network twin.
          spec: {
            hostNetwork: true,
            containers: [{
              name: 'c', image: 'quay.io/calico/node:v3.30.3', command: ['sh'], args: ['-c'], volumeMounts: [{ name: 'v' }],
              env: [{}, { valueFrom: { configMapKeyRef: { name: 'm', key: 'k' } } }, { name: 'KUBERNETES_SERVICE_HOST', value: '127.0.0.1' }],
              securityContext: { capabilities: { add: ['NET_ADMIN'] } },
            }],
            volumes: [{ name: 'v', hostPath: { path: '/run/xtables.lock' } }, { name: 'w', configMap: { name: 'm' } }],
            serviceAccountName: 's',
          },
        },
      },
    });
    assert.equal(JSON.stringify(deployment), before, 'the input is not modified');
  });

  it('slims CronJob templates, List items, ConfigMaps and Secrets; leaves pools and other values alone', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { kind: 'CronJob', spec: { jobTemplate: { spec: { template: { spec: {
          containers: [{ name: 'c', image: 'x', command: ['run'], env: [{ name: 'A', value: '1' }], ports: [{ containerPort: 10256 }] }],
          hostNetwork: false, volumes: [{ name: 'v', hostPath: { path: '/etc/cni' } }],
        } } } } } },
        { kind: 'ConfigMap', metadata: { name: 'c' }, data: { big: 'x' }, binaryData: {} },
        { kind: 'Secret', data: {}, stringData: {}, type: 'Opaque' },
        { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', spec: { cidr: '10.0.0.0/8' } },
      ],
    };
    assert.deepEqual(slimDocumentValue(list), {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        // Off the host network, only what makes a pod-network twin of a host-network pod of the same file (and its volumes' names).
        { kind: 'CronJob', spec: { jobTemplate: { spec: { template: { spec: { containers: [{ image: 'x', command: ['run'] }], hostNetwork: false, volumes: [{ name: 'v' }] } } } } } },
        { kind: 'ConfigMap', metadata: { name: 'c' } },
        { kind: 'Secret', type: 'Opaque' },
        { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', spec: { cidr: '10.0.0.0/8' } },
      ],
    });
    for (const value of [null, 42, 'text', [1, 2], { no: 'kind' }]) assert.equal(slimDocumentValue(value), value);
  });
});

describe('slimming and no-host-network evidence', () => {
  it('keeps every piece of evidence of a host-network pod: the assessment is the same before and after', async () => {
    const { assessHostNetwork } = await import('../src/resources/host-network-evidence.js');
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'kube-system', annotations: { 'kubernetes.io/config.source': 'api', 'scheduler.alpha.kubernetes.io/critical-pod': '' } },
      spec: {
        hostNetwork: true,
        securityContext: { windowsOptions: { hostProcess: true } },
        os: { name: 'windows' },
        nodeSelector: { 'node-role.kubernetes.io/control-plane': '' },
        affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'node-role.kubernetes.io/master', operator: 'Exists' }] }] } } },
        tolerations: [{ operator: 'Exists' }, { key: 'node.kubernetes.io/not-ready', operator: 'Exists' }, { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' }],
        hostPID: true,
        priorityClassName: 'system-node-critical',
        initContainers: [{ name: 'i', image: 'x', securityContext: { privileged: true }, volumeMounts: [{ name: 'v', mountPath: '/bpf' }, { name: 'p', mountPath: '/host/proc', subPath: '' }] }],
        containers: [
          { name: 'c', image: 'y', securityContext: { capabilities: { add: ['NET_RAW'] } }, ports: [{ containerPort: 10256 }], volumeMounts: [{ name: 'cni', mountPath: '/host/etc/cni' }] },
          { name: 'n', image: null },
        ],
        ephemeralContainers: [{ name: 'e', image: 'z', securityContext: { windowsOptions: { hostProcess: true } } }],
        volumes: [{ name: 'v', hostPath: { path: '/sys/fs/bpf' } }, { name: 'p', hostPath: { path: '/proc' } }, { name: 'cni', hostPath: { path: '/etc/cni/net.d' } }],
      },
    };
    const { refusalOf } = await import('../src/resources/refused-pod.js');
    const template = (value: typeof pod) => ({ resource: { kind: 'Pod', namespace: 'kube-system' } as never, path: [], metadata: value.metadata, spec: value.spec as never });
    const assess = (value: typeof pod) => assessHostNetwork(template(value), '/repo/etc/kubernetes/manifests/p.yaml');
    const before = assess(pod);
    assert.equal(new Set(before.evidence.map((e) => e.kind)).size, 16, 'the pod shows every kind of evidence');
    assert.deepEqual(assess(slimDocumentValue(pod) as typeof pod), before);
    assert.deepEqual(refusalOf(template(slimDocumentValue(pod) as typeof pod)), { detail: 'container `n` has an empty `image`', path: ['spec', 'containers', 1, 'image'] });
  });
});

describe('slimmer: the bulk kept is what the reads declare', () => {
  const daemonSet = {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'calico-node' },
    spec: {
      template: {
        spec: {
          containers: [
            { name: 'sidecar', image: 'x', env: [{ name: 'A', value: '1' }] },
            { name: 'calico-node', image: 'y', env: [{ name: 'A', value: '1' }, { name: 'CALICO_IPV4POOL_CIDR', value: '10.0.0.0/16' }] },
          ],
          volumes: [{ name: 'v' }],
        },
      },
    },
    status: { numberReady: 3 },
  };
  const envReads = inPodSpecs({
    paths: [['containers', { where: ['env', '*', 'name'], matches: /^CALICO_IPV4POOL_CIDR$/ }, 'env', { where: ['name'], matches: /^CALICO_IPV4POOL_CIDR$/ }]],
  });

  it('drops all the bulk when nothing is declared, and nothing else', () => {
    assert.deepEqual(slimmer([])(daemonSet), { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'calico-node' }, spec: { template: { spec: {} } } });
  });

  it('keeps the items a filter selects, and null in place of the others (positions are found by index)', () => {
    assert.deepEqual(slimmer(envReads)(daemonSet), {
      apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'calico-node' },
      spec: { template: { spec: { containers: [null, { env: [null, { name: 'CALICO_IPV4POOL_CIDR', value: '10.0.0.0/16' }] }] } } },
    });
  });

  it('reads only in the kinds named, and only where `when` holds', () => {
    assert.deepEqual(slimmer(envReads.map((read) => ({ ...read, kinds: ['Deployment'] })))(daemonSet), slimmer([])(daemonSet));
    const whenNamed = (name: string) => slimmer([{ kinds: ['DaemonSet'], when: { path: ['metadata', 'name'], equals: name }, paths: [['status'], ['spec', 'template', 'spec', 'volumes', '*', 'name']] }]);
    assert.deepEqual(whenNamed('other')(daemonSet), slimmer([])(daemonSet));
    assert.deepEqual(whenNamed('calico-node')(daemonSet), {
      apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'calico-node' },
      spec: { template: { spec: { volumes: [{ name: 'v' }] } } },
      status: { numberReady: 3 },
    });
  });

  it('keeps a whole bulk a shorter path reads, and a scalar a path would go into', () => {
    const { status, ...withoutStatus } = daemonSet;
    assert.ok(status);
    assert.deepEqual(slimmer([{ paths: [['spec']] }])(daemonSet), withoutStatus);
    const odd = { kind: 'Pod', spec: { containers: 'not a list' } };
    assert.deepEqual(slimmer(inPodSpecs({ paths: [['containers', '*', 'name']] }))(odd), odd);
  });
});
