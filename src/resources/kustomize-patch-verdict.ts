/**
 * `hostNetwork: true` in a kustomize patch, judged on the workload the patch
 * lands in (src/kustomize/patch-targets.ts), and a host-network workload
 * judged on what the kustomizations that patch it make of it:
 * - a patch applied by a kustomization of the tree: on every workload it
 *   patches, as patched. The evidence must be in the patched workload (the
 *   patch's own lines, or the target's that the patch keeps); a target that
 *   is not in the files read (a remote or Helm base), that kustomize would not
 *   find (several match: the build fails) or that calico-lint cannot patch
 *   exactly is a workload without evidence: an error that says why;
 * - a workload whose own manifest shows it needs the node's network, but that
 *   a kustomization patches into one that does not (a patch setting another
 *   `priorityClassName`, or deleting the container or volume the evidence was
 *   in): an error naming the patch;
 * A pod template without containers that no kustomization of the files read
 * applies: the API server refuses it as a workload (`spec.template.spec.
 * containers: Required value`), but `kubectl patch --patch-file` applies it
 * as it is, to the workload of its kind, name and namespace only (see
 * fragmentSiblings). Judged on that workload where the folder holds it, else
 * as written: the file is then the only place in the tree that shows the
 * change (docs/rules/no-host-network.md#kustomize-patches).
 */
import path from 'node:path';
import { echo } from '../text.js';
import type { DocumentRef, MissedTarget, Rendering } from '../kustomize/patch-targets.js';
import { podSpecPathOf } from '../kustomize/patch-targets.js';
import type { HostNetworkAssessment } from './host-network-evidence.js';
import { getIn, isPlainObject, type PodTemplate, type Resource } from './resource.js';
import { mergeWorkloadPatch } from '../kustomize/workload-merge-patch.js';

export interface KustomizeVerdict {
  message: string;
  /** Set when the finding is suppressed: why. */
  exemption?: string;
}

export interface KustomizeVerdictOptions {
  allowNodeNetworkComponents: boolean;
  /** `rendered`: a workload as a kustomization patches it, whose file holds no twin of it (the twin evidence is not asked for). */
  assess(template: PodTemplate, filePath: string, rendered: boolean): HostNetworkAssessment;
  /** "a, b and c" of the decisive evidence. */
  listOf(assessment: HostNetworkAssessment): string;
  /** The workload a containerless fragment that no kustomization applies can only be patched into (fragmentSiblings). */
  siblingOf?: SiblingFinder;
  /** The infra pool a namespace may use (`infraPools`), if any: there hostNetwork is an error whatever the evidence. */
  infraPoolIn?: (namespace: string) => { name: string; annotation: string } | undefined;
}

export type SiblingFinder = (template: PodTemplate) => Resource | undefined;

/**
 * For a pod template without containers that no kustomization applies (a
 * patch applied by `kubectl patch --patch-file`): the one workload of the same
 * folder with its kind, name and written namespace, and containers. The API
 * server refuses a patch that changes the object's name or namespace
 * (apiserver endpoints/handlers checkName: "the name of the object (%s) does
 * not match the name on the URL"), so the fragment can only land in the
 * workload of that identity; a fragment without a namespace could land in any
 * namespace's, and is judged as written.
 */
export function fragmentSiblings(resources: readonly Resource[]): SiblingFinder {
  let index: Map<string, Resource[]> | undefined;
  const keyOf = (kind: string, namespace: string, name: string, folder: string) => JSON.stringify([kind, namespace, name, folder]);
  return (template) => {
    const { resource } = template;
    const written = resource.metadata.namespace;
    if (!hasNoContainers(template) || typeof written !== 'string' || written === '' || resource.name === undefined) return undefined;
    if (index === undefined) {
      index = new Map();
      for (const candidate of resources) {
        if (candidate.path.length > 0 || candidate.name === undefined || candidate.namespace === undefined) continue;
        if (!candidate.podTemplates.some((pod) => !hasNoContainers(pod))) continue;
        const key = keyOf(candidate.kind, candidate.namespace, candidate.name, path.dirname(candidate.doc.filePath));
        const list = index.get(key);
        if (list) list.push(candidate);
        else index.set(key, [candidate]);
      }
    }
    const found = index.get(keyOf(resource.kind, written, resource.name, path.dirname(resource.doc.filePath))) ?? [];
    return found.length === 1 && found[0] !== resource ? found[0] : undefined;
  };
}

