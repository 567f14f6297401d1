/**
 * Rancher Fleet's `HelmOp` (and `HelmApp`, its name before Fleet v0.12),
 * `fleet.cattle.io/v1alpha1`: a Helm chart deployed to the clusters its
 * `targets` select, with `spec.helm` as in a fleet.yaml
 * (https://fleet.rancher.io/ref-fleet-yaml, "helm" and "Templating").
 * Rancher Turtles and the Cluster API addon provider for Fleet install Calico
 * this way (rancher/turtles examples/applications/cni/calico/helm-chart.yaml).
 *
 * - `spec.helm.values` is passed to Helm as a values file, unless Fleet
 *   renders it first: a value holding `${ … }` is a Go template with those
 *   delimiters, filled in per cluster from `.ClusterValues`, `.ClusterLabels`…
 *   (`disablePreProcess: true` turns that off, and the text is then literal);
 * - `spec.helm.templateValues` maps a top-level key to a template rendered per
 *   cluster, whose YAML replaces that key of `values`;
 * - `spec.helm.valuesFrom` (ConfigMaps and Secrets of the cluster) and
 *   `valuesFiles` (files of a bundle) add values calico-lint does not read.
 *
 * What Fleet renders per cluster is known only there: those values are not
 * judged, and a notice says so (src/resources/helm-values-file.ts,
 * templatedValuesNotices). Plain `values` are read as a Flux HelmRelease's.
 */
import type { Path } from '../parse/source.js';
import { isPlainObject, type PlainObject } from './plain-object.js';
import type { Resource } from './resource.js';

export function isFleetHelmOp(resource: Resource): boolean {
  return (resource.kind === 'HelmOp' || resource.kind === 'HelmApp') && resource.apiVersion.startsWith('fleet.cattle.io/');
}

/**
 * The field of `spec.helm` that leaves the rendered Installation unknown, with why; undefined when
 * `spec.helm.values` settles it (or the release is not tigera-operator's). Templates elsewhere in the
 * values do not touch `installation`.
 */
export function fleetUnknownValues(resource: Resource): { path: Path; why: string } | undefined {
  const spec = resource.object.spec;
  const helm = isPlainObject(spec) ? spec.helm : undefined;
  if (!isPlainObject(helm)) return undefined;
  const values = isPlainObject(helm.values) ? helm.values : {};
  const templateValues = isPlainObject(helm.templateValues) ? helm.templateValues : {};
  if (Object.hasOwn(templateValues, 'installation')) {
    return { path: ['spec', 'helm', 'templateValues', 'installation'], why: 'is a template that Fleet renders for each target cluster' };
  }
  const preprocess = !(isPlainObject(spec) && spec.disablePreProcess === true);
  if (preprocess && holdsFleetTemplate(values.installation)) {
    return { path: ['spec', 'helm', 'values', 'installation'], why: 'holds `${ … }` templates that Fleet renders for each target cluster' };
  }
  const tigeraOperator = typeof helm.chart === 'string' && /(^|\/)tigera-operator$/.test(helm.chart);
  if (!tigeraOperator && !Object.hasOwn(values, 'installation')) return undefined;
  for (const field of ['valuesFrom', 'valuesFiles']) {
    const list = helm[field];
    if (Array.isArray(list) && list.length > 0) {
      return { path: ['spec', 'helm', field], why: field === 'valuesFrom' ? 'reads ConfigMaps and Secrets of the target cluster' : 'reads files of a Fleet bundle' };
    }
  }
  return undefined;
}

/** A string anywhere in the values, key or value, holding Fleet's template delimiter `${`. */
function holdsFleetTemplate(values: unknown): boolean {
  const pending: unknown[] = [values];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string' && value.includes('${')) return true;
    if (Array.isArray(value)) pending.push(...(value as unknown[]));
    else if (isPlainObject(value)) {
      for (const [key, inner] of Object.entries(value as PlainObject)) {
        if (key.includes('${')) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}
