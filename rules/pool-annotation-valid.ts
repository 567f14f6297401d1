import { isWrittenAsJson, writtenPair } from '../src/resources/written-pair.js';
import { isJsonStream } from '../src/parse/kubectl-reading.js';
import { isInferredScopeName } from '../src/engine/inferred-scopes.js';
import { docsUrl, type Location, type ProjectRule, type ProjectScope, type RuleContext } from '../src/engine/rule.js';
import type { Path } from '../src/parse/source.js';
import { addFieldEdit, REMOVED, removePairEdit, type FixRequest, type SuggestionRequest } from '../src/engine/fix.js';
import { calicoAtLeast } from '../src/config/calico-version.js';
import type { Cidr } from '../src/net/cidr.js';
import { parseCalicoCidr as parseCidr } from '../src/net/calico-cidr.js';
import {
  annotationSites,
  CALICO_ANNOTATIONS,
  CALICO_WRITTEN_ANNOTATIONS,
  parseStringList,
  type AnnotationSite,
  type CalicoAnnotationName,
} from '../src/resources/calico-annotations.js';
import type { IndexedPool } from '../src/resources/pool-index.js';
import { INSTALLATION_API_VERSION } from '../src/resources/calico-models.js';
import { getIn, type Resource } from '../src/resources/resource.js';
import { isEnvsubstVariable } from '../src/resources/placeholder.js';
import { closest, escapeControl, quote } from '../src/text.js';

/**
 * Checks Calico's CNI annotations against the pools of the same cluster scope,
 * the way the CNI plugin reads them (cni-plugin/pkg/k8s/k8s.go), resolves pool
 * names and CIDRs (cni-plugin/internal/pkg/utils/utils.go ResolvePools) and
 * hands them to IPAM (libcalico-go/lib/ipam/ipam.go determinePools, AssignIP).
 * Every mistake here either fails the pod at sandbox creation or does nothing.
 */
export const poolAnnotationValid: ProjectRule = {
  meta: {
    id: 'pool-annotation-valid',
    description:
      'Calico CNI annotations (ipv4pools, ipv6pools, ipAddrs, ipAddrsNoIpam, floatingIPs, ipFamilies) must parse, ' +
      'sit where Calico reads them, and name pools and addresses that exist, are enabled and have the right family in the same cluster.',
    remediation:
      'Write the value as a JSON list with ASCII quotes, on the pod template (not the controller), naming an enabled pool of the right ' +
      'family by its name or exact CIDR; the message says what to write.',
    docsUrl: docsUrl('pool-annotation-valid'),
    defaultSeverity: 'error',
    fixable: 'code',
    hasSuggestions: true,
    scope: 'project',
    // Calico annotations, the pools they name (also inside Helm values), and the CNI config (calico-config) that enables features.
    relevantText: /projectcalico\.org|IPPool|Installation|calicoNetwork|calico-config/,
    // The CNI config of a manifest install, whose feature_control decides whether ipAddrsNoIpam and floatingIPs work.
    reads: [{ kinds: ['ConfigMap'], when: { path: ['metadata', 'name'], equals: 'calico-config' }, paths: [['data', 'cni_network_config']] }],
  },
  check(scope, context) {
    const checker = new Checker(scope, context);
    // A resource shared by inferred scopes may land in any of them: its pool may be in any (src/engine/inferred-scopes.ts).
    let wholeChecker: Checker | undefined;
    for (const resource of scope.resources) {
      const forResource = scope.whole && scope.shared?.has(resource) ? (wholeChecker ??= new Checker(scope.whole, context)) : checker;
      for (const site of annotationSites(resource)) forResource.site(site);
    }
  },
};

const PREFIX = 'cni.projectcalico.org/';

/** Kubernetes' limit on the total size of an object's annotations (apimachinery TotalAnnotationSizeLimitB). */
const MAX_ANNOTATIONS_SIZE = 256 * 1024;

/** Name comparisons allowed for "did you mean" suggestions in one cluster scope (see Checker.suggest). */
const SUGGESTION_BUDGET = 2_000_000;
const K = CALICO_ANNOTATIONS;
const NAME_OF_KEY = new Map<string, CalicoAnnotationName>(
  (Object.entries(CALICO_ANNOTATIONS) as Array<[CalicoAnnotationName, string]>).map(([name, key]) => [key, name]),
);
const WRITTEN = new Set<string>(CALICO_WRITTEN_ANNOTATIONS);

/**
 * Other keys under the prefix that Calico (or Calico VPP) reads or writes. A key
 * close to one of the checked annotations is reported as a typo unless it is one
 * of these (or carries an interface name, `cni.projectcalico.org/eth1.ipAddrs`).
 */
const OTHER_KNOWN_SUFFIXES = new Set([
  'hwAddr', 'allowedSourcePrefixes', 'AllowedSourcePrefixes', 'networks', 'vlan', 'podNetns', 'network-status',
]);

/** Annotations Calico reads only from the pod itself, never from its Namespace (k8s.go reads them from `annot`). */
const POD_ONLY: ReadonlySet<CalicoAnnotationName> = new Set(['ipAddrs', 'ipAddrsNoIpam', 'floatingIPs']);

