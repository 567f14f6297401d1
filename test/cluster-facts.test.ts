/**
 * Facts read from the repository, with exact positions: inside Helm values
 * embedded as YAML strings (block scalars with and without indentation
 * indicators, single-line strings), inside ConfigMap data, and inside
 * control-plane flags.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { poolOverlapsClusterRange } from '../rules/pool-overlaps-cluster-range.js';
import { groupByScope } from '../src/engine/run-rules.js';
import { lintSources } from '../src/lint.js';
import type { Location } from '../src/engine/rule.js';
import { clusterFacts } from '../src/facts/cluster-facts.js';
import { parseManifest } from '../src/parse/parse-manifest.js';
import { resourcesOf } from '../src/resources/resource.js';
import { makeConfig, yaml } from './helpers/rule-tester.js';

function scopeOf(text: string, contents = {}) {
  const config = makeConfig(contents);
  const resources = parseManifest('/repo/x.yaml', text).documents.flatMap((doc) => resourcesOf(doc, config));
  const [scope] = groupByScope(resources, () => 'default', config);
  return { scope: scope!, config };
}

function at(location: Location | undefined) {
  assert.ok(location);
  const range = location.range ?? location.resource.locate(location.path ?? [], location.part);
  return `${range.line}:${range.column}-${range.endLine}:${range.endColumn}`;
}

/** `line:column-endLine:endColumn` of the nth occurrence of `needle` in `text` (1-based, end exclusive). */
function find(text: string, needle: string, nth = 1): string {
  let offset = -1;
  for (let i = 0; i < nth; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} not in the text`);
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return `${line}:${column}-${line}:${column + needle.length}`;
}

function poolCidrs(text: string) {
  const { scope } = scopeOf(text);
  return scope.pools.pools.map((pool) => ({
    name: pool.name,
    cidr: pool.cidr?.canonical,
    at: at({ resource: pool.definition.resource, path: [...pool.definition.specPath, 'cidr'] }),
    display: pool.definition.resource.displayName,
  }));
}

describe('Installation pools inside Helm values', () => {
  it('RKE2 HelmChartConfig valuesContent |- block: line and column inside the block', () => {
    const text = yaml`
      apiVersion: helm.cattle.io/v1
      kind: HelmChartConfig
      metadata:
        name: rke2-calico
        namespace: kube-system
      spec:
        valuesContent: |-
          installation:
            calicoNetwork:
              ipPools:
              - name: default-ipv4-ippool
                cidr: 10.42.0.0/16
                blockSize: 26
    `;
    assert.deepEqual(poolCidrs(text), [{
      name: 'default-ipv4-ippool', cidr: '10.42.0.0/16', at: find(text, '10.42.0.0/16'),
      display: 'HelmChartConfig/kube-system/rke2-calico (Helm values `spec.valuesContent`, key `installation`)',
    }]);
  });

  it('an indentation indicator (|4) and a comment on the header', () => {
    const text = yaml`
      apiVersion: helm.cattle.io/v1
      kind: HelmChartConfig
      metadata: {name: rke2-calico}
      spec:
        valuesContent: |4  # values for the chart
              installation:
                calicoNetwork:
                  ipPools: [{cidr: 10.42.0.0/16}]
    `;
    // |4 under `spec:` (indent 2): content indentation 6, so the inner text keeps two leading spaces.
    assert.deepEqual(poolCidrs(text).map((pool) => pool.at), [find(text, '10.42.0.0/16')]);
  });

  it('Flux HelmRelease spec.values (a mapping)', () => {
    const text = yaml`
      apiVersion: helm.toolkit.fluxcd.io/v2
      kind: HelmRelease
      metadata: {name: calico, namespace: tigera-operator}
      spec:
        chart: {spec: {chart: tigera-operator}}
        values:
          installation:
            calicoNetwork:
              ipPools:
                - cidr: 10.244.0.0/16
    `;
    assert.deepEqual(poolCidrs(text).map((pool) => pool.at), [find(text, '10.244.0.0/16')]);
  });

  // Argo CD ignores `values` when `valuesObject` is set (argo-cd pkg/apis/application/v1alpha1/values.go:91-101, ValuesYAML).
  it('Argo CD Application helm.valuesObject (over helm.values, ignored), and multi-source values (a | string)', () => {
    const text = yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: calico, namespace: argocd}
      spec:
        source:
          chart: tigera-operator
          helm:
            valuesObject:
              installation:
                calicoNetwork:
                  ipPools: [{name: a, cidr: 10.1.0.0/16}]
            values: |
              installation:
                calicoNetwork:
                  ipPools:
                  - {name: b, cidr: 10.2.0.0/16}
        sources:
          - chart: tigera-operator
            helm:
              values: "installation: {calicoNetwork: {ipPools: [{name: c, cidr: 10.3.0.0/16}]}}"
    `;
    assert.deepEqual(poolCidrs(text).map(({ name, at }) => `${name} ${at}`), [
      `a ${find(text, '10.1.0.0/16')}`,
      `c ${find(text, '10.3.0.0/16')}`,
    ]);
  });

  it('a folded (>) or escaped string falls back to the string itself', () => {
    const text = yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: calico}
      spec:
        source:
          helm:
            values: "installation:\\n  calicoNetwork:\\n    ipPools: [{cidr: 10.2.0.0/16}]"
    `;
    assert.deepEqual(poolCidrs(text).map((pool) => pool.at), ['7:15-7:84']);
  });

  it('values without installation.calicoNetwork define no pools', () => {
    const text = yaml`
      apiVersion: helm.cattle.io/v1
      kind: HelmChartConfig
      metadata: {name: rke2-ingress-nginx}
      spec:
        valuesContent: |-
          controller: {hostNetwork: true}
    `;
    assert.deepEqual(poolCidrs(text), []);
  });
});

describe('cluster ranges', () => {
  function ranges(text: string, contents = {}) {
    const { scope, config } = scopeOf(text, contents);
    return clusterFacts(scope, config).ranges.map((fact) => `${fact.role} ${fact.range.text} ${fact.location ? at(fact.location) : '(config)'} ${fact.source}`);
  }

  it('kubeadm ClusterConfiguration, dual-stack podSubnet', () => {
    const text = yaml`
      apiVersion: kubeadm.k8s.io/v1beta3
      kind: ClusterConfiguration
      networking:
        podSubnet: 10.244.0.0/16,fd00:10:244::/56
        serviceSubnet: "10.96.0.0/12"
    `;
    assert.deepEqual(ranges(text), [
      `pods 10.244.0.0/16 ${find(text, '10.244.0.0/16')} kubeadm ClusterConfiguration \`networking.podSubnet\``,
      `pods fd00:10:244::/56 ${find(text, 'fd00:10:244::/56')} kubeadm ClusterConfiguration \`networking.podSubnet\``,
      // A whole scalar is the value as written, quotes included.
      `services 10.96.0.0/12 ${find(text, '"10.96.0.0/12"')} kubeadm ClusterConfiguration \`networking.serviceSubnet\``,
    ]);
  });

  it('kubeadm extraArgs: --cluster-cidr and --service-cluster-ip-range, v1beta3 map form', () => {
    const text = yaml`
      apiVersion: kubeadm.k8s.io/v1beta3
      kind: ClusterConfiguration
      apiServer:
        extraArgs:
          service-cluster-ip-range: 10.96.0.0/12
      controllerManager:
        extraArgs:
          allocate-node-cidrs: "true"
          cluster-cidr: 10.244.0.0/16,fd00:10:244::/56
    `;
    const manager = 'kube-controller-manager `--cluster-cidr` (kubeadm ClusterConfiguration `controllerManager.extraArgs`)';
    assert.deepEqual(ranges(text), [
      `pods 10.244.0.0/16 ${find(text, '10.244.0.0/16')} ${manager}`,
      `pods fd00:10:244::/56 ${find(text, 'fd00:10:244::/56')} ${manager}`,
      `services 10.96.0.0/12 ${find(text, '10.96.0.0/12')} kube-apiserver \`--service-cluster-ip-range\` (kubeadm ClusterConfiguration \`apiServer.extraArgs\`)`,
    ]);
  });

  it('kubeadm extraArgs, v1beta4 list form: the last of duplicate names wins, as on the command line', () => {
    const text = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: kubeadm-config, namespace: kube-system}
      data:
        ClusterConfiguration: |
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          controllerManager:
            extraArgs:
            - name: cluster-cidr
              value: 10.1.0.0/16
            - name: node-cidr-mask-size
              value: "24"
            - name: cluster-cidr
              value: 10.244.0.0/16
    `;
    assert.deepEqual(ranges(text), [
      `pods 10.244.0.0/16 ${find(text, '10.244.0.0/16')} kube-controller-manager \`--cluster-cidr\` (kubeadm ClusterConfiguration \`controllerManager.extraArgs\`)`,
    ]);
  });

  it('Cluster API kubeadm cluster: clusterNetwork becomes kubeadm\'s podSubnet (cluster-api kubeadmconfig_controller.go:1383-1388), v1beta1 KubeadmConfigTemplate networking read, v1beta2 KubeadmControlPlane networking not', () => {
    const text = yaml`
      apiVersion: cluster.x-k8s.io/v1beta2
      kind: Cluster
      metadata: {name: c1}
      spec:
        controlPlaneRef: {apiGroup: controlplane.cluster.x-k8s.io, kind: KubeadmControlPlane, name: c1}
        clusterNetwork:
          pods: {cidrBlocks: [10.244.0.0/16, "fd00:10:244::/56"]}
          services: {cidrBlocks: [10.96.0.0/12]}
      ---
      apiVersion: bootstrap.cluster.x-k8s.io/v1beta1
      kind: KubeadmConfigTemplate
      metadata: {name: workers}
      spec:
        template:
          spec:
            clusterConfiguration:
              networking: {podSubnet: 10.245.0.0/16, serviceSubnet: 10.97.0.0/16}
      ---
      apiVersion: controlplane.cluster.x-k8s.io/v1beta2
      kind: KubeadmControlPlane
      metadata: {name: c1}
      spec:
        kubeadmConfigSpec:
          clusterConfiguration:
            networking: {podSubnet: 10.246.0.0/16}
    `;
    const { scope, config } = scopeOf(text);
    assert.deepEqual(clusterFacts(scope, config).ranges.map((fact) => `${fact.role} ${fact.range.text} ${at(fact.location)} ${fact.kubeadmPodSubnet === true} ${fact.source}`), [
      `pods 10.244.0.0/16 ${find(text, '10.244.0.0/16')} true Cluster API Cluster \`spec.clusterNetwork.pods.cidrBlocks\` (kubeadm's podSubnet)`,
      `pods fd00:10:244::/56 ${find(text, '"fd00:10:244::/56"')} true Cluster API Cluster \`spec.clusterNetwork.pods.cidrBlocks\` (kubeadm's podSubnet)`,
      `services 10.96.0.0/12 ${find(text, '10.96.0.0/12')} false Cluster API Cluster \`spec.clusterNetwork.services.cidrBlocks\` (kubeadm's serviceSubnet)`,
      `pods 10.245.0.0/16 ${find(text, '10.245.0.0/16')} true Cluster API KubeadmConfigTemplate \`spec.template.spec.clusterConfiguration.networking.podSubnet\``,
      `services 10.97.0.0/16 ${find(text, '10.97.0.0/16')} false Cluster API KubeadmConfigTemplate \`spec.template.spec.clusterConfiguration.networking.serviceSubnet\``,
    ]);
  });

  it('Cluster API cluster with another control plane: its pod CIDR is no kubeadm podSubnet', () => {
    const text = yaml`
      apiVersion: cluster.x-k8s.io/v1beta1
      kind: Cluster
      metadata: {name: c1}
      spec:
        controlPlaneRef: {apiVersion: controlplane.cluster.x-k8s.io/v1beta1, kind: AWSManagedControlPlane, name: c1}
        clusterNetwork:
          pods: {cidrBlocks: [10.244.0.0/16]}
      ---
      apiVersion: bootstrap.cluster.x-k8s.io/v1beta1
      kind: KubeadmConfigTemplate
      metadata: {name: workers}
      spec: {template: {spec: {}}}
    `;
    const { scope, config } = scopeOf(text);
    assert.deepEqual(clusterFacts(scope, config).ranges.map((fact) => [fact.range.text, fact.kubeadmPodSubnet === true, fact.source]), [
      ['10.244.0.0/16', false, 'Cluster API Cluster `spec.clusterNetwork.pods.cidrBlocks`'],
    ]);
  });

  it('the kubeadm-config ConfigMap (ClusterConfiguration in a block scalar)', () => {
    const text = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: kubeadm-config, namespace: kube-system}
      data:
        ClusterConfiguration: |
          apiVersion: kubeadm.k8s.io/v1beta3
          kind: ClusterConfiguration
          networking:
            podSubnet: 192.168.0.0/16
            serviceSubnet: 10.96.0.0/12
    `;
    assert.deepEqual(ranges(text), [
      `pods 192.168.0.0/16 ${find(text, '192.168.0.0/16')} kubeadm ClusterConfiguration \`networking.podSubnet\``,
      `services 10.96.0.0/12 ${find(text, '10.96.0.0/12')} kubeadm ClusterConfiguration \`networking.serviceSubnet\``,
    ]);
  });

  it('Cluster API, k3s config, static pod flags, kube-proxy, MetalLB, BGPConfiguration, IPReservation, configuration', () => {
    const text = yaml`
      apiVersion: cluster.x-k8s.io/v1beta1
      kind: Cluster
      metadata: {name: c1}
      spec:
        clusterNetwork:
          pods: {cidrBlocks: [10.244.0.0/16]}
          services: {cidrBlocks: [10.96.0.0/12]}
      ---
      cluster-cidr: 10.42.0.0/16
      service-cidr: 10.43.0.0/16
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: kube-apiserver, namespace: kube-system}
      spec:
        containers:
        - name: kube-apiserver
          command:
          - kube-apiserver
          - --service-cluster-ip-range=10.96.0.0/12
      ---
      apiVersion: kubeproxy.config.k8s.io/v1alpha1
      kind: KubeProxyConfiguration
      clusterCIDR: 10.244.0.0/16
      ---
      apiVersion: metallb.io/v1beta1
      kind: IPAddressPool
      metadata: {name: lb, namespace: metallb-system}
      spec:
        addresses: [192.168.10.0/24, 192.168.20.10 - 192.168.20.20]
      ---
      apiVersion: projectcalico.org/v3
      kind: BGPConfiguration
      metadata: {name: default}
      spec:
        serviceLoadBalancerIPs: [{cidr: 192.168.30.0/24}]
      ---
      apiVersion: projectcalico.org/v3
      kind: IPReservation
      metadata: {name: r}
      spec:
        reservedCIDRs: [10.244.0.1]
    `;
    assert.deepEqual(ranges(text, { nodeCidrs: ['172.16.0.0/24'] }), [
      'nodes 172.16.0.0/24 (config) `nodeCidrs` in the configuration',
      `pods 10.244.0.0/16 ${find(text, '10.244.0.0/16')} Cluster API Cluster \`spec.clusterNetwork.pods.cidrBlocks\``,
      `services 10.96.0.0/12 ${find(text, '10.96.0.0/12')} Cluster API Cluster \`spec.clusterNetwork.services.cidrBlocks\``,
      `pods 10.42.0.0/16 ${find(text, '10.42.0.0/16')} k3s/RKE2 \`cluster-cidr\``,
      `services 10.43.0.0/16 ${find(text, '10.43.0.0/16')} k3s/RKE2 \`service-cidr\``,
      `services 10.96.0.0/12 ${find(text, '10.96.0.0/12', 2)} kube-apiserver \`--service-cluster-ip-range\``,
      `pods 10.244.0.0/16 ${find(text, '10.244.0.0/16', 2)} kube-proxy \`clusterCIDR\``,
      `load-balancer 192.168.10.0/24 ${find(text, '192.168.10.0/24')} MetalLB IPAddressPool/metallb-system/lb`,
      `load-balancer 192.168.20.10-192.168.20.20 ${find(text, '192.168.20.10 - 192.168.20.20')} MetalLB IPAddressPool/metallb-system/lb`,
      `bgp-service-load-balancer-ips 192.168.30.0/24 ${find(text, '192.168.30.0/24')} BGPConfiguration \`spec.serviceLoadBalancerIPs\``,
      `reservation 10.244.0.1/32 ${find(text, '10.244.0.1]').replace(/:(\d+)$/, (_, end: string) => `:${Number(end) - 1}`)} IPReservation "r"`,
    ]);
  });

  it('calico-node env and the CNI config in calico-config', () => {
    const text = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: calico-config, namespace: kube-system}
      data:
        cni_network_config: |-
          {
            "name": "k8s-pod-network",
            "plugins": [
              {
                "type": "calico",
                "mtu": __CNI_MTU__,
                "ipam": {"type": "calico-ipam", "ipv4_pools": ["default-ipv4-ippool", "10.9.0.0/16"]}
              }
            ]
          }
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: calico-node, namespace: kube-system}
      spec:
        template:
          spec:
            containers:
              - name: calico-node
                image: calico/node
                env:
                  - {name: CALICO_IPV4POOL_CIDR, value: "192.168.0.0/16"}
                  - {name: CALICO_IPV4POOL_BLOCK_SIZE, value: "24"}
    `;
    const { scope, config } = scopeOf(text);
    const facts = clusterFacts(scope, config);
    assert.deepEqual(facts.cniPoolReferences.map((ref) => `${ref.entry} ${at(ref.location)}`), [
      `default-ipv4-ippool ${find(text, '"default-ipv4-ippool"')}`,
      `10.9.0.0/16 ${find(text, '"10.9.0.0/16"')}`,
    ]);
    assert.deepEqual(facts.envPools.map((pool) => `${pool.variable} ${pool.cidr?.canonical} /${pool.blockSize} ${at(pool.location)}`), [
      `CALICO_IPV4POOL_CIDR 192.168.0.0/16 /24 ${find(text, '"192.168.0.0/16"')}`,
    ]);
  });
});

describe('existing pool rules see Installation pools inside Helm values', () => {
  it('selector-yaml-tag and ippool-infra-node-selector point inside the valuesContent block', async () => {
    const { lintOne } = await import('./helpers/rule-tester.js');
    const { selectorYamlTag } = await import('../rules/selector-yaml-tag.js');
    const { ippoolInfraNodeSelector } = await import('../rules/ippool-infra-node-selector.js');
    const text = yaml`
      apiVersion: helm.cattle.io/v1
      kind: HelmChartConfig
      metadata: {name: rke2-calico, namespace: kube-system}
      spec:
        valuesContent: |-
          installation:
            calicoNetwork:
              ipPools:
              - name: infra
                cidr: 100.64.0.0/24
                nodeSelector: !all()
    `;
    const ranges = (rule: typeof selectorYamlTag | typeof ippoolInfraNodeSelector, manifest: string): string[] =>
      lintOne(rule, manifest, { infraPools: [{ name: 'infra' }] }).map((f) => `${f.range.line}:${f.range.column}-${f.range.endLine}:${f.range.endColumn}`);
    assert.deepEqual(ranges(selectorYamlTag, text), [find(text, '!all()')]);
    // One mistake, one finding: the unquoted tag is selector-yaml-tag's alone.
    assert.deepEqual(ranges(ippoolInfraNodeSelector, text), []);
    const matching = text.replace('!all()', '"all()"');
    assert.deepEqual(ranges(ippoolInfraNodeSelector, matching), [find(matching, '"all()"')]);
  });
});

/**
 * Calico for Windows' ConfigMap (projectcalico/calico manifests/calico-windows-vxlan.yaml; AKS BYOCNI guides such as
 * phealy/aks-byocni-calico-windows ca0a888 calico-windows.yaml): `K8S_SERVICE_CIDR` "must match the
 * service-cluster-ip-range used by kube-apiserver", so it is the cluster's Service range.
 */
describe('Calico for Windows: K8S_SERVICE_CIDR of calico-windows-config is the Service range', () => {
  const CONFIG_MAP = yaml`
    kind: ConfigMap
    apiVersion: v1
    metadata:
      name: calico-windows-config
      namespace: kube-system
    data:
      CALICO_NETWORKING_BACKEND: "vxlan"
      K8S_SERVICE_CIDR: "10.0.0.0/16"
  `;
  const INSTALLATION = yaml`
    apiVersion: operator.tigera.io/v1
    kind: Installation
    metadata: {name: default}
    spec:
      calicoNetwork:
        ipPools:
        - cidr: 10.0.128.0/17
  `;

  it('a pool inside it overlaps the Service range, found from the ConfigMap in a file of its own', () => {
    const findings = lintSources([
      { filePath: '/repo/calico-windows.yaml', text: CONFIG_MAP },
      { filePath: '/repo/custom-resources.yaml', text: INSTALLATION },
    ], { config: makeConfig(), rules: [poolOverlapsClusterRange] });
    assert.deepEqual(findings.map((f) => `${f.filePath.replace('/repo/', '')}:${f.range.line}:${f.range.column} ${f.message.split('): ')[0]})`), [
      'custom-resources.yaml:7:13 Installation pool "default-ipv4-ippool" (10.0.128.0/17) overlaps the Service range 10.0.0.0/16 (Calico for Windows `K8S_SERVICE_CIDR` (ConfigMap calico-windows-config) at calico-windows.yaml:8:21)',
    ]);
  });

  it('another ConfigMap with the same key is no fact', () => {
    const findings = lintSources([
      { filePath: '/repo/other.yaml', text: CONFIG_MAP.replace('calico-windows-config', 'my-app-config') },
      { filePath: '/repo/custom-resources.yaml', text: INSTALLATION },
    ], { config: makeConfig(), rules: [poolOverlapsClusterRange] });
    assert.deepEqual(findings, []);
  });
});
