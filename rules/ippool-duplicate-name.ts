import { isDeepStrictEqual } from 'node:util';
import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import { quote } from '../src/text.js';

/**
 * Pool names are object names: two different definitions under one name in a
 * cluster are one object, and whichever is applied last silently wins. The
 * operator also creates an IPPool for each Installation pool, so a separate
 * IPPool manifest with that name fights the operator.
 */
export const ippoolDuplicateName: ProjectRule = {
  meta: {
    id: 'ippool-duplicate-name',
    description: 'Two different pool definitions in one cluster must not share a name.',
    remediation: 'Rename one of the pools, or keep a single definition.',
    docsUrl: docsUrl('ippool-duplicate-name'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
  },
  check(project, context) {
    const byName = new Map<string, IndexedPool[]>();
    for (const pool of project.pools.pools) {
      if (pool.name === undefined) continue;
      const list = byName.get(pool.name) ?? [];
      list.push(pool);
      byName.set(pool.name, list);
    }
    for (const [name, [first, ...others]] of byName) {
      if (!first) continue;
      const firstAt = context.where({ resource: first.definition.resource, path: first.definition.namePath });
      for (const other of others) {
        const problem = conflict(first, other);
        if (!problem) continue;
        context.report({
          resource: other.definition.resource,
          path: other.definition.namePath,
          message: `Pool ${quote(name)} is already defined at ${firstAt}; ${problem}. Rename one of the pools, or keep a single definition.`,
          related: [{ resource: first.definition.resource, path: first.definition.namePath, message: `pool ${quote(name)} is first defined here` }],
        });
      }
    }
  },
};

function conflict(first: IndexedPool, other: IndexedPool): string | undefined {
  if (first.definition.origin !== other.definition.origin) {
    return 'the operator creates an IPPool for each Installation pool, and a separate IPPool of the same name fights it';
  }
  const a = first.definition.spec;
  const b = other.definition.spec;
  const differing = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !isDeepStrictEqual(a[key], b[key]));
  if (differing.length === 0) return undefined; // the same object written twice: harmless
  return `this definition differs in ${differing.map((key) => `\`${key}\``).join(', ')}, and whichever is applied last wins`;
}
