/**
 * A pod-network twin of a host-network pod: another pod template of the same
 * file (documents of one stream) or of another file of its folder, not on the
 * host network, that runs the same program: every container list holds the
 * same images (non-empty, in the same order), the same `command`, and the
 * same `args` but for their numbers. Files that run one program on both
 * networks are a connectivity test: the host network is what they test, not
 * a substitute for a pool address (Cilium's connectivity check, echo-b-host
 * beside echo-b, which serves 8180 where echo-b serves 8080; Azure CNI's
 * toolbox in one file, and its goldpinger: goldpinger-host in daemonset.yaml
 * beside goldpinger-pod in deployment.yaml).
 *
 * The folder is the one that directly holds the file, among the files linted
 * in the same run (src/parallel/folder-pass.ts, which reads a folder's other
 * files for the rule's `relevantInFolder` and tells their documents their
 * `folder`): not a subfolder or a parent, nor an ignored file, nor a file
 * the folder's kustomization does not deploy, nor standard input or a text in
 * memory, whose twins are in their own text. And the twin
 * is in the same cluster scope as the pod (the rule sees one scope at a time).
 *
 * Every part of it is text an author writes, as every mark is: to pass a CI
 * runner with it, the author deploys a second copy of the runner on the pod
 * network beside it (in its file or in a file of its folder), which the diff
 * shows and which costs more than the routes that exist (a priority class, a
 * bootstrap toleration); another file costs no less than the same file. So a twin
 * must run: a PodTemplate object, a controller with `replicas: 0`, a paused
 * Deployment, a Job with `parallelism: 0` or `completions: 0`, a suspended
 * Job or CronJob (or one whose job template runs nothing), a pod with
 * scheduling gates, or an object of a version no API server serves runs
 * nothing and is no twin, nor is a pod whose `hostNetwork` is no boolean (the
 * API server refuses it).
 * Args may differ only in their numbers (ports): with a shell as the command,
 * or no command and an image without an entrypoint, the args are the program,
 * and a twin that sleeps would otherwise be a cheap pass. A command or args
 * that expand variables (`$(VAR)`, from env, which is not compared) are no
 * program to compare.
 */
import path from 'node:path';
import { echo } from '../text.js';
import { CONTAINER_LISTS, type FieldPath } from './field-reads.js';
import { getIn, isPlainObject, type PlainObject, type PodTemplate, type Resource } from './resource.js';

/** The container fields read here, in the pod specs of every file (small strings, the requests a scheduler weighs, the volumes mounted). */
export const TWIN_CONTAINER_FIELDS: readonly string[] = ['image', 'command', 'args', 'resources', 'imagePullPolicy', 'volumeMounts', 'securityContext'];
/** The pod spec paths read here in the bulk besides the containers': the names of the volumes (which mounts must name). */
export const TWIN_POD_SPEC_READS: readonly FieldPath[] = [['volumes', '*', 'name']];

/** A twin found for a host-network pod template. */
export interface Twin {
  template: PodTemplate;
  /** "Deployment `echo-b`" (with its namespace when it is not the pod's, and its file when it is another). */
  shown: string;
}

/** Finds the pod-network twin of a host-network pod template, or undefined. */
export type TwinFinder = (template: PodTemplate) => Twin | undefined;

/**
 * The twin finder over `resources`; the index (pod-network templates that run,
 * by folder, or by file where the file has no folder) is built on the first
 * call only, so a run without host-network pods pays nothing.
 */
