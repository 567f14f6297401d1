import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts, rangesOverlap, type RangeFact, CLUSTER_FACT_READS } from '../src/facts/cluster-facts.js';
import { distinctPools, FACT_TEXT, poolLabel, type PoolWithCidr } from '../src/facts/pools.js';

/**
 * IPReservation only keeps addresses of pools out of automatic assignment, and
 * Calico's reference documents its cost: "If a significant portion of an IP
 * pool is reserved (say more than 10%) then Calico may become significantly
 * slower when searching for free IPAM blocks" (docs: reference/resources/
 * ipreservation, Notes).
 */
export const ipreservationRange: ProjectRule = {
  meta: {
    id: 'ipreservation-range',
    description: 'An IPReservation range must lie inside a pool (otherwise it has no effect) and reserve at most a tenth of any pool.',
    remediation: 'Reserve addresses of a pool only; for large ranges shrink the pool or split it instead of reserving.',
    docsUrl: docsUrl('ipreservation-range'),
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
    reads: CLUSTER_FACT_READS,
  },
  check(project, context) {
    const reservations = clusterFacts(project, context.config).ranges.filter((fact) => fact.role === 'reservation');
    if (reservations.length === 0) return;
    const pools = distinctPools(project.pools.pools);
    if (pools.length === 0) return; // the pools are defined elsewhere
    for (const fact of reservations) {
      if (pools.some((pool) => rangesOverlap(pool.cidr, fact.range))) continue;
      context.report({
        ...fact.location!,
        message: `IPReservation range ${fact.range.text} is outside every pool of this cluster: it reserves nothing. Remove it, or correct the range.`,
      });
    }
    for (const pool of pools) {
      const inside = reservations.filter((fact) => rangesOverlap(pool.cidr, fact.range));
      const reserved = inside.reduce((sum, fact) => sum + overlapSize(pool, fact), 0n);
      const size = pool.cidr.last - pool.cidr.first + 1n;
      if (reserved * 10n <= size) continue;
      context.report({
        ...inside[0]!.location!,
        message: `IPReservations reserve ${reserved} of the ${size} addresses of ${poolLabel(pool)} (more than a tenth): Calico documents that ` +
          'IPAM then becomes significantly slower when searching for free blocks. Shrink or split the pool instead.',
      });
    }
  },
};

function overlapSize(pool: PoolWithCidr, fact: RangeFact): bigint {
  const first = pool.cidr.first > fact.range.first ? pool.cidr.first : fact.range.first;
  const last = pool.cidr.last < fact.range.last ? pool.cidr.last : fact.range.last;
  return last >= first ? last - first + 1n : 0n;
}
