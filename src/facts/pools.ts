/**
 * What the address-space rules and the map need to know about a pool, with
 * Calico's defaults applied (libcalico-go/lib/clientv3/ippool.go: blockSize
 * 26 / 122, allowedUses [Workload, Tunnel], nodeSelector all()).
 */
import type { Location, ProjectScope, RuleContext } from '../engine/rule.js';
import { getIn, type Resource } from '../resources/resource.js';
import type { Cidr } from '../net/cidr.js';
import type { IndexedPool } from '../resources/pool-index.js';
import { quote } from '../text.js';
import { rangeContains, type RangeFact } from './cluster-facts.js';

export type PoolWithCidr = IndexedPool & { cidr: Cidr };

/**
 * Text any manifest holding a cluster fact or a pool contains (see
 * RuleMeta.relevantText): the address-space rules read all of them. Plain
 * words only, so the relevance gate checks them with a fast substring scan
 * (src/engine/relevance.ts): calico-node's env and the CNI config are found
 * by the names of their DaemonSet / container and ConfigMap; Cluster API's
 * kubeadm objects and ClusterClasses tell a kubeadm cluster (cluster-facts.ts).
 */
export const FACT_TEXT =
  /IPPool|Installation|calicoNetwork|ClusterConfiguration|clusterNetwork|cluster-cidr|service-cidr|service-cluster-ip-range|clusterCIDR|IPAddressPool|BGPConfiguration|IPReservation|IPAMConfig|calico-node|calico-config|K8S_SERVICE_CIDR|podSubnet|KubeadmControlPlane|KubeadmConfig|ClusterClass/;

/** Pools with a valid CIDR, one per name (a name defined twice is ippool-duplicate-name's concern). */
export function distinctPools(pools: readonly IndexedPool[]): PoolWithCidr[] {
  const seen = new Set<string>();
  const distinct: PoolWithCidr[] = [];
  for (const pool of pools) {
    if (!pool.cidr) continue;
    if (pool.name !== undefined) {
      if (seen.has(pool.name)) continue;
      seen.add(pool.name);
    }
    distinct.push(pool as PoolWithCidr);
  }
  return distinct;
}

export function poolLabel(pool: IndexedPool): string {
  const kind = pool.definition.origin === 'IPPool' ? 'IPPool' : 'Installation pool';
  return `${kind} ${quote(pool.name ?? '(unnamed)')}${pool.cidr ? ` (${pool.cidr.canonical})` : ''}`;
}

export function cidrLocation(pool: IndexedPool): Location {
  return { resource: pool.definition.resource, path: [...pool.definition.specPath, 'cidr'] };
}

export function allowedUses(pool: IndexedPool): string[] {
  const uses = pool.definition.spec.allowedUses;
  return Array.isArray(uses) && uses.length > 0 ? uses.filter((use): use is string => typeof use === 'string') : ['Workload', 'Tunnel'];
}

export function isLoadBalancerPool(pool: IndexedPool): boolean {
  return allowedUses(pool).includes('LoadBalancer');
}

export function blockSizeOf(pool: PoolWithCidr): number {
  const written = pool.definition.spec.blockSize;
  return typeof written === 'number' && Number.isInteger(written) ? written : pool.cidr.family === 4 ? 26 : 122;
}

export function isDisabled(pool: IndexedPool): boolean {
  const spec = pool.definition.spec;
  return pool.definition.origin === 'Installation' ? spec.disableNewAllocations === true : spec.disabled === true;
}

/** "(kubeadm ClusterConfiguration `networking.serviceSubnet` at file:3:18)" */
export function factOrigin(fact: RangeFact, context: RuleContext): string {
  return fact.location ? `${fact.source} at ${context.where(fact.location)}` : fact.source;
}

/** Related location for a fact written in the repository. */
export function factRelated(fact: RangeFact, message: string): Array<Location & { message: string }> {
  return fact.location ? [{ ...fact.location, message }] : [];
}

/**
 * The operator reads the pod CIDR from kubeadm's podSubnet (the kubeadm-config ConfigMap): only that one
 * makes it refuse pools. A ClusterConfiguration's, or one Cluster API gives a kubeadm cluster.
 */
export function isKubeadm(fact: RangeFact): boolean {
  return fact.kubeadmPodSubnet === true;
}

/**
 * The pod ranges of the pool's family when the pool lies outside every one of
 * them; empty when it is inside one, or when no pod range of its family is known.
 */
export function podRangesLeftOut(pool: PoolWithCidr, podRanges: readonly RangeFact[]): RangeFact[] {
  const sameFamily = podRanges.filter((fact) => fact.range.family === pool.cidr.family);
  return sameFamily.some((fact) => rangeContains(fact.range, pool.cidr)) ? [] : sameFamily;
}

/**
 * Whether the operator compares this Installation pool with kubeadm's podSubnet (tigera/operator
 * pkg/controller/ippool/defaults.go): only while the cluster has no pools (92-121; with `--base`, pools
 * on the base branch say it has) and only with the Calico CNI (updateInstallationForKubeadm, 295-299).
 */
export function operatorChecksPodCidr(project: ProjectScope, pool: IndexedPool): boolean {
  return pool.definition.origin === 'Installation' && operatorReadsKubeadmConfig(project, pool.definition.resource);
}

/** Whether the operator reads kubeadm-config for this Installation's pools: no pools yet (with `--base`, the base branch's), the Calico CNI (defaults.go:92-121, 295-299). */
export function operatorReadsKubeadmConfig(project: ProjectScope, installation: Resource): boolean {
  if (project.base !== undefined && project.base.pools.pools.length > 0) return false;
  const cniType = getIn(installation.object, ['spec', 'cni', 'type']);
  return typeof cniType !== 'string' || cniType === 'Calico';
}
