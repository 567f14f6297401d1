/**
 * The namespace a manifest really lands in when a kustomization renders it.
 * `namespace:` in a kustomization.yaml sets the namespace of every namespaced
 * object it includes, through `resources:` files and folders (and `bases:`,
 * `components:`), overriding what the objects say; an outer kustomization
 * overrides an inner one. `kubectl kustomize` (kustomize v5.5) renders it so:
 * test/kustomize-namespaces.test.ts checks this module against it.
 *
 * Only local files inside the repository are read: a remote resource (URL,
 * git) is never fetched, a path or link leading out of the repository is not
 * followed, and kustomization files are size-limited. A manifest that two
 * renderings put in different namespaces keeps its own namespace (ambiguous).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseManifest } from '../parse/parse-manifest.js';
import { readRegularFileSync } from '../read/read-sources.js';

/** kustomize's own search order (api/konfig/general.go RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** A kustomization is a few lines; a larger one is not read. */
const MAX_KUSTOMIZATION_SIZE = 1024 * 1024;
/** Kustomization files read in one run, at most (a hostile tree could hold millions). */
const MAX_KUSTOMIZATIONS = 10_000;

interface Kustomization {
  file: string;
  namespace: string | undefined;
  /** Manifest files it includes directly. */
  files: string[];
  /** Kustomization files of the folders it includes. */
  children: string[];
}

/** Whether an entry of `resources:` is remote: kustomize fetches these, calico-lint never does. */
function isRemote(entry: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^(?:git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/.test(entry) || entry.includes('?ref=');
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export class KustomizeResolver {
  private readonly realRoot: string;
  private readonly loaded = new Map<string, Kustomization | undefined>();

  constructor(private readonly root: string) {
    this.realRoot = safeRealpath(root) ?? path.resolve(root);
  }

  /** The kustomization file of a folder, if it has one inside the repository. */
  kustomizationIn(folder: string): string | undefined {
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      const candidate = path.join(folder, name);
      if (existsSync(candidate) && this.isSafe(candidate)) return candidate;
    }
    return undefined;
  }

  /** A path inside the repository, also once links are resolved. */
  private isSafe(file: string): boolean {
    if (!isInside(path.resolve(file), path.resolve(this.root))) return false;
    const real = safeRealpath(file);
    return real !== undefined && isInside(real, this.realRoot);
  }

  load(file: string): Kustomization | undefined {
    if (this.loaded.has(file)) return this.loaded.get(file);
    if (this.loaded.size >= MAX_KUSTOMIZATIONS || !this.isSafe(file)) return undefined;
    this.loaded.set(file, undefined); // a cycle reads it once
    const read = readRegularFileSync(file, MAX_KUSTOMIZATION_SIZE);
    if (!read.ok) return undefined;
    const value = parseManifest(file, read.bytes.toString('utf8'), { yamlVersion: '1.1' }).documents[0]?.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const data = value as Record<string, unknown>;
    const folder = path.dirname(file);
    const kustomization: Kustomization = {
      file,
      namespace: typeof data.namespace === 'string' && data.namespace !== '' ? data.namespace : undefined,
      files: [],
      children: [],
    };
    for (const key of ['resources', 'bases', 'components']) {
      const entries = data[key];
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        if (typeof entry !== 'string' || entry === '' || isRemote(entry)) continue;
        const target = path.resolve(folder, entry);
        if (!this.isSafe(target)) continue;
        const info = safeStat(target);
        if (info?.isDirectory()) {
          const child = this.kustomizationIn(target);
          if (child !== undefined) kustomization.children.push(child);
        } else if (info?.isFile()) {
          kustomization.files.push(target);
        }
      }
    }
    this.loaded.set(file, kustomization);
    return kustomization;
  }
}

function safeRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function safeStat(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * For each linted file that kustomizations render into one namespace, that
 * namespace. Kustomizations considered: those among the discovered files,
 * and those in the folder of a linted file or any folder above it, up to `root`.
 * Each one that no other includes is a rendering (`kubectl kustomize DIR`).
 */
export function kustomizeNamespaces(lintedFiles: readonly string[], root: string, discoveredFiles: readonly string[] = lintedFiles): Map<string, string> {
  const resolver = new KustomizeResolver(root);
  const candidates = new Set<string>();
  const folders = new Set<string>();
  for (const file of discoveredFiles) {
    if ((KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(path.basename(file)) && isInside(file, root)) candidates.add(file);
  }
  for (const file of lintedFiles) {
    for (let folder = path.dirname(file); isInside(folder, root) && !folders.has(folder); folder = path.dirname(folder)) {
      folders.add(folder);
      const found = resolver.kustomizationIn(folder);
      if (found !== undefined) candidates.add(found);
      if (folder === path.dirname(folder)) break;
    }
  }
  const included = new Set<string>();
  const kustomizations = [...candidates].sort().map((file) => resolver.load(file)).filter((k) => k !== undefined);
  // Folders included by the candidates, loaded on the way: a base outside the linted folders.
  const pending = [...kustomizations];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const child of current.children) {
      included.add(child);
      const loaded = resolver.load(child);
      if (loaded !== undefined && !candidates.has(child)) {
        candidates.add(child);
        pending.push(loaded);
      }
    }
  }
  const namespaces = new Map<string, Set<string | undefined>>();
  for (const file of [...candidates].sort()) {
    if (included.has(file)) continue;
    render(resolver, file, undefined, new Set(), namespaces);
  }
  const linted = new Set(lintedFiles);
  const result = new Map<string, string>();
  for (const [file, set] of namespaces) {
    const [only] = set;
    if (linted.has(file) && set.size === 1 && only !== undefined) result.set(file, only);
  }
  return result;
}

/** Walks one rendering: the outermost `namespace:` wins (kustomize applies the outer transformer last). */
function render(
  resolver: KustomizeResolver,
  file: string,
  outer: string | undefined,
  onPath: Set<string>,
  namespaces: Map<string, Set<string | undefined>>,
): void {
  if (onPath.has(file)) return; // kustomize refuses cycles; so do we, quietly
  const kustomization = resolver.load(file);
  if (kustomization === undefined) return;
  const namespace = outer ?? kustomization.namespace;
  onPath.add(file);
  for (const manifest of kustomization.files) {
    const set = namespaces.get(manifest) ?? new Set();
    set.add(namespace);
    namespaces.set(manifest, set);
  }
  for (const child of kustomization.children) render(resolver, child, namespace, onPath, namespaces);
  onPath.delete(file);
}
