import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { effectiveAllowedUses, MIGRATION_STEPS, poolLabel, poolsByName } from '../src/resources/pool-change.js';
import { echo } from '../src/text.js';

/**
 * A LoadBalancer pool cannot become a Workload or Tunnel pool in place.
 * libcalico-go lib/clientv3/ippool.go validateAndSetDefaults, on update: if
 * the old pool's allowedUses held LoadBalancer, any other use in the new one
 * is refused ("IPPool allowed use cannot be changed from LoadBalacer to
 * Workload or Tunnel"). Both sides are compared after defaulting: an empty
 * or missing allowedUses is [Workload, Tunnel], so deleting the field from a
 * LoadBalancer pool is such a change too. Applies to IPPools and to
 * Installation pools (the operator updates the IPPool through the same API).
 */
export const ippoolAllowedUsesChange: ProjectRule = {
  meta: {
    id: 'ippool-allowed-uses-change',
    description: 'A LoadBalancer pool must not change its `allowedUses` to Workload or Tunnel in place (compared with the base branch).',
    remediation: `Keep the LoadBalancer pool; for workloads, ${MIGRATION_STEPS}.`,
    docsUrl: docsUrl('ippool-allowed-uses-change'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: /IPPool|Installation/,
    comparesBase: true,
  },
  check(project, context) {
    if (project.base === undefined) return;
    const before = poolsByName(project.base.pools.pools);
    for (const [name, pool] of poolsByName(project.pools.pools)) {
      const old = before.get(name);
      if (old === undefined || !effectiveAllowedUses(old).includes('LoadBalancer')) continue;
      const now = effectiveAllowedUses(pool);
      const added = now.filter((use) => use !== 'LoadBalancer');
      if (added.length === 0) continue;
      const written = Array.isArray(pool.definition.spec.allowedUses) && pool.definition.spec.allowedUses.length > 0;
      context.report({
        resource: pool.definition.resource,
        path: [...pool.definition.specPath, 'allowedUses'],
        message:
          `${poolLabel(pool, name)}: allowedUses changes from [${list(effectiveAllowedUses(old))}] to [${list(now)}]` +
          `${written ? '' : ' (the default when the field is empty or missing)'} ` +
          `(base branch: ${context.where({ resource: old.definition.resource, path: [...old.definition.specPath, 'allowedUses'] })}). ` +
          'Calico refuses to turn a LoadBalancer pool into a Workload or Tunnel pool ("IPPool allowed use cannot be changed from LoadBalacer to Workload or Tunnel"). ' +
          `Keep this pool for LoadBalancer addresses; for workloads, ${MIGRATION_STEPS}.`,
      });
    }
  },
};

function list(uses: readonly string[]): string {
  return uses.map((use) => echo(use, 40)).join(', ');
}
