import { isDeepStrictEqual } from 'node:util';
import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import { getIn } from '../src/resources/resource.js';
import { echo, quote } from '../src/text.js';

/**
 * Pool names are object names: two different definitions under one name in a
 * cluster are one object, and whichever is applied last silently wins. The
 * operator also creates an IPPool for each Installation pool (an unnamed one
 * gets a generated name: src/resources/pool-index.ts). It takes over an
 * existing IPPool only when that pool is identical to the Installation pool
 * (tigera/operator pkg/controller/ippool/pool_controller.go `Reconcile`:
 * `reflect.DeepEqual` after `FromProjectCalico`); any other IPPool with the
 * same CIDR makes it refuse the update ("Cannot update an IP pool not owned by
 * the operator"), and one with the same name but another CIDR is overwritten.
 */
export const ippoolDuplicateName: ProjectRule = {
  meta: {
    id: 'ippool-duplicate-name',
    description: 'Two different pool definitions in one cluster must not share a name.',
    remediation: 'Rename one of the pools, or keep a single definition.',
    docsUrl: docsUrl('ippool-duplicate-name'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: /IPPool|Installation|calicoNetwork/,
  },
  check(project, context) {
    const byName = new Map<string, IndexedPool[]>();
    for (const pool of project.pools.pools) {
      if (pool.name === undefined) continue;
      const list = byName.get(pool.name) ?? [];
      list.push(pool);
      byName.set(pool.name, list);
    }
    for (const [name, pools] of byName) {
      const [head, ...others] = pools;
      if (!head) continue;
      const alternatives = project.base ? project.base.pools.byName(name) : pools;
      for (const other of others) {
        let first = head;
        if (first.definition.origin !== other.definition.origin) {
          if (fitsAnAlternative(first.definition.origin === 'IPPool' ? first : other, alternatives)) continue;
          // An IPPool after several alternative Installations: told against the first one it clashes with.
          if (other.definition.origin === 'IPPool') first = pools.find((pool) => pool.definition.origin === 'Installation' && conflict(pool, other)) ?? head;
        }
        const found = conflict(first, other);
        if (!found) continue;
        const firstAt = context.where({ resource: first.definition.resource, path: first.definition.namePath });
        const { problem, fix } = found;
        const otherAt = context.where({ resource: other.definition.resource, path: other.definition.namePath });
        const generated = [first, other].find((pool) => pool.generatedName);
        const named = generated
          ? ` (the name the operator gives the unnamed Installation pool ${generated.cidr?.canonical ?? ''})`.replace(' )', ')')
          : '';
        context.report({
          resource: other.definition.resource,
          path: other.definition.namePath,
          message: `Pool ${quote(name)}${named} is already defined at ${firstAt}; ${problem}. ${fix}`,
          related: [{ resource: first.definition.resource, path: first.definition.namePath, message: `pool ${quote(name)} is first defined here` }],
          // With --base, the engine reports the side the change touched: told from the first definition.
          otherSide: {
            resource: first.definition.resource,
            path: first.definition.namePath,
            message: `Pool ${quote(name)}${named} is also defined at ${otherAt}; ${problem}. ${fix}`,
            related: [{ resource: other.definition.resource, path: other.definition.namePath, message: `pool ${quote(name)} is also defined here` }],
          },
        });
      }
    }
  },
};

/**
 * Several Installations are alternatives (see `conflict`): an IPPool that the
 * operator adopts under one of them (identical to its pool of this name) was
 * written for that one, and which alternative a cluster holds the manifests do
 * not say (vpp-dataplane's SRv6 component keeps `default-ipv4-ippool` as its
 * `installation-flat.yaml` has it, beside six other Installations). Under
 * `--base` only the base side's Installations count: a change cannot bring
 * the alternative that excuses its own IPPool.
 */
function fitsAnAlternative(ippool: IndexedPool, alternatives: readonly IndexedPool[]): boolean {
  return alternatives.some((pool) => pool.definition.origin === 'Installation' && operatorConflict(pool, ippool) === undefined);
}

const RENAME = 'Rename one of the pools, or keep a single definition.';
const LET_THE_OPERATOR = 'Make the IPPool identical to the Installation pool, or delete it and let the operator create the pool.';

function conflict(first: IndexedPool, other: IndexedPool): { problem: string; fix: string } | undefined {
  // Two Installations (or tigera-operator values files) are alternatives, not two sets of pools: the
  // operator reconciles the one Installation named `default` (tigera/operator pkg/controller/utils/utils.go
  // `DefaultInstanceKey`), so pools of two of them never exist side by side (Cluster API Provider Azure's
  // templates/addons/calico/values.yaml and calico-dual-stack/values.yaml: one per cluster flavour).
  if (first.definition.origin === 'Installation' && other.definition.origin === 'Installation' &&
    first.definition.resource !== other.definition.resource) return undefined;
  if (first.definition.origin !== other.definition.origin) {
    const [installation, ippool] = first.definition.origin === 'Installation' ? [first, other] : [other, first];
    const problem = operatorConflict(installation, ippool);
    return problem === undefined ? undefined : { problem, fix: LET_THE_OPERATOR };
  }
  const a = first.definition.spec;
  const b = other.definition.spec;
  const differing = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !sameValue(a[key], b[key]));
  if (differing.length === 0) return undefined; // the same object written twice: harmless
  // Keys come from the manifest: escaped, shortened, and at most a few of them.
  const shown = differing.slice(0, MAX_KEYS_SHOWN).map((key) => `\`${echo(key, 40)}\``);
  if (differing.length > MAX_KEYS_SHOWN) shown.push(`${differing.length - MAX_KEYS_SHOWN} more`);
  return { problem: `this definition differs in ${shown.join(', ')}, and whichever is applied last wins`, fix: RENAME };
}

