import { docsUrl, type Location, type ProjectRule } from '../src/engine/rule.js';
import { parseCalicoCidr } from '../src/net/calico-cidr.js';
import { unresolvedTagsIn } from '../src/parse/parse-manifest.js';
import type { Path } from '../src/parse/source.js';
import { annotationSites, CALICO_ANNOTATIONS, parseStringList } from '../src/resources/calico-annotations.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import { findMatchingLabels, parseSelector } from '../src/selector/index.js';
import { quote } from '../src/text.js';
import { neverSelector, writtenPair } from '../src/resources/written-pair.js';

/**
 * A pool that some annotation requests by name or CIDR is meant to be
 * dedicated to those pods. IPAM honours the request whatever the pool's
 * selectors, but it *also* picks the pool automatically for any other pod
 * whose node (and namespace) its selectors match, unless its assignmentMode is
 * Manual (libcalico-go/lib/ipam/ipam.go `determinePools`; projectcalico/calico
 * cni-plugin issue #845). Pools listed in `infraPools` are left to
 * ippool-infra-node-selector, which states the policy explicitly.
 */
export const ippoolDedicatedAutoAssign: ProjectRule = {
  meta: {
    id: 'ippool-dedicated-auto-assign',
    description: 'A pool that pods request by annotation must not also be assigned automatically to every other pod.',
    remediation: 'Set `nodeSelector: "!all()"` (quoted) or `assignmentMode: Manual` on the requested pool, or list it in `infraPools`.',
    docsUrl: docsUrl('ippool-dedicated-auto-assign'),
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'project',
    // The annotations that request a pool, and the pools.
    relevantText: /projectcalico\.org|IPPool|Installation/,
  },
  check(scope, context) {
    const infra = new Set(context.config.infraPools.map((pool) => pool.name));
    const requests = new Map<IndexedPool, Location>();
    for (const resource of scope.resources) {
      for (const site of annotationSites(resource)) {
        if (site.kind === 'controller') continue; // Calico ignores it there
        for (const key of [CALICO_ANNOTATIONS.ipv4pools, CALICO_ANNOTATIONS.ipv6pools]) {
          const parsed = parseStringList(site.annotations[key]);
          if (!parsed.ok) continue;
          for (const entry of parsed.items) {
            for (const pool of requested(scope.pools, entry)) {
              if (!requests.has(pool)) requests.set(pool, { resource, path: [...site.path, key] as Path });
            }
          }
        }
      }
    }
    let automaticPools: ReturnType<typeof automaticPoolCounts> | undefined;
    for (const [pool, request] of requests) {
      if (pool.name !== undefined && infra.has(pool.name)) continue;
      if (meantForEveryone(pool)) continue;
      const automatic = automaticUse(pool);
      if (!automatic) continue;
      // Only when another pool of the family also serves pods automatically: otherwise the requested
      // pool may simply be the cluster's only pool, and asking for it by name changes nothing.
      // (Counted once per run, not once per requested pool: 33,000 requested pools took minutes.)
      automaticPools ??= automaticPoolCounts(scope.pools.pools);
      if (pool.cidr === undefined) continue;
      const family = automaticPools[pool.cidr.family];
      if (family.total - (family.byName.get(pool.name) ?? 0) === 0) continue;
      const definition = pool.definition;
      const selectorPath = [...definition.specPath, 'nodeSelector'];
      const at = definition.resource.has(selectorPath) ? selectorPath : definition.namePath;
      context.report({
        resource: definition.resource,
        path: at,
        message: `Pool ${quote(pool.name ?? pool.cidr?.canonical)} is requested by annotation (${context.where(request)}), so it ` +
          `looks dedicated to those pods, but IPAM also assigns it automatically to other pods: ${automatic}, and its ` +
          `assignmentMode is not Manual. Set ${neverSelector(definition.resource)} or ${writtenPair(definition.resource, 'assignmentMode', 'Manual')}, ` +
          'or list it in `infraPools` to state the policy.',
        related: [{ ...request, message: 'the annotation that requests it' }],
      });
    }
  },
};

