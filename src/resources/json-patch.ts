/**
 * JSON patches (RFC 6902) as kustomize applies them to a rendered object
 * (a Flux post-renderer's `patches`), with a way back: for any path of the
 * patched object, the operation whose value wrote it, or the path it had
 * before the patch. Pure data; nothing is executed.
 *
 * RFC 6902 §4: `add` inserts into a list (`-` appends) or sets a key;
 * `remove` and `replace` need the target to exist; `move` is remove then add;
 * `copy` adds a copy of `from`; `test` compares. A failing operation fails the
 * whole patch (kustomize's build fails, Flux applies nothing).
 */
import type { Path } from '../parse/source.js';
import { isPlainObject as isPlain, type PlainObject as Plain } from './plain-object.js';

export interface JsonPatchOperation {
  op: string;
  path: string;
  from?: string | undefined;
  value?: unknown;
}

/** What the patch did at a path, in the order it did it. */
type Event =
  | { type: 'write'; path: Path; listInsert: boolean; op: number; from?: Path; skipTo?: number }
  | { type: 'delete'; path: Path; listDelete: boolean };

/** Where a path of the patched object comes from: an operation's value (and the path inside it), or the object before the patch. */
export type Origin = { op: number; rest: Path } | { before: Path };

export interface PatchResult {
  value: unknown;
  originOf(path: Path): Origin;
}

/** RFC 6901: `/a/b~1c` is ['a', 'b/c']; undefined for a pointer that does not start with `/` (the root `""` is refused too). */
export function parsePointer(pointer: string): string[] | undefined {
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The patched value, or undefined when an operation fails (then nothing is applied). */
export function applyJsonPatch(document: unknown, operations: readonly JsonPatchOperation[]): PatchResult | undefined {
  const value = structuredClone(document);
  const events: Event[] = [];
  for (const [index, operation] of operations.entries()) {
    const tokens = parsePointer(operation.path);
    if (tokens === undefined) return undefined;
    switch (operation.op) {
      case 'add':
      case 'replace': {
        const written = write(value, tokens, structuredClone(operation.value), operation.op === 'replace');
        if (written === undefined) return undefined;
        events.push({ type: 'write', path: written.path, listInsert: written.listInsert, op: index });
        break;
      }
      case 'remove': {
        const removed = remove(value, tokens);
        if (removed === undefined) return undefined;
        events.push({ type: 'delete', path: removed.path, listDelete: removed.listDelete });
        break;
      }
      case 'move':
      case 'copy': {
        const fromTokens = operation.from === undefined ? undefined : parsePointer(operation.from);
        const found = fromTokens === undefined ? undefined : resolve(value, fromTokens);
        if (fromTokens === undefined || found === undefined) return undefined;
        const moved = structuredClone(found.value);
        let skipTo: number | undefined;
        if (operation.op === 'move') {
          const removed = remove(value, fromTokens);
          if (removed === undefined) return undefined;
          skipTo = events.length;
          events.push({ type: 'delete', path: removed.path, listDelete: removed.listDelete });
        }
        const written = write(value, tokens, moved, false);
        if (written === undefined) return undefined;
        events.push({ type: 'write', path: written.path, listInsert: written.listInsert, op: index, from: found.path, ...(skipTo !== undefined && { skipTo }) });
        break;
      }
      case 'test': {
        const found = resolve(value, tokens);
        if (found === undefined || JSON.stringify(found.value) !== JSON.stringify(operation.value)) return undefined;
        break;
      }
      default:
        return undefined;
    }
  }
  return { value, originOf: (path) => originOf(events, path) };
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function originOf(events: readonly Event[], finalPath: Path): Origin {
  let path = [...finalPath];
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    const parent = event.path.slice(0, -1);
    const at = event.path.at(-1);
    if (event.type === 'write') {
      if (startsWith(path, event.path)) {
        if (event.from === undefined) return { op: event.op, rest: path.slice(event.path.length) };
        path = [...event.from, ...path.slice(event.path.length)];
        if (event.skipTo !== undefined) i = event.skipTo; // the value was read before the move removed it
        continue;
      }
      if (event.listInsert && typeof at === 'number' && startsWith(path, parent) && typeof path[parent.length] === 'number' && (path[parent.length] as number) > at) {
        path[parent.length] = (path[parent.length] as number) - 1;
      }
    } else if (event.listDelete && typeof at === 'number' && startsWith(path, parent) && typeof path[parent.length] === 'number' && (path[parent.length] as number) >= at) {
      path[parent.length] = (path[parent.length] as number) + 1;
    }
  }
  return { before: path };
}

/** The container of the last token, and the value at the pointer when it exists. */
function resolve(root: unknown, tokens: readonly string[]): { value: unknown; path: Path } | undefined {
  let current = root;
  const path: Array<string | number> = [];
  for (const token of tokens) {
    if (Array.isArray(current)) {
      const index = listIndex(token, current.length - 1);
      if (index === undefined) return undefined;
      current = current[index];
      path.push(index);
    } else if (isPlain(current) && Object.hasOwn(current, token)) {
      current = current[token];
      path.push(token);
    } else {
      return undefined;
    }
  }
  return { value: current, path };
}

/** A list index token: digits without a leading zero, at most `max`. */
function listIndex(token: string, max: number): number | undefined {
  if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
  const index = Number(token);
  return index <= max ? index : undefined;
}

function write(root: unknown, tokens: readonly string[], value: unknown, mustExist: boolean): { path: Path; listInsert: boolean } | undefined {
  const parent = resolve(root, tokens.slice(0, -1));
  const last = tokens.at(-1)!;
  if (parent === undefined) return undefined;
  const container = parent.value;
  if (Array.isArray(container)) {
    const index = last === '-' && !mustExist ? container.length : listIndex(last, mustExist ? container.length - 1 : container.length);
    if (index === undefined) return undefined;
    if (mustExist) container[index] = value;
    else container.splice(index, 0, value);
    return { path: [...parent.path, index], listInsert: !mustExist };
  }
  if (!isPlain(container) || (mustExist && !Object.hasOwn(container, last))) return undefined;
  container[last] = value;
  return { path: [...parent.path, last], listInsert: false };
}

function remove(root: unknown, tokens: readonly string[]): { path: Path; listDelete: boolean } | undefined {
  const parent = resolve(root, tokens.slice(0, -1));
  const last = tokens.at(-1)!;
  if (parent === undefined) return undefined;
  const container = parent.value;
  if (Array.isArray(container)) {
    const index = listIndex(last, container.length - 1);
    if (index === undefined) return undefined;
    container.splice(index, 1);
    return { path: [...parent.path, index], listDelete: true };
  }
  if (!isPlain(container) || !Object.hasOwn(container, last)) return undefined;
  delete container[last];
  return { path: [...parent.path, last], listDelete: false };
}
