import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts } from '../src/facts/cluster-facts.js';
import { FACT_TEXT, isDisabled, poolLabel } from '../src/facts/pools.js';
import { parseCidr } from '../src/net/cidr.js';
import { quote } from '../src/text.js';

/**
 * The CNI config's `ipam.ipv4_pools` / `ipv6_pools` (calico-config ConfigMap)
 * restrict every pod without an annotation to these pools. A name or CIDR that
 * resolves to no enabled pool fails pod networking: "the given pool (<cidr>)
 * does not exist, or is not enabled" (libcalico-go/lib/ipam/ipam.go,
 * determinePools).
 */
export const cniConfigPools: ProjectRule = {
  meta: {
    id: 'cni-config-pools',
    description: 'Pools named in the CNI config (`ipam.ipv4_pools` / `ipv6_pools` in calico-config) must exist and be enabled.',
    remediation: 'Name an existing, enabled pool of the right family, by name or exact CIDR.',
    docsUrl: docsUrl('cni-config-pools'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
  },
  check(project, context) {
    for (const reference of clusterFacts(project, context.config).cniPoolReferences) {
      const sameFamily = project.pools.pools.filter((pool) => pool.cidr?.family === reference.family);
      if (sameFamily.length === 0) continue; // no pool of this family in the repository: nothing to resolve against
      const parsed = parseCidr(reference.entry);
      const found = parsed.ok ? project.pools.byCidr(parsed.cidr) : project.pools.byName(reference.entry);
      const key = `ipv${reference.family}_pools`;
      if (found.length === 0) {
        context.report({
          ...reference.location,
          message: `CNI config \`${key}\` names ${quote(reference.entry)}, which is no IPv${reference.family} pool of this cluster ` +
            `(pools: ${sameFamily.slice(0, 5).map(poolLabel).join(', ')}): Calico fails every pod on the node ` +
            '("the given pool does not exist, or is not enabled"). Name an existing pool, by name or exact CIDR.',
        });
      } else if (found.every(isDisabled)) {
        context.report({
          ...reference.location,
          message: `CNI config \`${key}\` names ${poolLabel(found[0]!)}, which is disabled: Calico fails every pod that has no pool annotation ` +
            '("the given pool does not exist, or is not enabled"). Name an enabled pool.',
        });
      }
    }
  },
};