export function podNetworkTwins(resources: readonly Resource[]): TwinFinder {
  let byPlace: Map<string, { template: PodTemplate; program: string }[]> | undefined;
  const index = () => {
    byPlace = new Map();
    for (const resource of resources) {
      for (const template of resource.podTemplates) {
        if (!onPodNetwork(template) || !runs(template)) continue;
        const program = programOf(template);
        if (program === undefined) continue;
        const place = placeOf(resource);
        let list = byPlace.get(place);
        if (list === undefined) byPlace.set(place, (list = []));
        list.push({ template, program });
      }
    }
    return byPlace;
  };
  return (template) => {
    const program = programOf(template);
    if (program === undefined) return undefined;
    const candidates = (byPlace ?? index()).get(placeOf(template.resource)) ?? [];
    const twins = candidates.filter((candidate) =>
      candidate.template !== template && !sameObject(candidate.template.resource, template.resource) && candidate.program === program &&
      runsWhereItDoes(candidate.template.spec, template.spec));
    if (twins.length === 0) return undefined;
    // One in the pod's own file first; then, of several (echo-a and echo-b both serve on the pod network),
    // the one whose name is closest: for the reader only.
    const file = template.resource.doc.filePath;
    const inFile = twins.filter((twin) => twin.template.resource.doc.filePath === file);
    const name = template.resource.name ?? '';
    let best = (inFile.length > 0 ? inFile : twins)[0]!.template;
    for (const { template: twin } of inFile.length > 0 ? inFile : twins) {
      if (likeness(name, twin.resource.name ?? '') > likeness(name, best.resource.name ?? '')) best = twin;
    }
    return { template: best, shown: shown(best, template) };
  };
}

/**
 * One object of the cluster: the same kind, namespace and name. Two documents
 * of one object are not two copies: `kubectl apply` applies the later over
 * the earlier (a pod-network "twin" in `a-twin.yaml`, then `runner.yaml` with
 * `hostNetwork: true`, leaves one Deployment, on the host network).
 */
export function sameObject(a: Resource, b: Resource): boolean {
  return a.kind === b.kind && a.namespace === b.namespace && a.name !== undefined && a.name === b.name;
}

/** Where twins are looked for: the folder the pipeline read together (SourceDocument.folder), else the file alone. */
function placeOf(resource: Resource): string {
  const { folder, filePath } = resource.doc;
  return folder === undefined ? `file:${filePath}` : `folder:${folder}`;
}

/**
 * The program a pod template runs, as a key: each container list's images,
 * commands and args with numbers elided; undefined when there is none to
 * compare (no container, an empty or missing image, a variable expansion).
 */
function programOf(template: PodTemplate): string | undefined {
  const lists: unknown[] = [];
  let any = false;
  for (const list of CONTAINER_LISTS) {
    const containers = template.spec[list];
    if (containers === undefined || containers === null) {
      lists.push([]);
      continue;
    }
    if (!Array.isArray(containers)) return undefined;
    const programs: unknown[] = [];
    for (const container of containers) {
      if (!isPlainObject(container) || typeof container.image !== 'string' || container.image.trim() === '') return undefined;
      const command = argumentsOf(container.command);
      const args = argumentsOf(container.args);
      if (command === undefined || args === undefined) return undefined;
      programs.push([container.image, command, args.map((arg) => arg.replace(/\d+/g, '#'))]);
      any = true;
    }
    lists.push(programs);
  }
  return any ? JSON.stringify(lists) : undefined;
}

/** A command or args list as Kubernetes reads it (absent, null and [] alike); undefined when not plain strings or expanding a variable. */
function argumentsOf(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) return undefined;
  return value.some((item) => item.includes('$(')) ? undefined : value;
}

/** `hostNetwork` absent, null or false: any other value (the string "true") makes the API server refuse the pod, which then runs nowhere. */
function onPodNetwork(template: PodTemplate): boolean {
  const { hostNetwork } = template.spec as { hostNetwork?: unknown };
  return hostNetwork === undefined || hostNetwork === null || hostNetwork === false;
}

/** The API version each kind is served at: any other (`apps/v1beta2`, `batch/v1beta1`, a made-up group) is refused by current API servers. */
const SERVED_API_VERSIONS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  Pod: 'v1', ReplicationController: 'v1',
  Deployment: 'apps/v1', DaemonSet: 'apps/v1', StatefulSet: 'apps/v1', ReplicaSet: 'apps/v1',
  Job: 'batch/v1', CronJob: 'batch/v1',
});

