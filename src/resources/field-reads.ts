/**
 * What a rule reads of a manifest's bulk, declared in its `meta.reads`.
 *
 * Before rules run, each object loses its bulk: the parts that are most of a
 * manifest's bytes and that rules seldom read (src/resources/slim.ts lists
 * them: containers, volumes, status, managedFields, ConfigMap and Secret
 * data). A rule that reads inside them says what, as paths; the slimming keeps
 * the union of what the enabled rules declare, and nothing else of the bulk.
 * Declarations are plain data (regular expressions included), so that they
 * reach worker threads as they are.
 */
import { POD_TEMPLATE_PATHS } from './resource.js';

/**
 * One step of a path: a key (of a mapping, or `'*'` for every key and every
 * item of a list), or a filter that keeps only the items of a list (or the
 * entries of a mapping) with a string matching `matches` at `where` (a path
 * inside the item, `'*'` allowed; the item itself when empty or omitted).
 */
export type FieldStep = string | ItemFilter;

export interface ItemFilter {
  readonly where?: readonly string[];
  readonly matches: RegExp;
}

export type FieldPath = readonly FieldStep[];

/** Paths a rule reads inside the bulk of some objects. */
export interface FieldReads {
  /** The kinds these paths are read in; every kind when omitted. */
  readonly kinds?: readonly string[];
  /** Only in objects with a value at this path equal to `equals` (e.g. a pod spec's `hostNetwork: true`). */
  readonly when?: { readonly path: readonly string[]; readonly equals: string | number | boolean };
  /** Paths from the object; all that lies under a path's end is kept. */
  readonly paths: readonly FieldPath[];
}

/**
 * Reads in the pod spec of every kind that carries a pod template (a Pod's
 * own spec, a Deployment's spec.template.spec, a CronJob's…): `paths` and
 * `when.path` start at the pod spec.
 */
export function inPodSpecs(reads: { when?: FieldReads['when']; paths: readonly FieldPath[] }): FieldReads[] {
  return Object.entries(POD_TEMPLATE_PATHS).map(([kind, template]) => {
    const spec = [...template, 'spec'] as string[];
    return {
      kinds: [kind],
      ...(reads.when && { when: { path: [...spec, ...reads.when.path], equals: reads.when.equals } }),
      paths: reads.paths.map((path) => [...spec, ...path]),
    };
  });
}

/** The container lists of a pod spec. */
export const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** The same lists in the order the kubelet starts them, for messages that name the first container found. */
export const CONTAINER_LISTS_IN_START_ORDER = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** The same steps under every container list of a pod spec. */
export function inEveryContainerList(...paths: readonly FieldPath[]): FieldPath[] {
  return CONTAINER_LISTS.flatMap((list) => paths.map((path) => [list, ...path]));
}
