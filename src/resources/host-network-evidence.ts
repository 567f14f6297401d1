/**
 * Evidence, read from the manifest itself, that a pod needs the node's own
 * network namespace, i.e. that an IP pool could not serve it (calico-facts §10,
 * docs/rules/no-host-network.md#evidence). Names and images are never
 * evidence: anyone can call a container `calico-node` or pull `…/calico/node`
 * from any registry with a command of their own.
 *
 * Every mark is text in the manifest, so an author can write any of them; they
 * differ in what else they do and in how plainly they tell a reviewer "node
 * component". Decisive alone:
 * - a Windows HostProcess pod pinned to Windows nodes: Kubernetes refuses it
 *   without hostNetwork (unpinned, a Linux node runs it as an ordinary pod);
 * - a static pod: the kubelet runs it before the API server and the pod network
 *   (in a kubelet-named folder, only a Pod that refers to no Secret, ConfigMap,
 *   claim or token: a static pod cannot start with them);
 * - a toleration naming a bootstrap taint (not-ready, network-unavailable,
 *   cloud-provider uninitialized): it exists only to start where no pod network is;
 * - `priorityClassName: system-node-critical` or `system-cluster-critical`;
 * - NET_ADMIN or NET_RAW added: on the host network they act on the node's interfaces;
 * - a writable mount of the node's CNI folders (`/etc/cni`, `/opt/cni`): a CNI
 *   installer, before which the node has no pod network (Azure CNI's manager,
 *   not privileged); readers mount them read-only. It can rewrite every pod's
 *   network on the node, far more than hostNetwork gives;
 * - the critical-pod annotation, empty, on a pod in kube-system: where and as
 *   Kubernetes read it before 1.16, admitted as `system-cluster-critical` from
 *   1.11 (Calico v3.3's Typha). The legacy spelling of that priority class, in
 *   the one namespace where it counted: no cheaper than the class itself,
 *   which decides in any namespace;
 * - a TCP containerPort or hostPort 10250 (the kubelet's API) or 10256
 *   (kube-proxy's health check): ports clients address at the node's IP. On
 *   the host network a containerPort is the node's port (hostPort defaults to
 *   it, the scheduler reserves it): the pod is, stands in for or fronts the
 *   component (Azure's health-probe proxy forwards the load balancer's probes
 *   to kube-proxy on the node's loopback). A line, as a priority class is; a
 *   CI runner has no reason to claim the kubelet's port;
 * - a pod-network twin: another pod template of the same file, or of another
 *   file of its folder, of another object, not on the host network, placed
 *   where the pod runs (pod-network-twin.ts, runsWhereItDoes), that runs the same images
 *   with the same commands (args may differ in their numbers: echo-b-host
 *   serves 8180, echo-b 8080). The files run one program on both networks:
 *   the host network is what they test (Cilium's connectivity check, Azure
 *   CNI's toolbox and goldpinger), not a substitute for a pool address. To
 *   pass a CI runner with it, an author deploys a second, running copy of it
 *   on the pod network beside it: visible in the diff, and no cheaper than a
 *   priority class (src/resources/pod-network-twin.ts);
 * - the API server addressed at the loopback (`--master=127.0.0.1:8080`,
 *   `KUBERNETES_SERVICE_HOST: 127.0.0.1`) at a port no container of the pod
 *   declares: on the pod network the pod's loopback is its own, with no API
 *   server behind it (a hyperkube test control plane's controller-manager and
 *   scheduler, kops' controllers). Only the two ways Kubernetes' clients take
 *   that address: any loopback address would pass a CI runner whose
 *   `DOCKER_HOST` is its own Docker-in-Docker sidecar. A line, as a priority
 *   class is (src/resources/loopback-api-server.ts);
 * - a companion of a node component: a regular container that runs the
 *   image and program of a regular container that acts on the node
 *   (privileged, NET_ADMIN/NET_RAW, HostProcess, a node path) in another
 *   host-network pod of the cluster scope and namespace, which its own marks
 *   exempt (never a twin, a companion or a refusal: no chains). The GCE PD
 *   CSI controller runs its node plugin's driver on the host network, with
 *   no mark of its own. A sibling written for the purpose carries marks its
 *   author could have put on the companion; beside one that exists
 *   (calico-node), a runner must sit in its namespace and run its program:
 *   no cheaper than `system-node-critical` (src/resources/node-companion.ts).
 *   These last six are named only when nothing else decides.
 * Decisive as a pair:
 * - pinned to control-plane nodes AND tolerating their NoSchedule taint (or
 *   every taint): placed on purpose where only the control plane runs. This was
 *   a lesser mark while pinning alone could be a k3s home lab putting an app on
 *   its only (untainted) server; the toleration shows the author targets
 *   control-plane nodes that keep workloads off, i.e. a component of the
 *   control plane, whose members (etcd, the API server, controllers, etcd
 *   backup and defragmentation jobs, CSI and cloud controllers kept there)
 *   reach each other on the node's loopback and run on the host network. The
 *   toleration alone is not enough (log collectors carry it to run everywhere),
 *   nor is pinning by a preferred affinity (the pod may land anywhere);
 * - `hostPID` with a hostPath of the node's whole `/proc` or `/sys`: a node
 *   observer (Prometheus' node exporter). The per-network-namespace parts of
 *   those trees (`/proc/net`, i.e. `/proc/self/net`; `/sys/class/net`) show
 *   the reader's own network namespace, so an observer of the node must share
 *   it. Log shippers mount `/var/log` and `/var/lib/docker/containers`, and
 *   Vector's agent `/proc` and `/sys`, without `hostPID`; neither alone counts;
 * - `privileged` with `hostPID`, with a hostPath of the node's whole root
 *   `/`, or with one of the node's whole `/proc`: a node administrator. Each
 *   way the node's PID 1 is in sight (its own /proc under hostPID; the node's
 *   procfs under the mounted root, as runtimes bind hostPaths recursively, or
 *   mounted itself: `<mount>/1/ns/net`), and a privileged container may
 *   `nsenter -t 1 -n` into the node's network namespace: `hostNetwork: false`
 *   would not confine it, and a pool address gives it nothing (Longhorn's
 *   prerequisite installers nsenter PID 1 to run the node's package manager;
 *   OpenEBS' node disk manager, privileged with the node's `/proc`, hears
 *   udev's netlink events, which only the node's network namespace carries).
 *   `/` holds every node path below, so with `privileged` it is at least the
 *   node-path pair; with the other lesser marks it is not a node path:
 *   `kubectl debug node` pods (bare Pods) and metric agents (a "hostfs",
 *   tolerating every taint) mount it. Neither half counts alone: CI runners
 *   run Docker-in-Docker privileged, node exporters and debug pods use hostPID.
 * Lesser marks, decisive only as a hostPath under the node's network or
 * kubelet state (NODE_HOST_PATHS), mounted by a container (the kubelet sets up
 * no other volume), together with one of the others:
 * - `privileged: true`: CI runners that build images use it too;
 * - a toleration of every taint (`operator: Exists` without a key): log
 *   shippers and node exporters carry it too, to run on every node;
 * - pinned to control-plane (or RKE2 etcd) nodes by nodeSelector or required
 *   node affinity (etcd backup jobs reach etcd on the node's loopback);
 * - a bare Pod (static pods are bare Pods).
 * A privileged log shipper that tolerates every taint shows two lesser marks
 * and no node path: not enough. `privileged` with a node path is the mark of
 * an agent that programs the node (kube-proxy, CNI agents, CSI node plugins).
 * When several decide, the message names every mark decisive alone (but the
 * last six); failing those, one pair: a node path with a lesser mark, else
 * control-plane placement with its toleration, else the node observer, else
 * the node administrator (hostPID first, then `/`, then `/proc`); failing those, the last
 * six.
 * Weighed and not taken (docs/rules/no-host-network.md#not-evidence-on-purpose):
 * - a hostPath of `/dev` with `privileged`: the node's devices, which a
 *   privileged container has anyway, not its network (Rook's Ceph OSDs and
 *   KVM-using CI runners mount it privileged);
 * - capability SYS_MODULE: modules are the kernel's, not a network
 *   namespace's (a module loader works from the pod network; the node network
 *   agents that add it add NET_ADMIN or privileged too);
 * - the critical-pod annotation outside kube-system or with a value: Kubernetes
 *   never read it there;
 * - other ports (kube-proxy's metrics and the kubelet's health port bind the
 *   node's loopback; the control plane's are also an app's own etcd's);
 * - a loopback address in general, or in flags named like an API server's
 *   but not client-go's (`--server`): pods address their own sidecars there;
 * - a bare Pod in kube-system with nothing else (calicoctl's, kube-addon-manager's).
 */
