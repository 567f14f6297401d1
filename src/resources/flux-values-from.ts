/**
 * A Flux HelmRelease's `spec.valuesFrom` for the tigera-operator chart: the
 * values Helm renders with come from ConfigMaps and Secrets first, then
 * `spec.values` on top. fluxcd/pkg chartutil/values.go
 * ChartValuesFromReferences (called by fluxcd/helm-controller
 * internal/reconcile for each release):
 * - references are resolved in the order given, in the HelmRelease's own
 *   namespace (`types.NamespacedName{Namespace: namespace, Name: ref.Name}`);
 *   kind ConfigMap or Secret, anything else fails (ErrUnsupportedRefKind);
 * - `valuesKey` defaults to `values.yaml` (meta.ValuesReference
 *   GetValuesKey); a missing object or key fails the release, unless the
 *   reference is `optional`, when it is skipped;
 * - without `targetPath`, the data is read as a values file
 *   (chartutil.ReadValues) and merged over what came before (MergeMaps,
 *   chartutil/merge.go, a copy of Helm's: a mapping merges key by key,
 *   anything else replaces); with `targetPath`, the data is one value
 *   written at that path as `--set` writes it (ReplacePathValue:
 *   strvals.ParseInto, typed, or ParseIntoString when the value is quoted,
 *   the quotes trimmed);
 * - `spec.values` is merged last, over everything.
 *
 * Only a ConfigMap in the scanned tree, in the same namespace, can be read:
 * it is layered at its place, and a finding on one of its values lands in
 * the ConfigMap's file. Whatever cannot be read (a Secret, a ConfigMap not
 * among the manifests read, data that is no values mapping, a `targetPath`
 * into a list) is reported by rule helm-values-unread, never dropped. An
 * `optional` reference whose ConfigMap is not in the tree is reported too:
 * Flux renders without it when it is missing, but where it exists in the
 * cluster its values are applied and were not checked.
 */
import type { Path, SourceDocument, SourceRange } from '../parse/source.js';
import type { FieldReads } from './field-reads.js';
import { embeddedYaml } from './embedded.js';
import { postRendererOf, uncheckedInstallationPatch } from './flux-post-renderers.js';
import type { UnreadValues } from '../kustomize/helm-charts.js';
import { parseSetName, setValueOf, type ValuesLayer } from './helm-values-layers.js';
import { dotted, withReplacedViews } from './helm-values-sources.js';
import { getIn, isPlainObject, valuesInstallation, type Resource } from './resource.js';

/** Text of a HelmRelease or Application that names values elsewhere: such documents are always parsed. */
export const VALUES_REFERENCE_TEXT = /valuesFrom|valueFiles/;

/**
 * What of ConfigMaps' `data` is kept through slimming (src/resources/slim.ts)
 * for `valuesFrom`: entries that may write `installation` (the word, or an
 * escape, a `!!binary` key in any spelling or a tag that could spell it), and one-line values
 * (a `targetPath` value). Multi-line data without the word is the bulk dropped.
 */
export const VALUES_FROM_READS: readonly FieldReads[] = [{
  kinds: ['ConfigMap'],
  // Every spelling of `!!binary` the relevance gate knows (src/engine/relevance.ts BINARY_TAGS): `!!%62inary`, a `%TAG` handle.
  paths: [['data', { matches: /installation|\\|!!binary|:binary|!<|%TAG|%[0-9A-Fa-f]{2}|^[^\n]*$/ }]],
}];

/** What the consequence of an unread Flux source is, for rule helm-values-unread. */
export const FLUX_CONSEQUENCE = 'the Installation Flux renders from the tigera-operator chart of this HelmRelease was not checked. ' +
  'Keep the values in `spec.values` or in a ConfigMap in the repository (same namespace), or lint the rendered output (`helm template … | calico-lint -`).';

export function isFluxHelmReleaseKind(resource: Resource): boolean {
  return resource.kind === 'HelmRelease' && resource.apiVersion.startsWith('helm.toolkit.fluxcd.io/');
}

