/**
 * The structural schemas of the Calico and operator kinds calico-lint reads,
 * per Calico release, vendored from projectcalico/calico
 * (src/resources/crd-schemas/README.md), and a validator that walks an
 * object and its schema together the way the API server does: unknown
 * fields (those Kubernetes prunes; kubectl's strict field validation refuses
 * them), types, enums and required fields.
 *
 * Everything is loaded on first use, once: runs that hold no such kind never
 * parse the data.
 */
import type { Path } from '../parse/source.js';
import { closest } from '../text.js';
import { CRD_SCHEMA_DATA } from './crd-schemas/schemas.js';
import { isPlainObject } from './resource.js';

/** A compact schema node (see scripts/vendor-crd-schemas.ts). */
interface SchemaNode {
  t?: string;
  p?: Record<string, number>;
  r?: string[];
  i?: number;
  a?: number | true;
  e?: unknown[];
  x?: 1;
  u?: 1;
  n?: 1;
}

interface SchemaData {
  releases: Record<string, { ref: string; commit: string; kinds: Record<string, { root: number; file: string }> }>;
  nodes: SchemaNode[];
}

let data: SchemaData | undefined;

function schemaData(): SchemaData {
  data ??= JSON.parse(CRD_SCHEMA_DATA) as SchemaData;
  return data;
}

/** The kinds validated, as `apiVersion/kind` (FelixConfiguration is vendored for its field names only). */
export const VALIDATED_KINDS: ReadonlySet<string> = new Set([
  'crd.projectcalico.org/v1/IPPool',
  'projectcalico.org/v3/IPPool',
  'crd.projectcalico.org/v1/IPReservation',
  'projectcalico.org/v3/IPReservation',
  'crd.projectcalico.org/v1/BGPConfiguration',
  'projectcalico.org/v3/BGPConfiguration',
  'crd.projectcalico.org/v1/IPAMConfig',
  'projectcalico.org/v3/IPAMConfiguration',
  'operator.tigera.io/v1/Installation',
]);

let releasesOldestFirst: readonly string[] | undefined;

/** The vendored releases, oldest first ("3.26" … "3.33"); sorted once (asked for every resource checked). */
export function vendoredReleases(): readonly string[] {
  releasesOldestFirst ??= Object.keys(schemaData().releases).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
  return releasesOldestFirst;
}

/** The vendored release whose schemas apply to `calicoVersion`: itself, or the nearest vendored one. */
export function schemaRelease(calicoVersion: string): string {
  const releases = vendoredReleases();
  const minor = Number(calicoVersion.split('.')[1]);
  const oldest = releases[0]!;
  const newest = releases[releases.length - 1]!;
  if (minor <= Number(oldest.split('.')[1])) return oldest;
  if (minor >= Number(newest.split('.')[1])) return newest;
  return releases.includes(calicoVersion) ? calicoVersion : newest;
}

/** Where a kind's schema of a release comes from: the CRD file and the commit of projectcalico/calico. */
export function schemaSource(apiVersion: string, kind: string, release: string): { file: string; ref: string; commit: string } | undefined {
  const entry = schemaData().releases[release];
  const kindEntry = entry?.kinds[`${apiVersion}/${kind}`];
  return entry && kindEntry ? { file: kindEntry.file, ref: entry.ref, commit: entry.commit } : undefined;
}

function rootOf(apiVersion: string, kind: string, release: string): SchemaNode | undefined {
  const { releases, nodes } = schemaData();
  const entry = releases[release]?.kinds[`${apiVersion}/${kind}`];
  return entry ? nodes[entry.root] : undefined;
}

/** The schema node at `path` (array indices walk into items, map keys into additionalProperties). */
function nodeAt(root: SchemaNode, path: Path): SchemaNode | undefined {
  const { nodes } = schemaData();
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (node === undefined) return undefined;
    if (typeof segment === 'number') node = node.i === undefined ? undefined : nodes[node.i];
    else if (node.p && Object.hasOwn(node.p, segment)) node = nodes[node.p[segment]!];
    else node = typeof node.a === 'number' ? nodes[node.a] : undefined;
  }
  return node;
}

/** The field names the schema of a kind knows at `path` (an object's properties), or undefined. */
export function knownFields(apiVersion: string, kind: string, release: string, path: Path): string[] | undefined {
  const root = rootOf(apiVersion, kind, release);
  const node = root && nodeAt(root, path);
  return node?.p ? Object.keys(node.p) : undefined;
}

/** The releases whose schema of this kind has a field at `path`. */
export function releasesWithField(apiVersion: string, kind: string, path: Path): string[] {
  const parent = path.slice(0, -1);
  const field = path[path.length - 1];
  return vendoredReleases().filter((release) => {
    const root = rootOf(apiVersion, kind, release);
    const node = root && nodeAt(root, parent);
    return typeof field === 'string' && node?.p !== undefined && Object.hasOwn(node.p, field);
  });
}

