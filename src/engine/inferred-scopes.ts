/**
 * Cluster scopes inferred from the tree when no `clusters` are configured.
 *
 * A pool name is one object in a cluster. Two different definitions of one
 * name (both IPPools, or both Installation pools) that sit in two different
 * subfolders of a folder F (neither file directly in F) cannot both be
 * applied to one cluster; a repository that
 * holds both describes alternatives: clusters, scenarios, flavours. So the
 * subfolders of F are separate scopes ("F splits"). Everything else is shared:
 * a file directly in a split folder belongs to every scope below that folder,
 * a file outside every split folder to every scope. So a pool lookup from a
 * scenario still finds a shared pool, and an overlap or duplicate between a
 * shared file and a scenario's file is still found (in that scenario's scope).
 *
 * Only structure counts, never folder names. Two definitions in one folder,
 * or one of them directly in the folder where the paths part, are never
 * evidence: that is one cluster's duplicate. Identical definitions are never
 * evidence either (the same object written twice).
 *
 * What a change adds must not split its own scopes (a hostile pull request
 * could otherwise hide a duplicate or overlap by adding a redefinition in a
 * sibling folder): under `--base` the evidence is read from the base side
 * only (src/lint.ts). `clusters` in the configuration turns inference off.
 *
 * A folder that a kustomization elsewhere includes (a base, a component:
 * src/kustomize/included-folders.ts) is shared, and its definitions are no
 * evidence against the folders that include it: an overlay patching a base
 * pool describes one cluster. This only ever removes a split or shares a
 * folder, so the head side's kustomizations may decide it.
 */
import path from 'node:path';
import { DEFAULT_SCOPE } from '../config/defaults.js';
import type { PoolDefinition, Resource } from '../resources/resource.js';
import { withoutConsumedValuesFiles } from '../resources/helm-chart-config.js';

/** The scopes a file belongs to: one when it lies in an alternative, several when it is shared. */
export type ScopesOf = (filePath: string) => readonly string[];

/**
 * Folders (relative to `baseDir`, '/'-separated, '' for `baseDir` itself)
 * whose subfolders are alternatives, by the evidence in `resources`.
 */
export function splitFolders(resources: readonly Resource[], baseDir: string, included: Included = new Map()): Set<string> {
  const byName = new Map<string, Definition[]>();
  // A values file read by a kustomization or an Application is no definition of its own: its pools are the reader's.
  for (const resource of withoutConsumedValuesFiles(resources)) {
    const folder = folderSegments(resource.doc.filePath, baseDir);
    const base = includedFolderOf(folder, included);
    for (const definition of resource.pools) {
      const name = writtenName(definition);
      const variant = name === undefined ? undefined : variantKey(definition);
      if (name === undefined || variant === undefined) continue;
      // An IPPool beside an Installation pool of its name is the operator conflict of one cluster (ippool-duplicate-name),
      // as likely as two clusters: only definitions of one origin are compared.
      const key = `${definition.origin}:${name}`;
      const list = byName.get(key);
      if (list) list.push({ folder, variant, base });
      else byName.set(key, [{ folder, variant, base }]);
    }
  }
  const splits = new Set<string>();
  for (const definitions of byName.values()) {
    if (definitions.length < 2 || new Set(definitions.map((d) => d.variant)).size < 2) continue;
    for (const folder of splitsOf(definitions.filter((d) => d.base === undefined))) splits.add(folder);
    for (const folder of baseSplits(definitions, included)) splits.add(folder);
  }
  return splits;
}

/** Folders a kustomization elsewhere includes (relative), each with the folders of the kustomizations that include it. */
export type Included = ReadonlyMap<string, readonly string[]>;

interface Definition { folder: string[]; variant: string; base: string | undefined }

function includedFolderOf(folder: readonly string[], included: Included): string | undefined {
  for (let depth = 1; depth <= folder.length; depth++) {
    const prefix = folder.slice(0, depth).join('/');
    if (included.has(prefix)) return prefix;
  }
  return undefined;
}

/** Pairs compared for the definitions inside kustomize bases, per name at most: past it, no more evidence (fewer splits). */
const BASE_PAIR_BUDGET = 100_000;

/**
 * A definition in a kustomize base against the others of its name, pair by
 * pair: where their paths part, the pair is evidence unless the other side
 * holds a kustomization that includes the base (an overlay patching its base
 * describes one cluster; a base beside an unrelated folder does not).
 */
function baseSplits(definitions: readonly Definition[], included: Included): string[] {
  const found = new Set<string>();
  let budget = BASE_PAIR_BUDGET;
  definitions.forEach((a, i) => {
    if (a.base === undefined) return;
    for (let j = 0; j < definitions.length && budget > 0; j++) {
      const b = definitions[j]!;
      if (j === i || a.variant === b.variant || (b.base !== undefined && j < i)) continue;
      budget--;
      const parts = partingOf(a.folder, b.folder);
      if (parts === undefined || found.has(parts.at)) continue;
      if (includedFrom(a.base, parts.childOfB, included) || (b.base !== undefined && includedFrom(b.base, parts.childOfA, included))) continue;
      found.add(parts.at);
    }
  });
  return [...found];
}

