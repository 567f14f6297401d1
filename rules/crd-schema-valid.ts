import { isWrittenAsJson } from '../src/resources/written-pair.js';
import { docsUrl, type Report, type ResourceRule } from '../src/engine/rule.js';
import { REMOVED, type FixRequest, type SuggestionRequest } from '../src/engine/fix.js';
import type { Path } from '../src/parse/source.js';
import {
  knownFields,
  releasesWithField,
  schemaRelease,
  suggestField,
  validateResource,
  VALIDATED_KINDS,
  type Ownership,
  type SchemaIssue,
  didYouMean,
  unknownFieldHint,
} from '../src/resources/crd-schema.js';
import { getIn, isPlainObject, type Resource } from '../src/resources/resource.js';
import { isEnvsubstVariable } from '../src/resources/placeholder.js';
import { echo, quote } from '../src/text.js';
import { misplacedIPPoolFields } from './ippool-misplaced-field.js';

/*
 * Ground truth: the CRDs of each Calico release (projectcalico/calico
 * libcalico-go/config/crd/crd.projectcalico.org_*.yaml, api/config/crd/projectcalico.org_*.yaml
 * from v3.32, and the operator's Installation CRD the release ships under charts/),
 * vendored in src/resources/crd-schemas/. The API server prunes fields its
 * structural schema does not know (k8s.io/apiextensions-apiserver pkg/apiserver/schema/pruning);
 * with strict field validation (kubectl's default) it refuses them instead.
 */

/**
 * The pool fields ippool-valid checks and the misplaced IPPool fields
 * ippool-misplaced-field reports: this rule leaves them to those rules. Except
 * an Installation pool field the targeted release does not have yet (e.g.
 * `ipPools[].name` before v3.28): ippool-valid knows the fields of the newest
 * operator only.
 */
function ownerOf(resource: Resource, release: string): (path: Path) => Ownership {
  const skipped = new Set<string>();
  const descend = new Set<string>();
  const pools = resource.pools.map((pool) => pool.specPath);
  const isIPPool = resource.pools.some((pool) => pool.origin === 'IPPool');
  if (isIPPool) {
    descend.add(JSON.stringify(['spec']));
    skipped.add(JSON.stringify(['metadata', 'name']));
    for (const misplaced of misplacedIPPoolFields(resource)) skipped.add(JSON.stringify(misplaced.path));
  }
  return (path) => {
    const key = JSON.stringify(path);
    if (skipped.has(key)) return 'skip';
    if (descend.has(key)) return 'descend';
    // A pool's own fields (IPPool spec or Installation ipPools[i]): ippool-valid checks names, types and values.
    const isPoolField = pools.some((spec) => path.length === spec.length + 1 && spec.every((segment, i) => path[i] === segment));
    if (!isPoolField) return undefined;
    if (!isIPPool && !installationPoolFields(release).includes(String(path[path.length - 1])) &&
      releasesWithField(INSTALLATION, 'Installation', ['spec', 'calicoNetwork', 'ipPools', 0, String(path[path.length - 1])]).length > 0) {
      return undefined;
    }
    return 'skip';
  };
}

const INSTALLATION = 'operator.tigera.io/v1';

function installationPoolFields(release: string): string[] {
  return knownFields(INSTALLATION, 'Installation', release, ['spec', 'calicoNetwork', 'ipPools', 0]) ?? [];
}

/**
 * Whether the resource is the Installation the tigera-operator chart renders
 * from Helm values (src/resources/resource.ts, `valuesInstallation`): only its
 * spec is written, under `installation:`, and every path outside it points at
 * one place.
 */
