/**
 * The address space of each cluster scope as plain data, for the HTML map and
 * the Markdown summary: every pool with its blocks and who may use it, every
 * range read from the repository or the configuration, and which of them
 * conflict. Formatters draw it; nothing here formats.
 */
import path from 'node:path';
import type { LintConfig } from '../config/schema.js';
import type { Location, ProjectScope } from '../engine/rule.js';
import { parseCidr } from '../net/cidr.js';
import { sanitize } from '../text.js';
import { clusterFacts, rangesOverlap, ROLE_NAMES, type RangeRole } from './cluster-facts.js';
import { allowedUses, blockSizeOf, cidrLocation, distinctPools, isDisabled, isLoadBalancerPool, type PoolWithCidr } from './pools.js';

export type MapRole = RangeRole | 'pool' | 'reserved' | 'intranet' | 'env-pool';

export interface MapPool {
  name: string;
  origin: 'IPPool' | 'Installation';
  blockSize: number;
  /** Decimal strings: IPv6 counts exceed Number. */
  blocks: string;
  addressesPerBlock: string;
  /** Nodes that can each get a block of their own (= blocks). */
  nodesServed: string;
  /** Who draws from it: "every node", an infra pool's namespaces, LoadBalancer Services, … */
  usedBy: string;
  disabled: boolean;
}

export interface MapRange {
  /** Stable within one map: for element ids. */
  id: string;
  role: MapRole;
  /** "pod CIDR", "IPPool", … */
  roleName: string;
  label: string;
  /** CIDR or first-last. */
  text: string;
  family: 4 | 6;
  /** Decimal strings of the first and last address. */
  first: string;
  last: string;
  /** Where it is written: file:line:column relative to the working folder, or the configuration key. */
  where: string;
  /** File and line, for links; undefined for configured ranges. */
  file?: string;
  line?: number;
  /** Overlaps something it must not (a Service range, another pool, …). */
  conflict: boolean;
  pool?: MapPool;
}

export interface ClusterMap {
  name: string;
  /** Files of this cluster scope, relative to the working folder: findings in them belong to its section. */
  files: string[];
  ranges: MapRange[];
  maxNodes?: number;
}

/** Roles a pool may sit inside without conflict. */
const POOL_HOMES: ReadonlySet<MapRole> = new Set(['pods', 'reservation', 'env-pool']);

export function addressMaps(scopes: readonly ProjectScope[], config: LintConfig, cwd: string): ClusterMap[] {
  const maps: ClusterMap[] = [];
  for (const scope of scopes) {
    const map = addressMap(scope, config, cwd);
    if (map.ranges.length > 0) maps.push(map);
  }
  return maps;
}

function addressMap(scope: ProjectScope, config: LintConfig, cwd: string): ClusterMap {
  const facts = clusterFacts(scope, config);
  const ranges: MapRange[] = [];
  const relative = (filePath: string): string =>
    sanitize(path.isAbsolute(filePath) ? path.relative(cwd, filePath).split(path.sep).join('/') : filePath);
  const where = (location: Location | undefined, fallback: string): Pick<MapRange, 'where' | 'file' | 'line'> => {
    if (location === undefined) return { where: fallback };
    const range = location.range ?? location.resource.locate(location.path ?? [], location.part);
    const file = relative(location.resource.doc.filePath);
    return { where: `${file}:${range.line}:${range.column}`, file, line: range.line };
  };
  const infra = new Map(config.infraPools.map((pool) => [pool.name, pool]));
  for (const pool of distinctPools(scope.pools.pools)) {
    const name = pool.name ?? '(unnamed)';
    ranges.push({
      id: `r${ranges.length}`,
      role: 'pool',
      roleName: pool.definition.origin === 'IPPool' ? 'IPPool' : 'Installation pool',
      label: name,
      text: pool.cidr.canonical,
      family: pool.cidr.family,
      first: pool.cidr.first.toString(),
      last: pool.cidr.last.toString(),
      ...where(cidrLocation(pool), ''),
      conflict: false,
      pool: poolInfo(pool, infra.get(name)?.allowedNamespaces),
    });
  }
  for (const fact of facts.ranges) {
    ranges.push({
      id: `r${ranges.length}`,
      role: fact.role,
      roleName: ROLE_NAMES[fact.role],
      label: ROLE_NAMES[fact.role],
      text: fact.range.text,
      family: fact.range.family,
      first: fact.range.first.toString(),
      last: fact.range.last.toString(),
      ...where(fact.location, fact.source),
      conflict: false,
    });
  }
  for (const env of facts.envPools) {
    if (!env.cidr) continue;
    ranges.push({
      id: `r${ranges.length}`,
      role: 'env-pool',
      roleName: 'calico-node env',
      label: `${env.variable} (first pool only)`,
      text: env.cidr.canonical,
      family: env.family,
      first: env.cidr.first.toString(),
      last: env.cidr.last.toString(),
      ...where(env.location, ''),
      conflict: false,
    });
  }
  for (const [key, role, roleName] of [['reservedCidrs', 'reserved', 'reserved range'], ['intranetCidrs', 'intranet', 'intranet range']] as const) {
    for (const text of config[key]) {
      const parsed = parseCidr(text);
      if (!parsed.ok) continue;
      ranges.push({
        id: `r${ranges.length}`,
        role,
        roleName,
        label: roleName,
        text: parsed.cidr.canonical,
        family: parsed.cidr.family,
        first: parsed.cidr.first.toString(),
        last: parsed.cidr.last.toString(),
        where: `\`${key}\` in the configuration`,
        conflict: false,
      });
    }
  }
  markConflicts(ranges, infra);
  const files = [...new Set(scope.resources.map((resource) => relative(resource.doc.filePath)))];
  return { name: scope.name, files, ranges, ...(facts.maxNodes !== undefined && { maxNodes: facts.maxNodes }) };
}

