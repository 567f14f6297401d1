import { docsUrl, type ResourceRule, type Report } from '../src/engine/rule.js';
import { REMOVED, removePairEdit, replaceScalar, setField, type FixRequest } from '../src/engine/fix.js';
import { calicoAtLeast } from '../src/config/calico-version.js';
import { parseCidr, type Cidr, overlaps } from '../src/net/cidr.js';
import { parseCalicoCidr } from '../src/net/calico-cidr.js';
import type { PairPart, Path } from '../src/parse/source.js';
import { IPPOOL_API_VERSIONS } from '../src/resources/calico-models.js';
import { getIn, isPlainObject, type PlainObject, type PoolDefinition, type Resource } from '../src/resources/resource.js';
import { isPlaceholder } from '../src/resources/placeholder.js';
import { closest, echo, quote } from '../src/text.js';
import { isWrittenAsJson, writtenPair } from '../src/resources/written-pair.js';
import { MAX_SELECTOR_LENGTH as READABLE_SELECTOR_LENGTH, parseSelector, usesGlobal } from '../src/selector/index.js';
import { operatorNetwork, type OperatorNetwork } from '../src/resources/operator.js';
import { IPPOOL_SPEC_FIELDS, misplacedSpecFieldHint } from './ippool-misplaced-field.js';
import { knownFields, schemaRelease, unknownFieldHint } from '../src/resources/crd-schema.js';

/*
 * Ground truth (projectcalico/calico and tigera/operator):
 * - libcalico-go/lib/clientv3/ippool.go `validateAndSetDefaults`: what calicoctl and the
 *   Calico API server check before anything else, with the reasons quoted below.
 * - libcalico-go/lib/validator/v3/validator.go `validateIPPoolSpec`, `validateObjectMeta`,
 *   and the field validators `ipIpMode`, `vxlanMode`, `assignmentMode`, `mustBeNil`, `mustBeFalse`.
 * - api/pkg/apis/projectcalico/v3/ippool.go: field names, types and enums.
 * - tigera/operator api/v1/installation_types.go (`IPPool`), pkg/controller/ippool/validation.go
 *   (`ValidatePools`), pkg/controller/ippool/defaults.go (`fillDefaults`) and
 *   pkg/controller/installation/validation.go (IPIP on IPv6, CNI, IPAM and BGP constraints).
 * - Checks that exist only from some Calico release on apply when `calicoVersion` is that
 *   release or newer: projectcalico/calico branches release-v3.31, -v3.32 and -v3.33 of the
 *   files above, and the CRD libcalico-go/config/crd/crd.projectcalico.org_ippools.yaml.
 */

const MODES = ['Always', 'CrossSubnet', 'Never'] as const;
const ENABLED_MODES: readonly unknown[] = ['Always', 'CrossSubnet'];
const ASSIGNMENT_MODES = ['Automatic', 'Manual'] as const;
const ALLOWED_USES = ['Workload', 'Tunnel', 'LoadBalancer'] as const;
const ENCAPSULATIONS = ['IPIP', 'IPIPCrossSubnet', 'VXLAN', 'VXLANCrossSubnet', 'None'] as const;
const NAT_OUTGOING = ['Enabled', 'Disabled'] as const;

/** Fields of an `Installation.spec.calicoNetwork.ipPools[]` entry (operator api/v1 `IPPool`). */
export const INSTALLATION_POOL_FIELDS: readonly string[] = [
  'name',
  'cidr',
  'encapsulation',
  'natOutgoing',
  'nodeSelector',
  'blockSize',
  'disableBGPExport',
  'disableNewAllocations',
  'allowedUses',
  'assignmentMode',
];

/**
 * Fields of the other API that people carry over by mistake, and what to
 * write instead. The advice follows the value written: `disabled: true`
 * becomes `disableNewAllocations: true`, but `disabled: false` is the default
 * and carries nothing over (delete the line), and `encapsulation: VXLAN`
 * becomes `vxlanMode: Always`.
 */
type OtherApiHint = (value: unknown, spec: PlainObject, pair: PairWriter) => string;

/** A `key: value` code span in the syntax of the pool's file (`"key": value` in JSON). */
type PairWriter = (key: string, value: unknown) => string;

/** `false` where the other API's field also defaults to false: nothing to carry over. */
const DELETE_FALSE = (field: string): string => `its counterpart \`${field}\` defaults to false, so \`false\` carries nothing over: delete the line`;

/** An IPPool's ipipMode and vxlanMode as the one `encapsulation` of an Installation pool. */
function encapsulationHint(_value: unknown, spec: PlainObject, pair: PairWriter): string {
  const generic = 'Installation pools set `encapsulation` instead (IPIP, IPIPCrossSubnet, VXLAN, VXLANCrossSubnet or None)';
  if (Object.hasOwn(spec, 'encapsulation')) return 'Installation pools set `encapsulation` instead, and this pool has it already: delete the line';
  const modes = [spec.ipipMode ?? 'Never', spec.vxlanMode ?? 'Never'];
  if (!modes.every((mode) => mode === 'Always' || mode === 'CrossSubnet' || mode === 'Never')) return generic;
  const [ipip, vxlan] = modes;
  if (ipip !== 'Never' && vxlan !== 'Never') return generic; // both tunnels: reported as invalid on its own
  const tunnel = ipip !== 'Never' ? `IPIP${ipip === 'CrossSubnet' ? 'CrossSubnet' : ''}` : vxlan !== 'Never' ? `VXLAN${vxlan === 'CrossSubnet' ? 'CrossSubnet' : ''}` : 'None';
  // The operator's default for an IPv4 pool is IPIP: "no tunnel" has to be written as None.
  return `Installation pools set \`encapsulation\` instead: write ${pair('encapsulation', tunnel)}`;
}

const IPPOOL_ONLY_HINTS: Readonly<Record<string, OtherApiHint>> = {
  ipipMode: encapsulationHint,
  vxlanMode: encapsulationHint,
  disabled: (value, _spec, pair) =>
    booleanMeant(value) === true ? `Installation pools set ${pair('disableNewAllocations', true)} instead`
      : booleanMeant(value) === false ? DELETE_FALSE('disableNewAllocations')
        : `Installation pools set ${pair('disableNewAllocations', true)} instead to stop new allocations`,
  namespaceSelector: () => 'Installation pools have no namespaceSelector; manage such a pool as an IPPool resource',
};

/** What an Installation pool's `encapsulation` is on an IPPool. */
const IPPOOL_TUNNEL: Readonly<Record<string, readonly [string, string]>> = {
  IPIP: ['ipipMode', 'Always'],
  IPIPCrossSubnet: ['ipipMode', 'CrossSubnet'],
  VXLAN: ['vxlanMode', 'Always'],
  VXLANCrossSubnet: ['vxlanMode', 'CrossSubnet'],
};

const INSTALLATION_ONLY_HINTS: Readonly<Record<string, OtherApiHint>> = {
  encapsulation: (value, _spec, pair) =>
    typeof value === 'string' && Object.hasOwn(IPPOOL_TUNNEL, value) ? `an IPPool sets ${pair(...IPPOOL_TUNNEL[value]!)} instead`
      : value === 'None' ? 'an IPPool has no tunnel unless `ipipMode` or `vxlanMode` asks for one (both default to Never): delete the line'
        : 'an IPPool sets `ipipMode` or `vxlanMode` instead (Always, CrossSubnet or Never)',
  disableNewAllocations: (value, _spec, pair) =>
    booleanMeant(value) === true ? `an IPPool sets ${pair('disabled', true)} instead`
      : booleanMeant(value) === false ? DELETE_FALSE('disabled')
        : `an IPPool sets ${pair('disabled', true)} instead to stop new allocations`,
  name: () => 'an IPPool takes its name from `metadata.name`',
};

const IPV4_LINK_LOCAL = parseCidr('169.254.0.0/16');
const IPV6_LINK_LOCAL = parseCidr('fe80::/10');

/** Kubernetes / Calico resource names: a DNS-1123 subdomain (validator.go `nameRegex`). */
const NAME_REGEX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NAME_MAX_LENGTH = 253;