// ---------------------------------------------------------------------------
// Where else a field name lives (for "did you mean")

/** Places whose fields people write in the wrong kind: a kind's spec, and the Installation's calicoNetwork. */
const SETTING_PLACES: ReadonlyArray<{ key: string; label: string; path: Path }> = [
  { key: 'operator.tigera.io/v1/Installation', label: 'Installation', path: ['spec', 'calicoNetwork'] },
  { key: 'operator.tigera.io/v1/Installation', label: 'Installation', path: ['spec'] },
  { key: 'crd.projectcalico.org/v1/FelixConfiguration', label: 'FelixConfiguration', path: ['spec'] },
  { key: 'crd.projectcalico.org/v1/BGPConfiguration', label: 'BGPConfiguration', path: ['spec'] },
  { key: 'crd.projectcalico.org/v1/IPAMConfig', label: 'IPAMConfig (v3: IPAMConfiguration)', path: ['spec'] },
  { key: 'crd.projectcalico.org/v1/IPPool', label: 'IPPool', path: ['spec'] },
];

const elsewhereCache = new Map<string, Map<string, Array<{ kind: string; place: string; text: string }>>>();

/**
 * Where a field of this name (exactly, or differing only in case) is a
 * setting in another kind of the same release, e.g. `mtu` →
 * "Installation `spec.calicoNetwork.mtu`". The place where it was written
 * (`except`: its kind and the path of its parent) is left out.
 */
export function fieldElsewhere(name: string, release: string, except: { kind: string; path: Path }): string[] {
  let index = elsewhereCache.get(release);
  if (index === undefined) {
    index = new Map();
    for (const place of SETTING_PLACES) {
      const [group, version, kind] = place.key.split('/') as [string, string, string];
      const root = rootOf(`${group}/${version}`, kind, release);
      const node = root && nodeAt(root, place.path);
      for (const field of Object.keys(node?.p ?? {})) {
        const lower = field.toLowerCase();
        const entry = { kind, place: place.path.join('.'), text: `${place.label} \`${[...place.path, field].join('.')}\`` };
        index.set(lower, [...(index.get(lower) ?? []), entry]);
      }
    }
    elsewhereCache.set(release, index);
  }
  const own = except.path.join('.');
  const kinds = except.kind === 'IPAMConfiguration' ? 'IPAMConfig' : except.kind;
  return (index.get(name.toLowerCase()) ?? []).filter((entry) => !(entry.kind === kinds && entry.place === own)).map((entry) => entry.text);
}

/**
 * The field the author probably meant: the same name in another case, a
 * near spelling, or a known field the key starts or ends with
 * (`natOutgoingEnabled` → `natOutgoing`), or one that starts with the key.
 */
export function suggestField(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const flat = (text: string): string => text.toLowerCase().replace(/[-_.]/g, '');
  const exact = known.find((field) => field.toLowerCase() === lower) ?? known.find((field) => flat(field) === flat(key));
  if (exact) return exact;
  const near = closest(key, known);
  if (near) return near;
  const contained = known
    .filter((field) => field.length >= 4 && (flat(key).startsWith(flat(field)) || flat(key).endsWith(flat(field))))
    // The longest match; between `natOutgoing` and legacy `nat-outgoing`, the current camelCase name.
    .sort((a, b) => flat(b).length - flat(a).length || Number(/[-_]/.test(a)) - Number(/[-_]/.test(b)))[0];
  if (contained) return contained;
  return key.length >= 4 ? known.find((field) => flat(field).startsWith(flat(key))) : undefined;
}

/** "Did you mean `x`?", noting case-sensitivity when case is the only difference. */
export function didYouMean(field: string, near: string): string {
  return `Did you mean \`${near}\`?${near.toLowerCase() === field.toLowerCase() ? ' (field names are case-sensitive)' : ''}`;
}

/**
 * The hint for an unknown field: where a setting of that name lives
 * (another kind), else the field of this place the author probably meant.
 */
export function unknownFieldHint(field: string, known: readonly string[], release: string, except: { kind: string; path: Path }): string | undefined {
  const elsewhere = fieldElsewhere(field, release, except);
  const near = suggestField(field, known);
  const meant = near ? didYouMean(field, near) : undefined;
  if (elsewhere.length === 0) return meant;
  const setting = `It is a setting of ${elsewhere.slice(0, 2).join(' and of ')}.`;
  return meant ? `${setting} Or: ${meant}` : setting;
}

// ---------------------------------------------------------------------------
// Validation