/** Pools overlapping each other, or a range other than their home (pod CIDR, an LB pool's BGP range). */
function markConflicts(ranges: MapRange[], infra: ReadonlyMap<string, unknown>): void {
  const span = (range: MapRange) => ({ family: range.family, first: BigInt(range.first), last: BigInt(range.last) });
  const pools = ranges.filter((range) => range.role === 'pool');
  for (const pool of pools) {
    for (const other of ranges) {
      if (other === pool || !rangesOverlap(span(pool), span(other))) continue;
      if (POOL_HOMES.has(other.role)) continue;
      if (other.role === 'bgp-service-load-balancer-ips' && pool.pool?.usedBy.includes('LoadBalancer')) continue;
      if (other.role === 'intranet' && !infra.has(pool.label)) continue;
      pool.conflict = true;
      other.conflict = true;
    }
  }
}

function poolInfo(pool: PoolWithCidr, infraNamespaces: readonly string[] | undefined): MapPool {
  const blockSize = blockSizeOf(pool);
  const bits = pool.cidr.family === 4 ? 32 : 128;
  const valid = blockSize >= pool.cidr.prefixLength && blockSize <= bits;
  const blocks = valid ? (2n ** BigInt(blockSize - pool.cidr.prefixLength)).toString() : '0';
  return {
    name: pool.name ?? '(unnamed)',
    origin: pool.definition.origin,
    blockSize,
    blocks,
    addressesPerBlock: valid ? (2n ** BigInt(bits - blockSize)).toString() : '0',
    nodesServed: blocks,
    usedBy: usedBy(pool, infraNamespaces),
    disabled: isDisabled(pool),
  };
}

function usedBy(pool: PoolWithCidr, infraNamespaces: readonly string[] | undefined): string {
  if (isDisabled(pool)) return 'nobody (disabled)';
  if (isLoadBalancerPool(pool)) return 'LoadBalancer Services';
  const spec = pool.definition.spec;
  const parts: string[] = [];
  const selector = typeof spec.nodeSelector === 'string' ? spec.nodeSelector.trim() : '';
  const manual = spec.assignmentMode === 'Manual' || selector.replace(/\s/g, '') === '!all()';
  if (infraNamespaces !== undefined) {
    parts.push(`infra pool: by annotation from ${infraNamespaces.length > 0 ? infraNamespaces.join(', ') : 'no namespace'}`);
  }
  if (manual) {
    if (infraNamespaces === undefined) parts.push('by annotation only');
  } else {
    parts.push(selector === '' || selector === 'all()' ? 'every node' : `nodes matching ${selector}`);
    if (typeof spec.namespaceSelector === 'string' && spec.namespaceSelector.trim() !== '') parts.push(`namespaces matching ${spec.namespaceSelector}`);
  }
  const uses = allowedUses(pool).filter((use) => use !== 'Workload');
  if (!allowedUses(pool).includes('Workload')) parts.push(`${uses.join(', ')} only`);
  return parts.join('; ');
}
