/**
 * Plain Helm values files of the tigera-operator chart, the way Calico
 * documents installing it: `helm install calico projectcalico/tigera-operator
 * -f values.yaml`. The chart renders `installation` as the Installation named
 * `default` (charts/tigera-operator/templates/crs/custom-resources.yaml in
 * projectcalico/calico), so the pools of such a file deserve the checks of an
 * Installation. A values file has no apiVersion or kind: it is recognised by
 * content, on strong evidence only, or declared in the configuration
 * (`helmValues`).
 *
 * The evidence (a generic values.yaml of another chart may well have an
 * `installation:` key; it is not read):
 * - the document is a mapping without `apiVersion` and `kind`, and it is the
 *   file's first document (Helm reads values with sigs.k8s.io/yaml, which
 *   decodes the first document only);
 * - `installation` is a mapping, and either
 *   - `installation.calicoNetwork` is a mapping holding at least one field of
 *     the operator's CalicoNetworkSpec (tigera/operator
 *     api/v1/installation_types.go), a name no other chart uses, or a close
 *     misspelling of one (`ipPool`, `ippools`): that typo is what the
 *     Installation checks are there to catch, so it must not hide the file, or
 *   - `installation.kubernetesProvider` is a string: the operator's field for
 *     the platform (EKS, AKS, GKE, …), as Calico's EKS and AKS Helm guides
 *     write it, a field no other chart's `installation` has, or
 *   - the top level has `tigeraOperator`, the chart's own key for the
 *     operator's image, as a mapping with `image`, `registry` or `version`, or
 *     `defaultFelixConfiguration`, the chart's key for the FelixConfiguration
 *     it renders, as a mapping.
 * The same evidence under a top-level `tigera-operator` key, or under any
 * other top-level key (the `alias` an umbrella chart's Chart.yaml gives the
 * dependency), is an umbrella chart's values for its tigera-operator dependency.
 *
 * Pure recognition, on plain values: src/resources/resource.ts builds the
 * Installation.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { HELM_VALUES_CHARTS, LintConfig } from '../config/schema.js';
import type { Path } from '../parse/source.js';
import type { Resource } from './resource.js';
import { isPlainObject as isPlain, type PlainObject as Plain } from './plain-object.js';
import { fleetUnknownValues, isFleetHelmOp } from './fleet-helm-op.js';
import { closest, echo } from '../text.js';

export type HelmValuesChart = (typeof HELM_VALUES_CHARTS)[number];

/** A file the configuration declares as Helm values (`helmValues`). */
export interface DeclaredHelmValues {
  chart: HelmValuesChart;
  /** Top-level key the chart's values sit under (an umbrella chart's dependency name or alias). */
  key?: string | undefined;
}

/** Fields of the operator's CalicoNetworkSpec (tigera/operator api/v1/installation_types.go). */
const CALICO_NETWORK_FIELDS: ReadonlySet<string> = new Set([
  'linuxDataplane', 'windowsDataplane', 'bpfNetworkBootstrap', 'kubeProxyManagement', 'bgp', 'clusterRoutingMode',
  'ipPools', 'mtu', 'nodeAddressAutodetectionV4', 'nodeAddressAutodetectionV6', 'hostPorts', 'multiInterfaceMode',
  'containerIPForwarding', 'linuxPodInterfaceType', 'sysctl', 'linuxPolicySetupTimeoutSeconds',
]);

/** The chart's own key for the operator image (charts/tigera-operator/values.yaml). */
const TIGERA_OPERATOR_FIELDS = ['image', 'registry', 'version'];

export interface TigeraOperatorValues {
  /** Path of the `installation` mapping in the document. */
  installationPath: Path;
  installation: Plain;
  /** What made the document a tigera-operator values file, for notices and docs. */
  evidence: string;
}

