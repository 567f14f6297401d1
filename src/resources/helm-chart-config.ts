/**
 * A k3s / RKE2 HelmChartConfig overrides the values of the HelmChart of the
 * same name and namespace (k3s-io/helm-controller
 * pkg/controllers/chart/chart.go:584-591: `c.confCache.Get(chart.Namespace,
 * chart.Name)`, then valuesSecretAddConfig). When both are in one cluster
 * scope, their Installation views give way to one view of the merged values:
 * the HelmChart's `valuesContent`, its `values`, the HelmChartConfig's
 * `valuesContent`, its `values`, then the HelmChart's `set` (see
 * src/resources/helm-values-sources.ts for the order). A HelmChartConfig
 * alone (RKE2's own charts: the HelmChart is RKE2's) keeps its own view.
 */
import { KUSTOMIZE_HELM_TEXT } from '../kustomize/helm-charts.js';
import type { SourceRange } from '../parse/source.js';
import { isK3sHelmKind, withReplacedViews, type HelmValuesSource } from './helm-values-sources.js';
import { valuesInstallation, type Resource } from './resource.js';

/**
 * A HelmChart or HelmChartConfig changes the Installation its pair renders
 * even when it holds no pool word (`installation: {enabled: false}`), and a
 * kustomization's `helmCharts` may name values files that hold the pools:
 * such documents are always parsed (src/engine/relevance.ts).
 */
export const HELM_CHART_VALUES_TEXT = KUSTOMIZE_HELM_TEXT;

/** The resources of one scope, with each HelmChart + HelmChartConfig pair's views replaced by the view of their merged values. */
export function withHelmChartConfigs(all: readonly Resource[]): readonly Resource[] {
  const resources = withoutConsumedValuesFiles(all);
  const configs = new Map<string, Resource>();
  for (const resource of resources) {
    if (isK3sHelmKind(resource, 'HelmChartConfig')) configs.set(keyOf(resource), resource);
  }
  if (configs.size === 0) return resources;
  const paired = new Map<Resource, Resource | undefined>();
  for (const chart of resources) {
    const config = isK3sHelmKind(chart, 'HelmChart') ? configs.get(keyOf(chart)) : undefined;
    if (config === undefined) continue;
    paired.set(config, undefined);
    paired.set(chart, mergedView(chart, config));
  }
  return withReplacedViews(resources, paired);
}

function keyOf(resource: Resource): string {
  return JSON.stringify([resource.namespace, resource.name]);
}

function mergedView(chart: Resource, config: Resource): Resource | undefined {
  const [own] = sourcesOf(chart);
  const [extra] = sourcesOf(config);
  if (own === undefined && extra === undefined) return undefined;
  const input = {
    layers: [...(own?.input.layers ?? []), ...(extra?.input.layers ?? [])],
    sets: own?.input.sets ?? [],
  };
  const named = (host: Resource, source: HelmValuesSource | undefined): string => `${host.displayName}${source ? ` (Helm values ${source.label})` : ''}`;
  // Whole-object findings land on the values key of the host in the Installation's file.
  const outside = (homeFile: string): SourceRange =>
    (homeFile === config.doc.filePath ? extra?.outside ?? own!.outside : own?.outside ?? extra!.outside)();
  return valuesInstallation(input, { defaultNamespace: 'default' }, `${named(chart, own)} with ${named(config, extra)}, key \`installation\``, outside);
}

function sourcesOf(host: Resource): readonly HelmValuesSource[] {
  return host.helmValues ?? [];
}

/**
 * A plain values file that a kustomization's `helmCharts` entry reads is
 * checked as part of the values that entry renders (src/kustomize/
 * helm-charts.ts), at the same positions: its own view gives way, so that a
 * pool is not judged twice.
 */
export function withoutConsumedValuesFiles(resources: readonly Resource[]): readonly Resource[] {
  const consumed = new Set<string>();
  for (const resource of resources) for (const file of resource.valuesFiles ?? []) consumed.add(file);
  if (consumed.size === 0) return resources;
  return resources.filter((resource) => !(resource.plainValuesFile === true && consumed.has(resource.doc.filePath)));
}