const EXAMPLES: Readonly<Record<CalicoAnnotationName, string>> = {
  ipv4pools: '["pool-name"]',
  ipv6pools: '["pool-name"]',
  ipAddrs: '["10.0.0.5"]',
  ipAddrsNoIpam: '["10.0.0.5"]',
  floatingIPs: '["203.0.113.10"]',
  ipFamilies: '["IPv4"]',
};

const ENTRY_WORDS: Readonly<Record<CalicoAnnotationName, string>> = {
  ipv4pools: 'a quoted name or CIDR',
  ipv6pools: 'a quoted name or CIDR',
  ipAddrs: 'a quoted IP address',
  ipAddrsNoIpam: 'a quoted IP address',
  floatingIPs: 'a quoted IP address',
  ipFamilies: 'a quoted "IPv4" or "IPv6"',
};

type Family = 4 | 6;

class Checker {
  private readonly scopeLabel: string;

  constructor(private readonly scope: ProjectScope, private readonly context: RuleContext) {
    const named = context.config.clusters.some((cluster) => cluster.name === scope.name);
    this.scopeLabel = named ? `cluster ${quote(scope.name)}` : isInferredScopeName(scope.name) ? `folder ${quote(scope.name)} and the files it shares` : 'the linted files';
  }

  site(site: AnnotationSite): void {
    // k8s.go: with ipAddrs set the CNI plugin asks IPAM for that address; ipv4pools/ipv6pools are
    // still parsed (a parse error fails the pod) but never resolved (ipam_plugin.go: the IP branch).
    const ipAddrs = site.kind === 'pod' ? site.annotations[K.ipAddrs] : undefined;
    const poolsIgnored = typeof ipAddrs === 'string' && ipAddrs !== '';
    for (const [key, value] of Object.entries(site.annotations)) {
      const at = (part: 'key' | 'value' = 'value') => ({ resource: site.resource, path: [...site.path, key] as Path, part });
      const report = (message: string, part: 'key' | 'value' = 'value', related?: Array<Location & { message: string }>, fix?: FixRequest) =>
        this.context.report({ ...at(part), message: sentence(message), ...(related?.length ? { related } : {}), ...(fix && { fix }) });

      if (WRITTEN.has(key)) {
        const hint = key.endsWith('/containerID') ? '' : `; to request an address, use ${c(K.ipAddrs)}`;
        report(
          `${c(key)} is written by Calico itself when it sets up the pod: a value written by hand does not choose anything ` +
            `and is overwritten. Remove it${hint}`,
          'key',
        );
        continue;
      }
      const name = NAME_OF_KEY.get(key);
      if (name === undefined) {
        const typo = typoOf(key);
        if (typo) {
          report(
            `${quote(key)} is not an annotation Calico reads, so it does nothing` +
              `${key.toLowerCase() === typo.toLowerCase() ? ' (keys are case-sensitive)' : ''}. Did you mean ${c(typo)}?`,
            'key',
          );
        }
        continue;
      }
      if (site.kind === 'controller') {
        const template = site.resource.podTemplates[0]!;
        const target = [...template.path, 'metadata', 'annotations'].join('.');
        const already = Object.prototype.hasOwnProperty.call(template.metadata.annotations ?? {}, key)
          ? ' (the pod template already sets it: delete this copy)'
          : '';
        this.context.report({
          ...at('key'),
          message: sentence(
            `${c(key)} on a ${escapeControl(site.resource.kind)}'s own metadata does nothing: Calico reads it only from pods and Namespaces. ` +
              `Move it to ${c(target)}${already}`,
          ),
          suggest: [moveToTemplate(site.resource, [...site.path, key], [...template.path, 'metadata', 'annotations'], key, value, already !== '')],
        });
        continue;
      }
      if (site.kind === 'namespace' && POD_ONLY.has(name)) {
        report(
          `${c(key)} on a Namespace does nothing: Calico reads it only from the pod's own annotations ` +
            `(only ipv4pools, ipv6pools and ipFamilies are read from the Namespace). Move it to the pod or pod template that needs it`,
          'key',
        );
        continue;
      }
      // Calico treats an empty value as "not set" (k8s.go tests len(...) != 0 or != "").
      if (value === '' || value === null) continue;
      if (isEnvsubstVariable(value)) {
        // `'${CALICO_IPV4POOLS_JSON}'`: Flux, envsubst or clusterctl fills it in (src/resources/placeholder.ts). Unknown, so
        // not judged; but a policy on infra pools cannot be checked against it, and a hidden request must not pass it.
        if (this.context.config.infraPools.length > 0) {
          report(`${c(key)} is a placeholder (${c(String(value))}) filled in before the manifest is applied, so calico-lint cannot ` +
            'check the pools it requests against `infraPools`. Write the list itself here, e.g. ' + c(`${key}: '${EXAMPLES[name]}'`));
        }
        continue;
      }
      if (typeof value === 'string' && value.length > MAX_ANNOTATIONS_SIZE) {
        // Not parsed: a value this long is rejected by Kubernetes anyway, and could hold a million entries.
        report(
          `${c(key)} is ${Math.ceil(value.length / 1024)} KB long, but Kubernetes rejects an object whose annotations ` +
            'total more than 256 KB ("metadata.annotations: Too long: must have at most 262144 bytes"). List only the pools or addresses meant',
        );
        continue;
      }

      const parsed = parseStringList(value, { example: EXAMPLES[name], entry: ENTRY_WORDS[name] });
      if (!parsed.ok) {
        const problem = parsed.problem;
        const repaired = repairList(value);
        // In a JSON manifest the list goes in a JSON string: `"…/ipv4pools": "[\"infra\"]"`.
        const written = repaired && (isWrittenAsJson(site.resource) ? writtenPair(site.resource, key, repaired.slice(1, -1)) : c(`${key}: ${repaired}`));
        const fix = written ? `. Write it as ${written}` : '';
        report(`${c(key)} ${problem}${fix}${this.afterRepair(key, name, value)}`, 'value', undefined, repairFix(site.resource, [...site.path, key], value));
        continue;
      }
      const messages = new Set<string>();
      const once = (message: string, related?: Array<Location & { message: string }>) => {
        if (messages.has(message)) return;
        messages.add(message);
        report(message, 'value', related);
      };
      switch (name) {
        case 'ipv4pools':
        case 'ipv6pools': {
          if (poolsIgnored) break;
          const resolved: IndexedPool[] = [];
          for (const entry of parsed.items) {
            const pool = this.poolEntry(key, name === 'ipv4pools' ? 4 : 6, entry, once);
            if (pool) resolved.push(pool);
          }
          this.poolUses(key, resolved, once);
          break;
        }
        case 'ipAddrs':
        case 'ipAddrsNoIpam':
        case 'floatingIPs':
          this.addresses(key, name, parsed.items, once, value);
          if (name === 'ipAddrsNoIpam') this.bothAddrs(site, once);
          // With both ipAddrs and ipAddrsNoIpam set, Calico fails on that first (k8s.go), before the feature check.
          if (name === 'floatingIPs' || (name === 'ipAddrsNoIpam' && !hasValue(site.annotations[K.ipAddrs]))) {
            if (parsed.items.length > 0) this.feature(key, name, once);
          }
          break;
        case 'ipFamilies':
          this.families(key, parsed.items, once, value);
          break;
      }
    }
  }

