/**
 * A Flux HelmRelease of the tigera-operator chart with `spec.valuesFrom`
 * (src/resources/flux-values-from.ts; fluxcd/pkg chartutil/values.go
 * ChartValuesFromReferences): an in-tree ConfigMap of the release's namespace
 * is layered (references in order, `spec.values` last) and its pools are
 * checked at their lines in the ConfigMap's file; a Secret, a ConfigMap not in
 * the tree and a `targetPath` into a list are helm-values-unread errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runBin, workspace } from './helpers/cli.js';

const release = (valuesFrom: string, values = ''): string => `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: calico
  namespace: tigera-operator
spec:
  interval: 10m
  chart:
    spec:
      chart: tigera-operator
      sourceRef: {kind: HelmRepository, name: projectcalico}
  valuesFrom:
${valuesFrom}${values}`;

const configMap = (data: string, name = 'calico-values', namespace = 'tigera-operator'): string => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: ${namespace}
data:
${data}`;

const HOST_BITS_VALUES = `  values.yaml: |
    installation:
      calicoNetwork:
        ipPools:
        - name: tenant
          cidr: 10.244.0.1/16
`;

const HOST_BITS = (line: number, column: number, file = 'values-cm.yaml'): string =>
  `${file}:${line}:${column}: ipPools[0].cidr "10.244.0.1/16" has host bits set: did you mean "10.244.0.0/16"? ` +
  'A pool CIDR must be strictly masked (Calico\'s IPPool validation rejects it) [Error/ippool-valid]';

const UNREAD_TAIL = ': the Installation Flux renders from the tigera-operator chart of this HelmRelease was not checked. ' +
  'Keep the values in `spec.values` or in a ConfigMap in the repository (same namespace), or lint the rendered output (`helm template … | calico-lint -`). [Error/helm-values-unread]';

function lintLines(files: Record<string, string>): Promise<{ lines: string[]; status: number | null }> {
  return workspace(files).then((root) => {
    const run = runBin(['-f', 'unix', '.'], { cwd: root });
    const lines = run.stdout.split('\n').filter((line) => /:\d+:\d+: /.test(line)).map((line) => line.slice(root.length + 1));
    return { lines, status: run.status };
  });
}

describe('Flux valuesFrom for the tigera-operator chart', () => {
  it('checks the pools of an in-tree ConfigMap at their line in the ConfigMap\'s file', async () => {
    const run = await lintLines({ 'release.yaml': release('  - kind: ConfigMap\n    name: calico-values\n'), 'values-cm.yaml': configMap(HOST_BITS_VALUES) });
    assert.deepEqual(run.lines, [HOST_BITS(12, 17)]);
    assert.equal(run.status, 1);
  });

  it('reads `valuesKey`, and only a ConfigMap of the release\'s namespace', async () => {
    const data = HOST_BITS_VALUES.replace('values.yaml', 'calico.yaml');
    const keyed = await lintLines({ 'release.yaml': release('  - kind: ConfigMap\n    name: calico-values\n    valuesKey: calico.yaml\n'), 'values-cm.yaml': configMap(data) });
    assert.deepEqual(keyed.lines, [HOST_BITS(12, 17)]);
    const elsewhere = await lintLines({ 'release.yaml': release('  - kind: ConfigMap\n    name: calico-values\n'), 'values-cm.yaml': configMap(HOST_BITS_VALUES, 'calico-values', 'other') });
    assert.deepEqual(elsewhere.lines, [
      'release.yaml:14:11: `spec.valuesFrom[0]` names ConfigMap "calico-values" in namespace "tigera-operator", which is not among the manifests calico-lint read' + UNREAD_TAIL,
    ]);
  });

  it('a Secret is unread, optional or not; so is an optional ConfigMap that is not in the tree', async () => {
    const run = await lintLines({
      'release.yaml': release('  - kind: Secret\n    name: calico-secret\n  - kind: ConfigMap\n    name: missing\n    optional: true\n'),
    });
    assert.deepEqual(run.lines, [
      'release.yaml:13:11: `spec.valuesFrom[0]` is a Secret, whose values calico-lint does not read' + UNREAD_TAIL,
      'release.yaml:16:11: `spec.valuesFrom[1]` names ConfigMap "missing" in namespace "tigera-operator", which is not among the manifests calico-lint read ' +
        '(`optional: true`: Flux renders without it when it is missing, but where it exists its values are applied)' + UNREAD_TAIL,
    ]);
    assert.equal(run.status, 1);
  });

  it('`spec.values` is merged last: its pool list replaces the ConfigMap\'s', async () => {
    const values = '  values:\n    installation:\n      calicoNetwork:\n        ipPools:\n        - {name: tenant, cidr: 10.244.0.0/16}\n';
    const run = await lintLines({ 'release.yaml': release('  - kind: ConfigMap\n    name: calico-values\n', values), 'values-cm.yaml': configMap(HOST_BITS_VALUES) });
    assert.deepEqual(run.lines, []);
    assert.equal(run.status, 0);
    // And the other way round: the ConfigMap's valid list under inline values with host bits.
    const inline = values.replace('10.244.0.0/16', '10.244.0.1/16');
    const over = await lintLines({ 'release.yaml': release('  - kind: ConfigMap\n    name: calico-values\n', inline), 'values-cm.yaml': configMap(HOST_BITS_VALUES.replace('0.1/16', '0.0/16')) });
    assert.deepEqual(over.lines, [HOST_BITS(19, 32, 'release.yaml')]);
  });

  it('later references win over earlier ones', async () => {
    const run = await lintLines({
      'release.yaml': release('  - kind: ConfigMap\n    name: calico-values\n  - kind: ConfigMap\n    name: fixed\n'),
      'values-cm.yaml': `${configMap(HOST_BITS_VALUES)}---\n${configMap(HOST_BITS_VALUES.replace('0.1/16', '0.0/16'), 'fixed')}`,
    });
    assert.deepEqual(run.lines, []);
  });

  it('`targetPath` writes one value as `--set` does; into a list it is unread', async () => {
    // `enabled: false` at installation.enabled: the chart renders no Installation, so the ConfigMap's pool is not applied.
    // (The ConfigMap's comment names the path: a ConfigMap that never says `installation` is not parsed, below.)
    const off = await lintLines({
      'release.yaml': release('  - kind: ConfigMap\n    name: calico-values\n  - kind: ConfigMap\n    name: switch\n    valuesKey: enabled\n    targetPath: installation.enabled\n'),
      'values-cm.yaml': `${configMap(HOST_BITS_VALUES)}---\n# for installation.enabled\n${configMap('  enabled: "false"\n', 'switch')}`,
    });
    assert.deepEqual(off.lines, []);
    // The same ConfigMap without the word: the gate skips it (parsing every ConfigMap cost a quarter of a tree's
    // files), so the value is unread and says how to have it read.
    const unparsed = await lintLines({
      'release.yaml': release('  - kind: ConfigMap\n    name: calico-values\n  - kind: ConfigMap\n    name: switch\n    valuesKey: enabled\n    targetPath: installation.enabled\n'),
      'values-cm.yaml': `${configMap(HOST_BITS_VALUES)}---\n${configMap('  enabled: "false"\n', 'switch')}`,
    });
    assert.deepEqual(unparsed.lines, [
      'release.yaml:16:11: `spec.valuesFrom[1]` names ConfigMap "switch" in namespace "tigera-operator", which is not among the manifests calico-lint read ' +
      '(a ConfigMap that does not mention `installation` is read only with --parse-all)' + UNREAD_TAIL,
    ]);
    const list = await lintLines({
      'release.yaml': release('  - kind: ConfigMap\n    name: calico-values\n    valuesKey: cidr\n    targetPath: installation.calicoNetwork.ipPools[0].cidr\n'),
      'values-cm.yaml': configMap('  cidr: 10.244.0.1/16\n'),
    });
    assert.deepEqual(list.lines, [
      'release.yaml:16:17: `spec.valuesFrom[0]` `targetPath` "installation.calicoNetwork.ipPools[0].cidr" writes into a list or cannot be read as a Helm `--set` path, which calico-lint does not follow' + UNREAD_TAIL,
    ]);
  });

  it('a release of another chart is left alone', async () => {
    const other = release('  - kind: Secret\n    name: app-secret\n').replace('chart: tigera-operator', 'chart: podinfo');
    const run = await lintLines({ 'release.yaml': other });
    assert.deepEqual(run.lines, []);
    assert.equal(run.status, 0);
  });
});