/**
 * Every IP pool (IPPool of either API group, or Installation pool) must pass
 * what Calico's own validation, the CRD schema or the Tigera operator would
 * reject: such a pool is refused at apply time, or (kubectl on the v1 CRD, or
 * the operator's bootstrap path) stored unvalidated and broken.
 */
export const ippoolValid: ResourceRule = {
  meta: {
    id: 'ippool-valid',
    description: 'An IP pool must pass Calico\'s own validation: CIDR, blockSize, encapsulation modes, allowed uses, name and field types.',
    remediation: 'Fix the field the message points at; each message says which value Calico accepts instead.',
    docsUrl: docsUrl('ippool-valid'),
    defaultSeverity: 'error',
    fixable: 'code',
    hasSuggestions: true,
    scope: 'resource',
    relevantText: /IPPool|Installation|calicoNetwork/,
  },
  check(resource, context) {
    const findings: Report[] = [];
    const report = (path: Path, message: string, part: PairPart = 'value', extra: Partial<Report> = {}): void => {
      // `cidr: ${CLUSTER_CIDR}` or `cidr: "{{ .Values.cidr }}"`: Flux, envsubst, clusterctl or a template fills it in; what it becomes is unknown.
      if (isPlaceholder(getIn(resource.object, path))) return;
      findings.push({ resource, path, part, message, ...extra });
    };
    if (isIPPoolResource(resource)) checkIPPoolObject(resource, report);
    const installationPools: PoolFacts[] = [];
    const network = resource.kind === 'Installation' ? operatorNetwork(resource) : undefined;
    for (const pool of resource.pools) {
      if (pool.origin === 'IPPool' && resource.has(['spec']) && !isPlainObject(resource.object.spec) && resource.object.spec !== null) {
        continue; // reported by checkIPPoolObject
      }
      const facts = checkPool(pool, report, resource, context.config.calicoVersion, network);
      if (pool.origin === 'Installation') installationPools.push(facts);
    }
    checkInstallationDuplicates(installationPools, report);
    // Report top to bottom, whatever order the checks ran in.
    const positioned = findings.map((finding, index) => ({ finding, index, at: resource.locate(finding.path ?? [], finding.part) }));
    positioned.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column || a.index - b.index);
    for (const { finding } of positioned) context.report(finding);
  },
};

type ReportFn = (path: Path, message: string, part?: PairPart, extra?: Partial<Report>) => void;

function isIPPoolResource(resource: Resource): boolean {
  return resource.kind === 'IPPool' && (IPPOOL_API_VERSIONS as readonly string[]).includes(resource.apiVersion);
}

/** What Calico says about a value, when its wording is confirmed in the source. */
function calicoSays(reason: string): string {
  return ` (Calico rejects it: ${quote(reason, 200)})`;
}

function operatorSays(reason: string): string {
  return ` (the operator rejects it: ${quote(reason, 200)})`;
}

function listOf(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

// ---------------------------------------------------------------------------
// The IPPool object itself: spec shape and metadata.name

function checkIPPoolObject(resource: Resource, report: ReportFn): void {
  const spec = resource.object.spec;
  if (resource.has(['spec']) && spec !== null && !isPlainObject(spec)) {
    report(['spec'], `\`spec\` must be a mapping of pool fields (cidr, blockSize, …); got ${quote(spec)}. ` +
      'Write `spec:` and indent the fields under it');
  }
  const namePath = ['metadata', 'name'];
  const name = resource.metadata.name;
  if (name === undefined || name === null) {
    const misplaced = 'name' in resource.object && !resource.has(namePath)
      ? ': `name` is at the top level of the IPPool; it belongs under `metadata:` — indent it'
      : '. Add `metadata: {name: <pool-name>}`';
    report(namePath, `This IPPool has no metadata.name, and Kubernetes rejects an object without a name${misplaced}`);
    return;
  }
  const problem = nameProblem(name);
  if (problem) {
    report(namePath, `metadata.name ${problem}. An IPPool name uses lower-case letters, digits, '-' and '.', ` +
      `and starts and ends with a letter or digit${nameSuggestion(name)}`);
  }
}

function nameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string') return `must be a string; got ${quote(name)}`;
  if (name.length > NAME_MAX_LENGTH) {
    const excess = name.length - NAME_MAX_LENGTH;
    return `is too long by ${excess} character${excess === 1 ? '' : 's'} (at most ${NAME_MAX_LENGTH})`;
  }
  if (!NAME_REGEX.test(name)) return `${quote(name)} is not a valid Kubernetes name (a DNS-1123 subdomain)`;
  return undefined;
}

function nameSuggestion(name: unknown): string {
  if (typeof name !== 'string') return '';
  const suggestion = name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .split('.')
    .map((label) => label.replace(/^-+|-+$/g, ''))
    .filter((label) => label !== '')
    .join('.');
  const usable = suggestion !== name && suggestion.length <= NAME_MAX_LENGTH && NAME_REGEX.test(suggestion);
  return usable ? `, e.g. ${quote(suggestion)}` : '';
}

// ---------------------------------------------------------------------------
// One pool

interface PoolFacts {
  pool: PoolDefinition;
  cidr: Cidr | undefined;
  cidrText: string | undefined;
}

class PoolContext {
  readonly isIPPool: boolean;
  readonly spec: Record<string, unknown>;
  constructor(readonly pool: PoolDefinition, readonly report: ReportFn, readonly calicoVersion: string) {
    this.isIPPool = pool.origin === 'IPPool';
    this.spec = pool.spec;
  }
  path(field: string): Path {
    return [...this.pool.specPath, field];
  }
  /** `spec.cidr` or `ipPools[1].cidr`, for messages. */
  label(field: string): string {
    // An unknown field's name comes from the manifest: escape and shorten it.
    const shown = echo(field, 80);
    if (this.isIPPool) return `spec.${shown}`;
    const index = this.pool.specPath[this.pool.specPath.length - 1];
    return `ipPools[${String(index)}].${shown}`;
  }
  /** The value of a field, with `null` (an empty YAML value) read as absent, as Kubernetes does. */
  value(field: string): unknown {
    const value = this.spec[field];
    return value === null ? undefined : value;
  }
  has(field: string): boolean {
    return this.value(field) !== undefined;
  }
  /** A pair to write, as a code span in the syntax of the pool's file (src/resources/written-pair.ts). */
  written(field: string, value: unknown): string {
    return writtenPair(this.pool.resource, field, value);
  }
  /** How to name the pool in a message that is not at one of its fields. */
  /** Whether the targeted Calico release (`calicoVersion`) is `release` or newer. */
  from(release: string): boolean {
    return calicoAtLeast(this.calicoVersion, release);
  }
  get subject(): string {
    const kind = this.isIPPool ? 'IPPool' : 'Installation pool';
    return typeof this.pool.name === 'string' ? `${kind} ${quote(this.pool.name)}` : `This ${kind}`;
  }
}

function checkPool(
  pool: PoolDefinition,
  report: ReportFn,
  resource: Resource,
  calicoVersion: string,
  network: OperatorNetwork | undefined,
): PoolFacts {
  const ctx = new PoolContext(pool, report, calicoVersion);
  if (!ctx.isIPPool) checkInstallationPoolName(ctx);
  const { cidr, family, text } = checkCidr(ctx, resource);
  const blockSize = checkBlockSize(ctx, family);
  if (cidr && blockSize !== undefined) checkPoolSize(ctx, cidr, blockSize);
  const encapsulation = ctx.isIPPool ? checkModes(ctx, family) : checkEncapsulation(ctx, family, network);
  checkEnum(ctx, 'assignmentMode', ASSIGNMENT_MODES, 'an assignment mode',
    ctx.isIPPool ? ' (Kubernetes and Calico reject it)' : ' (Calico rejects the IPPool the operator creates from it)');
  if (ctx.isIPPool) {
    for (const field of ['natOutgoing', 'disabled', 'disableBGPExport']) checkBoolean(ctx, field);
  } else {
    checkInstallationNatOutgoing(ctx);
    for (const field of ['disableBGPExport', 'disableNewAllocations']) checkBoolean(ctx, field);
  }
  checkAllowedUses(ctx, encapsulation, family);
  for (const field of ctx.isIPPool ? ['nodeSelector', 'namespaceSelector'] : ['nodeSelector']) checkSelector(ctx, field);
  if (ctx.isIPPool) checkTunnelNamespaceSelector(ctx);
  if (ctx.isIPPool) checkFieldsFromLaterReleases(ctx);
  if (network) checkOperatorNetwork(ctx, family, network);
  checkUnknownFields(ctx);
  if (ctx.isIPPool) checkLegacyFields(ctx, resource.apiVersion);
  return { pool, cidr, cidrText: text };
}

