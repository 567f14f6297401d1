/**
 * Drops the bulk of a manifest before the value is kept (or sent from a
 * worker thread): containers and volumes, the data of ConfigMaps and Secrets,
 * and the status and managedFields of `kubectl get` output are most of the
 * bytes, and rules seldom read them. What the enabled rules declare they read
 * inside the bulk (`meta.reads`, src/resources/field-reads.ts) is kept; the
 * rest of the bulk goes. The rest of an object is always kept. Applied on
 * every path (threads or not), so every rule test sees exactly what the rule
 * will see in a real run: a rule that reads bulk it did not declare fails its
 * own tests (test/helpers/rule-tester.ts compares with the unslimmed value).
 */
import type { FieldPath, FieldReads, FieldStep } from './field-reads.js';
import { CONTAINER_LISTS } from './field-reads.js';
import { getIn, isPlainObject, POD_TEMPLATE_PATHS, type PlainObject } from './resource.js';

/** Where the bulk lies in an object of a kind (below, for every kind: BULK_OF_EVERY_KIND). */
const BULK_OF_EVERY_KIND: readonly (readonly string[])[] = [['status'], ['metadata', 'managedFields']];
const BULK_BY_KIND: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['ConfigMap', [['data'], ['binaryData']]],
  ['Secret', [['data'], ['stringData']]],
  ...Object.entries(POD_TEMPLATE_PATHS).map(([kind, template]): [string, string[][]] =>
    [kind, [...CONTAINER_LISTS, 'volumes'].map((field) => [...(template as string[]), 'spec', field])]),
]);

/** A document value without its bulk. */
export type Slimmer = (value: unknown) => unknown;

/** Keeps everything: for a rule set with a rule that declares nothing (see slimmerFor). */
export const KEEP_ALL: Slimmer = (value) => value;

/**
 * The slimmer for what the given reads declare (the union of the enabled
 * rules' `meta.reads`). The value given is not modified: copies are made
 * along the paths that change.
 */
export function slimmer(reads: readonly FieldReads[]): Slimmer {
  // Rules share declarations (CLUSTER_FACT_READS is in nine rules' meta.reads): each is weighed once.
  const unique = [...new Set(reads)];
  const everyKind = unique.filter((read) => read.kinds === undefined);
  const byKind = new Map<string, FieldReads[]>();
  for (const read of unique) {
    for (const kind of read.kinds ?? []) byKind.set(kind, [...(byKind.get(kind) ?? everyKind), read]);
  }
  // What can be settled without the object is settled once per kind: the bulk's places, and which paths can
  // reach each (a path whose keys lead elsewhere never does). Weighing every path against every place of
  // every document cost a thousand milliseconds of CPU in each thread on the dense tree (6% of the run; now 190).
  const plans = new Map<string, readonly BulkPlan[]>();
  const planOf = (kind: string): readonly BulkPlan[] => {
    let plan = plans.get(kind);
    if (plan === undefined) {
      plan = bulkPlans([...BULK_OF_EVERY_KIND, ...(BULK_BY_KIND.get(kind) ?? [])], byKind.get(kind) ?? everyKind);
      plans.set(kind, plan);
    }
    return plan;
  };
  const slimObject = (object: unknown): unknown => {
    if (!isPlainObject(object) || typeof object.kind !== 'string') return object;
    let slim: PlainObject = object;
    for (const { at, key, parentPath, reads: candidates } of planOf(object.kind)) {
      const parent = getIn(object, parentPath);
      if (!isPlainObject(parent) || !Object.hasOwn(parent, key)) continue;
      const tails: FieldPath[] = [];
      for (const { when, tail, path } of candidates) {
        if (when !== undefined && getIn(object, when.path) !== when.equals) continue;
        if (tail !== undefined) tails.push(tail);
        else tails.push(...tailAfter(path, at, object));
      }
      const kept = keptOf(parent[key], tails);
      if (kept !== parent[key]) slim = replaceAt(slim, at, kept);
    }
    return slim;
  };
  // kubectl expands any object with `items` as a list (see resourcesOf): each item is slimmed.
  return (value) => {
    if (!isPlainObject(value) || typeof value.kind !== 'string') return value;
    if (Array.isArray(value.items)) return { ...value, items: value.items.map(slimObject) };
    return slimObject(value);
  };
}

