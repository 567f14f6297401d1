import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts, rangesOverlap, ROLE_NAMES, type RangeRole, CLUSTER_FACT_READS } from '../src/facts/cluster-facts.js';
import { cidrLocation, distinctPools, FACT_TEXT, factOrigin, factRelated, isDisabled, isLoadBalancerPool, poolLabel, type PoolWithCidr } from '../src/facts/pools.js';

/**
 * Calico checks pools only against pools ("we don't validate against those",
 * projectcalico/calico PR #1580). The ranges other systems own are read from
 * the repository (src/facts/cluster-facts.ts) or the configuration.
 */
const WHY: Partial<Record<RangeRole, (pool: PoolWithCidr) => string | undefined>> = {
  services: () =>
    'kube-proxy captures traffic to Service cluster IPs on every node, so pods given these addresses are unreachable for the Service ' +
    'traffic that matches, and the API server can hand the same address to a Service',
  nodes: () => 'pod routes for these addresses shadow the nodes\' own network: nodes and pods become unreachable to each other',
  'load-balancer': () => 'MetalLB hands out the same addresses to LoadBalancer Services: two allocators, one range',
  'bgp-service-cluster-ips': () => 'Calico advertises this range over BGP as Service cluster IPs, so routers send pod traffic to Service endpoints',
  'bgp-service-external-ips': () => 'Calico advertises this range over BGP as Service external IPs, so routers send pod traffic to Service endpoints',
  // A LoadBalancer pool belongs inside serviceLoadBalancerIPs; any other pool does not.
  'bgp-service-load-balancer-ips': (pool) =>
    isLoadBalancerPool(pool) ? undefined : 'Calico advertises this range over BGP for LoadBalancer Services, not for pods',
};

export const poolOverlapsClusterRange: ProjectRule = {
  meta: {
    id: 'pool-overlaps-cluster-range',
    description:
      'A pool must not overlap the Service range, a node network, a MetalLB range, or a BGPConfiguration range it is not meant for.',
    remediation: 'Move the pool to a range no other part of the cluster uses.',
    docsUrl: docsUrl('pool-overlaps-cluster-range'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
    reads: CLUSTER_FACT_READS,
  },
  check(project, context) {
    const facts = clusterFacts(project, context.config);
    const others = facts.ranges.filter((fact) => WHY[fact.role] !== undefined);
    if (others.length === 0) return;
    for (const pool of distinctPools(project.pools.pools)) {
      // A disabled pool gives out no address, so it has no blocks and no routes: every reason above is about
      // addresses Calico allocates. It is what Calico's docs create to keep a range free of outgoing NAT
      // ("additional IPPools that are not used for pod IP addresses, but prevent NAT to certain CIDR blocks",
      // networking/configuring/workloads-outside-cluster): over a MetalLB range or a node network, that is its point.
      if (isDisabled(pool)) continue;
      for (const fact of others) {
        if (!rangesOverlap(pool.cidr, fact.range)) continue;
        const why = WHY[fact.role]!(pool);
        if (why === undefined) continue;
        context.report({
          ...cidrLocation(pool),
          message: `${poolLabel(pool)} overlaps the ${ROLE_NAMES[fact.role]} ${fact.range.text} (${factOrigin(fact, context)}): ${why}. ` +
            'Move the pool to a range of its own.',
          related: factRelated(fact, `${ROLE_NAMES[fact.role]} ${fact.range.text}`),
        });
      }
    }
  },
};