function checkInstallationPoolName(ctx: PoolContext): void {
  // A missing name is fine: the operator generates one (installation_types.go: "If omitted, this will be generated").
  if (!ctx.has('name')) return;
  const name = ctx.value('name');
  const problem = nameProblem(name);
  if (!problem) return;
  ctx.report(ctx.pool.namePath, `${ctx.label('name')} ${problem}: the operator creates an IPPool with this name, ` +
    `and Kubernetes rejects it. Use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit` +
    nameSuggestion(name));
}

// --- cidr -------------------------------------------------------------------

function checkCidr(ctx: PoolContext, resource: Resource): { cidr?: Cidr; family?: 4 | 6; text?: string } {
  const label = ctx.label('cidr');
  const path = ctx.path('cidr');
  const value = ctx.value('cidr');
  const missingReason = ctx.isIPPool ? calicoSays('IPPool CIDR must be specified') : ' (the Installation API requires it)';
  if (value === undefined || value === '') {
    const hint = ctx.isIPPool ? misplacedSpecFieldHint(resource, 'cidr') : undefined;
    if (hint) {
      ctx.report(ctx.pool.namePath, `${ctx.subject} has no spec.cidr: ${hint}${missingReason}`);
    } else if (value === '' || ctx.spec.cidr === null) {
      ctx.report(path, `${label} is empty. Write the pool's network as address/length, e.g. \`cidr: 10.244.0.0/16\`${missingReason}`,
        value === '' ? 'value' : 'key');
    } else {
      const where = ctx.isIPPool ? 'under `spec:`' : 'to the pool';
      ctx.report(ctx.pool.namePath, `${ctx.subject} has no ${ctx.isIPPool ? 'spec.cidr' : 'cidr'}. ` +
        `Add \`cidr: <address>/<length>\` ${where}${missingReason}`);
    }
    return {};
  }
  if (typeof value !== 'string') {
    ctx.report(path, `${label} must be a string such as "10.244.0.0/16"; got ${quote(value)}`);
    return {};
  }
  const parsed = parseCalicoCidr(value);
  const invalidReason = ctx.isIPPool
    ? calicoSays('IPPool CIDR must be a valid subnet')
    : operatorSays(`IP pool CIDR (${value}) is invalid: invalid CIDR address: ${value}`);
  if (!parsed.ok) {
    ctx.report(path, `${label} ${quote(value)} is not a valid CIDR (${parsed.reason}). ` +
      `Write a network as address/length, e.g. "10.244.0.0/16"${invalidReason}`);
    return {};
  }
  const { cidr } = parsed;
  if (parsed.mapped && value.includes('/')) {
    // Go's net package reads IPv4-mapped IPv6 as IPv4 (To4() != nil), so Calico takes this for an IPv4
    // pool, but the mask stays 128 bits long: validateIPPoolSpec compares its length (e.g. 112) with
    // the IPv4 block size (libcalico-go/lib/validator/v3/validator.go, `ones > pool.BlockSize`).
    ctx.report(path, `${label} ${quote(value)} is IPv4-mapped IPv6 notation. Go's net package, and so Calico, ` +
      `reads it as the IPv4 network ${cidr.canonical}, but keeps its ${cidr.prefixLength + 96}-bit prefix length, ` +
      `which Calico's validation compares with the IPv4 block size. Write ${quote(cidr.canonical)}`);
    return { cidr, family: cidr.family, text: value };
  }
  if (!value.includes('/')) {
    // Calico's field validator would read a bare address as /32 or /128, but clientv3 and the
    // operator parse the pool CIDR with Go's net.ParseCIDR first, which requires a length.
    ctx.report(path, `${label} ${quote(value)} is an address without a prefix length; Calico parses pool CIDRs ` +
      `with Go's net.ParseCIDR, which requires one. Write the network as address/length, e.g. ` +
      `${quote(`${value}/${cidr.prefixLength}`)} for this one address (which also needs blockSize: ${cidr.prefixLength})` +
      invalidReason);
    return { family: cidr.family, text: value };
  }
  // From the operator for v3.33 (release-v1.44, pool_controller.go ToProjectCalico: normalizeCIDR) an Installation
  // pool's CIDR reaches Calico as its network: 10.244.0.1/16 becomes 10.244.0.0/16, and nothing refuses it.
  const operatorMasks = !ctx.isIPPool && ctx.from('3.33');
  if (parsed.hostBitsSet && !operatorMasks) {
    // A suggestion, not a fix: the author may have meant a smaller pool, or another network.
    const suggest = [{ desc: `Write the network of this CIDR: ${cidr.canonical}`, fix: replaceScalar(ctx.pool.resource, path, cidr.canonical) }];
    ctx.report(path, `${label} ${quote(value)} has host bits set: did you mean ${quote(cidr.canonical)}? ` +
      'A pool CIDR must be strictly masked' +
      (ctx.isIPPool ? calicoSays('IPPool CIDR is not strictly masked') : ' (Calico\'s IPPool validation rejects it)'), 'value', { suggest });
  }
  const linkLocal = cidr.family === 4 ? IPV4_LINK_LOCAL : IPV6_LINK_LOCAL;
  if (linkLocal.ok && overlaps(cidr, linkLocal.cidr)) {
    const range = linkLocal.cidr.canonical;
    const familyName = cidr.family === 4 ? 'IPv4' : 'IPv6';
    ctx.report(path, `${label} ${quote(value)} overlaps the ${familyName} link-local range ${range}, which Calico ` +
      `does not allow in a pool. Choose a range outside ${range}` +
      calicoSays(`IPPool CIDR overlaps with ${familyName} Link Local range ${range}`));
  }
  return { cidr, family: cidr.family, text: value };
}

// --- blockSize ----------------------------------------------------------------

const BLOCK_RANGE = { 4: { min: 20, max: 32, default: 26 }, 6: { min: 116, max: 128, default: 122 } } as const;

/** The block size in effect (explicit or default), when it is valid and the family is known. */
function checkBlockSize(ctx: PoolContext, family: 4 | 6 | undefined): { size: number; defaulted: boolean } | undefined {
  const label = ctx.label('blockSize');
  const value = ctx.value('blockSize');
  // clientv3 treats 0 as "not set" and applies the default; the operator keeps 0 (a *int32) and rejects it.
  const unset = value === undefined || (ctx.isIPPool && value === 0);
  if (!unset && !(typeof value === 'number' && Number.isInteger(value))) {
    const digits = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? ' — a string: remove the quotes' : '';
    ctx.report(ctx.path('blockSize'), `${label} must be a whole number (20 to 32 for IPv4, 116 to 128 for IPv6); ` +
      `got ${quote(value)}${digits}`);
    return undefined;
  }
  if (family === undefined) return undefined;
  const range = BLOCK_RANGE[family];
  if (unset) return { size: range.default, defaulted: true };
  const size = value as number;
  if (size < range.min || size > range.max) {
    const other = BLOCK_RANGE[family === 4 ? 6 : 4];
    const crossed = size >= other.min && size <= other.max
      ? ` (${size} is an IPv${family === 4 ? 6 : 4} block size)`
      : '';
    const said = ctx.isIPPool
      ? calicoSays(`IPv${family} block size must be between ${range.min} and ${range.max}`)
      : operatorSays(`IPv${family} pool block size must be greater than ${range.min - 1} and less than or equal to ${range.max}`);
    ctx.report(ctx.path('blockSize'), `${label} ${size} is outside ${range.min}–${range.max}, the range for an ` +
      `IPv${family} pool${crossed}. Use a value from ${range.min} to ${range.max} (default ${range.default})${said}`);
    return undefined;
  }
  return { size, defaulted: false };
}