/** No `containers`, or none listed: the API server's "Required value". */
function hasNoContainers(template: PodTemplate): boolean {
  const containers = template.spec.containers;
  return containers === undefined || containers === null || (Array.isArray(containers) && containers.length === 0);
}

/** The verdict on a host-network pod template that kustomize patches or patches with; undefined when kustomize changes nothing of it. */
export function kustomizeVerdict(template: PodTemplate, options: KustomizeVerdictOptions): KustomizeVerdict | undefined {
  const kustomized = template.resource.kustomized;
  if (kustomized !== undefined && (kustomized.asPatch.length > 0 || kustomized.missed.length > 0)) {
    return patchVerdict(template, kustomized.asPatch, kustomized.missed, options);
  }
  if (kustomized !== undefined && kustomized.asTarget.length > 0) return targetVerdict(template, kustomized.asTarget, options);
  const sibling = options.siblingOf?.(template);
  return sibling === undefined ? undefined : fragmentVerdict(template, sibling, options);
}

/** A fragment judged on the one workload it can patch; undefined (judged as written) when the patched workload shows no need. */
function fragmentVerdict(template: PodTemplate, sibling: Resource, options: KustomizeVerdictOptions): KustomizeVerdict | undefined {
  const specPath = podSpecPathOf(sibling.kind);
  if (specPath === undefined || !options.allowNodeNetworkComponents) return undefined;
  const object = mergeWorkloadPatch(sibling.object, template.resource.object, specPath);
  const rendering: Rendering = {
    kustomization: '',
    target: { file: sibling.doc.filePath, index: sibling.doc.index, kind: sibling.kind, name: sibling.name!, namespace: sibling.namespace! },
    patches: [{ file: template.resource.doc.filePath, index: template.resource.doc.index }],
    object,
  };
  const judged = judge(rendering, template, options);
  if (judged.outcome !== 'needs') return undefined;
  const target = targetName(path.dirname(template.resource.doc.filePath), rendering);
  const evidence = options.listOf(judged.assessment);
  return {
    message: `\`hostNetwork: true\` is in a pod template without containers that no kustomization in the files read applies: a patch, which ` +
      `\`kubectl patch --patch-file\` can only apply to ${target} (the API server refuses a patch that renames the object). ` +
      `Patched, it needs the node's network: ${evidence}.`,
    exemption: `a patch of ${target}, which needs the node's network: ${evidence}`,
  };
}

type Judged =
  | { rendering: Rendering; outcome: 'not-host-network' }
  | { rendering: Rendering; outcome: 'needs'; assessment: HostNetworkAssessment }
  | { rendering: Rendering; outcome: 'no-evidence'; assessment: HostNetworkAssessment }
  | { rendering: Rendering; outcome: 'not-applied' };

function judge(rendering: Rendering, template: PodTemplate, options: KustomizeVerdictOptions): Judged {
  const patched = renderedTemplate(template.resource, rendering);
  if (patched === undefined) return { rendering, outcome: 'not-applied' };
  if (patched.spec.hostNetwork !== true) return { rendering, outcome: 'not-host-network' };
  const assessment = options.assess(patched, rendering.target.file, true);
  return assessment.decisive.length > 0 ? { rendering, outcome: 'needs', assessment } : { rendering, outcome: 'no-evidence', assessment };
}