import type { Path } from '../parse/source.js';
import { echo } from '../text.js';
import { getIn, isPlainObject, type PlainObject, type PodTemplate } from './resource.js';
import { CONTAINER_LISTS_IN_START_ORDER, type FieldPath } from './field-reads.js';
import type { TwinFinder } from './pod-network-twin.js';
import type { CompanionFinder } from './node-companion.js';
import { LOOPBACK_API_SERVER_CONTAINER_FIELDS, LOOPBACK_API_SERVER_ENV_READ, loopbackApiServerOf } from './loopback-api-server.js';

export type EvidenceKind =
  // Decisive alone.
  | 'host-process'
  | 'static-pod'
  | 'bootstrap-toleration'
  | 'critical-priority'
  | 'network-capability'
  | 'critical-pod-annotation'
  | 'node-component-port'
  | 'cni-installer'
  | 'pod-network-twin'
  | 'node-component-companion'
  | 'loopback-api-server'
  // Decisive as a node path with one of the others.
  | 'node-host-path'
  | 'tolerates-all-taints'
  | 'privileged'
  | 'control-plane-placement'
  | 'bare-pod'
  // Decisive only in their own pairs: placement with this toleration, hostPID with the node's /proc or /sys,
  // privileged with hostPID or with the node's root.
  | 'control-plane-toleration'
  | 'host-pid'
  | 'node-proc-path'
  | 'node-root-path';

const DECISIVE_ALONE: ReadonlySet<EvidenceKind> = new Set<EvidenceKind>([
  'host-process', 'static-pod', 'bootstrap-toleration', 'critical-priority', 'network-capability',
]);

/**
 * Decisive alone too, but named only when nothing else decides, so that the
 * messages of the components already exempt keep naming their plainest mark
 * (Multus' installers: `privileged` with `/etc/cni/net.d`).
 */
const DECISIVE_LAST: readonly EvidenceKind[] = [
  'cni-installer', 'critical-pod-annotation', 'node-component-port', 'loopback-api-server', 'pod-network-twin', 'node-component-companion',
];

/** The lesser marks that a node path makes decisive. */
const WITH_NODE_PATH: ReadonlySet<EvidenceKind> = new Set<EvidenceKind>(['tolerates-all-taints', 'privileged', 'control-plane-placement', 'bare-pod']);

export interface Evidence {
  kind: EvidenceKind;
  /** What was found, with the field's value, e.g. "a toleration of the bootstrap taint `node.kubernetes.io/not-ready`". */
  detail: string;
  /** Where, relative to the resource. */
  path: Path;
}

export interface HostNetworkAssessment {
  /** Every mark found. */
  evidence: Evidence[];
  /** The evidence that shows the pod needs the node's network; empty when none does. */
  decisive: Evidence[];
  /** A Windows HostProcess pod: Kubernetes refuses it without hostNetwork. */
  hostProcess: boolean;
  /**
   * Some containers are HostProcess containers and others are not: the API
   * server refuses such a pod ("If pod contains any hostProcess containers
   * then all containers must be HostProcess containers").
   */
  mixedHostProcess: boolean;
  /**
   * Every container claims HostProcess (so the API server requires
   * hostNetwork), but nothing pins the pod to Windows nodes: on a Linux node
   * it is an ordinary pod on the node's network, and no evidence.
   */
  hostProcessOffWindows: boolean;
}

/**
 * Taints a node carries before its pod network is up, or before its cloud
 * provider has initialised it (kubelet with `--cloud-provider=external`), with
 * their values. Each is a NoSchedule taint: a toleration for NoExecute only
 * (such as the 300-second one every pod gets from the DefaultTolerationSeconds
 * admission plugin) does not let a pod start on such a node.
 */
export const BOOTSTRAP_TAINTS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  'node.kubernetes.io/not-ready': '',
  'node.kubernetes.io/network-unavailable': '',
  'node.cloudprovider.kubernetes.io/uninitialized': 'true',
});

export const CRITICAL_PRIORITY_CLASSES: readonly string[] = ['system-node-critical', 'system-cluster-critical'];

/**
 * The critical add-on annotation of Kubernetes up to 1.15, honoured only with
 * an empty value on a pod in `kube-system` (pkg/kubelet/types/pod_update.go
 * `IsCritical`: "Critical pods are restricted to "kube-system" namespace");
 * from 1.11 the Priority admission plugin gave such a pod
 * `system-cluster-critical` (plugin/pkg/admission/priority/admission.go).
 */
const CRITICAL_POD_ANNOTATION = 'scheduler.alpha.kubernetes.io/critical-pod';
const CRITICAL_POD_NAMESPACE = 'kube-system';

