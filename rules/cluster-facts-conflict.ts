import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts, rangesOverlap, ROLE_NAMES, CLUSTER_FACT_READS } from '../src/facts/cluster-facts.js';
import { FACT_TEXT } from '../src/facts/pools.js';

const CONFIG_KEYS = { pods: 'podCidrs', services: 'serviceCidrs', nodes: 'nodeCidrs' } as const;

/**
 * The configuration states facts the repository may not hold (`podCidrs`,
 * `serviceCidrs`, `nodeCidrs`). When the repository holds the same kind of fact
 * and the two do not even overlap, one of them is wrong, and every check built
 * on it is too.
 */
export const clusterFactsConflict: ProjectRule = {
  meta: {
    id: 'cluster-facts-conflict',
    description: 'A range read from the repository must agree with the configuration\'s `podCidrs`, `serviceCidrs` or `nodeCidrs`.',
    remediation: 'Correct whichever is wrong: the configuration key, or the manifest the cluster is built from.',
    docsUrl: docsUrl('cluster-facts-conflict'),
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
    reads: CLUSTER_FACT_READS,
  },
  check(project, context) {
    const ranges = clusterFacts(project, context.config).ranges;
    for (const role of ['pods', 'services', 'nodes'] as const) {
      const configured = ranges.filter((fact) => fact.role === role && fact.location === undefined);
      for (const fact of ranges) {
        if (fact.role !== role || fact.location === undefined) continue;
        const sameFamily = configured.filter((entry) => entry.range.family === fact.range.family);
        if (sameFamily.length === 0 || sameFamily.some((entry) => rangesOverlap(entry.range, fact.range))) continue;
        context.report({
          ...fact.location,
          message: `${fact.source} says the ${ROLE_NAMES[role]} is ${fact.range.text}, but \`${CONFIG_KEYS[role]}\` in the configuration says ` +
            `${sameFamily.map((entry) => entry.range.text).join(', ')}: the address-space checks use both. Correct whichever is wrong.`,
        });
      }
    }
  },
};
