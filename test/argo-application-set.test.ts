/**
 * An Argo CD ApplicationSet whose template installs the tigera-operator chart
 * with values (src/resources/argo-application-set.ts): calico-lint does not
 * expand generators, so the Installations of the generated Applications are
 * a helm-values-unread error, not a silent pass. Found by A17: an infra pool
 * every node selects, in an ApplicationSet's valuesObject, passed with exit 0.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin, workspace } from './helpers/cli.js';

const applicationSet = (source: string): string => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: calico
  namespace: argocd
spec:
  goTemplate: true
  generators:
    - list:
        elements:
          - cluster: prod
            url: https://prod.example.com
  template:
    metadata:
      name: 'calico-{{.cluster}}'
    spec:
      project: default
${source}      destination:
        server: '{{.url}}'
        namespace: tigera-operator
`;

const VALUES = `        helm:
          valuesObject:
            installation:
              calicoNetwork:
                ipPools:
                  - {name: infra, cidr: 10.0.0.0/24, nodeSelector: all()}
`;

const TAIL = ': the Installations Argo CD renders from the tigera-operator chart of the Applications this ApplicationSet generates were not checked: ' +
  'calico-lint does not expand generators. Lint a generated Application, or the rendered output (`helm template … | calico-lint -`). [Error/helm-values-unread]';

function lint(files: Record<string, string>): Promise<{ lines: string[]; status: number | null; root: string }> {
  return workspace(files).then((root) => {
    const run = runBin(['-f', 'unix', '.'], { cwd: root });
    return { lines: run.stdout.split('\n').filter((line) => /:\d+:\d+: /.test(line)).map((line) => line.slice(root.length + 1)), status: run.status, root };
  });
}

describe('Argo CD ApplicationSet of the tigera-operator chart', () => {
  it('values in a template source are an error at its helm key (source and sources)', async () => {
    const single = `      source:\n        repoURL: https://docs.tigera.io/calico/charts\n        chart: tigera-operator\n        targetRevision: v3.30.2\n${VALUES}`;
    const run = await lint({ 'appset.yaml': applicationSet(single) });
    const decoded = spawnSync('kubectl', ['label', '--local', '-f', path.join(run.root, 'appset.yaml'), 'x=y', '-o', 'name'], { encoding: 'utf8' });
    assert.equal(decoded.stdout, 'applicationset.argoproj.io/calico\n', decoded.stderr);
    assert.deepEqual(run.lines, [`appset.yaml:22:9: \`spec.template.spec.source.helm\` is the template of an ApplicationSet${TAIL}`]);
    assert.equal(run.status, 1);
    const multi = `      sources:\n        - repoURL: https://example.com/other.git\n          path: apps\n        - repoURL: https://github.com/example/charts.git\n          path: charts/tigera-operator\n${VALUES.replace(/^ {8}/gm, '          ')}`;
    const second = await lint({ 'appset.yaml': applicationSet(multi) });
    assert.deepEqual(second.lines, [`appset.yaml:23:11: \`spec.template.spec.sources[1].helm\` is the template of an ApplicationSet${TAIL}`]);
  });

  it('the chart\'s defaults (no values), or another chart, are not reported', async () => {
    const defaults = '      source:\n        repoURL: https://docs.tigera.io/calico/charts\n        chart: tigera-operator\n        targetRevision: v3.30.2\n';
    assert.deepEqual((await lint({ 'appset.yaml': applicationSet(defaults) })).lines, []);
    const other = `      source:\n        repoURL: https://kubernetes.github.io/ingress-nginx\n        chart: ingress-nginx\n        targetRevision: 4.0.0\n        helm:\n          valuesObject: {controller: {hostNetwork: false}}\n`;
    assert.deepEqual((await lint({ 'appset.yaml': applicationSet(other) })).lines, []);
  });
});
