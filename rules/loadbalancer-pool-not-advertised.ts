import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts, rangeContains, CLUSTER_FACT_READS } from '../src/facts/cluster-facts.js';
import { cidrLocation, distinctPools, FACT_TEXT, isLoadBalancerPool, poolLabel } from '../src/facts/pools.js';

/**
 * Calico advertises LoadBalancer addresses over BGP only for the ranges in
 * BGPConfiguration `serviceLoadBalancerIPs` (docs: networking/ipam/service-
 * loadbalancer; "Advertise Kubernetes service IP addresses"). A LoadBalancer
 * pool outside them hands out addresses no router learns.
 */
export const loadbalancerPoolNotAdvertised: ProjectRule = {
  meta: {
    id: 'loadbalancer-pool-not-advertised',
    description: 'A LoadBalancer pool must lie inside a BGPConfiguration `serviceLoadBalancerIPs` range, or its addresses are never advertised.',
    remediation: 'Add the pool\'s CIDR to `spec.serviceLoadBalancerIPs` of the BGPConfiguration named default.',
    docsUrl: docsUrl('loadbalancer-pool-not-advertised'),
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
    reads: CLUSTER_FACT_READS,
  },
  check(project, context) {
    const bgp = project.resources.find((resource) => resource.kind === 'BGPConfiguration' && resource.name === 'default');
    if (bgp === undefined) return; // BGP is configured elsewhere, or not used: nothing to compare with
    const advertised = clusterFacts(project, context.config).ranges.filter((fact) => fact.role === 'bgp-service-load-balancer-ips');
    for (const pool of distinctPools(project.pools.pools)) {
      if (!isLoadBalancerPool(pool) || advertised.some((fact) => rangeContains(fact.range, pool.cidr))) continue;
      context.report({
        ...cidrLocation(pool),
        message: `${poolLabel(pool)} is a LoadBalancer pool outside every \`serviceLoadBalancerIPs\` range of BGPConfiguration "default" ` +
          `(${advertised.length === 0 ? 'it lists none' : advertised.map((fact) => fact.range.text).join(', ')}): ` +
          'Calico never advertises its addresses, so LoadBalancer Services get IPs no router can reach. Add the CIDR to `serviceLoadBalancerIPs`.',
        related: [{ resource: bgp, path: ['spec'], message: 'BGPConfiguration "default"' }],
      });
    }
  },
};
