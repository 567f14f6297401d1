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
    for (const pool of this.pools) {
      if (pool.name !== undefined) push(this.names, pool.name, pool);
      if (pool.cidr) push(this.cidrs, pool.cidr.canonical, pool);
    }
  }

  /** Pools with this metadata.name (or Installation pool name). */
  byName(name: string): readonly IndexedPool[] {
    return this.names.get(name) ?? [];
  }

  /** Pools whose CIDR is exactly this one (compared in canonical form). */
  byCidr(cidr: Cidr): readonly IndexedPool[] {
    return this.cidrs.get(cidr.canonical) ?? [];
  }

  /** Pools whose CIDR contains the address (a /32 or /128 Cidr). */
  containing(address: Cidr): IndexedPool[] {
    return this.pools.filter(
      (pool) => pool.cidr && pool.cidr.family === address.family && pool.cidr.first <= address.first && address.last <= pool.cidr.last,
    );
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