/**
 * Ports that Kubernetes' node components serve at the node's address, as its
 * "Ports and Protocols" reference lists them for every node: the kubelet's
 * API and kube-proxy's health check (probed by cloud load balancers). On the
 * host network a containerPort is a port of the node (Kubernetes defaults
 * hostPort to it, and the scheduler reserves it on the node).
 */
export const NODE_COMPONENT_PORTS: Readonly<Record<number, string>> = { 10250: "the kubelet's API port", 10256: "kube-proxy's health check port" };

/** Capabilities that act on the node's interfaces, routes and packet filters when the pod shares its network. */
export const NODE_NETWORK_CAPABILITIES: readonly string[] = ['NET_ADMIN', 'NET_RAW'];

/**
 * Node paths that only components of the node itself mount: the kubelet's
 * state and plugin sockets, CNI binaries, config and state, the iptables lock,
 * kernel modules, pinned eBPF maps, network namespaces, Open vSwitch, Calico
 * and Cilium state, Calico VPP's sockets, state and config, the kubelet's and
 * control plane's configuration and certificates, etcd's data. Not in the
 * list on purpose: `/`, `/proc`, `/sys`, `/dev`, `/var/log`,
 * `/var/lib/docker`, container runtime sockets: log shippers, node exporters,
 * storage daemons and CI runners mount those.
 */
export const NODE_HOST_PATHS: readonly string[] = [
  '/var/lib/kubelet',
  '/etc/cni',
  '/opt/cni',
  '/var/lib/cni',
  '/run/xtables.lock',
  '/lib/modules',
  '/usr/lib/modules',
  '/sys/fs/bpf',
  '/run/netns',
  '/var/lib/calico',
  '/run/calico',
  '/var/lib/cilium',
  '/run/cilium',
  '/run/openvswitch',
  '/var/lib/openvswitch',
  // Calico's VPP dataplane: VPP's API and CLI sockets, its state, its startup config (calico-vpp-node mounts all three).
  '/run/vpp',
  '/var/lib/vpp',
  '/etc/vpp',
  '/etc/kubernetes',
  '/var/lib/etcd',
  // k3s and RKE2 keep the same state under their own roots: the server's
  // certificates (etcd's among them) and database, the agent's CNI config and
  // kubelet files, their binaries. Not `/var/lib/rancher/k3s/storage`: the
  // local-path provisioner's volumes, which any app mounts.
  '/var/lib/rancher/k3s/server',
  '/var/lib/rancher/k3s/agent',
  '/var/lib/rancher/k3s/data',
  '/var/lib/rancher/rke2/server',
  '/var/lib/rancher/rke2/agent',
  '/var/lib/rancher/rke2/data',
  '/var/lib/rancher/rke2/bin',
  '/etc/rancher/k3s',
  '/etc/rancher/rke2',
];

/**
 * Folders the kubelet reads static pods from: kubeadm's staticPodPath, and
 * those of k3s and RKE2. Matched as consecutive folders anywhere in the
 * file's path, so `ansible/files/etc/kubernetes/manifests/kube-vip.yaml` is one.
 */
export const STATIC_POD_FOLDERS: readonly string[] = [
  'etc/kubernetes/manifests',
  'var/lib/rancher/k3s/agent/pod-manifests',
  'var/lib/rancher/rke2/agent/pod-manifests',
];

/**
 * The kubelet marks the API server's copy of a static pod (a mirror pod) with
 * this (it also sets `kubernetes.io/config.source: file`, which is not enough
 * alone: mirror pods always carry both).
 */
const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

/** The pod spec fields read here; src/resources/slim.ts keeps them on host-network pods. */
export const EVIDENCE_POD_SPEC_FIELDS: readonly string[] = [
  'securityContext', 'tolerations', 'priorityClassName', 'volumes', 'os', 'nodeSelector', 'affinity', 'hostPID',
];
/** The container paths read here besides EVIDENCE_CONTAINER_FIELDS (of `env`, what a static pod may not refer to). */
export const EVIDENCE_CONTAINER_READS: readonly FieldPath[] = [LOOPBACK_API_SERVER_ENV_READ, ['env', '*', 'valueFrom']];
/** The container fields read here. */
export const EVIDENCE_CONTAINER_FIELDS: readonly string[] = [
  ...new Set(['name', 'securityContext', 'ports', 'volumeMounts', 'envFrom', ...LOOPBACK_API_SERVER_CONTAINER_FIELDS]),
];

/**
 * What the manifest says about the pod template's need for the node's network.
 * `filePath` finds static pods; `twinOf`, the pod-network twin of the pod in
 * its file or folder (src/resources/pod-network-twin.ts), when the caller has
 * the other documents; `companionOf`, the node component whose program it
 * runs (src/resources/node-companion.ts), when the caller has the cluster's.
 */
export function assessHostNetwork(template: PodTemplate, filePath: string, twinOf?: TwinFinder, companionOf?: CompanionFinder): HostNetworkAssessment {
  const base = [...template.path, 'spec'];
  const spec = template.spec;
  const containers = containersOf(spec, base);
  const hostProcess = hostProcessOf(spec, containers, base);
  const tolerations = tolerationEvidence(spec, base, ownedByDaemonSet(template));
  const isBarePod = template.resource.kind === 'Pod' && template.path.length === 0;
  // Pinned by the control-plane role (not RKE2's etcd role, whose nodes carry another taint): the placement half of a pair.
  const controlPlaneRole = placementEvidence(spec, base, CONTROL_PLANE_ROLE_LABELS);
  const placement = controlPlaneRole ?? placementEvidence(spec, base, CONTROL_PLANE_LABELS);
  const evidence: Evidence[] = [
    ...hostProcess.evidence,
    ...staticPodEvidence(template, filePath),
    ...tolerations.filter((item) => item.kind === 'bootstrap-toleration'),
    ...priorityEvidence(spec, base),
    ...criticalPodAnnotationEvidence(template),
    ...capabilityEvidence(containers),
    ...nodeComponentPortEvidence(containers),
    ...cniInstallerEvidence(spec, containers),
    ...privilegedEvidence(containers),
    ...hostPathEvidence(spec, base),
    ...tolerations.filter((item) => item.kind === 'tolerates-all-taints'),
    ...(placement ? [placement] : []),
    ...tolerations.filter((item) => item.kind === 'control-plane-toleration'),
    ...hostPidEvidence(spec, base),
    ...nodeProcPathEvidence(spec, base),
    ...nodeRootPathEvidence(spec, base),
    ...(isBarePod ? [{ kind: 'bare-pod' as const, detail: 'a bare Pod', path: ['kind'] }] : []),
    ...loopbackApiServerEvidence(spec, base),
    ...twinEvidence(template, twinOf),
    ...companionEvidence(template, companionOf),
  ];
  return {
    evidence,
    decisive: decide(evidence, controlPlaneRole !== undefined, nodeProcfsEvidence(spec, base)[0]),
    hostProcess: hostProcess.evidence.length > 0,
    mixedHostProcess: hostProcess.mixed,
    hostProcessOffWindows: hostProcess.offWindows,
  };
}

