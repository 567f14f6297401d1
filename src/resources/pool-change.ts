/**
 * What the base-branch rules compare: a pool's effective values after
 * Calico's defaulting, its identity across the two sides, and the places of
 * the head side that request a pool by name or CIDR.
 */
import type { Path } from '../parse/source.js';
import { parseCidr, type Cidr } from '../net/cidr.js';
import { annotationSites, CALICO_ANNOTATIONS, parseStringList } from './calico-annotations.js';
import type { IndexedPool } from './pool-index.js';
import { isPlainObject, type Resource } from './resource.js';
import { quote } from '../text.js';

/** Calico's guide for moving workloads from one pool to another: what every in-place pool change should be instead. */
export const MIGRATE_POOLS_URL = 'https://docs.tigera.io/calico/latest/networking/ipam/migrate-pools';

export const MIGRATION_STEPS =
  `create a new pool, migrate the workloads to it, disable the old pool, then delete it (${MIGRATE_POOLS_URL})`;

/**
 * The name Calico gives a pool: metadata.name, or for an unnamed Installation
 * pool the one the operator gives it (PoolIndex: after the live pool with its
 * CIDR, else default-ipv4-ippool / default-ipv6-ippool or from the CIDR;
 * tigera/operator pkg/controller/ippool/defaults.go 169-174, 225-250).
 */
export function poolName(pool: IndexedPool): string | undefined {
  if (pool.name !== undefined) return pool.name;
  if (pool.definition.origin !== 'Installation' || pool.cidr === undefined) return undefined;
  return pool.cidr.family === 4 ? 'default-ipv4-ippool' : 'default-ipv6-ippool';
}

/** The pools of one side by name; a name defined twice keeps its first definition (ippool-duplicate-name reports the rest). */
export function poolsByName(pools: readonly IndexedPool[], origin?: IndexedPool['definition']['origin']): Map<string, IndexedPool> {
  const byName = new Map<string, IndexedPool>();
  for (const pool of pools) {
    if (origin !== undefined && pool.definition.origin !== origin) continue;
    const name = poolName(pool);
    if (name !== undefined && !byName.has(name)) byName.set(name, pool);
  }
  return byName;
}

/**
 * blockSize after defaulting (26 for IPv4, 122 for IPv6: libcalico-go
 * lib/clientv3/ippool.go validateAndSetDefaults; the operator defaults the
 * same). Undefined when it cannot be told (no valid CIDR, a non-number).
 */
export function effectiveBlockSize(pool: IndexedPool): number | undefined {
  const written = pool.definition.spec.blockSize;
  if (typeof written === 'number' && written !== 0) return written;
  if (written !== undefined && written !== null && written !== 0) return undefined;
  if (pool.cidr === undefined) return undefined;
  return pool.cidr.family === 4 ? 26 : 122;
}

/** allowedUses after defaulting: empty or missing is [Workload, Tunnel] (clientv3 ippool.go). */
export function effectiveAllowedUses(pool: IndexedPool): string[] {
  const written = pool.definition.spec.allowedUses;
  if (!Array.isArray(written) || written.length === 0) return ['Workload', 'Tunnel'];
  return written.map((use) => String(use));
}

/** Whether no new address comes from the pool: IPPool `disabled`, Installation `disableNewAllocations`. */
export function isDisabled(pool: IndexedPool): boolean {
  const key = pool.definition.origin === 'IPPool' ? 'disabled' : 'disableNewAllocations';
  return pool.definition.spec[key] === true;
}

export function disabledPath(pool: IndexedPool): Path {
  return [...pool.definition.specPath, pool.definition.origin === 'IPPool' ? 'disabled' : 'disableNewAllocations'];
}

/** `IPPool "legacy"` or `Installation pool "default-ipv4-ippool"`. */
export function poolLabel(pool: IndexedPool, name: string): string {
  return `${pool.definition.origin === 'IPPool' ? 'IPPool' : 'Installation pool'} ${quote(name)}`;
}

/** A place on the head side that asks for pools by name or CIDR. */
export interface PoolRequest {
  resource: Resource;
  /** Path of the value that holds the request. */
  path: Path;
  /** The names and CIDRs requested. */
  entries: string[];
  /** Who asks, for messages: `namespace "reports"`, `Deployment ci/runner`, … */
  who: string;
  /** Through what: the annotation or the CNI config key. */
  via: string;
}

/** Service annotations of Calico's LoadBalancer IPAM (kube-controllers/pkg/controllers/loadbalancer/loadbalancer_controller.go). */
const SERVICE_POOL_ANNOTATIONS = ['projectcalico.org/ipv4pools', 'projectcalico.org/ipv6pools'];

/** `"ipv4_pools": ["a", "10.0.0.0/16"]` in the CNI config's IPAM section (cni-plugin/pkg/types/types.go). */
const CNI_POOLS = /"(ipv[46]_pools)"\s*:\s*\[([^\]]*)\]/g;

/**
 * Every request for pools on the head side: `cni.projectcalico.org/ipv4pools`
 * and `ipv6pools` on Namespaces, Pods and pod templates (not on a
 * controller's own metadata, which Calico ignores), Calico's LoadBalancer
 * annotations on Services, and `ipv4_pools` / `ipv6_pools` in a CNI network
 * config held by a ConfigMap (e.g. calico-config's cni_network_config, which
 * is a template with unquoted placeholders, so it is searched, not parsed).
 */
export function poolRequests(resources: readonly Resource[]): PoolRequest[] {
  const requests: PoolRequest[] = [];
  for (const resource of resources) {
    for (const site of annotationSites(resource)) {
      if (site.kind === 'controller') continue;
      for (const key of [CALICO_ANNOTATIONS.ipv4pools, CALICO_ANNOTATIONS.ipv6pools]) {
        const parsed = parseStringList(site.annotations[key]);
        if (!parsed.ok || parsed.items.length === 0) continue;
        const who = site.kind === 'namespace' ? `namespace ${quote(resource.name ?? '')}` : `${resource.displayName}`;
        requests.push({ resource, path: [...site.path, key], entries: parsed.items, who, via: key });
      }
    }
    if (resource.kind === 'Service' && isPlainObject(resource.metadata.annotations)) {
      for (const key of SERVICE_POOL_ANNOTATIONS) {
        const parsed = parseStringList(resource.metadata.annotations[key]);
        if (!parsed.ok || parsed.items.length === 0) continue;
        requests.push({ resource, path: ['metadata', 'annotations', key], entries: parsed.items, who: resource.displayName, via: key });
      }
    }
    if (resource.kind === 'ConfigMap' && isPlainObject(resource.object.data)) {
      for (const [key, value] of Object.entries(resource.object.data)) {
        if (typeof value !== 'string') continue;
        for (const match of value.matchAll(CNI_POOLS)) {
          const entries = [...match[2]!.matchAll(/"([^"\\]*)"/g)].map((entry) => entry[1]!);
          if (entries.length === 0) continue;
          requests.push({ resource, path: ['data', key], entries, who: `the CNI config in ${resource.displayName}`, via: match[1]! });
        }
      }
    }
  }
  return requests;
}

/** Whether a request entry names this pool: by name, or by CIDR (host bits masked, as the CNI plugin does). */
export function requestsPool(entry: string, name: string, cidr: Cidr | undefined): boolean {
  if (entry === name) return true;
  if (cidr === undefined || !entry.includes('/')) return false;
  const parsed = parseCidr(entry);
  return parsed.ok && parsed.cidr.canonical === cidr.canonical;
}
