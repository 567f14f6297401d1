/**
 * Argo CD `helm.fileParameters` (Helm's `--set-file name=path`) on a source of
 * the tigera-operator chart: a value read from a file, which calico-lint does
 * not follow, is a helm-values-unread error at the entry, and the source's
 * Installation is not judged from the rest. Found by A17: a pool's CIDR or
 * nodeSelector set from a file passed with exit 0.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runBin, workspace } from './helpers/cli.js';

const application = (helm: string, chart = 'tigera-operator'): string => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: calico
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://docs.tigera.io/calico/charts
    chart: ${chart}
    targetRevision: v3.30.2
    helm:
${helm}  destination: {server: https://kubernetes.default.svc, namespace: tigera-operator}
`;

const FILE_PARAMETERS = '      fileParameters:\n        - name: installation.calicoNetwork.ipPools[0].nodeSelector\n          path: selector.txt\n';

describe('Argo CD fileParameters of the tigera-operator chart', () => {
  it('is an error at the entry, and the rest of the values are not judged alone', async () => {
    const values = '      valuesObject:\n        installation:\n          calicoNetwork:\n            ipPools:\n            - {name: infra, cidr: 10.0.0.1/16}\n';
    for (const helm of [FILE_PARAMETERS, `${FILE_PARAMETERS}${values}`]) {
      const root = await workspace({ 'calico.yaml': application(helm), 'selector.txt': 'all()\n' });
      const run = runBin(['-f', 'unix', '.'], { cwd: root });
      const lines = run.stdout.split('\n').filter((line) => /:\d+:\d+: /.test(line)).map((line) => line.slice(root.length + 1));
      assert.deepEqual(lines, [
        'calico.yaml:14:11: `spec.source.helm.fileParameters[0]` is a value Argo CD reads from a file (`--set-file`), which calico-lint does not read: ' +
        'the Installation Argo CD renders from the tigera-operator chart of this Application was not checked. Keep the values file in this repository ' +
        'beside the chart source (or write the values in `helm.valuesObject`), or lint the rendered output (`helm template … | calico-lint -`). [Error/helm-values-unread]',
      ], helm);
      assert.equal(run.status, 1);
    }
  });

  it('another chart\'s file parameters are not Calico\'s concern', async () => {
    const root = await workspace({ 'app.yaml': application(FILE_PARAMETERS.replace('installation.calicoNetwork.ipPools[0].nodeSelector', 'controller.config'), 'ingress-nginx').replace('docs.tigera.io/calico/charts', 'kubernetes.github.io/ingress-nginx') });
    const run = runBin(['-f', 'unix', '.'], { cwd: root });
    assert.equal(run.status, 0, run.stdout);
  });
});
