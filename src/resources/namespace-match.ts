import path from 'node:path';
import picomatch from 'picomatch';
import type { Path } from '../parse/source.js';
import type { Resource } from './resource.js';

/** "relative/file.yaml:line:column" of a path in a resource, for messages that name another place. */
export function whereIs(resource: Resource, at: Path, baseDir: string): string {
  const { line, column } = resource.locate(at);
  const file = resource.doc.filePath;
  const relative = path.isAbsolute(file) ? path.relative(baseDir, file).split(path.sep).join('/') : file;
  return `${relative}:${line}:${column}`;
}

const matcherCache = new Map<string, (name: string) => boolean>();

/** Whether a namespace is one of the names or globs (`ci-*`) given. */
export function namespaceMatches(namespace: string | undefined, patterns: readonly string[]): boolean {
  if (namespace === undefined) return false;
  return patterns.some((pattern) => {
    let matcher = matcherCache.get(pattern);
    if (!matcher) {
      matcher = picomatch(pattern, { dot: true });
      matcherCache.set(pattern, matcher);
    }
    return matcher(namespace);
  });
}
