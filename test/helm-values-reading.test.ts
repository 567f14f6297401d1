/**
 * Helm values written as YAML in a string (RKE2 HelmChartConfig/HelmChart
 * `valuesContent`, Argo CD `values`) are read as Helm's decoder reads them
 * (sigs.k8s.io/yaml, go-yaml v2, YAML 1.1), whatever spells their keys, and
 * values Helm cannot decode are an error at the position: never dropped
 * (issue 18, item 2). The differential side (kubectl decoding the values, as
 * Helm does) is test/differential/structural*.ts, family `values`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../rules/index.js';
import { lintSources } from '../src/lint.js';
import { makeConfig } from './helpers/rule-tester.js';

const config = makeConfig({ infraPools: [{ name: 'infra', allowedNamespaces: ['kube-system'] }] });

function hostWith(values: string): string {
  return [
    'apiVersion: helm.cattle.io/v1', 'kind: HelmChartConfig', 'metadata:', '  name: rke2-calico', '  namespace: kube-system', 'spec:',
    '  valuesContent: |-', ...values.split('\n').map((line) => `    ${line}`),
  ].join('\n');
}

const POOLS = 'installation:\n  calicoNetwork:\n    ipPools:\n    - name: infra\n      cidr: 10.244.0.0/24\n      nodeSelector: all()';
const AUTO_ASSIGNED = 'Infra pool "infra" has nodeSelector "all()", which every node matches';

function errors(text: string): Array<[string | null, number, number, string]> {
  return lintSources([{ filePath: '/repo/rke2.yaml', text }], { config, rules: allRules })
    .filter((finding) => finding.severity === 2)
    .map((finding) => [finding.ruleId, finding.range.line, finding.range.column, finding.message.slice(0, 120)]);
}

describe('Helm values in a string: read as Helm reads them', () => {
  const spellings: Array<[string, string, number]> = [
    ['the plain key', POOLS, 13],
    ['an escaped key (\\x)', POOLS.replace('calicoNetwork:', '"\\x63alicoNetwork":'), 13],
    ['an escaped key (\\u)', POOLS.replace('calicoNetwork:', '"calico\\u004eetwork":'), 13],
    ['an escaped installation key', POOLS.replace('installation:', '"\\x69nstallation":'), 13],
    ['a !!binary key', POOLS.replace('calicoNetwork:', '!!binary Y2FsaWNvTmV0d29yaw==:'), 13],
    // A merged value points at its `<<` key (line 14), where it enters the mapping.
    ['a merge key', POOLS.replace('installation:\n  calicoNetwork:', 'base: &b\n  calicoNetwork:').concat('\ninstallation:\n  <<: *b'), 14],
  ];
  for (const [why, values, line] of spellings) {
    it(`finds the auto-assigned infra pool behind ${why}`, () => {
      const found = errors(hostWith(values));
      assert.deepEqual(found.map(([rule, l]) => [rule, l]), [['ippool-infra-node-selector', line]]);
      assert.ok(found[0]![3].startsWith(AUTO_ASSIGNED), found[0]![3]);
    });
  }

  it('finds the pool behind an escaped line break inside values written as a double-quoted string', () => {
    // The file holds `\\\n`: the values hold `"calico\` then a line break, which joins `calicoNetwork`.
    const values = POOLS.replace('calicoNetwork:', '? "calico\\\n    Network"\n  :');
    const text = [
      'apiVersion: helm.cattle.io/v1', 'kind: HelmChartConfig', 'metadata:', '  name: rke2-calico', '  namespace: kube-system', 'spec:',
      `  valuesContent: ${JSON.stringify(values)}`,
    ].join('\n');
    assert.ok(!/calicoNetwork|Installation|IPPool/.test(text), 'no word the relevance gate looks for');
    assert.deepEqual(errors(text).map(([rule, line]) => [rule, line]), [['ippool-infra-node-selector', 7]]);
  });

  it('reports values Helm cannot decode, at the position in the file', () => {
    assert.deepEqual(errors(hostWith(`${POOLS}\nextra: [`)), [
      [null, 14, 13, 'Helm values (`spec.valuesContent`) of HelmChartConfig/kube-system/rke2-calico: Parsing error: Flow sequence in block col'],
    ]);
  });

  it('reports a merge key go-yaml reads differently (the later value wins), at the position', () => {
    const values = 'a: &a {nodeSelector: all()}\ninstallation:\n  calicoNetwork:\n    ipPools:\n    - name: infra\n      cidr: 10.244.0.0/24\n      nodeSelector: "!all()"\n      <<: *a';
    const found = errors(hostWith(values));
    assert.deepEqual(found.map(([rule, l, c]) => [rule, l, c]), [[null, 15, 11]]);
    assert.match(found[0]![3], /^Helm values \(`spec\.valuesContent`\) of HelmChartConfig\/kube-system\/rke2-calico: Kubernetes and YAML 1\.2 parsers read this/);
  });

  it('values without an Installation stay silent', () => {
    assert.deepEqual(errors(hostWith('felix:\n  enabled: true')), []);
  });
});
