import { docsUrl, type ResourceRule } from '../src/engine/rule.js';
import { uncheckedInstallationPatch } from '../src/resources/flux-post-renderers.js';
import { dotted } from '../src/resources/helm-values-sources.js';

/**
 * A Flux HelmRelease renders the tigera-operator chart's Installation from
 * `spec.values.installation`, then runs `spec.postRenderers` over it
 * (fluxcd/helm-controller internal/postrender/build.go:31-40,
 * kustomize.go:40-60): a kustomize patch there can change the pools that
 * are applied. JSON 6902 and strategic merge patches that certainly select the
 * Installation are applied (src/resources/flux-post-renderers.ts; for the
 * CRD-typed Installation kustomize's strategic merge is a JSON merge patch,
 * src/resources/merge-patch.ts); for any other patch that can change
 * it, the unpatched pools are not judged, and this rule says so, once per
 * HelmRelease, at `spec.postRenderers`.
 */
export const helmValuesPostRenderer: ResourceRule = {
  meta: {
    id: 'helm-values-post-renderer',
    description: 'A Flux HelmRelease post-renderer patch calico-lint does not apply can change the Installation its tigera-operator values render: those pools were not checked.',
    remediation: 'Lint the post-rendered output (render the chart, apply the patches, pipe the result to `calico-lint -`), ' +
      'write it as a JSON 6902 or strategic merge patch that selects the Installation by kind and name, without `$patch` directives (calico-lint applies those), ' +
      'or give it a `target` that excludes the Installation.',
    docsUrl: docsUrl('helm-values-post-renderer'),
    defaultSeverity: 'error',
    fixable: false,
    scope: 'resource',
    relevantText: /postRenderers/,
  },
  check(resource, context) {
    const patch = uncheckedInstallationPatch(resource);
    if (patch === undefined) return;
    context.report({
      resource,
      path: ['spec', 'postRenderers'],
      part: 'key',
      message: `\`${dotted(patch)}\` of ${resource.displayName} can patch the Installation the chart renders from \`spec.values.installation\` ` +
        '(Flux applies post-renderers to the rendered manifests): calico-lint cannot apply this patch, so these pools were not checked. ' +
        'Lint the post-rendered output (`calico-lint -` on the chart rendered with the patches applied), or target the patch at other kinds.',
    });
  },
};
