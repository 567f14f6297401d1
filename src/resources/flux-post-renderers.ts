/**
 * Flux HelmRelease post-renderers (issue 19, item 6). fluxcd/helm-controller
 * runs each `spec.postRenderers[].kustomize` over the chart's rendered
 * manifests, in order (internal/postrender/build.go:31-40): its `patches`
 * (strategic merge or JSON 6902, each with an optional `target` selector)
 * become the patches of a Kustomization whose only resource is Helm's output
 * (internal/postrender/kustomize.go:40-60). API v2beta1 also had
 * `patchesStrategicMerge` and `patchesJson6902` (api/v2beta1/helmrelease_types.go:44-52).
 *
 * Patches that certainly reach the Installation the chart renders from
 * `installation` are applied to it, in order: JSON 6902 patches whose target
 * certainly selects it (src/resources/json-patch.ts), and strategic merge
 * patches that certainly select it (a target by group, version, kind and name,
 * or, without a target, a patch whose own apiVersion, kind and name are the
 * Installation's). The Installation is a CRD-typed object, for which
 * kustomize's strategic merge is a JSON merge patch (src/resources/
 * merge-patch.ts). Any other patch that can reach it (a target by labels, a
 * `$patch` directive, a schema comment, a patch that would fail) makes its
 * pools unknown: they are not judged on the unpatched values (resource.ts)
 * and the rule helm-values-post-renderer says so at `spec.postRenderers`.
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
import { applyMergePatch, hasDirective } from './merge-patch.js';
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

/** One patch applied to the Installation: JSON 6902 operations, or a strategic merge patch written at `at`. */
export type PostRenderStep =
  | { type: 'json'; operations: PatchOperationAt[] }
  | { type: 'merge'; patch: Record<string, unknown>; at: { doc: SourceDocument; path: Path } };

/**
 * What the post-renderers of a Flux HelmRelease do to the Installation:
 * nothing that matters (`none`); patches calico-lint applies, in order
 * (`patched`: every patch that reaches it certainly selects it and is a JSON
 * 6902 patch or a strategic merge patch without directives); or something it
 * cannot tell (`unknown`, with the first such patch: a target by labels, an
 * unreadable patch, a directive).
 */
export type PostRendering =
  | { kind: 'none' }
  | { kind: 'patched'; steps: PostRenderStep[]; patches: Path[] }
  | { kind: 'unknown'; patch: Path };

export function postRenderingOf(resource: Resource): PostRendering {
  if (!isFluxHelmRelease(resource)) return { kind: 'none' };
  const renderers = getIn(resource.object, ['spec', 'postRenderers']);
  if (!Array.isArray(renderers)) return { kind: 'none' };
  const steps: PostRenderStep[] = [];
  const patches: Path[] = [];
  for (const [i, renderer] of renderers.entries()) {
    const kustomize = getIn(renderer, ['kustomize']);
    if (!isPlainObject(kustomize)) continue;
    const base: Path = ['spec', 'postRenderers', i, 'kustomize'];
    const fields = new Set<string>();
    const reaching = (path: Path, field: string, found: PostRenderStep | undefined): PostRendering | undefined => {
      fields.add(field);
      // kustomize orders `patches`, `patchesStrategicMerge` and `patchesJson6902` its own way: two kinds at once are not applied.
      if (found === undefined || fields.size > 1) return { kind: 'unknown', patch: path };
      steps.push(found);
      patches.push(path);
      return undefined;
    };
    for (const [j, patch] of listOf(kustomize.patches).entries()) {
      if (!isPlainObject(patch)) continue;
      const reaches = isPlainObject(patch.target) ? targetMayMatch(patch.target) : patchTextMayMatch(patch.patch);
      if (!reaches || patchTextKeepsPools(patch.patch)) continue;
      const path = [...base, 'patches', j];
      const unknown = reaching(path, 'patches', stepInText(resource, [...path, 'patch'], patch.patch, isPlainObject(patch.target) ? patch.target : undefined));
      if (unknown) return unknown;
    }
    for (const [j, patch] of listOf(kustomize.patchesStrategicMerge).entries()) {
      if (!ownIdMayMatch(patch) || mergePatchKeepsPools(patch)) continue;
      const path = [...base, 'patchesStrategicMerge', j];
      const found = isPlainObject(patch) && ownIdSelects(patch) && !hasDirective(patch)
        ? { type: 'merge' as const, patch, at: { doc: resource.doc, path: [...resource.path, ...path] } }
        : undefined;
      const unknown = reaching(path, 'patchesStrategicMerge', found);
      if (unknown) return unknown;
    }
    for (const [j, patch] of listOf(kustomize.patchesJson6902).entries()) {
      const reaches = !isPlainObject(patch) || !isPlainObject(patch.target) || targetMayMatch(patch.target);
      if (!reaches || (isPlainObject(patch) && jsonPatchKeepsPools(patch.patch))) continue;
      const path = [...base, 'patchesJson6902', j];
      const operations = isPlainObject(patch) && isPlainObject(patch.target) && targetSelects(patch.target)
        ? operationsIn(patch.patch, (k) => ({ doc: resource.doc, path: [...resource.path, ...path, 'patch', k, 'value'] }))
        : undefined;
      const unknown = reaching(path, 'patchesJson6902', operations && { type: 'json', operations });
      if (unknown) return unknown;
    }
  }
  return patches.length === 0 ? { kind: 'none' } : { kind: 'patched', steps, patches };
}