  /**
   * What would still be wrong once the quotes are fixed (the published recipe
   * also names a pool that does not exist): the pool checks, run on the
   * repaired entries and appended to the parse message.
   */
  private afterRepair(key: string, name: CalicoAnnotationName, value: unknown): string {
    if ((name !== 'ipv4pools' && name !== 'ipv6pools') || repairList(value) === undefined) return '';
    const later: string[] = [];
    for (const entry of guessList(value) ?? []) {
      this.poolEntry(key, name === 'ipv4pools' ? 4 : 6, entry, (message) => later.push(message));
    }
    return later.length > 0 ? `. Even then: ${later.join(' ')}` : '';
  }

  // ── ipv4pools / ipv6pools ────────────────────────────────────────────────

  /** Checks one entry; returns the pool it names, when there is one. */
  private poolEntry(key: string, family: Family, entry: string, report: Reporter): IndexedPool | undefined {
    const other = family === 4 ? K.ipv6pools : K.ipv4pools;
    const calicoFamilyError = `Calico fails the pod: "isn't a IPv${family} address"`;
    // ResolvePools: anything net.ParseCIDR accepts is a CIDR, everything else a pool name.
    if (entry.includes('/')) {
      const parsed = parseCidr(entry);
      if (!parsed.ok) {
        report(
          `${c(key)}: ${quote(entry)} is neither a valid CIDR (${parsed.reason}) nor a pool name ` +
            `(Calico fails the pod: "error parsing pool"). Write a pool's name or its exact CIDR`,
        );
        return;
      }
      // Host bits are masked, not refused (utils.go ResolvePools: net.ParseCIDR returns the masked network).
      const cidr = parsed.cidr;
      if (cidr.family !== family) {
        report(`${c(key)}: ${quote(entry)} is an IPv${cidr.family} CIDR, but ${c(key)} takes IPv${family} pools only (${calicoFamilyError}). Move it to ${c(other)}`);
        return;
      }
      const exact = this.scope.pools.byCidr(cidr);
      if (exact.length > 0) return this.requestedPool(key, exact, report);
      const gone = `Calico fails the pod: "the given pool (${cidr.canonical}) does not exist, or is not enabled"`;
      if (this.scope.pools.pools.length === 0) {
        report(`${c(key)}: no pool has CIDR ${quote(entry)} (${gone}): ${this.noPools()}`);
        return;
      }
      const around = this.scope.pools.containing(cidr).filter((pool) => pool.cidr!.canonical !== cidr.canonical);
      if (around.length > 0) {
        const pool = around[0]!;
        report(
          `${c(key)}: ${quote(entry)} is not the CIDR of any pool in ${this.scopeLabel}; it lies inside pool ${label(pool)} (${pool.cidr!.canonical}), ` +
            `and Calico accepts only a pool's exact CIDR, not a subset (${gone}). Write ${writeAs(pool)}`,
          [related(pool, 'the pool that contains it')],
        );
        return;
      }
      const inside = this.scope.pools.pools.filter((pool) => pool.cidr && pool.cidr.family === cidr.family && cidr.first <= pool.cidr.first && pool.cidr.last <= cidr.last);
      const hint = inside.length > 0
        ? `; pool ${label(inside[0]!)} (${inside[0]!.cidr!.canonical}) lies inside it. Write ${writeAs(inside[0]!)} to use that pool`
        : `. Write a pool's name or its exact CIDR${this.knownPools(family)}`;
      report(
        `${c(key)}: ${quote(entry)} is not the CIDR of any pool in ${this.scopeLabel} (${gone})${hint}`,
        inside.length > 0 ? [related(inside[0]!, 'a pool inside that CIDR')] : undefined,
      );
      return;
    }

    const named = this.scope.pools.byName(entry);
    if (named.length > 0) {
      const pool = named[0]!;
      if (pool.cidr && pool.cidr.family !== family) {
        report(
          `${c(key)}: pool ${quote(entry)} is IPv${pool.cidr.family} (${pool.cidr.canonical}), but ${c(key)} takes IPv${family} pools only ` +
            `(${calicoFamilyError}). Move it to ${c(other)}`,
          [related(pool, 'the pool')],
        );
        return;
      }
      return this.requestedPool(key, named, report);
    }
    const notFound = 'Calico fails the pod: "error parsing pool"';
    const address = parseCidr(entry);
    if (address.ok) {
      const owner = this.scope.pools.containing(address.cidr)[0];
      const pick = owner ? `Write ${writeAs(owner)} to use the pool that contains it` : 'Write a pool\'s name or its exact CIDR';
      report(
        `${c(key)}: ${quote(entry)} is an IP address, not a pool name or CIDR (${notFound}). ${pick}; to request this exact address, use ${c(K.ipAddrs)}`,
      );
      return;
    }
    if (this.scope.pools.pools.length === 0) {
      report(`${c(key)}: no pool is named ${quote(entry)} (${notFound}): ${this.noPools()}`);
      return;
    }
    const guess = this.suggest(entry, family);
    if (guess !== undefined) {
      report(
        `${c(key)}: no pool is named ${quote(entry)} in ${this.scopeLabel} (${notFound}). Did you mean ${quote(guess)}?`,
        [related(this.scope.pools.byName(guess)[0]!, 'the pool with the closest name')],
      );
      return;
    }
    report(`${c(key)}: no pool is named ${quote(entry)} in ${this.scopeLabel} (${notFound}). Write the name of an existing pool${this.knownPools(family)}`);
  }