const MAX_KEYS_SHOWN = 8;

/**
 * An Installation pool and an IPPool of one name. Identical (as the operator
 * compares them, after its defaults): the operator adopts the IPPool, nothing
 * to report. Otherwise say why the operator's update fails.
 */
function operatorConflict(installation: IndexedPool, ippool: IndexedPool): string | undefined {
  const desired = installationPoolAsOperatorSees(installation);
  const existing = ippoolAsOperatorSees(ippool);
  if (!desired || !existing) return 'the operator creates an IPPool for each Installation pool, and a separate IPPool of the same name fights it';
  if (desired.cidr !== existing.cidr) {
    return `the operator writes its own IPPool of this name with CIDR ${desired.cidr}, and this one has ${existing.cidr}: ` +
      'whichever is applied last wins, and Calico refuses to change the CIDR of an existing pool';
  }
  const differing = OPERATOR_FIELDS.filter((field) => !sameValue(desired[field], existing[field]));
  if (differing.length === 0) return undefined; // the operator takes this IPPool over
  const shown = differing.map((field) => `${OPERATOR_FIELD_LABELS[field]} (${show(existing[field])} here, ${show(desired[field])} in the Installation)`);
  return `the operator takes over an existing IPPool only when it is identical to the Installation pool, and this one differs in ` +
    `${shown.join(', ')}; so the operator refuses to update it ("Cannot update an IP pool not owned by the operator") and reports itself degraded`;
}

