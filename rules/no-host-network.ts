import { docsUrl, type ProjectRule, type RuleContext } from '../src/engine/rule.js';
import { addFieldEdit, REMOVED, removePairEdit, type SuggestionRequest } from '../src/engine/fix.js';
import { CALICO_ANNOTATIONS } from '../src/resources/calico-annotations.js';
import type { PoolIndex } from '../src/resources/pool-index.js';
import type { PodTemplate } from '../src/resources/resource.js';
import { namespaceMatches } from '../src/resources/namespace-match.js';
import { assessHostNetwork, EVIDENCE_CONTAINER_FIELDS, EVIDENCE_CONTAINER_READS, EVIDENCE_POD_SPEC_FIELDS, firstOfEachKind, type Evidence, type HostNetworkAssessment } from '../src/resources/host-network-evidence.js';
import { inEveryContainerList, inPodSpecs } from '../src/resources/field-reads.js';
import { REFUSAL_CONTAINER_FIELDS, refusalOf } from '../src/resources/refused-pod.js';
import { fragmentSiblings, kustomizeVerdict, type SiblingFinder } from '../src/resources/kustomize-patch-verdict.js';
import { podNetworkTwins, TWIN_CONTAINER_FIELDS, TWIN_POD_SPEC_READS, type TwinFinder } from '../src/resources/pod-network-twin.js';
import { COMPANION_CONTAINER_FIELDS, nodeComponentCompanions, type CompanionFinder } from '../src/resources/node-companion.js';
import type { LintConfig } from '../src/config/schema.js';
import { quote, sanitize } from '../src/text.js';

/**
 * `hostNetwork: true` puts a pod on the node's own network: its ports clash
 * with the node's and with other host-network pods, and it sits outside pod
 * network policy (CVE-2020-15257 let such containers reach containerd's API).
 * Infrastructure pods that only wanted to keep tenant addresses free should
 * ask for an infra pool by annotation instead.
 *
 * A pool gives a pod an address, not the node's network namespace: pods whose
 * manifest shows they need the latter (src/resources/host-network-evidence.ts:
 * HostProcess, static pods, bootstrap tolerations, critical priority,
 * NET_ADMIN/NET_RAW, or a pair: a node path with a lesser mark, control-plane
 * placement with its toleration, hostPID with the node's /proc or /sys,
 * privileged with hostPID or the node's `/`; failing those, a CNI installer,
 * the critical-pod annotation in kube-system, the kubelet's or kube-proxy's
 * port, the API server at the loopback, a pod-network twin in the same file or
 * folder, a companion of a node component) are reported as suppressed, with the
 * evidence as the reason, unless `hostNetwork.allowNodeNetworkComponents` is
 * false. A pod that Kubernetes refuses as written (a container with an empty
 * `image`: src/resources/refused-pod.ts) is suppressed too, with that reason. A kustomize patch
 * is judged on the workload it lands in, a workload on what the patches of the tree make of it
 * (src/resources/kustomize-patch-verdict.ts). In a namespace allowed to use an infra pool, that is where the pool
 * belongs: an error whatever the evidence. `hostNetwork.allow` wins over all.
 */
export const noHostNetwork: ProjectRule = {
  meta: {
    id: 'no-host-network',
    description:
      "Pods and pod templates must not use `hostNetwork: true` unless their manifest shows they need the node's network, " +
      'or the configuration allows the workload.',
    remediation:
      'Remove `hostNetwork: true` and request an infra pool with the `cni.projectcalico.org/ipv4pools` annotation on the pod template, ' +
      'or list the workload in `hostNetwork.allow`.',
    docsUrl: docsUrl('no-host-network'),
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    scope: 'project',
    // Pools too: the message names the IPv6 annotation for an IPv6 infra pool.
    relevantText: /hostNetwork|IPPool|Installation|calicoNetwork/,
    // A host-network pod's pod-network twin is in its file or another of its folder, and says nothing of hostNetwork.
    relevantInFolder: { file: /hostNetwork/, documents: /containers/ },
    // The evidence assessHostNetwork weighs, the images refusalOf reads, and the programs of node components and their
    // companions (both on the host network), in host-network pods only.
    reads: [
      ...inPodSpecs({
        when: { path: ['hostNetwork'], equals: true },
        paths: [
          ...EVIDENCE_POD_SPEC_FIELDS.map((field) => [field]),
          ...inEveryContainerList(...[...new Set([...EVIDENCE_CONTAINER_FIELDS, ...REFUSAL_CONTAINER_FIELDS, ...COMPANION_CONTAINER_FIELDS])]
            .map((field) => ['*', field])),
          ...inEveryContainerList(...EVIDENCE_CONTAINER_READS.map((path) => ['*', ...path])),
        ],
      }),
      // A host-network pod's twin is any pod of its file or folder: the programs, requests and mounts of every pod spec, its volumes' names.
      ...inPodSpecs({ paths: [...inEveryContainerList(...TWIN_CONTAINER_FIELDS.map((field) => ['*', field])), ...TWIN_POD_SPEC_READS] }),
    ],
  },
  check(project, context) {
    const twinOf = podNetworkTwins(project.resources);
    const siblingOf = fragmentSiblings(project.resources);
    const companionOf = nodeComponentCompanions(project.resources, (resource, path) => context.where({ resource, path }));
    for (const resource of project.resources) {
      for (const template of resource.podTemplates) {
        if (template.spec.hostNetwork !== true) continue;
        if (isAllowed(resource.namespace, resource.name, context.config)) continue;
        checkTemplate(template, project.pools, context, twinOf, siblingOf, companionOf);
      }
    }
  },
};

