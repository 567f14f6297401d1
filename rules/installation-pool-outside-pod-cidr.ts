import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts, CLUSTER_FACT_READS } from '../src/facts/cluster-facts.js';
import { cidrLocation, distinctPools, FACT_TEXT, factOrigin, factRelated, isKubeadm, operatorChecksPodCidr, operatorReadsKubeadmConfig, poolLabel } from '../src/facts/pools.js';
import { rangeContains } from '../src/facts/cluster-facts.js';
import type { ProjectScope, RuleContext } from '../src/engine/rule.js';
import { parseCidr } from '../src/net/cidr.js';
import { getIn, isPlainObject, type Resource } from '../src/resources/resource.js';
import { quote } from '../src/text.js';

/**
 * The operator checks Installation pools against the platform's pod CIDRs
 * (kubeadm's podSubnet from the kubeadm-config ConfigMap, OpenShift's
 * clusterNetwork) and refuses the whole Installation: "IPPool %v is not
 * within the platform's configured pod network CIDR(s) %v" (tigera/operator
 * pkg/controller/ippool/defaults.go, mergePlatformPodCIDRs). Only a
 * kubeadm pod CIDR triggers it: on other platforms the operator does not
 * check, and ippool-outside-pod-cidr warns about kube-proxy instead.
 *
 * When it runs (tigera/operator at 40788b9, pkg/controller/ippool/defaults.go):
 * - only while the cluster has no IP pools (fillDefaults, 92-121): with `--base`, pools on the
 *   base branch mean the cluster has some, and the check is skipped;
 * - only with the Calico CNI (updateInstallationForKubeadm, 295-299): a `spec.cni.type` other
 *   than Calico skips it;
 * - every pool against every podSubnet CIDR of any family (mergePlatformPodCIDRs 352-363,
 *   cidrWithinCidr 370-390): an IPv6 pool with an IPv4-only podSubnet is refused.
 */
