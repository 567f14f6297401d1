/**
 * Helm values precedence (issue 19, item 6): which values the controllers that install
 * the tigera-operator chart pass to Helm, merged as Helm merges them (helm
 * pkg/cli/values/options.go mergeMaps: mappings merge, lists and scalars replace; --set on top).
 *
 * - Argo CD at 37ee009: pkg/apis/application/v1alpha1/values.go:91-101 (ValuesYAML: valuesObject
 *   unless nil, else values); reposerver/repository/repository.go helmTemplate and
 *   util/helm/cmd.go:444-458 (parameters as --set / --set-string after --values).
 * - k3s helm-controller at 21a911f: pkg/controllers/chart/chart.go:584-591 (the HelmChartConfig of the
 *   HelmChart's namespace and name), 1088-1111 and 1298-1330 (values-0-000 HelmChart valuesContent,
 *   values-0-001 HelmChart values, values-1-000 HelmChartConfig valuesContent, values-1-001
 *   HelmChartConfig values; klipper-helm `entry` passes /config/*.yaml in that order), 1174-1236
 *   (spec.set as --set when int/true/false/null, else --set-string).
 * - tigera-operator chart templates/crs/custom-resources.yaml:1-2 (`if .Values.installation.enabled`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../rules/index.js';
import { lintSources } from '../src/lint.js';
import { parseSetName, setValueOf } from '../src/resources/helm-values-layers.js';
import { makeConfig } from './helpers/rule-tester.js';

const config = makeConfig({ infraPools: [{ name: 'infra' }] });
const AUTO = 'Infra pool "infra" has nodeSelector "all()", which every node matches';

/** Errors as `file:line:column rule`, each message checked to be the auto-assigned infra pool's. */
function errors(files: Record<string, string>): string[] {
  return lintSources(Object.entries(files).map(([file, text]) => ({ filePath: `/repo/${file}`, text })), { config, rules: allRules })
    .filter((finding) => finding.severity === 2)
    .map((finding) => {
      assert.ok(finding.message.startsWith(AUTO), finding.message);
      return `${finding.filePath.replace('/repo/', '')}:${finding.range.line}:${finding.range.column} ${finding.ruleId}`;
    });
}

const BAD = '{installation: {calicoNetwork: {ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: all()}]}}}';
const GOOD = '{installation: {calicoNetwork: {ipPools: [{name: infra, cidr: 10.244.0.0/24, nodeSelector: "!all()"}]}}}';

const application = (helm: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: calico, namespace: argocd}
spec:
  source:
    chart: tigera-operator
    helm:
${helm.split('\n').map((line) => `      ${line}`).join('\n')}
`;

describe('Argo CD: valuesObject over values, parameters over both (values.go:91-101, cmd.go:444-458)', () => {
  const table: Array<[string, string, string[]]> = [
    ['valuesObject set: the bad `values` are ignored', `valuesObject: ${GOOD}\nvalues: ${JSON.stringify(BAD)}`, []],
    ['valuesObject set: its bad pool counts, the good `values` do not hide it', `valuesObject: ${BAD}\nvalues: ${JSON.stringify(GOOD)}`, ['app.yaml:8:112 ippool-infra-node-selector']],
    ['valuesObject: {} still wins: `values` ignored', `valuesObject: {}\nvalues: ${JSON.stringify(BAD)}`, []],
    ['valuesObject: null is no valuesObject: `values` count', `valuesObject: null\nvalues: ${JSON.stringify(BAD)}`, ['app.yaml:9:107 ippool-infra-node-selector']],
    ['a parameter installation.enabled=false renders no Installation', `valuesObject: ${BAD}\nparameters: [{name: installation.enabled, value: "false"}]`, []],
    ['forceString "false" is a non-empty string: the Installation renders', `valuesObject: ${BAD}\nparameters: [{name: installation.enabled, value: "false", forceString: true}]`, ['app.yaml:8:112 ippool-infra-node-selector']],
    ['a parameter fixes the pool\'s nodeSelector', `valuesObject: ${BAD}\nparameters: [{name: "installation.calicoNetwork.ipPools[0].nodeSelector", value: "!all()"}]`, []],
    ['a parameter breaks a good pool: the finding is at the parameter', `valuesObject: ${GOOD}\nparameters:\n- name: installation.calicoNetwork.ipPools[0].nodeSelector\n  value: all()`, ['app.yaml:11:16 ippool-infra-node-selector']],
  ];
  for (const [why, helm, expected] of table) {
    it(why, () => assert.deepEqual(errors({ 'app.yaml': application(helm) }), expected));
  }

  it('each source of a multi-source Application is templated on its own', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: calico, namespace: argocd}
spec:
  sources:
  - helm: {valuesObject: {}, values: ${JSON.stringify(BAD)}}
  - helm: {values: ${JSON.stringify(BAD)}}
`;
    assert.deepEqual(errors({ 'app.yaml': text }), ['app.yaml:7:112 ippool-infra-node-selector']);
  });
});