function checkPoolSize(ctx: PoolContext, cidr: Cidr, block: { size: number; defaulted: boolean }): void {
  if (cidr.prefixLength <= block.size) return;
  // clientv3 and validateIPPoolSpec skip this check for a disabled IPPool; the operator has no such exception.
  if (ctx.isIPPool && ctx.value('disabled') === true) return;
  const blockText = block.defaulted ? `/${block.size}, the default blockSize` : `/${block.size}, its blockSize`;
  const options = ctx.isIPPool
    ? `Use a /${block.size} or larger CIDR, set blockSize to ${cidr.prefixLength} or more, or set \`disabled: true\``
    : `Use a /${block.size} or larger CIDR, or set blockSize to ${cidr.prefixLength} or more`;
  const said = ctx.isIPPool
    ? calicoSays('IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.')
    : ' (the operator rejects a pool smaller than one block, even with disableNewAllocations)';
  ctx.report(ctx.path('cidr'), `${ctx.label('cidr')} ${quote(cidr.canonical)} is smaller than one IPAM block ` +
    `(${blockText}): Calico allocates addresses to nodes in whole blocks. ${options}${said}`);
}

// --- encapsulation ------------------------------------------------------------

/** Whether the pool tunnels traffic, as far as the LoadBalancer check needs to know. */
interface Encapsulation {
  /** Fields whose value enables a tunnel (explicitly written). */
  enabledFields: string[];
  /** For an Installation IPv4 pool without `encapsulation`: the operator's default. */
  defaulted?: string;
}

function checkModes(ctx: PoolContext, family: 4 | 6 | undefined): Encapsulation {
  for (const field of ['ipipMode', 'vxlanMode']) {
    checkEnum(ctx, field, MODES, 'an encapsulation mode', ' (Kubernetes and Calico reject it; omit the field for Never)');
  }
  const ipip = ctx.value('ipipMode');
  const vxlan = ctx.value('vxlanMode');
  const enabledFields = ['ipipMode', 'vxlanMode'].filter((field) => ENABLED_MODES.includes(ctx.value(field)));
  if (enabledFields.length === 2) {
    ctx.report(ctx.path('vxlanMode'), `${ctx.label('vxlanMode')} is ${quote(vxlan)} while ${ctx.label('ipipMode')} is ` +
      `${quote(ipip)}: a pool uses at most one encapsulation. Set one of them to Never` +
      calicoSays('Cannot enable both VXLAN and IPIP on the same IPPool'));
  }
  if (family === 6 && ENABLED_MODES.includes(ipip)) {
    ctx.report(ctx.path('ipipMode'), `${ctx.label('ipipMode')} is ${quote(ipip)} on an IPv6 pool, but IPIP carries ` +
      'IPv4 only. Set `ipipMode: Never` (use vxlanMode for an IPv6 overlay)' +
      calicoSays('IPIP is not supported on an IPv6 IP pool'));
  }
  return { enabledFields };
}

function checkEncapsulation(ctx: PoolContext, family: 4 | 6 | undefined, network: OperatorNetwork | undefined): Encapsulation {
  const ok = checkEnum(ctx, 'encapsulation', ENCAPSULATIONS, 'an encapsulation', ' (Kubernetes rejects the Installation)');
  const value = ctx.value('encapsulation');
  const cidrText = ctx.value('cidr');
  if (ok && family === 6 && (value === 'IPIP' || value === 'IPIPCrossSubnet')) {
    ctx.report(ctx.path('encapsulation'), `${ctx.label('encapsulation')} is ${quote(value)} on an IPv6 pool, but IPIP ` +
      'carries IPv4 only. Use VXLAN, VXLANCrossSubnet or None' +
      operatorSays(`IPIP encapsulation is not supported by IPv6 pools, but it is set for ${String(cidrText)}`));
  }
  if (ok && value !== undefined && value !== 'None') return { enabledFields: ['encapsulation'] };
  if (value === undefined && family === 4) {
    // pkg/controller/ippool/defaults.go: an IPv4 pool without encapsulation gets IPIP with the Calico CNI, None otherwise.
    if (network?.cniType === 'Calico') return { enabledFields: [], defaulted: 'IPIP' };
  }
  return { enabledFields: [] };
}

// --- enums and booleans ---------------------------------------------------------

/** Reports a value outside `allowed`; returns whether the value is absent or allowed. */
function checkEnum(ctx: PoolContext, field: string, allowed: readonly string[], what: string, consequence: string): boolean {
  const value = ctx.value(field);
  if (value === undefined || (typeof value === 'string' && allowed.includes(value))) return true;
  const label = ctx.label(field);
  const list = listOf(allowed);
  let message: string;
  if (typeof value === 'boolean') {
    message = `${label} is the boolean ${value} (YAML reads unquoted true/false/yes/no/on/off as booleans), ` +
      `not ${what}. Write ${list}`;
  } else if (typeof value === 'string') {
    const fold = (text: string): string => text.toLowerCase().replace(/[-_\s]/g, '');
    const sameWord = allowed.find((candidate) => fold(candidate) === fold(value));
    const near = sameWord ?? closest(value, allowed);
    if (sameWord) {
      message = `${label} ${quote(value)} is not valid: ${howItDiffers(value, sameWord)}. Write ${ctx.written(field, sameWord)}`;
    } else if (near) {
      message = `${label} ${quote(value)} is not ${list}. Did you mean \`${near}\`?`;
    } else {
      message = `${label} ${quote(value)} is not ${what}: write ${list}`;
    }
  } else {
    message = `${label} must be ${list}; got ${quote(value)}`;
  }
  ctx.report(ctx.path(field), message + consequence);
  return false;
}

/** Why `value` is not `meant`, the allowed word it folds to: the reason must be the one that applies ("VXLAN " is not a case problem). */
function howItDiffers(value: string, meant: string): string {
  if (value.trim() === meant) return 'the blanks around it are part of the value';
  if (value.toLowerCase() === meant.toLowerCase()) return 'the values are case-sensitive';
  return 'the values are spelt exactly: case-sensitive, without blanks, `-` or `_`';
}

const TRUE_WORDS = ['true', 'yes', 'y', 'on', 'enabled', 'enable'];
const FALSE_WORDS = ['false', 'no', 'n', 'off', 'disabled', 'disable'];

/**
 * The setting a value stands for to its author: a boolean, or a quoted word such as "false" or
 * "no". A hint built on the value must follow that intent (`disabled: "false"` means not disabled).
 */
function booleanMeant(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return TRUE_WORDS.includes(word) ? true : FALSE_WORDS.includes(word) ? false : undefined;
}

function checkBoolean(ctx: PoolContext, field: string): void {
  const value = ctx.value(field);
  if (value === undefined || typeof value === 'boolean') return;
  const label = ctx.label(field);
  let meant: string | undefined;
  let what: string;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    const setting = booleanMeant(value);
    meant = setting === undefined ? undefined : String(setting);
    what = word === 'true' || word === 'false'
      ? `the string ${quote(value)} (quoted), not a boolean`
      : word === 'enabled' || word === 'disabled'
        ? `${quote(value)}, the Installation API's spelling, not a boolean`
        : `the string ${quote(value)}, not a boolean`;
  } else {
    what = `${quote(value)}, not a boolean`;
  }
  // In JSON the pair says it all (`"natOutgoing": true`): "without quotes" would read as the key's too.
  const unquoted = isWrittenAsJson(ctx.pool.resource) ? '' : ' without quotes';
  const write = meant ? `Write ${ctx.written(field, meant === 'true')}${unquoted}` : 'Write true or false without quotes';
  ctx.report(ctx.path(field), `${label} is ${what}: Kubernetes accepts only true or false here. ${write}`);
}

