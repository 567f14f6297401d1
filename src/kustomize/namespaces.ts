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
 *
 * A kustomization that kustomize would refuse to build renders nothing, so it
 * re-homes nothing (nor does one that includes it): an unknown field, a wrong
 * kind or apiVersion, a `namespace` that is not a string, an entry that does
 * not exist, a file outside the kustomization's folder (kustomize's load
 * restriction), a folder without exactly one kustomization file, a Component
 * under `resources` or a Kustomization under `components`, a cycle. Only what
 * a kustomization reaches is re-homed. Components apply their `namespace:`
 * to everything their parent accumulated before them (kustomize's
 * accumulateComponents); the parent's own wins over theirs.
 *
 * Everything is linear in the number of kustomizations and entries: a
 * 1,500-deep chain, or a diamond of bases repeated at every level, is walked
 * once per kustomization (no recursion, no enumeration of paths).
 */
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseManifest } from '../parse/parse-manifest.js';
import { readRegularFileSync } from '../read/read-sources.js';
import { foldGoJsonKey } from '../parse/go-json-key.js';

/** kustomize's own search order (api/konfig/general.go RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;
/** How every name above ends: tested first, as most files are not one (path.basename on 5,000 files: some 10 ms). */
const KUSTOMIZATION_END = /ustomization(?:\.ya?ml)?$/;

/** A kustomization is a few lines; a larger one is not read. */
const MAX_KUSTOMIZATION_SIZE = 1024 * 1024;
/** Kustomization files read in one run, at most (a hostile tree could hold millions). */
const MAX_KUSTOMIZATIONS = 10_000;

type Kind = 'Kustomization' | 'Component';

export interface Kustomization {
  file: string;
  kind: Kind;
  namespace: string | undefined;
  /** Manifest files it includes directly (`resources`, then `bases`, as kustomize appends them). */
  files: string[];
  /** Kustomization files of the folders it includes through `resources` and `bases`. */
  children: string[];
  /** Kustomization files of its `components`, in order. */
  components: string[];
  /** False when kustomize refuses to build this file on its own terms (its includes are checked later). */
  valid: boolean;
  /** Its top-level fields as kustomize decodes them (folded keys): patches are read from them (src/kustomize/patch-targets.ts). */
  fields?: ReadonlyMap<string, unknown>;
  /** Whether it includes what calico-lint does not read (a remote base, a path leading out of the repository). */
  includesUnread?: boolean;
}

/**
 * The fields of kustomize's Kustomization type (api/types/kustomization.go,
 * kustomize v5.5, as kubectl 1.32 ships it; each checked with `kubectl
 * kustomize`, which refuses `inventory` since v5): it decodes with
 * DisallowUnknownFields, so any other key fails the build.
 */
const KNOWN_FIELDS = new Set([
  'apiversion', 'kind', 'metadata', 'openapi', 'nameprefix', 'namesuffix', 'namespace', 'commonlabels', 'labels',
  'commonannotations', 'patchesstrategicmerge', 'patchesjson6902', 'patches', 'images', 'replacements', 'replicas',
  'vars', 'resources', 'components', 'crds', 'bases', 'configmapgenerator', 'secretgenerator', 'helmglobals',
  'helmcharts', 'helmchartinflationgenerator', 'generatoroptions', 'configurations', 'generators', 'transformers',
  'validators', 'buildmetadata', 'sortoptions',
]);

/** Whether an entry of `resources:` is remote: kustomize fetches these, calico-lint never does. */
function isRemote(entry: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^(?:git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/.test(entry) || entry.includes('?ref=');
}

export function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The top-level fields as kustomize decodes them: JSON keys sorted (sigs.k8s.io/yaml), the last match wins. */
function fieldsOf(data: Record<string, unknown>): { fields: Map<string, unknown>; unknown: boolean } {
  const fields = new Map<string, unknown>();
  let unknown = false;
  for (const key of Object.keys(data).sort()) {
    const folded = foldGoJsonKey(key);
    if (!KNOWN_FIELDS.has(folded)) unknown = true;
    fields.set(folded, data[key]);
  }
  return { fields, unknown };
}

/** A list of strings, or nothing (null decodes to an empty list); undefined when kustomize refuses it. */
function stringList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return undefined;
  return value as string[];
}

/**
 * The kustomizations of one tree, each read and decoded once: a run makes one
 * (src/pipeline.ts) and hands it to every pass that reads kustomizations
 * (folders applied together, namespaces, patch targets, included folders,
 * files kustomizations name), so that each file is read once per run.
 */
