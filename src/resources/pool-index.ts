/**
 * The pools of one cluster scope, indexed for the lookups rules need: by name,
 * by exact CIDR, and by an address they contain. Built once per scope.
 */
import type { LintConfig } from '../config/schema.js';
import { parseCidr, type Cidr } from '../net/cidr.js';
import type { PoolDefinition, Resource } from './resource.js';

export type InfraPoolConfig = LintConfig['infraPools'][number];

export interface IndexedPool {
  readonly definition: PoolDefinition;
  readonly name: string | undefined;
  /** The parsed CIDR, when `cidr` is a valid one (host bits are masked off). */
  readonly cidr: Cidr | undefined;
  /** The configuration entry when this pool is listed in `infraPools`. */
  readonly infra: InfraPoolConfig | undefined;
}

export class PoolIndex {
  readonly pools: readonly IndexedPool[];
  private readonly names = new Map<string, IndexedPool[]>();
  private readonly cidrs = new Map<string, IndexedPool[]>();
  /** Pools by family, prefix length and first address, for `containing`. */
  private readonly networks = new Map<string, IndexedPool[]>();
  private readonly prefixLengths: Record<4 | 6, Set<number>> = { 4: new Set(), 6: new Set() };
  private readonly order = new Map<IndexedPool, number>();

  constructor(resources: readonly Resource[], config: Pick<LintConfig, 'infraPools'>) {
    const infraByName = new Map(config.infraPools.map((pool) => [pool.name, pool]));
    this.pools = resources.flatMap((resource) =>
      resource.pools.map((definition) => {
        const parsed = typeof definition.spec.cidr === 'string' ? parseCidr(definition.spec.cidr) : undefined;
        return {
          definition,
          name: definition.name,
          cidr: parsed?.ok ? parsed.cidr : undefined,
          infra: definition.name === undefined ? undefined : infraByName.get(definition.name),
        };
      }),
    );
    this.pools.forEach((pool, index) => {
      this.order.set(pool, index);
      if (pool.name !== undefined) push(this.names, pool.name, pool);
      if (pool.cidr) {
        push(this.cidrs, pool.cidr.canonical, pool);
        push(this.networks, networkKey(pool.cidr.family, pool.cidr.prefixLength, pool.cidr.first), pool);
        this.prefixLengths[pool.cidr.family].add(pool.cidr.prefixLength);
      }
    });
  }

  /** Pools with this metadata.name (or Installation pool name). */
  byName(name: string): readonly IndexedPool[] {
    return this.names.get(name) ?? [];
  }

  /** Pools whose CIDR is exactly this one (compared in canonical form). */
  byCidr(cidr: Cidr): readonly IndexedPool[] {
    return this.cidrs.get(cidr.canonical) ?? [];
  }

  /**
   * Pools whose CIDR contains the address (a /32 or /128 Cidr) or the whole
   * range, in file order. A lookup per prefix length in use, not a scan: a
   * `kubectl get -A -o yaml` dump can hold thousands of pools and pods.
   */
  containing(address: Cidr): IndexedPool[] {
    const bits = address.family === 4 ? 32 : 128;
    const found: IndexedPool[] = [];
    for (const prefixLength of this.prefixLengths[address.family]) {
      if (prefixLength > address.prefixLength) continue;
      const hostBits = BigInt(bits - prefixLength);
      const first = (address.first >> hostBits) << hostBits;
      for (const pool of this.networks.get(networkKey(address.family, prefixLength, first)) ?? []) {
        if (pool.cidr && address.last <= pool.cidr.last) found.push(pool);
      }
    }
    return found.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

function networkKey(family: 4 | 6, prefixLength: number, first: bigint): string {
  return `${family}/${prefixLength}/${first}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
