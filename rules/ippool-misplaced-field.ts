import { docsUrl, type ResourceRule } from '../src/engine/rule.js';
import { REMOVED, type FixRequest } from '../src/engine/fix.js';
import type { Path } from '../src/parse/source.js';
import { IPPOOL_API_VERSIONS } from '../src/resources/calico-models.js';
import { isPlainObject, type Resource } from '../src/resources/resource.js';

/**
 * Every field of an IPPool spec, in both API groups (projectcalico/api
 * `pkg/apis/projectcalico/v3/ippool.go`, `IPPoolSpec`). `ipip` and
 * `nat-outgoing` are the legacy fields of the v1 CRD (removed in v3.32).
 * Shared with ippool-valid.
 */
export const IPPOOL_SPEC_FIELDS: readonly string[] = [
  'cidr',
  'blockSize',
  'ipipMode',
  'vxlanMode',
  'natOutgoing',
  'disabled',
  'disableBGPExport',
  'nodeSelector',
  'namespaceSelector',
  'allowedUses',
  'assignmentMode',
  'ipip',
  'nat-outgoing',
];

/** ObjectMeta fields that a flattened manifest tends to leave at the top level. */
const METADATA_FIELDS: readonly string[] = ['name', 'labels', 'annotations'];

/** Where a misplaced field sits. */
export type MisplacedWhere = 'top level' | 'metadata';

export interface MisplacedField {
  /** The key as written, e.g. `cidr`, `name`, or `spec` for a whole spec under metadata. */
  field: string;
  /** Path of the misplaced key, relative to the resource. */
  path: Path;
  where: MisplacedWhere;
  /** Where the key belongs. */
  belongs: 'spec' | 'metadata' | 'top level';
  /** Whether the right place already holds a field of that name. */
  duplicate: boolean;
}

function isIPPool(resource: Resource): boolean {
  return resource.kind === 'IPPool' && (IPPOOL_API_VERSIONS as readonly string[]).includes(resource.apiVersion);
}

/**
 * IPPool fields written at the wrong level of the object: spec fields beside
 * `spec:` or under `metadata:`, `spec:` nested under `metadata:`, and metadata
 * fields (`name`, …) at the top level. Empty for anything but an IPPool.
 */
export function misplacedIPPoolFields(resource: Resource): MisplacedField[] {
  if (!isIPPool(resource)) return [];
  const found: MisplacedField[] = [];
  const object = resource.object;
  const spec = isPlainObject(object.spec) ? object.spec : undefined;
  const metadata = isPlainObject(object.metadata) ? object.metadata : undefined;

  for (const key of Object.keys(object)) {
    if (IPPOOL_SPEC_FIELDS.includes(key)) {
      found.push({ field: key, path: [key], where: 'top level', belongs: 'spec', duplicate: spec !== undefined && key in spec });
    } else if (METADATA_FIELDS.includes(key)) {
      found.push({
        field: key,
        path: [key],
        where: 'top level',
        belongs: 'metadata',
        duplicate: metadata !== undefined && key in metadata,
      });
    }
  }
  if (metadata) {
    for (const key of Object.keys(metadata)) {
      if (key === 'spec') {
        found.push({ field: 'spec', path: ['metadata', 'spec'], where: 'metadata', belongs: 'top level', duplicate: 'spec' in object });
      } else if (IPPOOL_SPEC_FIELDS.includes(key)) {
        found.push({
          field: key,
          path: ['metadata', key],
          where: 'metadata',
          belongs: 'spec',
          duplicate: spec !== undefined && key in spec,
        });
      }
    }
  }
  // Keep the order in which the keys are written, so findings read top to bottom.
  return found.sort((a, b) => compareRanges(resource, a.path, b.path));
}

function compareRanges(resource: Resource, a: Path, b: Path): number {
  const ra = resource.locate(a, 'key');
  const rb = resource.locate(b, 'key');
  return ra.line - rb.line || ra.column - rb.column;
}

/**
 * Where a spec field of this IPPool sits when it is not under `spec:`, as a
 * short clause for another rule's message (e.g. ippool-valid's "cidr missing").
 * The wording matches this rule's own message.
 */
export function misplacedSpecFieldHint(resource: Resource, field: string): string | undefined {
  if (!isIPPool(resource)) return undefined;
  const metadata = isPlainObject(resource.object.metadata) ? resource.object.metadata : undefined;
  const nestedSpec = metadata && isPlainObject(metadata.spec) ? metadata.spec : undefined;
  if (nestedSpec && field in nestedSpec) {
    return `\`spec\` is nested under \`metadata:\`; ${DEDENT_SPEC}`;
  }
  const misplaced = misplacedIPPoolFields(resource).find((m) => m.field === field && m.belongs === 'spec');
  return misplaced ? `\`${field}\` is ${placeText(misplaced.where)}; it belongs under \`spec:\` — ${fixText(misplaced.where)}` : undefined;
}

const DEDENT_SPEC = 'dedent it to the top level, beside `metadata:`';

function placeText(where: MisplacedWhere): string {
  return where === 'top level' ? 'at the top level of the IPPool' : 'under `metadata:`';
}

function fixText(where: MisplacedWhere): string {
  return where === 'top level' ? 'indent it' : 'move it out of `metadata:`';
}