/** The evidence that decides, or [] (see the module comment for the weights). */
function decide(evidence: readonly Evidence[], pinnedToControlPlaneRole: boolean, procfs: Evidence | undefined): Evidence[] {
  const marks = firstOfEachKind(evidence);
  const find = (kind: EvidenceKind) => marks.find((item) => item.kind === kind);
  const alone = marks.filter((item) => DECISIVE_ALONE.has(item.kind));
  if (alone.length > 0) return alone;
  // A node path and one more lesser mark; never two lesser marks without a node path (a privileged log shipper tolerating every taint).
  const hostPath = find('node-host-path');
  const other = marks.find((item) => WITH_NODE_PATH.has(item.kind));
  if (hostPath && other) return marks.filter((item) => item === hostPath || item === other);
  // Required on control-plane nodes, and let past their taint: the toleration of that taint says so more plainly than one of every taint.
  const placement = find('control-plane-placement');
  const toleration = find('control-plane-toleration') ?? find('tolerates-all-taints');
  if (placement && pinnedToControlPlaneRole && toleration) return [placement, toleration];
  // A node observer: the node's processes and its /proc or /sys.
  const hostPid = find('host-pid');
  const procPath = find('node-proc-path');
  if (hostPid && procPath) return [hostPid, procPath];
  // A node administrator: privileged, with the node's PID 1 in sight, can nsenter its network namespace.
  const privileged = find('privileged');
  const rootPath = find('node-root-path');
  if (privileged && hostPid) return [hostPid, privileged];
  if (privileged && rootPath) return [privileged, rootPath];
  if (privileged && procfs) return [privileged, procfs];
  return marks.filter((item) => DECISIVE_LAST.includes(item.kind));
}

/** One piece of evidence per kind (the first), in the order found. */
export function firstOfEachKind(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<EvidenceKind>();
  return evidence.filter((item) => !seen.has(item.kind) && seen.add(item.kind));
}

interface Container {
  value: PlainObject;
  path: Path;
}

/** Init, regular and ephemeral containers, as Kubernetes' VisitContainers walks them. */
function containersOf(spec: PlainObject, base: Path): Container[] {
  return CONTAINER_LISTS_IN_START_ORDER.flatMap((list) => {
    const items = spec[list];
    if (!Array.isArray(items)) return [];
    return items.flatMap((value, i) => (isPlainObject(value) ? [{ value, path: [...base, list, i] }] : []));
  });
}

function hostProcessFlag(securityContext: unknown): boolean | undefined {
  if (!isPlainObject(securityContext) || !isPlainObject(securityContext.windowsOptions)) return undefined;
  const flag = securityContext.windowsOptions.hostProcess;
  return typeof flag === 'boolean' ? flag : undefined;
}

/**
 * A HostProcess pod as Kubernetes validates it (pkg/apis/core/validation,
 * validateWindowsHostProcessPod): a container is one when it says so or
 * inherits it from the pod, and then every container must be one. It is
 * evidence only on a pod pinned to Windows nodes: the API server checks no
 * node, and a Linux kubelet never reads `windowsOptions` (only on Windows
 * does pkg/kubelet/kuberuntime build a sandbox from them,
 * generatePodSandboxWindowsConfig), so an unpinned "HostProcess" CI runner
 * lands on a Linux node as an ordinary pod on the node's network. Real
 * HostProcess pods are pinned anyway: their Windows images run nowhere else.
 */
function hostProcessOf(spec: PlainObject, containers: readonly Container[], base: Path): { evidence: Evidence[]; mixed: boolean; offWindows: boolean } {
  const podFlag = hostProcessFlag(spec.securityContext);
  const flags = containers.map((container) => hostProcessFlag(container.value.securityContext) ?? podFlag);
  const count = flags.filter((flag) => flag === true).length;
  // A pod-level flag with no container listed (a patch, a partial manifest) still says HostProcess.
  if (count === 0 && !(podFlag === true && containers.length === 0)) return { evidence: [], mixed: false, offWindows: false };
  if (count !== containers.length) return { evidence: [], mixed: true, offWindows: false };
  if (!pinnedToWindows(spec)) return { evidence: [], mixed: false, offWindows: true };
  const field = ['securityContext', 'windowsOptions', 'hostProcess'];
  const detail = podFlag === true
    ? 'a Windows HostProcess pod (`securityContext.windowsOptions.hostProcess: true`)'
    : 'a Windows HostProcess pod (every container sets `securityContext.windowsOptions.hostProcess: true`)';
  return { evidence: [{ kind: 'host-process', detail, path: podFlag === true ? [...base, ...field] : [...containers[0]!.path, ...field] }], mixed: false, offWindows: false };
}

/**
 * Node labels that only Windows nodes carry with these values: the kubelet's
 * `kubernetes.io/os` (and its beta spelling) and `node.kubernetes.io/windows-build`
 * (set on Windows nodes only, any value), and AKS's `kubernetes.azure.com/os-sku`
 * (`Windows2019`, `Windows2022`…; Linux nodes carry `Ubuntu`, `AzureLinux`).
 */
const WINDOWS_NODE_LABELS: Readonly<Record<string, (value: unknown) => boolean>> = Object.assign(Object.create(null) as Record<string, (value: unknown) => boolean>, {
  'kubernetes.io/os': (value: unknown) => value === 'windows',
  'beta.kubernetes.io/os': (value: unknown) => value === 'windows',
  'node.kubernetes.io/windows-build': (value: unknown) => typeof value === 'string',
  'kubernetes.azure.com/os-sku': (value: unknown) => typeof value === 'string' && value.startsWith('Windows'),
});

