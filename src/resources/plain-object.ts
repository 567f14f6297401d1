/**
 * A mapping as manifests, patches and values files decode to: a leaf module
 * (it imports nothing), so that readers of any of them can share the test
 * without an import cycle through resource.ts.
 */
export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