  /** A pool that the entry resolved to: it must be enabled (determinePools). */
  private requestedPool(key: string, pools: readonly IndexedPool[], report: Reporter): IndexedPool | undefined {
    const pool = pools.find((p) => !isDisabled(p)) ?? pools[0]!;
    if (isDisabled(pool)) {
      const field = pool.definition.origin === 'Installation' ? 'disableNewAllocations: true' : 'spec.disabled: true';
      const cidr = pool.cidr ? pool.cidr.canonical : quote(pool.definition.spec.cidr);
      report(
        `${c(key)}: pool ${label(pool)} is disabled (${c(field)}), so Calico refuses it ` +
          `("the given pool (${cidr}) does not exist, or is not enabled"). Enable the pool or request another one`,
        [related(pool, 'the disabled pool', disabledPath(pool))],
      );
      return undefined;
    }
    return pool;
  }

  /**
   * IPAM filters the requested pools by use (ipam.go prepareAffinityBlocksForHost, filterPoolsByUse):
   * a Tunnel-only pool listed beside a Workload pool is skipped; only when no listed pool allows
   * Workload use does the pod fail.
   */
  private poolUses(key: string, pools: readonly IndexedPool[], report: Reporter): void {
    if (pools.length === 0 || pools.some(allowsWorkload)) return;
    const pool = pools[0]!;
    const uses = pool.definition.spec.allowedUses as unknown[];
    const others = pools.length > 1 ? ', and neither does any other pool listed' : '';
    report(
      `${c(key)}: pool ${label(pool)} does not allow Workload use (allowedUses: ${uses.slice(0, 5).map((u) => quote(u)).join(', ')}${uses.length > 5 ? ', …' : ''})${others}, ` +
        'so Calico never gives pods addresses from it ("no pools match the required use (Workload)"). ' +
        'Add Workload to its allowedUses or request another pool',
      [related(pool, 'the pool', [...pool.definition.specPath, 'allowedUses'])],
    );
  }