/**
 * The post-renderer patch that makes the Installation of a HelmRelease's
 * `spec.values` unknown: only when those values render one (an enabled
 * `installation` with `calicoNetwork`). Patches that cannot be applied to it
 * (a JSON patch on a missing path, a failing `test`, a merge patch whose
 * mapping meets a list: the release fails) make it unknown too.
 */
export function uncheckedInstallationPatch(resource: Resource): Path | undefined {
  if (!isFluxHelmRelease(resource)) return undefined;
  const installation = getIn(resource.object, ['spec', 'values', 'installation']);
  if (!isPlainObject(installation) || !isPlainObject(installation.calicoNetwork) || !rendersInstallation(installation)) return undefined;
  const rendering = postRenderingOf(resource);
  if (rendering.kind === 'unknown') return rendering.patch;
  if (rendering.kind === 'patched') {
    const failed = firstFailingStep(renderedInstallation(installation), rendering.steps);
    if (failed !== undefined) return rendering.patches[failed];
  }
  return undefined;
}

/** The patched Installation of a HelmRelease's values, for resource.ts; undefined when no patch reaches it. */
export function postRendererOf(resource: Resource): ((object: Record<string, unknown>, doc: SourceDocument) => { object: Record<string, unknown>; doc: SourceDocument } | undefined) | undefined {
  const rendering = postRenderingOf(resource);
  return rendering.kind === 'patched' ? (object, doc) => patchedInstallation(object, doc, rendering.steps) : undefined;
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

/**
 * The patch written as YAML in a string (a `patches` entry's `patch`),
 * positioned there, when it certainly reaches the Installation: a JSON 6902
 * list under a target that certainly selects it, or one strategic merge patch
 * selected so (its target, or without one its own apiVersion, kind and name).
 * A schema comment (`# {"$ref": …}`, read by kyaml's fieldmeta) could make
 * kustomize merge a list by key: such a patch is not applied.
 */
function stepInText(resource: Resource, path: Path, text: unknown, target: Record<string, unknown> | undefined): PostRenderStep | undefined {
  if (typeof text !== 'string') return undefined;
  // kustomize's PatchTransformer (api/internal/builtins/PatchTransformer.go jsonPatchFromBytes): a trimmed patch that
  // starts with `[` is read as JSON, strictly; flow YAML there (`[{op: add, …}]`) fails the build (checked with kubectl kustomize).
  const trimmed = text.trim();
  if (trimmed.startsWith('[') && !isJson(trimmed)) return undefined;
  const embedded = embeddedYaml(resource.doc, [...resource.path, ...path], text);
  const documents = embedded.documents.filter((doc) => doc.value !== null);
  if (embedded.problems.length > 0 || documents.length !== 1) return undefined;
  if (Array.isArray(documents[0]!.value)) {
    const doc = documents[0]!;
    if (target === undefined || !targetSelects(target)) return undefined;
    const operations = operationsIn(doc.value as unknown[], (k) => ({ doc, path: [k, 'value'] }));
    return operations && { type: 'json', operations };
  }
  return mergeStepInText(resource, path, text, target);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A strategic merge patch in a string: kustomize reads it with kyaml (go-yaml v3, YAML 1.2: `yes` is a string). */
function mergeStepInText(resource: Resource, path: Path, text: string, target: Record<string, unknown> | undefined): PostRenderStep | undefined {
  const embedded = embeddedYaml(resource.doc, [...resource.path, ...path], text, '1.2');
  const documents = embedded.documents.filter((doc) => doc.value !== null);
  if (embedded.problems.length > 0 || documents.length !== 1) return undefined;
  const doc = documents[0]!;
  if (!isPlainObject(doc.value) || hasDirective(doc.value) || /#[^\n]*[{$]/.test(text)) return undefined;
  // kustomize parses a strategic merge patch only with a kind and a name (checked with kubectl kustomize, v5.5.0).
  if (!nonEmpty(doc.value.kind) || !nonEmpty(getIn(doc.value, ['metadata', 'name']))) return undefined;
  if (target === undefined ? !ownIdSelects(doc.value) : !targetSelects(target)) return undefined;
  return { type: 'merge', patch: doc.value, at: { doc, path: [] } };
}

/**
 * A strategic merge patch without a target is applied to the object with its
 * own id (kustomize PatchTransformer): certainly the Installation when it says
 * apiVersion operator.tigera.io/v1, kind Installation, name default, and no
 * namespace (the rendered Installation has none).
 */
function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

function ownIdSelects(patch: Record<string, unknown>): boolean {
  const metadata = patch.metadata;
  return patch.apiVersion === 'operator.tigera.io/v1' && patch.kind === 'Installation' && isPlainObject(metadata) &&
    metadata.name === 'default' && (metadata.namespace === undefined || metadata.namespace === null || metadata.namespace === '');
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

type StepOrigin = { before: Path } | { at: { doc: SourceDocument; path: Path } };

interface StepResult {
  value: unknown;
  originOf(path: Path): StepOrigin;
}

function applyStep(value: unknown, step: PostRenderStep): StepResult | undefined {
  if (step.type === 'json') {
    const result = applyJsonPatch(value, step.operations);
    if (result === undefined) return undefined;
    return {
      value: result.value,
      originOf(path) {
        const origin = result.originOf(path);
        if ('before' in origin) return origin;
        const at = step.operations[origin.op]!.valueAt;
        return { at: { doc: at.doc, path: [...at.path, ...origin.rest] } };
      },
    };
  }
  if (!isPlainObject(value)) return undefined;
  // kustomize gives a patch the id of the object it patches (a target's patch may name another kind or object; the
  // rendered Installation has no namespace): checked with kubectl kustomize, v5.5.0 (api/resource/resource.go ApplySmPatch).
  const { namespace: _namespace, ...metadata } = isPlainObject(step.patch.metadata) ? step.patch.metadata : {};
  const patch = { ...step.patch, apiVersion: value.apiVersion, kind: value.kind, metadata: { ...metadata, name: getIn(value, ['metadata', 'name']) } };
  const result = applyMergePatch(value, patch);
  if (result === undefined) return undefined;
  return {
    value: result.value,
    originOf(path) {
      const origin = result.originOf(path);
      return 'before' in origin ? origin : { at: { doc: step.at.doc, path: [...step.at.path, ...origin.patch] } };
    },
  };
}

/** The index of the first step that fails on the object, if one does. */
function firstFailingStep(object: Record<string, unknown>, steps: readonly PostRenderStep[]): number | undefined {
  let value: unknown = object;
  for (const [i, step] of steps.entries()) {
    const result = applyStep(value, step);
    if (result === undefined) return i;
    value = result.value;
  }
  return undefined;
}

/**
 * The Installation after the post-renderers' patches: positions of what a
 * patch wrote point into that patch (a JSON operation's `value`, the merge
 * patch's own field), the rest where the values wrote it (list indexes
 * followed back through inserts and removals). Undefined when a patch fails.
 */
export function patchedInstallation(
  object: Record<string, unknown>,
  doc: SourceDocument,
  steps: readonly PostRenderStep[],
): { object: Record<string, unknown>; doc: SourceDocument } | undefined {
  const results: StepResult[] = [];
  let current: unknown = object;
  for (const step of steps) {
    const result = applyStep(current, step);
    if (result === undefined) return undefined;
    results.push(result);
    current = result.value;
  }
  if (!isPlainObject(current)) return undefined;
  const value = current;
  const originOf = (path: Path): StepOrigin => {
    let at = path;
    for (let i = results.length - 1; i >= 0; i--) {
      const origin = results[i]!.originOf(at);
      if ('at' in origin) return origin;
      at = origin.before;
    }
    return { before: at };
  };
  const same = (a: Path, b: Path): boolean => a.length === b.length && a.every((segment, i) => segment === b[i]);
  // A tag (`nodeSelector: !all()`) still counts where no later patch replaced its value, in the values or in a merge patch.
  const tags = doc.unresolvedTags.filter((tag) => {
    const origin = originOf(tag.path);
    return 'before' in origin && same(origin.before, tag.path) && hasValueAt(value, tag.path);
  });
  for (const step of steps) {
    if (step.type !== 'merge') continue;
    for (const tag of step.at.doc.unresolvedTags) {
      if (!same(tag.path.slice(0, step.at.path.length), step.at.path)) continue;
      const path = tag.path.slice(step.at.path.length);
      const origin = originOf(path);
      if ('at' in origin && origin.at.doc === step.at.doc && same(origin.at.path, tag.path) && hasValueAt(value, path)) tags.push({ ...tag, path });
    }
  }
  return {
    object: value,
    doc: {
      filePath: doc.filePath,
      index: doc.index,
      value,
      unresolvedTags: tags,
      locate(path, part) {
        const origin = originOf(path);
        if ('before' in origin) return doc.locate(origin.before, part);
        return origin.at.doc.locate(origin.at.path, part);
      },
      has: (path) => hasValueAt(value, path),
    },
  };
}
