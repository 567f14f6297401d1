/**
 * Argo CD `helm.valueFiles` for the tigera-operator chart
 * (src/resources/argo-value-files.ts; argoproj/argo-cd
 * reposerver/repository/repository.go getResolvedValueFiles): a file of this
 * repository, relative to the source's `path` or a `$ref` source's root, is
 * layered before `values` / `valuesObject` and checked at its own lines; a
 * URL, a chart fetched from a Helm repository, a `path` that is not here, a
 * missing file are helm-values-unread errors at the entry.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runBin, workspace } from './helpers/cli.js';

const application = (source: string): string => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: calico
  namespace: argocd
spec:
  project: default
${source}  destination: {server: https://kubernetes.default.svc, namespace: tigera-operator}
`;

const GIT_SOURCE = (valueFiles: string, extra = ''): string => `  source:
    repoURL: https://github.com/example/platform.git
    path: charts/tigera-operator
    helm:
      valueFiles:
${valueFiles}${extra}`;

const HOST_BITS_VALUES = 'installation:\n  calicoNetwork:\n    ipPools:\n    - name: tenant\n      cidr: 10.244.0.1/16\n';

const HOST_BITS = (file: string): string =>
  `${file}:5:13: ipPools[0].cidr "10.244.0.1/16" has host bits set: did you mean "10.244.0.0/16"? ` +
  'A pool CIDR must be strictly masked (Calico\'s IPPool validation rejects it) [Error/ippool-valid]';

const TAIL = ': the Installation Argo CD renders from the tigera-operator chart of this Application was not checked. ' +
  'Keep the values file in this repository beside the chart source (or write the values in `helm.valuesObject`), ' +
  'or lint the rendered output (`helm template … | calico-lint -`). [Error/helm-values-unread]';

async function lintLines(files: Record<string, string>): Promise<{ lines: string[]; status: number | null }> {
  const root = await workspace(files);
  const run = runBin(['-f', 'unix', '.'], { cwd: root });
  return { lines: run.stdout.split('\n').filter((line) => /:\d+:\d+: /.test(line)).map((line) => line.slice(root.length + 1)), status: run.status };
}

describe('Argo CD valueFiles for the tigera-operator chart', () => {
  it('checks a values file of this repository, relative to the source\'s path', async () => {
    const run = await lintLines({
      'apps/calico.yaml': application(GIT_SOURCE('      - values-prod.yaml\n')),
      'charts/tigera-operator/Chart.yaml': 'apiVersion: v2\nname: tigera-operator\nversion: v3.30.3\n',
      'charts/tigera-operator/values-prod.yaml': HOST_BITS_VALUES,
    });
    assert.deepEqual(run.lines, [HOST_BITS('charts/tigera-operator/values-prod.yaml')]);
    assert.equal(run.status, 1);
  });

  it('layers `valuesObject` over the files: its pool list replaces the file\'s', async () => {
    const run = await lintLines({
      'apps/calico.yaml': application(GIT_SOURCE('      - values-prod.yaml\n',
        '      valuesObject:\n        installation:\n          calicoNetwork:\n            ipPools:\n            - {name: tenant, cidr: 10.244.0.0/16}\n')),
      'charts/tigera-operator/values-prod.yaml': HOST_BITS_VALUES,
    });
    assert.deepEqual(run.lines, []);
    assert.equal(run.status, 0);
  });

  it('a URL, a missing file and a path that is not here are unread', async () => {
    const run = await lintLines({
      'apps/calico.yaml': application(GIT_SOURCE('      - https://example.com/extra.yaml\n      - missing.yaml\n')),
      'charts/tigera-operator/values-prod.yaml': HOST_BITS_VALUES.replace('0.1/16', '0.0/16'),
    });
    assert.deepEqual(run.lines, [
      'apps/calico.yaml:13:9: `spec.source.helm.valueFiles[0]` is a URL, which Argo CD downloads and calico-lint never fetches' + TAIL,
      'apps/calico.yaml:14:9: `spec.source.helm.valueFiles[1]` is a file that does not exist in this repository: Argo CD fails the render unless `ignoreMissingValueFiles`' + TAIL,
    ]);
    const elsewhere = await lintLines({ 'apps/calico.yaml': application(GIT_SOURCE('      - values-prod.yaml\n')) });
    assert.deepEqual(elsewhere.lines, [
      'apps/calico.yaml:13:9: `spec.source.helm.valueFiles[0]` is relative to the source\'s `path` "charts/tigera-operator", which is not a folder of this repository' + TAIL,
    ]);
    assert.equal(elsewhere.status, 1);
  });

  it('`ignoreMissingValueFiles` skips a missing file, as Argo CD does', async () => {
    const run = await lintLines({
      'apps/calico.yaml': application(GIT_SOURCE('      - missing.yaml\n', '      ignoreMissingValueFiles: true\n')),
      'charts/tigera-operator/values.yaml': '{}\n',
    });
    assert.deepEqual(run.lines, []);
  });

  it('a multi-source `$ref` file in this repository is checked; a chart from a Helm repository keeps its own files unread', async () => {
    const sources = `  sources:
  - repoURL: https://docs.tigera.io/calico/charts
    chart: tigera-operator
    targetRevision: v3.30.3
    helm:
      valueFiles:
      - $values/clusters/prod/calico.yaml
      - values-extra.yaml
  - repoURL: https://github.com/example/platform.git
    targetRevision: main
    ref: values
`;
    const run = await lintLines({ 'apps/calico.yaml': application(sources), 'clusters/prod/calico.yaml': HOST_BITS_VALUES });
    assert.deepEqual(run.lines, [
      'apps/calico.yaml:15:9: `spec.sources[0].helm.valueFiles[1]` is a file of the chart Argo CD fetches from its Helm repository, which calico-lint does not read' + TAIL,
    ]);
    const alone = await lintLines({ 'apps/calico.yaml': application(sources.replace('      - values-extra.yaml\n', '')), 'clusters/prod/calico.yaml': HOST_BITS_VALUES });
    assert.deepEqual(alone.lines, [HOST_BITS('clusters/prod/calico.yaml')]);
    const missing = await lintLines({ 'apps/calico.yaml': application(sources.replace('      - values-extra.yaml\n', '')) });
    assert.deepEqual(missing.lines, [
      'apps/calico.yaml:14:9: `spec.sources[0].helm.valueFiles[0]` is a file that does not exist in this repository: Argo CD fails the render unless `ignoreMissingValueFiles`' + TAIL,
    ]);
  });

  it('an application of another chart is left alone', async () => {
    const other = application(GIT_SOURCE('      - https://example.com/extra.yaml\n').replace('charts/tigera-operator', 'charts/podinfo'));
    const run = await lintLines({ 'apps/app.yaml': other });
    assert.deepEqual(run.lines, []);
    assert.equal(run.status, 0);
  });
});
