import { docsUrl, type ProjectRule } from '../src/engine/rule.js';
import { CALICO_ANNOTATIONS } from '../src/resources/calico-annotations.js';
import type { PoolIndex } from '../src/resources/pool-index.js';
import type { PodTemplate } from '../src/resources/resource.js';
import { namespaceMatches } from '../src/resources/namespace-match.js';
import { nodeNetworkComponent } from '../src/resources/node-network-components.js';
import type { LintConfig } from '../src/config/schema.js';
import { quote, sanitize } from '../src/text.js';

/**
 * `hostNetwork: true` puts a pod on the node's own network: its ports clash
 * with the node's and with other host-network pods, and it sits outside pod
 * network policy (CVE-2020-15257 let such containers reach containerd's API).
 * Infrastructure pods that only wanted to keep tenant addresses free should
 * ask for an infra pool by annotation instead. CNI agents, their operators
 * and kube-proxy provide the pod network and so cannot use it: they are
 * recognised by what they run (src/resources/node-network-components.ts) and
 * left alone unless `hostNetwork.allowNodeNetworkComponents` is false.
 */
export const noHostNetwork: ProjectRule = {
  meta: {
    id: 'no-host-network',
    description: 'Pods and pod templates must not use `hostNetwork: true` unless the configuration allows the workload.',
    remediation:
      'Remove `hostNetwork: true` and request an infra pool with the `cni.projectcalico.org/ipv4pools` annotation on the pod template, ' +
      'or list the workload in `hostNetwork.allow`.',
    docsUrl: docsUrl('no-host-network'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    // Pools too: the message names the IPv6 annotation for an IPv6 infra pool.
    relevantText: /hostNetwork|IPPool|Installation|calicoNetwork/,
  },
  check(project, context) {
    for (const resource of project.resources) {
      for (const template of resource.podTemplates) {
        if (template.spec.hostNetwork !== true) continue;
        if (isAllowed(resource.namespace, resource.name, context.config)) continue;
        if (context.config.hostNetwork.allowNodeNetworkComponents && nodeNetworkComponent(template) !== undefined) continue;
        context.report({
          resource,
          path: [...template.path, 'spec', 'hostNetwork'],
          part: 'key',
          message: message(template, project.pools, context.config),
        });
      }
    }
  },
};

function isAllowed(namespace: string | undefined, name: string | undefined, config: LintConfig): boolean {
  return config.hostNetwork.allow.some(
    (entry) => namespaceMatches(namespace, [entry.namespace]) && (entry.name === undefined || entry.name === name),
  );
}

function message(template: PodTemplate, pools: PoolIndex, config: LintConfig): string {
  const { resource } = template;
  const intro =
    `\`hostNetwork: true\` puts ${resource.displayName} on the node's network ` +
    '(port clashes, no pod network policy, CVE-2020-15257).';
  // Prefer an allowed infra pool that this cluster actually defines.
  const allowed = config.infraPools.filter((pool) => namespaceMatches(resource.namespace, pool.allowedNamespaces));
  const infra = allowed.find((pool) => pools.byName(pool.name).length > 0) ?? allowed[0];
  if (!infra) {
    return `${intro} Remove it, or list the workload in \`hostNetwork.allow\` if it truly needs the node's network.`;
  }
  const isIPv6 = pools.byName(infra.name).some((pool) => pool.cidr?.family === 6);
  const annotation = isIPv6 ? CALICO_ANNOTATIONS.ipv6pools : CALICO_ANNOTATIONS.ipv4pools;
  const where = [...template.path, 'metadata', 'annotations'].join('.');
  const value = `'${sanitize(JSON.stringify([infra.name]))}'`;
  // Calico ignores pool annotations on host-network pods: the annotation may already be there.
  if (Object.hasOwn(annotationsOf(template), annotation)) {
    return (
      `${intro} Namespace ${quote(resource.namespace)} may use infra pool ${quote(infra.name)}, and \`${annotation}\` ` +
      `is already set under \`${where}\`: remove hostNetwork, so that the pod takes its address from the pool the annotation asks for.`
    );
  }
  return (
    `${intro} Namespace ${quote(resource.namespace)} may use infra pool ${quote(infra.name)}: ` +
    `remove hostNetwork and add \`${annotation}: ${value}\` under \`${where}\`.`
  );
}

function annotationsOf(template: PodTemplate): Record<string, unknown> {
  const annotations = template.metadata.annotations;
  return typeof annotations === 'object' && annotations !== null && !Array.isArray(annotations) ? annotations : {};
}