  /**
   * ipAddrsNoIpam and floatingIPs fail the pod unless the CNI config's feature_control enables them
   * (k8s.go: "requested feature is not enabled: ip_addrs_no_ipam" / "floating_ips"). The operator's
   * CNI config never sets feature_control (tigera/operator pkg/render has no such key); a manifest
   * install sets it in the calico-config ConfigMap's cni_network_config. Reported only when the
   * linted files show which one configures the CNI.
   */
  private feature(key: string, name: CalicoAnnotationName, report: Reporter): void {
    const flag = name === 'ipAddrsNoIpam' ? 'ip_addrs_no_ipam' : 'floating_ips';
    const failure = `Calico fails the pod: "requested feature is not enabled: ${flag}"`;
    const fix = name === 'ipAddrsNoIpam'
      ? `Use ${c(K.ipAddrs)}, which takes the address from a pool through IPAM`
      : 'Remove it';
    const cni = this.cniConfig();
    if (cni.configMaps.length > 0) {
      if (cni.configMaps.some((configMap) => enablesFeature(configMap, flag))) return;
      const configMap = cni.configMaps[0]!;
      report(
        `${c(key)} needs \`"feature_control": {"${flag}": true}\` in the CNI config, and the calico-config ConfigMap at ` +
          `${this.context.where({ resource: configMap, path: ['metadata', 'name'] })} does not enable it (${failure}). ` +
          `Enable it there (it is off by default for good reason: ${name === 'ipAddrsNoIpam' ? 'an address outside IPAM escapes its checks' : 'it changes where traffic goes'}), or: ${fix}`,
        [{ resource: configMap, path: ['metadata', 'name'], message: 'the CNI config' }],
      );
      return;
    }
    if (cni.installations.length > 0) {
      report(
        `${c(key)} needs the CNI feature ${flag}, which the Tigera operator never enables (the Installation at ` +
          `${this.context.where({ resource: cni.installations[0]!, path: ['metadata', 'name'] })} manages this cluster's CNI config), ` +
          `so Calico fails the pod ("requested feature is not enabled: ${flag}"). ${fix}`,
      );
    }
  }

  private cniConfigCache?: { configMaps: Resource[]; installations: Resource[] };

  private cniConfig(): { configMaps: Resource[]; installations: Resource[] } {
    if (this.cniConfigCache) return this.cniConfigCache;
    const configMaps: Resource[] = [];
    const installations: Resource[] = [];
    for (const resource of this.scope.resources) {
      if (resource.kind === 'ConfigMap' && resource.apiVersion === 'v1' && resource.name === 'calico-config' &&
          typeof getIn(resource.object, ['data', 'cni_network_config']) === 'string') {
        configMaps.push(resource);
      } else if (resource.kind === 'Installation' && resource.apiVersion === INSTALLATION_API_VERSION) {
        installations.push(resource);
      }
    }
    this.cniConfigCache = { configMaps, installations };
    return this.cniConfigCache;
  }

  // ── ipAddrs / ipAddrsNoIpam / floatingIPs ────────────────────────────────

  private addresses(key: string, name: CalicoAnnotationName, items: readonly string[], report: Reporter, value: unknown): void {
    if (items.length === 0) {
      if (name !== 'floatingIPs') {
        report(`${c(key)} ${emptyList(value)}, which Calico rejects ("specified but empty"). List one address per family, or remove the annotation`);
      }
      return;
    }
    const perFamily: Record<Family, number> = { 4: 0, 6: 0 };
    const valid: Array<{ text: string; cidr: Cidr }> = [];
    for (const item of items) {
      const parsed = item.includes('/') ? undefined : parseCidr(item);
      if (!parsed?.ok) {
        const bare = hostPrefixed(item);
        const why = name === 'floatingIPs' ? 'the WorkloadEndpoint fails validation' : 'Calico fails the pod: "invalid IP format"';
        const fix = bare !== undefined
          ? `Write ${quote(bare)} without the prefix length`
          : `Write a bare address such as ${name === 'floatingIPs' ? '"203.0.113.10"' : '"10.0.0.5"'} or "fd00::5"`;
        report(`${c(key)}: ${quote(item)} is not an IP address (${why}). ${fix}`);
        continue;
      }
      perFamily[parsed.cidr.family]++;
      valid.push({ text: item, cidr: parsed.cidr });
    }
    if (name !== 'floatingIPs') {
      for (const family of [4, 6] as const) {
        if (perFamily[family] > 1) {
          report(
            `${c(key)} lists ${perFamily[family]} IPv${family} addresses, but a pod gets at most one per family ` +
              `(Calico fails the pod: "cannot have more than one IPv${family} address"). Keep one`,
          );
        }
      }
    }
    if (name !== 'ipAddrs') return;
    // AssignIP: the address must lie in an enabled pool (getPoolForIP looks at enabled pools only).
    for (const { text, cidr } of valid) {
      const owners = this.scope.pools.containing(cidr);
      const notInPool = 'Calico fails the pod: "The provided IP address is not in a configured pool"';
      if (owners.length === 0) {
        if (this.scope.pools.pools.length === 0) {
          report(`${c(key)}: ${quote(text)} is in no pool (${notInPool}): ${this.noPools()}`);
        } else {
          report(`${c(key)}: ${quote(text)} is in no pool of ${this.scopeLabel} (${notInPool}). Pick an address inside an enabled IPv${cidr.family} pool${this.knownPools(cidr.family, true)}`);
        }
        continue;
      }
      const owner = owners.find((pool) => !isDisabled(pool));
      if (owner && !allowsWorkload(owner) && calicoAtLeast(this.context.config.calicoVersion, '3.33')) {
        // v3.33 ipam.go AssignIP: the ipAddrs path declares IntendedUse Workload (ipam_plugin.go), and the pool must allow it.
        const uses = owner.definition.spec.allowedUses as unknown[];
        report(
          `${c(key)}: ${quote(text)} is in pool ${label(owner)}, which does not allow Workload use (allowedUses: ` +
            `${uses.slice(0, 5).map((u) => quote(u)).join(', ')}). From Calico v3.33 IPAM refuses it and the pod fails ` +
            `(Calico: IP address ${cidr.canonical.replace(/\/\d+$/, '')} is in IP pool ${owner.name === undefined ? '…' : quote(owner.name)}, ` +
            'which is not allowed for use "Workload"). ' +
            'Pick an address in a Workload pool, or add Workload to its allowedUses',
          [related(owner, 'the pool', [...owner.definition.specPath, 'allowedUses'])],
        );
        continue;
      }
      if (owners.every(isDisabled)) {
        const pool = owners[0]!;
        const field = pool.definition.origin === 'Installation' ? 'disableNewAllocations: true' : 'spec.disabled: true';
        report(
          `${c(key)}: ${quote(text)} is in pool ${label(pool)}, which is disabled (${c(field)}); Calico assigns addresses only from enabled pools ` +
            `(${notInPool}). Enable the pool or pick another address`,
          [related(pool, 'the disabled pool', disabledPath(pool))],
        );
      }
    }
  }