/** The chart a HelmRelease installs is tigera-operator: by name (`spec.chart.spec.chart`, a chart path's last folder, or `spec.chartRef.name`). */
export function isTigeraOperatorRelease(host: Resource): boolean {
  const chart = getIn(host.object, ['spec', 'chart', 'spec', 'chart']);
  const ref = getIn(host.object, ['spec', 'chartRef', 'name']);
  const named = (value: unknown): boolean => typeof value === 'string' && value.replace(/\/+$/, '').split('/').pop() === 'tigera-operator';
  return named(chart) || named(ref) || isPlainObject(getIn(host.object, ['spec', 'values', 'installation']));
}

/**
 * The resources of one scope, with each tigera-operator HelmRelease that has
 * `valuesFrom` given the view of its values as Flux assembles them (in place
 * of the view of `spec.values` alone), and its unread sources recorded on it.
 */
export function withFluxValuesFrom(resources: readonly Resource[]): readonly Resource[] {
  const releases = resources.filter((resource) => isFluxHelmReleaseKind(resource) && Array.isArray(getIn(resource.object, ['spec', 'valuesFrom'])));
  if (releases.length === 0) return resources;
  const configMaps = new Map<string, Resource>();
  for (const resource of resources) {
    if (resource.kind === 'ConfigMap' && resource.apiVersion === 'v1' && resource.name !== undefined) configMaps.set(key(resource.namespace, resource.name), resource);
  }
  const replaced = new Map<Resource, Resource | undefined>();
  for (const release of releases) {
    const assembled = assemble(release, configMaps);
    if (assembled === undefined) continue;
    if (assembled.unread.length > 0) {
      const known = release.unreadHelmValues ?? [];
      const fresh = assembled.unread.filter((entry) => !known.some((old) => dotted(old.path) === dotted(entry.path) && old.message === entry.message));
      if (fresh.length > 0) Object.assign(release, { unreadHelmValues: [...known, ...fresh] });
      replaced.set(release, undefined);
      continue;
    }
    replaced.set(release, assembled.view);
  }
  return withReplacedViews(resources, replaced);
}

function key(namespace: string | undefined, name: string): string {
  return JSON.stringify([namespace ?? '', name]);
}