/** The tigera-operator values of a values file's first document, when the evidence above holds. */
export function recogniseTigeraOperatorValues(value: unknown): TigeraOperatorValues | undefined {
  if (!isPlain(value) || Object.hasOwn(value, 'apiVersion') || Object.hasOwn(value, 'kind')) return undefined;
  const direct = evidenceIn(value, []);
  if (direct !== undefined) return direct;
  // An umbrella chart's values for its dependency: under `tigera-operator`, or under the alias its
  // Chart.yaml gives it (`alias: calico`), which only the evidence below the key can tell.
  const keys = ['tigera-operator', ...Object.keys(value).filter((key) => key !== 'tigera-operator')];
  for (const key of keys) {
    const nested = value[key];
    const found = isPlain(nested) ? evidenceIn(nested, [key]) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

function evidenceIn(values: Plain, prefix: Path): TigeraOperatorValues | undefined {
  const installation = values.installation;
  if (!isPlain(installation)) return undefined;
  const where = prefix.length === 0 ? '' : `${prefix.map((key) => echo(String(key), 80)).join('.')}.`;
  const found = (evidence: string): TigeraOperatorValues => ({ installationPath: [...prefix, 'installation'], installation, evidence });
  const network = installation.calicoNetwork;
  if (isPlain(network)) {
    const keys = Object.keys(network);
    const field = keys.find((key) => CALICO_NETWORK_FIELDS.has(key));
    if (field !== undefined) return found(`\`${where}installation.calicoNetwork.${field}\``);
    for (const key of keys) {
      const meant = closest(key, [...CALICO_NETWORK_FIELDS]);
      if (meant !== undefined) return found(`\`${where}installation.calicoNetwork.${echo(key, 80)}\` (a misspelling of \`${meant}\`)`);
    }
  }
  const operator = values.tigeraOperator;
  if (isPlain(operator)) {
    const field = TIGERA_OPERATOR_FIELDS.find((key) => Object.hasOwn(operator, key));
    if (field !== undefined) return found(`\`${where}tigeraOperator.${field}\` beside \`${where}installation\``);
  }
  if (isPlain(values.defaultFelixConfiguration)) return found(`\`${where}defaultFelixConfiguration\` beside \`${where}installation\``);
  if (typeof installation.kubernetesProvider === 'string') return found(`\`${where}installation.kubernetesProvider\``);
  return undefined;
}

/** The values of a file the configuration declares: `installation` (under `key` when given), whatever else it holds. */
export function declaredTigeraOperatorValues(value: unknown, declared: DeclaredHelmValues): TigeraOperatorValues | undefined {
  const prefix: Path = declared.key === undefined ? [] : [declared.key];
  const values = declared.key === undefined ? value : isPlain(value) && Object.hasOwn(value, declared.key) ? value[declared.key] : undefined;
  if (!isPlain(values) || !isPlain(values.installation)) return undefined;
  return { installationPath: [...prefix, 'installation'], installation: values.installation, evidence: 'declared in `helmValues` of the configuration' };
}

/**
 * Whether the chart renders an Installation from these values:
 * `{{ if .Values.installation.enabled }}` in custom-resources.yaml. Missing,
 * `enabled` keeps the chart's default (true); Helm deletes a key set to null,
 * and a Go template's `if` is false for false, 0, "", and an empty map or list.
 */
export function rendersInstallation(installation: Plain): boolean {
  if (!Object.hasOwn(installation, 'enabled')) return true;
  const enabled = installation.enabled;
  if (enabled === null || enabled === undefined || enabled === false || enabled === 0 || enabled === '') return false;
  if (Array.isArray(enabled)) return enabled.length > 0;
  if (isPlain(enabled)) return Object.keys(enabled).length > 0;
  return true;
}

/** Which linted files the configuration declares as Helm values (`helmValues`, globs relative to its folder); the first entry that matches wins. */
export function helmValuesMatcher(config: Pick<LintConfig, 'helmValues' | 'baseDir'>): ((filePath: string) => DeclaredHelmValues | undefined) | undefined {
  if (config.helmValues.length === 0) return undefined;
  const entries = config.helmValues.map((entry) => ({ declared: { chart: entry.chart, key: entry.key }, matches: picomatch(entry.paths, { dot: true }) }));
  return (filePath) => {
    const relative = path.relative(config.baseDir, path.resolve(config.baseDir, filePath)).split(path.sep).join('/');
    return entries.find((entry) => entry.matches(relative))?.declared;
  };
}

/**
 * Helm values that are Go templates: Cluster API's HelmChartProxy
 * `spec.valuesTemplate` (addons.cluster.x-k8s.io) renders its values per
 * cluster, from the Cluster's fields (`{{ .Cluster.spec.clusterNetwork… }}`).
 * What they hold is known only once rendered: one notice for each that holds
 * tigera-operator values (an `installation` key or `calicoNetwork`), in place
 * of checks that cannot run. Likewise Fleet's HelmOp values it renders per
 * cluster (src/resources/fleet-helm-op.ts).
 */
export function templatedValuesNotices(resources: readonly Resource[], shownPath: (filePath: string) => string): string[] {
  const notices: string[] = [];
  for (const resource of resources) {
    const fleet = isFleetHelmOp(resource) ? fleetUnknownValues(resource) : undefined;
    if (fleet !== undefined) {
      const at = resource.locate(fleet.path, 'key');
      notices.push(`${shownPath(resource.doc.filePath)}:${at.line}:${at.column}: ${resource.displayName} \`${fleet.path.join('.')}\` ${fleet.why}: ` +
        'the Installation its tigera-operator values render was not linted. Lint the values rendered for a cluster (declare a rendered copy in `helmValues`)');
      continue;
    }
    for (const { path, what } of perClusterValueTemplates(resource)) {
      const at = resource.locate(path, 'key');
      notices.push(`${shownPath(resource.doc.filePath)}:${at.line}:${at.column}: ${resource.displayName} \`${path.join('.')}\` ${what}: ` +
        'its tigera-operator values were not linted. Lint the values rendered for a cluster (declare a rendered copy in `helmValues`)');
    }
    if (resource.kind !== 'HelmChartProxy' || !resource.apiVersion.startsWith('addons.cluster.x-k8s.io/')) continue;
    const spec = resource.object.spec;
    const template = isPlain(spec) ? spec.valuesTemplate : undefined;
    if (typeof template !== 'string' || !TIGERA_OPERATOR_VALUES_TEXT.test(template)) continue;
    const at = resource.locate(['spec', 'valuesTemplate'], 'key');
    notices.push(`${shownPath(resource.doc.filePath)}:${at.line}:${at.column}: ${resource.displayName} \`spec.valuesTemplate\` is a Go template ` +
      'that Cluster API renders for each cluster: its tigera-operator values were not linted. ' +
      'Lint the values rendered for a cluster (declare a rendered copy in `helmValues`)');
  }
  return notices;
}

/**
 * Other addon managers that render Helm values per workload cluster, as CAAPH does:
 * - Azimuth's Cluster API addon provider (stackhpc/cluster-api-addon-provider), `addons.stackhpc.com`
 *   HelmRelease: each `spec.valuesSources[].template` is a Jinja template rendered with the Cluster;
 * - Sveltos (projectsveltos), `config.projectsveltos.io` ClusterProfile / Profile: `spec.helmCharts[].values`
 *   is a Go template instantiated per matching cluster (only when it holds `{{`: otherwise it is the text itself).
 */
function perClusterValueTemplates(resource: Resource): Array<{ path: Path; what: string }> {
  const spec = resource.object.spec;
  if (!isPlain(spec)) return [];
  const found: Array<{ path: Path; what: string }> = [];
  const listed = (key: string, field: string, what: string, needsAction: boolean): void => {
    const list = spec[key];
    if (!Array.isArray(list)) return;
    list.forEach((entry: unknown, i) => {
      const text = isPlain(entry) ? entry[field] : undefined;
      if (typeof text !== 'string' || !TIGERA_OPERATOR_VALUES_TEXT.test(text) || (needsAction && !text.includes('{{'))) return;
      found.push({ path: ['spec', key, i, field], what });
    });
  };
  if (resource.kind === 'HelmRelease' && resource.apiVersion.startsWith('addons.stackhpc.com/')) {
    listed('valuesSources', 'template', 'is a Jinja template that the Cluster API addon provider renders for each cluster', false);
  } else if ((resource.kind === 'ClusterProfile' || resource.kind === 'Profile') && resource.apiVersion.startsWith('config.projectsveltos.io/')) {
    listed('helmCharts', 'values', 'is a template that Sveltos renders for each matching cluster', true);
  }
  return found;
}

/** tigera-operator values in a text: an `installation:` key, or `calicoNetwork`. */
const TIGERA_OPERATOR_VALUES_TEXT = /^[ \t]*installation[ \t]*:|calicoNetwork/m;
