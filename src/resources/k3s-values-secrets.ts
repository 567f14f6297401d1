/**
 * k3s / RKE2 helm-controller `spec.valuesSecrets` (HelmChart and
 * HelmChartConfig; k3s-io/helm-controller pkg/apis/helm.cattle.io/v1/types.go,
 * SecretSpec): each key listed of each Secret is passed to Helm as one more
 * values file, after `valuesContent` and `values`, so it overrides them. A
 * Secret with no `keys` is not used; `ignoreUpdates` only makes it optional.
 *
 * calico-lint never reads a Secret (as for Flux's `valuesFrom`): for a Calico
 * chart, each entry with keys is reported by rule helm-values-unread, and the
 * object's own values are not judged alone (the Secret may override any of
 * them). A Calico chart: a HelmChart whose `spec.chart` (a name, or an
 * archive URL) is tigera-operator or RKE2's rke2-calico, an object of one of
 * those names (a HelmChartConfig pairs with the HelmChart of its name), or
 * values that write `installation`.
 */
import type { UnreadValues } from '../kustomize/helm-charts.js';
import type { Path } from '../parse/source.js';
import { getIn, isPlainObject, type Resource } from './resource.js';

export const K3S_CONSEQUENCE = 'the Installation helm-controller renders from the Calico chart of this object was not checked. ' +
  'Keep the values in `spec.valuesContent` or `spec.values`, or lint the rendered output (`helm template … | calico-lint -`).';

const CALICO_CHARTS = new Set(['tigera-operator', 'rke2-calico']);

/** The Secrets whose values helm-controller would pass for a Calico chart, each an unread source. */
export function k3sValuesSecretsUnread(host: Resource): UnreadValues[] {
  const secrets = getIn(host.object, ['spec', 'valuesSecrets']);
  if (!Array.isArray(secrets) || !isCalicoChart(host)) return [];
  const unread: UnreadValues[] = [];
  secrets.forEach((entry, i) => {
    if (!isPlainObject(entry) || !Array.isArray(entry.keys) || entry.keys.length === 0) return;
    const at: Path = ['spec', 'valuesSecrets', i];
    const name = typeof entry.name === 'string' ? ` (Secret "${entry.name}")` : '';
    unread.push({ path: at, part: 'value', message: `\`spec.valuesSecrets[${i}]\`${name} is a Secret, which calico-lint never reads`, consequence: K3S_CONSEQUENCE });
  });
  return unread;
}

function isCalicoChart(host: Resource): boolean {
  const chart = getIn(host.object, ['spec', 'chart']);
  // A name, a repository path or an archive URL (…/tigera-operator-v3.30.0.tgz).
  const chartName = typeof chart === 'string' ? chart.split('/').pop()!.replace(/-v?\d[\w.+-]*\.tgz$/, '') : undefined;
  if ((chartName !== undefined && CALICO_CHARTS.has(chartName)) || (host.name !== undefined && CALICO_CHARTS.has(host.name))) return true;
  const values = getIn(host.object, ['spec', 'values']);
  const content = getIn(host.object, ['spec', 'valuesContent']);
  return (isPlainObject(values) && Object.hasOwn(values, 'installation')) || (typeof content === 'string' && /^installation\s*:/m.test(content));
}