/** Pools IPAM may pick automatically, per family: how many, and how many of each name. */
function automaticPoolCounts(pools: readonly IndexedPool[]): Record<4 | 6, { total: number; byName: Map<string | undefined, number> }> {
  const counts = { 4: { total: 0, byName: new Map<string | undefined, number>() }, 6: { total: 0, byName: new Map<string | undefined, number>() } };
  for (const pool of pools) {
    if (pool.cidr === undefined || automaticUse(pool) === undefined) continue;
    const family = counts[pool.cidr.family];
    family.total++;
    family.byName.set(pool.name, (family.byName.get(pool.name) ?? 0) + 1);
  }
  return counts;
}

/**
 * A pool written to serve everyone, that pods may still request by name: Calico's default
 * pools (default-ipv4-ippool, default-ipv6-ippool), and any pool whose nodeSelector is written
 * as `all()`, an explicit choice of automatic assignment on every node.
 */
function meantForEveryone(pool: IndexedPool): boolean {
  if (pool.name === 'default-ipv4-ippool' || pool.name === 'default-ipv6-ippool') return true;
  const selector = pool.definition.spec.nodeSelector;
  return typeof selector === 'string' && selector.trim() === 'all()';
}

/** Pools an ipv4pools/ipv6pools entry names: by CIDR when it parses as one (utils.go ResolvePools), else by name. */
function requested(pools: { byName(name: string): readonly IndexedPool[]; byCidr(cidr: NonNullable<IndexedPool['cidr']>): readonly IndexedPool[] }, entry: string): readonly IndexedPool[] {
  if (entry.includes('/')) {
    const parsed = parseCalicoCidr(entry);
    return parsed.ok ? pools.byCidr(parsed.cidr) : [];
  }
  return pools.byName(entry);
}

/**
 * Why IPAM may pick the pool automatically for a pod, or undefined when it
 * never does (Manual, disabled, no Workload use, selectors no node or
 * namespace can match, a selector left to other rules).
 */
function automaticUse(pool: IndexedPool): string | undefined {
  const { spec, origin, specPath, resource } = pool.definition;
  if (spec.assignmentMode === 'Manual') return undefined;
  if (origin === 'Installation' ? spec.disableNewAllocations === true : spec.disabled === true) return undefined;
  const uses = spec.allowedUses;
  if (Array.isArray(uses) && uses.length > 0 && !uses.includes('Workload')) return undefined;
  const nodePath = [...resource.path, ...specPath, 'nodeSelector'];
  // An unquoted `!all()` or `! all()`: selector-yaml-tag reports it.
  if (unresolvedTagsIn(resource.doc, nodePath).some((tag) => tag.path.length === nodePath.length)) return undefined;
  const nodes = selectorReach(spec.nodeSelector, 'nodeSelector', 'every node');
  if (nodes === undefined) return undefined;
  if (origin === 'IPPool') {
    const namespaces = selectorReach(spec.namespaceSelector, 'namespaceSelector', '');
    if (namespaces === undefined) return undefined;
    if (namespaces !== '') return `${nodes}, and ${namespaces}`;
  }
  return nodes;
}

/** How far a selector reaches ('' for none written when `all` is ''), or undefined when it can match nothing or is not checkable. */
function selectorReach(selector: unknown, field: string, all: string): string | undefined {
  if (selector === undefined || selector === null || selector === '') return all === '' ? '' : `it has no ${field} (${all})`;
  if (typeof selector !== 'string') return undefined;
  const parsed = parseSelector(selector);
  if (!parsed.ok) return undefined; // ippool-valid reports it
  const example = findMatchingLabels(parsed.selector);
  if (example === null || example === 'unknown') return undefined;
  return `its ${field} ${quote(selector)} can match`;
}
