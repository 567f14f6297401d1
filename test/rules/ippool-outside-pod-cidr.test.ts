/**
 * ippool-outside-pod-cidr and kube-proxy's local-traffic detection: with
 * `detectLocalMode: InterfaceNamePrefix` kube-proxy treats traffic from any interface whose name
 * begins with `detectLocal.interfaceNamePrefix` as local (k8s.io/kube-proxy config/v1alpha1 types.go,
 * DetectLocalConfiguration; flags --detect-local-mode and --pod-interface-name-prefix): with Calico's
 * `cali` prefix no pool's traffic is masqueraded, which is the rule's own suggested fix.
 * kubernetes pkg/proxy/util/localdetector.go (commit 3db434d): NewDetectLocalByCIDR 80-92 matches
 * `! -s <clusterCIDR>` (masqueraded), NewDetectLocalByInterfaceNamePrefix 106-116 matches `! -i <prefix>+`.
 */
import { ippoolOutsidePodCidr } from '../../rules/ippool-outside-pod-cidr.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pool = (name: string, spec: string) => `---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: ${name}}\nspec: ${spec}\n`;
const INFRA = pool('infra', '{cidr: 100.64.0.0/24, nodeSelector: "!all()"}');
const kubeProxyConfig = (prefix: string) =>
  `---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\ndetectLocalMode: InterfaceNamePrefix\ndetectLocal: {interfaceNamePrefix: ${prefix}}\n`;
const kubeProxyConfigMap = `---
apiVersion: v1
kind: ConfigMap
metadata: {name: kube-proxy, namespace: kube-system}
data:
  config.conf: |-
    apiVersion: kubeproxy.config.k8s.io/v1alpha1
    kind: KubeProxyConfiguration
    clusterCIDR: 10.244.0.0/16
    detectLocalMode: InterfaceNamePrefix
    detectLocal:
      interfaceNamePrefix: cali
`;
const kubeProxyDaemonSet = (args: string) => `---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-proxy, namespace: kube-system}
spec:
  template:
    spec:
      containers:
      - name: kube-proxy
        command: [kube-proxy, --cluster-cidr=10.244.0.0/16, ${args}]
`;
/** kube-system/kubeadm-config with a quoted podSubnet: YAML to kubeadm, which hands podSubnet to kube-proxy as clusterCIDR. */
const quotedKubeadmConfig = `---
apiVersion: v1
kind: ConfigMap
metadata: {name: kubeadm-config, namespace: kube-system}
data:
  ClusterConfiguration: |
    apiVersion: kubeadm.k8s.io/v1beta4
    kind: ClusterConfiguration
    networking:
      podSubnet: "10.244.0.0/16"
`;
const MESSAGE = 'IPPool "infra" (100.64.0.0/24) is outside the pod CIDR 10.244.0.0/16 (kube-proxy `clusterCIDR` at test.yaml:9:14): ' +
  'kube-proxy masquerades its pods\' traffic to Services (detect-local-mode ClusterCIDR), so backends and their network policy see the node\'s address instead of the pod\'s.';

ruleTester(ippoolOutsidePodCidr, {
  valid: [
    { name: 'a pool inside a quoted podSubnet of kubeadm-config (read as YAML)', code: pool('tenant', '{cidr: 10.244.0.0/17}') + quotedKubeadmConfig },
    { name: 'KubeProxyConfiguration with InterfaceNamePrefix cali (localdetector.go:106-116)', code: INFRA + kubeProxyConfig('cali') },
    { name: 'the kube-proxy ConfigMap with InterfaceNamePrefix cali (localdetector.go:106-116)', code: INFRA + kubeProxyConfigMap },
    { name: 'kube-proxy flags (localdetector.go:106-116)', code: INFRA + kubeProxyDaemonSet('--detect-local-mode=InterfaceNamePrefix, --pod-interface-name-prefix=cali') },
  ],
  invalid: [
    {
      name: 'a quoted podSubnet in kubeadm-config is read as YAML (kubeadm: kube-proxy clusterCIDR = podSubnet, cmd/kubeadm/app/componentconfigs/kubeproxy.go Default)',
      code: INFRA + quotedKubeadmConfig,
      errors: [{ message: 'IPPool "infra" (100.64.0.0/24) is outside the pod CIDR 10.244.0.0/16 (kubeadm ClusterConfiguration `networking.podSubnet` at test.yaml:15:18): ' +
        'kube-proxy masquerades its pods\' traffic to Services (detect-local-mode ClusterCIDR), so backends and their network policy see the node\'s address instead of the pod\'s.', line: 5, column: 14, endLine: 5, endColumn: 27 }],
    },
    {
      name: 'kubeadm podSubnet and its controllerManager cluster-cidr (v1beta4 list) say the same range: named once',
      code: INFRA + '---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking: {podSubnet: 10.244.0.0/16}\n' +
        'controllerManager:\n  extraArgs:\n  - {name: cluster-cidr, value: 10.244.0.0/16}\n',
      errors: [{ message: 'IPPool "infra" (100.64.0.0/24) is outside the pod CIDR 10.244.0.0/16 (kubeadm ClusterConfiguration `networking.podSubnet` at test.yaml:9:25): ' +
        'kube-proxy masquerades its pods\' traffic to Services (detect-local-mode ClusterCIDR), so backends and their network policy see the node\'s address instead of the pod\'s.', line: 5, column: 14, endLine: 5, endColumn: 27 }],
    },
    {
      // kubeadm passes extraArgs after its own flags: the controller manager runs with 10.200.0.0/16, kube-proxy with podSubnet.
      name: 'a cluster-cidr (v1beta3 map) that disagrees with podSubnet: each range names its own source',
      code: INFRA + '---\napiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking: {podSubnet: 10.244.0.0/16}\n' +
        'controllerManager:\n  extraArgs:\n    cluster-cidr: 10.200.0.0/16\n',
      errors: [{ message: 'IPPool "infra" (100.64.0.0/24) is outside the pod CIDR 10.244.0.0/16 (kubeadm ClusterConfiguration `networking.podSubnet` at test.yaml:9:25), ' +
        '10.200.0.0/16 (kube-controller-manager `--cluster-cidr` (kubeadm ClusterConfiguration `controllerManager.extraArgs`) at test.yaml:12:19): ' +
        'kube-proxy masquerades its pods\' traffic to Services (detect-local-mode ClusterCIDR), so backends and their network policy see the node\'s address instead of the pod\'s.', line: 5, column: 14, endLine: 5, endColumn: 27 }],
    },
    {
      name: 'detectLocalMode unset: ClusterCIDR, the default (localdetector.go:80-92)',
      code: INFRA + '---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\n',
      errors: [{ message: MESSAGE, line: 5, column: 14, endLine: 5, endColumn: 27 }],
    },
    {
      name: 'InterfaceNamePrefix with a prefix Calico\'s interfaces do not have (localdetector.go:106-116: only veth* is local)',
      code: INFRA + kubeProxyConfig('veth'),
      errors: [{ message: MESSAGE, line: 5, column: 14, endLine: 5, endColumn: 27 }],
    },
  ],
});