function checkInstallationNatOutgoing(ctx: PoolContext): void {
  const value = ctx.value('natOutgoing');
  if (typeof value === 'boolean') {
    ctx.report(ctx.path('natOutgoing'), `${ctx.label('natOutgoing')} is the boolean ${value}, but the Installation API ` +
      `takes Enabled or Disabled. Write ${ctx.written('natOutgoing', value ? 'Enabled' : 'Disabled')}`);
    return;
  }
  const meant = booleanMeant(value);
  // A quoted YAML boolean ("true", "no"); near spellings of Enabled and Disabled are checkEnum's.
  if (typeof value === 'string' && meant !== undefined && !/^\s*(en|dis)able/i.test(value)) {
    ctx.report(ctx.path('natOutgoing'), `${ctx.label('natOutgoing')} is the string ${quote(value)}, but the Installation API ` +
      `takes Enabled or Disabled. Write ${ctx.written('natOutgoing', meant ? 'Enabled' : 'Disabled')} (Kubernetes rejects the Installation)`);
    return;
  }
  checkEnum(ctx, 'natOutgoing', NAT_OUTGOING, 'a NAT setting', ' (Kubernetes rejects the Installation)');
}

// --- allowedUses and LoadBalancer pools -----------------------------------------

function checkAllowedUses(ctx: PoolContext, encapsulation: Encapsulation, family: 4 | 6 | undefined): void {
  const value = ctx.value('allowedUses');
  if (value === undefined) return;
  const label = ctx.label('allowedUses');
  if (!Array.isArray(value)) {
    const single = typeof value === 'string' && (ALLOWED_USES as readonly string[]).includes(value) ? [value] : ['Workload', 'Tunnel'];
    ctx.report(ctx.path('allowedUses'), `${label} must be a list; got ${quote(value)}. Write ${ctx.written('allowedUses', single)}`);
    return;
  }
  value.forEach((use, i) => {
    if (typeof use === 'string' && (ALLOWED_USES as readonly string[]).includes(use)) return;
    const sameWord = typeof use === 'string'
      ? ALLOWED_USES.find((candidate) => candidate.toLowerCase() === use.toLowerCase())
      : undefined;
    const near = typeof use === 'string' && !sameWord ? closest(use, ALLOWED_USES) : undefined;
    const hint = sameWord
      ? ` Write \`${sameWord}\` (values are case-sensitive)`
      : near ? ` Did you mean \`${near}\`?` : '';
    ctx.report([...ctx.path('allowedUses'), i], `${label} has ${quote(use)}, which is not a use Calico knows ` +
      `(Workload, Tunnel or LoadBalancer).${hint}` + (typeof use === 'string' ? calicoSays(`unknown use: ${use}`) : ''));
  });
  if (ctx.from('3.32')) checkDuplicateUses(ctx, value);
  if (!value.includes('LoadBalancer')) return;
  checkLoadBalancerPool(ctx, value, encapsulation, family);
}

/**
 * From v3.32 the IPPool CRD declares allowedUses `+listType=set` (api/pkg/apis/projectcalico/v3/ippool.go,
 * `AllowedUses`), and Kubernetes refuses a list-type set with a duplicate entry. The operator creates
 * its IPPools through the same CRD.
 */
function checkDuplicateUses(ctx: PoolContext, uses: readonly unknown[]): void {
  const seen = new Set<unknown>();
  uses.forEach((use, i) => {
    if (typeof use !== 'string') return;
    if (!seen.has(use)) {
      seen.add(use);
      return;
    }
    const kubernetes = ctx.isIPPool ? 'Kubernetes rejects the IPPool' : 'Kubernetes rejects the IPPool the operator creates from it';
    ctx.report([...ctx.path('allowedUses'), i], `${ctx.label('allowedUses')} lists ${quote(use)} twice. From Calico v3.32 ` +
      `the IPPool CRD treats allowedUses as a set, and ${kubernetes} ("Duplicate value"). ` +
      'Remove the second entry');
  });
}

function checkLoadBalancerPool(ctx: PoolContext, uses: unknown[], encapsulation: Encapsulation, family: 4 | 6 | undefined): void {
  const name = typeof ctx.pool.name === 'string' ? ctx.pool.name : undefined;
  uses.forEach((use, i) => {
    if (use !== 'Workload' && use !== 'Tunnel') return;
    const said = ctx.isIPPool
      ? calicoSays(`LoadBalancer cannot be used at the same time as: ${use}`)
      : name !== undefined
        ? operatorSays(`IP pool ${name} AllowedUse LoadBalancer cannot be used with Workload/Tunnel`)
        : '';
    ctx.report([...ctx.path('allowedUses'), i], `${ctx.label('allowedUses')} mixes LoadBalancer with ${use}: a ` +
      `LoadBalancer pool holds Service addresses only. Move ${use} to another pool and keep \`allowedUses: [LoadBalancer]\`${said}`);
  });
  for (const field of encapsulation.enabledFields) {
    const value = ctx.value(field);
    const fix = ctx.isIPPool ? `\`${field}: Never\`` : '`encapsulation: None`';
    const said = ctx.isIPPool
      ? calicoSays('Neither IPIPMode nor VXLANMode can be enabled on AllowedUses LoadBalancer IP pool')
      : operatorSays('IP pool encapsulation must be none if allowedUse is LoadBalancer');
    ctx.report(ctx.path(field), `${ctx.label(field)} is ${quote(value)} on a LoadBalancer pool; Service addresses ` +
      `are not tunnelled. Set ${fix}${said}`);
  }
  if (encapsulation.defaulted && family === 4) {
    ctx.report(ctx.pool.namePath, `${ctx.subject} is a LoadBalancer pool without \`encapsulation\`, so the operator ` +
      `gives this IPv4 pool its default, ${encapsulation.defaulted} (with the Calico CNI). Add \`encapsulation: None\`` +
      operatorSays('IP pool encapsulation must be none if allowedUse is LoadBalancer'));
  }
  if (ctx.value('disableBGPExport') === true) {
    // validator.go rejects LoadBalancer + DisableBGPExport (its reason text says the opposite), as does the operator.
    const said = ctx.isIPPool ? ' (Calico rejects this combination)'
      : operatorSays('IP pool disable bgp export must be false when AllowedUse is LoadBalancer');
    ctx.report(ctx.path('disableBGPExport'), `${ctx.label('disableBGPExport')} is true on a LoadBalancer pool, but ` +
      `Service addresses must be advertised over BGP. Remove it or set it to false${said}`);
  }
  const selector = ctx.value('nodeSelector');
  if (selector === '' && ctx.isIPPool && ctx.from('3.33')) {
    // v3.33 CRD: nodeSelector defaults to all() only when absent (or null), and a CEL rule on the spec
    // requires `self.nodeSelector == 'all()'` for a LoadBalancer pool (api/pkg/apis/projectcalico/v3/ippool.go).
    // calicoctl and the API server would first turn "" into all() (libcalico-go/lib/clientv3/ippool.go).
    ctx.report(ctx.path('nodeSelector'), `${ctx.label('nodeSelector')} is empty on a LoadBalancer pool. calicoctl would ` +
      'read it as all(), but from Calico v3.33 the IPPool CRD keeps the empty value and its validation refuses it when ' +
      'the pool is applied with kubectl. Write `nodeSelector: all()` or remove the line' +
      calicoSays('IP Pool with AllowedUse LoadBalancer must have nodeSelector set to all()'));
  }
  // Both Calico and the operator compare the exact string, after defaulting an empty selector to all().
  if (typeof selector === 'string' && selector !== '' && selector !== 'all()') {
    const said = ctx.isIPPool
      ? calicoSays('IP Pool with AllowedUse LoadBalancer must have node selector set to all()')
      : operatorSays('IP pool nodeSelector should be set to all() if allowedUse is LoadBalancer');
    ctx.report(ctx.path('nodeSelector'), `${ctx.label('nodeSelector')} is ${quote(selector)} on a LoadBalancer pool; ` +
      `it must be exactly "all()". Write \`nodeSelector: all()\` or remove it${said}`);
  }
}