function isHelmValuesView(resource: Resource): boolean {
  if (resource.kind !== 'Installation') return false;
  const a = resource.locate(['apiVersion'], 'key');
  const b = resource.locate(['kind'], 'key');
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

/** `spec.calicoNetwork.ipPools[0].name`; in Helm values (`view`), `installation.…` where the spec is written. */
function label(path: Path, view = false): string {
  const shown = view && path[0] === 'spec' ? ['installation', ...path.slice(1)] : path;
  return echo(shown.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${segment}`)).join(''), 120);
}

const LOST = 'kubectl refuses it (strict field validation), and server-side apply, GitOps tools and `--validate=false` drop it ' +
  'with at most a warning, so its setting is silently lost';

function unknownMessage(issue: Extract<SchemaIssue, { kind: 'unknown' }>, resource: Resource, release: string, calicoVersion: string, view: boolean): string {
  const field = String(issue.path[issue.path.length - 1]);
  const kind = `${echo(resource.kind)} (${echo(resource.apiVersion)})`;
  const head = `${label(issue.path, view)} is not a field of ${kind} in Calico v${release}: ${LOST}.`;
  const inReleases = issue.path[0] === 'metadata' ? [] : releasesWithField(resource.apiVersion, resource.kind, issue.path);
  if (inReleases.length > 0) {
    const minor = (text: string): number => Number(text.split('.')[1]);
    const newer = inReleases.find((other) => minor(other) > minor(release));
    if (newer !== undefined) {
      return `${head} Calico v${newer} has it (calicoVersion is ${calicoVersion}): remove it, or upgrade Calico (and calicoVersion)`;
    }
    const last = inReleases[inReleases.length - 1]!;
    return `${head} Calico v${last} is the last release with it. ${suggestionText(field, issue.known) ?? 'Remove it'}`;
  }
  const parent = issue.path.slice(0, -1).filter((segment): segment is string => typeof segment === 'string');
  const hint = issue.path[0] === 'metadata'
    ? suggestionText(field, issue.known)
    : unknownFieldHint(field, issue.known, release, { kind: resource.kind, path: parent });
  return hint ? `${head} ${hint}` : head;
}

function suggestionText(field: string, known: readonly string[]): string | undefined {
  const near = suggestField(field, known);
  return near ? didYouMean(field, near) : undefined;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `the string ${quote(value, 60)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

/**
 * A value that is a Go template action (`linuxDataplane: {{ $.Env.X }}`): valid YAML to the `yaml`
 * package (a flow mapping whose key is a mapping), a placeholder rendering fills in. Not a wrong
 * type: the file is a template (projectcalico/calico 87c1590 process/testing/aso/OSS/templates/
 * custom-resources.yaml, rendered by gomplate; kubeone's addons), and what it renders to is unknown.
 */
function isTemplatePlaceholder(issue: SchemaIssue): boolean {
  if ((issue.kind === 'type' || issue.kind === 'enum') && isEnvsubstVariable(issue.value)) return true;
  if (issue.kind !== 'type') return false;
  const value: unknown = issue.value;
  const keys = isPlainObject(value) ? Object.keys(value) : [];
  return keys.length === 1 && /^\{.*\}$/s.test(keys[0]!) && (value as Record<string, unknown>)[keys[0]!] === null;
}

/**
 * What to write instead, following what the value says: a quoted scalar of the right value (`"1440"`,
 * `"yes"`: YAML 1.1 reads unquoted yes as true, as Kubernetes does), or a boolean where the enum spells
 * the setting as a word (`bgp: true` → Enabled).
 */
function typeAdvice(expected: string, value: unknown, allowed: readonly unknown[] | undefined, json: boolean): string {
  if (typeof value === 'boolean' && allowed !== undefined) {
    const word = allowed.find((candidate) => typeof candidate === 'string' &&
      (value ? /^(enabled?|true|on|yes)$/i : /^(disabled?|false|off|no)$/i).test(candidate));
    return typeof word === 'string' ? `: write ${json ? JSON.stringify(word) : word}` : '';
  }
  if (typeof value !== 'string') return '';
  if (expected.startsWith('a boolean')) {
    const word = value.trim().toLowerCase();
    const meant = ['true', 'yes', 'y', 'on'].includes(word) ? 'true' : ['false', 'no', 'n', 'off'].includes(word) ? 'false' : undefined;
    return meant === undefined ? '' : `: write ${meant} without quotes`;
  }
  if (expected === 'an integer' && /^-?\d+$/.test(value)) return `: write ${value} without quotes`;
  return '';
}

function message(issue: SchemaIssue, resource: Resource, release: string, calicoVersion: string, view: boolean): string {
  const schema = `the ${echo(resource.kind)} schema of Calico v${release}`;
  switch (issue.kind) {
    case 'unknown':
      return unknownMessage(issue, resource, release, calicoVersion, view);
    case 'type':
      return `${label(issue.path, view)} must be ${issue.expected} in ${schema}; got ${describe(issue.value)}, and Kubernetes refuses the object` +
        typeAdvice(issue.expected, issue.value, issue.allowed, isWrittenAsJson(resource));
    case 'enum': {
      // An empty string is allowed by some enums (Installation kubernetesProvider): show it quoted.
      const allowed = issue.allowed.map((value) => (typeof value === 'string' && value !== '' ? value : JSON.stringify(value)));
      const near = typeof issue.value === 'string' ? suggestField(issue.value, allowed) : undefined;
      return `${label(issue.path, view)} is ${quote(issue.value, 60)}, which ${schema} does not allow (Kubernetes refuses the object): ` +
        `use ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`}${near ? ` (did you mean ${near}?)` : ''}`;
    }
    case 'required': {
      const where = issue.path.length === 0 ? `This ${echo(resource.kind)}` : label(issue.path, view);
      const missing = issue.path.length === 0 ? issue.field : `${label(issue.path)}.${issue.field}`;
      return `${where} has no \`${issue.field}\`, which ${schema} requires: Kubernetes refuses the object ` +
        `("${missing}: Required value"). Add it`;
    }
  }
}

/**
 * The kind of this API group the author meant, for a kind the group does
 * not have: the IPAM configuration is `IPAMConfig` in crd.projectcalico.org/v1
 * (libcalico-go/config/crd/crd.projectcalico.org_ipamconfigs.yaml) but
 * `IPAMConfiguration` in projectcalico.org/v3 (api/pkg/apis/projectcalico/v3/ipamconfig.go).
 */
function kindMeant(apiVersion: string, kind: string): string | undefined {
  if (apiVersion === 'projectcalico.org/v3' && kind === 'IPAMConfig') return 'IPAMConfiguration';
  if (apiVersion === 'crd.projectcalico.org/v1' && kind === 'IPAMConfiguration') return 'IPAMConfig';
  return undefined;
}

function wrongKindMessage(resource: Resource, meant: string): string {
  const other = meant === 'IPAMConfiguration' ? 'IPAMConfig is the kind of crd.projectcalico.org/v1' : 'IPAMConfiguration is the kind of projectcalico.org/v3';
  return `${echo(resource.apiVersion)} has no kind ${quote(resource.kind, 60)}: write \`kind: ${meant}\` (${other}). ` +
    `Kubernetes refuses the object ("no matches for kind"), and nothing in it takes effect`;
}

function positionOf(issue: SchemaIssue): { path: Path; part: 'key' | 'value' } {
  if (issue.kind === 'unknown') return { path: issue.path, part: 'key' };
  if (issue.kind === 'required') return issue.path.length === 0 ? { path: ['kind'], part: 'key' } : { path: issue.path, part: 'key' };
  return { path: issue.path, part: 'value' };
}

/**
 * Every Calico and operator kind calico-lint reads, validated against the CRD
 * schema of the targeted Calico release (`calicoVersion`): unknown fields,
 * types, enums and required fields. The pool fields ippool-valid checks, and
 * the misplaced IPPool fields ippool-misplaced-field reports, are theirs.
 */
export const crdSchemaValid: ResourceRule = {
  meta: {
    id: 'crd-schema-valid',
    description: 'Calico and operator resources (IPPool, IPReservation, BGPConfiguration, IPAMConfig, Installation) must match ' +
      'the CRD schema of the targeted Calico release: no unknown fields, the right types and enum values, required fields present.',
    remediation: 'Correct the field the message points at: rename it as suggested, move it to the kind it belongs to, ' +
      'or quote/unquote the value; set `calicoVersion` to the release the cluster runs.',
    docsUrl: docsUrl('crd-schema-valid'),
    defaultSeverity: 'error',
    fixable: 'code',
    hasSuggestions: true,
    scope: 'resource',
    // The last three: tigera-operator values files recognised without `calicoNetwork` (src/resources/helm-values-file.ts).
    relevantText: /IPPool|IPReservation|BGPConfiguration|IPAMConfig|Installation|calicoNetwork|kubernetesProvider|tigeraOperator|defaultFelixConfiguration/,
  },
  check(resource, context) {
    if (!VALIDATED_KINDS.has(`${resource.apiVersion}/${resource.kind}`)) {
      const meant = kindMeant(resource.apiVersion, resource.kind);
      if (meant !== undefined) context.report({ resource, path: ['kind'], message: wrongKindMessage(resource, meant) });
      return;
    }
    const release = schemaRelease(context.config.calicoVersion);
    const view = isHelmValuesView(resource);
    const issues = validateResource(resource.object, resource.apiVersion, resource.kind, release, ownerOf(resource, release));
    // Report top to bottom: a missing field is found after the fields beside it.
    const placed = (issues ?? []).filter((issue) => !isTemplatePlaceholder(issue)).map((issue) => {
      const position = positionOf(issue);
      return { issue, position, at: resource.locate(position.path, position.part) };
    });
    placed.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    for (const { issue, position } of placed) {
      context.report({ resource, ...position, message: message(issue, resource, release, context.config.calicoVersion, view), ...repair(issue, resource) });
    }
  },
};


// ---------------------------------------------------------------------------
// Fixes and suggestions

/**
 * A quoted boolean or integer where the schema wants one is fixed (`"true"`
 * can only mean true); a misspelt field name or enum value is a suggestion
 * (the nearest name is a guess). Each is verified by the engine against
 * what Kubernetes then reads.
 */
function repair(issue: SchemaIssue, resource: Resource): Pick<Report, 'fix' | 'suggest'> {
  if (issue.kind === 'type' && typeof issue.value === 'string') {
    const value = issue.expected.startsWith('a boolean') && /^(true|false)$/.test(issue.value) ? issue.value === 'true'
      : issue.expected === 'an integer' && /^-?(0|[1-9]\d{0,14})$/.test(issue.value) ? Number(issue.value)
        : undefined;
    return value === undefined ? {} : { fix: replaceValue(resource, issue.path, String(value), value) };
  }
  if (issue.kind === 'enum' && typeof issue.value === 'string') {
    const allowed = issue.allowed.filter((value): value is string => typeof value === 'string' && value !== '');
    const near = suggestField(issue.value, allowed);
    return near ? { suggest: [{ desc: `Write ${near}`, fix: replaceValue(resource, issue.path, near, near) }] } : {};
  }
  if (issue.kind === 'unknown') {
    const field = String(issue.path[issue.path.length - 1]);
    // A field of another release is no typo: the message says which release has it.
    if (issue.path[0] !== 'metadata' && releasesWithField(resource.apiVersion, resource.kind, issue.path).length > 0) return {};
    const near = suggestField(field, issue.known);
    const parent = issue.path.slice(0, -1);
    return near ? { suggest: [renameKey(resource, parent, field, near)] } : {};
  }
  return {};
}

/** The scalar at `at` rewritten as `text` (plain), which Kubernetes reads as `value`. */
function replaceValue(resource: Resource, at: Path, text: string, value: unknown): FixRequest {
  return (source) => {
    const [start, end] = source.span(resource, at);
    if (/[\r\n]/.test(source.text.slice(start, end))) return undefined;
    return { edits: [{ range: [start, end], text }], expect: [{ path: at, value }] };
  };
}

/** `field: …` renamed `near: …`, unless the mapping has `near` already (which one is meant?). */
function renameKey(resource: Resource, parent: Path, field: string, near: string): SuggestionRequest {
  return {
    desc: `Rename \`${echo(field, 60)}\` to \`${near}\``,
    fix: (source) => {
      const value = getIn(resource.object, parent);
      if (!isPlainObject(value) || Object.hasOwn(value, near)) return undefined;
      const [start, end] = source.span(resource, [...parent, field], 'key');
      if (source.text.slice(start, end) !== field) return undefined; // a quoted or escaped key
      return {
        edits: [{ range: [start, end], text: near }],
        expect: [{ path: [...parent, field], value: REMOVED }, { path: [...parent, near], value: value[field] }],
      };
    },
  };
}
