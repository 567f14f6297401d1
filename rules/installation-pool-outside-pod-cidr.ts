import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts, rangeContains } from '../src/facts/cluster-facts.js';
import { cidrLocation, distinctPools, FACT_TEXT, factOrigin, factRelated, poolLabel } from '../src/facts/pools.js';

/**
 * The operator checks Installation pools against the platform's pod CIDRs
 * (kubeadm's podSubnet, OpenShift's clusterNetwork) and refuses the whole
 * Installation: "IPPool %v is not within the platform's configured pod network
 * CIDR(s) %v" (tigera/operator pkg/controller/ippool/pool_controller.go,
 * mergePlatformPodCIDRs). Elsewhere kube-proxy and kube-controller-manager are
 * built with the same pod CIDR (see ippool-outside-pod-cidr).
 */
export const installationPoolOutsidePodCidr: ProjectRule = {
  meta: {
    id: 'installation-pool-outside-pod-cidr',
    description: 'An Installation pool (also inside Helm values) must lie inside the pod CIDR the cluster was built with.',
    remediation: 'Change the pool CIDR to a range inside the pod CIDR, or build the cluster with a pod CIDR that contains it.',
    docsUrl: docsUrl('installation-pool-outside-pod-cidr'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
  },
  check(project, context) {
    const podRanges = clusterFacts(project, context.config).ranges.filter((fact) => fact.role === 'pods');
    for (const pool of distinctPools(project.pools.pools)) {
      if (pool.definition.origin !== 'Installation') continue;
      const sameFamily = podRanges.filter((fact) => fact.range.family === pool.cidr.family);
      if (sameFamily.length === 0 || sameFamily.some((fact) => rangeContains(fact.range, pool.cidr))) continue;
      const first = sameFamily[0]!;
      const kubeadm = sameFamily.some((fact) => fact.source.startsWith('kubeadm'));
      const consequence = kubeadm
        ? 'the operator refuses the Installation ("IPPool ' + pool.cidr.canonical + ' is not within the platform\'s configured pod network CIDR(s)") and Calico is not installed'
        : 'kube-proxy treats its pods as outside the cluster and masquerades their traffic to Services';
      context.report({
        ...cidrLocation(pool),
        message: `${poolLabel(pool)} is outside the pod CIDR ${sameFamily.map((fact) => fact.range.text).join(', ')} ` +
          `(${factOrigin(first, context)}): ${consequence}. Use a range inside the pod CIDR.`,
        related: factRelated(first, `pod CIDR ${first.range.text}`),
      });
    }
  },
};
