/**
 * A mapping as manifests, patches and values files decode to: a leaf module
 * (it imports nothing), so that readers of any of them can share the test and
 * the path lookup without an import cycle through resource.ts.
 */
export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`; own properties only, so that a path segment such as `constructor` is data. */
export function getIn(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isPlainObject(current) && typeof segment === 'string' && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}