export const installationPoolOutsidePodCidr: ProjectRule = {
  meta: {
    id: 'installation-pool-outside-pod-cidr',
    description: 'An Installation pool (also inside Helm values) must lie inside kubeadm\'s pod CIDR: the operator refuses it otherwise.',
    remediation: 'Change the pool CIDR to a range inside the pod CIDR, or build the cluster with a pod CIDR that contains it.',
    docsUrl: docsUrl('installation-pool-outside-pod-cidr'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
    reads: CLUSTER_FACT_READS,
  },
  check(project, context) {
    checkKubeadmConfigMap(project, context);
    const facts = clusterFacts(project, context.config);
    const podRanges = facts.ranges.filter((fact) => fact.role === 'pods');
    const kubeadm = podRanges.filter(isKubeadm);
    if (kubeadm.length === 0) {
      checkClusterApiWithoutPods(project, facts.kubeadmClusterApiClusters, context);
      return;
    }
    for (const pool of distinctPools(project.pools.pools)) {
      if (!operatorChecksPodCidr(project, pool)) continue;
      if (kubeadm.some((fact) => rangeContains(fact.range, pool.cidr))) continue;
      const first = kubeadm[0]!;
      context.report({
        ...cidrLocation(pool),
        message: `${poolLabel(pool)} is outside the kubeadm pod CIDR ${[...new Set(kubeadm.map((fact) => fact.range.text))].join(', ')} ` +
          `(${factOrigin(first, context)}): the operator refuses the Installation ("IPPool ${pool.cidr.canonical} is not within the platform's ` +
          'configured pod network CIDR(s)") and Calico is not installed. Use a range inside the pod CIDR.',
        related: factRelated(first, `pod CIDR ${first.range.text}`),
      });
    }
  },
};

/**
 * A kubeadm Cluster API cluster without `clusterNetwork.pods` gives kubeadm no podSubnet (cluster-api
 * kubeadmconfig_controller.go:1386-1388 sets it only from cidrBlocks), so kubeadm-config has no
 * `podSubnet: ` line and the operator stops (kubeadm.go:45-47), as for the ConfigMap below. Reported
 * only for a Cluster that names a kubeadm control plane, when nothing in the scope gives a kubeadm
 * podSubnet (a v1beta1 KubeadmControlPlane's counted up to Cluster API v1.10).
 */
function checkClusterApiWithoutPods(project: ProjectScope, clusters: readonly Resource[], context: RuleContext): void {
  if (clusters.length === 0 || !operatorReadsKubeadmConfigOf(project)) return;
  for (const cluster of clusters) {
    const cidrBlocks = getIn(cluster.object, ['spec', 'clusterNetwork', 'pods', 'cidrBlocks']);
    if (Array.isArray(cidrBlocks) && cidrBlocks.length > 0) continue;
    const written = ['spec', 'clusterNetwork', 'pods', 'cidrBlocks'].map((_, i, path) => path.slice(0, i + 1)).reverse().find((path) => cluster.has(path));
    context.report({
      resource: cluster,
      ...(written === undefined ? {} : { path: written, part: 'key' as const }),
      message: `Cluster API Cluster ${quote(cluster.name ?? '(unnamed)')} builds its control plane with kubeadm but sets no \`spec.clusterNetwork.pods.cidrBlocks\`: ` +
        'kubeadm gets no podSubnet, kubeadm-config has no `podSubnet: ` line, and the operator stops ("kubeadm configuration is missing required podSubnet field") ' +
        'and creates no IP pool, so Calico is not installed (tigera/operator pkg/controller/ippool/kubeadm.go). Set `clusterNetwork.pods.cidrBlocks` to the pod CIDR.',
    });
  }
}

/** The operator reads kubeadm-config for pools: an Installation `default`, the Calico CNI, no pools yet (defaults.go:92-121, 295-299). */
function operatorReadsKubeadmConfigOf(project: ProjectScope): boolean {
  const installation = project.resources.find((resource) => resource.kind === 'Installation' && resource.apiVersion === 'operator.tigera.io/v1' && resource.name === 'default');
  return installation !== undefined && operatorReadsKubeadmConfig(project, installation);
}

/**
 * The operator reads kubeadm-config line by line, not as YAML (pkg/controller/ippool/kubeadm.go:32-63):
 * the first `podSubnet: (.*)` match of any data value, split at commas, each through Go's
 * net.ParseCIDR. No match is an error ("kubeadm configuration is missing required podSubnet field"),
 * and so is an entry that does not parse, such as a quoted value or one after ", ". Either stops
 * pool defaulting (defaults.go:113-117) on a cluster that has no pools yet, with the Calico CNI.
 */
function checkKubeadmConfigMap(project: ProjectScope, context: RuleContext): void {
  if (!operatorReadsKubeadmConfigOf(project)) return;
  for (const configMap of project.resources) {
    if (configMap.kind !== 'ConfigMap' || configMap.name !== 'kubeadm-config' || configMap.namespace !== 'kube-system') continue;
    const problem = operatorPodSubnetProblem(configMap);
    if (problem === undefined) continue;
    context.report({
      resource: configMap,
      path: problem.key === undefined ? ['data'] : ['data', problem.key],
      ...(problem.key === undefined ? { part: 'key' as const } : {}),
      message: `${problem.text}: the operator stops ("could not resolve CalicoNetwork IPPool and kubeadm configuration") and creates no IP pool, ` +
        `so Calico is not installed (tigera/operator pkg/controller/ippool/kubeadm.go). Write \`podSubnet: <cidr>\` unquoted, CIDRs separated by a comma alone.`,
    });
  }
}

function operatorPodSubnetProblem(configMap: Resource): { key: string | undefined; text: string } | undefined {
  const data = getIn(configMap.object, ['data']);
  if (!isPlainObject(data)) return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') continue;
    const match = /podSubnet: (.*)/.exec(value);
    if (match === null) continue;
    const bad = match[1]!.split(',').find((entry) => !entry.includes('/') || !parseCidr(entry).ok);
    return bad === undefined ? undefined : { key, text: `kubeadm-config's podSubnet entry ${quote(bad)} is no CIDR to the operator, which reads the line as text` };
  }
  return { key: undefined, text: 'kubeadm-config has no `podSubnet: ` line ("kubeadm configuration is missing required podSubnet field")' };
}
