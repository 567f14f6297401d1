import { isDeepStrictEqual } from 'node:util';
import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import { echo, quote } from '../src/text.js';

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
    relevantText: /IPPool|Installation/,
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
        const otherAt = context.where({ resource: other.definition.resource, path: other.definition.namePath });
        context.report({
          resource: other.definition.resource,
          path: other.definition.namePath,
          message: `Pool ${quote(name)} is already defined at ${firstAt}; ${problem}. Rename one of the pools, or keep a single definition.`,
          related: [{ resource: first.definition.resource, path: first.definition.namePath, message: `pool ${quote(name)} is first defined here` }],
          // With --base, the engine reports the side the change touched: told from the first definition.
          otherSide: {
            resource: first.definition.resource,
            path: first.definition.namePath,
            message: `Pool ${quote(name)} is also defined at ${otherAt}; ${problem}. Rename one of the pools, or keep a single definition.`,
            related: [{ resource: other.definition.resource, path: other.definition.namePath, message: `pool ${quote(name)} is also defined here` }],
          },
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
  const differing = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !sameValue(a[key], b[key]));
  if (differing.length === 0) return undefined; // the same object written twice: harmless
  // Keys come from the manifest: escaped, shortened, and at most a few of them.
  const shown = differing.slice(0, MAX_KEYS_SHOWN).map((key) => `\`${echo(key, 40)}\``);
  if (differing.length > MAX_KEYS_SHOWN) shown.push(`${differing.length - MAX_KEYS_SHOWN} more`);
  return `this definition differs in ${shown.join(', ')}, and whichever is applied last wins`;
}

const MAX_KEYS_SHOWN = 8;

/**
 * Deep equality of two values read from YAML, with an explicit stack: aliases
 * can make a value nested far deeper than the file looks, and isDeepStrictEqual
 * recurses.
 */
function sameValue(left: unknown, right: unknown): boolean {
  const pending: Array<[unknown, unknown]> = [[left, right]];
  while (pending.length > 0) {
    const [a, b] = pending.pop()!;
    if (Object.is(a, b)) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (!Array.isArray(a) && !Array.isArray(b) && (!isPlainObject(a) || !isPlainObject(b))) {
      if (!isDeepStrictEqual(a, b)) return false; // a Date, a Set: flat values YAML builds
      continue;
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) {
      if (!Object.hasOwn(b, key)) return false;
      pending.push([(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