export class KustomizeResolver {
  private readonly realRoot: string;
  private readonly loaded = new Map<string, Kustomization | undefined>();

  /** `root`: the repository's root (else the working folder); nothing outside it is read. */
  constructor(readonly root: string) {
    this.realRoot = safeRealpath(root) ?? path.resolve(root);
  }

  /** The kustomization file of a folder, if it has one inside the repository. */
  kustomizationIn(folder: string): string | undefined {
    return this.kustomizationsIn(folder)[0];
  }

  /** Every folder's kustomization files, once per run: every pass asks of the linted files' folders and those above. */
  private readonly inFolder = new Map<string, string[]>();

  /** Every kustomization file of a folder inside the repository (kustomize refuses a folder with two). */
  private kustomizationsIn(folder: string): string[] {
    const key = path.resolve(folder);
    let found = this.inFolder.get(key);
    if (found !== undefined) return found;
    found = [];
    for (const name of KUSTOMIZATION_FILE_NAMES) {
      const candidate = path.join(folder, name);
      if (existsSync(candidate) && this.isSafe(candidate)) found.push(candidate);
    }
    this.inFolder.set(key, found);
    return found;
  }

  /** A path inside the repository, also once links are resolved. */
  isSafe(file: string): boolean {
    if (!isInside(path.resolve(file), path.resolve(this.root))) return false;
    const real = this.realpath(path.resolve(file));
    return real !== undefined && isInside(real, this.realRoot);
  }

  private readonly reals = new Map<string, string | undefined>();

  /**
   * realpath, remembered per folder: realpathSync checks every component of
   * the path on each call, so a 1,500-deep chain of nested kustomizations cost
   * minutes (depth² lstat calls). Here each path costs one lstat.
   */
  private realpath(absolute: string): string | undefined {
    if (this.reals.has(absolute)) return this.reals.get(absolute);
    const parent = path.dirname(absolute);
    let real: string | undefined;
    if (parent === absolute) {
      real = safeRealpath(absolute);
    } else {
      const info = safeLstat(absolute);
      if (info === undefined) real = undefined;
      else if (info.isSymbolicLink()) real = safeRealpath(absolute);
      else {
        const realParent = this.realpath(parent);
        real = realParent === undefined ? undefined : path.join(realParent, path.basename(absolute));
      }
    }
    this.reals.set(absolute, real);
    return real;
  }

  load(file: string): Kustomization | undefined {
    if (this.loaded.has(file)) return this.loaded.get(file);
    if (this.loaded.size >= MAX_KUSTOMIZATIONS || !this.isSafe(file)) return undefined;
    this.loaded.set(file, undefined);
    const read = readRegularFileSync(file, MAX_KUSTOMIZATION_SIZE);
    if (!read.ok) return undefined;
    const parsed = parseManifest(file, read.bytes.toString('utf8'), { yamlVersion: '1.1' });
    const value = parsed.documents[0]?.value;
    const folder = path.dirname(file);
    const kustomization: Kustomization = { file, kind: 'Kustomization', namespace: undefined, files: [], children: [], components: [], valid: false };
    this.loaded.set(file, kustomization);
    if (parsed.problems.length > 0 || typeof value !== 'object' || value === null || Array.isArray(value)) return kustomization;
    const { fields, unknown } = fieldsOf(value as Record<string, unknown>);
    kustomization.fields = fields;
    const kind = fields.get('kind') ?? '';
    const apiVersion = fields.get('apiversion') ?? '';
    const namespace = fields.get('namespace') ?? '';
    const resources = stringList(fields.get('resources'));
    const bases = stringList(fields.get('bases'));
    const components = stringList(fields.get('components'));
    if (kind !== '' && kind !== 'Kustomization' && kind !== 'Component') return kustomization;
    kustomization.kind = kind === 'Component' ? 'Component' : 'Kustomization';
    const requiredVersion = kustomization.kind === 'Component' ? 'kustomize.config.k8s.io/v1alpha1' : 'kustomize.config.k8s.io/v1beta1';
    if (unknown || (apiVersion !== '' && apiVersion !== requiredVersion) || typeof namespace !== 'string') return kustomization;
    if (resources === undefined || bases === undefined || components === undefined) return kustomization;
    if (this.kustomizationsIn(folder).length > 1) return kustomization;
    kustomization.namespace = namespace === '' ? undefined : namespace;
    let valid = true;
    for (const entry of [...resources, ...bases]) {
      const target = this.resolveEntry(folder, entry);
      if (target === 'unknown') {
        kustomization.includesUnread = true;
        continue;
      }
      if (target === undefined) valid = false;
      else if (target.kustomization !== undefined) kustomization.children.push(target.kustomization);
      // kustomize's load restriction (LoadRestrictionsRootOnly): a file must sit in or below the kustomization's folder.
      else if (isInside(target.path, folder)) kustomization.files.push(target.path);
      else valid = false;
    }
    for (const entry of components) {
      const target = this.resolveEntry(folder, entry);
      if (target === 'unknown') {
        kustomization.includesUnread = true;
        continue;
      }
      if (target?.kustomization === undefined) valid = false;
      else kustomization.components.push(target.kustomization);
    }
    kustomization.valid = valid;
    return kustomization;
  }

