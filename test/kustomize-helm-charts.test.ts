/**
 * kustomize's `helmCharts` of the tigera-operator chart (src/kustomize/helm-charts.ts): the
 * values kustomize passes to `helm template` (kubernetes-sigs/kustomize at 12f9e63,
 * api/internal/builtins/HelmChartInflationGenerator.go: createNewMergedValuesFile,
 * replaceValuesInline, AsHelmArgs; api/types/helmchartargs.go; its own tests
 * TestHelmChartInflationGeneratorValuesMerge / ValuesReplace show `merge` keeps the file's
 * values over the inline ones and `replace` drops the file), checked as the Installation the
 * chart renders, at the value where the user wrote it; what cannot be read fails closed
 * (rule helm-values-unread). No helm binary here, so `kustomize build --enable-helm` cannot
 * be run as an oracle: the expectations follow the source cited above.
 */
import assert from 'node:assert/strict';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../src/api.js';
import { runBin, workspace as tree } from './helpers/cli.js';
import { gitRepo } from './helpers/git-repo.js';

/** Every finding as `file:line:column rule message`, in the order of the results. */
async function findings(files: Record<string, string>, cwd?: (root: string) => Promise<string>): Promise<string[]> {
  const root = await tree(files);
  const dir = cwd ? await cwd(root) : root;
  const results = await lint({ paths: ['.'], cwd: dir });
  return results.flatMap((result) => result.messages.map((m) => `${path.relative(dir, result.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

const hostBits = (field: string, cidr: string, fixed: string) =>
  `ippool-valid ${field} "${cidr}" has host bits set: did you mean "${fixed}"? A pool CIDR must be strictly masked (Calico's IPPool validation rejects it)`;
const unread = (what: string, entry: string) => `helm-values-unread ${what}: the Installation kustomize renders from the tigera-operator chart of \`${entry}\` ` +
  'was not checked. Keep its values inside the kustomization\'s folder, or lint the rendered output (`kustomize build --enable-helm DIR | calico-lint -`).';

const CHART = '- name: tigera-operator\n  repo: https://docs.tigera.io/calico/charts\n  version: v3.30.3\n  releaseName: calico\n  namespace: tigera-operator\n';
const POOL_FILE = (cidr: string) => `installation:\n  calicoNetwork:\n    ipPools:\n    - name: tenant\n      cidr: ${cidr}\n`;

describe('kustomize helmCharts: the values the tigera-operator chart renders', () => {
  it('valuesInline: a pool with host bits is an error at the value in kustomization.yaml', async () => {
    const kustomization = `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nhelmCharts:\n${CHART}  valuesInline:\n    installation:\n      calicoNetwork:\n        ipPools:\n        - {name: tenant, cidr: 10.244.0.1/16}\n`;
    assert.deepEqual(await findings({ 'kustomization.yaml': kustomization }), [
      `kustomization.yaml:13:32 ${hostBits('ipPools[0].cidr', '10.244.0.1/16', '10.244.0.0/16')}`,
    ]);
  });

  it('valuesFile in the kustomization\'s folder: the error is in that file, once (its own view gives way)', async () => {
    assert.deepEqual(await findings({ 'app/kustomization.yaml': `helmCharts:\n${CHART}  valuesFile: calico/values.yaml\n`, 'app/calico/values.yaml': POOL_FILE('10.96.0.1/16') }), [
      `app/calico/values.yaml:5:13 ${hostBits('ipPools[0].cidr', '10.96.0.1/16', '10.96.0.0/16')}`,
    ]);
  });

  it('valuesFile out of the repository: fails closed where it is named', async () => {
    const found = await findings({ 'repo/kustomization.yaml': `helmCharts:\n${CHART}  valuesFile: ../values.yaml\n`, 'values.yaml': POOL_FILE('10.0.0.0/16') }, async (root) => path.join(root, 'repo'));
    assert.deepEqual(found, [`kustomization.yaml:7:15 ${unread('`helmCharts[0].valuesFile` is outside the repository, which calico-lint never reads', 'helmCharts[0]')}`]);
  });

  it('valuesFile in the repository but out of the kustomization\'s folder (kustomize\'s load restrictor): fails closed', async () => {
    const found = await findings({ 'base/kustomization.yaml': `helmCharts:\n${CHART}  valuesFile: ../shared/values.yaml\n`, 'shared/values.yaml': POOL_FILE('10.0.0.0/16') });
    assert.deepEqual(found, [`base/kustomization.yaml:7:15 ${unread('`helmCharts[0].valuesFile` is outside the kustomization\'s folder: kustomize refuses it unless built with `--load-restrictor LoadRestrictionsNone`, and calico-lint does not read it', 'helmCharts[0]')}`]);
  });

  it('a remote valuesFile, a missing additional values file: each fails closed, nothing else is judged from that entry', async () => {
    const kustomization = `helmCharts:\n${CHART}  valuesFile: https://example.com/values.yaml\n  additionalValuesFiles: [ok.yaml, gone.yaml]\n  valuesInline: {installation: {calicoNetwork: {ipPools: [{cidr: 10.1.0.1/16}]}}}\n`;
    assert.deepEqual(await findings({ 'kustomization.yaml': kustomization, 'ok.yaml': 'installation: {enabled: true}\n' }), [
      `kustomization.yaml:7:15 ${unread('`helmCharts[0].valuesFile` is a remote URL, which kustomize downloads at build time and calico-lint never fetches', 'helmCharts[0]')}`,
      `kustomization.yaml:8:36 ${unread('`helmCharts[0].additionalValuesFiles[1]` is a file that does not exist: kustomize fails the build', 'helmCharts[0]')}`,
    ]);
  });

  it('a values file that is a link leading out of the repository is not followed', async () => {
    const outside = await tree({ 'values.yaml': POOL_FILE('10.0.0.1/16') });
    const found = await findings({ 'kustomization.yaml': `helmCharts:\n${CHART}  valuesFile: values.yaml\n` }, async (root) => {
      await symlink(path.join(outside, 'values.yaml'), path.join(root, 'values.yaml'));
      return root;
    });
    assert.deepEqual(found, [`kustomization.yaml:7:15 ${unread('`helmCharts[0].valuesFile` is a link leading out of the repository, which calico-lint never follows', 'helmCharts[0]')}`]);
  });

  describe('precedence (valuesMerge, then additionalValuesFiles as later -f files)', () => {
    const files = (merge: string, extra = '') => ({
      'kustomization.yaml': `helmCharts:\n${CHART}  valuesFile: values.yaml\n${merge}${extra}  valuesInline:\n    installation:\n      calicoNetwork:\n        ipPools: [{name: tenant, cidr: 10.2.0.1/16}]\n`,
      'values.yaml': POOL_FILE('10.3.0.1/16'),
      ...(extra === '' ? {} : { 'more.yaml': POOL_FILE('10.4.0.1/16') }),
    });
    const inInline = (line: number) => `kustomization.yaml:${line}:40 ${hostBits('ipPools[0].cidr', '10.2.0.1/16', '10.2.0.0/16')}`;
    const inFile = `values.yaml:5:13 ${hostBits('ipPools[0].cidr', '10.3.0.1/16', '10.3.0.0/16')}`;

    it('override (the default): the inline list replaces the file\'s', async () => {
      assert.deepEqual(await findings(files('')), [inInline(11)]);
    });
    it('valuesMerge: override, written', async () => {
      assert.deepEqual(await findings(files('  valuesMerge: override\n')), [inInline(12)]);
    });
    it('valuesMerge: merge: the file\'s values win over the inline ones', async () => {
      assert.deepEqual(await findings(files('  valuesMerge: merge\n')), [inFile]);
    });
    it('valuesMerge: replace: the file is not read at all', async () => {
      const found = await findings({ ...files('  valuesMerge: replace\n'), 'values.yaml': 'installation: [not, values]\ncalicoNetwork: {}\n' });
      assert.deepEqual(found, [inInline(12)]);
    });
    it('additionalValuesFiles come last and win', async () => {
      assert.deepEqual(await findings(files('', '  additionalValuesFiles: [more.yaml]\n')), [`more.yaml:5:13 ${hostBits('ipPools[0].cidr', '10.4.0.1/16', '10.4.0.0/16')}`]);
    });
    it('installation.enabled: false in a later file renders no Installation', async () => {
      assert.deepEqual(await findings({ ...files('', '  additionalValuesFiles: [more.yaml]\n'), 'more.yaml': 'installation: {enabled: false}\n' }), []);
    });
    it('`enabled: no` in a values file merged with inline values is the string "no" for kustomize (YAML 1.2): the Installation renders and is checked', async () => {
      const found = await findings({
        'kustomization.yaml': `helmCharts:\n${CHART}  valuesFile: values.yaml\n  valuesInline: {tigeraOperator: {version: v1.38.6}}\n`,
        'values.yaml': 'installation:\n  enabled: no\n  calicoNetwork:\n    ipPools: [{cidr: 10.7.0.1/16}]\n',
      });
      assert.deepEqual(found, [`values.yaml:4:22 ${hostBits('ipPools[0].cidr', '10.7.0.1/16', '10.7.0.0/16')}`]);
    });
    it('a merge kustomize fails on (a mapping meets a list): fails closed', async () => {
      const found = await findings({ ...files(''), 'values.yaml': 'installation:\n  calicoNetwork:\n    ipPools: {cidr: 10.3.0.0/16}\n' });
      assert.deepEqual(found, [`kustomization.yaml:8:3 ${unread('kustomize cannot merge `helmCharts[0].valuesInline` with `helmCharts[0].valuesFile` (a value meets one of another kind): the build fails', 'helmCharts[0]')}`]);
    });
    it('a `$patch` key in the inline values: fails closed', async () => {
      const found = await findings({ 'kustomization.yaml': `helmCharts:\n${CHART}  valuesInline:\n    installation: {$patch: replace, calicoNetwork: {ipPools: []}}\n` });
      assert.deepEqual(found, [`kustomization.yaml:7:3 ${unread('`helmCharts[0].valuesInline` holds a `$` key, which kustomize\'s merge reads as a strategic merge directive that calico-lint does not apply', 'helmCharts[0]')}`]);
    });
    it('an unknown valuesMerge: fails closed (the values file, not read for it, is still a values file of its own)', async () => {
      assert.deepEqual(await findings(files('  valuesMerge: deep\n')), [
        `kustomization.yaml:8:16 ${unread('`helmCharts[0].valuesMerge` is none of merge, override, replace, so kustomize fails the build', 'helmCharts[0]')}`,
        inFile,
      ]);
    });
  });

  describe('which charts', () => {
    it('another chart whose values file cannot be read: nothing to say', async () => {
      assert.deepEqual(await findings({ 'kustomization.yaml': 'helmCharts:\n- name: ingress-nginx\n  repo: https://kubernetes.github.io/ingress-nginx\n  valuesFile: https://example.com/values.yaml\n' }), []);
    });
    it('a chart of any name whose values render an Installation with calicoNetwork is checked (as HelmRelease values are)', async () => {
      assert.deepEqual(await findings({ 'kustomization.yaml': 'helmCharts:\n- name: calico\n  valuesInline:\n    installation:\n      calicoNetwork:\n        ipPools: [{cidr: 10.5.0.1/16}]\n' }), [
        `kustomization.yaml:6:26 ${hostBits('ipPools[0].cidr', '10.5.0.1/16', '10.5.0.0/16')}`,
      ]);
    });
    it('the deprecated helmChartInflationGenerator (chartName, values, valuesLocal)', async () => {
      const kustomization = 'helmChartInflationGenerator:\n- chartName: tigera-operator\n  values: values.yaml\n  valuesLocal: {tigeraOperator: {version: v1.38.6}}\n';
      assert.deepEqual(await findings({ 'kustomization.yml': kustomization, 'values.yaml': POOL_FILE('10.6.0.1/16') }), [
        `values.yaml:5:13 ${hostBits('ipPools[0].cidr', '10.6.0.1/16', '10.6.0.0/16')}`,
      ]);
    });
    it('field names match case-insensitively, as kustomize decodes them', async () => {
      assert.deepEqual(await findings({ 'kustomization.yaml': 'HelmCharts:\n- Name: tigera-operator\n  ValuesFile: https://example.com/v.yaml\n' }), [
        `kustomization.yaml:3:15 ${unread('`HelmCharts[0].ValuesFile` is a remote URL, which kustomize downloads at build time and calico-lint never fetches', 'HelmCharts[0]')}`,
      ]);
    });
  });
});

describe('kustomize helmCharts on the command line', () => {
  it('a values file out of the repository fails the run (exit 1) with the finding where it is named', async () => {
    const root = await tree({ 'repo/kustomization.yaml': `helmCharts:\n${CHART}  valuesFile: /etc/calico/values.yaml\n` });
    const run = runBin(['-f', 'unix', '.'], { cwd: path.join(root, 'repo') });
    assert.equal(run.status, 1);
    assert.equal(run.stdout, `${path.join(root, 'repo/kustomization.yaml')}:7:15: \`helmCharts[0].valuesFile\` is outside the repository, which calico-lint never reads: ` +
      'the Installation kustomize renders from the tigera-operator chart of `helmCharts[0]` was not checked. Keep its values inside the kustomization\'s folder, ' +
      'or lint the rendered output (`kustomize build --enable-helm DIR | calico-lint -`). [Error/helm-values-unread]\n\n1 problem\n');
  });
});

describe('kustomize helmCharts with --base', () => {
  const kustomization = 'helmCharts:\n- name: tigera-operator\n  releaseName: calico\n  valuesFile: values.yaml\n';
  const values = (cidr: string) => `installation:\n  calicoNetwork:\n    ipPools:\n    - name: tenant\n      cidr: ${cidr}\n      nodeSelector: all()\n`;

  it('a change to the values file alone is compared with the base\'s values (the kustomization itself unchanged)', async () => {
    const root = await gitRepo({ 'kustomization.yaml': kustomization, 'values.yaml': values('10.244.0.0/16') }, { 'values.yaml': values('10.245.0.0/16') });
    const run = runBin(['--base', 'main', '-f', 'unix', '.'], { cwd: root });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^.*\/values\.yaml:5:13: Installation pool "tenant" changes cidr from "10\.244\.0\.0\/16" to "10\.245\.0\.0\/16"\..*\(base branch: values\.yaml:4:7\)\..*\[Error\/installation-pool-change\]$/m);
  });

  it('a values file the change adds is not read on the base side: the pool is new, nothing changed', async () => {
    const root = await gitRepo({ 'kustomization.yaml': 'helmCharts:\n- name: tigera-operator\n  releaseName: calico\n' }, { 'kustomization.yaml': kustomization, 'values.yaml': values('10.245.0.0/16') });
    const run = runBin(['--base', 'main', '-f', 'unix', '.'], { cwd: root });
    assert.equal(run.stdout, '');
    assert.equal(run.status, 0);
  });
});