/** Scheduled on Windows nodes only: `os.name: windows`, a nodeSelector, or required node affinity whose every term asks for a Windows label. */
function pinnedToWindows(spec: PlainObject): boolean {
  if (isPlainObject(spec.os) && spec.os.name === 'windows') return true;
  const selector = spec.nodeSelector;
  if (isPlainObject(selector) && Object.keys(WINDOWS_NODE_LABELS).some((key) => Object.hasOwn(selector, key) && WINDOWS_NODE_LABELS[key]!(selector[key]))) return true;
  const terms = getIn(spec, ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms']);
  if (!Array.isArray(terms)) return false;
  const matching = terms.filter((term) => !isEmptyTerm(term));
  return matching.length > 0 && matching.every((term) => isPlainObject(term) && Array.isArray(term.matchExpressions) &&
    term.matchExpressions.some((expression) => isPlainObject(expression) && typeof expression.key === 'string' && Object.hasOwn(WINDOWS_NODE_LABELS, expression.key) &&
      ((expression.operator === 'In' && Array.isArray(expression.values) && expression.values.length > 0 && expression.values.every(WINDOWS_NODE_LABELS[expression.key]!)) ||
        (expression.operator === 'Exists' && expression.key === 'node.kubernetes.io/windows-build'))));
}

function staticPodEvidence(template: PodTemplate, filePath: string): Evidence[] {
  if (template.resource.kind !== 'Pod' || template.path.length !== 0) return [];
  const annotations = isPlainObject(template.metadata.annotations) ? template.metadata.annotations : {};
  const annotationPath = (key: string): Path => ['metadata', 'annotations', key];
  if (Object.hasOwn(annotations, MIRROR_POD_ANNOTATION)) {
    return [{ kind: 'static-pod', detail: `a static pod (mirror-pod annotation \`${MIRROR_POD_ANNOTATION}\`)`, path: annotationPath(MIRROR_POD_ANNOTATION) }];
  }
  const folder = staticPodFolderOf(filePath);
  if (folder === undefined || refersToApiObjects(template.spec)) return [];
  return [{ kind: 'static-pod', detail: `a static pod (a Pod in the kubelet's manifest folder \`${folder}\`)`, path: ['kind'] }];
}

/** Volume sources that name an object of the API server (a projected volume's sources likewise, and a service account token). */
const API_OBJECT_VOLUMES: readonly string[] = ['secret', 'configMap', 'persistentVolumeClaim', 'ephemeral', 'projected'];

/**
 * Whether the pod refers to Secrets, ConfigMaps, claims or a service account
 * token, which a static pod cannot (Kubernetes' static pod docs: "The spec of
 * a static Pod cannot refer to other API objects"). The API server refuses
 * the kubelet a mirror pod that refers to them (NodeRestriction: "node can
 * not create pods that reference secrets"), so the node authorizer never
 * lets that kubelet read them, and the volume or the environment is never
 * made: the pod does not start. Only a pod created through the API server,
 * i.e. not a static pod, runs with them; its folder's name is then no
 * evidence (`ci/etc/kubernetes/manifests/runner.yaml` applied with kubectl).
 */
function refersToApiObjects(spec: PlainObject): boolean {
  const volumes = Array.isArray(spec.volumes) ? spec.volumes : [];
  if (volumes.some((volume) => isPlainObject(volume) && API_OBJECT_VOLUMES.some((source) => volume[source] !== undefined && volume[source] !== null))) return true;
  return CONTAINER_LISTS_IN_START_ORDER.some((list) => Array.isArray(spec[list]) && (spec[list] as unknown[]).some((container) => {
    if (!isPlainObject(container)) return false;
    if (Array.isArray(container.envFrom) && container.envFrom.some((source) => isPlainObject(source) && (isPlainObject(source.secretRef) || isPlainObject(source.configMapRef)))) return true;
    return Array.isArray(container.env) && container.env.some((item) => isPlainObject(item) && isPlainObject(item.valueFrom) &&
      (isPlainObject(item.valueFrom.secretKeyRef) || isPlainObject(item.valueFrom.configMapKeyRef)));
  }));
}

/** The kubelet manifest folder the file sits in, if any. */
function staticPodFolderOf(filePath: string): string | undefined {
  const segments = filePath.replaceAll('\\', '/').split('/');
  const folders = `/${segments.slice(0, -1).join('/')}/`;
  return STATIC_POD_FOLDERS.find((folder) => folders.includes(`/${folder}/`));
}

/**
 * Tolerations that let the pod start on a node with a bootstrap taint. A taint
 * is tolerated when the key matches (or the toleration has none and
 * `operator: Exists`), the effect matches or is empty, and for `Equal` the
 * value matches (k8s.io/api core/v1 Toleration.ToleratesTaint).
 */
function tolerationEvidence(spec: PlainObject, base: Path, daemonSetPod: boolean): Evidence[] {
  const tolerations = spec.tolerations;
  if (!Array.isArray(tolerations)) return [];
  const found: Evidence[] = [];
  tolerations.forEach((toleration, i) => {
    if (!isPlainObject(toleration)) return;
    const effect = toleration.effect ?? '';
    if (effect !== '' && effect !== 'NoSchedule') return;
    const key = toleration.key ?? '';
    const operator = toleration.operator ?? 'Equal';
    const path = [...base, 'tolerations', i];
    if (key === '') {
      if (operator !== 'Exists') return;
      const which = effect === 'NoSchedule' ? 'every NoSchedule taint' : 'every taint';
      found.push({ kind: 'tolerates-all-taints', detail: `a toleration of ${which} (\`operator: Exists\` without a key)`, path });
      return;
    }
    if (typeof key === 'string' && CONTROL_PLANE_ROLE_LABELS.includes(key)) {
      // kubeadm's taint (kops', Cluster API's, kubeone's, RKE2's) has no value.
      if (operator === 'Exists' || (operator === 'Equal' && (toleration.value ?? '') === '')) {
        found.push({ kind: 'control-plane-toleration', detail: `a toleration of the control-plane taint \`${key}\``, path });
      }
      return;
    }
    if (typeof key !== 'string' || !Object.hasOwn(BOOTSTRAP_TAINTS, key)) return;
    // The DaemonSet controller adds this one to every host-network pod it creates (pkg/controller/daemon/util,
    // AddOrUpdateDaemonPodTolerations): in its template, as in a Pod dump, it says nothing that hostNetwork does not.
    if (daemonSetPod && key === 'node.kubernetes.io/network-unavailable') return;
    const value = toleration.value ?? '';
    if (operator === 'Exists' || (operator === 'Equal' && value === BOOTSTRAP_TAINTS[key])) {
      found.push({ kind: 'bootstrap-toleration', detail: `a toleration of the bootstrap taint \`${key}\``, path });
    }
  });
  return found;
}

/** A DaemonSet's pod template, or a Pod created by a DaemonSet (as `kubectl get pod -o yaml` prints it). */
function ownedByDaemonSet(template: PodTemplate): boolean {
  if (template.resource.kind === 'DaemonSet') return true;
  const owners = template.resource.kind === 'Pod' ? template.metadata.ownerReferences : undefined;
  return Array.isArray(owners) && owners.some((owner) => isPlainObject(owner) && owner.kind === 'DaemonSet');
}

function priorityEvidence(spec: PlainObject, base: Path): Evidence[] {
  const name = spec.priorityClassName;
  if (typeof name !== 'string' || !CRITICAL_PRIORITY_CLASSES.includes(name)) return [];
  return [{ kind: 'critical-priority', detail: `\`priorityClassName: ${name}\``, path: [...base, 'priorityClassName'] }];
}

/** The pre-1.16 critical add-on annotation, where Kubernetes read it: empty, on a pod in kube-system. */
function criticalPodAnnotationEvidence(template: PodTemplate): Evidence[] {
  const annotations = template.metadata.annotations;
  if (template.resource.namespace !== CRITICAL_POD_NAMESPACE || !isPlainObject(annotations)) return [];
  if (!Object.hasOwn(annotations, CRITICAL_POD_ANNOTATION) || annotations[CRITICAL_POD_ANNOTATION] !== '') return [];
  return [{
    kind: 'critical-pod-annotation',
    detail: `the critical add-on annotation \`${CRITICAL_POD_ANNOTATION}\` in \`${CRITICAL_POD_NAMESPACE}\` (Kubernetes 1.11 to 1.15 admitted it as \`system-cluster-critical\`)`,
    path: [...template.path, 'metadata', 'annotations', CRITICAL_POD_ANNOTATION],
  }];
}

/** A TCP containerPort (or hostPort) of a node component, declared on the host network: the node's own port. */
function nodeComponentPortEvidence(containers: readonly Container[]): Evidence[] {
  const found: Evidence[] = [];
  for (const container of containers) {
    const ports = container.value.ports;
    if (!Array.isArray(ports)) continue;
    ports.forEach((port, i) => {
      if (!isPlainObject(port) || (port.protocol !== undefined && port.protocol !== 'TCP')) return;
      const field = [port.containerPort, port.hostPort].findIndex((value) => typeof value === 'number' && Object.hasOwn(NODE_COMPONENT_PORTS, value));
      if (field === -1) return;
      const key = field === 0 ? 'containerPort' : 'hostPort';
      const number = port[key] as number;
      found.push({
        kind: 'node-component-port',
        detail: `port ${number} in container \`${containerName(container)}\`, ${NODE_COMPONENT_PORTS[number]!} on the node`,
        path: [...container.path, 'ports', i, key],
      });
    });
  }
  return found;
}

/** The same program on the pod network in the same file or folder: a connectivity test, whose subject is the host network. */
function twinEvidence(template: PodTemplate, twinOf: TwinFinder | undefined): Evidence[] {
  const twin = twinOf?.(template);
  if (twin === undefined) return [];
  return [{
    kind: 'pod-network-twin',
    detail: `the same images and commands on the pod network in ${twin.shown} (a pod-network twin: the host network is what it tests)`,
    path: [...template.path, 'spec', 'containers'],
  }];
}

/** The API server addressed at the loopback, which the pod does not serve: on the pod network no API server is there. */
function loopbackApiServerEvidence(spec: PlainObject, base: Path): Evidence[] {
  const found = loopbackApiServerOf(spec, base);
  if (found === undefined) return [];
  return [{ kind: 'loopback-api-server', detail: `${found.detail} (the API server at the node's loopback)`, path: found.path }];
}

/** A regular container that runs the program of a node component's container (src/resources/node-companion.ts). */
function companionEvidence(template: PodTemplate, companionOf: CompanionFinder | undefined): Evidence[] {
  const companion = companionOf?.(template);
  if (companion === undefined) return [];
  const how = companion.siblingContainer.how;
  const own = companion.siblingEvidence.map((item) => item.detail);
  const exempt = own.length <= 1 ? own.join('') : `${own.slice(0, -1).join(', ')} and ${own.at(-1)}`;
  return [{
    kind: 'node-component-companion',
    detail: `container \`${companion.container.name}\` runs the program of container \`${companion.siblingContainer.name}\` of ${companion.shown}, ` +
      `which ${how} (a companion of a node component, itself exempt on ${exempt})`,
    path: [...companion.container.path, 'image'],
  }];
}

/** A regular container that acts on the node, and how: what makes its image a node component's. */
export interface NodeActingContainer {
  value: PlainObject;
  path: Path;
  /** Escaped. */
  name: string;
  /** "is privileged", "adds `NET_ADMIN`", "is a Windows HostProcess container", "mounts hostPath `/var/lib/kubelet`". */
  how: string;
}

/**
 * The regular containers of a pod template that act on the node: privileged,
 * adding NET_ADMIN or NET_RAW, HostProcess (its own flag or the pod's), or
 * mounting a node path. Init containers install and exit; ephemeral ones debug.
 */
export function nodeActingContainers(template: PodTemplate): NodeActingContainer[] {
  const base = [...template.path, 'spec'];
  const spec = template.spec;
  const nodePaths = new Map<string, string>();
  for (const volume of Array.isArray(spec.volumes) ? spec.volumes : []) {
    if (!isPlainObject(volume) || typeof volume.name !== 'string' || !isPlainObject(volume.hostPath) || typeof volume.hostPath.path !== 'string') continue;
    if (isNodeHostPath(volume.hostPath.path)) nodePaths.set(volume.name, volume.hostPath.path);
  }
  const podHostProcess = hostProcessFlag(spec.securityContext);
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  return containers.flatMap((value, i): NodeActingContainer[] => {
    if (!isPlainObject(value)) return [];
    const container = { value, path: [...base, 'containers', i] };
    const name = containerName(container);
    const securityContext = isPlainObject(value.securityContext) ? value.securityContext : {};
    const added = isPlainObject(securityContext.capabilities) && Array.isArray(securityContext.capabilities.add) ? securityContext.capabilities.add : [];
    const capability = added.find((item) => NODE_NETWORK_CAPABILITIES.includes(capabilityName(item) ?? ''));
    const mounts = Array.isArray(value.volumeMounts) ? value.volumeMounts : [];
    const mount = mounts.find((item) => isPlainObject(item) && typeof item.name === 'string' && nodePaths.has(item.name)) as PlainObject | undefined;
    const how = securityContext.privileged === true ? 'is privileged'
      : capability !== undefined ? `adds \`${echo(String(capability))}\``
      : (hostProcessFlag(value.securityContext) ?? podHostProcess) === true && pinnedToWindows(spec) ? 'is a Windows HostProcess container'
      : mount !== undefined ? `mounts hostPath \`${echo(nodePaths.get(mount.name as string)!)}\``
      : undefined;
    return how === undefined ? [] : [{ ...container, name, how }];
  });
}

/** The node's CNI configuration and binaries: what a CNI installer writes. */
const CNI_INSTALL_PATHS: readonly string[] = ['/etc/cni', '/opt/cni'];

/**
 * A container that mounts the node's CNI configuration or binaries writable
 * (no `readOnly: true`): it installs the node's pod network, so no pod
 * network exists on the node until it has run (Azure CNI's manager; calico-node's
 * and Multus' installers are privileged too). Readers (security scanners)
 * mount them read-only.
 */
function cniInstallerEvidence(spec: PlainObject, containers: readonly Container[]): Evidence[] {
  const volumes = Array.isArray(spec.volumes) ? spec.volumes : [];
  const cniPaths = new Map<string, string>();
  for (const volume of volumes) {
    if (!isPlainObject(volume) || typeof volume.name !== 'string' || !isPlainObject(volume.hostPath) || typeof volume.hostPath.path !== 'string') continue;
    if (isUnder(volume.hostPath.path, CNI_INSTALL_PATHS)) cniPaths.set(volume.name, volume.hostPath.path);
  }
  if (cniPaths.size === 0) return [];
  const found: Evidence[] = [];
  for (const container of containers) {
    const mounts = container.value.volumeMounts;
    if (!Array.isArray(mounts)) continue;
    const index = mounts.findIndex((mount) => isPlainObject(mount) && typeof mount.name === 'string' && cniPaths.has(mount.name) && mount.readOnly !== true);
    if (index === -1) continue;
    const written = cniPaths.get((mounts[index] as PlainObject).name as string)!;
    found.push({
      kind: 'cni-installer',
      detail: `hostPath \`${echo(written)}\` mounted writable in container \`${containerName(container)}\` (the node's CNI)`,
      path: [...container.path, 'volumeMounts', index],
    });
  }
  return found;
}

/**
 * The capability a name grants on every container runtime, or undefined.
 * `NET_ADMIN` and `net_admin` are NET_ADMIN everywhere; a `CAP_` prefix is
 * not: containerd prefixes `CAP_` to the upper-cased name (pkg/cri/opts
 * WithCapabilities: "Capabilities in CRI doesn't have `CAP_` prefix, so add
 * it"), so `CAP_NET_ADMIN` becomes the unknown `CAP_CAP_NET_ADMIN`, which runc
 * ignores, and CRI-O keeps a prefixed name as written, so `cap_net_admin` is
 * unknown there too (server/container_create_linux.go, toCAPPrefixed).
 */
function capabilityName(value: unknown): string | undefined {
  return typeof value === 'string' && !/^cap_/i.test(value) ? value.toUpperCase() : undefined;
}

function containerName(container: Container): string {
  return echo(typeof container.value.name === 'string' ? container.value.name : String(container.path.at(-1)));
}

function capabilityEvidence(containers: readonly Container[]): Evidence[] {
  const found: Evidence[] = [];
  for (const container of containers) {
    const securityContext = container.value.securityContext;
    const capabilities = isPlainObject(securityContext) ? securityContext.capabilities : undefined;
    const added = isPlainObject(capabilities) ? capabilities.add : undefined;
    if (!Array.isArray(added)) continue;
    // The runtimes drop the capabilities named in `drop` after adding those in `add` (only `ALL` is dropped first);
    // a dropped name counts in any spelling some runtime reads (CRI-O drops `CAP_NET_ADMIN`).
    const drop = isPlainObject(capabilities) && Array.isArray(capabilities.drop) ? capabilities.drop : [];
    const dropped = new Set(drop.map((name) => (typeof name === 'string' ? name.toUpperCase().replace(/^CAP_/, '') : undefined)));
    const index = added.findIndex((capability) => {
      const name = capabilityName(capability);
      return name !== undefined && NODE_NETWORK_CAPABILITIES.includes(name) && !dropped.has(name);
    });
    if (index === -1) continue;
    found.push({
      kind: 'network-capability',
      detail: `capability \`${echo(String(added[index]))}\` in container \`${containerName(container)}\``,
      path: [...container.path, 'securityContext', 'capabilities', 'add', index],
    });
  }
  return found;
}

function privilegedEvidence(containers: readonly Container[]): Evidence[] {
  return containers.flatMap((container): Evidence[] => {
    const securityContext = container.value.securityContext;
    if (!isPlainObject(securityContext) || securityContext.privileged !== true) return [];
    return [{ kind: 'privileged', detail: `\`privileged: true\` in container \`${containerName(container)}\``, path: [...container.path, 'securityContext', 'privileged'] }];
  });
}

/** `C:\var\lib\kubelet\` is `/var/lib/kubelet` (Windows nodes keep the same layout under C:). */
function normalizeHostPath(path: string): string {
  const normalized = path.replaceAll('\\', '/').replace(/^[A-Za-z]:(?=\/)/, '').replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  // /var/run is a link to /run on every current distribution.
  return normalized.replace(/^\/var\/run(?=\/|$)/, '/run');
}

function hostPathEvidence(spec: PlainObject, base: Path): Evidence[] {
  return hostPathVolumeEvidence(spec, base, 'node-host-path', isNodeHostPath);
}

/** A hostPath, as written, under one of NODE_HOST_PATHS. */
export function isNodeHostPath(written: string): boolean {
  return isUnder(written, NODE_HOST_PATHS);
}

/** A shell variable (`$SNAP_DATA`, `${ROOT:-/}`) or a Go template action that starts a path. */
const PLACEHOLDER_ROOT = /^(?:\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:]?[-=+?][^}]*)?\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{(?:(?!\}\}).)*\}\})(?=[\\/])/s;