function checkTemplate(
  template: PodTemplate, pools: PoolIndex, context: RuleContext, twinOf: TwinFinder, siblingOf: SiblingFinder, companionOf: CompanionFinder,
): void {
  const { config } = context;
  const location = { resource: template.resource, path: [...template.path, 'spec', 'hostNetwork'], part: 'key' as const };
  const assessment = assessHostNetwork(template, template.resource.doc.filePath, twinOf, companionOf);
  const pool = infraPoolFor(template, pools, config);
  if (pool !== undefined) {
    context.report({ ...location, message: infraPoolMessage(template, pool, assessment), suggest: suggestions(template, pools, config) });
    return;
  }
  // A kustomize patch is judged on the workload it lands in, a workload on what patches make of it (src/resources/kustomize-patch-verdict.ts).
  const kustomized = kustomizeVerdict(template, {
    allowNodeNetworkComponents: config.hostNetwork.allowNodeNetworkComponents,
    assess: (judged, filePath, rendered) => assessHostNetwork(judged, filePath, rendered ? undefined : twinOf, companionOf),
    listOf: (judged) => listOf(judged.decisive),
    siblingOf,
    infraPoolIn: (namespace) => infraPoolFor({ ...template, resource: Object.assign(Object.create(template.resource) as PodTemplate['resource'], { namespace }) }, pools, config),
  });
  if (kustomized !== undefined) {
    context.report({ ...location, ...kustomized });
    return;
  }
  const evidence = listOf(assessment.decisive);
  if (assessment.decisive.length > 0 && config.hostNetwork.allowNodeNetworkComponents) {
    context.report({
      ...location,
      message: `\`hostNetwork: true\` puts ${template.resource.displayName} on the node's network, which it needs: ${evidence}.`,
      exemption: `needs the node's network: ${evidence}`,
    });
    return;
  }
  // No pod ever runs from a spec the API server refuses: nothing to confine (a placeholder filled in later is linted then).
  const refusal = refusalOf(template);
  if (refusal !== undefined) {
    context.report({
      ...location,
      message: `\`hostNetwork: true\` would put ${template.resource.displayName} on the node's network, but Kubernetes refuses it as written: ` +
        `${refusal.detail}. Lint it once the image is filled in.`,
      exemption: `Kubernetes refuses it as written: ${refusal.detail}`,
    });
    return;
  }
  context.report({ ...location, message: noPoolMessage(template, assessment, evidence) });
}

function isAllowed(namespace: string | undefined, name: string | undefined, config: LintConfig): boolean {
  return config.hostNetwork.allow.some(
    (entry) => namespaceMatches(namespace, [entry.namespace]) && (entry.name === undefined || entry.name === name),
  );
}

interface InfraPool {
  name: string;
  annotation: string;
}

/** The infra pool this namespace may use, preferring one this cluster defines; undefined when none. */
function infraPoolFor(template: PodTemplate, pools: PoolIndex, config: LintConfig): InfraPool | undefined {
  const allowed = config.infraPools.filter((pool) => namespaceMatches(template.resource.namespace, pool.allowedNamespaces));
  const infra = allowed.find((pool) => pools.byName(pool.name).length > 0) ?? allowed[0];
  if (!infra) return undefined;
  const isIPv6 = pools.byName(infra.name).some((pool) => pool.cidr?.family === 6);
  return { name: infra.name, annotation: isIPv6 ? CALICO_ANNOTATIONS.ipv6pools : CALICO_ANNOTATIONS.ipv4pools };
}

function intro(template: PodTemplate): string {
  return `\`hostNetwork: true\` puts ${template.resource.displayName} on the node's network ` +
    '(port clashes, no pod network policy, CVE-2020-15257).';
}

/** "a, b and c": evidence details are escaped where they echo the manifest. */
function listOf(evidence: readonly Evidence[]): string {
  const details = evidence.map((item) => item.detail);
  return details.length <= 1 ? details.join('') : `${details.slice(0, -1).join(', ')} and ${details.at(-1)}`;
}