function messageFor(m: MisplacedField): string {
  if (m.field === 'spec' && m.belongs === 'top level') {
    return m.duplicate
      ? '`spec` is nested under `metadata:` and also written at the top level; Kubernetes reads only the top-level one. ' +
        'Merge the two into the top-level `spec:`'
      : '`spec` is nested under `metadata:`, so Kubernetes sees an IPPool without a spec (no CIDR). ' +
        'Dedent it to the top level, beside `metadata:`';
  }
  const where = placeText(m.where);
  if (m.duplicate) {
    return `\`${m.field}\` is ${where} and also under \`${m.belongs}:\`; Kubernetes reads only ` +
      `${m.belongs}.${m.field}. Keep one, under \`${m.belongs}:\``;
  }
  return `\`${m.field}\` is ${where}, where Kubernetes does not read it; it belongs under ` +
    `\`${m.belongs}:\` — ${m.belongs === 'spec' ? fixText(m.where) : 'indent it'}`;
}

/**
 * A flattened or mis-indented IPPool: copy-paste from a blog or a chat often
 * loses one level of indentation. Kubernetes does not read fields at the wrong
 * level (kubectl's strict field validation rejects them as unknown fields; with
 * `--validate=false` they are dropped silently), so the pool loses its CIDR, its
 * NAT setting or its nodeSelector.
 */
export const ippoolMisplacedField: ResourceRule = {
  meta: {
    id: 'ippool-misplaced-field',
    description: 'An IPPool field written at the wrong level (beside `spec:`, under `metadata:`, or `spec:` under `metadata:`) is not read by Kubernetes.',
    remediation: 'Indent spec fields under `spec:`, keep `spec:` at the top level beside `metadata:`, and `name` under `metadata:`.',
    docsUrl: docsUrl('ippool-misplaced-field'),
    defaultSeverity: 'error',
    fixable: 'code',
    scope: 'resource',
    relevantText: /IPPool/,
  },
  check(resource, context) {
    for (const misplaced of misplacedIPPoolFields(resource)) {
      const fix = misplaced.where === 'top level' && misplaced.belongs === 'spec' && !misplaced.duplicate
        ? moveUnderSpec(resource, misplaced.field)
        : undefined;
      context.report({ resource, path: misplaced.path, part: 'key', message: messageFor(misplaced), ...(fix && { fix }) });
    }
  },
};

/**
 * The fix of a spec field written beside `spec:`: its line (key, value and
 * any comment, unchanged) moves under `spec:`, at the indentation of the
 * fields already there (or two columns deeper than `spec:` when it is empty).
 * Only when that is unambiguous: the field alone on one line at the top level,
 * `spec` a block mapping (or empty), and no copy of the field under it.
 */
function moveUnderSpec(resource: Resource, field: string): FixRequest {
  return (source) => {
    const { text } = source;
    const spec = resource.object.spec;
    const [keyStart] = source.span(resource, [field], 'key');
    const [, valueEnd] = source.span(resource, [field]);
    const lineStart = source.lineStart(keyStart);
    const lineEnd = source.nextLineStart(valueEnd);
    const [specKeyStart, specKeyEnd] = source.span(resource, ['spec'], 'key');
    const specIndent = specKeyStart - source.lineStart(specKeyStart);
    if (lineStart !== keyStart - specIndent || text.slice(lineStart, keyStart).trim() !== '') return undefined;
    if (source.lineStart(valueEnd) !== lineStart) return undefined; // a value over several lines
    let at: number;
    let indent: string;
    if (spec === null || spec === undefined) {
      // `spec:` with nothing after it but blanks or a comment.
      if (!/^:[ \t]*(#.*)?\r?$/.test(text.slice(specKeyEnd, source.nextLineStart(specKeyEnd)).replace(/\n$/, ''))) return undefined;
      at = source.nextLineStart(specKeyEnd);
      indent = text.slice(source.lineStart(specKeyStart), specKeyStart) + '  ';
    } else if (isPlainObject(spec) && Object.keys(spec).length > 0) {
      // Before the first field when the line is above `spec:`, after the last one when below: the order stays.
      const keys = Object.keys(spec);
      const [firstStart] = source.span(resource, ['spec', keys[0]!], 'key');
      indent = text.slice(source.lineStart(firstStart), firstStart);
      if (indent.trim() !== '' || source.lineStart(firstStart) <= specKeyEnd) return undefined; // a flow mapping, or fields on the `spec:` line
      at = keyStart < specKeyStart ? source.lineStart(firstStart) : source.nextLineStart(source.span(resource, ['spec', keys[keys.length - 1]!])[1]);
    } else {
      return undefined;
    }
    let moved = indent + text.slice(keyStart, lineEnd);
    if (!moved.endsWith('\n')) moved += text.includes('\r\n') ? '\r\n' : '\n';
    const expect = [{ path: [field], value: REMOVED }, { path: ['spec', field], value: resource.object[field] }];
    if (at === lineStart) return { edits: [{ range: [lineStart, lineEnd], text: moved }], expect };
    return { edits: [{ range: [at, at], text: moved }, { range: [lineStart, lineEnd], text: '' }], expect };
  };
}
