/**
 * The pod specs a kustomization's inline patches write, as partial workloads
 * for the pod rules (no-host-network above all). `kubectl apply -k` applies
 * what the patches write: a JSON 6902 operation
 * `{op: add, path: /spec/template/spec/hostNetwork, value: true}` puts the
 * base's Deployment on the node's network, and calico-lint, which read the
 * base's Deployment without it, exited 0 (hostile-PR review A18).
 *
 * A patch in a file of its own is linted as that file (a strategic merge
 * patch is a partial workload like any other); a patch written inline, as a
 * string in the kustomization, is read here and judged the same way, at its
 * lines in the kustomization:
 * - a strategic merge patch (`patches[].patch`, or an inline entry of
 *   `patchesStrategicMerge`) is the partial workload it writes, read as
 *   kustomize reads it (kyaml: YAML 1.2);
 * - a JSON 6902 patch (`patches[].patch` or `patchesJson6902[].patch`, a list
 *   of operations, read with sigs.k8s.io/yaml: YAML 1.1) is the partial
 *   workload its `add` and `replace` operations write into the kind, name
 *   and namespace its `target` names (of a kind with a pod template).
 * The inline patches of a kustomization file are then judged on the workload
 * they land in, as patch files are: src/kustomize/patch-targets.ts renders
 * them on their target under their `entry`, and lint.ts hands the rendering to
 * the resource. Those of Flux and Argo CD patch what their source renders
 * (another repository or revision, a chart), which calico-lint cannot tell is
 * the tree: only what they write is seen. Nothing is executed and no other
 * file is read here.
 */
import type { PairPart, Path, SourceDocument, SourceRange } from '../parse/source.js';
import { goJsonKeyOf } from '../parse/go-json-key.js';
import { echo } from '../text.js';
import { embeddedYaml } from './embedded.js';
import { parsePointer } from './json-patch.js';
import { getIn, isPlainObject, type PlainObject } from './plain-object.js';

/** A partial workload a patch writes: its document (positioned in the kustomization) and object. */
export interface PatchedWorkload {
  doc: SourceDocument;
  object: PlainObject & { apiVersion: string; kind: string };
  /** "kustomization.yaml `patches[0]`". */
  shownAs: string;
  /**
   * Which inline patch of its host it is: `patches[0]`, `patchesStrategicMerge[1]`,
   * `patchesJson6902[0]` in a kustomization file (the field's name as
   * kustomize spells it, whatever case the file writes; src/kustomize/patch-targets.ts
   * renders it on its target under that name), the path written elsewhere;
   * none for a patch file (it is a document of its own).
   */
  entry?: string;
  /** Which document of the entry's text (empty ones not counted: kustomize skips them). */
  document?: number;
}

/** Of a kind with a pod template (resource.ts passes its own test, so that no import runs back). */
type WorkloadKind = (kind: string) => boolean;

/**
 * The partial workloads the inline patches of a kustomization document write
 * (`kustomizationFile`: the document is a kustomization.yaml), or of the
 * controllers that run kustomize with patches of the same shape: Flux's
 * Kustomization (`spec.patches`), a Flux HelmRelease's post-renderers
 * (`spec.postRenderers[].kustomize.patches`), an Argo CD Application's
 * kustomize source (`spec.source(s).kustomize.patches`).
 */