const k3s = (kind: 'HelmChart' | 'HelmChartConfig', spec: string, namespace = 'kube-system') => `apiVersion: helm.cattle.io/v1
kind: ${kind}
metadata: {name: tigera-operator, namespace: ${namespace}}
spec:
${spec.split('\n').map((line) => `  ${line}`).join('\n')}
`;
const block = (values: string) => `valuesContent: |-\n${values.split('\n').map((line) => `  ${line}`).join('\n')}`;
const BAD_BLOCK = block('installation:\n  calicoNetwork:\n    ipPools:\n    - name: infra\n      cidr: 10.244.0.0/24\n      nodeSelector: all()');

describe('k3s helm-controller: HelmChartConfig over HelmChart, structured values over valuesContent (chart.go)', () => {
  it('the HelmChart alone: its pool is judged', () => {
    assert.deepEqual(errors({ 'chart.yaml': k3s('HelmChart', BAD_BLOCK) }), ['chart.yaml:11:25 ippool-infra-node-selector']);
  });

  it('its HelmChartConfig (another file, same name and namespace) replaces the pool list: nothing to report', () => {
    assert.deepEqual(errors({ 'chart.yaml': k3s('HelmChart', BAD_BLOCK), 'config.yaml': k3s('HelmChartConfig', `values: ${GOOD}`) }), []);
  });

  it('a bad pool list in the HelmChartConfig (another file) is reported there, at its line', () => {
    assert.deepEqual(errors({ 'chart.yaml': k3s('HelmChart', block(GOOD)), 'config.yaml': k3s('HelmChartConfig', `values: ${BAD}`) }),
      ['config.yaml:5:102 ippool-infra-node-selector']);
  });

  it('a value written in the other file is reported at its nearest place in the pool list\'s file', () => {
    // spec.set (chart.yaml) breaks the pool the HelmChartConfig (config.yaml) defines: the finding lands on the pool's entry in config.yaml.
    assert.deepEqual(errors({
      'chart.yaml': k3s('HelmChart', 'set: {"installation.calicoNetwork.ipPools[0].nodeSelector": all()}'),
      'config.yaml': k3s('HelmChartConfig', `values: ${GOOD}`),
    }), ['config.yaml:5:53 ippool-infra-node-selector']);
  });

  it('a HelmChartConfig with installation.enabled: false turns the Installation off', () => {
    assert.deepEqual(errors({ 'chart.yaml': k3s('HelmChart', BAD_BLOCK), 'config.yaml': k3s('HelmChartConfig', block('installation:\n  enabled: false')) }), []);
  });

  it('a HelmChartConfig in another namespace is not this chart\'s', () => {
    assert.deepEqual(errors({ 'chart.yaml': k3s('HelmChart', BAD_BLOCK), 'config.yaml': k3s('HelmChartConfig', block('installation:\n  enabled: false'), 'default') }),
      ['chart.yaml:11:25 ippool-infra-node-selector']);
  });

  it('mappings merge: the pool stays where the HelmChart writes it when the config only sets the MTU', () => {
    assert.deepEqual(errors({ 'chart.yaml': k3s('HelmChart', BAD_BLOCK), 'config.yaml': k3s('HelmChartConfig', 'values: {installation: {calicoNetwork: {mtu: 1400}}}') }),
      ['chart.yaml:11:25 ippool-infra-node-selector']);
  });

  it('the HelmChartConfig\'s structured values come after its valuesContent (values-1-001 after values-1-000)', () => {
    assert.deepEqual(errors({ 'config.yaml': k3s('HelmChartConfig', `${BAD_BLOCK}\nvalues: ${GOOD}`) }), []);
    assert.deepEqual(errors({ 'config.yaml': k3s('HelmChartConfig', `${block(GOOD)}\nvalues: ${BAD}`) }), ['config.yaml:7:102 ippool-infra-node-selector']);
  });

  it('the HelmChartConfig turns an Installation the HelmChart disabled back on', () => {
    const chart = k3s('HelmChart', block(`${BAD.slice(0, -2)}, enabled: false}}`));
    assert.deepEqual(errors({ 'chart.yaml': chart }), []);
    assert.deepEqual(errors({ 'chart.yaml': chart, 'config.yaml': k3s('HelmChartConfig', 'values: {installation: {enabled: true}}') }), ['chart.yaml:6:96 ippool-infra-node-selector']);
  });

  it('HelmChart spec.set is --set, above every values file: "false" is a boolean', () => {
    assert.deepEqual(errors({ 'chart.yaml': k3s('HelmChart', `${BAD_BLOCK}\nset: {installation.enabled: "false"}`) }), []);
  });
});

