/**
 * k3s / RKE2 helm-controller `spec.valuesSecrets` (src/resources/k3s-values-secrets.ts):
 * the values of a Calico chart that come from a Secret, even one in the tree,
 * are never read; helm-values-unread says so instead of passing them silently,
 * and the object's own values are not judged alone. Found by A17 (a hostile
 * pull request's pools in a Secret's `stringData` passed with exit 0).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin, workspace } from './helpers/cli.js';

const CONFIG = `apiVersion: helm.cattle.io/v1
kind: HelmChartConfig
metadata:
  name: rke2-calico
  namespace: kube-system
spec:
  valuesContent: |-
    installation:
      calicoNetwork:
        mtu: 1450
  valuesSecrets:
    - name: calico-pools
      keys: [values.yaml]
---
apiVersion: v1
kind: Secret
metadata:
  name: calico-pools
  namespace: kube-system
stringData:
  values.yaml: |
    installation:
      calicoNetwork:
        ipPools:
        - name: infra
          cidr: 10.0.0.1/16
`;

const chart = (name: string, chartName: string, secrets: string): string => `apiVersion: helm.cattle.io/v1
kind: HelmChart
metadata:
  name: ${name}
  namespace: kube-system
spec:
  chart: ${chartName}
  valuesContent: |-
    installation:
      calicoNetwork:
        ipPools:
        - name: tenant
          cidr: 10.1.0.1/16
${secrets}`;

const SECRETS = '  valuesSecrets:\n    - name: more\n      keys: [a.yaml]\n      ignoreUpdates: true\n';

const TAIL = ': the Installation helm-controller renders from the Calico chart of this object was not checked. ' +
  'Keep the values in `spec.valuesContent` or `spec.values`, or lint the rendered output (`helm template … | calico-lint -`). [Error/helm-values-unread]';

function lint(root: string): { lines: string[]; status: number | null } {
  const run = runBin(['-f', 'unix', '.'], { cwd: root });
  return { lines: run.stdout.split('\n').filter((line) => /:\d+:\d+: /.test(line)).map((line) => line.slice(root.length + 1)), status: run.status };
}

describe('k3s / RKE2 valuesSecrets of a Calico chart', () => {
  it('RKE2\'s rke2-calico HelmChartConfig reading a Secret is an error at the entry, though kubectl applies both', async () => {
    const root = await workspace({ 'calico.yaml': CONFIG });
    const decoded = spawnSync('kubectl', ['label', '--local', '-f', path.join(root, 'calico.yaml'), 'x=y', '-o', 'name'], { encoding: 'utf8' });
    assert.equal(decoded.stdout, 'helmchartconfig.helm.cattle.io/rke2-calico\nsecret/calico-pools\n', decoded.stderr);
    const run = lint(root);
    assert.deepEqual(run.lines, [`calico.yaml:12:7: \`spec.valuesSecrets[0]\` (Secret "calico-pools") is a Secret, which calico-lint never reads${TAIL}`]);
    assert.equal(run.status, 1);
  });

  it('a HelmChart of tigera-operator (by chart, archive URL or name): the Secret is unread and its own values are not judged alone', async () => {
    for (const [name, chartName] of [['calico', 'tigera-operator'], ['calico', 'https://example.com/charts/tigera-operator-v3.30.2.tgz'], ['tigera-operator', 'mirror/other']]) {
      const root = await workspace({ 'chart.yaml': chart(name!, chartName!, SECRETS) });
      const run = lint(root);
      assert.deepEqual(run.lines, [`chart.yaml:15:7: \`spec.valuesSecrets[0]\` (Secret "more") is a Secret, which calico-lint never reads${TAIL}`], chartName);
    }
  });

  it('no keys: helm-controller does not use the Secret, and the values are judged as always', async () => {
    const root = await workspace({ 'chart.yaml': chart('calico', 'tigera-operator', '  valuesSecrets:\n    - name: more\n') });
    const run = lint(root);
    assert.deepEqual(run.lines.map((line) => line.replace(/: .*\[/, ' [')), ['chart.yaml:13:17 [Error/ippool-valid]']);
  });

  it('another chart\'s Secret is not Calico\'s concern', async () => {
    const other = chart('ingress', 'rke2-ingress-nginx', SECRETS).replace(/ {2}valuesContent[\s\S]*?(?= {2}valuesSecrets)/, '');
    const root = await workspace({ 'chart.yaml': other });
    assert.deepEqual(lint(root), { lines: [], status: 0 });
  });
});
