import { docsUrl, type ProjectRule, type RuleContext } from '../src/engine/rule.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import { effectiveBlockSize, MIGRATE_POOLS_URL, poolsByName } from '../src/resources/pool-change.js';
import { quote } from '../src/text.js';

/**
 * Installation pool edits the operator does not apply. The operator keeps the
 * IPPools of `spec.calicoNetwork.ipPools` in step by CIDR and writes each under
 * the entry's name (tigera/operator pkg/controller/ippool/pool_controller.go,
 * Reconcile and ToProjectCalico):
 * - a new `cidr` or `blockSize` under the same name becomes an update of the
 *   existing IPPool, which Calico refuses ("CIDR cannot be changed",
 *   "Block size cannot be changed"): the Installation goes degraded and the
 *   cluster keeps the old pool;
 * - a new name for the same CIDR becomes a second IPPool with that CIDR,
 *   which Calico refuses as an overlap: degraded again, old pool kept.
 * Unnamed pools are named as the operator names them: after the base side's
 * pool with the same CIDR (defaults.go 169-174, 225-229; PoolIndex.namedAfter),
 * else default-ipv4-ippool / default-ipv6-ippool or from the CIDR, so writing
 * out the name a pool has changes nothing.
 */
export const installationPoolChange: ProjectRule = {
  meta: {
    id: 'installation-pool-change',
    description: 'An Installation pool must not change its `cidr`, `blockSize` or name in place (compared with the base branch): the operator cannot apply it.',
    remediation: `Add the new pool as another entry of \`ipPools\`, migrate the workloads to it, disable the old entry, then remove it (${MIGRATE_POOLS_URL}).`,
    docsUrl: docsUrl('installation-pool-change'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: /Installation/,
    comparesBase: true,
  },
  check(project, context) {
    if (project.base === undefined) return;
    const before = poolsByName(project.base.pools.pools, 'Installation');
    const now = poolsByName(project.pools.pools, 'Installation');
    for (const [name, pool] of now) {
      const old = before.get(name);
      if (old !== undefined) {
        checkInPlace(name, old, pool, context);
        continue;
      }
      // A new name: was the same CIDR under another name that is now gone?
      const renamed = [...before].find(([oldName, candidate]) =>
        !now.has(oldName) && candidate.cidr !== undefined && candidate.cidr.canonical === pool.cidr?.canonical);
      if (renamed === undefined) continue;
      const [oldName, candidate] = renamed;
      report(context, candidate, pool, [...pool.definition.specPath, 'name'],
        `is renamed from ${quote(oldName)} to ${quote(name)} with the same cidr ${pool.cidr!.canonical}. The operator would create IPPool ${quote(name)} beside ${quote(oldName)}, which Calico refuses as an overlap`);
    }
  },
};

function checkInPlace(name: string, old: IndexedPool, pool: IndexedPool, context: RuleContext): void {
  const cidrChanged = old.cidr !== undefined && pool.cidr !== undefined
    ? old.cidr.canonical !== pool.cidr.canonical
    : old.definition.spec.cidr !== pool.definition.spec.cidr;
  if (cidrChanged) {
    report(context, old, pool, [...pool.definition.specPath, 'cidr'],
      `${quote(name)} changes cidr from ${quote(old.definition.spec.cidr)} to ${quote(pool.definition.spec.cidr)}. The operator would update IPPool ${quote(name)} in place, which Calico refuses ("CIDR cannot be changed")`);
    return;
  }
  const was = effectiveBlockSize(old);
  const size = effectiveBlockSize(pool);
  if (was !== undefined && size !== undefined && was !== size) {
    report(context, old, pool, [...pool.definition.specPath, 'blockSize'],
      `${quote(name)} changes blockSize from ${was} to ${size}. The operator would update IPPool ${quote(name)} in place, which Calico refuses ("Block size cannot be changed")`);
  }
}

function report(context: RuleContext, old: IndexedPool, pool: IndexedPool, path: readonly (string | number)[], problem: string): void {
  const wasAt = context.where({ resource: old.definition.resource, path: old.definition.specPath });
  context.report({
    resource: pool.definition.resource,
    path,
    message:
      `Installation pool ${problem}: the Installation stays degraded and the cluster keeps the old pool (base branch: ${wasAt}). ` +
      `Add the new pool as another entry of \`ipPools\`, migrate the workloads to it, disable the old entry (disableNewAllocations: true), then remove it (${MIGRATE_POOLS_URL}).`,
  });
}
