/**
 * Which Helm values the controllers that install charts pass to Helm, in
 * which order (issue 19, item 6). Each source is the input of one `helm
 * template` / `helm install`: `--values` layers in order, then `--set`
 * assignments (merged in src/resources/helm-values-layers.ts).
 *
 * - k3s / RKE2 helm-controller (k3s-io/helm-controller
 *   pkg/controllers/chart/chart.go): a HelmChart's `spec.valuesContent`
 *   becomes /config/values-0-000-…, its structured `spec.values`
 *   values-0-001-… (setValuesSecret, 1298-1330); a HelmChartConfig of the
 *   same name and namespace adds values-1-000 (`valuesContent`) and
 *   values-1-001 (`values`) (getJobAndRelatedResources, 584-591;
 *   valuesSecretAddConfig, 1088-1111). klipper-helm's entry script passes
 *   `/config/*.yaml` to Helm as `--values` in that (name) order, so structured
 *   `values` override `valuesContent`, and the HelmChartConfig overrides the
 *   HelmChart. `spec.set` becomes `--set` (`--set-string` for strings that do
 *   not read as int, bool or null) (args, 1174-1210; typedVal, 1225-1236),
 *   above every file. The pairing of a HelmChart with its HelmChartConfig
 *   is done per cluster scope (src/resources/helm-chart-config.ts).
 * - Argo CD (argoproj/argo-cd pkg/apis/application/v1alpha1/values.go:91-101
 *   ValuesYAML): `helm.valuesObject`, when set, is the values and
 *   `helm.values` is ignored; reposerver/repository/repository.go
 *   helmTemplate passes them after `valueFiles`, and `helm.parameters` as
 *   `--set` / `--set-string` (`forceString`) (util/helm/cmd.go:444-458).
 *   Each source of a multi-source Application is templated on its own.
 * - Flux (fluxcd/helm-controller api/v2 helmrelease_types.go): `spec.values`
 *   over `valuesFrom` (not in the repository).
 * - Fleet HelmOp / HelmApp: `spec.helm.values`, when Fleet renders nothing of
 *   `installation` per cluster (src/resources/fleet-helm-op.ts).
 */
import type { Path, SourceRange } from '../parse/source.js';
import { embeddedYaml, type EmbeddedProblem } from './embedded.js';
import { parseSetName, setValueOf, type HelmValuesInput, type SetValue, type ValuesLayer } from './helm-values-layers.js';
import { getIn, isPlainObject, type Resource } from './resource.js';
import { argoValueFiles } from './argo-value-files.js';
import { fleetUnknownValues, isFleetHelmOp } from './fleet-helm-op.js';
import { k3sValuesSecretsUnread } from './k3s-values-secrets.js';
import type { TreeFileReader, UnreadValues } from '../kustomize/helm-charts.js';

/** One Helm invocation's values, and where a finding about the rendered object as a whole lands. */
export interface HelmValuesSource {
  input: HelmValuesInput;
  /** E.g. "`spec.valuesContent` and `spec.values`", for display names. */
  label: string;
  outside: () => SourceRange;
}

export function dotted(path: Path): string {
  return path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').slice(1);
}

export function isK3sHelmKind(resource: Resource, kind: 'HelmChart' | 'HelmChartConfig'): boolean {
  return resource.kind === kind && resource.apiVersion.startsWith('helm.cattle.io/');
}

/** The values sources of an object that installs charts, and what kept embedded values from being read. */
export function helmValuesSources(host: Resource, read?: TreeFileReader): { sources: HelmValuesSource[]; problems: EmbeddedProblem[]; unread: UnreadValues[]; files: string[] } {
  const problems: EmbeddedProblem[] = [];
  const unread: UnreadValues[] = [];
  const files: string[] = [];
  const sources: HelmValuesSource[] = [];
  const layersAt = (path: Path, form: 'object' | 'string'): ValuesLayer[] => valuesLayers(host, path, form, problems);
  /** `keys`: where the values and assignments are written; findings about the object as a whole land on the first one present. */
  const source = (layers: ValuesLayer[], sets: SetValue[], keys: Path[]): void => {
    if (layers.length === 0 && sets.length === 0) return;
    const keyPath = keys.find((key) => getIn(host.object, key) !== undefined) ?? keys[0]!;
    const setKey = keys.at(-1)!;
    const labels = [...new Set(layers.map((layer) => layer.label)), ...(sets.length > 0 ? [`\`${dotted(setKey)}\``] : [])];
    sources.push({ input: { layers, sets }, label: labels.join(' and '), outside: () => host.doc.locate([...host.path, ...keyPath], 'key') });
  };
  if (host.kind === 'HelmChart' || host.kind === 'HelmChartConfig') {
    // Secrets are never read: their values override these, which are then not judged alone (src/resources/k3s-values-secrets.ts).
    const secrets = k3sValuesSecretsUnread(host);
    if (secrets.length > 0) return { sources, problems, unread: secrets, files };
    const layers = [...layersAt(['spec', 'valuesContent'], 'string'), ...layersAt(['spec', 'values'], 'object')];
    const sets = host.kind === 'HelmChart' ? k3sSets(host) : [];
    source(layers, sets, [['spec', 'valuesContent'], ['spec', 'values'], ['spec', 'set']]);
  } else if (host.kind === 'HelmRelease') {
    source(layersAt(['spec', 'values'], 'object'), [], [['spec', 'values']]);
  } else if (isFleetHelmOp(host)) {
    // Values Fleet renders per cluster are not judged; a notice says so (src/resources/fleet-helm-op.ts).
    if (fleetUnknownValues(host) === undefined) source(layersAt(['spec', 'helm', 'values'], 'object'), [], [['spec', 'helm', 'values']]);
  } else if (host.kind === 'Application') {
    const helms: Path[] = [['spec', 'source', 'helm']];
    const multi = getIn(host.object, ['spec', 'sources']);
    if (Array.isArray(multi)) multi.forEach((_, i) => helms.push(['spec', 'sources', i, 'helm']));
    for (const helm of helms) {
      // ValuesYAML: valuesObject unless it is absent or null (RawExtension keeps no bytes for null).
      const object = getIn(host.object, [...helm, 'valuesObject']);
      const values: Path = object !== undefined && object !== null ? [...helm, 'valuesObject'] : [...helm, 'values'];
      // `valueFiles` first, then the values (src/resources/argo-value-files.ts).
      const valueFiles = argoValueFiles(host, helm.slice(0, -1), read);
      files.push(...valueFiles.files);
      if (valueFiles.unread.length > 0 && valueFiles.tigeraOperator) {
        // Judging the rest alone would judge an Installation Argo CD never renders.
        unread.push(...valueFiles.unread);
        continue;
      }
      source([...valueFiles.layers, ...layersAt(values, values.at(-1) === 'values' ? 'string' : 'object')], argoSets(host, helm), [values, [...helm, 'parameters'], [...helm, 'valueFiles']]);
    }
  }
  return { sources, problems, unread, files };
}