export function inlinePatchWorkloads(host: SourceDocument, kustomizationFile: boolean, isWorkload: WorkloadKind): PatchedWorkload[] {
  const value = host.value;
  if (!isPlainObject(value)) return [];
  const file = host.filePath.split(/[\\/]/).pop() ?? '';
  const found: PatchedWorkload[] = [];
  const shown = (path: Path) => `${echo(file)} \`${path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('').slice(1)}\``;
  const lists: Array<{ at: Path; jsonOnly: boolean; entry?: string }> = [];
  let namespace: string | undefined;
  // kustomize decodes a kustomization with encoding/json: `Patches:` is its `patches`.
  const field = (name: string) => (kustomizationFile ? goJsonKeyOf(value, name) : undefined);
  if (kustomizationFile) {
    const namespaceKey = field('namespace');
    const written = namespaceKey === undefined ? undefined : value[namespaceKey];
    namespace = typeof written === 'string' && written !== '' ? written : undefined;
    for (const [name, jsonOnly] of [['patches', false], ['patchesJson6902', true]] as const) {
      const key = field(name);
      if (key !== undefined) lists.push({ at: [key], jsonOnly, entry: name });
    }
  } else if (typeof value.apiVersion === 'string' && value.kind === 'Kustomization' && value.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) {
    lists.push({ at: ['spec', 'patches'], jsonOnly: false });
  } else if (typeof value.apiVersion === 'string' && value.kind === 'HelmRelease' && value.apiVersion.startsWith('helm.toolkit.fluxcd.io/')) {
    const renderers = getIn(value, ['spec', 'postRenderers']);
    if (Array.isArray(renderers)) renderers.forEach((_, i) => lists.push({ at: ['spec', 'postRenderers', i, 'kustomize', 'patches'], jsonOnly: false }));
  } else if (typeof value.apiVersion === 'string' && value.kind === 'Application' && value.apiVersion.startsWith('argoproj.io/')) {
    lists.push({ at: ['spec', 'source', 'kustomize', 'patches'], jsonOnly: false });
    const sources = getIn(value, ['spec', 'sources']);
    if (Array.isArray(sources)) sources.forEach((_, i) => lists.push({ at: ['spec', 'sources', i, 'kustomize', 'patches'], jsonOnly: false }));
  }
  const entryOf = (at: Path, named: string | undefined, i: number) => (named === undefined ? shown([...at, i]) : `${named}[${i}]`);
  for (const { at, jsonOnly, entry: named } of lists) {
    const entries = getIn(value, at);
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      if (!isPlainObject(entry) || typeof entry.patch !== 'string') return;
      const target = isPlainObject(entry.target) ? entry.target : undefined;
      for (const workload of patchWorkloads(host, [...at, i, 'patch'], entry.patch, target, namespace, jsonOnly, isWorkload)) {
        found.push({ ...workload, shownAs: shown([...at, i]), entry: entryOf(at, named, i) });
      }
    });
  }
  const mergesKey = field('patchesStrategicMerge');
  const merges = mergesKey === undefined ? undefined : value[mergesKey];
  if (Array.isArray(merges)) {
    merges.forEach((entry, i) => {
      // An entry is a file path, or an inline patch (kustomize: a string that parses as an object), also on one line:
      // `{"apiVersion": …}` (src/kustomize/patch-targets.ts reads the same entries as inline).
      if (typeof entry !== 'string' || !isInlinePatchText(entry)) return;
      for (const workload of mergeWorkloads(host, [mergesKey!, i], entry, namespace, isWorkload)) {
        found.push({ ...workload, shownAs: shown([mergesKey!, i]), entry: `patchesStrategicMerge[${i}]` });
      }
    });
  }
  return found;
}

/**
 * Whether an entry of `patchesStrategicMerge` is a patch written inline, not a
 * file's path: kustomize loads it as a file, and on failure reads it as YAML.
 * A patch that can write a pod spec's field spans lines or holds a flow
 * mapping (`{`), and a `:` or `[` does not belong in a path kustomize loads.
 */