/** The release's values as Flux assembles them; undefined when it is no tigera-operator release with something in `valuesFrom`. */
function assemble(release: Resource, configMaps: ReadonlyMap<string, Resource>): { view: Resource | undefined; unread: UnreadValues[] } | undefined {
  const refs = getIn(release.object, ['spec', 'valuesFrom']) as unknown[];
  const layers: ValuesLayer[] = [];
  const unread: UnreadValues[] = [];
  let evidence = isTigeraOperatorRelease(release);
  const report = (i: number, field: string | undefined, message: string): void => {
    unread.push({ path: ['spec', 'valuesFrom', i, ...(field === undefined ? [] : [field])], part: 'value', message, consequence: FLUX_CONSEQUENCE });
  };
  refs.forEach((ref, i) => {
    const at = `\`spec.valuesFrom[${i}]\``;
    if (!isPlainObject(ref)) return;
    const kind = ref.kind;
    const name = typeof ref.name === 'string' ? ref.name : '';
    const valuesKey = typeof ref.valuesKey === 'string' && ref.valuesKey !== '' ? ref.valuesKey : 'values.yaml';
    const optional = ref.optional === true;
    const optionalNote = optional ? ' (`optional: true`: Flux renders without it when it is missing, but where it exists its values are applied)' : '';
    if (kind === 'Secret') {
      report(i, 'kind', `${at} is a Secret, whose values calico-lint does not read${optionalNote}`);
      return;
    }
    if (kind !== 'ConfigMap') {
      report(i, 'kind', `${at} is of kind ${JSON.stringify(String(kind))}: Flux reads only ConfigMap and Secret, and fails the release`);
      return;
    }
    // A path calico-lint cannot follow leaves the value unread wherever the ConfigMap is.
    const targetPath = typeof ref.targetPath === 'string' ? ref.targetPath : '';
    const targetSegments = targetPath === '' ? undefined : parseSetName(targetPath);
    if (targetPath !== '' && (targetSegments === undefined || targetSegments.some((segment) => typeof segment === 'number'))) {
      report(i, 'targetPath', `${at} \`targetPath\` ${JSON.stringify(targetPath)} writes into a list or cannot be read as a Helm \`--set\` path, which calico-lint does not follow`);
      return;
    }
    const configMap = configMaps.get(key(release.namespace, name));
    if (configMap === undefined) {
      report(i, 'name', `${at} names ConfigMap ${JSON.stringify(name)} in namespace ${JSON.stringify(release.namespace ?? '')}, which is not among the manifests calico-lint read${optionalNote}${targetPath === '' ? '' : ' (a ConfigMap that does not mention `installation` is read only with --parse-all)'}`);
      return;
    }
    const data = getIn(configMap.object, ['data', valuesKey]);
    const dataPath: Path = [...configMap.path, 'data', valuesKey];
    if (typeof data !== 'string') {
      // Flux: ErrKeyNotFound, fatal unless optional. A missing optional key in a ConfigMap of the tree gives nothing to check.
      if (!optional) report(i, 'valuesKey', `${at}: ConfigMap ${JSON.stringify(name)} has no key ${JSON.stringify(valuesKey)} in \`data\`, so Flux fails the release`);
      return;
    }
    const label = `ConfigMap ${JSON.stringify(name)} \`data.${valuesKey}\``;
    if (targetPath !== '') {
      const path = targetSegments!;
      if (path[0] === 'installation') evidence = true;
      layers.push(targetLayer(label, configMap.doc, dataPath, path as string[], data));
      return;
    }
    const embedded = embeddedYaml(configMap.doc, dataPath, data);
    const first = embedded.documents.find((_, j) => embedded.innerIndexes[j] === 0);
    if (embedded.problems.length > 0 || (first !== undefined && first.value !== null && !isPlainObject(first.value))) {
      report(i, 'name', `${at}: ${label} is no values mapping Flux can read (${embedded.problems[0]?.message ?? 'not a mapping'}), so Flux fails the release`);
      return;
    }
    if (first === undefined || !isPlainObject(first.value)) return;
    if (Object.hasOwn(first.value, 'installation')) evidence = true;
    layers.push({ label, doc: first, prefix: [], values: first.value });
  });
  if (!evidence || (layers.length === 0 && unread.length === 0)) return undefined;
  if (unread.length > 0) return { view: undefined, unread };
  // `spec.values` last (the source helm-values-sources.ts made of it).
  const own = release.helmValues?.find((source) => source.label === '`spec.values`');
  const input = { layers: [...layers, ...(own?.input.layers ?? [])], sets: [] };
  if (uncheckedInstallationPatch(release) !== undefined) return { view: undefined, unread: [] };
  const outside = (homeFile: string): SourceRange => {
    const layer = input.layers.find((entry) => entry.doc.filePath === homeFile);
    return layer === undefined ? release.doc.locate([...release.path, 'spec', 'valuesFrom'], 'key') : layer.doc.locate([...layer.prefix], 'key');
  };
  const labels = input.layers.map((layer) => layer.label).join(', ');
  const view = valuesInstallation(input, { defaultNamespace: 'default' }, `${release.displayName} (Helm values ${labels}, key \`installation\`)`, outside, true, postRendererOf(release));
  if (view !== undefined) Object.assign(view, { valuesHost: release });
  return { view, unread: [] };
}

/** One value written at `path` (Flux's ReplacePathValue), positioned at the ConfigMap's data entry. */
function targetLayer(label: string, configMap: SourceDocument, dataPath: Path, path: readonly string[], data: string): ValuesLayer {
  const quoted = data.length >= 2 && ((data.startsWith('"') && data.endsWith('"')) || (data.startsWith("'") && data.endsWith("'")));
  const value = quoted ? data.replace(/^["']+|["']+$/g, '') : setValueOf(data, false);
  let values: Record<string, unknown> = { [path.at(-1)!]: value };
  for (const segment of path.slice(0, -1).reverse()) values = { [segment]: values };
  const at = (): SourceRange => configMap.locate(dataPath);
  const doc: SourceDocument = { filePath: configMap.filePath, index: configMap.index, value: values, unresolvedTags: [], locate: at, has: () => true };
  return { label: `${label} at \`${path.join('.')}\``, doc, prefix: [], values };
}
