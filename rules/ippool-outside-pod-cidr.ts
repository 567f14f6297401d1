import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { clusterFacts, CLUSTER_FACT_READS } from '../src/facts/cluster-facts.js';
import { cidrLocation, distinctPools, FACT_TEXT, factOrigin, factRelated, isKubeadm, isLoadBalancerPool, operatorChecksPodCidr, podRangesLeftOut, poolLabel } from '../src/facts/pools.js';

/**
 * A pool (an IPPool, or an Installation pool where the operator does not
 * check it) outside the pod CIDR is legitimate (an infra pool on a
 * non-routable range), but kube-proxy, started with that pod CIDR as
 * `clusterCIDR` (kubeadm passes podSubnet on), masquerades traffic to Service
 * IPs from any source outside it: `--detect-local-mode=ClusterCIDR`, the
 * default (kubernetes pkg/proxy/util/localdetector.go; KEP
 * keps/sig-network/20191104-iptables-no-cluster-cidr.md: "masquerade off
 * cluster traffic to services by node IP"). Backends then see the node's
 * address, not the pod's: network policy that admits the pod by label stops
 * matching Service traffic.
 */
export const ippoolOutsidePodCidr: ProjectRule = {
  meta: {
    id: 'ippool-outside-pod-cidr',
    description: 'A pool outside the pod CIDR gets its pods\' Service traffic masqueraded by kube-proxy.',
    remediation:
      'Accept it for a pool whose pods need no source-based policy on Service traffic, add the range to kube-proxy\'s clusterCIDR, ' +
      'or run kube-proxy with --detect-local-mode=InterfaceNamePrefix (cali).',
    docsUrl: docsUrl('ippool-outside-pod-cidr'),
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'project',
    relevantText: FACT_TEXT,
    reads: CLUSTER_FACT_READS,
  },
  check(project, context) {
    const facts = clusterFacts(project, context.config);
    // kube-proxy that tells pod traffic by Calico's interface prefix masquerades no pool's traffic: the rule's own fix.
    if (facts.kubeProxyLocalByInterface) return;
    const podRanges = facts.ranges.filter((fact) => fact.role === 'pods');
    for (const pool of distinctPools(project.pools.pools)) {
      if (isLoadBalancerPool(pool)) continue;
      const sameFamily = podRangesLeftOut(pool, podRanges);
      if (sameFamily.length === 0) continue;
      // installation-pool-outside-pod-cidr reports what the operator refuses.
      if (operatorChecksPodCidr(project, pool) && sameFamily.some(isKubeadm)) continue;
      // kubeadm's podSubnet and its controllerManager.extraArgs.cluster-cidr usually say the same range: name it once,
      // from its first source. Ranges that differ (a cluster-cidr that overrides podSubnet) each name their own source.
      const distinct = sameFamily.filter((fact, i) => sameFamily.findIndex((other) => other.range.text === fact.range.text) === i);
      const cited = distinct.length === 1
        ? `${distinct[0]!.range.text} (${factOrigin(distinct[0]!, context)})`
        : distinct.map((fact) => `${fact.range.text} (${factOrigin(fact, context)})`).join(', ');
      context.report({
        ...cidrLocation(pool),
        message: `${poolLabel(pool)} is outside the pod CIDR ${cited}: kube-proxy masquerades its pods' traffic to Services (detect-local-mode ClusterCIDR), ` +
          'so backends and their network policy see the node\'s address instead of the pod\'s.',
        related: distinct.flatMap((fact) => factRelated(fact, `pod CIDR ${fact.range.text}`)),
      });
    }
  },
};
