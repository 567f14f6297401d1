/**
 * Components that must run on the node's own network: the CNI agents and
 * operators that *provide* the pod network (a pod cannot wait for a network
 * it creates itself), and node agents such as kube-proxy. A pod template is
 * recognised as one by what it runs: every container and init container runs
 * a known image of these projects, in a namespace where these projects install
 * themselves. Documented in docs/rules/no-host-network.md; keep both in step.
 */
import type { PodTemplate } from './resource.js';
import { isPlainObject } from './resource.js';

/**
 * Image repositories (the end of the path, after any registry or mirror
 * prefix) and the project they belong to. Calico from v3.31 ships one image,
 * `calico/calico`, for every component (manifests/calico.yaml runs
 * kube-controllers as `args: ["component", "kube-controllers"]`).
 */
export const NODE_NETWORK_IMAGES: Readonly<Record<string, string>> = {
  'calico/calico': 'Calico',
  'calico/node': 'Calico',
  'calico/cni': 'Calico',
  'calico/typha': 'Calico',
  'calico/kube-controllers': 'Calico',
  'calico/pod2daemon-flexvol': 'Calico',
  'calico/ctl': 'Calico',
  'tigera/operator': 'Calico (Tigera operator)',
  'flannel-io/flannel': 'flannel',
  'flannel-io/flannel-cni-plugin': 'flannel',
  'flannel/flannel': 'flannel',
  'flannel/flannel-cni-plugin': 'flannel',
  'flannelcni/flannel': 'flannel',
  'flannelcni/flannel-cni-plugin': 'flannel',
  'coreos/flannel': 'flannel',
  'rancher/mirrored-flannelcni-flannel': 'flannel',
  'rancher/mirrored-flannelcni-flannel-cni-plugin': 'flannel',
  'cilium/cilium': 'Cilium',
  'cilium/cilium-envoy': 'Cilium',
  'cilium/operator': 'Cilium',
  'cilium/operator-generic': 'Cilium',
  'cilium/operator-aws': 'Cilium',
  'cilium/operator-azure': 'Cilium',
  'cilium/operator-alibabacloud': 'Cilium',
  'kube-proxy': 'Kubernetes (kube-proxy)',
  'cloudnativelabs/kube-router': 'kube-router',
  'antrea/antrea-agent-ubuntu': 'Antrea',
  'antrea/antrea-controller-ubuntu': 'Antrea',
  'antrea/antrea-ubuntu': 'Antrea',
  'weaveworks/weave-kube': 'Weave Net',
  'weaveworks/weave-npc': 'Weave Net',
  'k8snetworkplumbingwg/multus-cni': 'Multus',
};

/** Namespaces these projects install their node components into. */
export const NODE_NETWORK_NAMESPACES: readonly string[] = [
  'kube-system',
  'calico-system',
  'tigera-operator',
  'kube-flannel',
  'cilium',
];

/**
 * Workloads that run a general-purpose image, recognised by name and
 * namespace together. canal's etcd install (Calico's manifests/canal-etcd.yaml)
 * writes flannel's network configuration with etcdctl before the pod network
 * exists.
 */
const NAMED_BOOTSTRAP_JOBS: ReadonlyArray<{ name: string; namespace: string; image: string; project: string }> = [
  { name: 'configure-canal', namespace: 'kube-system', image: 'coreos/etcd', project: 'canal' },
];

/**
 * The repository part of an image reference: `quay.io/calico/node:v3.30.0@sha256:…`
 * gives `calico/node`. A first segment with a `.` or `:` or `localhost` is a
 * registry and is dropped. Undefined for what is not a plain image reference
 * (a Helm or shell placeholder).
 */
export function imageRepository(image: string): string | undefined {
  const withoutDigest = image.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  const reference = colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
  if (!/^[a-z0-9][a-z0-9._\-/:]*$/.test(reference)) return undefined;
  const segments = reference.split('/');
  if (segments.length > 1 && /[.:]|^localhost$/.test(segments[0]!)) segments.shift();
  return segments.join('/');
}

/** The project a known image belongs to, matching the end of its path (mirrors add prefixes). */
export function projectOfImage(image: string): string | undefined {
  const repository = imageRepository(image);
  if (repository === undefined) return undefined;
  const segments = repository.split('/');
  for (let start = 0; start < segments.length; start++) {
    const project = NODE_NETWORK_IMAGES[segments.slice(start).join('/')];
    if (project !== undefined) return project;
  }
  return undefined;
}

/** `quay.io/mirror/calico/node` is `calico/node`; `evilcalico/node` is not. */
function repositoryIs(repository: string | undefined, wanted: string): boolean {
  return repository !== undefined && (repository === wanted || repository.endsWith(`/${wanted}`));
}

interface Container {
  image?: unknown;
  args?: unknown;
  env?: unknown;
}

function containersOf(template: PodTemplate): Container[] {
  const lists = [template.spec.initContainers, template.spec.containers];
  return lists.flatMap((list) => (Array.isArray(list) ? list.filter(isPlainObject) : []));
}

/**
 * calico-kube-controllers talks to the Kubernetes API only, over the pod
 * network, except in etcd mode (manifests/calico-etcd.yaml), where it is put
 * on the host network to reach etcd. Etcd mode: `DATASTORE_TYPE` is
 * `etcdv3`, or `ETCD_ENDPOINTS` is set.
 */
function isKubeControllers(template: PodTemplate, containers: readonly Container[]): boolean {
  if (template.resource.name === 'calico-kube-controllers') return true;
  return containers.some((container) => {
    const repository = typeof container.image === 'string' ? imageRepository(container.image) : undefined;
    if (repositoryIs(repository, 'calico/kube-controllers')) return true;
    return Array.isArray(container.args) && container.args.includes('kube-controllers');
  });
}

function isEtcdMode(containers: readonly Container[]): boolean {
  return containers.some((container) =>
    Array.isArray(container.env) &&
    container.env.some((variable) =>
      isPlainObject(variable) &&
      ((variable.name === 'DATASTORE_TYPE' && variable.value === 'etcdv3') || variable.name === 'ETCD_ENDPOINTS'),
    ),
  );
}

/**
 * The project whose node component this pod template is, or undefined for
 * an ordinary workload. Every container must run a known image: one unknown
 * container (a sidecar) on the host network is not the component.
 */
export function nodeNetworkComponent(template: PodTemplate): string | undefined {
  const { resource } = template;
  const namespace = resource.namespace;
  if (namespace === undefined || !NODE_NETWORK_NAMESPACES.includes(namespace)) return undefined;
  const containers = containersOf(template);
  if (containers.length === 0) return undefined;
  const images = containers.map((container) => (typeof container.image === 'string' ? container.image : ''));
  const bootstrap = NAMED_BOOTSTRAP_JOBS.find(
    (job) => job.name === resource.name && job.namespace === namespace &&
      images.every((image) => repositoryIs(imageRepository(image), job.image)),
  );
  if (bootstrap) return bootstrap.project;
  const projects = images.map(projectOfImage);
  if (projects.some((project) => project === undefined)) return undefined;
  if (isKubeControllers(template, containers) && !isEtcdMode(containers)) return undefined;
  return projects[projects.length - 1];
}
