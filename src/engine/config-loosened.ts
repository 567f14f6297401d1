/**
 * With `--base`, the policy is the base commit's configuration: a pull
 * request that edits `.calico-lint.yaml` (turns a rule off, widens
 * `hostNetwork.allow` or an infra pool's `allowedNamespaces`, adds an
 * `ignores` glob) must not pass its own change through. Each way the head's
 * configuration is looser than the base's is a finding at the key in the
 * head's file, reported in every filter mode.
 */
import path from 'node:path';
import { calicoAtLeast } from '../config/calico-version.js';
import type { ConfigSettings } from '../config/schema.js';
import { parseManifest } from '../parse/parse-manifest.js';
import type { Path, SourceRange } from '../parse/source.js';
import { readRegularFileSync } from '../read/read-sources.js';
import { quote } from '../text.js';
import type { Finding, NumericSeverity } from './finding.js';
import { docsUrl, type Severity } from './rule.js';
import type { EngineRuleMeta } from './suppressions.js';

export const configLoosened: EngineRuleMeta = {
  id: 'config-loosened',
  description: 'With --base, the change loosens the configuration: a rule turned off or downgraded, an allow list widened, an infra pool, an ignore or template glob or a fact changed.',
  remediation: 'The base commit\'s configuration applies to the change. Have the configuration change reviewed and merged on its own, or lint with --config-from head where every pull request is trusted.',
  docsUrl: docsUrl('config-loosened'),
  defaultSeverity: 'error',
  fixable: false,
  scope: 'engine',
};

export interface Loosening {
  /** The key in the head's configuration the finding points at (the nearest that exists is used). */
  path: Path;
  message: string;
}

const RANK: Record<'off' | Severity, number> = { off: 0, warn: 1, error: 2 };

/**
 * Every way `head` is looser than `base`. `defaults` gives each known rule's
 * default severity (rules and the engine's checks).
 */
export function configLoosenings(base: ConfigSettings, head: ConfigSettings, defaults: ReadonlyMap<string, Severity>): Loosening[] {
  const found: Loosening[] = [];
  for (const [id, fallback] of defaults) {
    const before = base.rules[id] ?? fallback;
    const after = head.rules[id] ?? fallback;
    if (RANK[after] >= RANK[before]) continue;
    const what = after === 'off' ? `turns rule ${quote(id)} off` : `downgrades rule ${quote(id)} from ${before} to ${after}`;
    found.push({ path: head.rules[id] === undefined ? ['rules'] : ['rules', id], message: `rules.${id}: ${what} (the base commit has ${before})` });
  }

  head.hostNetwork.allow.forEach((entry, i) => {
    const covered = base.hostNetwork.allow.some((old) => old.namespace === entry.namespace && (old.name === undefined || old.name === entry.name));
    if (covered) return;
    const who = entry.name === undefined ? `every workload in namespace ${quote(entry.namespace)}` : `${quote(entry.name)} in namespace ${quote(entry.namespace)}`;
    found.push({ path: ['hostNetwork', 'allow', i], message: `hostNetwork.allow[${i}]: widens the allow list: ${who} may use the node's network` });
  });
  if (head.hostNetwork.allowNodeNetworkComponents && !base.hostNetwork.allowNodeNetworkComponents) {
    found.push({ path: ['hostNetwork', 'allowNodeNetworkComponents'], message: 'hostNetwork.allowNodeNetworkComponents: turned on, so pods that show node-component evidence may use the node\'s network' });
  }

  for (const pool of base.infraPools) {
    const now = head.infraPools.findIndex((candidate) => candidate.name === pool.name);
    if (now === -1) {
      found.push({ path: ['infraPools'], message: `infraPools: removes infra pool ${quote(pool.name)}, so its namespace restriction and infra-pool checks no longer apply` });
      continue;
    }
    head.infraPools[now]!.allowedNamespaces.forEach((namespace, j) => {
      if (pool.allowedNamespaces.includes(namespace)) return;
      found.push({
        path: ['infraPools', now, 'allowedNamespaces', j],
        message: `infraPools[${now}].allowedNamespaces[${j}]: widens who may use infra pool ${quote(pool.name)}: ${quote(namespace)}`,
      });
    });
  }

  head.ignores.forEach((glob, j) => {
    if (!base.ignores.includes(glob)) found.push({ path: ['ignores', j], message: `ignores[${j}]: stops linting the files matching ${quote(glob)}` });
  });
  // A helmValues entry the base has and the head lacks: those values files are no longer read as the Installation they render.
  const headValues = new Set(head.helmValues.map((entry) => JSON.stringify(entry)));
  base.helmValues.forEach((entry) => {
    if (!headValues.has(JSON.stringify(entry))) {
      found.push({ path: ['helmValues'], message: `helmValues: drops ${entry.paths.map((glob) => quote(glob)).join(', ')} (${entry.chart}), so those values files are no longer read as the Installation they render` });
    }
  });
  (head.templates ?? []).forEach((glob, j) => {
    if (!(base.templates ?? []).includes(glob)) {
      found.push({ path: ['templates', j], message: `templates[${j}]: takes documents that do not parse in the files matching ${quote(glob)} for templates, not errors` });
    }
  });

  for (const key of ['reservedCidrs', 'intranetCidrs', 'podCidrs', 'serviceCidrs', 'nodeCidrs'] as const) {
    for (const cidr of removed(base[key], head[key])) {
      found.push({ path: head[key] === undefined ? [] : [key], message: `${key}: removes ${quote(cidr)}, so pools are no longer checked against it` });
    }
  }
  if (base.maxNodes !== undefined && (head.maxNodes === undefined || head.maxNodes < base.maxNodes)) {
    found.push({ path: head.maxNodes === undefined ? [] : ['maxNodes'], message: `maxNodes: lowers the node count pools must serve (the base commit has ${base.maxNodes})` });
  }

  base.clusters.forEach((cluster) => {
    const now = head.clusters.findIndex((candidate) => candidate.name === cluster.name);
    const current = head.clusters[now];
    if (current === undefined) {
      found.push({ path: ['clusters'], message: `clusters: removes cluster ${quote(cluster.name)}: its files fall into another scope, with other facts` });
      return;
    }
    if (JSON.stringify(current.paths) !== JSON.stringify(cluster.paths)) {
      found.push({ path: ['clusters', now, 'paths'], message: `clusters[${now}].paths: changes which files cluster ${quote(cluster.name)} holds, and so what they are compared with` });
    }
    for (const key of ['podCidrs', 'serviceCidrs', 'nodeCidrs'] as const) {
      for (const cidr of removed(cluster[key], current[key])) {
        found.push({ path: ['clusters', now, key], message: `clusters[${now}].${key}: removes ${quote(cidr)} from cluster ${quote(cluster.name)}` });
      }
    }
    if (cluster.maxNodes !== undefined && (current.maxNodes === undefined || current.maxNodes < cluster.maxNodes)) {
      found.push({ path: ['clusters', now], message: `clusters[${now}].maxNodes: lowers the node count of cluster ${quote(cluster.name)} (the base commit has ${cluster.maxNodes})` });
    }
  });

  found.push(...clustersAdded(base.clusters, head.clusters));

  if (head.defaultNamespace !== base.defaultNamespace) {
    found.push({
      path: ['defaultNamespace'],
      message: `defaultNamespace: moves objects without a namespace from ${quote(base.defaultNamespace)} to ${quote(head.defaultNamespace)}, where other allow lists apply`,
    });
  }
  if (!calicoAtLeast(head.calicoVersion, base.calicoVersion)) {
    found.push({ path: ['calicoVersion'], message: `calicoVersion: lowers the target from ${base.calicoVersion} to ${head.calicoVersion}, so checks of the later releases are skipped` });
  }
  if (head.maxFileSize < base.maxFileSize) {
    found.push({ path: ['maxFileSize'], message: `maxFileSize: lowers the size of files that are read (${head.maxFileSize} bytes, the base commit has ${base.maxFileSize})` });
  }
  if (base.suppressibleRules !== undefined) {
    const widened = head.suppressibleRules === undefined ? ['every rule'] : head.suppressibleRules.filter((id) => !base.suppressibleRules!.includes(id));
    for (const id of widened) {
      found.push({ path: head.suppressibleRules === undefined ? [] : ['suppressibleRules'], message: `suppressibleRules: lets inline directives suppress ${id === 'every rule' ? id : quote(id)}` });
    }
  }
  return found;
}

