/**
 * Flux HelmRelease post-renderers (issue 19, item 6). fluxcd/helm-controller
 * runs each `spec.postRenderers[].kustomize` over the chart's rendered
 * manifests, in order (internal/postrender/build.go:31-40): its `patches`
 * (strategic merge or JSON 6902, each with an optional `target` selector)
 * become the patches of a Kustomization whose only resource is Helm's output
 * (internal/postrender/kustomize.go:40-60). API v2beta1 also had
 * `patchesStrategicMerge` and `patchesJson6902` (api/v2beta1/helmrelease_types.go:44-52).
 *
 * JSON 6902 patches whose target certainly selects the Installation the
 * chart renders from `installation` are applied to it (src/resources/
 * json-patch.ts). Any other patch that can reach it may change its pools in a
 * way calico-lint does not apply (a strategic merge patch: kustomize merges a
 * CRD's lists its own way), so those pools are not judged on the unpatched
 * values (resource.ts) and the rule helm-values-post-renderer says so at
 * `spec.postRenderers`.
 *
 * A patch that writes only labels, annotations and Installation fields no
 * pool depends on (POOL_NEUTRAL_SPEC_FIELDS) keeps the pools as the values
 * give them. A patch provably misses the Installation when its target (a kustomize
 * selector: anchored regular expressions `^(?:…)$`, an empty field matching
 * anything: kustomize api/types/selector.go NewSelectorRegex, anchorRegex)
 * names another group, version, kind or name, or, without a target, when the
 * strategic merge patch is for another kind or name. Label and annotation
 * selectors and namespaces are not taken as proof.
 */
import { hasValueAt, parseManifest } from '../parse/parse-manifest.js';
import type { Path, SourceDocument } from '../parse/source.js';
import { embeddedYaml } from './embedded.js';
import { applyJsonPatch, type JsonPatchOperation } from './json-patch.js';
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

/** A JSON patch operation of a post-renderer, with where its value is written. */
export interface PatchOperationAt extends JsonPatchOperation {
  valueAt: { doc: SourceDocument; path: Path };
}

/**
 * What the post-renderers of a Flux HelmRelease do to the Installation:
 * nothing that matters (`none`); JSON 6902 operations calico-lint applies
 * (`json`: every patch that reaches it is a JSON patch whose target certainly
 * selects it); or something it cannot tell (`unknown`, with the first such
 * patch: a strategic merge patch, a target by labels, an unreadable patch).
 */
export type PostRendering =
  | { kind: 'none' }
  | { kind: 'json'; operations: PatchOperationAt[]; patches: Path[] }
  | { kind: 'unknown'; patch: Path };

export function postRenderingOf(resource: Resource): PostRendering {
  if (!isFluxHelmRelease(resource)) return { kind: 'none' };
  const renderers = getIn(resource.object, ['spec', 'postRenderers']);
  if (!Array.isArray(renderers)) return { kind: 'none' };
  const operations: PatchOperationAt[] = [];
  const patches: Path[] = [];
  for (const [i, renderer] of renderers.entries()) {
    const kustomize = getIn(renderer, ['kustomize']);
    if (!isPlainObject(kustomize)) continue;
    const base: Path = ['spec', 'postRenderers', i, 'kustomize'];
    const fields = new Set<string>();
    const reaching = (path: Path, field: string, found: PatchOperationAt[] | undefined): PostRendering | undefined => {
      fields.add(field);
      // kustomize orders `patches`, `patchesStrategicMerge` and `patchesJson6902` its own way: two kinds at once are not applied.
      if (found === undefined || fields.size > 1) return { kind: 'unknown', patch: path };
      operations.push(...found);
      patches.push(path);
      return undefined;
    };
    for (const [j, patch] of listOf(kustomize.patches).entries()) {
      if (!isPlainObject(patch)) continue;
      const reaches = isPlainObject(patch.target) ? targetMayMatch(patch.target) : patchTextMayMatch(patch.patch);
      if (!reaches || patchTextKeepsPools(patch.patch)) continue;
      const path = [...base, 'patches', j];
      const found = isPlainObject(patch.target) && targetSelects(patch.target) ? operationsInText(resource, [...path, 'patch'], patch.patch) : undefined;
      const unknown = reaching(path, 'patches', found);
      if (unknown) return unknown;
    }
    for (const [j, patch] of listOf(kustomize.patchesStrategicMerge).entries()) {
      if (ownIdMayMatch(patch) && !mergePatchKeepsPools(patch)) return { kind: 'unknown', patch: [...base, 'patchesStrategicMerge', j] };
    }
    for (const [j, patch] of listOf(kustomize.patchesJson6902).entries()) {
      const reaches = !isPlainObject(patch) || !isPlainObject(patch.target) || targetMayMatch(patch.target);
      if (!reaches || (isPlainObject(patch) && jsonPatchKeepsPools(patch.patch))) continue;
      const path = [...base, 'patchesJson6902', j];
      const found = isPlainObject(patch) && isPlainObject(patch.target) && targetSelects(patch.target)
        ? operationsIn(patch.patch, (k) => ({ doc: resource.doc, path: [...resource.path, ...path, 'patch', k, 'value'] }))
        : undefined;
      const unknown = reaching(path, 'patchesJson6902', found);
      if (unknown) return unknown;
    }
  }
  return patches.length === 0 ? { kind: 'none' } : { kind: 'json', operations, patches };
}

