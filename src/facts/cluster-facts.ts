/**
 * Cluster facts read from the repository (issue 11): the pod and Service
 * ranges the cluster was built with, load-balancer ranges, BGP-advertised
 * ranges, reservations, node networks, the pools calico-node's env and the
 * CNI config name, and IPAM limits. Derived from the typed resources of one
 * cluster scope, plus what the configuration states where the repository is
 * silent. Rules and the HTML map read these; no fact is ever executed or
 * fetched.
 */
import type { LintConfig } from '../config/schema.js';
import type { Location, ProjectScope } from '../engine/rule.js';
import { formatAddress, parseCidr, type Cidr } from '../net/cidr.js';
import type { Path, SourceDocument } from '../parse/source.js';
import { quote } from '../text.js';
import { embeddedDocuments, substringRange } from '../resources/embedded.js';
import { effectiveK3sConfigs, type K3sFlagValue } from './k3s-config.js';
import { getIn, isPlainObject, K3S_CONFIG_KIND, POD_TEMPLATE_PATHS, type PlainObject, type Resource } from '../resources/resource.js';
import { inPodSpecs, type FieldReads } from '../resources/field-reads.js';

export type RangeRole =
  | 'pods'
  | 'services'
  | 'nodes'
  | 'load-balancer'
  | 'bgp-service-cluster-ips'
  | 'bgp-service-external-ips'
  | 'bgp-service-load-balancer-ips'
  | 'reservation';

export interface AddressRange {
  family: 4 | 6;
  first: bigint;
  last: bigint;
  /** Canonical `a.b.c.d/n`, or `first-last` for a MetalLB range that is not a CIDR. */
  text: string;
}

export interface RangeFact {
  range: AddressRange;
  role: RangeRole;
  /** Where the fact comes from, for messages: e.g. "kubeadm ClusterConfiguration `networking.podSubnet`". */
  source: string;
  /** Where it is written; undefined for facts from the configuration. */
  location: Location | undefined;
  /**
   * kubeadm's `networking.podSubnet`, which kubeadm uploads to the kubeadm-config ConfigMap, where the
   * operator's pod-CIDR check reads it (tigera/operator pkg/controller/ippool/kubeadm.go): written in a
   * ClusterConfiguration, or by Cluster API from a kubeadm cluster's objects.
   */
  kubeadmPodSubnet?: true;
}

/** A pool calico-node creates from its env when no pool of that family exists. */
export interface EnvPool {
  family: 4 | 6;
  /** The variable, e.g. CALICO_IPV4POOL_CIDR. */
  variable: string;
  text: string;
  cidr: Cidr | undefined;
  blockSize: number | undefined;
  location: Location;
}

/** An entry of the CNI config's `ipam.ipv4_pools` / `ipv6_pools`: a pool name or CIDR. */
export interface CniPoolReference {
  family: 4 | 6;
  entry: string;
  location: Location;
  /** The list the entry is in: entries of one list share this object. */
  list: readonly unknown[];
  /** The plugin assigns an address of this family (`assign_ipv4` unless "false", `assign_ipv6` only if "true"). */
  assigned: boolean;
}

export interface ClusterFacts {
  ranges: RangeFact[];
  envPools: EnvPool[];
  cniPoolReferences: CniPoolReference[];
  /** Nodes the pools must serve, from the configuration. */
  maxNodes: number | undefined;
  /**
   * kube-proxy tells pod traffic by interface name (`detectLocalMode: InterfaceNamePrefix`, or
   * `--detect-local-mode=InterfaceNamePrefix`) with a prefix Calico's `cali*` interfaces match: it then
   * masquerades no pool's traffic (kubernetes pkg/proxy/util/localdetector.go).
   */
  kubeProxyLocalByInterface: boolean;
  /** IPAMConfiguration (v1: IPAMConfig) `spec.maxBlocksPerHost` (0 or absent: IPAM's default of 20). */
  maxBlocksPerHost: { value: number; location: Location } | undefined;
  /** Cluster API Clusters whose control plane is kubeadm's by their own reference (controlPlaneRef, or their ClusterClass's). */
  kubeadmClusterApiClusters: Resource[];
}