/**
 * A hostPath, as written, under one of `prefixes`, at the node's root or
 * under a root that something fills in before the cluster reads it
 * (`$SNAP_DATA/opt/cni/bin/`: MicroK8s keeps the node's CNI folders under its
 * snap's data folder, and its addons' `enable` scripts substitute it). The
 * folder below the placeholder is the node's, whatever the root: writing the
 * literal path would cost an author no more. Only for these named folders:
 * a placeholder alone, or followed by `/`, `/proc` or `/sys`, is no node root.
 */
function isUnder(written: string, prefixes: readonly string[]): boolean {
  const paths = [written, written.replace(PLACEHOLDER_ROOT, '')].filter((path, i) => i === 0 || path !== written).map(normalizeHostPath);
  return paths.some((path) => prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)));
}

/**
 * How the pod's containers mount each volume, by name: `whole` when some
 * container mounts the volume itself, not a `subPath` (or `subPathExpr`) of it.
 * The kubelet sets up only the volumes some container (init, regular or
 * ephemeral) mounts (pkg/kubelet/volumemanager/populator,
 * processPodVolumes: "Volume is not used in the pod, ignore it"), so a
 * hostPath nobody mounts gives the pod nothing of the node.
 */
function mountedVolumes(spec: PlainObject): Map<string, { whole: boolean }> {
  const mounted = new Map<string, { whole: boolean }>();
  for (const list of CONTAINER_LISTS_IN_START_ORDER) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    for (const container of containers) {
      if (!isPlainObject(container) || !Array.isArray(container.volumeMounts)) continue;
      for (const mount of container.volumeMounts) {
        if (!isPlainObject(mount) || typeof mount.name !== 'string') continue;
        const whole = !hasText(mount.subPath) && !hasText(mount.subPathExpr);
        mounted.set(mount.name, { whole: whole || (mounted.get(mount.name)?.whole ?? false) });
      }
    }
  }
  return mounted;
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

