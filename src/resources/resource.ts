/**
 * Typed views of parsed documents: which object is a pool, which carries a pod
 * template, which is a Namespace. Rules read resources, never raw documents.
 */
import type { IObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { PairPart, Path, SourceDocument, SourceRange } from '../parse/source.js';
import { echo } from '../text.js';
import { INSTALLATION_API_VERSION, IPPOOL_API_VERSIONS } from './calico-models.js';
import type { EmbeddedProblem } from './embedded.js';
import { postRendererOf, uncheckedInstallationPatch } from './flux-post-renderers.js';
import { homeDocument, layeredDocument, mergedValues, type HelmValuesInput } from './helm-values-layers.js';
import { helmValuesSources, type HelmValuesSource } from './helm-values-sources.js';
import { applicationSetUnread } from './argo-application-set.js';
import type { Kustomized } from '../kustomize/patch-targets.js';
import { inlinePatchWorkloads, jsonPatchFileWorkload, type PatchedWorkload } from './kustomize-patches.js';
import { isKustomizationFile, kustomizeHelmCharts, type TreeFileReader, type UnreadValues } from '../kustomize/helm-charts.js';
import { declaredTigeraOperatorValues, recogniseTigeraOperatorValues, rendersInstallation, type DeclaredHelmValues } from './helm-values-file.js';
import { getIn, isPlainObject, type PlainObject } from './plain-object.js';

export { getIn, isPlainObject, type PlainObject };

/**
 * Where a pod's metadata and spec sit inside a workload kind. Looked up by a
 * kind read from the manifest: without a prototype, `kind: constructor` finds
 * nothing instead of Object's constructor (read with podTemplatePathOf).
 */
export const POD_TEMPLATE_PATHS: Readonly<Record<string, Path>> = Object.assign(Object.create(null) as Record<string, Path>, {
  Pod: [],
  PodTemplate: ['template'],
  Deployment: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
});

/** The pod template path of a kind, for a kind written in a manifest (any text, `__proto__` included). */
export function podTemplatePathOf(kind: string): Path | undefined {
  return Object.hasOwn(POD_TEMPLATE_PATHS, kind) ? POD_TEMPLATE_PATHS[kind] : undefined;
}

/** Kinds this tool reasons about that are not namespaced. */
const CLUSTER_SCOPED_KINDS = new Set(['Namespace', 'IPPool', 'Installation', 'Node']);

export interface Resource {
  readonly doc: SourceDocument;
  /** Where the object sits in its document: [] or ['items', i] inside a List. */
  readonly path: Path;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string | undefined;
  /** metadata.namespace, or the configured default; undefined for cluster-scoped kinds. */
  readonly namespace: string | undefined;
  readonly metadata: PlainObject;
  readonly object: PlainObject;
  /** The pools this object defines (one for an IPPool, several for an Installation). */
  readonly pools: readonly PoolDefinition[];
  /** The pod templates this object carries (itself for a Pod). */
  readonly podTemplates: readonly PodTemplate[];
  /** "Kind/name" (with namespace when it has one), for messages. */
  readonly displayName: string;
  /** Position of a path relative to this object. */
  locate(path: Path, part?: PairPart): SourceRange;
  /** Whether a path relative to this object is written in the source. */
  has(path: Path): boolean;
  /**
   * What kept YAML embedded in this object (Helm values in a string) from
   * being read as its consumer reads it: each one an error on the file, never
   * a silent drop (see helmValuesInstallations).
   */
  readonly embeddedProblems?: readonly EmbeddedProblem[];
  /** For an object that installs charts: the Helm values of each Helm run (src/resources/helm-values-sources.ts). */
  readonly helmValues?: readonly HelmValuesSource[];
  /** For the Installation rendered from Helm values: the object whose values they are. */
  readonly valuesHost?: Resource;
  /** For a kustomization: the values files its `helmCharts` read (their own views as plain values files give way). */
  readonly valuesFiles?: readonly string[];
  /** For the Installation of a plain values file (helm install -f): true. */
  readonly plainValuesFile?: boolean;
  /** For a kustomization: tigera-operator values of its `helmCharts` that calico-lint could not read (rule helm-values-unread). */
  readonly unreadHelmValues?: readonly UnreadValues[];
  /** What the kustomizations of the tree make of this document, as a patch and as a workload they patch (src/kustomize/patch-targets.ts). */
  readonly kustomized?: Kustomized;
  /** For the partial workload an inline kustomize patch writes: which patch of its document (src/resources/kustomize-patches.ts `entry`). */
  readonly inlinePatch?: { readonly entry: string; readonly document: number };
}

export interface PoolDefinition {
  readonly resource: Resource;
  readonly origin: 'IPPool' | 'Installation';
  readonly name: string | undefined;
  /** Path (relative to the resource) of the pool's name. */
  readonly namePath: Path;
  /** Path (relative to the resource) of the object holding cidr, nodeSelector, … */
  readonly specPath: Path;
  readonly spec: PlainObject;
}

export interface PodTemplate {
  readonly resource: Resource;
  /** Path (relative to the resource) of the object holding `metadata` and `spec`; [] for a Pod. */
  readonly path: Path;
  readonly metadata: Partial<IObjectMeta> & PlainObject;
  readonly spec: Partial<IPodSpec> & PlainObject;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export interface ResourceOptions {
  /** Namespace of namespaced objects that do not say theirs. */
  defaultNamespace: string;
  /** The namespace a kustomization puts every namespaced object of the file in, whatever it says (src/kustomize/). */
  namespaceOverride?: string | undefined;
  /** Files the configuration declares as Helm values of a chart (`helmValues`). */
  helmValuesOf?: ((filePath: string) => DeclaredHelmValues | undefined) | undefined;
  /** Reads the values files a kustomization's `helmCharts` name, inside the scanned tree only (src/kustomize/helm-charts.ts). */
  readTreeFile?: TreeFileReader | undefined;
}

/**
 * Extracts the Kubernetes objects of a document as kubectl does: the document
 * itself, or, when it is a list, its items. Documents that are not Kubernetes
 * objects (no apiVersion and kind) give nothing.
 *
 * kubectl's list test is not the kind: the unstructured decoder
 * (k8s.io/apimachinery/pkg/apis/meta/v1/unstructured, unstructuredJSONScheme.decode)
 * takes ANY object with an `items` key for a list, and kubectl's
 * FlattenListVisitor (k8s.io/cli-runtime/pkg/resource/visitor.go) then creates
 * the items, not the object: a Pod with `items: [...]` creates those items and
 * no Pod. The list needs a kind but no apiVersion. An item with neither kind
 * nor apiVersion takes the list's apiVersion and its kind without the `List`
 * suffix (decodeToList), so `kind: IPPoolList` lists IPPools. Checked against
 * kubectl 1.32 (test/differential/).
 */
export function resourcesOf(doc: SourceDocument, options: ResourceOptions): Resource[] {
  const value = doc.value;
  if (isKubectlList(value)) {
    if (!Array.isArray(value.items)) return []; // `items: null` is an empty list; anything else kubectl rejects
    // kubectl rejects the whole list when an item is a scalar, or has an `items` array itself (a null item alone is skipped).
    if (value.items.some((item) => (item !== null && !isPlainObject(item)) || (isPlainObject(item) && Array.isArray(item.items)))) return [];
    const resources: Resource[] = [];
    const listApiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
    value.items.forEach((item, i) => {
      if (!isPlainObject(item)) return;
      // Unstructured GetKind/GetAPIVersion read a missing or non-string field as "".
      const typed = !nonEmptyString(item.kind) && !nonEmptyString(item.apiVersion) && listApiVersion !== ''
        ? { ...item, apiVersion: listApiVersion, kind: value.kind.replace(/List$/, '') }
        : item;
      if (!isKubernetesObject(typed)) return;
      const resource = makeResource(doc, ['items', i], typed, options);
      resources.push(resource, ...helmValuesInstallations(resource, options));
    });
    return resources;
  }
  const patchFile = jsonPatchFileWorkload(doc, (kind) => podTemplatePathOf(kind) !== undefined);
  if (patchFile !== undefined) return [patchedWorkloadResource(patchFile, options)];
  const valuesFile = valuesFileInstallation(doc, options);
  const patched = kustomizePatchWorkloads(doc, options);
  if (!isKubernetesObject(value)) {
    const kustomized = kustomizeHelmInstallations(doc, undefined, options);
    if (kustomized.length > 0) return [...kustomized, ...(valuesFile ? [valuesFile] : []), ...patched];
    return valuesFile ? [valuesFile, ...patched] : patched.length > 0 ? patched : k3sConfigOf(doc, value, options);
  }
  const resource = makeResource(doc, [], value, options);
  return [resource, ...helmValuesInstallations(resource, options), ...kustomizeHelmInstallations(doc, resource, options), ...(valuesFile ? [valuesFile] : []), ...patched];
}

function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

/** An object kubectl expands as a list: it has a kind and an `items` key. */
function isKubectlList(value: unknown): value is PlainObject & { kind: string } {
  return isPlainObject(value) && typeof value.kind === 'string' && value.kind !== '' && Object.hasOwn(value, 'items');
}

function isKubernetesObject(value: unknown): value is PlainObject & { apiVersion: string; kind: string } {
  return isPlainObject(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string';
}

function makeResource(
  doc: SourceDocument,
  path: Path,
  object: PlainObject & { apiVersion: string; kind: string },
  options: ResourceOptions,
  displayName?: string,
): Resource {
  const metadata = isPlainObject(object.metadata) ? object.metadata : {};
  const name = asString(metadata.name);
  const namespace = CLUSTER_SCOPED_KINDS.has(object.kind)
    ? undefined
    : (options.namespaceOverride ?? asString(metadata.namespace) ?? options.defaultNamespace);
  const resource = new ObjectResource(doc, path, object, name, namespace, metadata, displayName);
  const { pools, podTemplates } = resource;
  for (const pool of poolsOf(resource)) pools.push(pool);
  for (const template of podTemplatesOf(resource)) podTemplates.push(template);
  return resource;
}

/**
 * A resource as an object with its methods on the prototype: a dense tree
 * holds one per workload for the whole rule run, and two closures per
 * resource (and a display name built up front) weighed as much as the rest.
 */
class ObjectResource implements Resource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly pools: PoolDefinition[] = [];
  readonly podTemplates: PodTemplate[] = [];
  private shownName: string | undefined;

  constructor(
    readonly doc: SourceDocument,
    readonly path: Path,
    readonly object: PlainObject & { apiVersion: string; kind: string },
    readonly name: string | undefined,
    readonly namespace: string | undefined,
    readonly metadata: PlainObject,
    displayName: string | undefined,
  ) {
    this.apiVersion = object.apiVersion;
    this.kind = object.kind;
    this.shownName = displayName;
  }

  /** Echoed in messages: kind, namespace and name come from the manifest, so escape and shorten them. */
  get displayName(): string {
    const { kind, namespace, name } = this;
    return (this.shownName ??= `${echo(kind)}/${namespace ? `${echo(namespace)}/` : ''}${name === undefined ? '(unnamed)' : echo(name)}`);
  }

  locate(relative: Path, part?: PairPart): SourceRange {
    return this.doc.locate([...this.path, ...relative], part);
  }

  has(relative: Path): boolean {
    return this.doc.has([...this.path, ...relative]);
  }
}

function poolsOf(resource: Resource): PoolDefinition[] {
  const { kind, apiVersion, object } = resource;
  if (kind === 'IPPool' && (IPPOOL_API_VERSIONS as readonly string[]).includes(apiVersion)) {
    return [{
      resource,
      origin: 'IPPool',
      name: resource.name,
      namePath: ['metadata', 'name'],
      specPath: ['spec'],
      spec: isPlainObject(object.spec) ? object.spec : {},
    }];
  }
  // The IP pool controller reads only the Installation named `default`, never `overlay` (tigera/operator
  // pkg/controller/ippool/pool_controller.go:159): the overlay's pools are never created (installation-name).
  if (kind === 'Installation' && apiVersion === INSTALLATION_API_VERSION && resource.name !== 'overlay') {
    const ipPoolsPath = ['spec', 'calicoNetwork', 'ipPools'];
    const ipPools = getIn(object, ipPoolsPath);
    if (!Array.isArray(ipPools)) return [];
    const pools: PoolDefinition[] = [];
    ipPools.forEach((entry, i) => {
      if (!isPlainObject(entry)) return;
      pools.push({
        resource,
        origin: 'Installation',
        name: asString(entry.name),
        namePath: [...ipPoolsPath, i, 'name'],
        specPath: [...ipPoolsPath, i],
        spec: entry,
      });
    });
    return pools;
  }
  return [];
}

function podTemplatesOf(resource: Resource): PodTemplate[] {
  const path = podTemplatePathOf(resource.kind);
  if (path === undefined) return [];
  const template = getIn(resource.object, path);
  if (!isPlainObject(template)) return [];
  return [{
    resource,
    path,
    metadata: isPlainObject(template.metadata) ? template.metadata : {},
    spec: isPlainObject(template.spec) ? template.spec : {},
  }];
}

/**
 * The tigera-operator chart renders its `installation` values as the
 * Installation named `default` (charts/tigera-operator/templates/crs/
 * custom-resources.yaml in projectcalico/calico). Each set of Helm values a
 * controller passes to one Helm run (src/resources/helm-values-sources.ts),
 * merged as Helm merges them, with `installation.calicoNetwork` becomes an
 * Installation view: a resource whose `spec` is those values, positioned
 * where each value is written, so that every pool rule sees these pools as
 * it sees a plain Installation. A Flux HelmRelease whose post-renderers may
 * patch that Installation gives none: rule helm-values-post-renderer says so.
 */
function helmValuesInstallations(host: Resource, options: ResourceOptions): Resource[] {
  // An ApplicationSet's generated Applications are not expanded: their tigera-operator values are unread (src/resources/argo-application-set.ts).
  const generated = applicationSetUnread(host);
  if (generated.length > 0) Object.assign(host, { unreadHelmValues: generated });
  if (!HELM_HOST_KINDS.has(host.kind)) return [];
  const { sources, problems, unread, files } = helmValuesSources(host, options.readTreeFile);
  if (problems.length > 0) (host as { embeddedProblems?: readonly EmbeddedProblem[] }).embeddedProblems = problems;
  // Argo CD `valueFiles` (src/resources/argo-value-files.ts): those not read for rule helm-values-unread, those read kept apart.
  if (unread.length > 0) Object.assign(host, { unreadHelmValues: unread });
  if (files.length > 0) Object.assign(host, { valuesFiles: files });
  // Kept for the HelmChart + HelmChartConfig pairs of a scope (src/resources/helm-chart-config.ts).
  if (sources.length > 0) (host as { helmValues?: readonly HelmValuesSource[] }).helmValues = sources;
  if (uncheckedInstallationPatch(host) !== undefined) return [];
  // Flux post-renderers' JSON and merge patches are applied to the rendered Installation (src/resources/flux-post-renderers.ts).
  const postRender = postRendererOf(host);
  const views: Resource[] = [];
  for (const source of sources) {
    const view = valuesInstallation(source.input, options, `${host.displayName} (Helm values ${source.label}, key \`installation\`)`, source.outside, true, postRender);
    if (view === undefined) continue;
    (view as { valuesHost?: Resource }).valuesHost = host;
    views.push(view);
  }
  return views;
}

const HELM_HOST_KINDS = new Set(['HelmChart', 'HelmChartConfig', 'HelmRelease', 'Application', 'HelmOp', 'HelmApp']);

/**
 * The Installation the tigera-operator chart renders from Helm values: a
 * resource whose `spec` is the merged `installation` mapping (without
 * `enabled`, which the chart omits), positioned where each value is written;
 * paths outside the spec point at `outside()`. None when `enabled` turns the
 * Installation off, or, with `needsNetwork` (values inside another object),
 * without `calicoNetwork`.
 */
export function valuesInstallation(
  input: HelmValuesInput,
  options: ResourceOptions,
  displayName: string,
  outside: (homeFile: string) => SourceRange,
  needsNetwork = true,
  postRender?: (object: PlainObject, doc: SourceDocument) => { object: PlainObject; doc: SourceDocument } | undefined,
): Resource | undefined {
  const installation = mergedValues(input).installation;
  if (!isPlainObject(installation) || (needsNetwork && !isPlainObject(installation.calicoNetwork)) || !rendersInstallation(installation)) return undefined;
  const spec = Object.hasOwn(installation, 'enabled') ? Object.fromEntries(Object.entries(installation).filter(([key]) => key !== 'enabled')) : installation;
  const object = { apiVersion: INSTALLATION_API_VERSION, kind: 'Installation', metadata: { name: 'default' }, spec };
  // The Installation lies in the file that writes its pool list (a HelmChart and its HelmChartConfig may be apart).
  const home = homeDocument(input, ['installation', 'calicoNetwork', 'ipPools']);
  const doc = layeredDocument(input, object, ['spec'], ['installation'], ['installation', 'calicoNetwork', 'ipPools'], () => outside(home.filePath));
  if (postRender === undefined) return makeResource(doc, [], object, options, displayName);
  const rendered = postRender(object, doc);
  return rendered && makeResource(rendered.doc, [], rendered.object as PlainObject & { apiVersion: string; kind: string }, options, displayName);
}

/**
 * The Installations kustomize renders from the tigera-operator charts of a
 * kustomization's `helmCharts` (src/kustomize/helm-charts.ts): one view per
 * entry whose values render one, positioned where each value is written (in
 * the kustomization or in a values file). An entry of the tigera-operator
 * chart (by name or repository, or whose inline values write `installation`)
 * with values calico-lint could not read gives no view; the kustomization
 * (`host`, or a resource made for it when it has no apiVersion and kind)
 * keeps them for rule helm-values-unread.
 */
function kustomizeHelmInstallations(doc: SourceDocument, host: Resource | undefined, options: ResourceOptions): Resource[] {
  if (doc.index !== 0 || !isKustomizationFile(doc.filePath) || !isPlainObject(doc.value)) return [];
  if (host !== undefined && !host.apiVersion.startsWith('kustomize.config.k8s.io/')) return [];
  const charts = kustomizeHelmCharts(doc, options.readTreeFile);
  if (charts.length === 0) return [];
  const name = echo(doc.filePath.split(/[\\/]/).pop() ?? '');
  const kustomization = host ?? makeResource(doc, [], { ...doc.value, apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' }, options, `kustomization ${name}`);
  const resources: Resource[] = host === undefined ? [kustomization] : [];
  const unread: UnreadValues[] = [];
  const consumed = [...new Set(charts.flatMap((chart) => chart.readFiles))];
  for (const chart of charts) {
    if (chart.unread.length > 0) {
      if (chart.tigeraOperator || chart.inlineInstallation) unread.push(...chart.unread);
      continue;
    }
    const input = chart.input;
    if (input === undefined || input.layers.length === 0) continue;
    const where = `\`${dottedPath(chart.path)}\`${chart.name === undefined ? '' : ` (${echo(chart.name)})`}`;
    const outside = (homeFile: string): SourceRange => {
      const layer = input.layers.find((entry) => entry.doc.filePath === homeFile) ?? input.layers[0]!;
      return layer.doc.locate([...layer.prefix, 'installation'], 'key');
    };
    const view = valuesInstallation(input, options, `kustomization ${name} ${where} (Helm values ${input.layers.map((layer) => layer.label).join(' and ')}, key \`installation\`)`, outside, !chart.tigeraOperator);
    if (view === undefined) continue;
    Object.assign(view, { valuesHost: kustomization });
    resources.push(view);
  }
  if (unread.length > 0) Object.assign(kustomization, { unreadHelmValues: unread });
  if (consumed.length > 0) Object.assign(kustomization, { valuesFiles: consumed });
  return resources.length === (host === undefined ? 1 : 0) && unread.length === 0 && consumed.length === 0 ? [] : resources;
}

/** The partial workloads the inline kustomize patches of a kustomization, Flux Kustomization, HelmRelease or Argo CD Application write (src/resources/kustomize-patches.ts), named with the patch. */
function kustomizePatchWorkloads(doc: SourceDocument, options: ResourceOptions): Resource[] {
  const kustomizationFile = doc.index === 0 && isKustomizationFile(doc.filePath);
  return inlinePatchWorkloads(doc, kustomizationFile, (kind) => podTemplatePathOf(kind) !== undefined).map((workload) => patchedWorkloadResource(workload, options, 'an inline patch in '));
}

function patchedWorkloadResource({ doc, object, shownAs, entry, document }: PatchedWorkload, options: ResourceOptions, how = ''): Resource {
  const probe = makeResource(doc, [], object, options);
  const resource = makeResource(doc, [], object, options, `${probe.displayName} (${how}${shownAs})`);
  return entry === undefined ? resource : Object.assign(resource, { inlinePatch: { entry, document: document ?? 0 } });
}

function dottedPath(path: Path): string {
  return path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').slice(1);
}

/**
 * The Installation of a plain tigera-operator values file: its first
 * document, declared in the configuration or recognised by content
 * (src/resources/helm-values-file.ts).
 */
function valuesFileInstallation(doc: SourceDocument, options: ResourceOptions): Resource | undefined {
  if (doc.index !== 0) return undefined;
  const declared = options.helmValuesOf?.(doc.filePath);
  const values = declared ? declaredTigeraOperatorValues(doc.value, declared) : recogniseTigeraOperatorValues(doc.value);
  if (values === undefined) return undefined;
  const name = doc.filePath.split(/[\\/]/).pop() ?? '';
  const where = echo(values.installationPath.join('.'), 120);
  const prefix = values.installationPath.slice(0, -1);
  const layer = { label: echo(name), doc, prefix, values: { installation: values.installation } };
  const view = valuesInstallation({ layers: [layer], sets: [] }, options,
    `tigera-operator Helm values ${echo(name)} (key \`${where}\`)`, () => doc.locate(values.installationPath, 'key'), false);
  return view && Object.assign(view, { plainValuesFile: true });
}

/**
 * Keys of a k3s / RKE2 config file (/etc/rancher/{k3s,rke2}/config.yaml, or a drop-in of config.yaml.d/) that hold
 * the cluster's ranges: a string or a list, and the appending form `key+` (k3s pkg/configfilearg/parser.go:279-293).
 */
const K3S_RANGE_KEYS = ['cluster-cidr', 'service-cidr', 'cluster-cidr+', 'service-cidr+'];

/** The kind calico-lint gives a k3s / RKE2 config file, which has no apiVersion or kind of its own. */
export const K3S_CONFIG_KIND = 'K3sConfig';

/**
 * A k3s / RKE2 config file is not a Kubernetes object, but it holds the pod
 * and Service ranges the cluster was built with (`cluster-cidr`,
 * `service-cidr`): it becomes a resource of kind `K3sConfig`.
 */
function k3sConfigOf(doc: SourceDocument, value: unknown, options: ResourceOptions): Resource[] {
  if (!isPlainObject(value) || Object.hasOwn(value, 'apiVersion') || Object.hasOwn(value, 'kind')) return [];
  const name = echo(doc.filePath.split(/[\\/]/).pop() ?? '');
  // Ansible's k3s role (PyratLabs/ansible-role-k3s, `xanmanning.k3s`) writes its `k3s_server` variable as the
  // server's config.yaml: the same keys, one level down (vars/main.yml: `k3s_runtime_config` is `k3s_server`
  // combined with `k3s_agent`; templates/config.yaml.j2 writes it `| to_nice_yaml`).
  const ansible = value[ANSIBLE_K3S_SERVER];
  if (holdsK3sRanges(ansible)) {
    return [makeResource(doc, [ANSIBLE_K3S_SERVER], { ...ansible, apiVersion: 'k3s.cattle.io/config', kind: K3S_CONFIG_KIND }, options,
      `k3s config \`${ANSIBLE_K3S_SERVER}\` of ${name} (Ansible role xanmanning.k3s)`)];
  }
  if (!holdsK3sRanges(value)) return [];
  return [makeResource(doc, [], { ...value, apiVersion: 'k3s.cattle.io/config', kind: K3S_CONFIG_KIND }, options, `k3s/RKE2 config ${name}`)];
}

const ANSIBLE_K3S_SERVER = 'k3s_server';

function holdsK3sRanges(value: unknown): value is PlainObject {
  return isPlainObject(value) && K3S_RANGE_KEYS.some((key) => typeof value[key] === 'string' || Array.isArray(value[key]));
}
