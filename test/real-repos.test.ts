/**
 * Forty-seven real repositories' manifests (fixtures/real-repos/, see its README
 * for origin, licence and the verdict on each finding), each linted on its own as
 * a new user would: no configuration. Every finding, every exemption and every
 * notice is pinned. 156 files; 8 errors, of which 7 are true (a log shipper, a
 * web app, node-feature-discovery's old worker, metal3's fake API server and the
 * Azure Key Vault provider (pod-identity mode only) on the host network; a
 * placeholder for calico-node's pool CIDR; two pools of one name in vpp-dataplane's
 * SRv6 test) and 1 false: vpp-dataplane's host endpoint listener, whose need for
 * the node's network shows only in its test. 113 exemptions, each with the evidence
 * in its manifest that decided (kubeone's GCE PD CSI controller on control-plane placement
 * with the control-plane toleration; AKS's nsenter node configurators and Longhorn's
 * node installers as node administrators, hostPID or the node's whole root with
 * privileged; Calico v3.3.1's Typha on the critical-pod annotation in kube-system;
 * Azure's health-probe proxy on kube-proxy's port; a packet capture Pod refused as
 * written, its image a placeholder in a comment; and the manila CSI node plugin's:
 * kubectl reads its under-indented flow sequence, and so does calico-lint); 13 Go templates and 2 envsubst templates skipped with a notice.
 * flannel's broken snapcraft file stays silent (its shell line continuations are
 * no YAML escapes), and so do vpp-dataplane's `${VAR}` placeholders in an
 * Installation. Nine more folders (the README's third sweep, Calico configuration as users write it) add
 * 2 errors and 1 warning, all true, and 7 notices of values that Cluster API, Fleet or Helm render per cluster.
 * Nine more (the sixth sweep, X18: Cluster API providers and installers with addons) add 10 errors, 3 true,
 * 24 exemptions and one Go vendor tree skipped with a notice. Five more (the seventh sweep, Z19: Calico's own
 * repositories at other versions, old installers) add 7 errors, 4 true, and 4 exemptions.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../src/api.js';
import { REPO_ROOT } from './helpers/cli.js';

interface Message { ruleId: string | null; severity?: number; line: number; message: string; suppressions?: Array<{ kind: string; justification: string }> }
interface Result { filePath: string; messages: Message[]; suppressedMessages: Message[] }

const HOST_PROCESS = 'a Windows HostProcess pod (`securityContext.windowsOptions.hostProcess: true`)';
const NODE_CRITICAL = '`priorityClassName: system-node-critical`';
const CLUSTER_CRITICAL = '`priorityClassName: system-cluster-critical`';
const UNINITIALIZED = 'a toleration of the bootstrap taint `node.cloudprovider.kubernetes.io/uninitialized`';
const CRITICAL_POD = 'the critical add-on annotation `scheduler.alpha.kubernetes.io/critical-pod` in `kube-system` ' +
  '(Kubernetes 1.11 to 1.15 admitted it as `system-cluster-critical`)';
const REFUSED = 'Kubernetes refuses it as written: container `packetverifier` has an empty `image`';

const SRV6_V6 = 'Pool "default-ipv6-ippool" (the name the operator gives the unnamed Installation pool fd01::/64) is already defined at ' +
  'yaml/calico/installation-test-v6.yaml:14:9; the operator writes its own IPPool of this name with CIDR fd01::/64, and this one has ' +
  'fdfb:af47:32af::/48: whichever is applied last wins, and Calico refuses to change the CIDR of an existing pool. ' +
  'Make the IPPool identical to the Installation pool, or delete it and let the operator create the pool.';

/** Errors: file:line, rule, the workload (or the message). Why each is true or false: fixtures/real-repos/README.md. */
const ERRORS = [
  // True: `<kubeClusterCidr>` is a placeholder the docs ask users to fill in; as written calico-node exits on it.
  ['Azure__aks-engine/docs/topics/calico-3.3.1-cleanup-after-upgrade.yaml:488', 'calico-node-env-valid',
    'CALICO_IPV4POOL_CIDR "<kubeClusterCidr>" is not a CIDR: calico-node refuses it ("Invalid CIDR specified in CALICO_IPV4POOL_CIDR"). ' +
    'calico-node exits at every start on this value, pools or not (node/pkg/lifecycle/startup/startup.go, configureIPPools): ' +
    'every calico-node pod crash-loops and no node gets pod networking.'],
  // True: the Azure Key Vault provider needs the host network only in pod-identity mode (deprecated), to reach
  // aad-pod-identity's NMI on the node's loopback (localhost:2579); its maintainers would make it optional (#1577).
  ['Azure__aks-engine/parts/k8s/addons/secrets-store-csi-driver.yaml:474', 'no-host-network', 'DaemonSet/kube-system/csi-secrets-store-provider-azure'],
  // True: node-feature-discovery v0.4's worker reads hostPaths and talks to its master over a Service.
  ['NVIDIA__gpu-operator/tests/nfd-worker-daemonset.yaml:17', 'no-host-network', 'DaemonSet/node-feature-discovery/nfd-worker'],
  // True: a log shipper on the host network.
  ['aws-samples__amazon-cloudwatch-container-insights/k8s-deployment-manifest-templates/deployment-mode/daemonset/container-insights-monitoring/fluent-bit/fluent-bit.yaml:344', 'no-host-network', 'DaemonSet/amazon-cloudwatch/fluent-bit'],
  // True: a web app on the host network.
  ['drpump__k3s-home-assistant/base/statefulset.yaml:33', 'no-host-network', 'StatefulSet/home-assistant/home-assistant'],
  // True: the tigera-operator values of a kubeadm install script (`helm install … -f calico/values.yaml`). `kubeadm` is no
  // kubernetesProvider the Installation CRD accepts, so the API server refuses the Installation and the install fails.
  ['fudoge__ansible-kubeadm/calico/values.yaml:4', 'crd-schema-valid',
    'installation.kubernetesProvider is "kubeadm", which the Installation schema of Calico v3.32 does not allow (Kubernetes refuses the object): ' +
    'use one of "", EKS, GKE, AKS, OpenShift, DockerEnterprise, RKE2, TKG, Kind'],
  // True: the same pool, 10.0.217.0/16 with host bits set; not the network its author wrote (10.0.0.0/16 or 10.0.217.0/24).
  ['fudoge__ansible-kubeadm/calico/values.yaml:11', 'ippool-valid',
    'ipPools[0].cidr "10.0.217.0/16" has host bits set: did you mean "10.0.0.0/16"? A pool CIDR must be strictly masked (Calico\'s IPPool validation rejects it)'],
  // True (a warning): /116 IPv6 blocks of 4,096 addresses in a k3s homelab's Installation.
  ['haraldkoch__kochhaus-home/ansible/manifests/calico/custom-resources.yaml:19', 'pool-capacity',
    'Installation pool "default-ipv6-ippool" (fdd5:aa8:9535:42::/108) has IPv6 blocks of /116 (4096 addresses each): every block is one IPAMBlock ' +
    'object with an entry per address, rewritten on each assignment, and a node claims a whole block even for one pod. Use /122 (64 addresses, ' +
    'the default) unless nodes run that many pods.'],
  // True: an e2e fake API server on the host network for its address; nothing in it programs the node.
  ['metal3-io__cluster-api-provider-metal3/test/e2e/data/fkas/resources.yaml:57', 'no-host-network', 'Deployment/fkas-system/metal3-fkas-system'],
  // False alarm: a listener that is the target of a host endpoint policy test; `privileged` alone is not evidence.
  ['projectcalico__vpp-dataplane/test/yaml/hep/test.yaml:56', 'no-host-network', 'Pod/hep/hep-host-listener'],
  // True: the Makefile installs installation-test-v6.yaml and then this component: two pools named default-ipv6-ippool.
  // It fits neither alternative Installation that names the pool (test-v6, vxlan-v6: fd01::/64); its IPv4 twin (line 6)
  // is installation-flat.yaml's pool exactly, so the operator adopts it under that alternative: silent.
  ['projectcalico__vpp-dataplane/yaml/components/srv6/srv6res.yaml:17', 'ippool-duplicate-name', SRV6_V6],
];

