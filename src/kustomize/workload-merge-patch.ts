/**
 * A strategic merge patch of a workload (Deployment, DaemonSet, Pod…) as
 * kustomize applies it: api/filters/patchstrategicmerge is kyaml's
 * merge2.Merge(patch, object) with lists growing at the front
 * (MergeOptionsListPrepend), and the walker finds the kind's schema in
 * kustomize's built-in OpenAPI document (kyaml/yaml/walk/walk.go GetSchema),
 * so lists with a patch strategy are merged element by element by their merge
 * key (walk/associative_sequence.go), every other list is replaced whole
 * (kyaml/yaml/merge2/merge2.go VisitList, NonAssociateList). Checked field by
 * field against `kubectl kustomize` (test/kustomize-patch-targets.test.ts):
 * - a mapping merges key by key, or is added where the object has nothing;
 *   `$patch: delete` in it removes it, `$patch: replace` puts it in place whole;
 * - null deletes the key;
 * - in a list with a merge key (containers by `name`, volumes by `name`,
 *   volumeMounts by `mountPath`, ports by `containerPort` and `protocol`), an
 *   element whose key the object's list holds merges into it (`$patch: delete`
 *   removes it), another one is added; the patch's elements come first, then
 *   the object's others, in their order; a `{$patch: replace}` element makes
 *   the list the patch's others, a `{$patch: delete}` one removes the list;
 * - any other list (tolerations, capabilities, args) and a scalar replace;
 * - a value of another kind than the object's (a mapping over a list) fails
 *   the build (walk.go Walk: ErrorIfAnyInvalidAndNonNull).
 * The merge keys are those of the pod spec and its containers (Kubernetes'
 * `patchMergeKey`s, which kyaml reads); lists elsewhere in the object are
 * replaced, which changes nothing a pod's evidence reads. Directives this
 * module does not apply (`$retainKeys`, `$deleteFromPrimitiveList/…`, an
 * unknown `$patch`, an element without its merge key) give undefined: the
 * caller then knows no patched object, never a guessed one. `$setElementOrder/…`
 * only orders, and is dropped. Pure data; nothing is executed.
 */
import type { Path } from '../parse/source.js';
import { isPlainObject as isPlain, type PlainObject as Plain } from '../resources/plain-object.js';

/** Merge keys of the lists of a pod spec (k8s.io/api core/v1 PodSpec `patchMergeKey`; list-map-keys where there are several). */
const POD_SPEC_KEYS: Readonly<Record<string, readonly string[]>> = {
  containers: ['name'],
  initContainers: ['name'],
  ephemeralContainers: ['name'],
  volumes: ['name'],
  imagePullSecrets: ['name'],
  hostAliases: ['ip'],
  resourceClaims: ['name'],
  schedulingGates: ['name'],
  topologySpreadConstraints: ['topologyKey', 'whenUnsatisfiable'],
};

/** And of a container's (core/v1 Container). */
const CONTAINER_KEYS: Readonly<Record<string, readonly string[]>> = {
  ports: ['containerPort', 'protocol'],
  volumeMounts: ['mountPath'],
  volumeDevices: ['devicePath'],
  env: ['name'],
};

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

const DELETED = Symbol('deleted');

/** A patch kustomize refuses, or one this module does not apply. */
const FAIL = Symbol('fail');
type Out = unknown | typeof FAIL;

/** What a path is, seen from the pod spec: the merge keys of the list there, if any. */
type KeysAt = (path: Path) => readonly string[] | undefined;

/**
 * `object` patched by `patch`, the pod spec at `podSpecPath` (e.g.
 * ['spec', 'template', 'spec']); undefined where kustomize would fail or a
 * directive is not applied here. The object keeps its apiVersion, kind, name
 * and namespace (kustomize restores them unless the patch's options allow a change).
 */
export function mergeWorkloadPatch(object: Plain, patch: Plain, podSpecPath: Path): Plain | undefined {
  const keysAt: KeysAt = (path) => {
    if (path.length <= podSpecPath.length || !podSpecPath.every((segment, i) => path[i] === segment)) return undefined;
    const rest = path.slice(podSpecPath.length);
    if (rest.length === 1 && typeof rest[0] === 'string') return Object.hasOwn(POD_SPEC_KEYS, rest[0]) ? POD_SPEC_KEYS[rest[0]] : undefined;
    // A container: <list> <index> <field>.
    if (rest.length === 3 && CONTAINER_LISTS.has(String(rest[0])) && typeof rest[1] === 'number' && typeof rest[2] === 'string') {
      return Object.hasOwn(CONTAINER_KEYS, rest[2]) ? CONTAINER_KEYS[rest[2]] : undefined;
    }
    return undefined;
  };
  const merged = mergeMap(object, patch, [], keysAt);
  if (merged === FAIL || !isPlain(merged)) return undefined;
  const metadata = isPlain(merged.metadata) ? { ...merged.metadata } : {};
  const before = isPlain(object.metadata) ? object.metadata : {};
  for (const key of ['name', 'namespace']) {
    if (Object.hasOwn(before, key)) metadata[key] = before[key];
    else delete metadata[key];
  }
  return { ...merged, apiVersion: object.apiVersion, kind: object.kind, metadata };
}

function kindOf(value: unknown): 'map' | 'list' | 'scalar' {
  return Array.isArray(value) ? 'list' : isPlain(value) ? 'map' : 'scalar';
}

