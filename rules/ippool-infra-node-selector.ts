import { docsUrl, type ResourceRule } from '../src/engine/rule.js';
import { unresolvedTagsIn } from '../src/parse/parse-manifest.js';
import type { PoolDefinition } from '../src/resources/resource.js';
import { findMatchingLabels, parseSelector } from '../src/selector/index.js';
import { echo, quote } from '../src/text.js';
import type { SourceRange } from '../src/parse/source.js';

/** Labels of the example node shown in a message. */
const MAX_LABELS_SHOWN = 5;

/** The canonical selector that no node matches. */
const NEVER = '!all()';

/**
 * An infrastructure pool must never be chosen by IPAM automatically, only by
 * pods that ask for it by annotation (IPAM honours an annotation regardless of
 * the pool's nodeSelector). Otherwise its addresses leak to every workload.
 */
export const ippoolInfraNodeSelector: ResourceRule = {
  meta: {
    id: 'ippool-infra-node-selector',
    description: 'A pool listed in `infraPools` must not be selectable by nodes for automatic assignment.',
    remediation: 'Set `nodeSelector: "!all()"` (quoted), or `assignmentMode: Manual` on Calico v3.30+.',
    docsUrl: docsUrl('ippool-infra-node-selector'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'resource',
    // Pools are IPPool objects or Installation entries.
    relevantText: /IPPool|Installation/,
  },
  check(resource, context) {
    const infraNames = new Set(context.config.infraPools.map((pool) => pool.name));
    for (const pool of resource.pools) {
      if (pool.name === undefined || !infraNames.has(pool.name)) continue;
      const problem = selectorProblem(pool);
      if (!problem) continue;
      context.report({
        resource,
        path: problem.at,
        part: problem.part,
        range: problem.range,
        message: `Infra pool ${quote(pool.name)} ${problem.what}, so IPAM hands out its addresses to ordinary workloads. ` +
          `Set \`nodeSelector: "${NEVER}"\` (quoted) or \`assignmentMode: Manual\`.`,
      });
    }
  },
};

interface SelectorProblem {
  what: string;
  at: readonly (string | number)[];
  part: 'key' | 'value';
  range?: SourceRange;
}

function selectorProblem(pool: PoolDefinition): SelectorProblem | undefined {
  const { spec, specPath, resource } = pool;
  if (spec.assignmentMode === 'Manual') return undefined;
  const selectorPath = [...specPath, 'nodeSelector'];
  if (!resource.has(selectorPath)) {
    return { what: 'has no nodeSelector (Calico defaults it to `all()`: every node)', at: pool.namePath, part: 'value' };
  }
  const selector = spec.nodeSelector;
  if (typeof selector !== 'string') {
    return { what: `has a nodeSelector that is not a string (${quote(selector)})`, at: selectorPath, part: 'value' };
  }
  const docPath = [...resource.path, ...selectorPath];
  const tag = unresolvedTagsIn(resource.doc, docPath).find((t) => t.path.length === docPath.length);
  if (tag) {
    return {
      what: 'has an unquoted nodeSelector that YAML reads as a tag, leaving it empty (= `all()`: every node)',
      at: selectorPath,
      part: 'value',
      range: tag.range,
    };
  }
  if (selector.trim() === '') {
    return { what: 'has an empty nodeSelector (= `all()`: every node)', at: selectorPath, part: 'value' };
  }
  const parsed = parseSelector(selector);
  // A selector that does not parse makes Calico reject the pool: ippool-valid reports that.
  if (!parsed.ok) return undefined;
  const example = findMatchingLabels(parsed.selector);
  if (example === null) return undefined; // no label set matches: as good as !all()
  if (example === 'unknown') {
    return {
      what: `has nodeSelector ${quote(selector)}, too complex to prove that no node matches it`,
      at: selectorPath,
      part: 'value',
    };
  }
  const labels = Object.entries(example);
  // A selector can ask for thousands of labels: show a few.
  const shown = labels.slice(0, MAX_LABELS_SHOWN).map(([k, v]) => `${echo(k, 80)}=${quote(v)}`);
  if (labels.length > MAX_LABELS_SHOWN) shown.push(`and ${labels.length - MAX_LABELS_SHOWN} more labels`);
  const who = labels.length === 0
    ? 'which every node matches'
    : `which nodes can match (e.g. a node labelled ${shown.join(', ')})`;
  return { what: `has nodeSelector ${quote(selector)}, ${who}`, at: selectorPath, part: 'value' };
}
