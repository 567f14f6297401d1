import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts } from '../src/facts/cluster-facts.js';
import { cidrLocation, distinctPools, FACT_TEXT, factOrigin, factRelated, isKubeadm, podRangesLeftOut, poolLabel } from '../src/facts/pools.js';

/**
 * The operator checks Installation pools against the platform's pod CIDRs
 * (kubeadm's podSubnet from the kubeadm-config ConfigMap, OpenShift's
 * clusterNetwork) and refuses the whole Installation: "IPPool %v is not
 * within the platform's configured pod network CIDR(s) %v" (tigera/operator
 * pkg/controller/ippool/pool_controller.go, mergePlatformPodCIDRs). Only a
 * kubeadm pod CIDR triggers it: on other platforms the operator does not
 * check, and ippool-outside-pod-cidr warns about kube-proxy instead.
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
    for (const pool of distinctPools(project.pools.pools)) {
      if (pool.definition.origin !== 'Installation') continue;
      const kubeadm = podRangesLeftOut(pool, podRanges.filter(isKubeadm));
      if (kubeadm.length === 0) continue;
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
