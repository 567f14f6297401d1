import { docsUrl, type ProjectRule, type RuleContext } from '../src/engine/rule.js';
import { FACT_TEXT, isDisabled, isLoadBalancerPool, poolLabel } from '../src/facts/pools.js';
import { parseCalicoCidr as parseCidr } from '../src/net/calico-cidr.js';
import { getIn } from '../src/resources/resource.js';
import { parseStringList } from '../src/resources/calico-annotations.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import { isPlainObject, type Resource } from '../src/resources/resource.js';
import { quote } from '../src/text.js';

const LB_ANNOTATIONS = ['projectcalico.org/ipv4pools', 'projectcalico.org/ipv6pools', 'projectcalico.org/loadBalancerIPs'] as const;
const CNI_PREFIX = 'cni.projectcalico.org/';

/**
 * Calico's LoadBalancer IPAM (kube-controllers, loadbalancer controller)
 * reads `projectcalico.org/ipv4pools`, `ipv6pools` and `loadBalancerIPs` on a
 * Service, and assigns only from pools with `allowedUses: [LoadBalancer]`
 * (docs: networking/ipam/service-loadbalancer). The `cni.` annotations are
 * the CNI plugin's, read on pods and namespaces only.
 *
 * kube-controllers reads them only on a Service of type LoadBalancer whose
 * loadBalancerClass is unset or "calico" (kube-controllers/pkg/controllers/loadbalancer/
 * loadbalancer_controller.go IsCalicoManagedLoadBalancer, 905-935 at 87c1590):
 * on any other Service they are ignored, which is no error.
 */
export const serviceLoadbalancerAnnotation: ProjectRule = {
  meta: {
    id: 'service-loadbalancer-annotation',
    description:
      'Calico LoadBalancer annotations on a Service must parse and name existing LoadBalancer pools and addresses inside them; `cni.projectcalico.org/` annotations do nothing on a Service.',
    remediation: 'Name a pool with `allowedUses: [LoadBalancer]`, by name or exact CIDR, and addresses inside such a pool; use `projectcalico.org/` on Services.',
    docsUrl: docsUrl('service-loadbalancer-annotation'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: new RegExp(`${FACT_TEXT.source}|projectcalico\\.org`),
  },
  check(project, context) {
    for (const resource of project.resources) {
      if (resource.kind !== 'Service' || resource.apiVersion !== 'v1' || !isCalicoManaged(resource)) continue;
      const annotations = resource.metadata.annotations;
      if (!isPlainObject(annotations)) continue;
      for (const [key, value] of Object.entries(annotations)) {
        if (key.startsWith(CNI_PREFIX)) {
          context.report({
            resource,
            path: ['metadata', 'annotations', key],
            part: 'key',
            message: `\`${quote(key).slice(1, -1)}\` is a CNI annotation, read on pods and namespaces only: on a Service it does nothing. ` +
              `For LoadBalancer IPAM write \`projectcalico.org/${key.slice(CNI_PREFIX.length)}\`.`,
          });
        } else if ((LB_ANNOTATIONS as readonly string[]).includes(key)) {
          checkAnnotation(resource, key, value, project.pools.pools.length > 0, project.pools, context);
        }
      }
    }
  },
};

/** type LoadBalancer (the default type is ClusterIP), and no loadBalancerClass other than "calico". */
function isCalicoManaged(service: Resource): boolean {
  const type = getIn(service.object, ['spec', 'type']);
  const loadBalancerClass = getIn(service.object, ['spec', 'loadBalancerClass']);
  return type === 'LoadBalancer' && (loadBalancerClass === undefined || loadBalancerClass === null || loadBalancerClass === 'calico');
}

interface Pools {
  byName(name: string): readonly IndexedPool[];
  byCidr(cidr: NonNullable<IndexedPool['cidr']>): readonly IndexedPool[];
  containing(address: NonNullable<IndexedPool['cidr']>): IndexedPool[];
}

function checkAnnotation(resource: Resource, key: string, value: unknown, anyPools: boolean, pools: Pools, context: RuleContext): void {
  const path = ['metadata', 'annotations', key];
  const report = (message: string): void => context.report({ resource, path, message: `\`${key}\` ${message}` });
  const parsed = parseStringList(value);
  if (!parsed.ok) return report(`${parsed.problem}.`);
  const addresses = key.endsWith('loadBalancerIPs');
  const family = key.includes('ipv6') ? 6 : 4;
  if (addresses) {
    // parseAnnotations (loadbalancer_controller.go:972-995): cnet.ParseIP each entry (no prefix length), at most one per family.
    const unparsed = parsed.items.find((entry) => entry.includes('/') || !parseCidr(entry).ok);
    if (unparsed !== undefined) {
      return report(`lists ${quote(unparsed)}, which is not an IP address${parseCidr(unparsed).ok ? ' (write it without a prefix length)' : ''}: kube-controllers ` +
        `refuses the whole annotation ("could not parse ${quote(unparsed).slice(1, -1)} as a valid IP address") and assigns no address.`);
    }
    const counts = { 4: 0, 6: 0 };
    for (const entry of parsed.items) {
      const address = entry.includes('/') ? undefined : parseCidr(entry);
      if (address?.ok) counts[address.cidr.family]++;
    }
    if (counts[4] > 1 || counts[6] > 1) {
      return report(`lists ${counts[4]} IPv4 and ${counts[6]} IPv6 addresses: kube-controllers accepts at most one of each family ` +
        `("at max only one ipv4 and one ipv6 address can be specified. Received ${counts[4]} ipv4 and ${counts[6]} ipv6 addresses") and assigns none. Keep one address per family.`);
    }
  }
  if (!anyPools) return; // the pools are defined elsewhere
  for (const entry of parsed.items) {
    const cidr = parseCidr(entry);
    if (addresses) {
      if (!cidr.ok) continue;
      const inside = pools.containing(cidr.cidr).filter(isLoadBalancerPool);
      if (inside.length === 0) report(`lists ${quote(entry)}, which is inside no LoadBalancer pool of this cluster: Calico cannot assign it.`);
      continue;
    }
    const found = cidr.ok ? pools.byCidr(cidr.cidr) : pools.byName(entry);
    if (found.length === 0) {
      report(`names ${quote(entry)}, which is no pool of this cluster (by name or exact CIDR): Calico assigns no address.`);
    } else if (found[0]!.cidr && found[0]!.cidr.family !== family) {
      report(`names ${poolLabel(found[0]!)}, an IPv${found[0]!.cidr.family} pool, in the IPv${family} list.`);
    } else if (!found.some(isLoadBalancerPool)) {
      report(`names ${poolLabel(found[0]!)}, which has no \`LoadBalancer\` in allowedUses: Calico assigns Service addresses only from LoadBalancer pools.`);
    } else if (found.every(isDisabled)) {
      report(`names ${poolLabel(found[0]!)}, which is disabled.`);
    }
  }
}
