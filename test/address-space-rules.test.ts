/**
 * The address-space rules of issue 11, each with valid and invalid tables:
 * facts read from the repository (kubeadm, MetalLB, BGPConfiguration, Helm
 * values, calico-node env, the CNI config) and from the configuration.
 */
import { calicoNodePoolEnv } from '../rules/calico-node-pool-env.js';
import { clusterFactsConflict } from '../rules/cluster-facts-conflict.js';
import { cniConfigPools } from '../rules/cni-config-pools.js';
import { installationPoolOutsidePodCidr } from '../rules/installation-pool-outside-pod-cidr.js';
import { ipreservationRange } from '../rules/ipreservation-range.js';
import { ippoolOutsidePodCidr } from '../rules/ippool-outside-pod-cidr.js';
import { loadbalancerPoolNotAdvertised } from '../rules/loadbalancer-pool-not-advertised.js';
import { poolCapacity } from '../rules/pool-capacity.js';
import { poolOverlapsClusterRange } from '../rules/pool-overlaps-cluster-range.js';
import { serviceLoadbalancerAnnotation } from '../rules/service-loadbalancer-annotation.js';
import { ruleTester, yaml } from './helpers/rule-tester.js';

const KUBEADM = yaml`
  apiVersion: kubeadm.k8s.io/v1beta3
  kind: ClusterConfiguration
  networking:
    podSubnet: 10.244.0.0/16
    serviceSubnet: 10.96.0.0/12
`;
const pool = (name: string, spec: string) => `---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: ${spec}\n`;
const KUBEADM_AT = '/repo/test.yaml:4:14';
const SERVICE_AT = '/repo/test.yaml:5:18';