export type SchemaIssue =
  | { kind: 'unknown'; path: Path; known: readonly string[] }
  | { kind: 'type'; path: Path; expected: string; value: unknown; /** The field's enum, when it has one (for the advice). */ allowed?: readonly unknown[] }
  | { kind: 'enum'; path: Path; allowed: readonly unknown[]; value: unknown }
  | { kind: 'required'; path: Path; field: string };

/**
 * What another rule reports at a path: `skip` leaves the value and
 * everything under it alone (and does not call its key unknown, nor its
 * absence missing); `descend` leaves only the value's own type and enum alone.
 */
export type Ownership = 'skip' | 'descend' | undefined;

/** ObjectMeta's fields (k8s.io/apimachinery pkg/apis/meta/v1 types.go): the API server prunes any other. */
const OBJECT_META_FIELDS: readonly string[] = [
  'name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
  'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers',
  'managedFields',
];

/**
 * Every issue of `object` (a whole resource) against the schema of its kind
 * in `release`, in document order of the walk; undefined when the kind is
 * not vendored. The root `metadata` is checked for ObjectMeta's field names
 * only (the CRD schema leaves it to the API server).
 */
export function validateResource(
  object: Record<string, unknown>,
  apiVersion: string,
  kind: string,
  release: string,
  owner: (path: Path) => Ownership = () => undefined,
): SchemaIssue[] | undefined {
  if (!VALIDATED_KINDS.has(`${apiVersion}/${kind}`)) return undefined;
  const root = rootOf(apiVersion, kind, release);
  if (root === undefined) return undefined;
  const issues: SchemaIssue[] = [];
  walk(object, root, [], issues, owner);
  const metadata = object.metadata;
  if (isPlainObject(metadata)) {
    for (const key of Object.keys(metadata)) {
      const path = ['metadata', key];
      if (!OBJECT_META_FIELDS.includes(key) && owner(path) !== 'skip') issues.push({ kind: 'unknown', path, known: OBJECT_META_FIELDS });
    }
  }
  return issues;
}

function walk(value: unknown, node: SchemaNode, path: Path, issues: SchemaIssue[], owner: (path: Path) => Ownership): void {
  const { nodes } = schemaData();
  // Kubernetes prunes a null where the schema does not allow it (nullable), as if the field were absent.
  if (value === null) return;
  const ownership = path.length === 0 ? undefined : owner(path);
  if (ownership === 'skip') return;
  if (ownership !== 'descend') {
    const expected = typeMismatch(value, node);
    if (expected !== undefined) {
      issues.push(node.e ? { kind: 'type', path, expected, value, allowed: node.e } : { kind: 'type', path, expected, value });
      return;
    }
    if (node.e && !node.e.some((allowed) => allowed === value)) {
      issues.push({ kind: 'enum', path, allowed: node.e, value });
      return;
    }
  }
  if (node.u && !node.p) return;
  if (isPlainObject(value) && node.t === 'object') {
    // The root metadata is ObjectMeta, checked on its own (validateResource).
    if (path.length === 1 && path[0] === 'metadata') return;
    const properties = node.p ?? {};
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, key];
      if (Object.hasOwn(properties, key)) walk(child, nodes[properties[key]!]!, childPath, issues, owner);
      else if (typeof node.a === 'number') walk(child, nodes[node.a]!, childPath, issues, owner);
      else if (node.a !== true && !node.u && owner(childPath) !== 'skip') {
        issues.push({ kind: 'unknown', path: childPath, known: Object.keys(properties) });
      }
    }
    for (const field of node.r ?? []) {
      if ((value[field] === undefined || value[field] === null) && owner([...path, field]) === undefined) {
        issues.push({ kind: 'required', path, field });
      }
    }
  } else if (Array.isArray(value) && node.i !== undefined) {
    const items = nodes[node.i]!;
    value.forEach((item, index) => walk(item, items, [...path, index], issues, owner));
  }
}

/** What the schema expects when the value's type does not fit, else undefined. */
function typeMismatch(value: unknown, node: SchemaNode): string | undefined {
  // A YAML timestamp or !!binary reaches the API server as a JSON string.
  const isString = typeof value === 'string' || value instanceof Date || value instanceof Uint8Array;
  if (node.x) return isString || Number.isInteger(value) ? undefined : 'an integer or a string';
  switch (node.t) {
    case 'string': return isString ? undefined : 'a string';
    case 'integer': return Number.isInteger(value) ? undefined : 'an integer';
    case 'number': return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a number';
    case 'boolean': return typeof value === 'boolean' ? undefined : 'a boolean (true or false)';
    case 'array': return Array.isArray(value) ? undefined : 'a list';
    case 'object': return isPlainObject(value) ? undefined : 'a mapping';
    default: return undefined;
  }
}