// --- selectors --------------------------------------------------------------------

/**
 * Selectors are parsed with a port of libcalico-go/lib/selector; the validator
 * rejects a pool whose selector does not parse, and (v3.31+) one that uses
 * global(), which only makes sense for policies.
 */
function checkSelector(ctx: PoolContext, field: string): void {
  if (!ctx.has(field)) return;
  const value = ctx.value(field);
  const label = ctx.label(field);
  if (value === null || value === '') return; // empty means all(); other rules judge that
  if (typeof value !== 'string') {
    ctx.report(ctx.path(field), `${label} must be a string holding a selector such as "all()" or "!all()"; got ${quote(value)}`);
    return;
  }
  const length = [...value].length;
  if (length > MAX_SELECTOR_LENGTH && ctx.from('3.33')) {
    // v3.33 CRD: `+kubebuilder:validation:MaxLength=1024` on nodeSelector and namespaceSelector.
    const whose = ctx.isIPPool ? 'Kubernetes rejects the IPPool' : 'Kubernetes rejects the IPPool the operator creates from it';
    ctx.report(ctx.path(field), `${label} is ${length} characters long. From Calico v3.33 the IPPool CRD allows at most ` +
      `${MAX_SELECTOR_LENGTH}, and ${whose}. Shorten it, e.g. select one label that the nodes share`);
    return;
  }
  const parsed = parseSelector(value);
  if (!parsed.ok && parsed.error.limit) {
    // Our parser's limits (src/selector/parser.ts): nesting Calico has no limit for, and a length only v3.33+ refuses.
    const tooLong = value.length > READABLE_SELECTOR_LENGTH;
    ctx.report(ctx.path(field), `${label} is ${parsed.error.message}: calico-lint does not check selectors this ` +
      `${tooLong ? 'long' : 'deep (Calico itself has no such limit)'}. Simplify it so that it can be checked`);
    return;
  }
  if (!parsed.ok) {
    ctx.report(ctx.path(field), `${label} ${quote(value)} is not a valid selector: ${parsed.error.message} ` +
      `(at character ${parsed.error.offset + 1}). Calico rejects the pool`);
    return;
  }
  if (value.includes('global(') && ctx.from('3.31')) {
    // validator.go (v3.31, v3.32) `strings.Contains(pool.NodeSelector, "global(")`; v3.33 CEL rule
    // `!self.nodeSelector.contains('global(')`: the text anywhere, even inside a quoted value.
    const inLiteral = usesGlobal(parsed.selector) ? '' : ' (even inside a quoted value)';
    const said = field === 'namespaceSelector'
      ? calicoSays('global() selector is not valid for IPPool namespaceSelector')
      : calicoSays('global() selector is not valid for IPPool nodeSelector');
    ctx.report(ctx.path(field), `${label} ${quote(value)} contains "global(", which Calico v3.31+ refuses anywhere in a ` +
      `pool selector${inLiteral}. Write the labels to match, or all()${said}`);
  }
}

/** Longest nodeSelector or namespaceSelector the v3.33 IPPool CRD accepts. */
const MAX_SELECTOR_LENGTH = 1024;

/**
 * Tunnel addresses belong to nodes, so a pool that allows Tunnel use cannot
 * have a namespaceSelector (v3.31+: validator.go; v3.33: CEL rule "IP Pool with
 * AllowedUse Tunnel cannot have namespaceSelector"). calicoctl and the API
 * server default a missing allowedUses to [Workload, Tunnel] *before* they
 * validate (libcalico-go/lib/clientv3/ippool.go `validateAndSetDefaults`), and
 * Calico reads a stored pool the same way (`convertIpPoolFromStorage`).
 */
function checkTunnelNamespaceSelector(ctx: PoolContext): void {
  const selector = ctx.value('namespaceSelector');
  if (typeof selector !== 'string' || selector === '' || !ctx.from('3.31')) return;
  const uses = ctx.value('allowedUses');
  const said = calicoSays('IP Pool with AllowedUse Tunnel cannot have namespaceSelector');
  const label = ctx.label('namespaceSelector');
  if (uses === undefined || (Array.isArray(uses) && uses.length === 0)) {
    const suggest = uses === undefined && !Object.hasOwn(ctx.spec, 'allowedUses')
      ? [{ desc: 'Add allowedUses: [Workload]', fix: setField(ctx.pool.resource, ctx.pool.specPath, 'allowedUses', '[Workload]', ['Workload']) }]
      : [];
    ctx.report(ctx.path('namespaceSelector'), `${label} is set on a pool without allowedUses, which Calico defaults to ` +
      '[Workload, Tunnel] before it validates; tunnel addresses belong to nodes, not namespaces. ' +
      `Add \`allowedUses: [Workload]\`${said}`, 'value', suggest.length > 0 ? { suggest } : {});
    return;
  }
  if (Array.isArray(uses) && uses.includes('Tunnel')) {
    ctx.report(ctx.path('namespaceSelector'), `${label} is set on a pool that allows Tunnel use; tunnel addresses belong ` +
      `to nodes, not namespaces. Remove Tunnel from allowedUses, or the namespaceSelector${said}`);
  }
}

/** IPPool fields and the Calico release whose CRD first has them (release-v3.29/-v3.30/-v3.31 CRDs). */
export const FIELD_RELEASES: ReadonlyArray<[field: string, release: string]> = [['assignmentMode', '3.30'], ['namespaceSelector', '3.31']];

/** A field newer than the targeted release: the CRD of that release has no such field. */
function checkFieldsFromLaterReleases(ctx: PoolContext): void {
  for (const [field, release] of FIELD_RELEASES) {
    if (!Object.hasOwn(ctx.spec, field) || ctx.from(release)) continue;
    ctx.report(ctx.path(field), `${ctx.label(field)} arrived in Calico v${release}, and calicoVersion is ${ctx.calicoVersion}: ` +
      'the IPPool CRD of that release has no such field, so kubectl refuses it (unknown field) and other clients drop it. ' +
      `Remove it, or upgrade Calico (and calicoVersion) to v${release} or later`, 'key');
  }
}

// --- the operator's network settings ------------------------------------------------

/**
 * tigera/operator pkg/controller/installation/validation.go (pool encapsulation against the CNI
 * and IPAM plugins and BGP) and pkg/controller/ippool/validation.go `ValidatePools` (nodeSelector
 * with a non-Calico CNI), on the operator's defaults (pkg/controller/ippool/defaults.go).
 */
