import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { CALICO_NODE_ENV_READS, refusedVariables } from '../src/facts/calico-node-env.js';
import { MIGRATE_POOLS_URL } from '../src/resources/pool-change.js';
import { isPlainObject, type PodTemplate, type Resource } from '../src/resources/resource.js';
import { inPodSpecs } from '../src/resources/field-reads.js';
import { echo, quote } from '../src/text.js';

/**
 * calico-node's CALICO_IPV4POOL_* / CALICO_IPV6POOL_* variables create the
 * default pool only when no pool of that family exists (node/pkg/lifecycle/startup
 * startup.go configureIPPools): on a running cluster, editing them changes
 * nothing, and the edit only takes effect on a cluster built from scratch,
 * where it then disagrees with the cluster that exists. The pool has to be
 * replaced by the migration steps instead.
 */
const WATCHED = ['CALICO_IPV4POOL_CIDR', 'CALICO_IPV6POOL_CIDR', 'CALICO_IPV4POOL_BLOCK_SIZE', 'CALICO_IPV6POOL_BLOCK_SIZE'];
const WATCHED_NAME = new RegExp(`^(?:${WATCHED.join('|')})$`);

export const ippoolEnvChange: ProjectRule = {
  meta: {
    id: 'ippool-env-change',
    description: 'An edit of calico-node\'s `CALICO_IPV4POOL_CIDR`, `CALICO_IPV6POOL_CIDR` or `*_BLOCK_SIZE` (compared with the base branch) does nothing once pools exist.',
    remediation: `Revert the variable; to move pods to new addresses, create an IPPool and follow ${MIGRATE_POOLS_URL}.`,
    docsUrl: docsUrl('ippool-env-change'),
    defaultSeverity: 'warn',
    fixable: false,
    scope: 'project',
    // The base version of calico-node may set no pool variable yet: it must still be read to tell an addition from a new cluster.
    relevantText: /CALICO_IPV[46]POOL_|calico-node/,
    // envEntries: the name of each container that sets a watched variable, and those variables;
    // refusedVariables: calico-node's whole env.
    reads: [
      ...inPodSpecs({
        paths: ['initContainers', 'containers'].flatMap((list) => [
          [list, { where: ['env', '*', 'name'], matches: WATCHED_NAME }, 'name'],
          [list, { where: ['env', '*', 'name'], matches: WATCHED_NAME }, 'env', { where: ['name'], matches: WATCHED_NAME }],
        ]),
      }),
      ...CALICO_NODE_ENV_READS,
    ],
    comparesBase: true,
  },
  check(project, context) {
    if (project.base === undefined) return;
    const before = new Map<string, Resource>();
    for (const resource of project.base.resources) {
      if (resource.podTemplates.length > 0) before.set(identity(resource), resource);
    }
    for (const resource of project.resources) {
      const old = before.get(identity(resource));
      if (old === undefined || resource.podTemplates.length === 0) continue;
      const oldValues = envValues(old.podTemplates[0]!);
      // A value calico-node refuses is no no-op but a crash loop: calico-node-env-valid reports it.
      const refused = refusedVariables(resource.podTemplates[0]!, context.config.calicoVersion);
      for (const entry of envEntries(resource.podTemplates[0]!)) {
        const was = oldValues.get(entry.container)?.get(entry.name);
        if (was === entry.value || (entry.container === 'calico-node' && refused.has(entry.name))) continue;
        context.report({
          resource,
          path: entry.path,
          message:
            `${entry.name} ${was === undefined ? `is set to ${quote(entry.value)}` : `changes from ${quote(was)} to ${quote(entry.value)}`} ` +
            `in container ${quote(entry.container)}, but calico-node reads it only when no IPv${entry.name.includes('IPV4') ? 4 : 6} pool exists: ` +
            `on a running cluster the edit changes nothing. Revert it; to move pods to new addresses, create an IPPool and follow ${MIGRATE_POOLS_URL}.`,
        });
      }
    }
  },
};

function identity(resource: Resource): string {
  return JSON.stringify([resource.kind, resource.namespace ?? '', resource.name ?? '']);
}

interface EnvEntry {
  container: string;
  name: string;
  value: string;
  path: readonly (string | number)[];
}

function envEntries(template: PodTemplate): EnvEntry[] {
  const entries: EnvEntry[] = [];
  for (const key of ['initContainers', 'containers'] as const) {
    const containers = template.spec[key];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container: unknown, i) => {
      if (!isPlainObject(container) || typeof container.name !== 'string' || !Array.isArray(container.env)) return;
      container.env.forEach((variable: unknown, j) => {
        if (!isPlainObject(variable) || typeof variable.name !== 'string' || !WATCHED.includes(variable.name)) return;
        if (typeof variable.value !== 'string') return;
        entries.push({
          container: echo(container.name as string, 63),
          name: variable.name,
          value: variable.value,
          path: [...template.path, 'spec', key, i, 'env', j, 'value'],
        });
      });
    });
  }
  return entries;
}

/** Container name → watched variable → value. */
function envValues(template: PodTemplate): Map<string, Map<string, string>> {
  const values = new Map<string, Map<string, string>>();
  for (const entry of envEntries(template)) {
    const container = values.get(entry.container) ?? new Map<string, string>();
    container.set(entry.name, entry.value);
    values.set(entry.container, container);
  }
  return values;
}
