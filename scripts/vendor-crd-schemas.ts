/**
 * Writes src/resources/crd-schemas/schemas.ts: the CRD schemas of the Calico
 * and operator kinds calico-lint reads, for every Calico release it targets,
 * in a compact form (structure only: properties, type, enum, required, items,
 * additionalProperties, x-kubernetes-int-or-string,
 * x-kubernetes-preserve-unknown-fields, nullable), each distinct sub-schema
 * stored once across kinds and releases. Descriptions, CEL rules, patterns
 * and bounds are left out: other rules check what Calico validates.
 *
 * Reads a clone of projectcalico/calico (no network):
 *
 *   node --import tsx scripts/vendor-crd-schemas.ts /path/to/calico.git
 *
 * The Installation CRD comes from the same release of projectcalico/calico,
 * which ships the operator CRDs of the operator version that release installs.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Calico release → git ref (the newest patch tag; the release branch while unreleased). */
const RELEASES: ReadonlyArray<[string, string]> = [
  ['3.26', 'v3.26.5'],
  ['3.27', 'v3.27.5'],
  ['3.28', 'v3.28.5'],
  ['3.29', 'v3.29.7'],
  ['3.30', 'v3.30.7'],
  ['3.31', 'v3.31.7'],
  ['3.32', 'v3.32.1'],
  ['3.33', 'release-v3.33'],
];

/** Kinds by API group; `file` is tried in order (the first that exists wins). */
interface KindSource { apiVersion: string; kind: string; files: string[]; specOnly?: true }

const V1 = (plural: string): string => `libcalico-go/config/crd/crd.projectcalico.org_${plural}.yaml`;
const V3 = (plural: string): string => `api/config/crd/projectcalico.org_${plural}.yaml`;
const INSTALLATION = [
  'charts/crd.projectcalico.org.v1/templates/operator.tigera.io_installations.yaml',
  'charts/tigera-operator/crds/operator.tigera.io_installations.yaml',
  'charts/tigera-operator/crds/operator.tigera.io_installations_crd.yaml',
];

/**
 * projectcalico.org/v3 is served by the Calico API server from the same Go
 * types as the v1 CRD (api/pkg/apis/projectcalico/v3) until v3.32 ships v3
 * CRDs of its own (api/config/crd): before that, the v1 schema stands in.
 */
const KINDS: readonly KindSource[] = [
  { apiVersion: 'crd.projectcalico.org/v1', kind: 'IPPool', files: [V1('ippools')] },
  { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', files: [V3('ippools'), V1('ippools')] },
  { apiVersion: 'crd.projectcalico.org/v1', kind: 'IPReservation', files: [V1('ipreservations')] },
  { apiVersion: 'projectcalico.org/v3', kind: 'IPReservation', files: [V3('ipreservations'), V1('ipreservations')] },
  { apiVersion: 'crd.projectcalico.org/v1', kind: 'BGPConfiguration', files: [V1('bgpconfigurations')] },
  { apiVersion: 'projectcalico.org/v3', kind: 'BGPConfiguration', files: [V3('bgpconfigurations'), V1('bgpconfigurations')] },
  { apiVersion: 'crd.projectcalico.org/v1', kind: 'IPAMConfig', files: [V1('ipamconfigs')] },
  { apiVersion: 'projectcalico.org/v3', kind: 'IPAMConfiguration', files: [V3('ipamconfigurations'), V1('ipamconfigs')] },
  { apiVersion: 'operator.tigera.io/v1', kind: 'Installation', files: INSTALLATION },
  // Not validated: only its field names, so that a Felix setting written elsewhere is recognised.
  { apiVersion: 'crd.projectcalico.org/v1', kind: 'FelixConfiguration', files: [V1('felixconfigurations')], specOnly: true },
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

/** Keywords kept; every other keyword is ignored on purpose (listed so a new one is noticed). */
const IGNORED = new Set([
  'description', 'format', 'pattern', 'maxLength', 'minLength', 'maximum', 'minimum', 'maxItems', 'minItems',
  'x-kubernetes-validations', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys', 'x-kubernetes-map-type',
  'default', 'anyOf', 'oneOf', 'allOf', 'title', 'exclusiveMaximum', 'exclusiveMinimum', 'maxProperties', 'minProperties',
  'x-kubernetes-embedded-resource', 'uniqueItems',
]);

/** Compact node: t type, p properties (name → node id), r required, i items, a additionalProperties, e enum, x int-or-string, u preserve-unknown, n nullable. */
type Node = { t?: string; p?: Record<string, number>; r?: string[]; i?: number; a?: number | true; e?: Json[]; x?: 1; u?: 1; n?: 1 };

const nodes: Node[] = [];
const ids = new Map<string, number>();
const unknownKeywords = new Set<string>();

function intern(node: Node): number {
  const key = JSON.stringify(node);
  let id = ids.get(key);
  if (id === undefined) {
    id = nodes.length;
    nodes.push(node);
    ids.set(key, id);
  }
  return id;
}

/**
 * `required` keeps only fields without a `default`: Kubernetes applies
 * defaults before it validates, so a defaulted field is never missing.
 * `withRequired` false drops them all, for projectcalico.org/v3: the Calico
 * API server decodes into Go types and checks no schema's `required` (the v3
 * CRDs of v3.32+ are an alternative install, and Calico's own validator,
 * which ippool-valid follows, checks what matters).
 */
function compact(schema: Schema, withRequired: boolean, depth = 0): number {
  if (depth > 60) throw new Error('schema nested too deep');
  const node: Node = {};
  for (const keyword of Object.keys(schema)) {
    if (!IGNORED.has(keyword) && !['type', 'properties', 'required', 'items', 'additionalProperties', 'enum',
      'x-kubernetes-int-or-string', 'x-kubernetes-preserve-unknown-fields', 'nullable'].includes(keyword)) unknownKeywords.add(keyword);
  }
  if (typeof schema.type === 'string') node.t = schema.type;
  if (schema.properties && typeof schema.properties === 'object' && !Array.isArray(schema.properties)) {
    const properties = schema.properties as Record<string, Schema>;
    node.p = Object.fromEntries(Object.keys(properties).sort().map((name) => [name, compact(properties[name]!, withRequired, depth + 1)]));
  }
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = Array.isArray(schema.required) && withRequired
    ? (schema.required as string[]).filter((name) => properties[name]?.default === undefined)
    : [];
  if (required.length > 0) node.r = [...required].sort();
  if (schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items)) node.i = compact(schema.items as Schema, withRequired, depth + 1);
  if (schema.additionalProperties === true) node.a = true;
  else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    node.a = compact(schema.additionalProperties as Schema, withRequired, depth + 1);
  }
  if (Array.isArray(schema.enum)) node.e = schema.enum;
  if (schema['x-kubernetes-int-or-string'] === true) node.x = 1;
  if (schema['x-kubernetes-preserve-unknown-fields'] === true) node.u = 1;
  if (schema.nullable === true) node.n = 1;
  return intern(node);
}

