import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts } from '../src/facts/cluster-facts.js';
import { cidrLocation, distinctPools, FACT_TEXT, factOrigin, factRelated, isKubeadm, operatorChecksPodCidr, poolLabel } from '../src/facts/pools.js';
import { rangeContains } from '../src/facts/cluster-facts.js';

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
  },
  check(project, context) {
    const podRanges = clusterFacts(project, context.config).ranges.filter((fact) => fact.role === 'pods');
    const kubeadm = podRanges.filter(isKubeadm);
    if (kubeadm.length === 0) return;
    for (const pool of distinctPools(project.pools.pools)) {
      if (!operatorChecksPodCidr(project, pool)) continue;
      if (kubeadm.some((fact) => rangeContains(fact.range, pool.cidr))) continue;
      const first = kubeadm[0]!;
      context.report({
        ...cidrLocation(pool),
        message: `${poolLabel(pool)} is outside the kubeadm pod CIDR ${kubeadm.map((fact) => fact.range.text).join(', ')} ` +
          `(${factOrigin(first, context)}): the operator refuses the Installation ("IPPool ${pool.cidr.canonical} is not within the platform's ` +
          'configured pod network CIDR(s)") and Calico is not installed. Use a range inside the pod CIDR.',
        related: factRelated(first, `pod CIDR ${first.range.text}`),
      });
    }
  },
};
