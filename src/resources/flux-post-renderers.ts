/**
 * Flux HelmRelease post-renderers (issue 19, item 6). fluxcd/helm-controller
 * runs each `spec.postRenderers[].kustomize` over the chart's rendered
 * manifests, in order (internal/postrender/build.go:31-40): its `patches`
 * (strategic merge or JSON 6902, each with an optional `target` selector)
 * become the patches of a Kustomization whose only resource is Helm's output
 * (internal/postrender/kustomize.go:40-60). API v2beta1 also had
 * `patchesStrategicMerge` and `patchesJson6902` (api/v2beta1/helmrelease_types.go:44-52).
 *
 * calico-lint does not apply them: a patch that can reach the Installation
 * the chart renders from `installation` may change its pools, so those pools
 * are not judged on the unpatched values (resource.ts) and the rule
 * helm-values-post-renderer says so at `spec.postRenderers`.
 *
 * A patch that writes only labels, annotations and Installation fields no
 * pool depends on (POOL_NEUTRAL_SPEC_FIELDS) keeps the pools as the values
 * give them. A patch provably misses the Installation when its target (a kustomize
 * selector: anchored regular expressions, an empty field matching anything)
 * names another group, version, kind or name, or, without a target, when the
 * strategic merge patch is for another kind or name. Label and annotation
 * selectors and namespaces are not taken as proof.
 */
import { parseManifest } from '../parse/parse-manifest.js';
import type { Path } from '../parse/source.js';
import { rendersInstallation } from './helm-values-file.js';
import { getIn, isPlainObject, type Resource } from './resource.js';

/** What the chart renders: apiVersion operator.tigera.io/v1, kind Installation, name default (custom-resources.yaml). */
const RENDERED_INSTALLATION: ReadonlyArray<[string, string]> = [
  ['group', 'operator.tigera.io'],
  ['version', 'v1'],
  ['kind', 'Installation'],
  ['name', 'default'],
];

export function isFluxHelmRelease(resource: Resource): boolean {
  return resource.kind === 'HelmRelease' && resource.apiVersion.startsWith('helm.toolkit.fluxcd.io/');
}

/** The first post-renderer patch of a Flux HelmRelease that may reach the Installation, by its path; undefined when none may. */
export function installationPatchPath(resource: Resource): Path | undefined {
  if (!isFluxHelmRelease(resource)) return undefined;
  const renderers = getIn(resource.object, ['spec', 'postRenderers']);
  if (!Array.isArray(renderers)) return undefined;
  for (const [i, renderer] of renderers.entries()) {
    const kustomize = getIn(renderer, ['kustomize']);
    if (!isPlainObject(kustomize)) continue;
    const base: Path = ['spec', 'postRenderers', i, 'kustomize'];
    for (const [j, patch] of listOf(kustomize.patches).entries()) {
      if (!isPlainObject(patch)) continue;
      const reaches = isPlainObject(patch.target) ? targetMayMatch(patch.target) : patchTextMayMatch(patch.patch);
      if (reaches && !patchTextKeepsPools(patch.patch)) return [...base, 'patches', j];
    }
    for (const [j, patch] of listOf(kustomize.patchesStrategicMerge).entries()) {
      if (ownIdMayMatch(patch) && !mergePatchKeepsPools(patch)) return [...base, 'patchesStrategicMerge', j];
    }
    for (const [j, patch] of listOf(kustomize.patchesJson6902).entries()) {
      const reaches = !isPlainObject(patch) || !isPlainObject(patch.target) || targetMayMatch(patch.target);
      if (reaches && !(isPlainObject(patch) && jsonPatchKeepsPools(patch.patch))) return [...base, 'patchesJson6902', j];
    }
  }
  return undefined;
}

/**
 * The post-renderer patch that makes the Installation of a HelmRelease's
 * `spec.values` unknown: only when those values render one (an enabled
 * `installation` with `calicoNetwork`).
 */
