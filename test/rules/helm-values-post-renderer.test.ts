/**
 * Flux HelmRelease post-renderers (issue 19, item 6). fluxcd/helm-controller at 0f61a86:
 * internal/postrender/build.go:31-40 (each `kustomize` post-renderer, in order),
 * internal/postrender/kustomize.go:40-60 (its `patches`, with an optional target, are a
 * Kustomization's patches over Helm's output), api/v2beta1/helmrelease_types.go:44-52
 * (`patchesStrategicMerge`, `patchesJson6902`). A patch that can reach the rendered
 * Installation is reported at `spec.postRenderers`, and its pools are not judged unpatched.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../../rules/index.js';
import { helmValuesPostRenderer } from '../../rules/helm-values-post-renderer.js';
import { lintSources } from '../../src/lint.js';
import { makeConfig, ruleTester } from '../helpers/rule-tester.js';

const release = (postRenderers: string, values = 'installation:\n    calicoNetwork:\n      ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: all()}]') => [
  'apiVersion: helm.toolkit.fluxcd.io/v2',
  'kind: HelmRelease',
  'metadata: {name: calico, namespace: tigera-operator}',
  'spec:',
  '  values:',
  `    ${values.replace(/\n/g, '\n  ')}`,
  '  postRenderers:',
  ...postRenderers.split('\n').map((line) => `    ${line}`),
].join('\n');

const JSON_PATCH = '- kustomize:\n    patches:\n      - target: {kind: Installation}\n        patch: |\n          - {op: replace, path: /spec/calicoNetwork/ipPools/0/nodeSelector, value: "!all()"}';
const unchecked = (patch: string) => `\`${patch}\` of HelmRelease/tigera-operator/calico can patch the Installation the chart renders from ` +
  '`spec.values.installation` (Flux applies post-renderers to the rendered manifests): calico-lint cannot apply this patch, ' +
  'so these pools were not checked. Lint the post-rendered output (`calico-lint -` on the chart rendered with the patches applied), ' +
  'or target the patch at other kinds.';
const AT = { line: 9, column: 3, endLine: 9, endColumn: 16 };

ruleTester(helmValuesPostRenderer, {
  valid: [
    { name: 'no post-renderers', code: release('[]') },
    { name: 'a patch targeted at a Deployment', code: release('- kustomize:\n    patches:\n      - target: {kind: Deployment, name: tigera-operator}\n        patch: "[{op: add, path: /spec/replicas, value: 2}]"') },
    { name: 'a target of another group (anchored regex: "operator" is not "operator.tigera.io")', code: release('- kustomize:\n    patches:\n      - target: {group: operator, kind: Installation}\n        patch: "[]"') },
    { name: 'a target naming another object', code: release('- kustomize:\n    patches:\n      - target: {name: "tigera-.*"}\n        patch: "[]"') },
    { name: 'a strategic merge patch for another kind, without a target', code: release('- kustomize:\n    patches:\n      - patch: |\n          apiVersion: apps/v1\n          kind: Deployment\n          metadata: {name: tigera-operator}') },
    { name: 'images only', code: release('- kustomize:\n    images: [{name: quay.io/tigera/operator, newTag: v1.38.0}]') },
    { name: 'values that render no Installation (installation.enabled: false)', code: release(JSON_PATCH, 'installation:\n    enabled: false\n    calicoNetwork: {ipPools: [{cidr: 10.244.0.0/24}]}') },
    { name: 'values without calicoNetwork', code: release(JSON_PATCH, 'installation: {registry: quay.io/}') },
    { name: 'an Argo CD or other kind named HelmRelease', code: release(JSON_PATCH).replace('helm.toolkit.fluxcd.io/v2', 'example.com/v1') },
    // Fields no pool depends on (tigera/operator api/v1/installation_types.go InstallationSpec): the pools are checked as written.
    { name: 'a JSON patch of the Installation that only adds an annotation and a registry', code: release('- kustomize:\n    patches:\n      - target: {kind: Installation}\n        patch: |\n          - {op: add, path: /metadata/annotations/team, value: net}\n          - {op: replace, path: /spec/registry, value: mirror.example/}') },
    { name: 'a strategic merge patch of the Installation that sets typhaDeployment and a label', code: release('- kustomize:\n    patches:\n      - patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: default, labels: {a: b}}\n          spec: {typhaDeployment: {spec: {minReadySeconds: 5}}}') },
    { name: 'v2beta1 patchesJson6902 that moves one image setting to another', code: release('- kustomize:\n    patchesJson6902:\n      - target: {kind: Installation}\n        patch: [{op: move, from: /spec/imagePath, path: /spec/imagePrefix}]') },
    // JSON patches whose target certainly selects the Installation are applied: the patched pools are checked, nothing to say here.
    { name: 'a JSON 6902 patch targeted at the Installation (applied)', code: release(JSON_PATCH) },
    { name: 'a target by regular expressions that match (applied)', code: release('- kustomize:\n    patches:\n      - target: {kind: "Install.*", name: "def.*"}\n        patch: \'[{"op": "remove", "path": "/spec/calicoNetwork/ipPools/0"}]\'') },
    { name: 'a JSON patch that replaces the whole spec (applied)', code: release('- kustomize:\n    patches:\n      - target: {kind: Installation}\n        patch: \'[{"op": "replace", "path": "/spec", "value": {}}]\'') },
    // Strategic merge patches of the CRD-typed Installation are JSON merge patches for kustomize (src/resources/merge-patch.ts): applied.
    { name: 'a strategic merge patch of the Installation without a target (applied)', code: release('- kustomize:\n    patches:\n      - patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: default}\n          spec: {calicoNetwork: {mtu: 1400}}') },
    { name: 'a strategic merge patch with a target by kind (applied)', code: release('- kustomize:\n    patches:\n      - target: {kind: Installation}\n        patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: whatever}\n          spec: {calicoNetwork: {ipPools: []}}') },
    { name: 'a targeted strategic merge patch written for another kind and apiVersion (kustomize gives it the target\'s id: applied)', code: release('- kustomize:\n    patches:\n      - target: {kind: Installation, name: default}\n        patch: |\n          apiVersion: apps/v1\n          kind: Deployment\n          metadata: {name: foo, namespace: bar}\n          spec: {calicoNetwork: {mtu: 1300}}') },
    { name: 'v2beta1 patchesStrategicMerge (applied)', code: release('- kustomize:\n    patchesStrategicMerge:\n      - {apiVersion: operator.tigera.io/v1, kind: Installation, metadata: {name: default}, spec: {calicoNetwork: {mtu: 1400}}}') },
    { name: 'v2beta1 patchesJson6902 (applied)', code: release('- kustomize:\n    patchesJson6902:\n      - target: {kind: Installation, name: default}\n        patch: [{op: remove, path: /spec/calicoNetwork}]') },
  ],
  invalid: [
    { name: 'a target by label selector only (not proof it misses)', code: release('- kustomize:\n    patches:\n      - target: {labelSelector: "app=x"}\n        patch: "[{op: remove, path: /spec/calicoNetwork/ipPools/0}]"'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    {
      name: 'a strategic merge patch without a target whose own id lacks the apiVersion (no resource matches it: kustomize fails the build, checked with kubectl kustomize)',
      code: release('- kustomize:\n    images: [{name: x, newTag: y}]\n- kustomize:\n    patches:\n      - target: {kind: Deployment}\n        patch: "[{op: remove, path: /spec/calicoNetwork/ipPools/0}]"\n      - patch: |\n          kind: Installation\n          metadata: {name: default}\n          spec: {calicoNetwork: {ipPools: []}}'),
      errors: [{ message: unchecked('spec.postRenderers[1].kustomize.patches[1]'), ...AT }],
    },
    { name: 'a targeted strategic merge patch without a kind (kustomize cannot parse it: the release fails)', code: release('- kustomize:\n    patches:\n      - target: {kind: Installation}\n        patch: |\n          metadata: {name: default}\n          spec: {calicoNetwork: {mtu: 1400}}'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    { name: 'a strategic merge patch targeted by label selector only', code: release('- kustomize:\n    patches:\n      - target: {labelSelector: "app=x"}\n        patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: default}\n          spec: {calicoNetwork: {mtu: 1400}}'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    { name: 'a strategic merge patch with `$patch: delete` on the pool list', code: release('- kustomize:\n    patches:\n      - patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: default}\n          spec: {calicoNetwork: {ipPools: [{$patch: delete, cidr: 10.244.0.0/24}]}}'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    { name: 'a strategic merge patch with $setElementOrder', code: release('- kustomize:\n    patches:\n      - patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: default}\n          spec: {calicoNetwork: {$setElementOrder/ipPools: [{cidr: 10.244.0.0/24}]}}'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    { name: 'a strategic merge patch with a schema comment (kyaml fieldmeta could make the list merge by key)', code: release('- kustomize:\n    patches:\n      - patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: default}\n          spec:\n            calicoNetwork:\n              ipPools: [] # {"x-kubernetes-patch-strategy": "merge"}'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    { name: 'a strategic merge patch with a namespace (the rendered Installation has none: no match, the build fails)', code: release('- kustomize:\n    patches:\n      - patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: default, namespace: calico}\n          spec: {calicoNetwork: {mtu: 1400}}'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    { name: 'a strategic merge patch writing a mapping over the pool list (kustomize fails the build)', code: release('- kustomize:\n    patches:\n      - patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: default}\n          spec: {calicoNetwork: {ipPools: {cidr: 10.0.0.0/24}}}'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    { name: 'a strategic merge patch and a JSON patch in patchesStrategicMerge and patchesJson6902 of one post-renderer', code: release('- kustomize:\n    patchesStrategicMerge:\n      - {apiVersion: operator.tigera.io/v1, kind: Installation, metadata: {name: default}, spec: {calicoNetwork: {mtu: 1400}}}\n    patchesJson6902:\n      - target: {kind: Installation}\n        patch: [{op: add, path: /spec/calicoNetwork/mtu, value: 1400}]'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patchesJson6902[0]'), ...AT }] },
    { name: 'a strategic merge patch with a $patch directive on the spec', code: release('- kustomize:\n    patches:\n      - patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: default}\n          spec: {$patch: replace, registry: x/}'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    { name: 'a JSON patch whose operation fails (no pool 5): Flux applies nothing, the release fails', code: release('- kustomize:\n    patches:\n      - target: {kind: Installation}\n        patch: "[{op: replace, path: /spec/calicoNetwork/ipPools/5/cidr, value: 10.0.0.0/24}]"'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    { name: 'a JSON patch without a target (kustomize refuses it)', code: release('- kustomize:\n    patches:\n      - patch: "[{op: remove, path: /spec/calicoNetwork/ipPools/0}]"'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    // kustomize reads a patch that starts with `[` as strict JSON (PatchTransformer.go jsonPatchFromBytes): flow YAML fails the build.
    { name: 'a JSON patch in flow YAML starting with `[` (kustomize cannot parse it: the release fails)', code: release('- kustomize:\n    patches:\n      - target: {kind: Installation}\n        patch: "[{op: remove, path: /spec/calicoNetwork/ipPools/0}]"'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patches[0]'), ...AT }] },
    { name: 'patches and patchesJson6902 in one post-renderer (kustomize\'s own order)', code: release('- kustomize:\n    patches:\n      - target: {kind: Installation}\n        patch: \'[{"op": "remove", "path": "/spec/calicoNetwork/ipPools/0"}]\'\n    patchesJson6902:\n      - target: {kind: Installation}\n        patch: [{op: add, path: /spec/calicoNetwork/mtu, value: 1400}]'), errors: [{ message: unchecked('spec.postRenderers[0].kustomize.patchesJson6902[0]'), ...AT }] },
  ],
});

describe('the pools after the post-renderers\' JSON patches, positioned where each value is written', () => {
  const errors = (text: string) => lintSources([{ filePath: '/repo/calico.yaml', text }], { config: makeConfig({ infraPools: [{ name: 'infra' }] }), rules: allRules })
    .map((finding) => `${finding.ruleId} ${finding.range.line}:${finding.range.column}`);
  const TWO_POOLS = 'installation:\n    calicoNetwork:\n      ipPools:\n      - {name: other, cidr: 10.1.0.0/24, nodeSelector: all()}\n      - {name: infra, cidr: 10.244.0.0/24, nodeSelector: all()}';
  const patch = (operations: string) => `- kustomize:\n    patches:\n      - target: {kind: Installation}\n        patch: |\n${operations.split('\n').map((line) => `          ${line}`).join('\n')}`;

  it('without post-renderers the values are judged', () => {
    assert.deepEqual(errors(release('[]')), ['ippool-infra-node-selector 8:68']);
  });
  it('a patch that fixes the selector: nothing to report', () => {
    assert.deepEqual(errors(release(JSON_PATCH)), []);
  });
  it('a patch that breaks a good pool: the finding is at the operation\'s value', () => {
    const good = 'installation:\n    calicoNetwork:\n      ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: "!all()"}]';
    assert.deepEqual(errors(release(patch('- {op: replace, path: /spec/calicoNetwork/ipPools/0/nodeSelector, value: all()}'), good)), ['ippool-infra-node-selector 14:88']);
  });
  it('removing the first pool: the second keeps its place in the values', () => {
    assert.deepEqual(errors(release(patch('- {op: remove, path: /spec/calicoNetwork/ipPools/0}'), TWO_POOLS)), ['ippool-infra-node-selector 10:60']);
  });
  it('a pool appended by the patch: the finding is inside the operation\'s value', () => {
    const good = 'installation:\n    calicoNetwork:\n      ipPools: [{name: other, cidr: 10.1.0.0/24}]';
    assert.deepEqual(errors(release(patch('- op: add\n  path: /spec/calicoNetwork/ipPools/-\n  value: {name: infra, cidr: 10.244.0.0/24, nodeSelector: all()}'), good)),
      ['ippool-infra-node-selector 16:73']);
  });
  it('a patch that fails, or that calico-lint cannot apply: a warning instead of a judgement of the unpatched pools', () => {
    assert.deepEqual(errors(release(patch('- {op: test, path: /spec/calicoNetwork/mtu, value: 1400}\n- {op: remove, path: /spec/calicoNetwork/ipPools/0}'))), ['helm-values-post-renderer 9:3']);
  });
  const smp = (spec: string) => `- kustomize:\n    patches:\n      - patch: |\n          apiVersion: operator.tigera.io/v1\n          kind: Installation\n          metadata: {name: default}\n          spec:\n${spec.split('\n').map((line) => `            ${line}`).join('\n')}`;
  const HOST_BITS = 'installation:\n    calicoNetwork:\n      ipPools: [{name: infra, cidr: 10.244.0.1/24, nodeSelector: "!all()"}]';
  it('a strategic merge patch that writes only calicoNetwork.mtu: the values\' pool with host bits is judged, at the values', () => {
    assert.deepEqual(errors(release(smp('calicoNetwork: {mtu: 1400}'), HOST_BITS)), ['ippool-valid 8:39']);
  });
  it('a strategic merge patch that replaces the pool list: the patched pools are judged, at the patch', () => {
    const good = 'installation:\n    calicoNetwork:\n      ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: "!all()"}]';
    const code = release(smp('calicoNetwork:\n  ipPools:\n  - {name: infra, cidr: 10.9.0.1/24, nodeSelector: all()}'), good);
    assert.deepEqual(errors(code), ['ippool-infra-node-selector 19:68', 'ippool-valid 19:41']);
  });
  it('a strategic merge patch that sets a pool list to null: no pools are left to judge', () => {
    assert.deepEqual(errors(release(smp('calicoNetwork: {ipPools: null}'), HOST_BITS)), []);
  });
  it('a strategic merge patch then a JSON patch, in order: the JSON patch sees the merged list', () => {
    const good = 'installation:\n    calicoNetwork:\n      ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: "!all()"}]';
    const code = release(`${smp('calicoNetwork: {ipPools: [{name: infra, cidr: 10.9.0.0/24, nodeSelector: "!all()"}]}')}\n      - target: {kind: Installation}\n        patch: '[{"op": "replace", "path": "/spec/calicoNetwork/ipPools/0/nodeSelector", "value": "all()"}]'`, good);
    assert.deepEqual(errors(code), ['ippool-infra-node-selector 19:103']);
  });
  it('a strategic merge patch is read as kustomize reads it (YAML 1.2): `yes` is a string the CRD refuses, not true', () => {
    const good = 'installation:\n    calicoNetwork:\n      ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: "!all()"}]';
    const code = release(smp('calicoNetwork:\n  ipPools:\n  - {name: infra, cidr: 10.244.0.0/24, nodeSelector: "!all()", disableBGPExport: yes}'), good);
    assert.deepEqual(errors(code).filter((line) => line.startsWith('ippool-valid')), ['ippool-valid 19:98']);
  });
  it('an unquoted `!all()` in a strategic merge patch is the empty selector, reported where the patch writes it', () => {
    const good = 'installation:\n    calicoNetwork:\n      ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: "!all()"}]';
    const code = release(smp('calicoNetwork:\n  ipPools:\n  - name: infra\n    cidr: 10.244.0.0/24\n    nodeSelector: !all()'), good);
    assert.deepEqual(errors(code).filter((line) => line.startsWith('selector-yaml-tag')), ['selector-yaml-tag 21:35']);
  });
  it('a label-only patch keeps the values judged', () => {
    assert.deepEqual(errors(release('- kustomize:\n    patches:\n      - target: {labelSelector: x=y}\n        patch: "[{op: add, path: /metadata/labels/a, value: b}]"')), ['ippool-infra-node-selector 8:68']);
  });
});