function noPoolMessage(template: PodTemplate, assessment: HostNetworkAssessment, decisive: string): string {
  if (decisive !== '') {
    // Only with allowNodeNetworkComponents: false. The pod may need hostNetwork (HostProcess: must), so no advice to remove it.
    return `${intro(template)} Its manifest shows it needs the node's network (${decisive}), but ` +
      '`hostNetwork.allowNodeNetworkComponents` is false: list the workload in `hostNetwork.allow`.';
  }
  // Being a bare Pod only counts beside a node path: not worth a mention alone.
  const found = firstOfEachKind(assessment.evidence).filter((item) => item.kind !== 'bare-pod');
  const lesser = found.length > 0 ? ` (only ${listOf(found)}, which is not enough)` : '';
  const mixed = assessment.mixedHostProcess
    ? ' Only some of its containers are Windows HostProcess containers: the API server refuses such a pod.'
    : '';
  if (assessment.hostProcessOffWindows) {
    // The API server requires hostNetwork with hostProcess: removing it alone gives a pod it refuses.
    return `${intro(template)} Nothing in its manifest shows that it needs the node's network${lesser}. ` +
      'Its `hostProcess` counts only on Windows nodes, and nothing pins it to them (`kubernetes.io/os: windows`): ' +
      "on a Linux node it runs as an ordinary pod on the node's network. Pin it to Windows nodes if it is a Windows HostProcess pod; " +
      'otherwise remove hostNetwork together with `hostProcess` (Kubernetes requires one with the other), ' +
      "or list the workload in `hostNetwork.allow` if it truly needs the node's network.";
  }
  return `${intro(template)} Nothing in its manifest shows that it needs the node's network${lesser}.${mixed} ` +
    "Remove it, or list the workload in `hostNetwork.allow` if it truly needs the node's network.";
}

function infraPoolMessage(template: PodTemplate, pool: InfraPool, assessment: HostNetworkAssessment): string {
  const { resource } = template;
  const where = [...template.path, 'metadata', 'annotations'].join('.');
  const value = `'${sanitize(JSON.stringify([pool.name]))}'`;
  const namespace = `Namespace ${quote(resource.namespace)} may use infra pool ${quote(pool.name)}`;
  if (assessment.hostProcess || assessment.hostProcessOffWindows) {
    // Kubernetes refuses a HostProcess pod without hostNetwork: never advise removing it alone.
    return `${intro(template)} ${namespace}, which a Windows HostProcess pod cannot use: Kubernetes requires hostNetwork on it. ` +
      `Run the workload as an ordinary Windows container (without \`hostProcess\`, then without hostNetwork) with \`${pool.annotation}: ${value}\` ` +
      `under \`${where}\`, or list it in \`hostNetwork.allow\`.`;
  }
  const evidence = assessment.decisive.length > 0
    ? ` The manifest shows ${listOf(assessment.decisive)}, which does not exempt a pod in a namespace that has an infra pool.`
    : '';
  // Calico ignores pool annotations on host-network pods: the annotation may already be there.
  if (Object.hasOwn(annotationsOf(template), pool.annotation)) {
    return (
      `${intro(template)} ${namespace}, and \`${pool.annotation}\` is already set under \`${where}\`: remove hostNetwork, ` +
      `so that the pod takes its address from the pool the annotation asks for.${evidence}`
    );
  }
  return `${intro(template)} ${namespace}: remove hostNetwork and add \`${pool.annotation}: ${value}\` under \`${where}\`.${evidence}`;
}

/**
 * A suggestion (the workload may need the node's network after all): remove
 * hostNetwork and ask for the infra pool by annotation on the pod template.
 */
function suggestions(template: PodTemplate, pools: PoolIndex, config: LintConfig): SuggestionRequest[] {
  const { resource } = template;
  const allowed = config.infraPools.filter((pool) => namespaceMatches(resource.namespace, pool.allowedNamespaces));
  const infra = allowed.find((pool) => pools.byName(pool.name).length > 0) ?? allowed[0];
  if (!infra || !/^[a-z0-9.-]+$/.test(infra.name)) return [];
  const isIPv6 = pools.byName(infra.name).some((pool) => pool.cidr?.family === 6);
  const annotation = isIPv6 ? CALICO_ANNOTATIONS.ipv6pools : CALICO_ANNOTATIONS.ipv4pools;
  const value = JSON.stringify([infra.name]);
  const hostNetwork = [...template.path, 'spec', 'hostNetwork'];
  const annotations = [...template.path, 'metadata', 'annotations'];
  const already = Object.hasOwn(annotationsOf(template), annotation);
  return [{
    desc: already ? 'Remove hostNetwork: the pod takes its address from the pool its annotation asks for' : `Remove hostNetwork and request infra pool ${infra.name} by annotation`,
    fix: (source) => {
      const remove = removePairEdit(source, resource, hostNetwork);
      const add = already ? undefined : addFieldEdit(source, resource, annotations, annotation, `'${value}'`);
      if (!remove || (!already && !add)) return undefined;
      return {
        edits: add ? [remove, add] : [remove],
        expect: [{ path: hostNetwork, value: REMOVED }, ...(already ? [] : [{ path: [...annotations, annotation], value }])],
      };
    },
  }];
}

function annotationsOf(template: PodTemplate): Record<string, unknown> {
  const annotations = template.metadata.annotations;
  return typeof annotations === 'object' && annotations !== null && !Array.isArray(annotations) ? annotations : {};
}