  /** k8s.go: both ipAddrs and ipAddrsNoIpam on one pod is an error. Reported once, at ipAddrsNoIpam. */
  private bothAddrs(site: AnnotationSite, report: Reporter): void {
    const other = site.annotations[K.ipAddrs];
    if (other === undefined || other === '' || other === null) return;
    report(
      `${c(K.ipAddrsNoIpam)} and ${c(K.ipAddrs)} are both set, which Calico rejects ` +
        `("can't have both annotations: 'ipAddrs' and 'ipAddrsNoIpam' in use at the same time"). ` +
        `Keep only one: ipAddrs (an address from a pool, through IPAM) or ipAddrsNoIpam (bypasses IPAM)`,
      [{ resource: site.resource, path: [...site.path, K.ipAddrs], part: 'value', message: `${c(K.ipAddrs)} is set here` }],
    );
  }

  // ── ipFamilies ───────────────────────────────────────────────────────────

  private families(key: string, items: readonly string[], report: Reporter, value: unknown): void {
    if (items.length === 0) {
      report(
        `${c(key)} ${emptyList(value)}: Calico then assigns no address of either family and the pod fails ` +
          '("IPAM plugin returned missing IP config"). List "IPv4", "IPv6" or both',
      );
      return;
    }
    for (const item of items) {
      if (item === 'IPv4' || item === 'IPv6') continue;
      const lower = item.toLowerCase();
      const guess = lower.includes('4') && !lower.includes('6') ? '"IPv4"' : lower.includes('6') && !lower.includes('4') ? '"IPv6"' : undefined;
      report(
        `${c(key)}: ${quote(item)} is not an IP family; Calico accepts only "IPv4" and "IPv6", case-sensitive ` +
          `(Calico fails the pod: "error parsing ipFamilies"). ${guess ? `Write ${guess}` : 'Write "IPv4" or "IPv6"'}`,
      );
    }
  }

  // ── helpers ──────────────────────────────────────────────────────────────

  private noPools(): string {
    return `no IPPool or Installation pool is defined in ${this.scopeLabel} at all. ` +
      'Lint the pool manifests together with this file (in the same cluster, if you configure `clusters`), or fix the value';
  }

  /**
   * The pool name closest to a name that does not exist, for "did you mean".
   * Comparing every unknown name with every pool is quadratic (a dump of a big
   * cluster holds thousands of both), so the comparisons have a budget; past
   * it, messages list pools without a guess.
   */
  private suggest(entry: string, family: Family): string | undefined {
    const key = `${family} ${entry}`;
    if (this.suggestions.has(key)) return this.suggestions.get(key);
    const names = this.poolNames(family);
    let guess: string | undefined;
    if (names.length <= this.suggestionBudget) {
      this.suggestionBudget -= names.length;
      guess = closest(entry, names);
    }
    this.suggestions.set(key, guess);
    return guess;
  }

  private readonly suggestions = new Map<string, string | undefined>();
  private suggestionBudget = SUGGESTION_BUDGET;
  private readonly poolNamesCache = new Map<Family, string[]>();
  private readonly knownPoolsCache = new Map<string, string>();

  private poolNames(family: Family): string[] {
    const cached = this.poolNamesCache.get(family);
    if (cached) return cached;
    const names = this.computePoolNames(family);
    this.poolNamesCache.set(family, names);
    return names;
  }

  private computePoolNames(family: Family): string[] {
    const names = this.scope.pools.pools
      .filter((pool) => pool.name !== undefined && (!pool.cidr || pool.cidr.family === family))
      .map((pool) => pool.name!);
    return [...new Set(names)];
  }