/**
 * A cluster the base does not have takes files from the scopes they were
 * compared in (inferred from the base branch's tree when it configures no
 * `clusters`, else its clusters or `default`): an overlap or duplicate
 * between them is no longer seen. Two base clusters listed in the other order
 * change which one a file both match joins (the first that matches).
 */
function clustersAdded(base: ConfigSettings['clusters'], head: ConfigSettings['clusters']): Loosening[] {
  const found: Loosening[] = [];
  const known = new Set(base.map((cluster) => cluster.name));
  head.forEach((cluster, i) => {
    if (known.has(cluster.name)) return;
    found.push({ path: ['clusters', i, 'name'], message: `clusters[${i}]: adds cluster ${quote(cluster.name)}: the files it takes are no longer compared with those of other scopes (the base commit does not have it)` });
  });
  const order = head.filter((cluster) => known.has(cluster.name)).map((cluster) => cluster.name);
  const baseOrder = base.map((cluster) => cluster.name).filter((name) => order.includes(name));
  const at = order.findIndex((name, i) => name !== baseOrder[i]);
  if (at !== -1) {
    const moved = baseOrder[at]!;
    found.push({ path: ['clusters'], message: `clusters: reorders clusters ${quote(moved)} and ${quote(order[at]!)}: a file both match joins the first (the base commit has ${quote(moved)} first)` });
  }
  return found;
}

function removed(before: readonly string[] | undefined, after: readonly string[] | undefined): string[] {
  return (before ?? []).filter((cidr) => !(after ?? []).includes(cidr));
}

/**
 * The findings for `loosenings`, at their keys in the head's configuration
 * file (or at its first line; at the base's file when the change deletes it).
 */
export function looseningFindings(loosenings: readonly Loosening[], filePath: string, severity: NumericSeverity, deleted: boolean): Finding[] {
  const locate = deleted ? () => START : locator(filePath);
  return loosenings.map(({ path: keyPath, message }) => ({
    ruleId: configLoosened.id,
    severity,
    message: deleted ? `${message} (the change deletes ${path.basename(filePath)})` : message,
    filePath,
    range: locate(keyPath),
    fingerprintKey: `configuration ${message}`,
  }));
}

const START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function locator(filePath: string): (keyPath: Path) => SourceRange {
  const read = readRegularFileSync(filePath, 1024 * 1024);
  if (!read.ok) return () => START;
  const doc = parseManifest(filePath, read.bytes.toString('utf8'), { yamlVersion: '1.2' }).documents[0];
  return (keyPath) => {
    // The nearest key that exists: a removed entry points at its list.
    for (let length = keyPath.length; length > 0; length--) {
      const prefix = keyPath.slice(0, length);
      if (doc?.has(prefix)) return doc.locate(prefix, length === keyPath.length && typeof keyPath.at(-1) === 'string' ? 'key' : 'value');
    }
    return START;
  };
}