function patchVerdict(template: PodTemplate, renderings: readonly Rendering[], missed: readonly MissedTarget[], options: KustomizeVerdictOptions): KustomizeVerdict | undefined {
  const from = path.dirname(template.resource.doc.filePath);
  const miss = missed[0];
  // The patch's own evidence lands in whatever it patches: where the patched workload is unknown, the patch is judged as written (the rule's own verdict).
  const ownEvidence = () => options.allowNodeNetworkComponents && options.assess(template, template.resource.doc.filePath, false).decisive.length > 0;
  if (miss !== undefined && ownEvidence()) return undefined;
  if (miss !== undefined) {
    const kustomization = shown(from, miss.kustomization);
    const why = miss.reason === 'ambiguous'
      ? 'more than one workload matches it (kustomize refuses to build that)'
      : miss.reason === 'not-rendered'
        ? 'calico-lint does not render that kustomization (a component, a name prefix or suffix, a selector it does not read, or one kustomize refuses)'
        : 'it is not in the files read (a remote or Helm base)';
    return {
      message: `\`hostNetwork: true\` in this kustomize patch (applied by \`${kustomization}\`) targets ${echo(miss.wanted)}, but ${why}: ` +
        "nothing shows that the patched workload needs the node's network. " +
        `Lint the rendered output: kustomize build ${echo(path.dirname(kustomization) || '.')} | calico-lint -`,
    };
  }
  const judged = renderings.map((rendering) => judge(rendering, template, options));
  // In a namespace that may use an infra pool, that is where the pool belongs, whatever the patched workload shows.
  for (const item of judged) {
    const pool = item.outcome === 'not-host-network' ? undefined : options.infraPoolIn?.(item.rendering.target.namespace);
    if (pool === undefined) continue;
    return {
      message: `\`hostNetwork: true\` in this kustomize patch (applied by \`${shown(from, item.rendering.kustomization)}\`) puts ${targetName(from, item.rendering)} ` +
        `on the node's network (port clashes, no pod network policy, CVE-2020-15257). Namespace \`${echo(item.rendering.target.namespace)}\` may use infra pool ` +
        `\`${echo(pool.name)}\`: remove hostNetwork from the patch and add \`${pool.annotation}: '${echo(JSON.stringify([pool.name]))}'\` to the pod template's annotations.`,
    };
  }
  const failed = judged.find((item) => item.outcome === 'not-applied' || item.outcome === 'no-evidence');
  if (failed !== undefined) {
    const target = targetName(from, failed.rendering);
    const by = shown(from, failed.rendering.kustomization);
    if (failed.outcome === 'not-applied') {
      if (ownEvidence()) return undefined;
      return {
        message: `\`hostNetwork: true\` in this kustomize patch (applied by \`${by}\`) puts ${target} on the node's network, but calico-lint cannot apply ` +
          'the patches of that workload exactly (a directive it does not model, or a merge kustomize refuses): nothing shows that it needs the node\'s network. ' +
          `Lint the rendered output: kustomize build ${echo(path.dirname(by) || '.')} | calico-lint -`,
      };
    }
    return {
      message: `\`hostNetwork: true\` in this kustomize patch (applied by \`${by}\`) puts ${target} on the node's network ` +
        '(port clashes, no pod network policy, CVE-2020-15257). Nothing in the patched workload shows that it needs the node\'s network. ' +
        "Remove it, or list the workload in `hostNetwork.allow` if it truly needs the node's network.",
    };
  }
  const needs = judged.filter((item): item is Extract<Judged, { outcome: 'needs' }> => item.outcome === 'needs');
  const names = [...new Set(judged.map((item) => targetName(from, item.rendering)))].join(', ');
  if (needs.length === 0) {
    return {
      message: `This kustomize patch's \`hostNetwork: true\` does not stay in the pod template of ${names}: the patched workload is not on the node's network.`,
      exemption: `patches ${names}, whose patched pod template is not on the node's network`,
    };
  }
  const evidence = options.listOf(needs[0]!.assessment);
  if (!options.allowNodeNetworkComponents) {
    return {
      message: `\`hostNetwork: true\` in this kustomize patch puts ${names} on the node's network. The patched workload shows it needs it (${evidence}), but ` +
        '`hostNetwork.allowNodeNetworkComponents` is false: list the workload in `hostNetwork.allow`.',
    };
  }
  return {
    message: `\`hostNetwork: true\` in this kustomize patch puts ${names} on the node's network, which the patched workload needs: ${evidence}.`,
    exemption: `patches ${names}, which needs the node's network: ${evidence}`,
  };
}

