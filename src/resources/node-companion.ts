/**
 * A companion of a node component: a host-network pod with a regular
 * container that runs the program of a node component of the same cluster
 * scope and namespace. The GCE PD CSI driver ships its controller
 * (a Deployment) on the host network, for GKE's Workload Identity metadata
 * server, with no mark of its own; its node plugin (a DaemonSet), privileged
 * with the kubelet's plugin folders, runs the same driver image. A pod that
 * runs a node component's program is that component's other half, and shares
 * its need for the node's network.
 *
 * The sibling is the evidence, so it must be one on its own:
 * - another pod template on the host network, that runs (not a PodTemplate,
 *   not scaled to zero, not suspended), that Kubernetes does not refuse as
 *   written, and that its own manifest exempts (its decisive marks, never a
 *   pod-network twin, a companion or a refusal: no chains);
 * - in the same namespace as the companion (the two halves of one install);
 * - whose regular container acts on the node: privileged, adds NET_ADMIN or
 *   NET_RAW, is a Windows HostProcess container, or mounts one of the node
 *   paths (NODE_HOST_PATHS). An init container that installs and exits, or a
 *   controller whose own marks are placement or priority, says nothing of
 *   what its image is (Calico's unified image runs calico-node's installer,
 *   kube-controllers and calicoctl alike).
 * And the companion's regular container runs that container's program: the
 * same `image` string (non-empty; a template such as kubermatic's
 * `{{ Image "…" }}` only in the same file, which renders it once, and only
 * an action that reads no values: `{{ .Values.image }}` renders per chart, per
 * loop), the same positional words in `command` (after the executable) and
 * `args` (every word not starting with `-`: subcommands and scripts, so that
 * `/hyperkube kubectl` is not `/hyperkube proxy`, `calicoctl version` not
 * `calico component node`, `sh -c "sleep 1d"` not the entrypoint), and the
 * same executable when both write one (the entrypoint when a side writes
 * none: the GCE PD controller writes `/gce-pd-csi-driver`, its node plugin
 * nothing). Flags may differ: the controller and node modes of one binary.
 *
 * What it costs: the sibling had to carry decisive evidence that its author
 * could have put on the companion directly, so a sibling written for the
 * purpose is dearer than the marks it carries. Beside a node component that
 * exists (calico-node), a CI runner passes only in that component's
 * namespace (kube-system, calico-system: the cluster administrator's) and
 * with a regular container that runs the component's image and program (or
 * its entrypoint with flags only): lines that a diff shows as a node
 * component inside the runner, and more than `priorityClassName:
 * system-node-critical`, which decides in any namespace.
 */
import type { Path } from '../parse/source.js';
import { echo } from '../text.js';
import { assessHostNetwork, nodeActingContainers, type Evidence, type NodeActingContainer } from './host-network-evidence.js';
import { mountsDefinedVolumes, placedWhereItRuns, pulledAsOften, runs, sameObject } from './pod-network-twin.js';
import { refusalOf } from './refused-pod.js';
import { isPlainObject, type PodTemplate, type Resource } from './resource.js';

/** The container fields read here, in host-network pod specs (with host-network-evidence.ts's). */
export const COMPANION_CONTAINER_FIELDS: readonly string[] = ['name', 'image', 'command', 'args'];

/** A node component whose program a host-network pod runs. */
export interface Companion {
  /** The companion's container that runs it. */
  container: { name: string; path: Path };
  /** The node component's pod template, its container that acts on the node, and how. */
  sibling: PodTemplate;
  siblingContainer: NodeActingContainer;
  /** What exempts the sibling on its own. */
  siblingEvidence: readonly Evidence[];
  /** "DaemonSet `csi-gce-pd-node` (node.yaml:44:18)": escaped. */
  shown: string;
}

/** "file:line:column" of a place in a resource, as messages show it. */
export type Where = (resource: Resource, path: Path) => string;

/** Finds the node component a host-network pod template is a companion of, or undefined. */
export type CompanionFinder = (template: PodTemplate) => Companion | undefined;

interface Candidate {
  template: PodTemplate;
  container: NodeActingContainer;
  program: Program;
  decisive: readonly Evidence[];
}

/**
 * The companion finder over the resources of one cluster scope; `where`
 * places the sibling in messages. The index (host-network node components by
 * image) is built on the first call only.
 */
