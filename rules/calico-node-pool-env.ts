import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts, CLUSTER_FACT_READS } from '../src/facts/cluster-facts.js';
import { distinctPools, FACT_TEXT, poolLabel } from '../src/facts/pools.js';

/**
 * calico-node reads CALICO_IPV4POOL_CIDR / CALICO_IPV6POOL_CIDR only at
 * startup, and only to create default-ipv4-ippool / default-ipv6-ippool when
 * no pool of that family exists (node/pkg/lifecycle/startup/startup.go,
 * configureIPPools). Once pools exist, editing it changes nothing, which users
 * expect it to do.
 */
export const calicoNodePoolEnv: ProjectRule = {
  meta: {
    id: 'calico-node-pool-env',
    description: 'calico-node\'s CALICO_IPV4POOL_CIDR / CALICO_IPV6POOL_CIDR must match a pool of the cluster when pools are defined.',
    remediation: 'Change the pools themselves (IPPool or Installation); set the variable to an existing pool\'s CIDR, or remove it.',
    docsUrl: docsUrl('calico-node-pool-env'),
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
    reads: CLUSTER_FACT_READS,
  },
  check(project, context) {
    const pools = distinctPools(project.pools.pools);
    for (const env of clusterFacts(project, context.config).envPools) {
      // A CIDR of the other family is refused at startup: calico-node-env-valid reports it.
      if (env.cidr === undefined || env.cidr.family !== env.family) continue;
      const sameFamily = pools.filter((pool) => pool.cidr.family === env.family);
      if (sameFamily.length === 0 || sameFamily.some((pool) => pool.cidr.canonical === env.cidr!.canonical)) continue;
      const shown = sameFamily.slice(0, 3).map(poolLabel).join(', ') + (sameFamily.length > 3 ? `, and ${sameFamily.length - 3} more` : '');
      context.report({
        ...env.location,
        message: `${env.variable} ${env.cidr.canonical} matches no IPv${env.family} pool of this cluster (${shown}): calico-node reads it only to ` +
          `create default-ipv${env.family}-ippool when no IPv${env.family} pool exists, so editing it changes nothing. Change the pools themselves, ` +
          'and set the variable to an existing pool\'s CIDR or remove it.',
      });
    }
  },
};