function checkOperatorNetwork(ctx: PoolContext, family: 4 | 6 | undefined, network: OperatorNetwork): void {
  const written = ctx.value('encapsulation');
  if (written !== undefined && !(ENCAPSULATIONS as readonly unknown[]).includes(written)) return; // reported already
  const encapsulation = written ?? (family === 4 && network.cniType === 'Calico' ? 'IPIP' : family === undefined ? undefined : 'None');
  const cni = `spec.cni.type ${quote(network.cniType)}${network.cniWritten ? '' : ' (the operator\'s default for this provider)'}`;
  if (typeof network.cniType === 'string' && network.cniType !== 'Calico') {
    const selector = ctx.value('nodeSelector');
    const effective = selector === undefined || selector === '' ? 'all()' : selector;
    if (effective !== 'all()') {
      ctx.report(ctx.path('nodeSelector'), `${ctx.label('nodeSelector')} is ${quote(selector)}, but with ${cni} ` +
        'the operator requires all(): that CNI plugin, not Calico, chooses where pod addresses come from. Write `nodeSelector: all()`' +
        operatorSays(`IP pool nodeSelector (${String(selector)}) should be 'all()' when using non-Calico CNI plugin`));
    }
    if (written !== undefined && written !== 'None') {
      ctx.report(ctx.path('encapsulation'), `${ctx.label('encapsulation')} is ${quote(written)}, but with ${cni} ` +
        'the operator allows only None. Write `encapsulation: None`' +
        operatorSays(`${String(written)} is invalid for ipPool.encapsulation when using non-Calico CNI, should be None`));
    }
    // validation.go checks BGP inside its loop over the pools: once, at the first pool, is enough.
    const first = ctx.pool.specPath[ctx.pool.specPath.length - 1] === 0;
    if (first && network.bgpWritten && network.bgp === 'Enabled') {
      ctx.report(['spec', 'calicoNetwork', 'bgp'], `\`spec.calicoNetwork.bgp\` is Enabled, but with ${cni} Calico does not ` +
        'route pod traffic: the operator refuses BGP. Write `bgp: Disabled` or delete the line' +
        operatorSays('BGP is not supported when using non-Calico CNI'));
    }
    return;
  }
  if (network.cniType !== 'Calico' || encapsulation === undefined) return;
  if (network.ipamType === 'Calico' && encapsulation === 'None' && network.bgp === 'Disabled' &&
      network.clusterRoutingMode !== 'Felix') {
    const how = written === undefined ? `, the operator's default for an IPv${family} pool` : '';
    const bgp = network.bgpWritten ? '`spec.calicoNetwork.bgp: Disabled`' : 'BGP off (the operator\'s default on EKS)';
    ctx.report(written === undefined ? ctx.pool.namePath : ctx.path('encapsulation'),
      `${ctx.subject} is unencapsulated (encapsulation None${how}) while the Installation has ${bgp}: its routes ` +
      'between nodes are BIRD\'s to program, over BGP. Enable BGP, or use VXLAN encapsulation' +
      operatorSays('with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled'));
  }
  if (family === 4 && network.windowsDataplane !== undefined && network.windowsDataplane !== null && network.windowsDataplane !== 'Disabled' &&
      encapsulation !== 'VXLAN' && encapsulation !== 'None' && isFirstIPv4Pool(ctx.pool)) {
    // validation.go: only the Installation's first IPv4 pool (render.GetIPv4Pool) is checked for Windows.
    const how = written === undefined ? `, the operator's default for an IPv4 pool with the Calico CNI` : '';
    ctx.report(written === undefined ? ctx.pool.namePath : ctx.path('encapsulation'),
      `${ctx.subject} uses encapsulation ${encapsulation}${how}, but Calico for Windows (\`windowsDataplane: ` +
      `${String(network.windowsDataplane)}\`) supports only VXLAN or no encapsulation. Write ${ctx.written('encapsulation', 'VXLAN')}` +
      operatorSays(`IPv4 IPPool encapsulation ${encapsulation} is not supported by Calico for Windows`));
  }
  if (network.ipamType === 'Calico' && (encapsulation === 'IPIP' || encapsulation === 'IPIPCrossSubnet') && network.bgp === 'Disabled') {
    checkIpipWithoutBgp(ctx, family, network, written, encapsulation);
  }
  if (network.ipamType === 'HostLocal' && (written === 'VXLAN' || written === 'VXLANCrossSubnet')) {
    ctx.report(ctx.path('encapsulation'), `${ctx.label('encapsulation')} is ${quote(written)}, but the host-local IPAM ` +
      '(spec.cni.ipam.type: HostLocal) does not support VXLAN. Use IPIP, IPIPCrossSubnet or None, or Calico IPAM' +
      operatorSays(`${written} is invalid for ipPool.encapsulation with Calico CNI and HostLocal IPAM`));
  }
}

/** Whether the pool is its Installation's first IPv4 pool (tigera/operator pkg/render/node.go GetIPv4Pool). */
function isFirstIPv4Pool(pool: PoolDefinition): boolean {
  const first = pool.resource.pools.find((candidate) => {
    const cidr = candidate.spec.cidr;
    if (typeof cidr !== 'string') return false;
    const parsed = parseCalicoCidr(cidr);
    return parsed.ok && parsed.cidr.family === 4;
  });
  return first === pool;
}

/**
 * IPIP with BGP off: the operator's core controller refuses it unless Felix, not BIRD, programs the
 * IPIP routes (pkg/controller/installation/validation.go, after the IP pool controller has written
 * the default encapsulation back, IPIP for an IPv4 pool with the Calico CNI). Up to v3.31 (operator
 * v1.40) always; v3.32 (v1.43) unless `clusterRoutingMode: Felix`; from v3.33 the unset mode means
 * FelixIPIPOnly (core_controller.go clusterRoutingMode), so only an explicit `BIRD` is refused.
 */
function checkIpipWithoutBgp(ctx: PoolContext, family: 4 | 6 | undefined, network: OperatorNetwork, written: unknown, encapsulation: string): void {
  const mode = network.clusterRoutingMode;
  if (ctx.from('3.33') ? mode !== 'BIRD' : ctx.from('3.32') && mode === 'Felix') return;
  const how = written === undefined ? `, the operator's default for an IPv${family} pool with the Calico CNI` : '';
  const bgp = network.bgpWritten ? '`spec.calicoNetwork.bgp: Disabled`' : 'BGP off (the operator\'s default on EKS)';
  const ways = ctx.from('3.33') ? 'Enable BGP, use VXLAN encapsulation, or leave clusterRoutingMode unset (Felix then programs IPIP routes)'
    : ctx.from('3.32') ? 'Enable BGP, use VXLAN encapsulation, or set `clusterRoutingMode: Felix`'
      : 'Enable BGP, or use VXLAN encapsulation';
  const said = ctx.from('3.32') ? 'with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled'
    : 'IPIP encapsulation requires that BGP is enabled';
  ctx.report(written === undefined ? ctx.pool.namePath : ctx.path('encapsulation'),
    `${ctx.subject} uses IPIP (encapsulation ${encapsulation}${how}) while the Installation has ${bgp}: its routes between ` +
    `nodes are BIRD's to program, over BGP. ${ways}${operatorSays(said)}`);
}

// --- field names ------------------------------------------------------------------

function checkUnknownFields(ctx: PoolContext): void {
  const known = ctx.isIPPool ? IPPOOL_SPEC_FIELDS : INSTALLATION_POOL_FIELDS;
  const otherApi = ctx.isIPPool ? INSTALLATION_ONLY_HINTS : IPPOOL_ONLY_HINTS;
  const kind = ctx.isIPPool ? 'an IPPool spec' : 'an Installation pool';
  for (const key of Object.keys(ctx.spec)) {
    if (known.includes(key)) continue;
    const path = ctx.path(key);
    const hint = Object.hasOwn(otherApi, key) ? otherApi[key]!(ctx.spec[key], ctx.spec, (k, v) => ctx.written(k, v)) : undefined;
    if (hint !== undefined) {
      const fix = ctx.isIPPool ? undefined : installationEquivalentFix(ctx, key);
      ctx.report(path, `${ctx.label(key)} is not a field of ${kind}: ${hint}`, 'key', fix && { fix });
      continue;
    }
    const near = closest(key, known);
    if (near) {
      ctx.report(path, `${ctx.label(key)} is not a field of ${kind}, so Kubernetes does not read it. ` +
        `Did you mean \`${near}\`? (field names are case-sensitive)`, 'key');
      continue;
    }
    // Not a near spelling: still unknown. Say where a setting of that name lives, or what it starts with
    // (`natOutgoingEnabled` → natOutgoing), from the CRD schemas of the targeted release.
    const release = schemaRelease(ctx.calicoVersion);
    const inRelease = ctx.isIPPool
      ? knownFields(ctx.pool.resource.apiVersion, 'IPPool', release, ['spec'])
      : knownFields('operator.tigera.io/v1', 'Installation', release, ['spec', 'calicoNetwork', 'ipPools', 0]);
    const where = unknownFieldHint(key, inRelease ?? known, release,
      { kind: ctx.isIPPool ? 'IPPool' : 'Installation', path: ctx.isIPPool ? ['spec'] : ['spec', 'calicoNetwork', 'ipPools'] });
    ctx.report(path, `${ctx.label(key)} is not a field of ${kind}: kubectl refuses it (strict field validation), and ` +
      'server-side apply, GitOps tools and `--validate=false` drop it with at most a warning, so its setting is silently lost' +
      (where ? `. ${where}` : ''), 'key');
  }
}