/** Go templates (a Helm chart's, kubeone's and aks-engine's addons) and envsubst templates are skipped with a notice on stderr, not linted. */
const TEMPLATES = [
  'Azure__aks-engine/parts/k8s/addons/calico.yaml',
  'Azure__aks-engine/parts/k8s/addons/secrets-store-csi-driver.yaml',
  'Azure__aks-engine/parts/k8s/manifests/kubernetesmaster-kube-controller-manager.yaml',
  'gardener__gardener-extension-networking-calico/charts/internal/calico/templates/ippool/ippool.yaml',
  'gardener__gardener-extension-networking-calico/charts/internal/calico/templates/kube-controller/clusterrole-calico-kube-controllers.yaml',
  'gardener__gardener-extension-networking-calico/charts/internal/calico/templates/multus/daemonset-multus-cni.yaml',
  'gardener__gardener-extension-networking-calico/charts/internal/calico/templates/node/daemonset-calico-node.yaml',
  'gardener__gardener-extension-networking-calico/charts/internal/calico/templates/typha/deployment-calico-typha.yaml',
  'kubermatic__kubeone/addons/ccm-azure/ccm-azure.yaml',
  'kubermatic__kubeone/addons/ccm-hetzner/ccm-hetzner.yaml',
  'kubermatic__kubeone/addons/ccm-vsphere/ccm-vsphere.yaml',
  'kubermatic__kubeone/addons/cni-cilium/hubble.yaml',
  'kubermatic__kubeone/addons/cni-weavenet/weavenet.yaml',
  'kubernetes-sigs__cluster-api-addon-provider-helm/config/samples/calico-cni.yaml:16:3 spec.valuesTemplate',
  'kubernetes-sigs__cluster-api-addon-provider-helm/test/e2e/data/addons-helm/v1beta2/bases/calico.yaml:14:3 spec.valuesTemplate',
  'kubernetes-sigs__cluster-api-addon-provider-helm/test/e2e/data/addons-helm/v1beta2/cluster-template.yaml:14:3 spec.valuesTemplate',
  'metal3-io__cluster-api-provider-metal3/examples/clusterctl-templates/clusterctl-cluster.yaml',
  // CAAPH values templates of Nutanix's CAREN; two glue an action to a key (`ipPools:{{ range … }}`), refused by kubectl too.
  ...['aws', 'docker', 'nutanix'].map((provider) =>
    `nutanix-cloud-native__cluster-api-runtime-extensions-nutanix/charts/cluster-api-runtime-extensions-nutanix/addons/cni/calico/${provider}/values-template.yaml`),
  'projectcalico__vpp-dataplane/test/scripts/kubeadm/ClusterNewConfiguration.template.yaml',
  // A Fleet HelmOp whose Installation Fleet renders for each target cluster from `.ClusterValues`.
  'rancher__turtles/examples/applications/cni/calico/helm-chart.yaml:12:7 spec.helm.templateValues.installation',
];