  /** "; pools here: "a", "b"" — at most three, of the family asked for. */
  private knownPools(family: Family, withCidr = false): string {
    const key = `${family} ${withCidr}`;
    let text = this.knownPoolsCache.get(key);
    if (text === undefined) {
      text = this.computeKnownPools(family, withCidr);
      this.knownPoolsCache.set(key, text);
    }
    return text;
  }

  private computeKnownPools(family: Family, withCidr: boolean): string {
    const pools = this.scope.pools.pools.filter((pool) => pool.cidr?.family === family && !isDisabled(pool));
    if (pools.length === 0) return '';
    const shown = pools.slice(0, 3).map((pool) => (withCidr ? `${label(pool)} (${pool.cidr!.canonical})` : label(pool)));
    return ` (IPv${family} pools here: ${shown.join(', ')}${pools.length > 3 ? ', …' : ''})`;
  }
}

/** Annotation keys, fields and snippets are shown as code. */
function c(text: string): string {
  return `\`${text}\``;
}

/** Every message ends as a sentence. */
function sentence(message: string): string {
  return /[.?!]$/.test(message) ? message : `${message}.`;
}

type Reporter = (message: string, related?: Array<Location & { message: string }>) => void;

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** "is an empty list", or, for `null`, what Calico makes of it. */
function emptyList(value: unknown): string {
  return typeof value === 'string' && value.trim() === 'null' ? 'is `null` (an empty list to Calico)' : 'is an empty list';
}

/** allowedUses, defaulted to [Workload, Tunnel] when missing or empty (clientv3 convertIpPoolFromStorage). */
function allowsWorkload(pool: IndexedPool): boolean {
  const uses = pool.definition.spec.allowedUses;
  return !Array.isArray(uses) || uses.length === 0 || uses.includes('Workload');
}

const FEATURE_ON: Readonly<Record<string, RegExp>> = {
  ip_addrs_no_ipam: /"ip_addrs_no_ipam"\s*:\s*true/,
  floating_ips: /"floating_ips"\s*:\s*true/,
};

/** The CNI config is JSON with install-time placeholders (`__CNI_MTU__`), so it is searched, not parsed. */
function enablesFeature(configMap: Resource, flag: string): boolean {
  const config = getIn(configMap.object, ['data', 'cni_network_config']);
  return typeof config === 'string' && FEATURE_ON[flag]!.test(config);
}

function isDisabled(pool: IndexedPool): boolean {
  const spec = pool.definition.spec;
  return pool.definition.origin === 'Installation' ? spec.disableNewAllocations === true : spec.disabled === true;
}

function disabledPath(pool: IndexedPool): Path {
  return [...pool.definition.specPath, pool.definition.origin === 'Installation' ? 'disableNewAllocations' : 'disabled'];
}

function label(pool: IndexedPool): string {
  return pool.name !== undefined ? quote(pool.name) : `with CIDR ${pool.cidr?.canonical ?? quote(pool.definition.spec.cidr)}`;
}

/** How to request this pool in the annotation: its name, or else its CIDR. */
function writeAs(pool: IndexedPool): string {
  if (pool.name !== undefined && pool.cidr) return `${quote(pool.name)} or "${pool.cidr.canonical}"`;
  if (pool.name !== undefined) return quote(pool.name);
  return `"${pool.cidr!.canonical}"`;
}

function related(pool: IndexedPool, message: string, path?: Path): Location & { message: string } {
  const definition = pool.definition;
  const cidrPath = [...definition.specPath, 'cidr'];
  return {
    resource: definition.resource,
    path: path && definition.resource.has(path) ? path : definition.resource.has(cidrPath) ? cidrPath : definition.namePath,
    message,
  };
}

/** `10.0.0.5/32` → `10.0.0.5`: an address written as a single-host CIDR. */
function hostPrefixed(item: string): string | undefined {
  const parsed = parseCidr(item);
  if (!parsed.ok || !item.includes('/')) return undefined;
  const full = parsed.cidr.family === 4 ? 32 : 128;
  return parsed.cidr.prefixLength === full ? item.slice(0, item.indexOf('/')) : undefined;
}

/** Suffixes of the checked annotations, for typo suggestions. */
const CHECKED_SUFFIXES = Object.values(CALICO_ANNOTATIONS).map((key) => key.slice(PREFIX.length));
const WRITTEN_SUFFIXES = CALICO_WRITTEN_ANNOTATIONS.map((key) => key.slice(PREFIX.length));

/** `cni.projectcalico.org/ipv4pool` → `cni.projectcalico.org/ipv4pools`; undefined for keys Calico knows or that are not close. */
function typoOf(key: string): string | undefined {
  if (!key.startsWith(PREFIX)) return undefined;
  const suffix = key.slice(PREFIX.length);
  if (suffix.includes('.') || suffix.startsWith('vpp') || OTHER_KNOWN_SUFFIXES.has(suffix)) return undefined;
  const guess = closest(suffix, [...CHECKED_SUFFIXES, ...WRITTEN_SUFFIXES]);
  if (guess === undefined || !CHECKED_SUFFIXES.includes(guess)) return undefined;
  return PREFIX + guess;
}

