/**
 * An Argo CD ApplicationSet renders one Application per generator element
 * from `spec.template` (with `{{ }}` parameters, and `templatePatch`), which
 * calico-lint does not expand. When a template's source installs the
 * tigera-operator chart with values of its own (`helm.valuesObject`,
 * `values`, `valueFiles`, `parameters`, `fileParameters`), the Installations
 * those Applications render were not checked: rule helm-values-unread says
 * so at the source's `helm`, instead of passing them silently. A source
 * without values renders the chart's defaults, and is not reported.
 */
import { TIGERA_REPOSITORY, type UnreadValues } from '../kustomize/helm-charts.js';
import type { Path } from '../parse/source.js';
import { getIn, isPlainObject, type Resource } from './resource.js';

export const APPLICATION_SET_CONSEQUENCE = 'the Installations Argo CD renders from the tigera-operator chart of the Applications this ApplicationSet generates ' +
  'were not checked: calico-lint does not expand generators. Lint a generated Application, or the rendered output (`helm template … | calico-lint -`).';

const VALUES_KEYS = ['valuesObject', 'values', 'valueFiles', 'parameters', 'fileParameters'];

export function applicationSetUnread(resource: Resource): UnreadValues[] {
  if (resource.kind !== 'ApplicationSet' || !resource.apiVersion.startsWith('argoproj.io/')) return [];
  const spec: Path = ['spec', 'template', 'spec'];
  const sources: Path[] = [[...spec, 'source']];
  const multi = getIn(resource.object, [...spec, 'sources']);
  if (Array.isArray(multi)) multi.forEach((_, i) => sources.push([...spec, 'sources', i]));
  const unread: UnreadValues[] = [];
  for (const at of sources) {
    const source = getIn(resource.object, at);
    if (!isPlainObject(source) || !isPlainObject(source.helm) || !isTigeraOperatorSource(source)) continue;
    if (!VALUES_KEYS.some((key) => source.helm !== undefined && Object.hasOwn(source.helm as object, key))) continue;
    unread.push({ path: [...at, 'helm'], part: 'key', message: `\`${dotted([...at, 'helm'])}\` is the template of an ApplicationSet`, consequence: APPLICATION_SET_CONSEQUENCE });
  }
  return unread;
}

function dotted(path: Path): string {
  return path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').slice(1);
}

/** As argo-value-files.ts decides it for an Application's source: by chart, path, repository or values writing `installation`. */
function isTigeraOperatorSource(source: Record<string, unknown>): boolean {
  const helm = source.helm as Record<string, unknown>;
  const lastFolder = typeof source.path === 'string' ? source.path.replace(/\/+$/, '').split('/').pop() : undefined;
  const inline = helm.valuesObject ?? helm.values;
  const parameters = Array.isArray(helm.parameters) ? helm.parameters : [];
  return source.chart === 'tigera-operator' || lastFolder === 'tigera-operator' ||
    (typeof source.repoURL === 'string' && TIGERA_REPOSITORY.test(source.repoURL)) ||
    (isPlainObject(inline) && Object.hasOwn(inline, 'installation')) || (typeof inline === 'string' && /^installation\s*:/m.test(inline)) ||
    parameters.some((parameter) => isPlainObject(parameter) && typeof parameter.name === 'string' && parameter.name.startsWith('installation.'));
}
