/**
 * kubectl as the oracle for the structural inputs (structural.ts), Helm values
 * included: what kubectl creates from each input, and, for each object that
 * carries Helm values in a string, what Helm decodes from them. Helm reads
 * values with sigs.k8s.io/yaml, the decoder kubectl reads a manifest with, so
 * kubectl decoding the values text as a document (with an apiVersion and kind
 * added) is Helm's reading; a text kubectl cannot decode is values Helm refuses.
 * The Installation the tigera-operator chart renders from them (its `installation`
 * values as the spec) joins kubectl's objects in the reference.
 */
import { isSilentMiss, kubectlObjects, referenceErrors, calicoFindings, type Input } from './oracle.js';
import type { StructuralInput } from './structural.js';

export interface StructuralVerdict {
  /** Rule ids of the errors in what kubectl (and Helm, for values) creates, sorted. */
  kubectl: string[];
  /** Some Helm values in the objects kubectl creates cannot be decoded: calico-lint must report an error. */
  valuesRefused: boolean;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where Helm values are written as a string, per kind (as in src/resources/resource.ts). */
function valuesStringPaths(object: Json): string[][] {
  switch (object.kind) {
    case 'HelmChartConfig':
    case 'HelmChart':
      return [['spec', 'valuesContent']];
    case 'Application': {
      const helms = [['spec', 'source', 'helm']];
      const sources = isObject(object.spec) ? object.spec.sources : undefined;
      if (Array.isArray(sources)) sources.forEach((_, i) => helms.push(['spec', 'sources', String(i), 'helm']));
      // Argo CD ignores `values` when `valuesObject` is set (pkg/apis/application/v1alpha1/values.go:91-101).
      return helms.filter((helm) => getIn(object, [...helm, 'valuesObject']) == null).map((helm) => [...helm, 'values']);
    }
    default:
      return [];
  }
}

/** Where Helm values are written as a mapping of the object, per kind. */
function valuesObjectPaths(object: Json): string[][] {
  if (object.kind === 'HelmRelease') return [['spec', 'values']];
  if (object.kind !== 'Application') return [];
  const paths = [['spec', 'source', 'helm', 'valuesObject']];
  const sources = isObject(object.spec) ? object.spec.sources : undefined;
  if (Array.isArray(sources)) sources.forEach((_, i) => paths.push(['spec', 'sources', String(i), 'helm', 'valuesObject']));
  return paths;
}

function getIn(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

function deleteIn(value: unknown, path: readonly string[]): void {
  const parent = getIn(value, path.slice(0, -1));
  if (isObject(parent)) delete parent[path[path.length - 1]!];
}

/** The values text as a document kubectl creates: an apiVersion and kind added in front (or inside a JSON object). */
function valuesDocument(values: string): string {
  const trimmed = values.trimStart();
  if (trimmed.startsWith('{')) return values.replace('{', '{"apiVersion":"calico-lint.test/v1","kind":"HelmValues",');
  // After the blank, comment and `---` lines that open the values: kubectl would cut at a `---` after the header.
  const head = /^(?:(?:[ \t]*(?:#.*)?|---[ \t]*(?:#.*)?)\n)*/.exec(values)![0];
  return `${head}apiVersion: calico-lint.test/v1\nkind: HelmValues\n${values.slice(head.length)}`;
}

/** The Installation the tigera-operator chart renders from decoded values, if they define one with a calicoNetwork. */
function installationFrom(values: unknown): Json | undefined {
  const installation = isObject(values) ? values.installation : undefined;
  if (!isObject(installation) || !isObject(installation.calicoNetwork)) return undefined;
  return { apiVersion: 'operator.tigera.io/v1', kind: 'Installation', metadata: { name: 'default' }, spec: installation };
}

/** kubectl's verdict on each input. Runs kubectl twice: on the inputs, then on the values texts they carry. */
export function structuralVerdicts(inputs: readonly StructuralInput[]): StructuralVerdict[] {
  const asInputs: Input[] = inputs.map((input, i) => ({ name: `s-${i}.yaml`, bytes: Buffer.from(input.text, 'utf8') }));
  const objects = kubectlObjects(asInputs) as Json[][];
  const extra: Json[][] = inputs.map(() => []);
  const refused = inputs.map(() => false);
  // Every values string, decoded by kubectl in one more batch; values mappings are decoded already.
  const valuesTexts: Array<{ input: number; object: Json; path: string[]; text: string }> = [];
  objects.forEach((list, input) => {
    for (const object of list) {
      for (const path of valuesObjectPaths(object)) {
        const installation = installationFrom(getIn(object, path));
        if (installation) extra[input]!.push(installation);
      }
      for (const path of valuesStringPaths(object)) {
        const text = getIn(object, path);
        if (typeof text === 'string' && text.trim() !== '') valuesTexts.push({ input, object, path, text });
      }
    }
  });
  const decoded = kubectlObjects(valuesTexts.map((values, i) => ({ name: `v-${i}.yaml`, bytes: Buffer.from(valuesDocument(values.text), 'utf8') })));
  valuesTexts.forEach((values, i) => {
    const first = decoded[i]![0] as Json | undefined; // Helm reads the first YAML document of a values file
    if (first === undefined) refused[values.input] = true;
    const installation = installationFrom(first);
    if (installation) extra[values.input]!.push(installation);
  });
  return objects.map((list, i) => {
    // The reference is kubectl's objects without their values strings (calico-lint's own reading of
    // them is what is judged), plus the Installations Helm would render from them.
    const reference = list.map((object) => {
      const copy = structuredClone(object);
      for (const path of [...valuesStringPaths(copy), ...valuesObjectPaths(copy)]) deleteIn(copy, path);
      return copy;
    });
    const kubectl = [...new Set(referenceErrors([...reference, ...extra[i]!]).map((finding) => finding.ruleId ?? 'fatal'))].sort();
    return { kubectl, valuesRefused: refused[i]! };
  });
}

/** calico-lint's errors on an input (default mode): rule ids, `refused` for a fatal finding. */
export function structuralCalico(input: StructuralInput): string[] {
  const findings = calicoFindings({ name: `${input.name}.yaml`, bytes: Buffer.from(input.text, 'utf8') });
  return [...new Set(findings.filter((f) => f.severity === 2).map((f) => f.ruleId ?? 'refused'))].sort();
}

/** A silent miss: kubectl (or Helm) creates a violation, or Helm refuses values, and calico-lint reports no error. */
export function isStructuralMiss(verdict: StructuralVerdict, calico: readonly string[]): boolean {
  return calico.length === 0 && (isSilentMiss({ kubectl: verdict.kubectl, calico: [...calico] }) || verdict.valuesRefused);
}
