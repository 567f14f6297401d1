/**
 * Strings cut from a file's text without keeping the text alive.
 *
 * V8 makes a substring of 13 or more characters a *sliced string*: a view
 * that keeps the whole parent string alive. The `yaml` package cuts every
 * scalar from the text it parses, so one `namespace: tenant-kernel` held in an
 * analysis kept the whole file's text for the rest of the run: on a dense tree
 * of 25,000 files, 16,000 texts (24 MB) were held by the values of the
 * analyses parsed in the main thread (a worker's values arrive as copies).
 */

/**
 * A copy of `text` that holds no larger string. Not `(' ' + text).slice(1)`:
 * V8 takes a slice of a concatenation from the part it lies in, the slice it
 * was. A JSON round trip builds a new flat string (lone surrogates survive it).
 */
export function detachedString(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * Replaces, in place, every string inside plain objects and arrays by a
 * detached copy, or by what `own` gives for it (a detached copy, or an equal
 * string already held: see compactAnalysis).
 */
export function detachStrings<T>(value: T, own: (text: string) => string = detachedString): T {
  if (typeof value === 'string') return own(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  const stack: object[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue; // an alias's value is shared: once is enough
    seen.add(node);
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'string') {
        record[key] = own(item); // always: a copy is === to the slice it replaces
      } else if (typeof item === 'object' && item !== null) {
        stack.push(item);
      }
    }
  }
  return value;
}
