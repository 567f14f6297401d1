/**
 * How Go's encoding/json matches an object key to a struct field, as
 * kustomize decodes a kustomization (sigs.k8s.io/yaml: YAML to JSON with its
 * keys sorted, then json.Decoder): case-insensitively, with Unicode simple
 * folding (bytes.EqualFold), where `ſ` (U+017F) is an `s` and the Kelvin sign
 * (U+212A) a `k`; of several keys naming one field, the last in sorted order
 * wins. `Patches:` and `nameſpace:` are fields kustomize reads.
 */

/** A key folded as encoding/json compares it. */
export function foldGoJsonKey(key: string): string {
  return key.replace(/\u017f/g, 's').replace(/\u212a/g, 'k').toLowerCase();
}

/** The key of `object` that encoding/json decodes into the field `name`, if any. */
export function goJsonKeyOf(object: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const wanted = foldGoJsonKey(name);
  let found: string | undefined;
  for (const key of Object.keys(object).sort()) if (foldGoJsonKey(key) === wanted) found = key;
  return found;
}