/** Configured facts of one scope: the cluster's own keys, or the top-level ones for the default scope. */
export function configuredFacts(config: LintConfig, scopeName: string): Pick<LintConfig, 'podCidrs' | 'serviceCidrs' | 'nodeCidrs' | 'maxNodes'> {
  const cluster = config.clusters.find((entry) => entry.name === scopeName);
  return cluster ?? config;
}

const cache = new WeakMap<ProjectScope, ClusterFacts>();

/** The facts of one cluster scope, computed once and shared by every rule. */
export function clusterFacts(scope: ProjectScope, config: LintConfig): ClusterFacts {
  let facts = cache.get(scope);
  if (facts === undefined) {
    facts = collectFacts(scope, config);
    cache.set(scope, facts);
  }
  return facts;
}

function collectFacts(scope: ProjectScope, config: LintConfig): ClusterFacts {
  const facts: ClusterFacts = { ranges: [], envPools: [], cniPoolReferences: [], kubeProxyLocalByInterface: false, maxNodes: undefined, maxBlocksPerHost: undefined, kubeadmClusterApiClusters: [] };
  const configured = configuredFacts(config, scope.name);
  const configFile = config.filePath === undefined ? 'the configuration' : 'the configuration file';
  for (const [key, role] of [['podCidrs', 'pods'], ['serviceCidrs', 'services'], ['nodeCidrs', 'nodes']] as const) {
    for (const text of configured[key] ?? []) {
      const range = parseRange(text);
      if (range) facts.ranges.push({ range, role, source: `\`${key}\` in ${configFile}`, location: undefined });
    }
  }
  facts.maxNodes = configured.maxNodes;
  const clusterApi = clusterApiContext(scope.resources);
  const k3sConfigs = effectiveK3sConfigs(scope.resources);
  for (const resource of scope.resources) readResource(resource, facts, clusterApi, k3sConfigs);
  return facts;
}

/** Builds the Location of a path (or of characters of the string at the path) in a document. */
type At = (path: Path, span?: { text: string; start: number; end: number }) => Location;

function atResource(resource: Resource): At {
  return (path, span) => {
    if (span === undefined) return { resource, path };
    const fullPath = [...resource.path, ...path];
    return lazyRange(resource, () => substringRange(resource.doc, fullPath, span.text, span.start, span.end));
  };
}

/** A location inside YAML embedded in a string of `host`. */
function atEmbedded(host: Resource, doc: SourceDocument): At {
  return (path, span) => lazyRange(host, () => (span === undefined ? doc.locate(path) : substringRange(doc, path, span.text, span.start, span.end)));
}

/** Positions are computed only when a finding is reported (a file is parsed again for them). */
function lazyRange(resource: Resource, compute: () => ReturnType<SourceDocument['locate']>): Location {
  let range: ReturnType<SourceDocument['locate']> | undefined;
  return {
    resource,
    get range() {
      return (range ??= compute());
    },
  };
}

