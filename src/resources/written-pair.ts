/**
 * A `key: value` pair that a message asks the user to write, in the syntax of
 * the file it goes into: a JSON manifest (`kubectl … -o json > pool.json`, a
 * values.json) needs `"natOutgoing": true`, and `natOutgoing: true` pasted
 * there breaks the file. YAML files get the plain YAML pair. Only the values
 * hints use (words, booleans, lists of words) are rendered.
 */
import type { Resource } from './resource.js';

/**
 * Whether the resource is written as JSON: a `.json` file (by its name, as kubectl picks its decoder
 * for `-f`), unless it is an Installation rendered from Helm values of another object there, which
 * are mostly YAML in a string (`valuesContent`), whatever the host file is written in.
 */
export function isWrittenAsJson(resource: Resource): boolean {
  if (resource.valuesHost !== undefined && resource.plainValuesFile !== true) return false;
  return /\.json$/i.test(resource.doc.filePath);
}

/** The pair as a Markdown code span: `` `natOutgoing: Enabled` `` or `` `"natOutgoing": "Enabled"` ``. */
export function writtenPair(resource: Resource, key: string, value: unknown): string {
  if (isWrittenAsJson(resource)) return `\`${JSON.stringify(key)}: ${JSON.stringify(value)}\``;
  const yaml = Array.isArray(value) ? `[${value.map(String).join(', ')}]` : String(value);
  return `\`${key}: ${yaml}\``;
}

/**
 * `nodeSelector: "!all()"` (quoted): unquoted, `!all()` is a YAML tag and the selector is empty
 * (rule selector-yaml-tag). In JSON the quotes go without saying.
 */
export function neverSelector(resource: Resource): string {
  return isWrittenAsJson(resource) ? writtenPair(resource, 'nodeSelector', '!all()') : '`nodeSelector: "!all()"` (quoted)';
}
