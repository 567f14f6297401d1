import { docsUrl, type ProjectRule, type RuleContext } from '../src/engine/rule.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import { effectiveBlockSize, MIGRATION_STEPS, poolLabel, poolsByName } from '../src/resources/pool-change.js';
import { quote } from '../src/text.js';

/**
 * An IPPool's `cidr` and `blockSize` cannot change in place: Calico refuses
 * the update (CEL transition rules on the CRD, api/pkg/apis/projectcalico/v3/ippool.go:
 * "CIDR cannot be changed; follow IP pool migration guide to avoid
 * corruption.", "Block size cannot be changed; …"; libcalico-go
 * lib/clientv3/ippool.go validateAndSetDefaults: "IPPool CIDR cannot be
 * modified", "IPPool BlockSize cannot be modified"). Before those checks,
 * kubectl applying the v1 CRD rewrote the pool under allocated blocks.
 * The pool is the same object when its name is, whichever file holds it.
 * Installation pools are left to installation-pool-change.
 */
export const ippoolImmutableChange: ProjectRule = {
  meta: {
    id: 'ippool-immutable-change',
    description: 'An IPPool must not change its `cidr` or `blockSize` in place (compared with the base branch).',
    remediation: `Keep the pool as it is; ${MIGRATION_STEPS}.`,
    docsUrl: docsUrl('ippool-immutable-change'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: /IPPool/,
    comparesBase: true,
  },
  check(project, context) {
    if (project.base === undefined) return;
    const before = poolsByName(project.base.pools.pools, 'IPPool');
    for (const [name, pool] of poolsByName(project.pools.pools, 'IPPool')) {
      const old = before.get(name);
      if (old === undefined) continue;
      checkCidr(old, pool, context);
      checkBlockSize(old, pool, context);
    }
  },
};

function checkCidr(old: IndexedPool, pool: IndexedPool, context: RuleContext): void {
  const was = old.definition.spec.cidr;
  const now = pool.definition.spec.cidr;
  const same = old.cidr !== undefined && pool.cidr !== undefined ? old.cidr.canonical === pool.cidr.canonical : was === now;
  if (same) return;
  report(context, old, pool, 'cidr', `cidr changes in place from ${quote(was)} to ${quote(now)}`, 'CIDR cannot be changed');
}

function checkBlockSize(old: IndexedPool, pool: IndexedPool, context: RuleContext): void {
  // A family change is already a CIDR change; block sizes of two families do not compare.
  if (old.cidr !== undefined && pool.cidr !== undefined && old.cidr.family !== pool.cidr.family) return;
  const was = effectiveBlockSize(old) ?? old.definition.spec.blockSize;
  const now = effectiveBlockSize(pool) ?? pool.definition.spec.blockSize;
  if (was === now || was === undefined || now === undefined) return;
  report(context, old, pool, 'blockSize', `blockSize changes in place from ${shown(was)} to ${shown(now)}`, 'Block size cannot be changed');
}

function report(context: RuleContext, old: IndexedPool, pool: IndexedPool, field: string, change: string, calico: string): void {
  const name = pool.name ?? '';
  const wasAt = context.where({ resource: old.definition.resource, path: [...old.definition.specPath, field] });
  context.report({
    resource: pool.definition.resource,
    path: [...pool.definition.specPath, field],
    message:
      `${poolLabel(pool, name)}: ${change} (base branch: ${wasAt}). Calico refuses it ("${calico}; follow IP pool migration guide"). ` +
      `Keep this pool as it is; to move to new addresses, ${MIGRATION_STEPS}.`,
  });
}

function shown(value: unknown): string {
  return typeof value === 'number' ? String(value) : quote(value);
}