function readResource(
  resource: Resource,
  facts: ClusterFacts,
  clusterApi: ClusterApiContext,
  k3sConfigs: ReadonlyMap<Resource, readonly K3sFlagValue[]>,
): void {
  const { kind, apiVersion, object } = resource;
  const at = atResource(resource);
  const group = apiVersion.split('/')[0] ?? '';
  if (kind === 'ClusterConfiguration' && group === 'kubeadm.k8s.io') {
    readKubeadm(object, at, facts);
  } else if (kind === 'KubeProxyConfiguration' && group === 'kubeproxy.config.k8s.io') {
    readKubeProxy(object, at, facts);
  } else if (kind === 'Cluster' && group === 'cluster.x-k8s.io') {
    readClusterApiCluster(resource, clusterApi, at, facts);
  } else if (group === 'controlplane.cluster.x-k8s.io' || group === 'bootstrap.cluster.x-k8s.io') {
    readClusterApiKubeadm(resource, at, facts);
  } else if (kind === K3S_CONFIG_KIND) {
    // A config file and its drop-ins, merged as k3s merges them (src/facts/k3s-config.ts): read once, at the first file.
    for (const { flag, resource: file, path, value } of k3sConfigs.get(resource) ?? []) {
      pushCommaList(facts, value, flag === 'cluster-cidr' ? 'pods' : 'services', `k3s/RKE2 \`${flag}\``, atResource(file), path);
    }
  } else if (kind === 'IPAddressPool' && group === 'metallb.io') {
    listOf(getIn(object, ['spec', 'addresses'])).forEach((text, i) =>
      pushText(facts, text, 'load-balancer', `MetalLB ${resource.displayName}`, at, ['spec', 'addresses', i]));
  } else if (kind === 'BGPConfiguration' && isCalicoGroup(group) && resource.name === 'default') {
    // Service ranges come from the global BGPConfiguration only (confd client.go getServiceClusterIPs(c.globalBGPConfig);
    // libcalico-go clientv3/bgpconfig.go refuses them on any other).
    for (const [key, role] of BGP_RANGES) {
      const entries = getIn(object, ['spec', key]);
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, i) => {
        if (isPlainObject(entry)) pushText(facts, entry.cidr, role, `BGPConfiguration \`spec.${key}\``, at, ['spec', key, i, 'cidr']);
      });
    }
  } else if (kind === 'IPReservation' && isCalicoGroup(group)) {
    listOf(getIn(object, ['spec', 'reservedCIDRs'])).forEach((text, i) =>
      pushText(facts, text, 'reservation', `IPReservation ${quote(resource.name ?? '(unnamed)')}`, at, ['spec', 'reservedCIDRs', i]));
  } else if (((kind === 'IPAMConfiguration' && group === 'projectcalico.org') || (kind === 'IPAMConfig' && group === 'crd.projectcalico.org')) && resource.name === 'default') {
    // The v1 CRD kind is IPAMConfig (libcalico-go/config/crd/crd.projectcalico.org_ipamconfigs.yaml); only `default` is read.
    const value = getIn(object, ['spec', 'maxBlocksPerHost']);
    if (typeof value === 'number' && value > 0) facts.maxBlocksPerHost = { value, location: at(['spec', 'maxBlocksPerHost']) };
  } else if (kind === 'Installation' && apiVersion === 'operator.tigera.io/v1') {
    for (const [key, family] of [['nodeAddressAutodetectionV4', 4], ['nodeAddressAutodetectionV6', 6]] as const) {
      listOf(getIn(object, ['spec', 'calicoNetwork', key, 'cidrs'])).forEach((text, i) => {
        const range = typeof text === 'string' ? parseRange(text) : undefined;
        if (range?.family === family) {
          facts.ranges.push({ range, role: 'nodes', source: `Installation \`calicoNetwork.${key}.cidrs\``, location: at(['spec', 'calicoNetwork', key, 'cidrs', i]) });
        }
      });
    }
  } else if (kind === 'ConfigMap') {
    readConfigMap(resource, facts);
  }
  const templatePath = Object.hasOwn(POD_TEMPLATE_PATHS, kind) ? POD_TEMPLATE_PATHS[kind] : undefined;
  if (templatePath !== undefined) readContainers(resource, [...templatePath, 'spec', 'containers'], facts);
}

const BGP_RANGES = [
  ['serviceClusterIPs', 'bgp-service-cluster-ips'],
  ['serviceExternalIPs', 'bgp-service-external-ips'],
  ['serviceLoadBalancerIPs', 'bgp-service-load-balancer-ips'],
] as const;

function isCalicoGroup(group: string): boolean {
  return group === 'projectcalico.org' || group === 'crd.projectcalico.org';
}

/**
 * What tells a Cluster API cluster bootstrapped by kubeadm (CABPK / KCP): its control plane's kind, the
 * control plane template of its ClusterClass, or, when the Cluster names neither, kubeadm objects beside it.
 */
