import { docsUrl, type ResourceRule } from '../src/engine/rule.js';
import { setField, type SuggestionRequest } from '../src/engine/fix.js';
import { calicoAtLeast } from '../src/config/calico-version.js';
import { unresolvedTagsIn } from '../src/parse/parse-manifest.js';
import type { PoolDefinition } from '../src/resources/resource.js';
import { findMatchingLabels, MAX_SELECTOR_LENGTH, parseSelector } from '../src/selector/index.js';
import { echo, quote } from '../src/text.js';
import type { SourceRange } from '../src/parse/source.js';
import { isEnvsubstVariable } from '../src/resources/placeholder.js';
import { neverSelector, writtenPair } from '../src/resources/written-pair.js';

/** Labels of the example node shown in a message. */
const MAX_LABELS_SHOWN = 5;

/** The canonical selector that no node matches. */
const NEVER = '!all()';

/**
 * An infrastructure pool must never be chosen by IPAM automatically, only by
 * pods that ask for it by annotation (IPAM honours an annotation regardless of
 * the pool's nodeSelector). Otherwise IPAM assigns its addresses to pods that
 * did not ask. A pool IPAM never auto-assigns to pods is fine whatever its
 * nodeSelector: disabled, without Workload use, or with a namespaceSelector
 * that no namespace can match (libcalico-go/lib/ipam/ipam.go determinePools,
 * filterPoolsByUse; GetEnabledPools).
 */
export const ippoolInfraNodeSelector: ResourceRule = {
  meta: {
    id: 'ippool-infra-node-selector',
    description: 'A pool listed in `infraPools` must not be selectable by nodes for automatic assignment.',
    remediation: 'Set `nodeSelector: "!all()"` (quoted), or `assignmentMode: Manual` on Calico v3.30+.',
    docsUrl: docsUrl('ippool-infra-node-selector'),
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    scope: 'resource',
    // Pools are IPPool objects or Installation entries.
    relevantText: /IPPool|Installation|calicoNetwork/,
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
        message: `Infra pool ${quote(pool.name)} ${problem.what}, so IPAM assigns its addresses automatically to pods ` +
          `there that did not ask for it${problem.namespaces}. Set ${neverSelector(pool.resource)} or ${writtenPair(pool.resource, 'assignmentMode', 'Manual')}.`,
        suggest: infraSuggestions(pool, calicoAtLeast(context.config.calicoVersion, '3.30')),
      });
    }
  },
};

interface SelectorProblem {
  what: string;
  /** Which pods, when a namespaceSelector narrows them down. */
  namespaces: string;
  at: readonly (string | number)[];
  part: 'key' | 'value';
  range?: SourceRange;
}

function selectorProblem(pool: PoolDefinition): SelectorProblem | undefined {
  if (pool.spec.assignmentMode === 'Manual') return undefined;
  if (neverAutoAssignedToPods(pool)) return undefined;
  const namespaces = namespacesNote(pool);
  if (namespaces === undefined) return undefined;
  const problem = nodeSelectorProblem(pool);
  return problem && { ...problem, namespaces };
}

/** Disabled pools and pools without Workload use never give pods an address automatically. */
function neverAutoAssignedToPods(pool: PoolDefinition): boolean {
  const { spec } = pool;
  const disabled = pool.origin === 'Installation' ? spec.disableNewAllocations === true : spec.disabled === true;
  const uses = spec.allowedUses;
  const noWorkload = Array.isArray(uses) && uses.length > 0 && !uses.includes('Workload');
  return disabled || noWorkload;
}

/**
 * "" when no namespaceSelector narrows the pods; a note naming it when it can
 * match some namespace; undefined when it can match none (then IPAM never
 * picks the pool automatically).
 */
function namespacesNote(pool: PoolDefinition): string | undefined {
  const selector = pool.origin === 'IPPool' ? pool.spec.namespaceSelector : undefined;
  if (typeof selector !== 'string' || selector.trim() === '') return '';
  const parsed = parseSelector(selector);
  if (!parsed.ok) return ''; // ippool-valid reports it
  if (findMatchingLabels(parsed.selector) === null) return undefined;
  return ` (in namespaces its namespaceSelector ${quote(selector)} matches)`;
}

function nodeSelectorProblem(pool: PoolDefinition): Omit<SelectorProblem, 'namespaces'> | undefined {
  const { spec, specPath, resource } = pool;
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
  // An unquoted `!all()` (or `! all()`): selector-yaml-tag reports it at the same place. One mistake,
  // one finding, so that one suppression comment covers it.
  if (tag) return undefined;
  if (selector.trim() === '') {
    return { what: 'has an empty nodeSelector (= `all()`: every node)', at: selectorPath, part: 'value' };
  }
  if (selector.length > MAX_SELECTOR_LENGTH) {
    // Not analysed (see MAX_SELECTOR_LENGTH); reported here too, so that turning ippool-valid off cannot hide it.
    return {
      what: `has a nodeSelector of ${selector.length.toLocaleString('en-US')} characters, too long to prove that no node matches it ` +
        `(calico-lint reads ${MAX_SELECTOR_LENGTH.toLocaleString('en-US')}; Calico v3.33+ refuses more than 1,024)`,
      at: selectorPath,
      part: 'value',
    };
  }
  if (isEnvsubstVariable(selector)) {
    // ippool-valid leaves a placeholder unjudged (src/resources/placeholder.ts); the infra policy cannot.
    return {
      what: `has nodeSelector ${quote(selector)}, a placeholder filled in before the manifest is applied: calico-lint cannot prove that no node matches it`,
      at: selectorPath,
      part: 'value',
    };
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

/**
 * Suggestions, not fixes: which of the two the cluster wants (and whether the
 * selector was meant to match some nodes after all) is the author's call.
 * `assignmentMode` is offered from Calico v3.30, whose CRD has it.
 */
function infraSuggestions(pool: PoolDefinition, hasAssignmentMode: boolean): SuggestionRequest[] {
  const suggestions: SuggestionRequest[] = [
    { desc: `Set nodeSelector: "${NEVER}" (no node selects the pool)`, fix: setField(pool.resource, pool.specPath, 'nodeSelector', `"${NEVER}"`, NEVER) },
  ];
  if (hasAssignmentMode) {
    suggestions.push({ desc: 'Set assignmentMode: Manual (only pods that ask for the pool get its addresses)', fix: setField(pool.resource, pool.specPath, 'assignmentMode', 'Manual', 'Manual') });
  }
  return suggestions;
}