ruleTester(poolOverlapsClusterRange, {
  valid: [
    { name: 'pools clear of the Service range', code: `${KUBEADM}${pool('a', '{cidr: 10.244.0.0/17}')}` },
    { name: 'no facts: nothing to compare', code: pool('a', '{cidr: 10.96.0.0/16}') },
    {
      // Calico's docs create such a pool to keep pods' traffic to a range free of outgoing NAT; it gives out no address.
      name: 'a disabled pool over a MetalLB range and the Service range (riffcc/rifflabs-infrastructure calico/ippool.yaml, disabled)',
      code: `${KUBEADM}${pool('no-nat', '{cidr: 10.96.0.0/16, disabled: true}')}${pool('lb', '{cidr: 10.0.3.0/24, disabled: true}')}---\napiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: default, namespace: metallb-system}\nspec:\n  addresses: [10.0.3.0/24]\n`,
    },
    {
      name: 'a LoadBalancer pool inside serviceLoadBalancerIPs',
      code: `${pool('lb', '{cidr: 192.168.30.0/24, allowedUses: [LoadBalancer]}')}---\napiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: {name: default}\nspec:\n  serviceLoadBalancerIPs: [{cidr: 192.168.30.0/24}]\n`,
    },
  ],
  invalid: [
    {
      name: 'a pool inside the kubeadm Service subnet',
      code: `${KUBEADM}${pool('a', '{cidr: 10.96.0.0/16}')}`,
      errors: [
        { message: "IPPool \"a\" (10.96.0.0/16) overlaps the Service range 10.96.0.0/12 (kubeadm ClusterConfiguration `networking.serviceSubnet` at test.yaml:5:18): kube-proxy captures traffic to Service cluster IPs on every node, so pods given these addresses are unreachable for the Service traffic that matches, and the API server can hand the same address to a Service. Move the pool to a range of its own.", line: 10, column: 14, endLine: 10, endColumn: 26 },
      ],
    },
    {
      name: 'MetalLB range, node network from the configuration, and a Workload pool in serviceLoadBalancerIPs',
      config: { nodeCidrs: ['192.168.0.0/24'] },
      code: `${pool('a', '{cidr: 192.168.0.0/16}')}---\napiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: lb, namespace: metallb-system}\nspec:\n  addresses: [192.168.10.10-192.168.10.20]\n---\napiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: {name: default}\nspec:\n  serviceLoadBalancerIPs: [{cidr: 192.168.30.0/24}]\n`,
      errors: [
        { message: "IPPool \"a\" (192.168.0.0/16) overlaps the node network 192.168.0.0/24 (`nodeCidrs` in the configuration): pod routes for these addresses shadow the nodes' own network: nodes and pods become unreachable to each other. Move the pool to a range of its own.", line: 5, column: 14, endLine: 5, endColumn: 28 },
        { message: "IPPool \"a\" (192.168.0.0/16) overlaps the load-balancer range 192.168.10.10-192.168.10.20 (MetalLB IPAddressPool/metallb-system/lb at test.yaml:11:15): MetalLB hands out the same addresses to LoadBalancer Services: two allocators, one range. Move the pool to a range of its own.", line: 5, column: 14, endLine: 5, endColumn: 28 },
        { message: "IPPool \"a\" (192.168.0.0/16) overlaps the BGP-advertised Service load-balancer IP range 192.168.30.0/24 (BGPConfiguration `spec.serviceLoadBalancerIPs` at test.yaml:17:35): Calico advertises this range over BGP for LoadBalancer Services, not for pods. Move the pool to a range of its own.", line: 5, column: 14, endLine: 5, endColumn: 28 },
      ],
    },
    {
      name: 'the kubeadm-config ConfigMap and a static kube-apiserver pod (positions inside the block and the flag)',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: kubeadm-config, namespace: kube-system}
        data:
          ClusterConfiguration: |
            networking:
              serviceSubnet: 10.96.0.0/12
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-apiserver, namespace: kube-system}
        spec:
          containers:
          - name: kube-apiserver
            image: registry.k8s.io/kube-apiserver:v1.31.0
            command: [kube-apiserver, "--service-cluster-ip-range=10.97.0.0/16,fd00:96::/108"]
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: a}
        spec: {cidr: 10.97.0.0/24}
      `,
      errors: [
        { message: "IPPool \"a\" (10.97.0.0/24) overlaps the Service range 10.96.0.0/12 (kubeadm ClusterConfiguration `networking.serviceSubnet` at test.yaml:7:22): kube-proxy captures traffic to Service cluster IPs on every node, so pods given these addresses are unreachable for the Service traffic that matches, and the API server can hand the same address to a Service. Move the pool to a range of its own.", line: 21, column: 14, endLine: 21, endColumn: 26 },
        { message: "IPPool \"a\" (10.97.0.0/24) overlaps the Service range 10.97.0.0/16 (kube-apiserver `--service-cluster-ip-range` at test.yaml:16:59): kube-proxy captures traffic to Service cluster IPs on every node, so pods given these addresses are unreachable for the Service traffic that matches, and the API server can hand the same address to a Service. Move the pool to a range of its own.", line: 21, column: 14, endLine: 21, endColumn: 26 },
      ],
    },
    {
      name: 'an Installation pool in RKE2 Helm values, inside the k3s service-cidr',
      code: yaml`
        cluster-cidr: 10.42.0.0/16
        service-cidr: 10.43.0.0/16
        ---
        apiVersion: helm.cattle.io/v1
        kind: HelmChartConfig
        metadata: {name: rke2-calico, namespace: kube-system}
        spec:
          valuesContent: |-
            installation:
              calicoNetwork:
                ipPools:
                - name: default-ipv4-ippool
                  cidr: 10.43.128.0/17
      `,
      errors: [
        { message: "Installation pool \"default-ipv4-ippool\" (10.43.128.0/17) overlaps the Service range 10.43.0.0/16 (k3s/RKE2 `service-cidr` at test.yaml:2:15): kube-proxy captures traffic to Service cluster IPs on every node, so pods given these addresses are unreachable for the Service traffic that matches, and the API server can hand the same address to a Service. Move the pool to a range of its own.", line: 13, column: 17, endLine: 13, endColumn: 31 },
      ],
    },
  ],
});

const RKE2_VALUES = (cidr: string) => yaml`
  apiVersion: helm.cattle.io/v1
  kind: HelmChartConfig
  metadata: {name: rke2-calico, namespace: kube-system}
  spec:
    valuesContent: |-
      installation:
        calicoNetwork:
          ipPools:
          - name: default-ipv4-ippool
            cidr: ${cidr}
`;

ruleTester(installationPoolOutsidePodCidr, {
  valid: [
    { name: 'inside the kubeadm podSubnet', code: `${KUBEADM}---\n${RKE2_VALUES('10.244.0.0/16')}` },
    { name: 'an IPPool outside is another rule\'s concern', code: `${KUBEADM}${pool('infra', '{cidr: 100.64.0.0/24}')}` },
    { name: 'no pod CIDR known', code: RKE2_VALUES('192.168.0.0/16') },
    { name: 'a pod CIDR not from kubeadm: the operator does not check (ippool-outside-pod-cidr warns)', config: { podCidrs: ['10.42.0.0/16'] }, code: RKE2_VALUES('10.43.0.0/16') },
  ],
  invalid: [
    { name: 'kubeadm: the operator refuses it (Helm values position)', code: `${KUBEADM}---\n${RKE2_VALUES('192.168.0.0/16')}`, errors: [
        { message: "Installation pool \"default-ipv4-ippool\" (192.168.0.0/16) is outside the kubeadm pod CIDR 10.244.0.0/16 (kubeadm ClusterConfiguration `networking.podSubnet` at test.yaml:4:14): the operator refuses the Installation (\"IPPool 192.168.0.0/16 is not within the platform's configured pod network CIDR(s)\") and Calico is not installed. Use a range inside the pod CIDR.", line: 16, column: 17, endLine: 16, endColumn: 31 },
      ] },
  ],
});

ruleTester(ippoolOutsidePodCidr, {
  valid: [
    { name: 'inside', code: `${KUBEADM}${pool('a', '{cidr: 10.244.0.0/17}')}` },
    { name: 'a LoadBalancer pool holds no pods', code: `${KUBEADM}${pool('lb', '{cidr: 192.168.30.0/24, allowedUses: [LoadBalancer]}')}` },
    { name: 'no pod CIDR of that family', code: `${KUBEADM}${pool('v6', '{cidr: "fd00::/48"}')}` },
    { name: 'an Installation pool outside the kubeadm pod CIDR is the error rule\'s', code: `${KUBEADM}---\n${RKE2_VALUES('192.168.0.0/16')}` },
  ],
  invalid: [
    {
      name: 'an Installation pool in Helm values outside a pod CIDR the operator does not check',
      config: { podCidrs: ['10.42.0.0/16'] },
      code: RKE2_VALUES('10.43.0.0/16'),
      errors: [
        { message: "Installation pool \"default-ipv4-ippool\" (10.43.0.0/16) is outside the pod CIDR 10.42.0.0/16 (`podCidrs` in the configuration): kube-proxy masquerades its pods' traffic to Services (detect-local-mode ClusterCIDR), so backends and their network policy see the node's address instead of the pod's.", line: 10, column: 17, endLine: 10, endColumn: 29 },
      ],
    },
    { name: 'an infra pool outside the pod CIDR', code: `${KUBEADM}${pool('infra', '{cidr: 100.64.0.0/24, nodeSelector: "!all()"}')}`, errors: [
        { message: "IPPool \"infra\" (100.64.0.0/24) is outside the pod CIDR 10.244.0.0/16 (kubeadm ClusterConfiguration `networking.podSubnet` at test.yaml:4:14): kube-proxy masquerades its pods' traffic to Services (detect-local-mode ClusterCIDR), so backends and their network policy see the node's address instead of the pod's.", line: 10, column: 14, endLine: 10, endColumn: 27 },
      ] },
  ],
});

const BGP = (ranges: string) => `---\napiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: {name: default}\nspec:\n  serviceLoadBalancerIPs: ${ranges}\n`;

ruleTester(loadbalancerPoolNotAdvertised, {
  valid: [
    { name: 'covered', code: `${pool('lb', '{cidr: 192.168.30.0/25, allowedUses: [LoadBalancer]}')}${BGP('[{cidr: 192.168.30.0/24}]')}` },
    { name: 'no BGPConfiguration in the repository', code: pool('lb', '{cidr: 192.168.30.0/24, allowedUses: [LoadBalancer]}') },
  ],
  invalid: [
    { name: 'not covered', code: `${pool('lb', '{cidr: 192.168.40.0/24, allowedUses: [LoadBalancer]}')}${BGP('[{cidr: 192.168.30.0/24}]')}`, errors: [
        { message: "IPPool \"lb\" (192.168.40.0/24) is a LoadBalancer pool outside every `serviceLoadBalancerIPs` range of BGPConfiguration \"default\" (192.168.30.0/24): Calico never advertises its addresses, so LoadBalancer Services get IPs no router can reach. Add the CIDR to `serviceLoadBalancerIPs`.", line: 5, column: 14, endLine: 5, endColumn: 29 },
      ] },
  ],
});

const service = (annotations: string) => `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n${annotations}\nspec: {type: LoadBalancer}\n`;
const LB_POOLS = `${pool('lb', '{cidr: 192.168.30.0/24, allowedUses: [LoadBalancer]}')}${pool('tenant', '{cidr: 10.244.0.0/16}')}`;

ruleTester(serviceLoadbalancerAnnotation, {
  valid: [
    { name: 'name, CIDR and address of a LoadBalancer pool', code: `${LB_POOLS}${service(`    projectcalico.org/ipv4pools: '["lb", "192.168.30.0/24"]'\n    projectcalico.org/loadBalancerIPs: '["192.168.30.7"]'`)}` },
    { name: 'a cni. annotation on a pod template is not a Service', code: `${LB_POOLS}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipv4pools: '["tenant"]'\n` },
  ],
  invalid: [
    {
      name: 'unknown name, a Workload pool, an address outside, the cni. prefix, typographic quotes',
      code: `${LB_POOLS}${service(`    projectcalico.org/ipv4pools: '["nope", "tenant"]'\n    projectcalico.org/loadBalancerIPs: '["10.0.0.1"]'\n    cni.projectcalico.org/ipv4pools: '["lb"]'\n    projectcalico.org/ipv6pools: '[“lb”]'`)}`,
      errors: [
        { message: "`projectcalico.org/ipv4pools` names \"nope\", which is no pool of this cluster (by name or exact CIDR): Calico assigns no address.", line: 17, column: 34, endLine: 17, endColumn: 54 },
        { message: "`projectcalico.org/ipv4pools` names IPPool \"tenant\" (10.244.0.0/16), which has no `LoadBalancer` in allowedUses: Calico assigns Service addresses only from LoadBalancer pools.", line: 17, column: 34, endLine: 17, endColumn: 54 },
        { message: "`projectcalico.org/loadBalancerIPs` lists \"10.0.0.1\", which is inside no LoadBalancer pool of this cluster: Calico cannot assign it.", line: 18, column: 40, endLine: 18, endColumn: 54 },
        { message: "`cni.projectcalico.org/ipv4pools` is a CNI annotation, read on pods and namespaces only: on a Service it does nothing. For LoadBalancer IPAM write `projectcalico.org/ipv4pools`.", line: 19, column: 5, endLine: 19, endColumn: 36 },
        { message: "`projectcalico.org/ipv6pools` is not JSON: it contains typographic quotes (“ ” ‘ ’), probably pasted from a web page; use plain ASCII quotes (\").", line: 20, column: 34, endLine: 20, endColumn: 42 },
      ],
    },
  ],
});

const CALICO_NODE = (cidr: string) => yaml`
  ---
  apiVersion: apps/v1
  kind: DaemonSet
  metadata: {name: calico-node, namespace: kube-system}
  spec:
    template:
      spec:
        containers:
          - name: calico-node
            env:
              - name: CALICO_IPV4POOL_CIDR
                value: "${cidr}"
`;

ruleTester(calicoNodePoolEnv, {
  valid: [
    { name: 'matches a pool', code: `${pool('default-ipv4-ippool', '{cidr: 10.244.0.0/16}')}${CALICO_NODE('10.244.0.0/16')}` },
    { name: 'no pool defined: the env creates it', code: CALICO_NODE('10.244.0.0/16') },
    // An IPv6 CIDR in the IPv4 variable is no no-op but a crash loop (startup.go:998-1003): calico-node-env-valid reports it.
    { name: 'a CIDR of the other family is calico-node-env-valid\'s', code: `${pool('default-ipv4-ippool', '{cidr: 10.244.0.0/16}')}${CALICO_NODE('fd00:10::/48')}` },
  ],
  invalid: [
    { name: 'edited after the pool exists (read only when no IPv4 pool exists: startup.go:1063-1069)', code: `${pool('default-ipv4-ippool', '{cidr: 10.244.0.0/16}')}${CALICO_NODE('10.245.0.0/16')}`, errors: [
        { message: "CALICO_IPV4POOL_CIDR 10.245.0.0/16 matches no IPv4 pool of this cluster (IPPool \"default-ipv4-ippool\" (10.244.0.0/16)): calico-node reads it only to create default-ipv4-ippool when no IPv4 pool exists, so editing it changes nothing. Change the pools themselves, and set the variable to an existing pool's CIDR or remove it.", line: 17, column: 22, endLine: 17, endColumn: 37 },
      ] },
  ],
});

const CNI_CONFIG = (pools: string) => yaml`
  ---
  apiVersion: v1
  kind: ConfigMap
  metadata: {name: calico-config, namespace: kube-system}
  data:
    cni_network_config: |-
      {
        "name": "k8s-pod-network",
        "plugins": [
          {"type": "calico", "ipam": {"type": "calico-ipam", "ipv4_pools": ${pools}}}
        ]
      }
`;

ruleTester(cniConfigPools, {
  valid: [
    { name: 'by name and by CIDR', code: `${pool('tenant', '{cidr: 10.244.0.0/16}')}${CNI_CONFIG('["tenant", "10.244.0.0/16"]')}` },
    { name: 'no IPv4 pool in the repository', code: CNI_CONFIG('["tenant"]') },
  ],
  invalid: [
    { name: 'missing and disabled', code: `${pool('tenant', '{cidr: 10.244.0.0/16}')}${pool('old', '{cidr: 10.245.0.0/16, disabled: true}')}${CNI_CONFIG('["tenamt", "old"]')}`, errors: [
        { message: "CNI config `ipv4_pools` names \"tenamt\", which is no IPv4 pool of this cluster (pools: IPPool \"tenant\" (10.244.0.0/16), IPPool \"old\" (10.245.0.0/16)): Calico fails every pod on the node (\"the given pool does not exist, or is not enabled\"). Name an existing pool, by name or exact CIDR.", line: 20, column: 75, endLine: 20, endColumn: 83 },
        { message: "CNI config `ipv4_pools` names IPPool \"old\" (10.245.0.0/16), which is disabled: Calico fails every pod that has no pool annotation (\"the given pool does not exist, or is not enabled\"). Name an enabled pool.", line: 20, column: 85, endLine: 20, endColumn: 90 },
      ] },
  ],
});

const reservation = (cidrs: string) => `---\napiVersion: projectcalico.org/v3\nkind: IPReservation\nmetadata: {name: r}\nspec:\n  reservedCIDRs: ${cidrs}\n`;

ruleTester(ipreservationRange, {
  valid: [
    { name: 'a few addresses of a pool', code: `${pool('tenant', '{cidr: 10.244.0.0/16}')}${reservation('[10.244.0.1, 10.244.1.0/24]')}` },
    { name: 'no pools in the repository', code: reservation('[10.0.0.1]') },
  ],
  invalid: [
    { name: 'outside every pool, and more than a tenth of a pool', code: `${pool('small', '{cidr: 10.244.0.0/24}')}${reservation('[10.9.0.1, 10.244.0.0/27]')}`, errors: [
        { message: "IPReservation range 10.9.0.1/32 is outside every pool of this cluster: it reserves nothing. Remove it, or correct the range.", line: 11, column: 19, endLine: 11, endColumn: 27 },
        { message: "IPReservations reserve 32 of the 256 addresses of IPPool \"small\" (10.244.0.0/24) (more than a tenth): Calico documents that IPAM then becomes significantly slower when searching for free blocks. Shrink or split the pool instead.", line: 11, column: 29, endLine: 11, endColumn: 42 },
      ] },
  ],
});

ruleTester(poolCapacity, {
  valid: [
    { name: 'enough blocks', config: { maxNodes: 100 }, code: pool('a', '{cidr: 10.244.0.0/16}') },
    { name: 'an infra pool serves no node automatically', config: { maxNodes: 100 }, code: pool('infra', '{cidr: 100.64.0.0/24, nodeSelector: "!all()"}') },
    { name: 'no maxNodes', code: pool('a', '{cidr: 10.244.0.0/24}') },
  ],
  invalid: [
    { name: '4 blocks for 100 nodes', config: { maxNodes: 100 }, code: pool('a', '{cidr: 10.244.0.0/24}'), errors: [
        { message: "IPPool \"a\" (10.244.0.0/24) has 4 blocks of /26 (64 addresses each) for 100 nodes (`maxNodes`): nodes 5–100 get no block of their own and borrow addresses from other nodes' blocks, or fail with strictAffinity. A /19 pool (or larger) gives every node a block of /26.", line: 5, column: 14, endLine: 5, endColumn: 27 },
      ] },
    {
      name: 'maxBlocksPerHost too low for the block size, and a large IPv6 block',
      code: `${pool('a', '{cidr: 10.244.0.0/16, blockSize: 28}')}${pool('v6', '{cidr: "fd00::/48", blockSize: 116}')}---\napiVersion: crd.projectcalico.org/v1\nkind: IPAMConfig\nmetadata: {name: default}\nspec: {maxBlocksPerHost: 4, strictAffinity: false}\n`,
      errors: [
        { message: "IPPool \"a\" (10.244.0.0/16): IPAMConfiguration `maxBlocksPerHost` 4 × 16 addresses per block lets a node hold at most 64 addresses from this pool, fewer than kubelet's default 110 pods: pods beyond that fail to get an address. Raise maxBlocksPerHost, or use larger blocks (a smaller blockSize).", line: 5, column: 40, endLine: 5, endColumn: 42 },
        { message: "IPPool \"v6\" (fd00::/48) has IPv6 blocks of /116 (4096 addresses each): every block is one IPAMBlock object with an entry per address, rewritten on each assignment, and a node claims a whole block even for one pod. Use /122 (64 addresses, the default) unless nodes run that many pods.", line: 10, column: 38, endLine: 10, endColumn: 41 },
      ],
    },
  ],
});

ruleTester(clusterFactsConflict, {
  valid: [
    { name: 'agree', config: { podCidrs: ['10.244.0.0/16'] }, code: KUBEADM },
    { name: 'nothing configured', code: KUBEADM },
  ],
  invalid: [
    { name: 'kubeadm and the configuration disagree', config: { podCidrs: ['10.42.0.0/16'], serviceCidrs: ['10.96.0.0/12'] }, code: KUBEADM, errors: [
        { message: "kubeadm ClusterConfiguration `networking.podSubnet` says the pod CIDR is 10.244.0.0/16, but `podCidrs` in the configuration says 10.42.0.0/16: the address-space checks use both. Correct whichever is wrong.", line: 4, column: 14, endLine: 4, endColumn: 27 },
      ] },
  ],
});