export function nodeComponentCompanions(resources: readonly Resource[], where?: Where): CompanionFinder {
  let byImage: Map<string, Candidate[]> | undefined;
  const index = () => {
    byImage = new Map();
    for (const resource of resources) {
      for (const template of resource.podTemplates) {
        if (template.spec.hostNetwork !== true || !runs(template) || refusalOf(template) !== undefined) continue;
        // Its own marks only: no twin finder, no companion finder.
        const decisive = assessHostNetwork(template, resource.doc.filePath).decisive;
        if (decisive.length === 0) continue;
        for (const container of nodeActingContainers(template)) {
          const program = programOf(container.value);
          if (program === undefined) continue;
          const list = byImage.get(program.image);
          if (list === undefined) byImage.set(program.image, [{ template, container, program, decisive }]);
          else list.push({ template, container, program, decisive });
        }
      }
    }
    return byImage;
  };
  return (template) => {
    const containers = template.spec.containers;
    if (!Array.isArray(containers)) return undefined;
    for (const [i, value] of containers.entries()) {
      if (!isPlainObject(value)) continue;
      const program = programOf(value);
      if (program === undefined) continue;
      const candidates = (byImage ?? index()).get(program.image) ?? [];
      const sibling = candidates.find((candidate) => candidate.template !== template && sameComponent(template, program, candidate) &&
        mayRunBeside(candidate, template, value));
      if (sibling === undefined) continue;
      const path = [...template.path, 'spec', 'containers', i];
      const name = typeof value.name === 'string' ? echo(value.name) : String(i);
      return {
        container: { name, path },
        sibling: sibling.template,
        siblingContainer: sibling.container,
        siblingEvidence: sibling.decisive,
        shown: shown(sibling, where),
      };
    }
    return undefined;
  };
}

function sameComponent(template: PodTemplate, program: Program, candidate: Candidate): boolean {
  if (candidate.template.resource.namespace !== template.resource.namespace) return false;
  // Another object: not the workload itself as a kustomize patch renders it (a patch that deletes its marks).
  if (sameObject(candidate.template.resource, template.resource)) return false;
  if (isTemplated(program.image) && candidate.template.resource.doc.filePath !== template.resource.doc.filePath) return false;
  const other = candidate.program;
  if (program.executable !== undefined && other.executable !== undefined && program.executable !== other.executable) return false;
  return program.positional.length === other.positional.length && program.positional.every((word, i) => word === other.positional[i]);
}

/**
 * Whether the sibling may run where the companion does: placed no more
 * narrowly (its nodeName, scheduler, runtime class, required affinity unset
 * or the companion's, its nodeSelector's entries the companion's), mounting
 * only volumes it defines (else the API server refuses it), and pulling the
 * image (`imagePullPolicy: Never` only where the companion has it too). A
 * node component that never runs (pinned to no node) is no evidence for the
 * pod that runs its program; the GCE PD driver's controller and node plugin
 * are both pinned to `kubernetes.io/os: linux`.
 */
function mayRunBeside(candidate: Candidate, template: PodTemplate, container: Record<string, unknown>): boolean {
  const sibling = candidate.template.spec;
  return placedWhereItRuns(sibling, template.spec) && mountsDefinedVolumes(sibling) && pulledAsOften(candidate.container.value, container);
}


interface Program {
  image: string;
  /** `command[0]`; undefined: the image's entrypoint. */
  executable: string | undefined;
  /** The words of `command` after the executable, then of `args`, that do not start with `-`. */
  positional: readonly string[];
}

/** A container's program, or undefined when there is none to compare (no image, a template that reads values, lists that are not strings). */
function programOf(container: Record<string, unknown>): Program | undefined {
  const { image } = container;
  if (typeof image !== 'string' || image.trim() === '' || readsValues(image)) return undefined;
  const command = words(container.command);
  const args = words(container.args);
  if (command === undefined || args === undefined) return undefined;
  const positional = [...command.slice(1), ...args].filter((word) => !word.startsWith('-'));
  return { image, executable: command[0], positional };
}

/** A command or args list as Kubernetes reads it (absent, null and [] alike); undefined when not plain strings. */
function words(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) && value.every((item): item is string => typeof item === 'string') ? value : undefined;
}

/** A Go template action or a shell variable inside the value: what it becomes depends on the rendering. */
function isTemplated(image: string): boolean {
  return image.includes('{{') || image.includes('${');
}

/**
 * A Go template action that reads values (`.Values.image`, `$var`, `.`):
 * the same text renders differently per chart and per loop. An action whose
 * arguments are string literals (`{{ Image "registry.k8s.io/x:v1" }}`)
 * renders the same wherever the file renders it.
 */
function readsValues(image: string): boolean {
  for (const [, action] of image.matchAll(/\{\{(.*?)\}\}/gs)) {
    const code = action!.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '');
    if (/[.$]/.test(code)) return true;
  }
  return false;
}

function shown(candidate: Candidate, where: Where | undefined): string {
  const { kind, name } = candidate.template.resource;
  const place = where === undefined ? '' : ` (${where(candidate.template.resource, [...candidate.container.path, 'image'])})`;
  return `${echo(kind)} \`${name === undefined ? '(unnamed)' : echo(name)}\`${place}`;
}
