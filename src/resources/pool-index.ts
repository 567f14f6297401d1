/**
 * The pools of one cluster scope, indexed for the lookups rules need: by name,
 * by exact CIDR, and by an address they contain. Built once per scope.
 */
import { calicoAtLeast } from '../config/calico-version.js';
import type { LintConfig } from '../config/schema.js';
import type { Cidr } from '../net/cidr.js';
import { parseCalicoCidr as parseCidr } from '../net/calico-cidr.js';
import type { PoolDefinition, Resource } from './resource.js';

export type InfraPoolConfig = LintConfig['infraPools'][number];

export interface IndexedPool {
  readonly definition: PoolDefinition;
  /** The pool's name: as written, or for an unnamed Installation pool the one the operator gives it. */
  readonly name: string | undefined;
  /** True when `name` is the operator's generated name (the Installation pool has none). */
  readonly generatedName: boolean;
  /** The parsed CIDR, when `cidr` is a valid one (host bits are masked off). */
  readonly cidr: Cidr | undefined;
  /** The configuration entry when this pool is listed in `infraPools`. */
  readonly infra: InfraPoolConfig | undefined;
}

type ParsedPool = { definition: PoolDefinition; cidr: Cidr | undefined };
type IndexConfig = Pick<LintConfig, 'infraPools' | 'calicoVersion'>;

export class PoolIndex {
  readonly pools: readonly IndexedPool[];
  private readonly parsedPools: readonly ParsedPool[];
  private readonly config: IndexConfig;
  /** The lookups are built on first use: most runs need only some of them. */
  private namesIndex?: Map<string, IndexedPool[]>;
  private cidrsIndex?: Map<string, IndexedPool[]>;
  private networksIndex?: { networks: Map<string, IndexedPool[]>; prefixLengths: Record<4 | 6, Set<number>>; order: Map<IndexedPool, number> };

  /**
   * `live`: the pools already in the cluster when the operator names this
   * side's unnamed Installation pools (with `--base`, the base side's pools).
   * Without it, the IPPools of this side stand for them.
   */
  constructor(resources: readonly Resource[], config: IndexConfig, live?: PoolIndex, parsed?: readonly ParsedPool[]) {
    const infraByName = new Map(config.infraPools.map((pool) => [pool.name, pool]));
    const parsedPools: ParsedPool[] = parsed === undefined ? [] : [...parsed];
    for (const resource of resources) {
      for (const definition of resource.pools) {
        const result = typeof definition.spec.cidr === 'string' ? parseCidr(definition.spec.cidr) : undefined;
        parsedPools.push({ definition, cidr: result?.ok ? result.cidr : undefined });
      }
    }
    this.parsedPools = parsedPools;
    this.config = config;
    const generated = operatorPoolNames(parsedPools, config.calicoVersion, live);
    this.pools = parsedPools.map(({ definition, cidr }) => {
      const written = definition.origin === 'Installation' && definition.name === '' ? undefined : definition.name;
      const name = written ?? generated.get(definition);
      return {
        definition,
        name,
        generatedName: written === undefined && name !== undefined,
        cidr,
        infra: name === undefined ? undefined : infraByName.get(name),
      };
    });
  }

  /**
   * This side's pools named as the operator names them when `live` holds the
   * cluster's pools (the base side's, under `--base`). The CIDRs are not parsed again.
   */
  namedAfter(live: PoolIndex): PoolIndex {
    if (!this.parsedPools.some(({ definition }) => isUnnamedInstallationPool(definition))) return this;
    return new PoolIndex([], this.config, live, this.parsedPools);
  }

  /** Pools with this metadata.name (or Installation pool name). */
  byName(name: string): readonly IndexedPool[] {
    this.namesIndex ??= groupBy(this.pools, (pool) => pool.name);
    return this.namesIndex.get(name) ?? [];
  }

  /** Pools whose CIDR is exactly this one (compared in canonical form). */
  byCidr(cidr: Cidr): readonly IndexedPool[] {
    this.cidrsIndex ??= groupBy(this.pools, (pool) => pool.cidr?.canonical);
    return this.cidrsIndex.get(cidr.canonical) ?? [];
  }

  /**
   * Pools whose CIDR contains the address (a /32 or /128 Cidr) or the whole
   * range, in file order. A lookup per prefix length in use, not a scan: a
   * `kubectl get -A -o yaml` dump can hold thousands of pools and pods.
   */
  containing(address: Cidr): IndexedPool[] {
    const { networks, prefixLengths, order } = (this.networksIndex ??= this.buildNetworks());
    const bits = address.family === 4 ? 32 : 128;
    const found: IndexedPool[] = [];
    for (const prefixLength of prefixLengths[address.family]) {
      if (prefixLength > address.prefixLength) continue;
      const hostBits = BigInt(bits - prefixLength);
      const first = (address.first >> hostBits) << hostBits;
      for (const pool of networks.get(networkKey(address.family, prefixLength, first)) ?? []) {
        if (pool.cidr && address.last <= pool.cidr.last) found.push(pool);
      }
    }
    return found.sort((a, b) => order.get(a)! - order.get(b)!);
  }

