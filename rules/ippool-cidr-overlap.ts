import { docsUrl, type ProjectRule, type ProjectScope, type Report, type RuleContext } from '../src/engine/rule.js';
import { overlaps, parseCidr, type Cidr } from '../src/net/cidr.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import { quote } from '../src/text.js';

type PoolWithCidr = IndexedPool & { cidr: Cidr };

/**
 * Two pools of one cluster that share addresses hand out the same addresses
 * twice. calicoctl and the API server refuse the second pool; applied with
 * kubectl to crd.projectcalico.org/v1 (up to v3.31) they silently coexist.
 * Pools must also stay clear of reserved ranges (Service CIDR, node subnets),
 * and infra pools of the routable intranet.
 */
export const ippoolCidrOverlap: ProjectRule = {
  meta: {
    id: 'ippool-cidr-overlap',
    description:
      'Pools of one cluster must not overlap each other (IPv4 and IPv6) or `reservedCidrs`; infra pools must not overlap `intranetCidrs`.',
    remediation: 'Give each pool a range of its own, outside the reserved ranges (and, for infra pools, outside the intranet).',
    docsUrl: docsUrl('ippool-cidr-overlap'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: /IPPool|Installation|calicoNetwork/,
  },
  check(project, context) {
    const pools = distinctPools(project.pools.pools);
    const reported = new Map<PoolWithCidr, Set<PoolWithCidr>>();
    for (const alternative of alternatives(pools)) reportPoolOverlaps(alternative, project, context, reported);
    const reserved = parseRanges(context.config.reservedCidrs);
    const intranet = parseRanges(context.config.intranetCidrs);
    for (const pool of pools) {
      for (const range of reserved) {
        if (overlaps(pool.cidr, range)) {
          report(context, pool, `overlaps reserved range ${range.canonical} (\`reservedCidrs\`)`, 'Move the pool out of it.');
        }
      }
      if (!pool.infra) continue;
      for (const range of intranet) {
        if (overlaps(pool.cidr, range)) {
          report(
            context,
            pool,
            `is an infra pool inside intranet range ${range.canonical} (\`intranetCidrs\`)`,
            'Infra pools take non-routable addresses (e.g. 100.64.0.0/10) so they never collide with routable ones: move it out.',
          );
        }
      }
    }
  },
};

/**
 * Pools with a valid CIDR, one per name: the same name twice is one object
 * defined twice (ippool-duplicate-name reports it), not two pools.
 */
function distinctPools(pools: readonly IndexedPool[]): PoolWithCidr[] {
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

/**
 * The pool sets that can exist together: every IPPool with the pools of one
 * Installation at a time. Two Installations (or tigera-operator values files)
 * are alternatives, not two sets of pools: the operator reconciles only the one
 * named `default` (tigera/operator pkg/controller/utils/utils.go
 * `DefaultInstanceKey`), as in Cluster API providers' addons, one values file
 * per cluster flavour. See ippool-duplicate-name.
 */
function alternatives(pools: PoolWithCidr[]): PoolWithCidr[][] {
  const installations = [...new Set(pools.filter((pool) => pool.definition.origin === 'Installation').map((pool) => pool.definition.resource))];
  if (installations.length <= 1) return [pools];
  return installations.map((installation) =>
    pools.filter((pool) => pool.definition.origin !== 'Installation' || pool.definition.resource === installation));
}

/**
 * Sweep in address order, remembering the earlier pool that reaches furthest:
 * a pool overlaps some earlier pool exactly when it starts before that one
 * ends. O(n log n) for the sort, one finding per overlapping pool.
 */
function reportPoolOverlaps(pools: PoolWithCidr[], project: ProjectScope, context: RuleContext, reported: Map<PoolWithCidr, Set<PoolWithCidr>>): void {
  const order = new Map(pools.map((pool, i) => [pool, i]));
  const sorted = [...pools].sort(
    (a, b) => a.cidr.family - b.cidr.family || compare(a.cidr.first, b.cidr.first) || order.get(a)! - order.get(b)!,
  );
  let furthest: PoolWithCidr | undefined;
  for (const pool of sorted) {
    if (furthest && furthest.cidr.family === pool.cidr.family && pool.cidr.first <= furthest.cidr.last) {
      // Report on whichever of the two comes later in the files, pointing back at the other; with --base,
      // the engine moves it to the side the change touched (the other side is told as well).
      const [earlier, later] = order.get(furthest)! < order.get(pool)! ? [furthest, pool] : [pool, furthest];
      // The same pair found again in another alternative: reported once.
      const against = reported.get(later) ?? new Set<PoolWithCidr>();
      if (against.has(earlier)) continue;
      reported.set(later, against.add(earlier));
      const cluster = context.config.clusters.length > 0 ? ` in cluster ${quote(project.name)}` : '';
      const overlap = (one: PoolWithCidr, other: PoolWithCidr) => overlapReport(context, one, other, cluster);
      context.report({ ...overlap(later, earlier), otherSide: overlap(earlier, later) });
    }
    if (!furthest || furthest.cidr.family !== pool.cidr.family || pool.cidr.last > furthest.cidr.last) furthest = pool;
  }
}

function overlapReport(context: RuleContext, pool: PoolWithCidr, other: PoolWithCidr, cluster: string): Report {
  return {
    resource: pool.definition.resource,
    path: cidrPath(pool),
    message: `${label(pool)} overlaps ${label(other)} at ${context.where({ resource: other.definition.resource, path: cidrPath(other) })}${cluster}. ` +
      'Both would hand out the same addresses; give each pool its own range.',
    related: [{ resource: other.definition.resource, path: cidrPath(other), message: `${label(other)} is defined here` }],
  };
}

function report(context: RuleContext, pool: PoolWithCidr, problem: string, fix: string, other?: PoolWithCidr): void {
  context.report({
    resource: pool.definition.resource,
    path: cidrPath(pool),
    message: `${label(pool)} ${problem}. ${fix}`,
    ...(other && {
      related: [{ resource: other.definition.resource, path: cidrPath(other), message: `${label(other)} is defined here` }],
    }),
  });
}

function label(pool: PoolWithCidr): string {
  const kind = pool.definition.origin === 'IPPool' ? 'IPPool' : 'Installation pool';
  return `${kind} ${quote(pool.name ?? '(unnamed)')} (${pool.cidr.canonical})`;
}

function cidrPath(pool: IndexedPool): readonly (string | number)[] {
  return [...pool.definition.specPath, 'cidr'];
}

function parseRanges(texts: readonly string[]): Cidr[] {
  return texts.flatMap((text) => {
    const parsed = parseCidr(text);
    return parsed.ok ? [parsed.cidr] : [];
  });
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
