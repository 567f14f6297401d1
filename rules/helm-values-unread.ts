import { docsUrl, type ResourceRule } from '../src/engine/rule.js';
import { KUSTOMIZE_HELM_TEXT } from '../src/kustomize/helm-charts.js';
import { dotted } from '../src/resources/helm-values-sources.js';

/**
 * Kustomizations with charts, releases that name values elsewhere, and the
 * ConfigMaps whose values write `installation`. Not every ConfigMap: that
 * parsed 1,262 of 3,001 files of the bench's 10%-relevant corpus instead of
 * 301. A ConfigMap a `targetPath` reads need not say `installation`: it is
 * then reported as not read (fail closed), and the message names
 * `--parse-all`, which reads every document.
 */
const UNREAD_VALUES_TEXT = new RegExp(`${KUSTOMIZE_HELM_TEXT.source}|valuesFrom|valueFiles|fileParameters|installation`);

/**
 * Also a Flux HelmRelease's `valuesFrom` (src/resources/flux-values-from.ts)
 * and an Argo CD Application's `valueFiles` (src/resources/argo-value-files.ts):
 * their entries carry their own consequence.
 *
 * kustomize renders a kustomization's `helmCharts` with values it assembles
 * from `valuesInline`, `valuesFile` and `additionalValuesFiles`
 * (kubernetes-sigs/kustomize api/internal/builtins/HelmChartInflationGenerator.go;
 * src/kustomize/helm-charts.ts). For the tigera-operator chart, a values
 * source calico-lint cannot read exactly (a remote URL, a file out of the
 * repository or of the kustomization's folder, a link leading out, a missing
 * or unparsable file, a `$` directive, a merge kustomize fails on) means the
 * Installation it renders was not checked: this rule says so where the
 * source is named, instead of staying silent.
 */
export const helmValuesUnread: ResourceRule = {
  meta: {
    id: 'helm-values-unread',
    description: 'Values of the tigera-operator chart that calico-lint could not read (a kustomization\'s `helmCharts`, a Flux HelmRelease\'s `valuesFrom`, ' +
      'an Argo CD Application\'s `valueFiles`): the Installation they render was not checked.',
    remediation: 'Keep the values file inside the kustomization\'s folder in the repository (or write the values in `valuesInline`), ' +
      'or lint the rendered output (`kustomize build --enable-helm DIR | calico-lint -`).',
    docsUrl: docsUrl('helm-values-unread'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'resource',
    relevantText: UNREAD_VALUES_TEXT,
  },
  check(resource, context) {
    for (const unread of resource.unreadHelmValues ?? []) {
      const entry = unread.path.slice(0, 2);
      if (unread.consequence !== undefined) {
        context.report({ resource, path: unread.path, part: unread.part, message: `${unread.message}: ${unread.consequence}` });
        continue;
      }
      context.report({
        resource,
        path: unread.path,
        part: unread.part,
        message: `${unread.message}: the Installation kustomize renders from the tigera-operator chart of \`${dotted(entry)}\` was not checked. ` +
          'Keep its values inside the kustomization\'s folder, or lint the rendered output (`kustomize build --enable-helm DIR | calico-lint -`).',
      });
    }
  },
};