export function isInlinePatchText(entry: string): boolean {
  return /[\n:{[]/.test(entry);
}

/** Where each kind keeps its pod spec, for a patch file that names no kind. */
const POD_SPEC_OF: ReadonlyArray<readonly [string, Path]> = [
  ['Pod', ['spec']],
  ['Deployment', ['spec', 'template', 'spec']],
  ['CronJob', ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
];

/**
 * A JSON 6902 patch in a file of its own (what `patches[].path` or
 * `patchesJson6902[].path` names): a list of operations, with no target.
 * When its operations write a pod spec's `hostNetwork`, it is the partial
 * workload they write, of the kind whose pod spec sits there (a Pod at
 * `/spec`, a controller at `/spec/template/spec`, a CronJob deeper), unnamed:
 * the target is in the kustomization, which may not even mention hostNetwork.
 */
export function jsonPatchFileWorkload(doc: SourceDocument, isWorkload: WorkloadKind): PatchedWorkload | undefined {
  const operations = doc.value;
  if (!Array.isArray(operations) || operations.length === 0) return undefined;
  if (!operations.every((entry) => isPlainObject(entry) && typeof entry.op === 'string' && typeof entry.path === 'string')) return undefined;
  const workload = jsonPatchWorkload(doc, [], doc, { kind: 'Deployment' }, undefined, isWorkload);
  if (workload === undefined) return undefined;
  const kind = POD_SPEC_OF.find(([, at]) => getIn(workload.object, [...at, 'hostNetwork']) !== undefined)?.[0];
  if (kind === undefined) return undefined;
  workload.object.kind = kind;
  workload.object.apiVersion = '';
  const file = doc.filePath.split(/[\\/]/).pop() ?? '';
  return { ...workload, shownAs: `the JSON 6902 patch file ${echo(file)}` };
}

type Written = Omit<PatchedWorkload, 'shownAs'>;

function patchWorkloads(
  host: SourceDocument, path: Path, text: string, target: PlainObject | undefined, namespace: string | undefined, jsonOnly: boolean, isWorkload: WorkloadKind,
): Written[] {
  const embedded = embeddedYaml(host, path, text);
  const documents = embedded.documents.filter((doc) => doc.value !== null);
  if (embedded.problems.length === 0 && documents.length === 1 && Array.isArray(documents[0]!.value)) {
    const workload = target === undefined ? undefined : jsonPatchWorkload(host, path, documents[0]!, target, namespace, isWorkload);
    return workload === undefined ? [] : [workload];
  }
  return jsonOnly ? [] : mergeWorkloads(host, path, text, namespace, isWorkload);
}

/**
 * Strategic merge patches: the partial workloads they are (kustomize needs
 * their kind and name). An entry's text may hold several (kustomize's
 * SliceFromBytes): each is applied, so each is read.
 */
function mergeWorkloads(host: SourceDocument, path: Path, text: string, namespace: string | undefined, isWorkload: WorkloadKind): Written[] {
  const embedded = embeddedYaml(host, path, text, '1.2');
  if (embedded.problems.length > 0) return [];
  const found: Written[] = [];
  embedded.documents.filter((doc) => doc.value !== null).forEach((doc, document) => {
    const patch = doc.value;
    if (!isPlainObject(patch) || typeof patch.kind !== 'string' || !isWorkload(patch.kind)) return;
    const metadata = isPlainObject(patch.metadata) ? patch.metadata : {};
    const object = {
      ...patch,
      apiVersion: typeof patch.apiVersion === 'string' ? patch.apiVersion : '',
      kind: patch.kind,
      metadata: metadata.namespace === undefined && namespace !== undefined ? { ...metadata, namespace } : metadata,
    };
    found.push({ doc, object, document });
  });
  return found;
}

/**
 * A JSON 6902 patch: what its `add` and `replace` operations write, in
 * order, into an empty object of the target's kind, name and namespace. Each
 * path of it is located at the value of the operation that wrote it.
 */
function jsonPatchWorkload(
  host: SourceDocument, path: Path, ops: SourceDocument, target: PlainObject, namespace: string | undefined, isWorkload: WorkloadKind,
): Written | undefined {
  const kind = target.kind;
  if (typeof kind !== 'string' || !isWorkload(kind)) return undefined;
  const group = typeof target.group === 'string' && target.group !== '' ? `${target.group}/` : '';
  const version = typeof target.version === 'string' ? target.version : '';
  const metadata: PlainObject = {};
  if (typeof target.name === 'string') metadata.name = target.name;
  const targetNamespace = typeof target.namespace === 'string' && target.namespace !== '' ? target.namespace : namespace;
  if (targetNamespace !== undefined) metadata.namespace = targetNamespace;
  const object: PlainObject & { apiVersion: string; kind: string } = { apiVersion: `${group}${version}`, kind, metadata };
  const written: Array<{ tokens: string[]; op: number }> = [];
  (ops.value as unknown[]).forEach((operation, op) => {
    if (!isPlainObject(operation) || typeof operation.path !== 'string') return;
    const tokens = parsePointer(operation.path);
    if (tokens === undefined || tokens.length === 0 || tokens.some((token) => /^(?:\d+|-)$/.test(token))) return;
    let value: unknown;
    if (operation.op === 'add' || operation.op === 'replace') value = operation.value;
    else if (operation.op === 'copy' || operation.op === 'move') {
      // What an earlier operation wrote at `from` (an object added elsewhere, then moved into the pod spec); else a
      // value of the target (`from: /spec/template/spec/automountServiceAccountToken`) that only its rendering shows
      // (src/kustomize/patch-targets.ts): into `hostNetwork`, read as the host network.
      const from = typeof operation.from === 'string' ? parsePointer(operation.from) : undefined;
      const earlier = from === undefined ? undefined : getIn(object, from);
      if (earlier !== undefined) value = structuredClone(earlier);
      else if (tokens.at(-1) === 'hostNetwork') value = true;
      else return;
    } else return;
    let parent: PlainObject = object;
    for (const token of tokens.slice(0, -1)) {
      if (!isPlainObject(parent[token])) parent[token] = {};
      parent = parent[token] as PlainObject;
    }
    parent[tokens.at(-1)!] = value;
    written.push({ tokens, op });
  });
  if (written.length === 0) return undefined;
  const writerOf = (at: Path) => [...written].reverse().find(({ tokens }) => tokens.every((token, i) => at[i] === token));
  const doc: SourceDocument = {
    filePath: host.filePath,
    index: host.index,
    value: object,
    unresolvedTags: [],
    locate(at: Path, part?: PairPart): SourceRange {
      const writer = writerOf(at);
      if (writer !== undefined) {
        const inValue = [writer.op, 'value', ...at.slice(writer.tokens.length)];
        // The key of the operation's target is its `path`; a copy or move writes no `value` of its own.
        if ((at.length === writer.tokens.length && part === 'key') || !ops.has([writer.op, 'value'])) return ops.locate([writer.op, 'path']);
        return ops.locate(inValue, part);
      }
      const prefixOf = written.find(({ tokens }) => at.every((step, i) => tokens[i] === step));
      return prefixOf !== undefined ? ops.locate([prefixOf.op, 'path']) : host.locate(path);
    },
    has(at: Path): boolean {
      let here: unknown = object;
      for (const step of at) {
        if (!isPlainObject(here) || typeof step !== 'string' || !Object.hasOwn(here, step)) return false;
        here = here[step];
      }
      return true;
    },
  };
  return { doc, object };
}