function valuesLayers(host: Resource, path: Path, form: 'object' | 'string', problems: EmbeddedProblem[]): ValuesLayer[] {
  const raw = getIn(host.object, path);
  const label = `\`${dotted(path)}\``;
  if (form === 'object') return isPlainObject(raw) ? [{ label, doc: host.doc, prefix: [...host.path, ...path], values: raw }] : [];
  if (typeof raw !== 'string') return [];
  // Read whatever the text holds: an escaped key (`"\x63alicoNetwork"`), a `!!binary` key or a `<<` merge
  // spells `calicoNetwork` without those letters; values Helm cannot decode are an error, never dropped.
  const embedded = embeddedYaml(host.doc, [...host.path, ...path], raw);
  for (const problem of embedded.problems) {
    problems.push({ ...problem, message: `Helm values (${label}) of ${host.displayName}: ${problem.message}` });
  }
  return embedded.documents.flatMap((doc, i) => {
    // Helm reads values with sigs.k8s.io/yaml (go-yaml v2 Unmarshal): the first document only.
    if (embedded.innerIndexes[i] !== 0) {
      problems.push({ message: `Helm values (${label}) of ${host.displayName}: Helm reads only the first YAML document of values; this one is ignored`, range: doc.locate([]) });
      return [];
    }
    return isPlainObject(doc.value) ? [{ label, doc, prefix: [], values: doc.value }] : [];
  });
}

/** k3s HelmChart `spec.set`: keys in sorted order; typed when an int or "true"/"false"/"null" (chart.go typedVal). */
function k3sSets(host: Resource): SetValue[] {
  const set = getIn(host.object, ['spec', 'set']);
  if (!isPlainObject(set)) return [];
  return Object.keys(set).sort().flatMap((name) => {
    const value = set[name];
    const typed = typeof value === 'number' || (typeof value === 'string' && ['true', 'false', 'null'].includes(value.toLowerCase()));
    const path = parseSetName(name);
    if (path === undefined || (typeof value !== 'string' && typeof value !== 'number')) return [];
    return [{ path, value: setValueOf(String(value), !typed), doc: host.doc, at: [...host.path, 'spec', 'set', name] }];
  });
}

/** Argo CD `helm.parameters`: `--set name=value`, or `--set-string` with `forceString`. */
function argoSets(host: Resource, helm: Path): SetValue[] {
  const parameters = getIn(host.object, [...helm, 'parameters']);
  if (!Array.isArray(parameters)) return [];
  return parameters.flatMap((parameter, i) => {
    if (!isPlainObject(parameter) || typeof parameter.name !== 'string') return [];
    const path = parseSetName(parameter.name);
    const text = typeof parameter.value === 'string' ? parameter.value : '';
    if (path === undefined) return [];
    return [{ path, value: setValueOf(text, parameter.forceString === true), doc: host.doc, at: [...host.path, ...helm, 'parameters', i, 'value'] }];
  });
}

/**
 * The resources with the views of each host in `replaced` swapped: the views
 * made of a host's own values are dropped, and the host is followed by its
 * new view (none when its values cannot be known). Shared by k3s's
 * HelmChartConfig merge and Flux's `valuesFrom` layering.
 */
export function withReplacedViews(resources: readonly Resource[], replaced: ReadonlyMap<Resource, Resource | undefined>): readonly Resource[] {
  if (replaced.size === 0) return resources;
  const settled: Resource[] = [];
  for (const resource of resources) {
    if (resource.valuesHost !== undefined && replaced.has(resource.valuesHost)) continue;
    settled.push(resource);
    const view = replaced.get(resource);
    if (view !== undefined) settled.push(view);
  }
  return settled;
}
