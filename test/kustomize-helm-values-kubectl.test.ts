/**
 * The values kustomize assembles for a `helmCharts` entry, checked against the real kustomize
 * (`kubectl kustomize --enable-helm`, kubectl 1.32 ships kustomize v5.5.0). There is no helm
 * binary here, so `--helm-command` is a stand-in written by this test: it answers `version`
 * and prints each `-f` file it is given as a ConfigMap, in order. What kustomize passes it is
 * what calico-lint must reproduce (src/kustomize/helm-charts.ts); Helm's own merge of the
 * `-f` files (mergeMaps) is applied to both sides alike.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseAllDocuments } from 'yaml';
import { kustomizeHelmCharts, treeFileReader } from '../src/kustomize/helm-charts.js';
import { parseManifest } from '../src/parse/parse-manifest.js';
import { KustomizeResolver } from '../src/kustomize/namespaces.js';
import { mergeMaps, mergedValues } from '../src/resources/helm-values-layers.js';

type Plain = Record<string, unknown>;

const FAKE_HELM = `#!/bin/sh
if [ "$1" = version ]; then echo v3.16.0; exit 0; fi
i=0
while [ $# -gt 0 ]; do
  if [ "$1" = -f ]; then
    shift
    printf -- '---\\napiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: values-%s}\\ndata:\\n  values.yaml: |\\n' "$i"
    sed 's/^/    /' "$1"
    i=$((i+1))
  fi
  shift
done
`;

/** Helm deletes a key whose value is null when it coalesces values; kustomize's merge deletes it already. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

function setUp(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'calico-lint-kustomize-oracle-'));
  mkdirSync(path.join(root, 'charts/tigera-operator'), { recursive: true }); // the chart "exists locally": no pull
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  writeFileSync(path.join(root, 'helm'), FAKE_HELM);
  chmodSync(path.join(root, 'helm'), 0o755);
  return root;
}

/** What kustomize renders: the values Helm would merge, or undefined when the build fails. */
function kustomizeValues(root: string): Plain | undefined {
  const run = spawnSync('kubectl', ['kustomize', '--enable-helm', '--helm-command', path.join(root, 'helm'), root], { encoding: 'utf8' });
  if (run.status !== 0) return undefined;
  const files = parseAllDocuments(run.stdout).map((doc) => doc.toJS() as { metadata: { name: string }; data: { 'values.yaml': string } })
    .sort((a, b) => Number(a.metadata.name.slice(7)) - Number(b.metadata.name.slice(7)))
    .map((cm) => (parse(cm.data['values.yaml'], { version: '1.1' }) ?? {}) as Plain);
  return withoutNulls(files.reduce((merged, values) => mergeMaps(merged, values), {})) as Plain;
}

/** What calico-lint reads: the merged values, or undefined when it fails closed. */
function calicoLintValues(root: string): Plain | undefined {
  const file = path.join(root, 'kustomization.yaml');
  const doc = parseManifest(file, execFileSync('cat', [file], { encoding: 'utf8' }), { yamlVersion: '1.1' }).documents[0]!;
  const [chart] = kustomizeHelmCharts(doc, treeFileReader(new KustomizeResolver(root)));
  assert.ok(chart);
  return chart.input === undefined ? undefined : (withoutNulls(mergedValues(chart.input)) as Plain);
}

const entry = (fields: string) => `helmCharts:\n- name: tigera-operator\n  releaseName: calico\n${fields}`;
const FILE_POOLS = 'installation:\n  calicoNetwork:\n    mtu: 1400\n    ipPools:\n    - {name: a, cidr: 10.0.0.0/24}\n    - {name: b, cidr: 10.1.0.0/24}\n';
const INLINE_POOLS = '  valuesInline:\n    installation:\n      calicoNetwork:\n        ipPools:\n        - {name: b, cidr: 10.9.0.0/24}\n';

describe('kustomize helmCharts values, against kubectl kustomize --enable-helm', () => {
  it('kubectl is installed (the oracle of this file)', () => {
    assert.equal(spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status, 0);
  });

  const cases: Array<[string, Record<string, string>]> = [
    ['valuesFile alone', { 'kustomization.yaml': entry('  valuesFile: values.yaml\n'), 'values.yaml': FILE_POOLS }],
    ['override (default): the inline list replaces the file\'s whole, names or not', { 'kustomization.yaml': entry(`  valuesFile: values.yaml\n${INLINE_POOLS}`), 'values.yaml': FILE_POOLS }],
    ['merge: the file\'s values win, inline ones fill in', { 'kustomization.yaml': entry(`  valuesFile: values.yaml\n  valuesMerge: merge\n${INLINE_POOLS}    tigeraOperator: {version: v1}\n`), 'values.yaml': FILE_POOLS }],
    ['replace: the file is not even read', { 'kustomization.yaml': entry(`  valuesFile: missing.yaml\n  valuesMerge: replace\n${INLINE_POOLS}`) }],
    ['an empty valuesInline leaves the file as it is', { 'kustomization.yaml': entry('  valuesFile: values.yaml\n  valuesInline: {}\n'), 'values.yaml': FILE_POOLS }],
    ['null in valuesInline deletes the file\'s key', { 'kustomization.yaml': entry('  valuesFile: values.yaml\n  valuesInline: {installation: {calicoNetwork: {mtu: null}}}\n'), 'values.yaml': FILE_POOLS }],
    ['additionalValuesFiles are later -f files', { 'kustomization.yaml': entry(`  valuesFile: values.yaml\n  additionalValuesFiles: [more.yaml, last.yaml]\n${INLINE_POOLS}`), 'values.yaml': FILE_POOLS, 'more.yaml': 'installation: {calicoNetwork: {mtu: 1300}}\n', 'last.yaml': 'installation: {calicoNetwork: {ipPools: []}}\n' }],
    // kustomize reads a values file it merges with go-yaml v3 (YAML 1.2): `no` and `yes` stay strings, so `enabled: no` renders the Installation.
    ['merged with inline values, the file is read as YAML 1.2', { 'kustomization.yaml': entry('  valuesFile: values.yaml\n  valuesInline: {tigeraOperator: {version: v1}}\n'), 'values.yaml': 'installation:\n  enabled: no\n  calicoNetwork: {bgp: off}\n' }],
    ['alone, the file goes to Helm as written (YAML 1.1: `no` is false)', { 'kustomization.yaml': entry('  valuesFile: values.yaml\n'), 'values.yaml': 'installation:\n  enabled: no\n  calicoNetwork: {bgp: off}\n' }],
    ['a mapping meeting a list: the build fails, calico-lint fails closed', { 'kustomization.yaml': entry('  valuesFile: values.yaml\n  valuesInline: {installation: {calicoNetwork: {ipPools: {cidr: 10.0.0.0/24}}}}\n'), 'values.yaml': FILE_POOLS }],
    ['an unknown valuesMerge: the build fails, calico-lint fails closed', { 'kustomization.yaml': entry(`  valuesFile: values.yaml\n  valuesMerge: deep\n${INLINE_POOLS}`), 'values.yaml': FILE_POOLS }],
  ];
  for (const [name, files] of cases) {
    it(name, () => {
      const root = setUp(files);
      assert.deepEqual(calicoLintValues(root), kustomizeValues(root));
    });
  }
});