/** Only the field names of a spec (FelixConfiguration): every field an empty node. */
function namesOnly(schema: Schema): number {
  const spec = (schema.properties as Record<string, Schema> | undefined)?.spec;
  const names = Object.keys((spec?.properties as Record<string, Schema> | undefined) ?? {}).sort();
  const any = intern({ u: 1 });
  return intern({ t: 'object', p: { spec: intern({ t: 'object', p: Object.fromEntries(names.map((name) => [name, any])) }) } });
}

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function fileAt(repo: string, ref: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['--git-dir', repo, 'show', `${ref}:${file}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

interface Entry { root: number; file: string }

function main(repo: string, out: string): void {
  const releases: Record<string, { ref: string; commit: string; kinds: Record<string, Entry> }> = {};
  for (const [release, ref] of RELEASES) {
    const commit = git(repo, 'rev-parse', `${ref}^{commit}`).trim();
    const kinds: Record<string, Entry> = {};
    for (const source of KINDS) {
      const file = source.files.find((candidate) => fileAt(repo, commit, candidate) !== undefined);
      if (file === undefined) throw new Error(`${release}: no CRD for ${source.apiVersion} ${source.kind}`);
      const documents = fileAt(repo, commit, file)!.split(/^---$/m).map((text) => parse(text) as Schema | null);
      const crd = documents.find((doc) => doc && (doc.spec as Schema | undefined)?.group !== undefined) as Schema;
      const spec = crd.spec as Schema;
      const version = (spec.versions as Schema[]).find((v) => v.storage === true) ?? (spec.versions as Schema[])[0]!;
      const schema = (version.schema as Schema).openAPIV3Schema as Schema;
      const root = source.specOnly ? namesOnly(schema) : compact(schema, source.apiVersion !== 'projectcalico.org/v3');
      kinds[`${source.apiVersion}/${source.kind}`] = { root, file };
    }
    releases[release] = { ref, commit, kinds };
  }
  if (unknownKeywords.size > 0) throw new Error(`keywords not handled: ${[...unknownKeywords].join(', ')}`);
  const data = { releases, nodes };
  const text = [
    '// Generated by scripts/vendor-crd-schemas.ts from projectcalico/calico (Apache-2.0); see README.md here. Do not edit.',
    '// The data is a JSON string: parsing JSON is faster than evaluating a literal this size.',
    `export const CRD_SCHEMA_DATA = ${JSON.stringify(JSON.stringify(data))};`,
    '',
  ].join('\n');
  writeFileSync(out, text);
  console.log(`${nodes.length} nodes, ${text.length} bytes → ${out}`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const repo = process.argv[2];
  if (repo === undefined) {
    console.error('usage: node --import tsx scripts/vendor-crd-schemas.ts <git dir of a projectcalico/calico clone>');
    process.exit(2);
  }
  main(repo, path.join(root, 'src/resources/crd-schemas/schemas.ts'));
}