/** A mapping's `$patch`, or 'merge'; FAIL for a value kyaml refuses. */
function directiveOf(value: Plain): 'merge' | 'replace' | 'delete' | typeof FAIL {
  if (!Object.hasOwn(value, '$patch')) return 'merge';
  const directive = value.$patch;
  return directive === 'merge' || directive === 'replace' || directive === 'delete' ? directive : FAIL;
}

/** The patch's keys without directives; FAIL for a directive not applied here. */
function withoutDirectives(patch: Plain): Plain | typeof FAIL {
  const out: Plain = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch' || key.startsWith('$setElementOrder/')) continue;
    if (key.startsWith('$')) return FAIL;
    out[key] = value;
  }
  return out;
}

/** Whether a value holds a `$` key anywhere (kyaml adds such a value as written: its directives would stay in the object). */
function holdsDirective(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsDirective);
  if (!isPlain(value)) return false;
  return Object.entries(value).some(([key, item]) => key.startsWith('$') || holdsDirective(item));
}

/** `patch` (a mapping) merged into `target` (a mapping, or nothing); undefined when it deletes the whole mapping. */
function mergeMap(target: unknown, patch: Plain, path: Path, keysAt: KeysAt): Out {
  const directive = directiveOf(patch);
  if (directive === FAIL) return FAIL;
  if (directive === 'delete') return undefined;
  const own = withoutDirectives(patch);
  if (own === FAIL) return FAIL;
  if (target === undefined || target === null || directive === 'replace') {
    // Added as written: a directive deeper in it would be kept as a field, which this module does not model.
    return holdsDirective(own) ? FAIL : structuredClone(own);
  }
  if (!isPlain(target)) return FAIL;
  const out: Plain = { ...target };
  for (const [key, value] of Object.entries(own)) {
    const merged = mergeValue(Object.hasOwn(out, key) ? out[key] : undefined, value, [...path, key], keysAt);
    if (merged === FAIL) return FAIL;
    if (merged === undefined) delete out[key];
    else out[key] = merged;
  }
  return out;
}

function mergeValue(target: unknown, patch: unknown, path: Path, keysAt: KeysAt): Out {
  if (patch === null) return undefined;
  if (target !== undefined && target !== null && kindOf(target) !== kindOf(patch)) return FAIL;
  if (isPlain(patch)) return mergeMap(target, patch, path, keysAt);
  if (Array.isArray(patch)) return mergeList(target as unknown[] | undefined | null, patch, path, keysAt);
  return patch;
}

function mergeList(target: unknown[] | undefined | null, patch: unknown[], path: Path, keysAt: KeysAt): Out {
  const keys = keysAt(path);
  if (keys === undefined) return holdsDirective(patch) ? FAIL : structuredClone(patch);
  // A `{$patch: …}` element alone speaks for the list (merge2 smpdirective.go determineSequenceNodePatchStrategy).
  const listDirective = patch.find((item) => isPlain(item) && Object.keys(item).length === 1 && Object.hasOwn(item, '$patch'));
  let items = patch;
  if (listDirective !== undefined) {
    const directive = directiveOf(listDirective as Plain);
    if (directive === FAIL) return FAIL;
    items = patch.filter((item) => item !== listDirective);
    if (directive === 'delete') return undefined;
    if (directive === 'replace') return holdsDirective(items) ? FAIL : structuredClone(items);
  }
  if (target === undefined || target === null) return holdsDirective(items) ? FAIL : structuredClone(items);
  const keyOf = (item: unknown): string[] | undefined => {
    if (!isPlain(item)) return undefined;
    const values = keys.map((key) => (item[key] === undefined || item[key] === null ? '' : String(item[key])));
    return values[0] === '' ? undefined : values;
  };
  // kyaml matches keys whose parts are equal or empty on one side (walk/associative_sequence.go mergeValues), then
  // drops the patch's element for the object's (`containerPort: 80` patched with `protocol: TCP, hostPort: 1` stays
  // as it was): such a pair is not merged here.
  const same = (a: readonly string[], b: readonly string[]) => a.every((value, i) => value === b[i] || value === '' || b[i] === '');
  const exact = (a: readonly string[], b: readonly string[]) => a.every((value, i) => value === b[i]);
  const rest: Array<{ item: unknown; key: string[] | undefined }> = target.map((item) => ({ item, key: keyOf(item) }));
  if (rest.some((entry) => entry.key === undefined)) return FAIL;
  // With one merge key, merged and new elements move to the front; with several (ports), merged ones stay in place.
  const inPlace = keys.length > 1;
  const front: unknown[] = [];
  for (const [i, element] of items.entries()) {
    const key = keyOf(element);
    if (key === undefined) return FAIL;
    const at = rest.findIndex((entry) => entry.item !== DELETED && same(entry.key!, key));
    if (at !== -1 && !exact(rest[at]!.key!, key)) return FAIL;
    const before = at === -1 ? undefined : rest[at]!.item;
    const merged = mergeMap(before, element as Plain, [...path, i], keysAt);
    if (merged === FAIL) return FAIL;
    const gone = merged === undefined || (isPlain(merged) && Object.keys(merged).length === 0);
    if (at !== -1 && (gone || !inPlace)) rest[at]!.item = DELETED;
    if (gone) continue;
    if (at !== -1 && inPlace) rest[at]!.item = merged;
    else front.push(merged);
  }
  // Every element deleted leaves an empty list, not none (kubectl kustomize prints `containers: []`).
  return [...front, ...rest.map((entry) => entry.item).filter((item) => item !== DELETED)];
}