/** Exemptions: file:line of `hostNetwork`, and the evidence that decided. */
const EXEMPT = [
  ['Azure__AKS/examples/cgroups/revert-cgroup-v1.yaml:63', NODE_CRITICAL],
  ['Azure__AKS/examples/disable-azsecd.yaml:18', '`hostPID: true` and `privileged: true` in container `disable-azsecd`'],
  ['Azure__AKS/examples/iptables/snat_exemption_ds.yaml:18', '`hostPID: true` and `privileged: true` in container `snat-exemption`'],
  ['Azure__AKS/examples/kubelet/enable-anonymous-auth-for-non-rbac.yaml:18', '`hostPID: true` and `privileged: true` in container `nsenter`'],
  ['Azure__AKS/examples/runc/downgraderunc.yaml:18', '`hostPID: true` and `privileged: true` in container `nsenter`'],
  // Calico v3.3.1's Typha, host-networked so that Felix reaches it before any pod network exists, marked critical the
  // pre-1.16 way (empty annotation, kube-system), which Kubernetes 1.11-1.15 admitted as system-cluster-critical.
  ['Azure__aks-engine/docs/topics/calico-3.3.1-cleanup-after-upgrade.yaml:199', CRITICAL_POD],
  ['Azure__aks-engine/docs/topics/calico-3.3.1-cleanup-after-upgrade.yaml:440', '`privileged: true` in container `calico-node` and hostPath `/lib/modules`'],
  ['Azure__aks-engine/parts/k8s/addons/antrea.yaml:4150', CLUSTER_CRITICAL],
  ['Azure__aks-engine/parts/k8s/addons/antrea.yaml:4407', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`antrea-ovs\``],
  ['Azure__aks-engine/parts/k8s/manifests/kubernetesmaster-kube-apiserver.yaml:11', NODE_CRITICAL],
  ['NVIDIA__gpu-operator/internal/state/testdata/golden/driver-hostnetwork.yaml:267', NODE_CRITICAL],
  ['antrea-io__antrea/build/yamls/antrea-windows.yml:230', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['antrea-io__antrea/build/yamls/antrea.yml:5942', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`antrea-ovs\``],
  ['antrea-io__antrea/build/yamls/antrea.yml:6190', CLUSTER_CRITICAL],
  ['antrea-io__antrea/docs/cookbooks/ids/resources/suricata.yml:15', 'capability `NET_ADMIN` in container `suricata`'],
  ['antrea-io__antrea/docs/cookbooks/multus/resources/dhcp-daemon.yml:21', NODE_CRITICAL],
  ['aws-samples__amazon-cloudwatch-container-insights/k8s-deployment-manifest-templates/deployment-mode/daemonset/container-insights-monitoring/cwagent/cwagent-daemonset-windows.yaml:20',
    HOST_PROCESS],
  ['aws-samples__amazon-cloudwatch-container-insights/k8s-deployment-manifest-templates/deployment-mode/daemonset/container-insights-monitoring/fluent-bit/fluent-bit-windows.yaml:174',
    HOST_PROCESS],
  ['aws__amazon-vpc-cni-k8s/config/master/aws-k8s-cni.yaml:188', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`aws-node\``],
  ['aws__amazon-vpc-cni-k8s/config/multus/v4.1.4-eksbuild.3/multus-daemonset-thick.yml:155',
    '`privileged: true` in container `install-multus-binary` and hostPath `/etc/cni/net.d`'],
  // A packet capture on the node's devices, whose image is a placeholder in a comment (`image: #IMAGE_TAG`): refused as written.
  ['aws__amazon-vpc-cni-k8s/test/_cmd/packet-verifier/example/packetverifier_pod.yaml:7', REFUSED],
  ['cloudnativelabs__kube-router/daemonset/generic-kuberouter-all-features-advertise-routes.yaml:151', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/generic-kuberouter-all-features.yaml:147', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/generic-kuberouter-only-advertise-routes.yaml:66', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/generic-kuberouter.yaml:116', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kube-router-all-service-daemonset-advertise-routes.yaml:111', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kube-router-all-service-daemonset.yaml:107', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kube-router-firewall-daemonset.yaml:106', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kube-router-proxy-daemonset.yaml:106', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kubeadm-kuberouter-all-features-dsr.yaml:128', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kubeadm-kuberouter-all-features-hostport.yaml:128', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kubeadm-kuberouter-all-features.yaml:121', NODE_CRITICAL],
  ['cloudnativelabs__kube-router/daemonset/kubeadm-kuberouter.yaml:119', NODE_CRITICAL],
  ['flannel-io__flannel/Documentation/kube-flannel.yml:128', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`kube-flannel\``],
  ['flannel-io__flannel/Documentation/minikube.yml:52', '`privileged: true` in container `kube-flannel` and hostPath `/etc/cni/net.d`'],
  ['k8snetworkplumbingwg__multus-cni/deployments/multus-daemonset-crio.yml:185', '`privileged: true` in container `kube-multus` and hostPath `/etc/cni/net.d`'],
  ['k8snetworkplumbingwg__multus-cni/deployments/multus-daemonset-thick.yml:157',
    '`privileged: true` in container `install-multus-binary` and hostPath `/etc/cni/net.d`'],
  ['k8snetworkplumbingwg__multus-cni/deployments/multus-daemonset.yml:185',
    '`privileged: true` in container `install-multus-binary` and hostPath `/etc/cni/net.d`'],
  ['kube-vip__kube-vip/testing/kind/kube-vip-egress.yaml:61', 'capability `NET_ADMIN` in container `kube-vip`'],
  ['kube-vip__kube-vip/testing/kind/kube-vip-skaffold.yaml:57', 'capability `NET_ADMIN` in container `kube-vip`'],
  ['kubermatic__kubeone/addons/backups-restic/backups-restic.yaml:35',
    'hostPath `/etc/kubernetes/pki` and pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`)'],
  ['kubermatic__kubeone/addons/ccm-azure/ccm-azure.yaml:344', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/ccm-digitalocean/ccm-digitalocean.yaml:137', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['kubermatic__kubeone/addons/ccm-equinixmetal/ccm-equinixmetal.yaml:182', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['kubermatic__kubeone/addons/ccm-gcp/ccm-gcp.yaml:360', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['kubermatic__kubeone/addons/ccm-nutanix/nutanix-ccm.yaml:137', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['kubermatic__kubeone/addons/ccm-openstack/ccm-openstack.yaml:196', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['kubermatic__kubeone/addons/cni-canal/canal.yaml:7261', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/cni-cilium/cilium.yaml:1064',
    'a toleration of the bootstrap taint `node.kubernetes.io/not-ready` and `priorityClassName: system-cluster-critical`'],
  ['kubermatic__kubeone/addons/cni-cilium/cilium.yaml:1311', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`config\``],
  ['kubermatic__kubeone/addons/cni-cilium/cilium.yaml:1756', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`cilium-envoy\``],
  ['kubermatic__kubeone/addons/csi-azuredisk/csi-azuredisk.yaml:710', CLUSTER_CRITICAL],
  ['kubermatic__kubeone/addons/csi-azuredisk/csi-azuredisk.yaml:915', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/csi-azurefile/csi-azurefile.yaml:712', CLUSTER_CRITICAL],
  ['kubermatic__kubeone/addons/csi-azurefile/csi-azurefile.yaml:932', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/csi-digitalocean/driver.yaml:482', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/csi-gcp-compute-persistent/csi-gcp-compute-persistent.yaml:666',
    'pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`) and a toleration of the control-plane taint `node-role.kubernetes.io/control-plane`'],
  ['kubermatic__kubeone/addons/csi-gcp-compute-persistent/csi-gcp-compute-persistent.yaml:759',
    '`privileged: true` in container `gce-pd-driver` and hostPath `/var/lib/kubelet/plugins_registry/`'],
  ['kubermatic__kubeone/addons/csi-nutanix/nutanix-csi-storage.yaml:631', CLUSTER_CRITICAL],
  ['kubermatic__kubeone/addons/csi-nutanix/nutanix-csi-storage.yaml:786', CLUSTER_CRITICAL],
  ['kubermatic__kubeone/addons/csi-openstack-cinder/openstack-csi-cinder.yaml:628', CLUSTER_CRITICAL],
  ['kubermatic__kubeone/addons/csi-vmware-cloud-director/driver.yaml:491',
    '`privileged: true` in container `vcd-csi-plugin` and hostPath `/var/lib/kubelet/csi-plugins/named-disk.csi.cloud-director.vmware.com`'],
  ['kubermatic__kubeone/addons/csi-vsphere/1-vsphere-csi-driver.yaml:652', NODE_CRITICAL],
  ['kubermatic__kubeone/addons/etcd-defrag/etcd-defrag.yaml:24',
    'hostPath `/etc/kubernetes/pki` and pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`)'],
  ['kubermatic__kubeone/addons/nodelocaldns/nodelocaldns.yaml:173', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`node-cache\``],
  ['kubernetes-csi__csi-driver-smb/deploy/csi-smb-controller.yaml:17', CLUSTER_CRITICAL],
  ['kubernetes-csi__csi-driver-smb/deploy/csi-smb-node-windows-hostprocess.yaml:34', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['kubernetes-csi__csi-driver-smb/deploy/csi-smb-node.yaml:20', NODE_CRITICAL],
  ['kubernetes-csi__csi-driver-smb/deploy/example/windows/csi-proxy.yaml:24', HOST_PROCESS],
  ['kubernetes-sigs__azuredisk-csi-driver/deploy/csi-azuredisk-controller.yaml:17', CLUSTER_CRITICAL],
  ['kubernetes-sigs__azuredisk-csi-driver/deploy/csi-azuredisk-node-windows-hostprocess.yaml:41', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['kubernetes-sigs__azuredisk-csi-driver/deploy/csi-azuredisk-node.yaml:20', NODE_CRITICAL],
  ['kubernetes-sigs__cloud-provider-azure/examples/out-of-tree/cloud-controller-manager.yaml:161', NODE_CRITICAL],
  ['kubernetes-sigs__cloud-provider-azure/examples/out-of-tree/cloud-node-manager.yaml:66', NODE_CRITICAL],
  ['kubernetes-sigs__cloud-provider-azure/examples/out-of-tree/kube-apiserver.yaml:10', 'hostPath `/etc/kubernetes` and a bare Pod'],
  ['kubernetes-sigs__cloud-provider-azure/examples/out-of-tree/kube-controller-manager.yaml:10', 'hostPath `/etc/kubernetes` and a bare Pod'],
  ['kubernetes-sigs__cloud-provider-azure/examples/out-of-tree/kube-scheduler.yaml:10', 'hostPath `/etc/kubernetes` and a bare Pod'],
  // Forwards the load balancer's probes to kube-proxy on the node's loopback; declares kube-proxy's port.
  ['kubernetes-sigs__cloud-provider-azure/health-probe-proxy/example.yaml:21', "port 10256 in container `health-probe-proxy`, kube-proxy's health check port on the node"],
  ['kubernetes-sigs__cluster-api-provider-azure/templates/addons/azure-cni-v1.yaml:35', NODE_CRITICAL],
  ['kubernetes-sigs__cluster-api-provider-azure/templates/addons/calico.yaml:6237', NODE_CRITICAL],
  ['kubernetes-sigs__cluster-api-provider-azure/templates/addons/windows/calico/kube-proxy-windows.yaml:22', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['kubernetes-sigs__cluster-api-provider-azure/templates/addons/windows/containerd-logging/containerd-logger.yaml:21', HOST_PROCESS],
  ['kubernetes-sigs__cluster-api-provider-azure/templates/addons/windows/csi-proxy/csi-proxy.yaml:23', HOST_PROCESS],
  ['kubernetes-sigs__cluster-api-provider-openstack/test/e2e/data/ccm/cloud-controller-manager.yaml:78', UNINITIALIZED],
  ['kubernetes-sigs__cluster-api-provider-openstack/test/e2e/data/cni/calico.yaml:6886', NODE_CRITICAL],
  ['kubernetes-sigs__cluster-api-provider-vsphere/internal/kubevip/kube-vip.yaml:62', 'capability `NET_ADMIN` in container `kube-vip`'],
  ['kubernetes-sigs__cluster-api-provider-vsphere/packaging/flavorgen/cloudprovider/cpi/cpi.yaml:157', `${UNINITIALIZED} and ${NODE_CRITICAL}`],
  ['kubernetes-sigs__cluster-api-provider-vsphere/packaging/flavorgen/cloudprovider/csi/vsphere-csi-driver.yaml:446', NODE_CRITICAL],
  ['kubernetes-sigs__sig-windows-tools/hostprocess/calico/kube-proxy/kube-proxy.yml:22', HOST_PROCESS],
  ['kubernetes-sigs__sig-windows-tools/hostprocess/csi-proxy/csi-proxy.yaml:21', HOST_PROCESS],
  ['kubernetes-sigs__sig-windows-tools/hostprocess/eventflow-logger/containerd-logger.yaml:21', HOST_PROCESS],
  ['kubernetes__cloud-provider-aws/examples/existing-cluster/base/aws-cloud-controller-manager-daemonset.yaml:42', UNINITIALIZED],
  ['kubernetes__cloud-provider-openstack/manifests/barbican-kms/ds.yaml:65', UNINITIALIZED],
  ['kubernetes__cloud-provider-openstack/manifests/cinder-csi-plugin/cinder-csi-nodeplugin.yaml:21',
    '`privileged: true` in container `cinder-csi-plugin` and hostPath `/var/lib/kubelet/plugins/cinder.csi.openstack.org`'],
  ['kubernetes__cloud-provider-openstack/manifests/controller-manager/openstack-cloud-controller-manager-ds.yaml:78', UNINITIALIZED],
  ['kubernetes__cloud-provider-openstack/manifests/controller-manager/openstack-cloud-controller-manager-pod.yaml:42',
    'hostPath `/etc/kubernetes/pki` and a bare Pod'],
  // Read since kubectl's reading of under-indented flow collections (src/parse/flow-indentation.ts): lines 31-35.
  ['kubernetes__cloud-provider-openstack/manifests/manila-csi-plugin/csi-nodeplugin.yaml:20',
    '`privileged: true` in container `nodeplugin` and hostPath `/var/lib/kubelet/plugins_registry`'],
  ['longhorn__longhorn/deploy/prerequisite/longhorn-cifs-installation.yaml:19', '`hostPID: true` and `privileged: true` in container `cifs-installation`'],
  ['longhorn__longhorn/deploy/prerequisite/longhorn-gke-cos-node-agent.yaml:106', '`privileged: true` in container `node-agent` and hostPath `/` (the node\'s whole root)'],
  ['metal3-io__cluster-api-provider-metal3/examples/addons.yaml:484', NODE_CRITICAL],
  ['metallb__metallb/config/manifests/metallb-frr.yaml:2543', 'capability `NET_ADMIN` in container `frr`'],
  ['metallb__metallb/config/manifests/metallb-native.yaml:2359', 'capability `NET_RAW` in container `speaker`'],
  ...[150, 231, 311, 391, 471].map((line) => [`microsoft__SDN/Kubernetes/flannel/overlay/manifests/kube-flannel-example.yml:${line}`, 'capability `NET_ADMIN` in container `kube-flannel`']),
  ['microsoft__SDN/Kubernetes/windows/debug/enablewinflags/winserver2022.yaml:20', HOST_PROCESS],
  ['microsoft__SDN/Kubernetes/windows/debug/hnsautomitigator/hnsautomitigator2019.yaml:20', HOST_PROCESS],
  ['microsoft__SDN/Kubernetes/windows/debug/hnstracer/hnstracerwin2019.yaml:21', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['microsoft__SDN/Kubernetes/windows/debug/networkmonitor/networkhealth.yaml:20', HOST_PROCESS],
  // AKS BYOCNI with Calico for Windows: calico-node-windows and kube-proxy for Windows (two DaemonSets) run as HostProcess pods.
  ['phealy__aks-byocni-calico-windows/calico-windows.yaml:50', HOST_PROCESS],
  ['phealy__aks-byocni-calico-windows/windows-kube-proxy.yaml:58', HOST_PROCESS],
  ['phealy__aks-byocni-calico-windows/windows-kube-proxy.yaml:115', HOST_PROCESS],
  ['projectcalico__vpp-dataplane/test/policies/ds.yaml:22', '`privileged: true` in container `ns` and hostPath `/etc/vpp`'],
  ['projectcalico__vpp-dataplane/yaml/base/calico-vpp-daemonset.yaml:245', NODE_CRITICAL],
];

/**
 * The fourth sweep (branch W17): eleven more repositories, none of them seen while the evidence was designed
 * (Azure CNI and its tools, the Proxmox Cluster API provider, kubernetes/dns, the GCE PD CSI driver, Calico for
 * Windows in sig-windows' CAPZ tests, the vSphere and Hetzner CCMs, Talos, metal3's Ironic, k0s, kubermatic's canal). Kept apart from
 * the lists above and merged in place order, so that each sweep's pins read on their own.
 */
const W17_ERRORS = [
  // True: three `pause` replicas with pod anti-affinity to make the autoscaler add nodes; on the host network only so
  // as not to take a pod address. Nothing in it needs the node.
  ['Azure__azure-container-networking/hack/manifests/scaler.yaml:29', 'no-host-network', 'Deployment/default/node-scaler'],
  // False alarm: a static pod of an old hyperkube test control plane, whose kubectl reaches the API server at the
  // node's loopback by default: in its image's script, not in its manifest (a bare Pod in kube-system, nothing else).
  // Its sibling master.json says `--master=127.0.0.1:8080`, and is exempt on it.
  ['kubernetes__dns/test/e2e/cluster/manifests/addon-manager.json:10', 'no-host-network', 'Pod/kube-system/kube-addon-manager'],
];

/** Third sweep: Helm charts and k0s' Go templates, and clusterctl templates with `[${VM_SSH_KEYS}]` (src/parse/envsubst-flow-variable.ts). */
const W17_TEMPLATES = [
  'hetznercloud__hcloud-cloud-controller-manager/chart/templates/daemonset.yaml',
  'hetznercloud__hcloud-cloud-controller-manager/chart/templates/deployment.yaml',
  'ionos-cloud__cluster-api-provider-proxmox/templates/cluster-template-calico.yaml',
  'ionos-cloud__cluster-api-provider-proxmox/templates/cluster-template-dual-stack.yaml',
  'ionos-cloud__cluster-api-provider-proxmox/templates/cluster-template-flatcar.yaml',
  'ionos-cloud__cluster-api-provider-proxmox/templates/cluster-template.yaml',
  'k0sproject__k0s/static/manifests/calico/ConfigMap/calico-config.yaml',
  'k0sproject__k0s/static/manifests/calico/DaemonSet/calico-node-windows.yaml',
  'k0sproject__k0s/static/manifests/calico/DaemonSet/calico-node.yaml',
  'k0sproject__k0s/static/manifests/calico/IPAMConfig/default.yaml',
  'kubernetes__cloud-provider-vsphere/charts/vsphere-cpi/templates/daemonset.yaml',
  // Its first documents are `{{ if … }}`; the calico-node DaemonSet parses and is linted, its
  // `CALICO_IPV4POOL_CIDR: "{{ first .Cluster.Network.PodCIDRBlocks }}"` a placeholder (src/resources/placeholder.ts).
  'kubermatic__kubermatic/addons/canal/canal_v3.21.yaml',
];

const POD_NETWORK_TWIN = (twin: string, file?: string) =>
  `the same images and commands on the pod network in Deployment \`${twin}\`${file === undefined ? '' : ` of \`${file}\``} ` +
  '(a pod-network twin: the host network is what it tests)';

const TALOS = 'siderolabs__talos/internal/app/machined/pkg/controllers/k8s/internal/k8stemplates/testdata';

const GCE_PD_NODE_PLUGIN = '`privileged: true` in container `gce-pd-driver` and hostPath `/var/lib/kubelet/plugins_registry/`';
/** The GCE PD CSI controller: its driver container runs the node plugin's (at `place`), which is privileged. */
const GCE_PD_COMPANION = (place: string) =>
  `container \`gce-pd-driver\` runs the program of container \`gce-pd-driver\` of DaemonSet \`csi-gce-pd-node\` (${place}), which is privileged ` +
  `(a companion of a node component, itself exempt on ${GCE_PD_NODE_PLUGIN})`;

/** Third sweep's exemptions: file:line of `hostNetwork`, and the evidence that decided. */
const W17_EXEMPT = [
  ['Azure__azure-container-networking/cns/azure-cns-windows.yaml:75', HOST_PROCESS],
  ['Azure__azure-container-networking/cns/azure-cns.yaml:133', NODE_CRITICAL],
  ['Azure__azure-container-networking/npm/azure-npm.yaml:114', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`azure-npm\``],
  ['Azure__azure-container-networking/npm/examples/windows/azure-npm.yaml:83', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  ['Azure__azure-container-networking/test/integration/manifests/cni/cni-installer-v1-windows.yaml:36', HOST_PROCESS],
  ['Azure__azure-container-networking/test/integration/manifests/cni/manager.yaml:22', 'a toleration of the bootstrap taint `node.kubernetes.io/not-ready`'],
  ['Azure__azure-container-networking/test/integration/manifests/ip-masq-agent/ip-masq-agent.yaml:58',
    `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`azure-ip-masq-agent\``],
  ['Azure__azure-container-networking/test/integration/manifests/load/privileged-daemonset-windows.yaml:36',
    'a Windows HostProcess pod (every container sets `securityContext.windowsOptions.hostProcess: true`)'],
  ['Azure__azure-container-networking/test/integration/manifests/load/privileged-daemonset.yaml:20',
    '`hostPID: true` and `privileged: true` in container `privileged-container`'],
  // The Azure CNI installer writes the node's /opt/cni/bin and /etc/cni/net.d (not privileged): until it has run no pod
  // network exists on the node.
  ...['manager.yaml:19', 'manager_swift.yaml:21'].map((place) => [`Azure__azure-container-networking/tools/acncli/deployment/${place}`,
    "hostPath `/opt/cni/bin` mounted writable in container `azure-cni-installer` (the node's CNI)"]),
  // Connectivity tests that run one program on both networks in one file (Azure CNI's toolbox echo servers; Cilium's
  // connectivity check as kubermatic's canal e2e runs it: an echo server and two clients that test host-to-pod and
  // host-to-ClusterIP paths): the host network is what they test. Each names its twin (the closest name).
  ...['agents.yaml:21 agent-pod-8085-tcp', 'master.yaml:21 master-pod-8085-tcp'].map((pin) => pin.split(' ')).map(([place, twin]) =>
    [`Azure__azure-container-networking/hack/toolbox/manifests/${place}`, POD_NETWORK_TWIN(twin!)]),
  // goldpinger-host, the target of host-network connectivity tests, keeps its pod-network twin goldpinger-pod (the same
  // image, no command) in another file of its folder, deployment.yaml (src/parallel/folder-pass.ts).
  ...['daemonset-ipv6.yaml:21', 'daemonset.yaml:21'].map((place) => [`Azure__azure-container-networking/test/integration/manifests/goldpinger/${place}`,
    POD_NETWORK_TWIN('goldpinger-pod', 'deployment.yaml')]),
  ['hetznercloud__hcloud-cloud-controller-manager/deploy/ccm-networks.yaml:133', `${UNINITIALIZED} and ${CLUSTER_CRITICAL}`],
  ['ionos-cloud__cluster-api-provider-proxmox/test/e2e/data/cni/calico.yaml:4779', NODE_CRITICAL],
  ['k0sproject__k0s/static/manifests/windows/DaemonSet/kube-proxy-windows.yaml:23', HOST_PROCESS],
  // The GCE PD CSI controller, on the host network to reach the VM's metadata server past GKE's Workload Identity (its
  // comment), with no mark of its own: its driver container runs the node plugin's image and program (controller mode).
  ['kubernetes-sigs__gcp-compute-persistent-disk-csi-driver/deploy/kubernetes/base/controller/controller.yaml:19',
    GCE_PD_COMPANION('deploy/kubernetes/base/node_linux/node.yaml:44:18')],
  ['kubernetes-sigs__gcp-compute-persistent-disk-csi-driver/deploy/kubernetes/base/node_linux/node.yaml:19', GCE_PD_NODE_PLUGIN],
  // kubermatic's copy of both, its images a template action of a literal (`{{ Image "…" }}`), in one file.
  ['kubermatic__kubermatic/addons/csi/gcp/driver.yaml:632', GCE_PD_COMPANION('addons/csi/gcp/driver.yaml:682:18')],
  ['kubermatic__kubermatic/addons/csi/gcp/driver.yaml:702', GCE_PD_NODE_PLUGIN],
  // A hyperkube test control plane's controller-manager and scheduler: the API server at the node's loopback.
  ['kubernetes__dns/test/e2e/cluster/manifests/master.json:9',
    "`--master=127.0.0.1:8080` in container `controller-manager` (the API server at the node's loopback)"],
  ['kubernetes__cloud-provider-vsphere/manifests/controller-manager/vsphere-cloud-controller-manager-ds.yaml:58', UNINITIALIZED],
  ['kubernetes__cloud-provider-vsphere/manifests/controller-manager/vsphere-cloud-controller-manager-pod.yaml:34', UNINITIALIZED],
  ['kubernetes__cloud-provider-vsphere/releases/v1.36/vsphere-cloud-controller-manager.yaml:257', `${UNINITIALIZED} and ${NODE_CRITICAL}`],
  ['kubermatic__kubermatic/addons/canal/canal_v3.21.yaml:4138', NODE_CRITICAL],
  ...[['170', 'echo-b'], ['480', 'pod-to-b-multi-node-clusterip'], ['536', 'pod-to-b-multi-node-headless']].map(([line, twin]) =>
    [`kubermatic__kubermatic/pkg/test/e2e/canal/testdata/connectivity-check.yaml:${line}`, POD_NETWORK_TWIN(twin!)]),
  ['metal3-io__baremetal-operator/ironic-deployment/base/ironic.yaml:20', 'capability `NET_ADMIN` in container `ironic-dnsmasq`'],
  [`${TALOS}/apiserver-minimal.yaml:58`, CLUSTER_CRITICAL],
  [`${TALOS}/controller-manager.yaml:73`, CLUSTER_CRITICAL],
  [`${TALOS}/flannel-daemonset.yaml:66`, `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`kube-flannel\``],
  [`${TALOS}/kube-proxy-daemonset.yaml:65`, CLUSTER_CRITICAL],
  [`${TALOS}/scheduler.yaml:84`, CLUSTER_CRITICAL],
  ['siderolabs__talos/internal/integration/k8s/testdata/csi-driver-iscsi.yaml:28',
    '`privileged: true` in container `node-driver-registrar` and hostPath `/var/lib/kubelet/plugins/iscsi.csi.k8s.io`'],
];

/**
 * The fifth sweep (branch Y18): eight more repositories, none seen while the evidence was designed (an installer's
 * networking modules, kURL's kubeadm addons, Typhoon's Terraform-rendered control plane, an observability agent's rendered examples, New
 * Relic's kubectl dumps of minikube, Azure's Key Vault provider and pod identity, the Azure File CSI driver).
 */
const Y18_ERRORS = [
  // False alarm: ip-masq-agent v2.8.0 writes the node's iptables nat rules; only `privileged` and every-taint tolerations
  // (NoSchedule, NoExecute, CriticalAddonsOnly) show it, lesser marks without a node path.
  ['sighupio__fury-kubernetes-networking/katalog/ip-masq/daemonset.yml:19', 'no-host-network', 'DaemonSet/default/ip-masq-agent'],
  // True: a Splunk Enterprise server as a CI test Pod on the host network (web 8000, HEC 8088).
  ['signalfx__splunk-otel-collector-chart/ci_scripts/k8s-splunk.yml:68', 'no-host-network', 'Pod/default/splunk'],
  // Doubtful, counted false: the chart's default agent (`agent.hostNetwork: true`), a node observer that reads the node's
  // whole /proc and /sys read-only for host metrics (its network counters are the node's only on the host network),
  // without hostPID: the node-observer pair wants hostPID.
  ...['default', 'distribution-eks-auto-mode', 'host-journalctl-logs'].map((example) =>
    [`signalfx__splunk-otel-collector-chart/examples/${example}/rendered_manifests/daemonset.yaml:37`, 'no-host-network',
      'DaemonSet/default/default-splunk-otel-collector-agent']),
  // True: the cluster receiver watches the API server; on the host network on EKS Auto Mode only, nothing in it needs the node.
  ['signalfx__splunk-otel-collector-chart/examples/distribution-eks-auto-mode/rendered_manifests/deployment-cluster-receiver.yaml:35',
    'no-host-network', 'Deployment/default/default-splunk-otel-collector-k8s-cluster-receiver'],
  // True: minikube's hostpath storage provisioner (a bare Pod talking to the API server) and New Relic's e2e metrics target.
  ['newrelic__nri-kubernetes/internal/testutil/data/1_33/pods.yaml:1504', 'no-host-network', 'Pod/kube-system/storage-provisioner'],
  ['newrelic__nri-kubernetes/internal/testutil/data/1_33/pods.yaml:3346', 'no-host-network', 'Pod/scraper/e2e-scraper-cbf584747-n8k6s'],
  ['newrelic__nri-kubernetes/internal/testutil/data/1_35/pods.yaml:1602', 'no-host-network', 'Pod/kube-system/storage-provisioner'],
  // True: the Azure Key Vault provider, host-networked for the deprecated pod-identity mode only (as aks-engine's copy).
  ['Azure__secrets-store-csi-driver-provider-azure/deployment/provider-azure-installer.yaml:24', 'no-host-network',
    'DaemonSet/default/csi-secrets-store-provider-azure'],
  // (kURL's OpenEBS node disk manager, a false alarm here before the N18 pass, is exempt below. kURL's Calico patch
  // beside it, `CALICO_IPV4POOL_CIDR: $POD_CIDR`, rendered by the shell, is a placeholder: silent.)
  // (Kubernetes' e2e copy of the GCE PD CSI controller in azurefile's Go vendor tree, a doubtful error before, is not
  // linted: go.mod and vendor/modules.txt are vendored as the repository holds them, X18_SKIPPED.)
];

/** Fifth sweep: Terraform templates (`%{ for … }` directives, src/parse/terraform-template.ts). */
const Y18_TEMPLATES = ['cilium/daemonset.yaml', 'flannel/daemonset.yaml', 'kube-proxy/kube-proxy.yaml']
  .map((file) => `poseidon__terraform-render-bootstrap/resources/${file}`);

const NEWRELIC = 'newrelic__nri-kubernetes/internal/testutil/data';
const MIRROR_POD = `a static pod (mirror-pod annotation \`kubernetes.io/config.mirror\`) and ${NODE_CRITICAL}`;

/** Fifth sweep's exemptions: file:line of `hostNetwork`, and the evidence that decided. */
const Y18_EXEMPT = [
  ['Azure__aad-pod-identity/deploy/infra/deployment.yaml:421', 'capability `NET_ADMIN` in container `nmi`'],
  ['kubernetes-sigs__azurefile-csi-driver/deploy/csi-azurefile-node-windows-hostprocess.yaml:43', `${HOST_PROCESS} and ${NODE_CRITICAL}`],
  // A kubectl dump of a minikube cluster: the control plane as mirror pods, kindnet, kube-proxy; in 1.35 the e2e
  // scraper carries `system-cluster-critical` (an error in 1.33 without it).
  ...[['1_33', [304, 699, 879, 1235], 455, 1033], ['1_35', [327, 745, 936, 1315], 484, 1096]].flatMap(([version, mirrors, kindnet, proxy]) => [
    ...(mirrors as number[]).map((line) => [`${NEWRELIC}/${version}/pods.yaml:${line}`, MIRROR_POD]),
    [`${NEWRELIC}/${version}/pods.yaml:${kindnet}`, 'capability `NET_RAW` in container `kindnet-cni`'],
    [`${NEWRELIC}/${version}/pods.yaml:${proxy}`, NODE_CRITICAL],
  ]),
  [`${NEWRELIC}/1_35/pods.yaml:3833`, CLUSTER_CRITICAL],
  ['replicatedhq__kurl/addons/calico/3.9.1/calico.yaml:500', NODE_CRITICAL],
  ['replicatedhq__kurl/addons/nodeless/0.0.1/ip-masq-agent.yaml:33', 'capability `NET_ADMIN` in container `ip-masq-agent`'],
  // OpenEBS' node disk manager hears udevd's netlink events, which stay in the node's network namespace: a node
  // administrator, privileged with the node's whole /proc (the N18 pass).
  ...['1.12.0/ndm.yaml:63', '2.6.0/operator.yaml:481'].map((place) => [`replicatedhq__kurl/addons/openebs/${place}`,
    '`privileged: true` in container `node-disk-manager` and hostPath `/proc`']),
  ['poseidon__terraform-render-bootstrap/resources/cilium/deployment.yaml:20',
    'a toleration of the bootstrap taint `node.kubernetes.io/not-ready` and `priorityClassName: system-cluster-critical`'],
  ...['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((component) =>
    [`poseidon__terraform-render-bootstrap/resources/static-manifests/${component}.yaml:10`, CLUSTER_CRITICAL]),
  ['sighupio__fury-kubernetes-networking/katalog/cilium/core/deploy.yaml:1213', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`clean-cilium-state\``],
  ['sighupio__fury-kubernetes-networking/katalog/cilium/core/deploy.yaml:1411', CLUSTER_CRITICAL],
  ['signalfx__splunk-otel-collector-chart/examples/ebpf-instrumentation/rendered_manifests/obi/daemonset.yaml:39',
    '`hostPID: true` and `privileged: true` in container `ebpf-instrument`'],
];

/**
 * The sixth sweep (branch X18): nine more repositories of the kinds issue 17 names, Cluster API providers (nested,
 * MAAS) and installers or distributions that ship CNI/CSI/CCM addons (eksctl, EKS Anywhere, MicroK8s' addons,
 * KubeSphere's installer, Tanzu's packages, the Alibaba Cloud and OCI CCMs), none seen while the evidence was designed.
 */
const X18_ERRORS = [
  // True: the CloudWatch log shipper on the host network (as Container Insights' fluent-bit above).
  ['aws__eks-anywhere/docs/static/manifests/fluentbit.yaml:518', 'no-host-network', 'DaemonSet/amazon-cloudwatch/fluent-bit'],
  // (Upstream Multus' installer in MicroK8s' addons, a false alarm here before the N18 pass, is exempt below.)
  // True, doubtful: EKS' legacy Windows VPC webhook and resource controller; nothing in them needs the node.
  ['eksctl-io__eksctl/pkg/addons/assets/vpc-admission-webhook-dep.yaml:39', 'no-host-network', 'Deployment/kube-system/vpc-admission-webhook'],
  ['eksctl-io__eksctl/pkg/addons/assets/vpc-resource-controller-dep.yaml:44', 'no-host-network', 'Deployment/kube-system/vpc-resource-controller'],
  // False alarms, doubtful: VirtualCluster's vn-agent, a kubelet proxy that forwards to https://127.0.0.1:10250 (its default),
  // the node's loopback; its manifest shows nothing of it.
  ...['all_in_one.yaml:470', 'all_in_one_aliyun.yaml:424', 'all_in_one_capi.yaml:463'].map((place) =>
    [`kubernetes-sigs__cluster-api-provider-nested/virtualcluster/config/setup/${place}`, 'no-host-network', 'DaemonSet/vc-manager/vn-agent']),
  // False alarms: ytt templates whose `hostNetwork: true` stands under `#@ if data.values.deployment.hostNetwork:`, false by default;
  // as plain YAML (what kubectl reads) the pod is on the host network.
  ['vmware-tanzu__tanzu-framework/packages/capabilities/bundle/config/upstream/tanzu-capabilities-controller-manager.yaml:39', 'no-host-network',
    'Deployment/default/tanzu-capabilities-controller-manager'],
  ['vmware-tanzu__tanzu-framework/packages/featuregates/bundle/config/upstream/tanzu-featuregates-manager.yaml:58', 'no-host-network',
    'Deployment/default/tanzu-featuregates-controller-manager'],
  ['vmware-tanzu__tanzu-framework/packages/readiness/bundle/config/upstream/tanzu-readiness-manager.yaml:52', 'no-host-network',
    'Deployment/default/tanzu-readiness-controller-manager'],
];

/** The OCI CCM's Go vendor tree (go.mod beside it, modules.txt in it) with Kubernetes' e2e GCE PD controller: skipped with a notice. */
const X18_SKIPPED = ['oracle__oci-cloud-controller-manager/vendor (Go vendor tree, 2 files)', 'kubernetes-sigs__azurefile-csi-driver/vendor (Go vendor tree, 1 file)'];

const EVERY_TAINT = 'a toleration of every taint (`operator: Exists` without a key)';

/** The sixth sweep's exemptions: file:line of `hostNetwork`, and the evidence that decided. */
const X18_EXEMPT = [
  // Upstream Multus' installer, whose node CNI paths MicroK8s' `enable` script fills in: a node path under a placeholder
  // root (`$SNAP_DATA/opt/cni/bin/`) is that node path (the N18 pass).
  ['canonical__microk8s-community-addons/addons/multus/multus.yaml:119',
    '`privileged: true` in container `install-multus-binary` and hostPath `$SNAP_DATA/opt/cni/bin/`'],
  // aws-iam-authenticator, which the API server calls on the node's loopback.
  ['aws__eks-anywhere/pkg/awsiamauth/testdata/InstallAWSIAMAuth-manifest.yaml:93',
    'pinned to control-plane nodes (`nodeSelector` on `node-role.kubernetes.io/control-plane`) and a toleration of the control-plane taint `node-role.kubernetes.io/master`'],
  // `kubectl get pods -o json` of a kind cluster: the kubelet's mirror pods of the static control plane, kindnet, kube-proxy.
  ...[1189, 2141, 2631, 3431].map((line) => [`aws__eks-anywhere/pkg/executables/testdata/kubectl_pods.json:${line}`, MIRROR_POD]),
  ['aws__eks-anywhere/pkg/executables/testdata/kubectl_pods.json:1622', 'capability `NET_RAW` in container `kindnet-cni`'],
  ['aws__eks-anywhere/pkg/executables/testdata/kubectl_pods.json:3036', NODE_CRITICAL],
  ['canonical__microk8s-community-addons/addons/sriov-device-plugin/sriovdp.yaml:27',
    '`privileged: true` in container `kube-sriovdp` and hostPath `/var/lib/kubelet/device-plugins`'],
  ['eksctl-io__eksctl/pkg/addons/assets/efa-device-plugin.yaml:162', NODE_CRITICAL],
  ['eksctl-io__eksctl/pkg/addons/default/assets/aws-node.yaml:188', `${NODE_CRITICAL} and capability \`NET_ADMIN\` in container \`aws-node\``],
  ['eksctl-io__eksctl/pkg/addons/default/testdata/sample-old-kube-proxy-amd.json:80', '`privileged: true` in container `kube-proxy` and hostPath `/run/xtables.lock`'],
  ['kubernetes__cloud-provider-alibaba-cloud/deploy/v1/cloud-controller-manager.yaml:211', `hostPath \`/etc/kubernetes\` and ${EVERY_TAINT}`],
  ['kubernetes__cloud-provider-alibaba-cloud/deploy/v2/cloud-controller-manager.yaml:177', `hostPath \`/etc/kubernetes/cloud-controller-manager.conf\` and ${EVERY_TAINT}`],
  ['kubernetes__cloud-provider-alibaba-cloud/docs/examples/kube-apiserver.yml:77', 'hostPath `/etc/kubernetes/pki` and a bare Pod'],
  ['kubernetes__cloud-provider-alibaba-cloud/docs/examples/kube-controller-manager.yml:63', 'hostPath `/etc/kubernetes/pki` and a bare Pod'],
  ['kubesphere__ks-installer/roles/ks-monitor/files/prometheus/node-exporter/node-exporter-daemonset.yaml:89', '`hostPID: true` and hostPath `/sys`'],
  ['kubesphere__ks-installer/roles/ks-network/topology/weave-scope/files/weave-scope/weave-scope.yaml:347', '`hostPID: true` and `privileged: true` in container `scope-agent`'],
  ['kubesphere__ks-installer/roles/metrics-server/files/metrics-server/metrics-server.yaml:166', CLUSTER_CRITICAL],
  // The OCI CSI controller and node plugin, plain and as a Helm template whose documents parse (a `{{ if }}` inside a container name).
  ['oracle__oci-cloud-controller-manager/manifests/container-storage-interface/csi/templates/oci-csi-controller-driver.yaml:147', `hostPath \`/etc/kubernetes\` and ${EVERY_TAINT}`],
  ['oracle__oci-cloud-controller-manager/manifests/container-storage-interface/csi/templates/oci-csi-node-driver.yaml:229',
    '`privileged: true` in container `oci-csi-{{ if .Values.customHandle }}{{ .Values.customHandle }}-{{ end }}node-dr…` and hostPath `/var/lib/kubelet/plugins_registry/`'],
  ['oracle__oci-cloud-controller-manager/manifests/container-storage-interface/oci-csi-controller-driver.yaml:141', `hostPath \`/etc/kubernetes\` and ${EVERY_TAINT}`],
  ['oracle__oci-cloud-controller-manager/manifests/container-storage-interface/oci-csi-node-driver.yaml:223',
    '`privileged: true` in container `oci-csi-node-driver` and hostPath `/var/lib/kubelet/plugins_registry/`'],
  // MAAS' LXD initializer runs the node's own tools through hostPID, privileged.
  ['spectrocloud__cluster-api-provider-maas/controllers/templates/lxd_initializer_ds.yaml:16', '`hostPID: true` and `privileged: true` in container `ensure-lxd`'],
  ['spectrocloud__cluster-api-provider-maas/lxd-initializer/lxd-initializer-daemonset.yaml:19', '`hostPID: true` and `privileged: true` in container `lxd-initializer`'],
];

/** The seventh sweep (Z19): Calico's own repositories at other versions, old installers. Why each is true or false: the README. */
const Z19_ERRORS = [
  // True: calicoctl's v3 test data; Calico refuses both.
  ['projectcalico__calicoctl/test-data/v3/ippool.yaml:6', 'ippool-valid',
    'spec.cidr "1.1.10.10/16" has host bits set: did you mean "1.1.0.0/16"? A pool CIDR must be strictly masked (Calico rejects it: "IPPool CIDR is not strictly masked")'],
  ['projectcalico__calicoctl/test-data/v3/ippool.yaml:9', 'ippool-valid',
    'spec.nat-outgoing is a legacy field that Calico v3.32 removed from the IPPool API: kubectl refuses the unknown field, and other clients drop it, ' +
    'so its setting is lost. Write `natOutgoing: true`'],
  // (Giant Swarm's datastore migration Jobs, false errors here, are exempt below: H19's legacy role label.)
  // Doubtful: runs `calico-upgrade complete` against etcd while calico-node rolls; nothing in the manifest says so.
  ['projectcalico__calico-upgrade/integration-snippets/completion-job.yaml:9', 'no-host-network', 'Job/kube-system/calico-complete-upgrade'],
  // True: an nginx ingress on the host network.
  ['coreos__tectonic-installer/modules/tectonic/resources/manifests/ingress/hostport/daemonset.yaml:72', 'no-host-network', 'DaemonSet/tectonic-system/tectonic-ingress-controller'],
  // True: a calicoctl tool Pod (Kubernetes datastore: it needs only the API server).
  ['projectcalico__node/tests/k8st/infra/calicoctl.yaml:22', 'no-host-network', 'Pod/kube-system/calicoctl'],
];

/** The seventh sweep's exemptions. Giant Swarm's calico-all.yaml is a Go template whose documents parse; its pool CIDR is two placeholders. */
const Z19_EXEMPT = [
  ['coreos__tectonic-installer/modules/net/calico/resources/manifests/kube-calico.yaml:132', '`privileged: true` in container `kube-calico` and hostPath `/lib/modules`'],
  ['giantswarm__k8scloudconfig/files/k8s-resource/calico-all.yaml:100', NODE_CRITICAL],
  ['giantswarm__k8scloudconfig/files/k8s-resource/calico-all.yaml:413', CLUSTER_CRITICAL],
  ['giantswarm__k8scloudconfig/files/k8s-resource/calico-all.yaml:780', CLUSTER_CRITICAL],
  // etcd clients pinned to the masters by the legacy `kubernetes.io/role: master` label, with etcd's client certificates (H19).
  ...['post.yaml:47', 'pre.yaml:61'].map((place) => [`giantswarm__k8scloudconfig/files/k8s-resource/calico-datastore-migrator-${place}`,
    'hostPath `/etc/kubernetes/ssl` and pinned to control-plane nodes (`nodeSelector` on `kubernetes.io/role`)']),
];

/** Pins of several sweeps in the order the run reports them: folder, then file, then line. */
function inPlaceOrder<T extends string | ReadonlyArray<string | null>>(pins: readonly T[]): T[] {
  const place = (pin: T): [string, number] => {
    const where = typeof pin === 'string' ? pin : String(pin[0]);
    const match = /^(.*?)(?::(\d+))?$/.exec(where)!;
    return [match[1]!, Number(match[2] ?? 0)];
  };
  return [...pins].sort((a, b) => {
    const [fileA, lineA] = place(a);
    const [fileB, lineB] = place(b);
    return fileA < fileB ? -1 : fileA > fileB ? 1 : lineA - lineB;
  });
}

/** A copy outside the repository, so that no configuration is found above it. */
async function copyOfCorpus(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-real-repos-'));
  await cp(path.join(REPO_ROOT, 'fixtures/real-repos'), root, { recursive: true });
  return root;
}

describe('the vendored real repositories (fixtures/real-repos), each folder alone, no configuration', () => {
  it('every error is pinned with its verdict, every exemption names its evidence, every skipped template is noticed', async () => {
    const root = await copyOfCorpus();
    // Each repository on its own, as its users run it: linted together, one repository's cluster facts
    // (CAPV's pod CIDR) would judge another's pools (vpp-dataplane's Installations).
    const folders = (await readdir(root, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    const skipped: string[] = [];
    const results: Result[] = [];
    for (const folder of folders) {
      // Through the API, the command line's pipeline (src/api.ts), in this process: 69 runs of the command
      // line cost 17 s of start-up alone. Its notices are what the command line prints after `calico-lint: `.
      const notices: string[] = [];
      const own = await lint({ paths: ['.'], cwd: path.join(root, folder), onNotice: (notice) => notices.push(`calico-lint: ${notice}`) }) as Result[];
      skipped.push(...notices.map((line) => {
        // Helm values that Cluster API or Fleet render per cluster: the file, the position and the field.
        const values = /^calico-lint: (.+?):(\d+:\d+): \S+ `(spec\.[^`]+)`/.exec(line);
        if (values !== null) return `${folder}/${values[1]}:${values[2]} ${values[3]}`;
        const vendor = /^calico-lint: skipping (.+?): a Go module's vendored dependencies .*?, (\d+ files?) not linted/.exec(line);
        if (vendor !== null) return `${folder}/${vendor[1]} (Go vendor tree, ${vendor[2]})`;
        const file = /^calico-lint: (.+?): a (?:Go template|template for envsubst|Terraform template)/.exec(line)?.[1];
        return file === undefined ? line : `${folder}/${file}`;
      }));
      results.push(...own);
    }
    assert.deepEqual(inPlaceOrder(skipped), inPlaceOrder([...TEMPLATES, ...W17_TEMPLATES, ...Y18_TEMPLATES, ...X18_SKIPPED]));
    assert.equal(results.length, 183 + 52 + 28 + 29 + 8, 'every vendored manifest is read (but those of Go vendor trees)');
    const where = (result: Result, message: Message) => `${path.relative(root, result.filePath)}:${message.line}`;
    const errors = results.flatMap((result) => result.messages.map((m) => [where(result, m), m.ruleId, /puts (\S+)/.exec(m.message)?.[1] ?? m.message]));
    assert.deepEqual(inPlaceOrder(errors), inPlaceOrder([...ERRORS, ...W17_ERRORS, ...Y18_ERRORS, ...X18_ERRORS, ...Z19_ERRORS]));
    const exempt = results.flatMap((result) => result.suppressedMessages.map((m) => {
      assert.equal(m.ruleId, 'no-host-network');
      assert.deepEqual(m.suppressions?.map((s) => s.kind), ['evidence']);
      return [where(result, m), m.suppressions![0]!.justification.replace("needs the node's network: ", '')];
    }));
    assert.deepEqual(inPlaceOrder(exempt), inPlaceOrder([...EXEMPT, ...W17_EXEMPT, ...Y18_EXEMPT, ...X18_EXEMPT, ...Z19_EXEMPT]));
  });
});

describe('the vendored repositories say where they come from', () => {
  it('each folder has its LICENSE and an ORIGIN (URL, commit, licence) listing exactly the files it holds, and the README lists each', async () => {
    const corpus = path.join(REPO_ROOT, 'fixtures/real-repos');
    const readme = await readFile(path.join(corpus, 'README.md'), 'utf8');
    const folders = (await readdir(corpus, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    assert.equal(folders.length, 36 + 11 + 8 + 9 + 5);
    for (const folder of folders) {
      const origin = await readFile(path.join(corpus, folder, 'ORIGIN'), 'utf8');
      const [owner, name] = folder.split('__');
      assert.match(origin, new RegExp(`^url: https://github\\.com/${owner}/${name}\\ncommit: [0-9a-f]{40} \\(\\d{4}-\\d{2}-\\d{2}\\)\\nlicence: \\S`), folder);
      assert.match(await readFile(path.join(corpus, folder, 'LICENSE'), 'utf8'), /licen[cs]e|permission/i, folder);
      const listed = [...origin.matchAll(/^ {2}- (.+)$/gm)].map((match) => match[1]).sort();
      const entries = await readdir(path.join(corpus, folder), { recursive: true });
      const held = [];
      for (const entry of entries) {
        if (entry === 'LICENSE' || entry === 'ORIGIN') continue;
        if ((await stat(path.join(corpus, folder, entry))).isFile()) held.push(entry.split(path.sep).join('/'));
      }
      held.sort();
      assert.deepEqual(held, listed, `${folder}/ORIGIN lists the files the folder holds`);
      assert.ok(readme.includes(`| \`${folder}\` |`), `the README's table lists ${folder}`);
    }
  });
});