/**
 * Whether the object runs pods: of a kind and version the API server serves,
 * not a PodTemplate, nor scaled to zero, nor suspended, nor paused, nor gated.
 * A count or a flag the API server cannot decode (`replicas: "1"`,
 * `suspend: "false"`) makes it refuse the object, which then runs nothing.
 * Each is what the controller reads (k8s.io/api): a Deployment created
 * `paused` gets no ReplicaSet (pkg/controller/deployment/sync.go, `sync`
 * with createIfNotExisted false); a Job of `completions: 0` is complete
 * without a pod; a CronJob's Jobs are its `jobTemplate`'s; a pod with
 * `schedulingGates` is never scheduled until they are removed.
 */
export function runs(template: PodTemplate): boolean {
  const { kind, object, apiVersion } = template.resource;
  if (!Object.hasOwn(SERVED_API_VERSIONS, kind) || SERVED_API_VERSIONS[kind] !== apiVersion) return false;
  const gates = (template.spec as { schedulingGates?: unknown }).schedulingGates;
  if (gates !== undefined && gates !== null && !(Array.isArray(gates) && gates.length === 0)) return false;
  const spec = isPlainObject(object.spec) ? object.spec : {};
  if (['StatefulSet', 'ReplicaSet', 'ReplicationController'].includes(kind)) return positiveOrDefault(spec.replicas);
  if (kind === 'Deployment') return positiveOrDefault(spec.replicas) && notSuspended(spec.paused);
  if (kind === 'Job') return jobRuns(spec);
  if (kind === 'CronJob') {
    const jobSpec = getIn(spec, ['jobTemplate', 'spec']);
    return notSuspended(spec.suspend) && jobRuns(isPlainObject(jobSpec) ? jobSpec : {});
  }
  return true;
}

function jobRuns(spec: PlainObject): boolean {
  return positiveOrDefault(spec.parallelism) && positiveOrDefault(spec.completions) && notSuspended(spec.suspend);
}

/** A count left to its default (1), or a positive integer. */
function positiveOrDefault(count: unknown): boolean {
  return count === undefined || count === null || (typeof count === 'number' && Number.isInteger(count) && count > 0);
}

/** `suspend` (or `paused`) absent, null or false. */
function notSuspended(suspend: unknown): boolean {
  return suspend === undefined || suspend === null || suspend === false;
}

/** Common prefix and suffix, in characters: echo-b-host is most like echo-b. */
function likeness(a: string, b: string): number {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return prefix + suffix;
}

function shown(twin: PodTemplate, of: PodTemplate): string {
  const { kind, name, namespace, doc } = twin.resource;
  const where = namespace !== undefined && namespace !== of.resource.namespace ? ` in namespace \`${echo(namespace)}\`` : '';
  // Another file of the same folder: its name says which.
  const file = doc.filePath !== of.resource.doc.filePath ? ` of \`${echo(path.basename(doc.filePath))}\`` : '';
  return `${echo(kind)} \`${name === undefined ? '(unnamed)' : echo(name)}\`${where}${file}`;
}

/**
 * Whether the twin's spec asks nothing to run that the host-network pod's
 * does not: every input that decides whether and where a pod runs is left to
 * its default or is the host copy's. Otherwise the twin may never run, and
 * the file shows no program on both networks: a nodeSelector, a `nodeName`
 * or required affinity no node matches (the pod stays Pending; the
 * DaemonSet controller creates no pod), a scheduler that does not exist, a
 * priority class, runtime class or service account that does not (admission
 * refuses the pod), resource requests no node can hold, a deadline the host
 * copy does not have, an image never pulled (`imagePullPolicy: Never`), a
 * mount of a volume the pod does not define (the API server refuses it), a
 * security context the kubelet may refuse to start (`runAsNonRoot` with
 * `runAsUser: 0`, a seccomp profile the node lacks). calico-lint cannot
 * know the cluster's nodes and objects; the host copy's own, which its author
 * means to run, are known to exist as much as anything is. Cilium's
 * connectivity check and Azure CNI's toolbox and goldpinger write the same
 * placement on both copies, or none on the twin.
 */