interface ClusterApiContext {
  /** ClusterClass name → kind of its control plane template (v1beta1 `controlPlane.ref`, v1beta2 `controlPlane.templateRef`). */
  classControlPlanes: Map<string, unknown>;
  /** The scope holds a KubeadmControlPlane(Template) or KubeadmConfig(Template). */
  kubeadmObjects: boolean;
}

const KUBEADM_KINDS = new Set(['KubeadmControlPlane', 'KubeadmControlPlaneTemplate', 'KubeadmConfig', 'KubeadmConfigTemplate']);

function clusterApiContext(resources: readonly Resource[]): ClusterApiContext {
  const context: ClusterApiContext = { classControlPlanes: new Map(), kubeadmObjects: false };
  for (const resource of resources) {
    if (!resource.apiVersion.includes('cluster.x-k8s.io/')) continue;
    if (KUBEADM_KINDS.has(resource.kind)) context.kubeadmObjects = true;
    if (resource.kind === 'ClusterClass' && resource.name !== undefined) {
      const kind = getIn(resource.object, ['spec', 'controlPlane', 'templateRef', 'kind']) ?? getIn(resource.object, ['spec', 'controlPlane', 'ref', 'kind']);
      context.classControlPlanes.set(resource.name, kind);
    }
  }
  return context;
}

/**
 * Whether kubeadm builds this Cluster's control plane (then its pod CIDR reaches kubeadm-config):
 * 'referenced' when the Cluster or its ClusterClass names a kubeadm control plane, 'beside' when only
 * kubeadm objects lie beside a Cluster that names none.
 */
function kubeadmCluster(cluster: Resource, context: ClusterApiContext): 'referenced' | 'beside' | false {
  const controlPlaneKind = getIn(cluster.object, ['spec', 'controlPlaneRef', 'kind']);
  if (typeof controlPlaneKind === 'string') return controlPlaneKind === 'KubeadmControlPlane' && 'referenced';
  // v1beta1 `topology.class`, v1beta2 `topology.classRef.name`.
  const className = getIn(cluster.object, ['spec', 'topology', 'classRef', 'name']) ?? getIn(cluster.object, ['spec', 'topology', 'class']);
  if (typeof className === 'string' && context.classControlPlanes.has(className)) {
    return context.classControlPlanes.get(className) === 'KubeadmControlPlaneTemplate' && 'referenced';
  }
  return context.kubeadmObjects && 'beside';
}

/**
 * Cluster `spec.clusterNetwork`: on a kubeadm cluster, Cluster API writes `pods.cidrBlocks` joined by
 * commas as kubeadm's podSubnet and `services.cidrBlocks` as serviceSubnet (kubernetes-sigs/cluster-api
 * bootstrap/kubeadm/reconcilers/kubeadmconfig/kubeadmconfig_controller.go:1383-1388, ae7ff04; up to
 * v1.10 bootstrap/kubeadm/internal/controllers/kubeadmconfig_controller.go:1349-1366, where a podSubnet
 * written in the KubeadmConfig came first). kubeadm uploads it to kubeadm-config, which the operator reads.
 */
