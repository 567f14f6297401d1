/**
 * The pools of one cluster scope, indexed for the lookups rules need: by name,
 * by exact CIDR, and by an address they contain. Built once per scope.
 */
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

export class PoolIndex {
  readonly pools: readonly IndexedPool[];
  /** The lookups are built on first use: most runs need only some of them. */
  private namesIndex?: Map<string, IndexedPool[]>;
  private cidrsIndex?: Map<string, IndexedPool[]>;
  private networksIndex?: { networks: Map<string, IndexedPool[]>; prefixLengths: Record<4 | 6, Set<number>>; order: Map<IndexedPool, number> };

  constructor(resources: readonly Resource[], config: Pick<LintConfig, 'infraPools'>) {
    const infraByName = new Map(config.infraPools.map((pool) => [pool.name, pool]));
    const parsedPools: Array<{ definition: PoolDefinition; cidr: Cidr | undefined }> = [];
    for (const resource of resources) {
      for (const definition of resource.pools) {
        const parsed = typeof definition.spec.cidr === 'string' ? parseCidr(definition.spec.cidr) : undefined;
        parsedPools.push({ definition, cidr: parsed?.ok ? parsed.cidr : undefined });
      }
    }
    const generated = operatorPoolNames(parsedPools);
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
 * (tigera/operator pkg/controller/ippool/defaults.go `fillDefaults`): the name
 * of an existing IPPool with the same CIDR (the operator takes that pool
 * over); else `default-ipv4-ippool` / `default-ipv6-ippool` when the
 * Installation has one pool, or one of each family; else one made from the
 * CIDR (`cidrToName`: `10.0.0.0-16`, `fd00.0000.….0000-48`).
 */
function operatorPoolNames(pools: ReadonlyArray<{ definition: PoolDefinition; cidr: Cidr | undefined }>): Map<PoolDefinition, string> {
  const ippoolNames = new Map<string, string>();
  for (const { definition, cidr } of pools) {
    if (definition.origin === 'IPPool' && cidr && definition.name !== undefined && !ippoolNames.has(cidr.canonical)) {
      ippoolNames.set(cidr.canonical, definition.name);
    }
  }
  const byInstallation = new Map<Resource, Array<{ definition: PoolDefinition; cidr: Cidr | undefined }>>();
  for (const pool of pools) {
    if (pool.definition.origin !== 'Installation') continue;
    const list = byInstallation.get(pool.definition.resource);
    if (list) list.push(pool);
    else byInstallation.set(pool.definition.resource, [pool]);
  }
  const names = new Map<PoolDefinition, string>();
  for (const list of byInstallation.values()) {
    const families = list.map((pool) => pool.cidr?.family);
    const dualStack = list.length === 2 && families.includes(4) && families.includes(6);
    for (const { definition, cidr } of list) {
      if ((definition.name !== undefined && definition.name !== '') || !cidr) continue;
      const existing = ippoolNames.get(cidr.canonical);
      if (existing !== undefined) names.set(definition, existing);
      else if (list.length === 1 || dualStack) names.set(definition, cidr.family === 6 ? 'default-ipv6-ippool' : 'default-ipv4-ippool');
      else names.set(definition, cidrToName(cidr));
    }
  }
  return names;
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