const ENCAPSULATION_OF_MODE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ipipMode: { Always: 'IPIP', CrossSubnet: 'IPIPCrossSubnet', Never: 'None' },
  vxlanMode: { Always: 'VXLAN', CrossSubnet: 'VXLANCrossSubnet', Never: 'None' },
};

/**
 * An IPPool field on an Installation pool, rewritten to the operator's field
 * with the same meaning: `disabled: true` → `disableNewAllocations: true`,
 * `disabled: false` (the default) → the line goes, `ipipMode`/`vxlanMode` →
 * `encapsulation` (the operator's names: operator api/v1 `EncapsulationType`).
 * Only when the operator's field is not written already, the mode is the only
 * mode written, and IPIP is not asked of an IPv6 pool.
 */
function installationEquivalentFix(ctx: PoolContext, key: string): FixRequest | undefined {
  const { resource } = ctx.pool;
  const value = ctx.spec[key];
  const keyPath = ctx.path(key);
  if (key === 'disabled' && typeof value === 'boolean' && !Object.hasOwn(ctx.spec, 'disableNewAllocations')) {
    if (value) {
      return (source) => {
        const [start, end] = source.span(resource, keyPath, 'key');
        if (source.text.slice(start, end) !== 'disabled') return undefined;
        return {
          edits: [{ range: [start, end], text: 'disableNewAllocations' }],
          expect: [{ path: keyPath, value: REMOVED }, { path: ctx.path('disableNewAllocations'), value: true }],
        };
      };
    }
    return (source) => {
      // A pair alone on its line (a comment after it goes with it); a list item's first key keeps its line.
      const edit = removePairEdit(source, resource, keyPath);
      return edit && { edits: [edit], expect: [{ path: keyPath, value: REMOVED }] };
    };
  }
  const modes = ENCAPSULATION_OF_MODE[key];
  if (modes === undefined || typeof value !== 'string' || !Object.hasOwn(modes, value)) return undefined;
  if (Object.hasOwn(ctx.spec, 'encapsulation') || Object.keys(ENCAPSULATION_OF_MODE).some((other) => other !== key && Object.hasOwn(ctx.spec, other))) return undefined;
  const cidr = ctx.spec.cidr;
  if (key === 'ipipMode' && value !== 'Never' && (typeof cidr !== 'string' || cidr.includes(':'))) return undefined;
  const encapsulation = modes[value]!;
  return (source) => {
    const [keyStart, keyEnd] = source.span(resource, keyPath, 'key');
    const [valueStart, valueEnd] = source.span(resource, keyPath);
    if (source.text.slice(keyStart, keyEnd) !== key || !/^:[ \t]+$/.test(source.text.slice(keyEnd, valueStart))) return undefined;
    if (source.text.slice(valueStart, valueEnd) !== value) return undefined;
    return {
      edits: [{ range: [keyStart, valueEnd], text: `encapsulation: ${encapsulation}` }],
      expect: [{ path: keyPath, value: REMOVED }, { path: ctx.path('encapsulation'), value: encapsulation }],
    };
  };
}

/**
 * The legacy v1 fields `ipip` and `nat-outgoing`. Up to v3.31 the crd.projectcalico.org/v1 CRD has
 * them and Calico converts them on read (libcalico-go/lib/backend/k8s/resources/ippool.go
 * `ConvertFromK8s`), while projectcalico.org/v3 refuses them (api ippool.go `mustBeNil`,
 * `mustBeFalse`). From v3.32 neither API has them (release-v3.32 ippool.go and CRD).
 */
function checkLegacyFields(ctx: PoolContext, apiVersion: string): void {
  if (ctx.from('3.32')) {
    const modern: Record<string, string> = { ipip: legacyIpipAdvice(ctx), 'nat-outgoing': legacyNatAdvice(ctx) };
    for (const field of ['ipip', 'nat-outgoing']) {
      if (!Object.hasOwn(ctx.spec, field)) continue;
      ctx.report(ctx.path(field), `${ctx.label(field)} is a legacy field that Calico v3.32 removed from the IPPool API: ` +
        `kubectl refuses the unknown field, and other clients drop it, so its setting is lost. ${modern[field]}`, 'key');
    }
    return;
  }
  if (apiVersion !== 'projectcalico.org/v3') return; // the v1 CRD still converts them
  // api ippool.go: `validate:"omitempty,mustBeNil"` and `validate:"omitempty,mustBeFalse"`.
  if (ctx.has('ipip')) {
    ctx.report(ctx.path('ipip'), `${ctx.label('ipip')} is a legacy field for Calico's internal use; ` +
      `projectcalico.org/v3 rejects it. ${legacyIpipAdvice(ctx)}`, 'key');
  }
  if (ctx.value('nat-outgoing') === true) {
    ctx.report(ctx.path('nat-outgoing'), `${ctx.label('nat-outgoing')} is a legacy field for Calico's internal use; ` +
      `projectcalico.org/v3 rejects it when true. ${legacyNatAdvice(ctx)}`, 'key');
  }
}

/**
 * What to write instead of the legacy `ipip`, following its setting: Calico converts `enabled: true`
 * to ipipMode Always, or CrossSubnet for `mode: cross-subnet`, and anything else to no IPIP
 * (libcalico-go/lib/backend/k8s/resources/ippool.go). A pool that sets ipipMode already needs nothing.
 */
function legacyIpipAdvice(ctx: PoolContext): string {
  if (ctx.has('ipipMode')) return 'This pool sets `ipipMode` already: delete the line';
  const ipip = ctx.value('ipip');
  if (!isPlainObject(ipip) || ipip.enabled !== true) return 'IPIP is off by default (`ipipMode: Never`): delete the line';
  return ipip.mode === 'cross-subnet' ? 'Write `ipipMode: CrossSubnet`' : 'Write `ipipMode: Always`';
}

function legacyNatAdvice(ctx: PoolContext): string {
  if (ctx.has('natOutgoing')) return 'This pool sets `natOutgoing` already: delete the line';
  return ctx.value('nat-outgoing') === true ? 'Write `natOutgoing: true`' : 'NAT is off by default (`natOutgoing: false`): delete the line';
}

// --- duplicates inside one Installation ------------------------------------------

function checkInstallationDuplicates(pools: readonly PoolFacts[], report: ReportFn): void {
  const names = new Map<string, PoolFacts>();
  const cidrs = new Map<string, PoolFacts>();
  const label = (facts: PoolFacts, field: string): string =>
    `ipPools[${String(facts.pool.specPath[facts.pool.specPath.length - 1])}]${field ? `.${field}` : ''}`;
  for (const facts of pools) {
    const { pool } = facts;
    if (typeof pool.name === 'string') {
      const first = names.get(pool.name);
      if (first) {
        report(pool.namePath, `${label(facts, 'name')} ${quote(pool.name)} is already the name of ${label(first, '')}: ` +
          `each pool needs its own name${operatorSays(`IP pool ${pool.name} is specified more than once`)}`, 'value', {
          related: [{ resource: pool.resource, path: first.pool.namePath, message: 'First pool with this name' }],
        });
      } else {
        names.set(pool.name, facts);
      }
    }
    if (facts.cidr && facts.cidrText !== undefined) {
      const first = cidrs.get(facts.cidr.canonical);
      if (first && first.cidrText !== undefined) {
        const same = first.cidrText === facts.cidrText;
        report([...pool.specPath, 'cidr'], `${label(facts, 'cidr')} ${quote(facts.cidrText)} is ` +
          `${same ? 'the same CIDR as' : `the same network as ${quote(first.cidrText)} in`} ${label(first, '')}: ` +
          'define each pool once' +
          (same ? operatorSays(`IP pool ${facts.cidrText} is specified more than once`) : ' (Calico rejects the overlapping IPPool)'),
          'value', { related: [{ resource: pool.resource, path: [...first.pool.specPath, 'cidr'], message: 'First pool with this CIDR' }] });
      } else if (!first) {
        cidrs.set(facts.cidr.canonical, facts);
      }
    }
  }
}