/**
 * The post-renderer patch that makes the Installation of a HelmRelease's
 * `spec.values` unknown: only when those values render one (an enabled
 * `installation` with `calicoNetwork`). JSON patches that cannot be applied
 * to it (a missing path, a failing `test`) fail the release: unknown too.
 */
export function uncheckedInstallationPatch(resource: Resource): Path | undefined {
  if (!isFluxHelmRelease(resource)) return undefined;
  const installation = getIn(resource.object, ['spec', 'values', 'installation']);
  if (!isPlainObject(installation) || !isPlainObject(installation.calicoNetwork) || !rendersInstallation(installation)) return undefined;
  const rendering = postRenderingOf(resource);
  if (rendering.kind === 'unknown') return rendering.patch;
  if (rendering.kind === 'json' && applyJsonPatch(renderedInstallation(installation), rendering.operations) === undefined) return rendering.patches[0];
  return undefined;
}

/** The Installation the chart renders from `installation` values (custom-resources.yaml): the values without `enabled` as its spec. */
export function renderedInstallation(installation: Record<string, unknown>): Record<string, unknown> {
  const spec = Object.fromEntries(Object.entries(installation).filter(([key]) => key !== 'enabled'));
  return { apiVersion: 'operator.tigera.io/v1', kind: 'Installation', metadata: { name: 'default' }, spec };
}

/** A target that certainly selects the Installation: only group, version, kind and name, each matching. */
function targetSelects(target: Record<string, unknown>): boolean {
  const fields = Object.keys(target).filter((key) => target[key] !== '' && target[key] !== undefined && target[key] !== null);
  return fields.every((key) => RENDERED_INSTALLATION.some(([field]) => field === key)) && targetMayMatch(target);
}

/** JSON patch operations written as YAML in a string (a `patches` entry's `patch`), positioned there. */
function operationsInText(resource: Resource, path: Path, text: unknown): PatchOperationAt[] | undefined {
  if (typeof text !== 'string') return undefined;
  const embedded = embeddedYaml(resource.doc, [...resource.path, ...path], text);
  const documents = embedded.documents.filter((doc) => doc.value !== null);
  if (embedded.problems.length > 0 || documents.length !== 1) return undefined;
  const doc = documents[0]!;
  return operationsIn(doc.value, (k) => ({ doc, path: [k, 'value'] }));
}

function operationsIn(list: unknown, valueAt: (index: number) => PatchOperationAt['valueAt']): PatchOperationAt[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const operations: PatchOperationAt[] = [];
  for (const [k, entry] of list.entries()) {
    if (!isPlainObject(entry) || typeof entry.op !== 'string' || typeof entry.path !== 'string') return undefined;
    const from = typeof entry.from === 'string' ? entry.from : undefined;
    operations.push({ op: entry.op, path: entry.path, from, value: entry.value, valueAt: valueAt(k) });
  }
  return operations;
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

/**
 * The Installation after the post-renderers' JSON patches: positions of what
 * a patch wrote point at the operation's `value`, the rest where the values
 * wrote it (list indexes followed back through inserts and removals).
 * Undefined when an operation fails.
 */
export function patchedInstallation(
  object: Record<string, unknown>,
  doc: SourceDocument,
  operations: readonly PatchOperationAt[],
): { object: Record<string, unknown>; doc: SourceDocument } | undefined {
  const result = applyJsonPatch(object, operations);
  if (result === undefined || !isPlainObject(result.value)) return undefined;
  const value = result.value;
  const same = (a: Path, b: Path): boolean => a.length === b.length && a.every((segment, i) => segment === b[i]);
  return {
    object: value,
    doc: {
      filePath: doc.filePath,
      index: doc.index,
      value,
      // A tag (`nodeSelector: !all()`) still counts where the patch left its value in place.
      unresolvedTags: doc.unresolvedTags.filter((tag) => {
        const origin = result.originOf(tag.path);
        return 'before' in origin && same(origin.before, tag.path) && hasValueAt(value, tag.path);
      }),
      locate(path, part) {
        const origin = result.originOf(path);
        if ('before' in origin) return doc.locate(origin.before, part);
        const at = operations[origin.op]!.valueAt;
        return at.doc.locate([...at.path, ...origin.rest], part);
      },
      has: (path) => hasValueAt(value, path),
    },
  };
}
