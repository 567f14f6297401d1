import { docsUrl, type Location, type ProjectRule } from '../src/engine/rule.js';
import { annotationSites, CALICO_ANNOTATIONS, parseStringList } from '../src/resources/calico-annotations.js';
import { getIn, isPlainObject, type Resource } from '../src/resources/resource.js';
import { escapeControl, quote } from '../src/text.js';

/**
 * `cni.projectcalico.org/ipAddrs` on a pod template fixes the address of every
 * pod made from it. IPAM assigns an address once: the first pod gets it, and
 * the others fail at sandbox creation (libcalico-go/lib/ipam/ipam_block.go
 * `assign`: "Address already assigned in block"). So the template must run
 * one pod at a time.
 */
export const fixedAddressReplicas: ProjectRule = {
  meta: {
    id: 'fixed-address-replicas',
    description: 'A pod template with a fixed `cni.projectcalico.org/ipAddrs` address must run a single pod.',
    remediation: 'Run one replica, or request a pool (`cni.projectcalico.org/ipv4pools`) instead of a fixed address.',
    docsUrl: docsUrl('fixed-address-replicas'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'project',
    // The annotation, and the autoscalers that scale its workload.
    relevantText: /ipAddrs|HorizontalPodAutoscaler/,
  },
  check(scope, context) {
    const autoscalers = scope.resources.filter((resource) => resource.kind === 'HorizontalPodAutoscaler');
    for (const resource of scope.resources) {
      for (const site of annotationSites(resource)) {
        if (site.kind !== 'pod' || resource.kind === 'Pod') continue;
        const value = site.annotations[CALICO_ANNOTATIONS.ipAddrs];
        const parsed = parseStringList(value);
        if (!parsed.ok || parsed.items.length === 0) continue; // pool-annotation-valid reports these
        const pods = podCount(resource, autoscalers, context.where);
        if (!pods) continue;
        const addresses = parsed.items.slice(0, 2).map((item) => quote(item)).join(' and ');
        context.report({
          resource,
          path: [...site.path, CALICO_ANNOTATIONS.ipAddrs],
          message: `\`${CALICO_ANNOTATIONS.ipAddrs}\` fixes ${addresses} for every pod of this ${escapeControl(resource.kind)}, ` +
            `which ${pods.how}: only one pod can hold the address, and the others fail when their sandbox is created ` +
            '(Calico: "Address already assigned in block"). Run a single pod, or request a pool with ' +
            `\`${CALICO_ANNOTATIONS.ipv4pools}\` instead of a fixed address.`,
          ...(pods.related ? { related: [pods.related] } : {}),
        });
      }
    }
  },
};

interface PodCount {
  how: string;
  related?: Location & { message: string };
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** How many pods the workload runs at once, when that can be more than one. */
function podCount(resource: Resource, autoscalers: readonly Resource[], where: (location: Location) => string): PodCount | undefined {
  const object = resource.object;
  switch (resource.kind) {
    case 'DaemonSet':
      return { how: 'runs one pod on every node it selects' };
    case 'Job':
    case 'CronJob': {
      const path = resource.kind === 'Job' ? ['spec', 'parallelism'] : ['spec', 'jobTemplate', 'spec', 'parallelism'];
      const parallelism = positiveInteger(getIn(object, path));
      return parallelism && parallelism > 1 ? { how: `runs up to ${parallelism} pods at once (parallelism: ${parallelism})` } : undefined;
    }
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
    case 'ReplicationController': {
      const autoscaler = autoscalers.find((hpa) => scales(hpa, resource));
      const maxReplicas = autoscaler ? positiveInteger(getIn(autoscaler.object, ['spec', 'maxReplicas'])) : undefined;
      if (autoscaler && maxReplicas && maxReplicas > 1) {
        const at: Location = { resource: autoscaler, path: ['spec', 'maxReplicas'] };
        return {
          how: `the HorizontalPodAutoscaler at ${where(at)} scales up to ${maxReplicas} pods`,
          related: { ...at, message: 'the autoscaler' },
        };
      }
      const replicas = positiveInteger(getIn(object, ['spec', 'replicas']));
      return replicas && replicas > 1 ? { how: `runs ${replicas} pods (replicas: ${replicas})` } : undefined;
    }
    default:
      return undefined;
  }
}

/** Whether an autoscaler (autoscaling/v1 or v2) targets this workload: same namespace, kind and name. */
function scales(hpa: Resource, workload: Resource): boolean {
  if (!hpa.apiVersion.startsWith('autoscaling/') || hpa.namespace !== workload.namespace) return false;
  const target = getIn(hpa.object, ['spec', 'scaleTargetRef']);
  return isPlainObject(target) && target.kind === workload.kind && target.name === workload.name;
}