describe('installation.enabled: false renders no Installation, whoever passes the values (custom-resources.yaml:1)', () => {
  const OFF = `${BAD.slice(0, -2)}, enabled: false}}`;
  const hosts: Array<[string, string]> = [
    ['Argo CD valuesObject', application(`valuesObject: ${OFF}`)],
    ['Argo CD values', application(`values: ${JSON.stringify(OFF)}`)],
    ['Flux HelmRelease values', `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: calico, namespace: tigera-operator}\nspec:\n  values: ${OFF}\n`],
    ['k3s HelmChart values', k3s('HelmChart', `values: ${OFF}`)],
    ['k3s HelmChartConfig valuesContent', k3s('HelmChartConfig', block(OFF))],
  ];
  for (const [host, text] of hosts) {
    it(host, () => {
      assert.deepEqual(errors({ 'x.yaml': text }), []);
      assert.equal(errors({ 'x.yaml': text.replace('enabled: false', 'enabled: true') }).length, 1);
    });
  }
});

describe('Helm reads the first YAML document of values only (sigs.k8s.io/yaml: go-yaml v2 Unmarshal)', () => {
  const all = (text: string) => lintSources([{ filePath: '/repo/x.yaml', text }], { config, rules: allRules })
    .map((finding) => `${finding.range.line}:${finding.range.column} ${finding.ruleId} ${finding.message}`);

  it('a second document is ignored by Helm: an error where it starts, and its pool is not judged', () => {
    const text = k3s('HelmChartConfig', block(`installation: {registry: quay.io/}\n---\n${BAD}`));
    assert.deepEqual(all(text), [
      '8:5 null Helm values (`spec.valuesContent`) of HelmChartConfig/kube-system/tigera-operator: Helm reads only the first YAML document of values; this one is ignored',
    ]);
  });

  it('an empty first document leaves no values at all', () => {
    assert.deepEqual(all(k3s('HelmChartConfig', block(`---\n---\n${BAD}`))).map((line) => line.split(' ').slice(0, 2).join(' ')), ['8:5 null']);
  });
});

describe('--set names and values as Helm reads them (pkg/strvals)', () => {
  it('names', () => {
    assert.deepEqual(parseSetName('installation.calicoNetwork.ipPools[0].cidr'), ['installation', 'calicoNetwork', 'ipPools', 0, 'cidr']);
    assert.deepEqual(parseSetName('a\\.b.c'), ['a.b', 'c']);
    assert.deepEqual(parseSetName('a[1][2]'), ['a', 1, 2]);
    assert.equal(parseSetName('a..b'), undefined);
    assert.equal(parseSetName('[0]'), undefined);
  });
  it('typed values', () => {
    assert.deepEqual([setValueOf('False', false), setValueOf('null', false), setValueOf('26', false), setValueOf('026', false), setValueOf('false', true)],
      [false, null, 26, '026', 'false']);
    assert.deepEqual(setValueOf('{a,26}', false), ['a', 26]);
    assert.equal(setValueOf('a\\,b', true), 'a,b');
  });
});