export function runsWhereItDoes(twin: PlainObject, host: PlainObject): boolean {
  if (!placedWhereItRuns(twin, host) || !mountsDefinedVolumes(twin)) return false;
  const scalars: Array<[string, readonly string[]]> = [
    ['priorityClassName', ['system-node-critical', 'system-cluster-critical']],
    ['serviceAccountName', ['default']],
    ['serviceAccount', ['default']],
  ];
  for (const [field, always] of scalars) {
    const value = twin[field];
    if (!unset(value) && !always.includes(value as string) && !sameValue(value, host[field])) return false;
  }
  // A security context may keep the kubelet from starting the pod (runAsNonRoot with runAsUser 0, a seccomp or
  // AppArmor profile the node lacks, an unsafe sysctl): the twin's is unset or the host copy's.
  if (!sameOrUnset(twin.overhead, host.overhead) || !sameOrUnset(twin.activeDeadlineSeconds, host.activeDeadlineSeconds) ||
    !sameOrUnset(twin.securityContext, host.securityContext)) return false;
  // The programs are equal, so each list holds as many containers on both sides.
  return CONTAINER_LISTS.every((list) => {
    const twins = Array.isArray(twin[list]) ? twin[list] as unknown[] : [];
    const hosts = Array.isArray(host[list]) ? host[list] as unknown[] : [];
    return twins.every((container, i) =>
      sameOrUnset(getIn(container, ['resources', 'requests']), getIn(hosts[i], ['resources', 'requests'])) && pulledAsOften(container, hosts[i]) &&
      sameOrUnset(getIn(container, ['securityContext']), getIn(hosts[i], ['securityContext'])));
  });
}

/**
 * Whether a pod spec is placed no more narrowly than `reference`, which its
 * author means to run: its `nodeName`, `schedulerName` (`default-scheduler`
 * always exists), `runtimeClassName` and required node affinity, pod
 * affinity and anti-affinity unset or the reference's, each entry of its
 * nodeSelector (which ANDs them) the reference's.
 */
export function placedWhereItRuns(spec: PlainObject, reference: PlainObject): boolean {
  for (const [field, always] of [['nodeName', []], ['schedulerName', ['default-scheduler']], ['runtimeClassName', []]] as const) {
    const value = spec[field];
    if (!unset(value) && !(always as readonly string[]).includes(value as string) && !sameValue(value, reference[field])) return false;
  }
  const selector = spec.nodeSelector;
  if (!unset(selector)) {
    const wanted = isPlainObject(reference.nodeSelector) ? reference.nodeSelector : {};
    if (!isPlainObject(selector) || !Object.entries(selector).every(([key, value]) => Object.hasOwn(wanted, key) && sameValue(wanted[key], value))) return false;
  }
  return ['nodeAffinity', 'podAffinity', 'podAntiAffinity'].every((kind) => {
    const path = ['affinity', kind, 'requiredDuringSchedulingIgnoredDuringExecution'];
    return sameOrUnset(getIn(spec, path), getIn(reference, path));
  });
}

/** No container mounts a volume the pod does not define: the API server refuses such a pod ("Not found"). */
export function mountsDefinedVolumes(spec: PlainObject): boolean {
  const volumes = new Set((Array.isArray(spec.volumes) ? spec.volumes : []).map((volume) => (isPlainObject(volume) ? volume.name : undefined)));
  return CONTAINER_LISTS.every((list) => !Array.isArray(spec[list]) || (spec[list] as unknown[]).every((container) => {
    const mounts = getIn(container, ['volumeMounts']);
    return !Array.isArray(mounts) || mounts.every((mount) => isPlainObject(mount) && volumes.has(mount.name));
  }));
}

/** `imagePullPolicy: Never` pulls nothing: the image must already be on the node, which a reference that pulls does not ask for. */
export function pulledAsOften(container: unknown, reference: unknown): boolean {
  return getIn(container, ['imagePullPolicy']) !== 'Never' || getIn(reference, ['imagePullPolicy']) === 'Never';
}

function unset(value: unknown): boolean {
  return value === undefined || value === null || value === '' ||
    (Array.isArray(value) && value.length === 0) || (isPlainObject(value) && Object.keys(value).length === 0);
}

function sameOrUnset(a: unknown, b: unknown): boolean {
  return unset(a) || sameValue(a, b);
}

/** Deep equality of decoded YAML values (mappings in any key order). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}