function readClusterApiCluster(cluster: Resource, context: ClusterApiContext, at: At, facts: ClusterFacts): void {
  const kubeadmBy = kubeadmCluster(cluster, context);
  const kubeadm = kubeadmBy !== false;
  if (kubeadmBy === 'referenced') facts.kubeadmClusterApiClusters.push(cluster);
  for (const [key, role] of [['pods', 'pods'], ['services', 'services']] as const) {
    const source = `Cluster API Cluster \`spec.clusterNetwork.${key}.cidrBlocks\`${kubeadm ? ` (kubeadm's ${key === 'pods' ? 'podSubnet' : 'serviceSubnet'})` : ''}`;
    listOf(getIn(cluster.object, ['spec', 'clusterNetwork', key, 'cidrBlocks'])).forEach((text, i) =>
      pushText(facts, text, role, source, at, ['spec', 'clusterNetwork', key, 'cidrBlocks', i], kubeadm && role === 'pods'));
  }
}

/**
 * Cluster API v1beta1 kubeadm objects carry kubeadm's own `clusterConfiguration.networking`; up to
 * Cluster API v1.10 it wins over the Cluster's clusterNetwork. v1beta2 (Cluster API v1.11) removed the
 * field, and converting v1beta1 drops it (commit 686d66b, "Remove redundant fields from CABPK / KCP
 * ClusterConfiguration"), so only v1beta1 objects are read.
 */
function readClusterApiKubeadm(resource: Resource, at: At, facts: ClusterFacts): void {
  if (!resource.apiVersion.endsWith('/v1beta1')) return;
  const configPath = KUBEADM_CONFIG_PATHS[resource.kind];
  if (configPath === undefined) return;
  const networking = [...configPath, 'clusterConfiguration', 'networking'];
  const where = `Cluster API ${resource.kind} \`${networking.join('.')}`;
  pushCommaList(facts, getIn(resource.object, [...networking, 'podSubnet']), 'pods', `${where}.podSubnet\``, at, [...networking, 'podSubnet'], true);
  pushCommaList(facts, getIn(resource.object, [...networking, 'serviceSubnet']), 'services', `${where}.serviceSubnet\``, at, [...networking, 'serviceSubnet']);
}

/** Where each Cluster API kind holds its KubeadmConfigSpec. */
const KUBEADM_CONFIG_PATHS: Readonly<Record<string, Path>> = Object.assign(Object.create(null) as Record<string, Path>, {
  KubeadmControlPlane: ['spec', 'kubeadmConfigSpec'],
  KubeadmControlPlaneTemplate: ['spec', 'template', 'spec', 'kubeadmConfigSpec'],
  KubeadmConfig: ['spec'],
  KubeadmConfigTemplate: ['spec', 'template', 'spec'],
});

function readKubeadm(object: unknown, at: At, facts: ClusterFacts): void {
  pushCommaList(facts, getIn(object, ['networking', 'podSubnet']), 'pods', 'kubeadm ClusterConfiguration `networking.podSubnet`', at, ['networking', 'podSubnet'], true);
  pushCommaList(facts, getIn(object, ['networking', 'serviceSubnet']), 'services', 'kubeadm ClusterConfiguration `networking.serviceSubnet`', at, ['networking', 'serviceSubnet']);
  for (const [component, flag, role] of KUBEADM_RANGE_FLAGS) {
    const found = extraArg(getIn(object, [component, 'extraArgs']), flag);
    if (found === undefined) continue;
    // Not "kubeadm …": the operator's pod-CIDR check reads podSubnet only (isKubeadm in src/facts/pools.ts).
    const binary = component === 'apiServer' ? 'kube-apiserver' : 'kube-controller-manager';
    pushCommaList(facts, found.value, role, `${binary} \`--${flag}\` (kubeadm ClusterConfiguration \`${component}.extraArgs\`)`, at, [component, 'extraArgs', ...found.path]);
  }
}

/** Flags of the control plane that kubeadm's `extraArgs` pass on and that hold the cluster's ranges. */
const KUBEADM_RANGE_FLAGS = [
  ['controllerManager', 'cluster-cidr', 'pods'],
  ['controllerManager', 'service-cluster-ip-range', 'services'],
  ['apiServer', 'service-cluster-ip-range', 'services'],
] as const;

/**
 * A flag of a control-plane component's `extraArgs` (kubernetes
 * cmd/kubeadm/app/apis/kubeadm): up to v1beta3 a map (`ExtraArgs
 * map[string]string`: `cluster-cidr: 10.244.0.0/16`), from v1beta4 a list of
 * `Arg{name, value}` where "duplicate extra arguments are allowed": each
 * becomes a command-line flag, so the last one wins.
 */
function extraArg(extraArgs: unknown, flag: string): { value: unknown; path: Path } | undefined {
  if (isPlainObject(extraArgs)) return Object.hasOwn(extraArgs, flag) ? { value: extraArgs[flag], path: [flag] } : undefined;
  if (!Array.isArray(extraArgs)) return undefined;
  for (let i = extraArgs.length - 1; i >= 0; i--) {
    const arg: unknown = extraArgs[i];
    if (isPlainObject(arg) && arg.name === flag) return { value: arg.value, path: [i, 'value'] };
  }
  return undefined;
}

function readKubeProxy(object: unknown, at: At, facts: ClusterFacts): void {
  pushCommaList(facts, getIn(object, ['clusterCIDR']), 'pods', 'kube-proxy `clusterCIDR`', at, ['clusterCIDR']);
  const prefix = getIn(object, ['detectLocal', 'interfaceNamePrefix']);
  if (getIn(object, ['detectLocalMode']) === 'InterfaceNamePrefix' && typeof prefix === 'string') markLocalByInterface(facts, prefix);
}

/** Calico's pod interfaces are `cali<hash>`: a prefix of `cali` matches every one of them. */
function markLocalByInterface(facts: ClusterFacts, prefix: string): void {
  if (prefix !== '' && 'cali'.startsWith(prefix)) facts.kubeProxyLocalByInterface = true;
}

/** kubeadm-config holds a ClusterConfiguration, kube-proxy a KubeProxyConfiguration, calico-config the CNI config, calico-windows-config the Service range. */
function readConfigMap(resource: Resource, facts: ClusterFacts): void {
  const data = getIn(resource.object, ['data']);
  if (!isPlainObject(data)) return;
  const embedded = (key: string): Array<{ doc: SourceDocument; at: At }> => {
    const text = data[key];
    if (typeof text !== 'string') return [];
    return embeddedDocuments(resource.doc, [...resource.path, 'data', key], text).map((doc) => ({ doc, at: atEmbedded(resource, doc) }));
  };
  if (resource.name === 'kubeadm-config') {
    for (const { doc, at } of embedded('ClusterConfiguration')) readKubeadm(doc.value, at, facts);
  } else if (resource.name === 'kube-proxy') {
    for (const { doc, at } of embedded('config.conf')) readKubeProxy(doc.value, at, facts);
  } else if (resource.name === 'calico-config') {
    for (const { doc, at } of embedded('cni_network_config')) readCniConfig(doc.value, at, facts);
  } else if (resource.name === 'calico-windows-config') {
    // Calico for Windows (manifests/calico-windows-vxlan.yaml, -bgp.yaml): "The Kubernetes service clusterIP range
    // configured in your cluster. This must match the service-cluster-ip-range used by kube-apiserver."
    pushCommaList(facts, data.K8S_SERVICE_CIDR, 'services', 'Calico for Windows `K8S_SERVICE_CIDR` (ConfigMap calico-windows-config)',
      atResource(resource), ['data', 'K8S_SERVICE_CIDR']);
  }
}

/** The calico plugin's `ipam.ipv4_pools` / `ipv6_pools` (cni-plugin/pkg/types: IPAMConfig). */
function readCniConfig(value: unknown, at: At, facts: ClusterFacts): void {
  const plugins = getIn(value, ['plugins']);
  const configs: Array<{ config: unknown; path: Path }> = Array.isArray(plugins)
    ? plugins.map((config, i) => ({ config, path: ['plugins', i] }))
    : [{ config: value, path: [] }];
  for (const { config, path } of configs) {
    if (!isPlainObject(config) || config.type !== 'calico') continue;
    for (const [key, family] of [['ipv4_pools', 4], ['ipv6_pools', 6]] as const) {
      // cni-plugin/pkg/ipamplugin/ipam_plugin.go: IPv4 unless assign_ipv4 is "false", IPv6 only if assign_ipv6 is "true".
      const assigned = family === 4 ? getIn(config, ['ipam', 'assign_ipv4']) !== 'false' : getIn(config, ['ipam', 'assign_ipv6']) === 'true';
      const list = listOf(getIn(config, ['ipam', key]));
      list.forEach((entry, i) => {
        if (typeof entry === 'string') facts.cniPoolReferences.push({ family, entry, location: at([...path, 'ipam', key, i]), list, assigned });
      });
    }
  }
}

const FLAG_ROLES: Readonly<Record<string, { role: RangeRole; containers: readonly string[] }>> = {
  '--service-cluster-ip-range': { role: 'services', containers: ['kube-apiserver', 'kube-controller-manager'] },
  '--cluster-cidr': { role: 'pods', containers: ['kube-controller-manager', 'kube-proxy'] },
};

/**
 * What the facts read inside the bulk that slimming drops (src/resources/field-reads.ts):
 * the data of the ConfigMaps readConfigMap reads, and the name, command, args
 * and env of the containers readContainers reads. Every rule that reads
 * clusterFacts declares these in its `meta.reads`.
 */
export const CLUSTER_FACT_READS: readonly FieldReads[] = [
  ...['kubeadm-config', 'kube-proxy', 'calico-config', 'calico-windows-config'].map((name): FieldReads => ({ kinds: ['ConfigMap'], when: { path: ['metadata', 'name'], equals: name }, paths: [['data']] })),
  ...inPodSpecs({
    paths: ['name', 'command', 'args', 'env'].map((field) => ['containers', { where: ['name'], matches: /^(?:kube-apiserver|kube-controller-manager|kube-proxy|calico-node)$/ }, field]),
  }),
];

/** Control-plane flags and calico-node's env (CLUSTER_FACT_READS keeps them through slimming). */
function readContainers(resource: Resource, containersPath: Path, facts: ClusterFacts): void {
  const containers = getIn(resource.object, containersPath);
  if (!Array.isArray(containers)) return;
  const at = atResource(resource);
  containers.forEach((container, c) => {
    if (!isPlainObject(container) || typeof container.name !== 'string') return;
    const name = container.name;
    for (const field of ['command', 'args']) {
      listOf(container[field]).forEach((argument, a) => {
        if (typeof argument !== 'string') return;
        const match = /^(--[a-z-]+)=(.*)$/.exec(argument);
        const flag = match ? FLAG_ROLES[match[1]!] : undefined;
        if (!match || !flag?.containers.includes(name)) return;
        const path = [...containersPath, c, field, a];
        splitList(match[2]!, match[1]!.length + 1).forEach(({ text, start }) => {
          const range = parseRange(text);
          if (range) {
            facts.ranges.push({ range, role: flag.role, source: `${name} \`${match[1]}\``, location: at(path, { text: argument, start, end: start + text.length }) });
          }
        });
      });
    }
    if (name === 'kube-proxy') readKubeProxyFlags(container, facts);
    if (name === 'calico-node') readCalicoNodeEnv(container, [...containersPath, c], at, facts);
  });
}

/** `--detect-local-mode=InterfaceNamePrefix` with `--pod-interface-name-prefix=cali` (kube-proxy flags). */
function readKubeProxyFlags(container: PlainObject, facts: ClusterFacts): void {
  const flags = [...listOf(container.command), ...listOf(container.args)].filter((argument): argument is string => typeof argument === 'string');
  const value = (flag: string): string | undefined => flags.findLast((argument) => argument.startsWith(`${flag}=`))?.slice(flag.length + 1);
  const prefix = value('--pod-interface-name-prefix');
  if (value('--detect-local-mode') === 'InterfaceNamePrefix' && prefix !== undefined) markLocalByInterface(facts, prefix);
}

/** calico-node's startup reads these only to create the first pool of a family (node/pkg/lifecycle/startup). */
function readCalicoNodeEnv(container: PlainObject, containerPath: Path, at: At, facts: ClusterFacts): void {
  const env = listOf(container.env);
  const valueOf = (name: string): { value: string; index: number } | undefined => {
    const index = env.findIndex((entry) => isPlainObject(entry) && entry.name === name && typeof entry.value === 'string');
    return index === -1 ? undefined : { value: (env[index] as PlainObject).value as string, index };
  };
  for (const family of [4, 6] as const) {
    const variable = `CALICO_IPV${family}POOL_CIDR`;
    const found = valueOf(variable);
    if (found === undefined) continue;
    const parsed = parseCidr(found.value);
    const blockSizeText = valueOf(`CALICO_IPV${family}POOL_BLOCK_SIZE`)?.value;
    facts.envPools.push({
      family,
      variable,
      text: found.value,
      cidr: parsed.ok ? parsed.cidr : undefined,
      blockSize: blockSizeText !== undefined && /^\d+$/.test(blockSizeText) ? Number(blockSizeText) : undefined,
      location: at([...containerPath, 'env', found.index, 'value']),
    });
  }
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `a,b` → entries with their offset in the whole string (`base` is where the list starts in it). */
function splitList(text: string, base = 0): Array<{ text: string; start: number }> {
  const entries: Array<{ text: string; start: number }> = [];
  let offset = 0;
  for (const part of text.split(',')) {
    const lead = part.length - part.trimStart().length;
    if (part.trim() !== '') entries.push({ text: part.trim(), start: base + offset + lead });
    offset += part.length + 1;
  }
  return entries;
}

function pushText(facts: ClusterFacts, text: unknown, role: RangeRole, source: string, at: At, path: Path, kubeadmPodSubnet = false): void {
  if (typeof text !== 'string') return;
  const range = parseRange(text);
  if (range) facts.ranges.push({ range, role, source, location: at(path), ...(kubeadmPodSubnet ? { kubeadmPodSubnet } : {}) });
}

/** Dual-stack flags and fields are comma-separated (`10.244.0.0/16,fd00:10:244::/56`). */
function pushCommaList(facts: ClusterFacts, value: unknown, role: RangeRole, source: string, at: At, path: Path, kubeadmPodSubnet = false): void {
  if (typeof value !== 'string') return;
  const entries = splitList(value);
  for (const { text, start } of entries) {
    const range = parseRange(text);
    if (!range) continue;
    const location = entries.length === 1 && start === 0 && text === value ? at(path) : at(path, { text: value, start, end: start + text.length });
    facts.ranges.push({ range, role, source, location, ...(kubeadmPodSubnet ? { kubeadmPodSubnet } : {}) });
  }
}

/** A CIDR, a bare address, or MetalLB's `first-last` range (spaces allowed around the dash). */
export function parseRange(text: string): AddressRange | undefined {
  const dash = text.indexOf('-');
  if (dash === -1 || text.includes('/')) {
    const parsed = parseCidr(text.trim());
    if (!parsed.ok) return undefined;
    const { family, first, last, canonical } = parsed.cidr;
    return { family, first, last, text: canonical };
  }
  const from = parseCidr(text.slice(0, dash).trim());
  const to = parseCidr(text.slice(dash + 1).trim());
  if (!from.ok || !to.ok || from.cidr.family !== to.cidr.family || from.cidr.first > to.cidr.first) return undefined;
  const family = from.cidr.family;
  return { family, first: from.cidr.first, last: to.cidr.first, text: `${formatAddress(from.cidr.first, family)}-${formatAddress(to.cidr.first, family)}` };
}

export function rangesOverlap(a: { family: number; first: bigint; last: bigint }, b: { family: number; first: bigint; last: bigint }): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

export function rangeContains(outer: { family: number; first: bigint; last: bigint }, inner: { family: number; first: bigint; last: bigint }): boolean {
  return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}

/** Human names of roles, for messages and the map. */
export const ROLE_NAMES: Readonly<Record<RangeRole, string>> = {
  pods: 'pod CIDR',
  services: 'Service range',
  nodes: 'node network',
  'load-balancer': 'load-balancer range',
  'bgp-service-cluster-ips': 'BGP-advertised Service cluster IP range',
  'bgp-service-external-ips': 'BGP-advertised Service external IP range',
  'bgp-service-load-balancer-ips': 'BGP-advertised Service load-balancer IP range',
  reservation: 'IP reservation',
};
