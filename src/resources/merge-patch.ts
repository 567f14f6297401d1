/**
 * A strategic merge patch as kustomize applies it to an object whose kind it
 * has no schema for, such as a CRD-typed Installation (operator.tigera.io/v1).
 * kustomize's patchstrategicmerge filter (api/filters/patchstrategicmerge/
 * patchstrategicmerge.go) is kyaml's merge2.Merge(patch, object); the walker
 * looks the kind up in kustomize's built-in OpenAPI document
 * (kyaml/yaml/walk/walk.go GetSchema: openapi.SchemaForResourceType), which
 * holds only Kubernetes' own kinds, so the schema is nil, and a list with no
 * schema is associative only when inference is asked for
 * (kyaml/yaml/schema/schema.go IsAssociative), which merge2.Merge does not
 * do. What is left is JSON merge patch (RFC 7386), checked field by field in
 * kyaml/yaml/merge2/merge2.go:
 * - a mapping merges key by key into a mapping (VisitMap), or is added whole
 *   where the object has nothing or null;
 * - a list replaces the object's list whole (VisitList, NonAssociateList);
 * - a scalar replaces (VisitScalar);
 * - null deletes the key (FieldSetter clears null fields; IsTaggedNull);
 * - a mapping, list or scalar against a non-null value of another kind fails
 *   the build (walk.go Walk: ErrorIfAnyInvalidAndNonNull).
 * Directives (`$patch`, `$setElementOrder`, `$retainKeys`,
 * `$deleteFromPrimitiveList`) and schema comments are not applied here: the
 * caller refuses patches that hold them (merge2 handles some of them its own
 * way). Pure data; nothing is executed.
 */
import type { Path } from '../parse/source.js';
import { isPlainObject as isPlain, type PlainObject as Plain } from './plain-object.js';

/** Where a path of the patched object comes from: the patch (the same path in it), or the object before the patch. */
export type MergeOrigin = { patch: Path } | { before: Path };

export interface MergeResult {
  value: Plain;
  originOf(path: Path): MergeOrigin;
}

/** Whether a patch holds a strategic merge directive or another `$` key anywhere: those are not applied here. */
export function hasDirective(patch: unknown): boolean {
  if (Array.isArray(patch)) return patch.some(hasDirective);
  if (!isPlain(patch)) return false;
  return Object.entries(patch).some(([key, value]) => key.startsWith('$') || hasDirective(value));
}

/** The patched object, or undefined when kustomize would fail (kinds that differ) or the patch holds a directive. */
export function applyMergePatch(target: Plain, patch: Plain): MergeResult | undefined {
  if (hasDirective(patch)) return undefined;
  const value = merge(target, patch);
  if (value === undefined) return undefined;
  return { value, originOf: (path) => originOf(target, patch, path) };
}

/** `patch` merged into `target` (a mapping, or nothing); undefined on a kind mismatch. */
function merge(target: Plain | undefined, patch: Plain): Plain | undefined {
  const out: Plain = { ...(target ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    const current = Object.hasOwn(out, key) ? out[key] : undefined;
    if (value === null) {
      delete out[key];
      continue;
    }
    if (current !== undefined && current !== null && kindOf(current) !== kindOf(value)) return undefined;
    if (isPlain(value)) {
      const merged = merge(isPlain(current) ? current : undefined, value);
      if (merged === undefined) return undefined;
      out[key] = merged;
    } else {
      out[key] = structuredClone(value);
    }
  }
  return out;
}

function kindOf(value: unknown): 'map' | 'list' | 'scalar' {
  return Array.isArray(value) ? 'list' : isPlain(value) ? 'map' : 'scalar';
}

/**
 * A path the patch writes (a list or scalar on the way, or a mapping the
 * object did not have) comes from the patch; a mapping both have, or a path
 * the patch does not reach, from the object before it.
 */
function originOf(target: unknown, patch: unknown, path: Path): MergeOrigin {
  let inPatch = patch;
  let inTarget = target;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (!isPlain(inPatch) || typeof segment !== 'string' || !Object.hasOwn(inPatch, segment)) return { before: path };
    inPatch = inPatch[segment];
    inTarget = isPlain(inTarget) && Object.hasOwn(inTarget, segment) ? inTarget[segment] : undefined;
    if (!isPlain(inPatch) || !isPlain(inTarget)) return { patch: path };
  }
  return { before: path };
}