function partingOf(a: readonly string[], b: readonly string[]): { at: string; childOfA: string; childOfB: string } | undefined {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  if (k === a.length || k === b.length) return undefined; // one of them directly in the folder where they part: one cluster
  return { at: a.slice(0, k).join('/'), childOfA: a.slice(0, k + 1).join('/'), childOfB: b.slice(0, k + 1).join('/') };
}

function includedFrom(base: string, folder: string, included: Included): boolean {
  return (included.get(base) ?? []).some((includer) => includer === folder || includer.startsWith(`${folder}/`));
}

/**
 * The folders where two different definitions of one name part into two
 * different subfolders. Each folder summarises the variants below it in one
 * pass over a trie of the definitions' folders (linear, not pairwise): a
 * folder splits when its subfolders with definitions are at least two and do
 * not all hold the one same variant.
 */
function splitsOf(definitions: readonly Definition[]): string[] {
  interface Node { children: Map<string, Node>; variants: Set<string> }
  const root: Node = { children: new Map(), variants: new Set() };
  for (const { folder, variant } of definitions) {
    let node = root;
    node.variants.add(variant);
    for (const segment of folder) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map(), variants: new Set() }));
      // Two variants are as good as many: a folder's summary stays small.
      if (child.variants.size < 2) child.variants.add(variant);
      node = child;
    }
  }
  const found: string[] = [];
  const pending: Array<[Node, string]> = [[root, '']];
  while (pending.length > 0) {
    const [node, at] = pending.pop()!;
    if (node.variants.size < 2) continue; // one variant below: nothing parts here or deeper
    const below = [...node.children.values()];
    const variants = new Set(below.flatMap((child) => [...child.variants]));
    if (below.length >= 2 && variants.size >= 2) found.push(at);
    for (const [segment, child] of node.children) pending.push([child, at === '' ? segment : `${at}/${segment}`]);
  }
  return found;
}

/**
 * Assigns files to the inferred scopes. `files` are all files whose resources
 * are linted (so that every scope is known before one is asked for).
 */
export function inferredScopes(splits: ReadonlySet<string>, files: readonly string[], baseDir: string, included: Included = new Map()): ScopesOf {
  if (splits.size === 0) return () => [DEFAULT_SCOPE];
  const positionOf = (filePath: string): string => {
    const segments = folderSegments(filePath, baseDir);
    let position = '';
    for (let depth = 0; depth < segments.length; depth++) {
      const folder = segments.slice(0, depth + 1).join('/');
      if (included.has(folder)) break; // a kustomize base or component: shared by the scopes around it
      if (splits.has(segments.slice(0, depth).join('/'))) position = folder;
    }
    return position;
  };
  const positions = new Set(files.map(positionOf));
  // A scope is a position with no other position below it; a position above scopes is shared by them.
  const above = new Set<string>();
  for (const position of positions) {
    if (position === '') continue;
    above.add('');
    const segments = position.split('/');
    for (let depth = 1; depth < segments.length; depth++) above.add(segments.slice(0, depth).join('/'));
  }
  const leaves = [...positions].filter((position) => !above.has(position));
  const known = new Map<string, readonly string[]>();
  return (filePath) => {
    const position = positionOf(filePath);
    let scopes = known.get(position);
    if (scopes === undefined) {
      const below = above.has(position) ? leaves.filter((leaf) => isBelow(leaf, position)) : [];
      // A position first seen now (a file of the base side alone): its own scope.
      scopes = (below.length > 0 ? below : [position]).map(scopeName);
      known.set(position, scopes);
    }
    return scopes;
  };
}

/** An inferred scope is named by its folder, with a trailing slash: never `default`. */
function scopeName(position: string): string {
  return `${position === '' ? '.' : position}/`;
}

/** True for the name of an inferred scope (with no `clusters` configured; a configured name is checked first). */
export function isInferredScopeName(name: string): boolean {
  return name.endsWith('/');
}

function isBelow(position: string, folder: string): boolean {
  return folder === '' ? position !== '' : position.startsWith(`${folder}/`);
}

function folderSegments(filePath: string, baseDir: string): string[] {
  const relative = path.relative(baseDir, path.resolve(baseDir, filePath)).split(path.sep).join('/');
  const folder = path.posix.dirname(relative);
  return folder === '.' || folder === '' ? [] : folder.split('/');
}

/** The name as written; an unnamed Installation pool's generated name depends on its Installation, not evidence here. */
function writtenName(definition: PoolDefinition): string | undefined {
  return definition.name === undefined || definition.name === '' ? undefined : definition.name;
}

/**
 * What tells two definitions of one origin apart: their spec, keys sorted. A
 * spec that cannot be written out (nested too deep) is no evidence.
 */
function variantKey(definition: PoolDefinition): string | undefined {
  try {
    return JSON.stringify(definition.spec, sortedKeys);
  } catch {
    return undefined;
  }
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, (value as Record<string, unknown>)[key]]));
}
