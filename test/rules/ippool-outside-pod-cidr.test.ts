/**
 * ippool-outside-pod-cidr and kube-proxy's local-traffic detection: with
 * `detectLocalMode: InterfaceNamePrefix` kube-proxy treats traffic from any interface whose name
 * begins with `detectLocal.interfaceNamePrefix` as local (k8s.io/kube-proxy config/v1alpha1 types.go,
 * DetectLocalConfiguration; flags --detect-local-mode and --pod-interface-name-prefix): with Calico's
 * `cali` prefix no pool's traffic is masqueraded, which is the rule's own suggested fix.
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
const MESSAGE = 'IPPool "infra" (100.64.0.0/24) is outside the pod CIDR 10.244.0.0/16 (kube-proxy `clusterCIDR` at test.yaml:9:14): ' +
  'kube-proxy masquerades its pods\' traffic to Services (detect-local-mode ClusterCIDR), so backends and their network policy see the node\'s address instead of the pod\'s.';

ruleTester(ippoolOutsidePodCidr, {
  valid: [
    { name: 'KubeProxyConfiguration with InterfaceNamePrefix cali', code: INFRA + kubeProxyConfig('cali') },
    { name: 'the kube-proxy ConfigMap with InterfaceNamePrefix cali', code: INFRA + kubeProxyConfigMap },
    { name: 'kube-proxy flags', code: INFRA + kubeProxyDaemonSet('--detect-local-mode=InterfaceNamePrefix, --pod-interface-name-prefix=cali') },
  ],
  invalid: [
    {
      name: 'InterfaceNamePrefix with a prefix Calico\'s interfaces do not have',
      code: INFRA + kubeProxyConfig('veth'),
      errors: [{ message: MESSAGE, line: 5, column: 14, endLine: 5, endColumn: 27 }],
    },
  ],
});