  private buildNetworks(): NonNullable<PoolIndex['networksIndex']> {
    const networks = new Map<string, IndexedPool[]>();
    const prefixLengths: Record<4 | 6, Set<number>> = { 4: new Set(), 6: new Set() };
    const order = new Map<IndexedPool, number>();
    this.pools.forEach((pool, index) => {
      order.set(pool, index);
      if (!pool.cidr) return;
      push(networks, networkKey(pool.cidr.family, pool.cidr.prefixLength, pool.cidr.first), pool);
      prefixLengths[pool.cidr.family].add(pool.cidr.prefixLength);
    });
    return { networks, prefixLengths, order };
  }
}

/**
 * The names the Tigera operator gives Installation pools written without one
 * (tigera/operator pkg/controller/ippool/defaults.go `fillDefaults`, lines
 * 169-174 and 225-252 on master): the name of the pool already in the cluster
 * with the same CIDR (the operator takes that pool over); else
 * `default-ipv4-ippool` / `default-ipv6-ippool` when the Installation has one
 * pool, or one of each family; else one made from the CIDR (`cidrToName`:
 * `10.0.0.0-16`, `fd00.0000.….0000-48`). The pools in the cluster are `live`
 * (the base side's pools, with their names as the operator gave them there)
 * and this side's IPPools, `live` first.
 */
function operatorPoolNames(pools: readonly ParsedPool[], calicoVersion: string, live: PoolIndex | undefined): Map<PoolDefinition, string> {
  const names = new Map<PoolDefinition, string>();
  if (!pools.some(({ definition }) => isUnnamedInstallationPool(definition))) return names;
  const inCluster = live === undefined ? new Map<string, string>() : livePoolLookup(live.pools, calicoVersion);
  const ippools = livePoolLookup(pools.filter(({ definition }) => definition.origin === 'IPPool').map(({ definition, cidr }) => ({ definition, cidr, name: definition.name })), calicoVersion);
  for (const [key, name] of ippools) if (!inCluster.has(key)) inCluster.set(key, name);
  const byInstallation = new Map<Resource, ParsedPool[]>();
  for (const pool of pools) {
    if (pool.definition.origin !== 'Installation') continue;
    const list = byInstallation.get(pool.definition.resource);
    if (list) list.push(pool);
    else byInstallation.set(pool.definition.resource, [pool]);
  }
  for (const list of byInstallation.values()) {
    const families = list.map((pool) => pool.cidr?.family);
    const dualStack = list.length === 2 && families.includes(4) && families.includes(6);
    for (const { definition, cidr } of list) {
      if (!isUnnamedInstallationPool(definition) || !cidr) continue;
      const existing = inCluster.get(operatorCidrKey(definition.spec.cidr, cidr, calicoVersion));
      if (existing !== undefined) names.set(definition, existing);
      else if (list.length === 1 || dualStack) names.set(definition, cidr.family === 6 ? 'default-ipv6-ippool' : 'default-ipv4-ippool');
      else names.set(definition, cidrToName(cidr));
    }
  }
  return names;
}

function isUnnamedInstallationPool(definition: PoolDefinition): boolean {
  return definition.origin === 'Installation' && (definition.name === undefined || definition.name === '');
}

/**
 * defaults.go 169-174: the operator maps each pool in the cluster from its
 * CIDR to its name, in the order the API lists them (by name), so of two pools
 * with one CIDR the later name wins.
 */
function livePoolLookup(pools: ReadonlyArray<{ definition: PoolDefinition; cidr: Cidr | undefined; name: string | undefined }>, calicoVersion: string): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const { definition, cidr, name } of pools) {
    if (name === undefined || name === '' || cidr === undefined) continue;
    const key = operatorCidrKey(definition.spec.cidr, cidr, calicoVersion);
    const known = lookup.get(key);
    if (known === undefined || known < name) lookup.set(key, name);
  }
  return lookup;
}

/**
 * How the operator compares an Installation pool's CIDR with a live pool's:
 * as text up to Calico v3.32 (operator v1.43, defaults.go 157 and 211:
 * `currentPoolLookup[cur.Spec.CIDR]`), in canonical form from v3.33
 * (operator v1.44, `normalizeCIDR`: `fd00:0::/48` and `fd00::/48` are one).
 */
function operatorCidrKey(written: unknown, cidr: Cidr, calicoVersion: string): string {
  return calicoAtLeast(calicoVersion, '3.33') ? cidr.canonical : `text:${String(written)}`;
}

/** defaults.go `cidrToName`: the expanded network address, ':' → '.', then `-<prefix length>`. */
function cidrToName(cidr: Cidr): string {
  const address = cidr.canonical.slice(0, cidr.canonical.indexOf('/'));
  if (cidr.family === 4) return `${address}-${cidr.prefixLength}`;
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((cidr.first >> BigInt(i * 16)) & 0xffffn).toString(16).padStart(4, '0'));
  return `${groups.join('.')}-${cidr.prefixLength}`;
}

function groupBy(pools: readonly IndexedPool[], keyOf: (pool: IndexedPool) => string | undefined): Map<string, IndexedPool[]> {
  const map = new Map<string, IndexedPool[]>();
  for (const pool of pools) {
    const key = keyOf(pool);
    if (key !== undefined) push(map, key, pool);
  }
  return map;
}

function networkKey(family: 4 | 6, prefixLength: number, first: bigint): string {
  return `${family}/${prefixLength}/${first}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
