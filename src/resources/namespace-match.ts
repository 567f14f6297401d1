import picomatch from 'picomatch';

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