  /**
   * What an entry names: a file, a folder's one kustomization file, nothing
   * kustomize could build (undefined), or what calico-lint does not read
   * ('unknown': remote, or outside the repository).
   */
  private resolveEntry(folder: string, entry: string): { path: string; kustomization?: string } | undefined | 'unknown' {
    if (entry === '') return undefined;
    if (isRemote(entry)) return 'unknown';
    const target = path.resolve(folder, entry);
    if (!isInside(target, path.resolve(this.root))) return 'unknown';
    if (!this.isSafe(target)) return safeLstat(target) === undefined ? undefined : 'unknown';
    const info = safeStat(target);
    if (info?.isFile()) return { path: target };
    if (!info?.isDirectory()) return undefined;
    const found = this.kustomizationsIn(target);
    return found.length === 1 ? { path: target, kustomization: found[0]! } : undefined;
  }
}

function safeRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function safeLstat(file: string) {
  try {
    return lstatSync(file);
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
 * The kustomizations kustomize builds: valid, every include buildable, no
 * cycle. One iterative depth-first walk over all of them.
 */
export function buildable(resolver: KustomizeResolver, files: Iterable<string>): Set<string> {
  const state = new Map<string, 'open' | 'ok' | 'failed'>();
  const ok = new Set<string>();
  for (const start of files) {
    if (state.has(start)) continue;
    const stack: Array<{ file: string; next: string[] }> = [];
    const enter = (file: string): void => {
      state.set(file, 'open');
      const k = resolver.load(file);
      const next = k === undefined ? [] : [...k.children, ...k.components];
      stack.push({ file, next });
    };
    enter(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next.pop();
      if (child !== undefined) {
        const seen = state.get(child);
        if (seen === undefined) enter(child);
        continue;
      }
      stack.pop();
      const k = resolver.load(top.file);
      const buildsAlone = k !== undefined && k.valid &&
        k.children.every((c) => state.get(c) === 'ok' && resolver.load(c)?.kind === 'Kustomization') &&
        k.components.every((c) => state.get(c) === 'ok' && resolver.load(c)?.kind === 'Component');
      // A child still open is on the current path: a cycle, which kustomize refuses.
      state.set(top.file, buildsAlone ? 'ok' : 'failed');
      if (buildsAlone) ok.add(top.file);
    }
  }
  return ok;
}

/**
 * The namespaces one manifest can land in, kept small: at most two named
 * ones (two already make it ambiguous, and more never make it less so) and
 * whether one rendering leaves it as written (undefined).
 */
class Landing {
  readonly named = new Set<string>();
  asWritten = false;

  add(namespace: string | undefined): boolean {
    if (namespace === undefined) {
      if (this.asWritten) return false;
      this.asWritten = true;
      return true;
    }
    if (this.named.has(namespace) || this.named.size >= 2) return false;
    this.named.add(namespace);
    return true;
  }

  /** What a transformer that sets `namespace` (when no outer one did) makes of these. */
  *through(namespace: string | undefined): Iterable<string | undefined> {
    yield* this.named;
    if (this.asWritten) yield namespace;
  }
}

/** The namespace a Component applies to the resources of its parent: its own, else its last component's. */
function componentNamespaces(resolver: KustomizeResolver, order: readonly string[]): Map<string, string | undefined> {
  const applied = new Map<string, string | undefined>();
  // `order` lists parents before children: walk it backwards so components are known before their users.
  for (let i = order.length - 1; i >= 0; i--) {
    const k = resolver.load(order[i]!)!;
    applied.set(k.file, k.namespace ?? lastNamed(k.components, applied));
  }
  return applied;
}

function lastNamed(components: readonly string[], applied: ReadonlyMap<string, string | undefined>, from = 0): string | undefined {
  for (let i = components.length - 1; i >= from; i--) {
    const namespace = applied.get(components[i]!);
    if (namespace !== undefined) return namespace;
  }
  return undefined;
}

/** Parents before children (Kahn's algorithm) over the buildable graph, which has no cycle. */
function topologicalOrder(resolver: KustomizeResolver, nodes: ReadonlySet<string>): string[] {
  const indegree = new Map<string, number>([...nodes].map((file) => [file, 0]));
  const edges = (file: string) => {
    const k = resolver.load(file)!;
    return [...k.children, ...k.components];
  };
  for (const file of nodes) for (const child of edges(file)) indegree.set(child, (indegree.get(child) ?? 0) + 1);
  const ready = [...nodes].filter((file) => indegree.get(file) === 0).sort();
  const order: string[] = [];
  while (ready.length > 0) {
    const file = ready.pop()!;
    order.push(file);
    for (const child of edges(file)) {
      const left = indegree.get(child)! - 1;
      indegree.set(child, left);
      if (left === 0) ready.push(child);
    }
  }
  return order;
}

/**
 * The kustomizations that may render the linted files: those among the
 * discovered files, and those in the folder of a linted file or any folder
 * above it, up to `root` (absolute paths).
 */
export function kustomizationCandidates(resolver: KustomizeResolver, lintedFiles: readonly string[], discoveredFiles: readonly string[]): Set<string> {
  const { root } = resolver;
  const candidates = new Set<string>();
  for (const file of discoveredFiles) {
    if (!KUSTOMIZATION_END.test(file) || !(KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(path.basename(file))) continue;
    const absolute = path.resolve(file);
    if (isInside(absolute, root)) candidates.add(absolute);
  }
  const folders = new Set<string>();
  for (const file of lintedFiles) {
    for (let folder = path.dirname(file); isInside(folder, root) && !folders.has(folder); folder = path.dirname(folder)) {
      folders.add(folder);
      const found = resolver.kustomizationIn(folder);
      if (found !== undefined) candidates.add(found);
      if (folder === path.dirname(folder)) break;
    }
  }
  return candidates;
}

/**
 * For each linted file that kustomizations render into one namespace, that
 * namespace. Kustomizations considered: those among the discovered files,
 * and those in the folder of a linted file or any folder above it, up to the
 * resolver's root. Each buildable one that no buildable one includes is a rendering (`kubectl kustomize DIR`).
 */
export function kustomizeNamespaces(lintedFiles: readonly string[], resolver: KustomizeResolver, discoveredFiles: readonly string[] = lintedFiles): Map<string, string> {
  const candidates = kustomizationCandidates(resolver, lintedFiles, discoveredFiles);
  const ok = buildable(resolver, [...candidates].sort());
  const order = topologicalOrder(resolver, ok);
  const applied = componentNamespaces(resolver, order);
  const incoming = new Map<string, Landing>();
  const landings = new Map<string, Landing>();
  const reach = (map: Map<string, Landing>, file: string, namespaces: Iterable<string | undefined>): void => {
    let landing = map.get(file);
    if (landing === undefined) map.set(file, (landing = new Landing()));
    for (const namespace of namespaces) landing.add(namespace);
  };
  // Roots (nothing buildable includes them) render with no outer namespace; the order puts them first.
  for (const file of order) {
    const k = resolver.load(file)!;
    const outer = incoming.get(file) ?? Object.assign(new Landing(), { asWritten: true });
    // What this kustomization includes directly was accumulated before any component ran: all of them apply.
    const own = k.namespace ?? lastNamed(k.components, applied);
    const direct = [...outer.through(own)];
    for (const manifest of k.files) reach(landings, manifest, direct);
    for (const child of k.children) reach(incoming, child, direct);
    k.components.forEach((component, i) => {
      // A component's resources see the components after it, then this kustomization's namespace.
      reach(incoming, component, outer.through(k.namespace ?? lastNamed(k.components, applied, i + 1)));
    });
  }
  const linted = new Set(lintedFiles);
  const result = new Map<string, string> ();
  for (const [file, landing] of landings) {
    const [only] = landing.named;
    if (linted.has(file) && !landing.asWritten && landing.named.size === 1) result.set(file, only!);
  }
  return result;
}