/** A host-network workload exempt as written loses the exemption where a kustomization patches its evidence away. */
function targetVerdict(template: PodTemplate, renderings: readonly Rendering[], options: KustomizeVerdictOptions): KustomizeVerdict | undefined {
  const own = options.assess(template, template.resource.doc.filePath, false);
  if (own.decisive.length === 0 || !options.allowNodeNetworkComponents) return undefined;
  const from = path.dirname(template.resource.doc.filePath);
  for (const rendering of renderings) {
    const judged = judge(rendering, template, options);
    if (judged.outcome !== 'no-evidence' && judged.outcome !== 'not-applied') continue;
    const by = shown(from, rendering.kustomization);
    const patches = [...new Set(rendering.patches.map((ref) => shownPatch(from, ref, rendering.kustomization)))].join(', ');
    const after = judged.outcome === 'not-applied'
      ? 'calico-lint cannot apply those patches exactly, so nothing shows that the patched workload needs it'
      : "nothing in the patched workload shows that it needs it";
    return {
      message: `\`hostNetwork: true\` puts ${template.resource.displayName} on the node's network (port clashes, no pod network policy, CVE-2020-15257). ` +
        `Its manifest shows it needs it (${options.listOf(own)}), but \`${by}\` patches it with ${patches}, and ${after}. ` +
        "Keep the evidence in the patched workload, or list the workload in `hostNetwork.allow`.",
    };
  }
  return undefined;
}

/** The target's pod template after the patches, as a pod template of a resource of the target's kind. */
function renderedTemplate(patch: Resource, rendering: Rendering): PodTemplate | undefined {
  const { object, target } = rendering;
  const specPath = podSpecPathOf(target.kind);
  if (object === undefined || specPath === undefined) return undefined;
  const templatePath = specPath.slice(0, -1);
  const holder = templatePath.length === 0 ? object : getIn(object, templatePath);
  if (!isPlainObject(holder)) return undefined;
  const metadata = isPlainObject(holder.metadata) ? holder.metadata : {};
  const spec = isPlainObject(holder.spec) ? holder.spec : {};
  // The patch's resource, seen as the target: the evidence reads its kind and namespace (a bare Pod, kube-system).
  const resource = Object.create(patch, {
    kind: { value: target.kind },
    name: { value: target.name },
    namespace: { value: target.namespace },
    object: { value: object },
    shownName: { value: undefined, writable: true },
  }) as Resource;
  return { resource, path: templatePath, metadata, spec };
}

/** A patch file as `patch.yaml`; an inline patch as its entry, with its kustomization where that is not the one named. */
function shownPatch(from: string, ref: DocumentRef, kustomization: string): string {
  if (ref.entry === undefined) return `\`${shown(from, ref.file)}\``;
  return ref.file === kustomization ? `its inline patch \`${echo(ref.entry)}\`` : `the inline patch \`${echo(ref.entry)}\` of \`${shown(from, ref.file)}\``;
}

function shown(from: string, file: string): string {
  return echo(path.relative(from, file).replaceAll('\\', '/') || path.basename(file));
}

function targetName(from: string, rendering: Rendering): string {
  return `${echo(rendering.target.kind)} \`${echo(rendering.target.name)}\` in \`${shown(from, rendering.target.file)}\``;
}
