import { docsUrl, type ProjectRule, type RuleContext } from '../src/engine/rule.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import {
  disabledPath, isDisabled, MIGRATE_POOLS_URL, poolLabel, poolRequests, poolsByName, requestsPool, type PoolRequest,
} from '../src/resources/pool-change.js';
import { quote } from '../src/text.js';

/**
 * A pool that a change removes or disables while the head side still asks for
 * it. Calico serves a requested pool only if it exists and is enabled; else
 * the pod fails to start ("the given pool (<cidr>) does not exist, or is not
 * enabled", libcalico-go lib/ipam/ipam.go determinePools), and a Service
 * gets no LoadBalancer address (kube-controllers loadbalancer controller).
 * Requests are the CNI annotations of Namespaces, Pods and pod templates,
 * Calico's LoadBalancer annotations on Services, and the CNI config's
 * ipv4_pools / ipv6_pools, by pool name or exact CIDR.
 * A removed pool has no line left on the head side, so each request is
 * reported where it is written; a disabled pool is reported where it is
 * disabled, naming the requests.
 */
export const ippoolRemovedInUse: ProjectRule = {
  meta: {
    id: 'ippool-removed-in-use',
    description: 'A pool must not be removed or disabled while Namespaces, pods, pod templates, Services or the CNI config still request it (compared with the base branch).',
    remediation: `Move the requests to another pool first (${MIGRATE_POOLS_URL}), or keep the pool until nothing requests it.`,
    docsUrl: docsUrl('ippool-removed-in-use'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    relevantText: /IPPool|Installation|ipv[46]pools|ipv[46]_pools/,
    // poolRequests: the entries of a ConfigMap's data that hold a CNI config's pool lists.
    reads: [{ kinds: ['ConfigMap'], paths: [['data', { matches: /"ipv[46]_pools"/ }]] }],
    comparesBase: true,
  },
  check(project, context) {
    if (project.base === undefined) return;
    const before = poolsByName(project.base.pools.pools);
    const now = poolsByName(project.pools.pools);
    const gone = [...before].filter(([name, pool]) => !now.has(name) && !isDisabled(pool));
    const disabled = [...now].filter(([name, pool]) => isDisabled(pool) && before.has(name) && !isDisabled(before.get(name)!));
    if (gone.length === 0 && disabled.length === 0) return;
    const requests = poolRequests(project.resources);
    // A CIDR still served by an enabled head pool (a pool renamed, say) is no broken request.
    const servedCidrs = new Set(project.pools.pools.filter((pool) => !isDisabled(pool) && pool.cidr).map((pool) => pool.cidr!.canonical));
    const askingFor = (name: string, pool: IndexedPool): PoolRequest[] =>
      requests.filter((request) => request.entries.some((entry) =>
        entry === name || (!servedCidrs.has(pool.cidr?.canonical ?? '') && requestsPool(entry, name, pool.cidr))));

    for (const [name, pool] of gone) {
      for (const request of askingFor(name, pool)) {
        context.report({
          resource: request.resource,
          path: request.path,
          message:
            `pool ${quote(name)} is removed in this change but ${request.who} still requests it (${request.via}; ` +
            `the pool was ${poolLabel(pool, name)} at ${context.where({ resource: pool.definition.resource, path: pool.definition.namePath })} on the base branch). ` +
            `${consequence(request)} Move the request to another pool first, or keep the pool until nothing requests it (${MIGRATE_POOLS_URL}).`,
        });
      }
    }
    for (const [name, pool] of disabled) {
      reportDisabled(name, pool, askingFor(name, pool), context);
    }
  },
};

const MAX_NAMED = 3;

function reportDisabled(name: string, pool: IndexedPool, requests: PoolRequest[], context: RuleContext): void {
  if (requests.length === 0) return;
  const named = requests.slice(0, MAX_NAMED).map((request) => `${request.who} (${context.where({ resource: request.resource, path: request.path })})`);
  if (requests.length > MAX_NAMED) named.push(`${requests.length - MAX_NAMED} more`);
  context.report({
    resource: pool.definition.resource,
    path: disabledPath(pool),
    message:
      `pool ${quote(name)} is disabled in this change but ${named.join(', ')} still request${requests.length === 1 ? 's' : ''} it. ` +
      'Calico assigns no address from a disabled pool, even on request: new pods that ask for it fail to start. ' +
      `Move the requests to another pool before disabling it (${MIGRATE_POOLS_URL}).`,
    related: requests.map((request) => ({ resource: request.resource, path: request.path, message: `${request.who} requests pool ${quote(name)} here` })),
  });
}

function consequence(request: PoolRequest): string {
  if (request.resource.kind === 'Service') return 'The Service gets no LoadBalancer address from it.';
  return 'Calico fails new pods that ask for it ("the given pool does not exist, or is not enabled").';
}