const TYPOGRAPHIC_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const TYPOGRAPHIC_SINGLE = /[\u2018\u2019\u201a\u201b]/g;
const LIST_TOKEN = /^[A-Za-z0-9_.:/-]+$/;

/**
 * What the author most likely meant, for values that do not parse: typographic
 * quotes, a YAML list instead of a JSON string, a bare name, `[a, b]` without
 * quotes. Returned as a single-quoted YAML scalar (`'["a","b"]'`), and only when
 * every entry is a plain token (letters, digits, `_ . : / -`), so the echo can
 * hold no quote, control character or new line.
 */
function repairList(value: unknown): string | undefined {
  const items = guessList(value);
  if (!items || items.length === 0 || !items.every((item) => LIST_TOKEN.test(item))) return undefined;
  const text = `'[${items.map((item) => `"${escapeControl(item)}"`).join(', ')}]'`;
  return text.length <= 100 ? text : undefined;
}

/**
 * The suggestion for an annotation on a controller's own metadata: it moves,
 * value as written, to the pod template (or only goes, when the template
 * already sets it). A suggestion: the template's copy may differ on purpose.
 */
function moveToTemplate(resource: Resource, from: Path, to: Path, key: string, value: unknown, inTemplate: boolean): SuggestionRequest {
  return {
    desc: inTemplate ? 'Delete this copy: the pod template already sets it' : 'Move the annotation to the pod template',
    fix: (source) => {
      const annotations = from.slice(0, -1);
      const only = Object.keys(getIn(resource.object, annotations) as object).length === 1;
      const remove = removePairEdit(source, resource, only ? annotations : from);
      const [start, end] = source.span(resource, from);
      const written = source.text.slice(start, end);
      if (!remove || /[\r\n]/.test(written)) return undefined;
      const add = inTemplate ? undefined : addFieldEdit(source, resource, to, key, written);
      if (!inTemplate && !add) return undefined;
      return {
        edits: add ? [remove, add] : [remove],
        expect: [{ path: only ? annotations : from, value: REMOVED }, ...(inTemplate ? [] : [{ path: [...to, key], value }])],
      };
    },
  };
}

/**
 * The fix of a list Calico cannot parse, for the mistakes whose meaning is
 * plain: a YAML list instead of a string, typographic quotes, a JSON list
 * without its quotes (`[a, b]`). The value becomes the single-quoted JSON list
 * of repairList (entries are names, CIDRs or addresses: no quote or blank in
 * them); a value on the lines after its key moves up beside it. A bare word
 * (`pool-a`) is left to the author: it could be a name or a typo.
 */
function repairFix(resource: Resource, path: Path, value: unknown): FixRequest | undefined {
  const repaired = repairList(value);
  if (repaired === undefined) return undefined;
  const plainMistake = Array.isArray(value) ||
    (typeof value === 'string' && (TYPOGRAPHIC.test(value) || /^\s*\[[^\]]*\]\s*$/.test(value)));
  if (!plainMistake) return undefined;
  return (source) => {
    const [keyStart, keyEnd] = source.span(resource, path, 'key');
    const [valueStart, valueEnd] = source.span(resource, path);
    if (keyStart >= valueStart) return undefined;
    const between = source.text.slice(keyEnd, valueStart);
    // kubectl reads a file that starts with `{` as JSON (isJsonStream): a YAML single-quoted string there would empty it.
    const text = isJsonStream(source.text) ? JSON.stringify(repaired.slice(1, -1)) : repaired;
    const edit = /^[ \t]*:[ \t]*\r?\n[ \t\r\n]*$/.test(between)
      ? { range: [keyEnd, valueEnd] as [number, number], text: `: ${text}` }
      : { range: [valueStart, valueEnd] as [number, number], text };
    // Entries hold no `#`: one in the span is a comment, which the edit would drop.
    if (source.text.slice(edit.range[0], edit.range[1]).includes('#')) return undefined;
    return { edits: [edit], expect: [{ path, value: repaired.slice(1, -1) }] };
  };
}

const TYPOGRAPHIC = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2018\u2019\u201a\u201b]/;

function guessList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'string' || typeof item === 'number') ? value.map(String) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  let text = value.replace(TYPOGRAPHIC_DOUBLE, '"').replace(TYPOGRAPHIC_SINGLE, "'").trim();
  const asList = (candidate: string): string[] | undefined => {
    try {
      const parsed: unknown = JSON.parse(candidate);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed as string[];
      if (typeof parsed === 'string') return [parsed];
    } catch {
      // not JSON as it stands
    }
    return undefined;
  };
  const direct = asList(text);
  if (direct) return direct;
  if (text.length >= 2 && /^["']/.test(text) && /["']$/.test(text)) {
    text = text.slice(1, -1).trim();
    const inner = asList(text);
    if (inner) return inner;
  }
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  return text.split(',').map((token) => token.trim().replace(/^["']|["']$/g, ''));
}