export function uncheckedInstallationPatch(resource: Resource): Path | undefined {
  if (!isFluxHelmRelease(resource)) return undefined;
  const installation = getIn(resource.object, ['spec', 'values', 'installation']);
  if (!isPlainObject(installation) || !isPlainObject(installation.calicoNetwork) || !rendersInstallation(installation)) return undefined;
  return installationPatchPath(resource);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A kustomize selector: every field given must match (anchored regular expressions). */
function targetMayMatch(target: Record<string, unknown>): boolean {
  return RENDERED_INSTALLATION.every(([field, value]) => {
    const pattern = target[field];
    if (typeof pattern !== 'string' || pattern === '') return true;
    try {
      return new RegExp(`^(?:${pattern})$`).test(value);
    } catch {
      return true; // Go's RE2 syntax differs: not proof that it misses
    }
  });
}

/** A patch without a target: strategic merge patches name their object; anything else is not proof. */
function patchTextMayMatch(text: unknown): boolean {
  if (typeof text !== 'string') return true;
  const documents = parseManifest('post-renderer-patch.yaml', text).documents.filter((doc) => doc.value !== null);
  return documents.length === 0 || documents.some((doc) => ownIdMayMatch(doc.value));
}

function ownIdMayMatch(patch: unknown): boolean {
  if (!isPlainObject(patch)) return true;
  const kind = patch.kind;
  const name = getIn(patch, ['metadata', 'name']);
  if (typeof kind === 'string' && kind !== 'Installation') return false;
  return !(typeof name === 'string' && name !== 'default');
}

/**
 * Installation fields no rule reads and that do not change what IPAM does:
 * images, placement and resources of the components, paths, metrics, logging
 * (tigera/operator api/v1/installation_types.go, InstallationSpec). A patch
 * that writes only these, or labels and annotations, leaves the pools as the
 * values give them: they are checked, and nothing is reported.
 */
const POOL_NEUTRAL_SPEC_FIELDS: ReadonlySet<string> = new Set([
  'registry', 'imagePath', 'imagePrefix', 'imagePullSecrets', 'imagePullPolicy', 'typhaAffinity', 'controlPlaneNodeSelector',
  'controlPlaneTolerations', 'controlPlaneReplicas', 'nodeMetricsPort', 'typhaMetricsPort', 'flexVolumePath', 'calicoRunHostPath',
  'calicoLibHostPath', 'kubeletVolumePluginPath', 'nodeUpdateStrategy', 'componentResources', 'certificateManagement', 'tlsCipherSuites',
  'nonPrivileged', 'calicoNodeDaemonSet', 'csiNodeDriverDaemonSet', 'calicoKubeControllersDeployment', 'typhaDeployment',
  'typhaPodDisruptionBudget', 'calicoWindowsUpgradeDaemonSet', 'calicoNodeWindowsDaemonSet', 'fipsMode', 'logging', 'windowsNodes', 'azure', 'proxy',
]);

/** A JSON pointer (RFC 6901) the pools do not depend on. */
function neutralPointer(pointer: unknown): boolean {
  if (typeof pointer !== 'string') return false;
  const [empty, top, field] = pointer.split('/');
  if (empty !== '' || field === undefined || field === '') return false;
  if (top === 'metadata') return field === 'labels' || field === 'annotations';
  return top === 'spec' && POOL_NEUTRAL_SPEC_FIELDS.has(field.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** JSON 6902 operations that write (and, for `move`, remove) only neutral places; `copy` and `test` only read `from`. */
function jsonPatchKeepsPools(operations: unknown): boolean {
  if (!Array.isArray(operations)) return false;
  return operations.every((operation) => isPlainObject(operation) && typeof operation.op === 'string' &&
    (operation.op === 'test' || (neutralPointer(operation.path) && (operation.op !== 'move' || neutralPointer(operation.from)))));
}

/** A strategic merge patch of the Installation that sets only labels, annotations and neutral spec fields (no `$patch` directives). */
function mergePatchKeepsPools(patch: unknown): boolean {
  if (!isPlainObject(patch)) return false;
  const only = (value: unknown, keys: ReadonlySet<string>): boolean => value === undefined || (isPlainObject(value) && Object.keys(value).every((key) => keys.has(key)));
  return Object.keys(patch).every((key) => ['apiVersion', 'kind', 'metadata', 'spec'].includes(key)) &&
    only(patch.metadata, new Set(['name', 'namespace', 'labels', 'annotations'])) &&
    only(patch.spec, POOL_NEUTRAL_SPEC_FIELDS);
}

/** The text of a `patches` entry: every document a neutral JSON 6902 list or strategic merge patch. */
function patchTextKeepsPools(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const parsed = parseManifest('post-renderer-patch.yaml', text);
  if (parsed.problems.length > 0) return false;
  const documents = parsed.documents.filter((doc) => doc.value !== null);
  return documents.length > 0 && documents.every((doc) => (Array.isArray(doc.value) ? jsonPatchKeepsPools(doc.value) : mergePatchKeepsPools(doc.value)));
}
