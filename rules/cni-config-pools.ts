import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts, type CniPoolReference, CLUSTER_FACT_READS } from '../src/facts/cluster-facts.js';
import { allowedUses, FACT_TEXT, isDisabled, poolLabel } from '../src/facts/pools.js';
import { formatAddress } from '../src/net/cidr.js';
import { parseCalicoCidr } from '../src/net/calico-cidr.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import { quote } from '../src/text.js';

/**
 * The CNI config's `ipam.ipv4_pools` / `ipv6_pools` (calico-config ConfigMap)
 * restrict every pod without an annotation to these pools. In the order Calico
 * fails (projectcalico/calico at v3.32):
 * - cni-plugin/internal/pkg/utils/utils.go ResolvePools (807-855): an entry is a
 *   CIDR (Go net.ParseCIDR) or a pool name; a CIDR or named pool of the other
 *   family fails ("%q isn't a IPv4 address", 845-851), whether or not the
 *   plugin assigns that family (cni-plugin/pkg/ipamplugin/ipam_plugin.go 313-329);
 * - libcalico-go/lib/ipam/ipam.go determinePools (294-306): a pool that does not
 *   exist or is disabled fails ("the given pool (<cidr>) does not exist, or is not enabled");
 * - ipam.go prepareAffinityBlocksForHost (402-410): the requested pools are
 *   filtered by use; none allowing Workload fails ("no pools match the required use").
 */
export const cniConfigPools: ProjectRule = {
  meta: {
    id: 'cni-config-pools',
    description: 'Pools named in the CNI config (`ipam.ipv4_pools` / `ipv6_pools` in calico-config) must exist, be enabled, be of the list\'s family, and allow Workload.',
    remediation: 'Name an existing, enabled pool of the right family that allows Workload, by name or exact CIDR.',
    docsUrl: docsUrl('cni-config-pools'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
    reads: CLUSTER_FACT_READS,
  },
  check(project, context) {
    const lists = new Map<readonly unknown[], Array<{ reference: CniPoolReference; pools: readonly IndexedPool[] | undefined }>>();
    for (const reference of clusterFacts(project, context.config).cniPoolReferences) {
      const key = `ipv${reference.family}_pools`;
      const resolved = lists.get(reference.list) ?? [];
      lists.set(reference.list, resolved);
      const fail = (message: string): void => {
        resolved.push({ reference, pools: undefined });
        context.report({ ...reference.location, message });
      };
      const parsed = reference.entry.includes('/') ? parseCalicoCidr(reference.entry) : undefined;
      if (parsed?.ok && parsed.cidr.family !== reference.family) {
        fail(`CNI config \`${key}\` names ${quote(reference.entry)}, an IPv${parsed.cidr.family} CIDR: the CNI plugin refuses it ` +
          `("\\"${formatAddress(parsed.cidr.first, parsed.cidr.family)}\\" isn't a IPv${reference.family} address") and fails every pod that has no pool annotation. ` +
          `Move it to \`ipv${parsed.cidr.family}_pools\`.`);
        continue;
      }
      const found = parsed?.ok ? project.pools.byCidr(parsed.cidr) : project.pools.byName(reference.entry);
      const otherFamily = found.find((pool) => pool.cidr !== undefined && pool.cidr.family !== reference.family);
      if (!parsed?.ok && otherFamily !== undefined) {
        fail(`CNI config \`${key}\` names ${poolLabel(otherFamily)}, an IPv${otherFamily.cidr!.family} pool: the CNI plugin refuses it ` +
          `("isn't a IPv${reference.family} address") and fails every pod that has no pool annotation. Move it to \`ipv${otherFamily.cidr!.family}_pools\`.`);
        continue;
      }
      const sameFamily = project.pools.pools.filter((pool) => pool.cidr?.family === reference.family);
      if (sameFamily.length === 0) {
        resolved.push({ reference, pools: undefined }); // no pool of this family in the repository: nothing to resolve against
      } else if (found.length === 0) {
        fail(`CNI config \`${key}\` names ${quote(reference.entry)}, which is no IPv${reference.family} pool of this cluster ` +
          `(pools: ${sameFamily.slice(0, 5).map(poolLabel).join(', ')}): Calico fails every pod on the node ` +
          '("the given pool does not exist, or is not enabled"). Name an existing pool, by name or exact CIDR.');
      } else if (found.every(isDisabled)) {
        fail(`CNI config \`${key}\` names ${poolLabel(found[0]!)}, which is disabled: Calico fails every pod that has no pool annotation ` +
          '("the given pool does not exist, or is not enabled"). Name an enabled pool.');
      } else {
        resolved.push({ reference, pools: found.filter((pool) => !isDisabled(pool)) });
      }
    }
    for (const entries of lists.values()) reportNoWorkloadPool(entries, context.report.bind(context));
  },
};

/** Every entry resolved, the family assigned, and no requested pool allows Workload: IPAM has nothing left for a pod. */
function reportNoWorkloadPool(
  entries: ReadonlyArray<{ reference: CniPoolReference; pools: readonly IndexedPool[] | undefined }>,
  report: (finding: { message: string } & CniPoolReference['location']) => void,
): void {
  if (entries.length === 0 || !entries[0]!.reference.assigned) return;
  if (entries.some((entry) => entry.pools === undefined || entry.pools.some((pool) => allowedUses(pool).includes('Workload')))) return;
  for (const { reference, pools } of entries) {
    const pool = pools![0]!;
    report({
      ...reference.location,
      message: `CNI config \`ipv${reference.family}_pools\` names ${poolLabel(pool)}, which allows only ${allowedUses(pool).join(', ')}, and no pool of the list ` +
        'allows Workload: IPAM filters the requested pools by use and fails every pod that has no pool annotation ("cannot find a qualified ippool, ' +
        'no pools match the required use (Workload)"). Name a pool that allows Workload.',
    });
  }
}
