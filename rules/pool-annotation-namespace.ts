import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { parseCalicoCidr as parseCidr } from '../src/net/calico-cidr.js';
import {
  annotationSites,
  CALICO_ANNOTATIONS,
  parseStringList,
  type AnnotationSite,
} from '../src/resources/calico-annotations.js';
import type { InfraPoolConfig, PoolIndex } from '../src/resources/pool-index.js';
import { namespaceMatches } from '../src/resources/namespace-match.js';
import type { LintConfig } from '../src/config/schema.js';
import { quote } from '../src/text.js';

/**
 * Infrastructure pools are reserved for the namespaces listed in
 * `infraPools[].allowedNamespaces`. A pod asks for a pool by name or by CIDR
 * in ipv4pools/ipv6pools, or for an address inside it with ipAddrs; a
 * Namespace annotation asks on behalf of every pod in it. IPAM honours such a
 * request whatever the pool's nodeSelector says, so the linter is the guard.
 */
export const poolAnnotationNamespace: ProjectRule = {
  meta: {
    id: 'pool-annotation-namespace',
    description: 'Infra pools may be requested by annotation only in the namespaces allowed to use them.',
    remediation:
      'Remove the annotation from workloads outside the allowed namespaces, or add the namespace to `infraPools[].allowedNamespaces`.',
    docsUrl: docsUrl('pool-annotation-namespace'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    // Calico annotations, and the pools they name.
    relevantText: /projectcalico\.org|IPPool|Installation|calicoNetwork/,
  },
  check(project, context) {
    if (context.config.infraPools.length === 0) return;
    for (const resource of project.resources) {
      for (const site of annotationSites(resource)) {
        if (site.kind === 'controller') continue; // Calico ignores it there; pool-annotation-valid says so
        for (const [key, requests] of Object.entries(requestedInfraPools(site, project.pools, context.config))) {
          const forbidden = requests.filter((request) => !namespaceMatches(site.namespace, request.pool.allowedNamespaces));
          if (forbidden.length === 0) continue;
          context.report({
            resource,
            path: [...site.path, key],
            message: forbidden.map((request) => describe(site, key, request)).join(' '),
          });
        }
      }
    }
  },
};

interface InfraRequest {
  pool: InfraPoolConfig;
  /** How the annotation names the pool: its name, its CIDR, or an address in it. */
  how: string;
}

/** Infra pools each Calico annotation of the site asks for, by annotation key. */
function requestedInfraPools(site: AnnotationSite, pools: PoolIndex, config: LintConfig): Record<string, InfraRequest[]> {
  const infraByName = new Map(config.infraPools.map((pool) => [pool.name, pool]));
  const result: Record<string, InfraRequest[]> = {};
  // Calico reads ipAddrs from the pod only; on a Namespace it does nothing. With ipAddrs set, the CNI
  // plugin asks IPAM for that address and ignores ipv4pools/ipv6pools (cni-plugin/pkg/k8s/k8s.go), so
  // an infra pool named there is never used.
  const ipAddrs = site.kind === 'pod' ? site.annotations[CALICO_ANNOTATIONS.ipAddrs] : undefined;
  const poolsIgnored = typeof ipAddrs === 'string' && ipAddrs !== '';
  const keys: string[] = poolsIgnored ? [] : [CALICO_ANNOTATIONS.ipv4pools, CALICO_ANNOTATIONS.ipv6pools];
  if (site.kind === 'pod') keys.push(CALICO_ANNOTATIONS.ipAddrs);
  for (const key of keys) {
    const parsed = parseStringList(site.annotations[key]);
    if (!parsed.ok) continue; // malformed values are pool-annotation-valid's to report
    const requests: InfraRequest[] = [];
    const seen = new Set<string>();
    const add = (pool: InfraPoolConfig | undefined, how: string): void => {
      if (pool && !seen.has(pool.name)) {
        seen.add(pool.name);
        requests.push({ pool, how });
      }
    };
    for (const entry of parsed.items) {
      const cidr = parseCidr(entry);
      if (key === CALICO_ANNOTATIONS.ipAddrs) {
        if (!cidr.ok || entry.includes('/')) continue;
        for (const pool of pools.containing(cidr.cidr)) add(pool.infra, `address ${quote(entry)}`);
      } else if (cidr.ok && entry.includes('/')) {
        // Calico takes an entry for a CIDR only when net.ParseCIDR accepts it: a bare IP is a (missing) pool name.
        for (const pool of pools.byCidr(cidr.cidr)) add(pool.infra, `CIDR ${quote(entry)}`);
      } else {
        add(infraByName.get(entry), 'name');
      }
    }
    if (requests.length > 0) result[key] = requests;
  }
  return result;
}

function describe(site: AnnotationSite, key: string, request: InfraRequest): string {
  const who =
    site.kind === 'namespace'
      ? `Namespace ${quote(site.namespace)} asks, for every pod in it,`
      : `${site.resource.displayName} asks`;
  const allowed = request.pool.allowedNamespaces.length
    ? `only ${request.pool.allowedNamespaces.map((ns) => quote(ns)).join(', ')} may use it`
    : 'no namespace is allowed to use it';
  return (
    `${who} for infra pool ${quote(request.pool.name)} (by ${request.how}) in \`${key}\`, ` +
    `but namespace ${quote(site.namespace)} is not allowed (${allowed}). ` +
    'Remove the request, or add the namespace to `infraPools[].allowedNamespaces`.'
  );
}