function show(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((item) => echo(String(item), 20)).join(', ')}]` : echo(String(value), 40);
}

/** The fields of tigera/operator api/v1 `IPPool` that `reflect.DeepEqual` compares, besides name and CIDR. */
const OPERATOR_FIELDS = ['encapsulation', 'natOutgoing', 'nodeSelector', 'blockSize', 'disableBGPExport', 'disableNewAllocations', 'allowedUses', 'assignmentMode'] as const;
type OperatorField = (typeof OPERATOR_FIELDS)[number];
type OperatorPool = Record<OperatorField, unknown> & { cidr: string };

const OPERATOR_FIELD_LABELS: Readonly<Record<OperatorField, string>> = {
  encapsulation: 'encapsulation',
  natOutgoing: 'natOutgoing',
  nodeSelector: 'nodeSelector',
  blockSize: 'blockSize',
  disableBGPExport: 'disableBGPExport',
  disableNewAllocations: 'disabled / disableNewAllocations',
  allowedUses: 'allowedUses',
  assignmentMode: 'assignmentMode',
};

function orDefault(value: unknown, fallback: unknown): unknown {
  return value === undefined || value === null || value === '' ? fallback : value;
}

/** An Installation pool after the operator's defaults (pkg/controller/ippool/defaults.go `fillDefaults`). */
function installationPoolAsOperatorSees(pool: IndexedPool): OperatorPool | undefined {
  if (!pool.cidr) return undefined;
  const spec = pool.definition.spec;
  const v4 = pool.cidr.family === 4;
  const cni = getIn(pool.definition.resource.object, ['spec', 'cni', 'type']);
  const calicoCni = cni === undefined || cni === null || cni === 'Calico';
  const uses = Array.isArray(spec.allowedUses) && spec.allowedUses.length > 0 ? spec.allowedUses : ['Workload', 'Tunnel'];
  return {
    cidr: pool.cidr.canonical,
    encapsulation: orDefault(spec.encapsulation, v4 && calicoCni ? 'IPIP' : 'None'),
    natOutgoing: orDefault(spec.natOutgoing, v4 ? 'Enabled' : 'Disabled'),
    nodeSelector: orDefault(spec.nodeSelector, 'all()'),
    blockSize: orDefault(spec.blockSize, v4 ? 26 : 122),
    disableBGPExport: orDefault(spec.disableBGPExport, false),
    disableNewAllocations: orDefault(spec.disableNewAllocations, false),
    allowedUses: uses,
    assignmentMode: orDefault(spec.assignmentMode, 'Automatic'),
  };
}

/**
 * An IPPool as the operator's `FromProjectCalico` reads it, with Calico's defaults for fields
 * not written (calicoctl and the API server store them; clientv3/ippool.go). One leniency: an
 * IPPool with neither IPIP nor VXLAN counts as `encapsulation: None` (FromProjectCalico leaves
 * the field empty, which would never equal the defaulted Installation pool).
 */
function ippoolAsOperatorSees(pool: IndexedPool): OperatorPool | undefined {
  if (!pool.cidr) return undefined;
  const spec = pool.definition.spec;
  const v4 = pool.cidr.family === 4;
  const encapsulation =
    spec.vxlanMode === 'Always' ? 'VXLAN' : spec.vxlanMode === 'CrossSubnet' ? 'VXLANCrossSubnet'
      : spec.ipipMode === 'Always' ? 'IPIP' : spec.ipipMode === 'CrossSubnet' ? 'IPIPCrossSubnet' : 'None';
  const uses = Array.isArray(spec.allowedUses) && spec.allowedUses.length > 0 ? spec.allowedUses : ['Workload', 'Tunnel'];
  return {
    cidr: pool.cidr.canonical,
    encapsulation,
    natOutgoing: spec.natOutgoing === true ? 'Enabled' : 'Disabled',
    nodeSelector: orDefault(spec.nodeSelector, 'all()'),
    blockSize: orDefault(spec.blockSize === 0 ? undefined : spec.blockSize, v4 ? 26 : 122),
    disableBGPExport: spec.disableBGPExport === true,
    disableNewAllocations: spec.disabled === true,
    allowedUses: uses,
    assignmentMode: orDefault(spec.assignmentMode, 'Automatic'),
  };
}

/**
 * Deep equality of two values read from YAML, with an explicit stack: aliases
 * can make a value nested far deeper than the file looks, and isDeepStrictEqual
 * recurses.
 */
function sameValue(left: unknown, right: unknown): boolean {
  const pending: Array<[unknown, unknown]> = [[left, right]];
  while (pending.length > 0) {
    const [a, b] = pending.pop()!;
    if (Object.is(a, b)) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (!Array.isArray(a) && !Array.isArray(b) && (!isPlainObject(a) || !isPlainObject(b))) {
      if (!isDeepStrictEqual(a, b)) return false; // a Date, a Set: flat values YAML builds
      continue;
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) {
      if (!Object.hasOwn(b, key)) return false;
      pending.push([(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