/**
 * Evidence of `kind` for each hostPath volume whose path, as written,
 * `matches`, and that a container mounts (`whole`: the volume itself, not a
 * `subPath` of it, which is another, narrower path of the node).
 */
function hostPathVolumeEvidence(
  spec: PlainObject, base: Path, kind: Evidence['kind'], matches: (written: string) => boolean, note = '', whole = false,
): Evidence[] {
  const volumes = spec.volumes;
  if (!Array.isArray(volumes)) return [];
  const mounted = mountedVolumes(spec);
  const found: Evidence[] = [];
  volumes.forEach((volume, i) => {
    if (!isPlainObject(volume) || !isPlainObject(volume.hostPath) || typeof volume.hostPath.path !== 'string') return;
    const mount = typeof volume.name === 'string' ? mounted.get(volume.name) : undefined;
    if (mount === undefined || (whole && !mount.whole)) return;
    const written = volume.hostPath.path;
    if (matches(written)) found.push({ kind, detail: `hostPath \`${echo(written)}\`${note}`, path: [...base, 'volumes', i, 'hostPath', 'path'] });
  });
  return found;
}

/**
 * The control-plane role labels (kubeadm's, kept by k3s, RKE2, kops, Cluster
 * API): their nodes carry the taint of the same key, `NoSchedule` without a
 * value (`node-role.kubernetes.io/master` up to Kubernetes 1.24). A label
 * means the role whatever its value (kubeadm sets "", k3s "true").
 */