/** One place of the bulk in objects of a kind, with the paths that may reach it. */
interface BulkPlan {
  at: readonly string[];
  parentPath: readonly string[];
  key: string;
  /** `tail`: what the path reads below the bulk, known without the object; undefined: ask tailAfter. */
  reads: ReadonlyArray<{ when: FieldReads['when']; tail: FieldPath | undefined; path: FieldPath }>;
}

function bulkPlans(bulk: readonly (readonly string[])[], reads: readonly FieldReads[]): BulkPlan[] {
  return bulk.map((at) => ({
    at,
    parentPath: at.slice(0, -1),
    key: at[at.length - 1]!,
    reads: reads.flatMap(({ when, paths }) => paths.flatMap((path) => {
      const reach = staticReach(path, at);
      return reach === 'never' ? [] : [{ when, tail: reach === 'depends' ? undefined : reach, path }];
    })),
  }));
}

/** tailAfter where the path's keys settle it: 'depends' when a filter on the way needs the object. */
function staticReach(path: FieldPath, at: readonly string[]): FieldPath | 'never' | 'depends' {
  for (let i = 0; i < at.length; i++) {
    if (i === path.length) return [];
    const step = path[i]!;
    if (typeof step !== 'string') return 'depends';
    if (step !== '*' && step !== at[i]) return 'never';
  }
  return path.slice(at.length);
}

/**
 * What of `path` lies below the bulk at `at`: none when the path does not
 * reach into it, [[]] when it reads all of it (it ends above or at it).
 */
function tailAfter(path: FieldPath, at: readonly string[], object: PlainObject): FieldPath[] {
  let here: unknown = object;
  for (let i = 0; i < at.length; i++) {
    if (i === path.length) return [[]]; // the path reads all of what holds the bulk
    const child = isPlainObject(here) ? here[at[i]!] : undefined;
    if (!stepSelects(path[i]!, at[i]!, child)) return [];
    here = child;
  }
  return [path.slice(at.length)];
}

function stepSelects(step: FieldStep, key: string | number, child: unknown): boolean {
  if (typeof step === 'string') return step === '*' || step === String(key);
  return someStringAt(child, step.where ?? [], 0, step.matches);
}

/** Whether a string matching `matches` lies at `path` from `from` (`'*'` steps: every key or item). */
function someStringAt(value: unknown, path: readonly string[], from: number, matches: RegExp): boolean {
  if (from === path.length) return typeof value === 'string' && matches.test(value);
  const step = path[from]!;
  if (step !== '*') return isPlainObject(value) && Object.hasOwn(value, step) && someStringAt(value[step], path, from + 1, matches);
  const children = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [];
  return children.some((child) => someStringAt(child, path, from + 1, matches));
}

/**
 * The bulk `value` reduced to what `paths` (relative to it) read; undefined
 * when they read nothing of it. Below, a list keeps its length (items no path
 * selects become null: positions are found by index) and a mapping the keys
 * some path selects; a value a path ends at is kept whole, and so is a scalar
 * a path would go into.
 */
function keptOf(value: unknown, paths: readonly FieldPath[]): unknown {
  if (paths.length === 0) return undefined;
  return project(value, paths, true);
}

function project(value: unknown, paths: readonly FieldPath[], dropIfEmpty = false): unknown {
  if (paths.some((path) => path.length === 0)) return value;
  const childPaths = (key: string | number, child: unknown): FieldPath[] =>
    paths.filter((path) => stepSelects(path[0]!, key, child)).map((path) => path.slice(1));
  if (Array.isArray(value)) {
    let any = false;
    const items = value.map((item, i) => {
      const selected = childPaths(i, item);
      if (selected.length === 0) return null;
      any = true;
      return project(item, selected);
    });
    return dropIfEmpty && !any ? undefined : items;
  }
  if (isPlainObject(value)) {
    const entries: Array<[string, unknown]> = [];
    for (const key of Object.keys(value)) {
      const selected = childPaths(key, value[key]);
      if (selected.length > 0) entries.push([key, project(value[key], selected)]);
    }
    return dropIfEmpty && entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

/** A copy of `object` with `replacement` at `path` (copies only along the path); undefined removes the key. */
function replaceAt(object: PlainObject, path: readonly string[], replacement: unknown): PlainObject {
  const [head, ...rest] = path;
  const copy = { ...object };
  if (rest.length === 0) {
    if (replacement === undefined) delete copy[head!];
    else copy[head!] = replacement;
    return copy;
  }
  const child = object[head!];
  if (isPlainObject(child)) copy[head!] = replaceAt(child, rest, replacement);
  return copy;
}