const CONTROL_PLANE_ROLE_LABELS: readonly string[] = ['node-role.kubernetes.io/control-plane', 'node-role.kubernetes.io/master'];
/**
 * And RKE2's etcd role (its etcd nodes may be apart from the control plane;
 * they carry a NoExecute taint of their own), and the legacy role label
 * `kubernetes.io/role` with the value `master` (kops up to 1.24, kube-aws,
 * Giant Swarm: the value is the role, `node` marks workers), which no taint
 * of its key goes with: never half of the placement-and-toleration pair.
 */
const CONTROL_PLANE_LABELS: readonly string[] = [...CONTROL_PLANE_ROLE_LABELS, 'node-role.kubernetes.io/etcd', 'kubernetes.io/role'];
/** Labels that mean the control plane with one value only. */
const CONTROL_PLANE_LABEL_VALUES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, { 'kubernetes.io/role': 'master' });

function meansControlPlane(key: string, value: unknown): boolean {
  return !Object.hasOwn(CONTROL_PLANE_LABEL_VALUES, key) || value === CONTROL_PLANE_LABEL_VALUES[key];
}

/**
 * Required on nodes with one of `labels`: a nodeSelector on it, or required
 * node affinity whose every term asks for it (Exists, or In with values).
 * Both must hold for a pod to be placed, so either pins it. Terms are ORed,
 * a term's requirements ANDed, and an empty term matches no node
 * (k8s.io/api core/v1 NodeSelector, NodeSelectorTerm): an empty term widens
 * nothing, any other term that does not ask for the label lets the pod run
 * elsewhere. Preferred affinity places nothing.
 */
function placementEvidence(spec: PlainObject, base: Path, labels: readonly string[]): Evidence | undefined {
  const selector = spec.nodeSelector;
  if (isPlainObject(selector)) {
    const label = labels.find((key) => Object.hasOwn(selector, key) && meansControlPlane(key, selector[key]));
    if (label !== undefined) {
      return { kind: 'control-plane-placement', detail: `pinned to control-plane nodes (\`nodeSelector\` on \`${label}\`)`, path: [...base, 'nodeSelector', label] };
    }
  }
  const termsPath = ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'];
  const terms = getIn(spec, termsPath);
  if (!Array.isArray(terms)) return undefined;
  const matching = terms.filter((term) => !isEmptyTerm(term));
  if (matching.length === 0 || !matching.every((term) => requiresLabel(term, labels))) return undefined;
  return { kind: 'control-plane-placement', detail: 'pinned to control-plane nodes (required node affinity)', path: [...base, ...termsPath] };
}

function isEmptyTerm(term: unknown): boolean {
  if (term === null) return true;
  if (!isPlainObject(term)) return false;
  const empty = (list: unknown) => list === undefined || list === null || (Array.isArray(list) && list.length === 0);
  return empty(term.matchExpressions) && empty(term.matchFields);
}

function requiresLabel(term: unknown, labels: readonly string[]): boolean {
  if (!isPlainObject(term) || !Array.isArray(term.matchExpressions)) return false;
  return term.matchExpressions.some((expression) =>
    isPlainObject(expression) && typeof expression.key === 'string' && labels.includes(expression.key) && (
      (expression.operator === 'Exists' && !Object.hasOwn(CONTROL_PLANE_LABEL_VALUES, expression.key)) ||
      (expression.operator === 'In' && Array.isArray(expression.values) && expression.values.length > 0 &&
        expression.values.every((value) => meansControlPlane(expression.key as string, value)))));
}

function hostPidEvidence(spec: PlainObject, base: Path): Evidence[] {
  return spec.hostPID === true ? [{ kind: 'host-pid', detail: '`hostPID: true`', path: [...base, 'hostPID'] }] : [];
}

/** The node's whole procfs or sysfs (not `/`: `kubectl debug node` pods mount it; `/` counts only with privileged). */
const NODE_PROC_PATHS: readonly string[] = ['/proc', '/sys'];

function nodeProcPathEvidence(spec: PlainObject, base: Path): Evidence[] {
  return hostPathVolumeEvidence(spec, base, 'node-proc-path', (written) => NODE_PROC_PATHS.includes(normalizeHostPath(written)), '', true);
}

/** The node's whole procfs alone (not /sys): `<mount>/1/ns/net` is the node's network namespace, which `privileged` may enter. */
function nodeProcfsEvidence(spec: PlainObject, base: Path): Evidence[] {
  return hostPathVolumeEvidence(spec, base, 'node-proc-path', (written) => normalizeHostPath(written) === '/proc', '', true);
}

/**
 * A hostPath of the node's whole root: `/`, `//`, `C:\` (normalised to the
 * empty path). Decisive only with `privileged` (see the module comment).
 */
function nodeRootPathEvidence(spec: PlainObject, base: Path): Evidence[] {
  const wholeRoot = (written: string): boolean => written.trim() !== '' && normalizeHostPath(written) === '';
  return hostPathVolumeEvidence(spec, base, 'node-root-path', wholeRoot, " (the node's whole root)", true);
}
