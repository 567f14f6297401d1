/**
 * Helm templates are reported once per file, never as parse errors; and `{{`
 * cannot be used to slip a manifest that kubectl applies past the linter.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../rules/index.js';
import { EVERYTHING, relevanceGate } from '../src/engine/relevance.js';
import { analyzeSource } from '../src/analyze/prepare-analysis.js';
import { breaksQuotedAction, firstTemplateAction, opensNestedFlowMapping } from '../src/parse/go-template.js';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { parseManifest } from '../src/parse/parse-manifest.js';
import { parseConfig } from '../src/config/parse-config.js';
import { lintSources } from '../src/lint.js';
import { runBin, withoutSummary, workspace } from './helpers/cli.js';
import { makeConfig, yaml } from './helpers/rule-tester.js';

const CHART_DAEMONSET = yaml`
  apiVersion: apps/v1
  kind: DaemonSet
  metadata:
    name: {{ include "runner.fullname" . }}
    namespace: {{ .Release.Namespace }}
  spec:
    template:
      spec:
        {{- if .Values.hostNetwork }}
        hostNetwork: true
        {{- end }}
        containers:
          - name: runner
            image: "{{ .Values.image }}"
`;

const CHART_RBAC = yaml`
  {{- if .Values.rbac.create }}
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata:
    name: {{ .Release.Name }}
  rules: []
  {{- end }}
  ---
  apiVersion: v1
  kind: ServiceAccount
  metadata:
    name: runner
  {{- if .Values.sa.annotations }}
    annotations:
      {{- toYaml .Values.sa.annotations | nindent 4 }}
  {{- else }}
    annotations: {}
  {{- end }}
`;

/** The bypass attempt: a `{{` in a comment, beside a Pod that kubectl applies. */
const COMMENT_BYPASS = yaml`
  # Rendered by {{ .Chart.Name }}, do not edit
  apiVersion: v1
  kind: Pod
  metadata: {name: miner, namespace: tenant}
  spec:
    hostNetwork: true
    containers: [{name: c, image: busybox}]
`;

const kubectl = (file: string) => spawnSync('kubectl', ['label', '--local', '-f', file, 'x=y', '-o', 'json'], { encoding: 'utf8' });

function lint(text: string, parseAll = false) {
  const config = makeConfig({});
  const source = { filePath: '/repo/t.yaml', text };
  const gate = parseAll ? EVERYTHING : relevanceGate(allRules);
  return { analysis: analyzeSource(source, gate), findings: lintSources([source], { config, rules: allRules, parseAll }) };
}

describe('Go template actions', () => {
  it('finds actions outside comments only', () => {
    assert.equal(firstTemplateAction('a: {{ .Values.x }}'), 3);
    assert.equal(firstTemplateAction('{{- if .X }}\na: 1'), 0);
    assert.equal(firstTemplateAction('a: 1 # {{ .Values.x }}'), undefined);
    assert.equal(firstTemplateAction('# {{ .Values.x }}\n  # {{ y }}'), undefined);
    assert.equal(firstTemplateAction('a: "{{ not closed'), undefined);
    assert.equal(firstTemplateAction('a: b#{{ .X }}'), 5, 'a # inside a word does not start a comment');
    // Hostile shapes (linear time: the hostile CLI tests run whole files of them within their time limit).
    assert.equal(firstTemplateAction('{{'.repeat(100_000)), undefined, 'never closed');
    assert.equal(firstTemplateAction(`# ${'{{ '.repeat(100_000)}}}`), undefined, 'one long comment line');
    assert.equal(firstTemplateAction(`${'# {{ x }}\n'.repeat(10_000)}a: {{ y }}`), 10 * 10_000 + 3, 'the first action past many comment lines');
  });
});

/** Issue 18, item 1: go-yaml takes `#…` right after `}` for a comment, the `yaml` package rejects it; kubectl creates the Pod. */
const HASH_BYPASS = yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: miner
    namespace: tenant
    labels: {}#{{ x }}
  spec:
    hostNetwork: true
    containers: [{name: c, image: busybox}]
`;

describe('which {{ makes kubectl refuse a document', () => {
  it('a {{ that starts a node: go-yaml reads a mapping as a mapping key and fails', () => {
    assert.equal(opensNestedFlowMapping('a: {{ .Values.x }}\n'), true);
    assert.equal(opensNestedFlowMapping('{{- if .Values.x }}\na: 1\n{{- end }}\n'), true);
    assert.equal(opensNestedFlowMapping('a:\n  - {{ x }}\n'), true);
    assert.equal(opensNestedFlowMapping('a: [b, {{ x }}]\n'), true);
    assert.equal(opensNestedFlowMapping(CHART_DAEMONSET), true);
    assert.equal(opensNestedFlowMapping('a: "{{ x }}"\n{% if y %}\nb: 1\n{% endif %}\n'), true, 'Jinja: `%` cannot start a token');
  });

  it('a {{ inside a scalar or a comment starts nothing', () => {
    assert.equal(opensNestedFlowMapping('a: {}#{{ x }}\n'), false);
    assert.equal(opensNestedFlowMapping('a: "b"#{{ x }}\n'), false);
    assert.equal(opensNestedFlowMapping('a: web-{{ .Values.x }}\nb: {a: b}#c\n'), false);
    assert.equal(opensNestedFlowMapping('a: |\n  {{ x }}\nb: {}#c\n'), false);
    assert.equal(opensNestedFlowMapping('a: { {x: 1}: 2 }#{{ y }}\n'), false, 'a mapping key with a blank after the `{`');
    assert.equal(opensNestedFlowMapping(HASH_BYPASS), false);
  });
});

// kubermatic/kubeone test/e2e/testdata/containerd_calico_external.yaml (Apache-2.0): kubectl says
// "yaml: line 5: did not find expected key" (kubectl label --local -f … x=y), so a template anywhere.
const KUBEONE_TESTDATA = `apiVersion: kubeone.k8c.io/v1beta2
kind: KubeOneCluster

versions:
  kubernetes: "{{ required ".VERSION is required" .VERSION }}"

clusterNetwork:
  cni:
    external: {}
`;

describe('a quoted template action that holds its own quote: kubectl refuses the line', () => {
  it('refused: the scalar closes inside the action and the line goes on', () => {
    assert.equal(breaksQuotedAction(KUBEONE_TESTDATA), true);
    assert.equal(breaksQuotedAction("a:\n  - '{{ printf '%s' .x }}'\n"), true);
    assert.equal(breaksQuotedAction('  image: "{{ .Values.image | default "nginx" }}"\n'), true);
  });

  it('not refused, or not certainly: a whole quoted action, a key, a comment, an escape, or no action', () => {
    assert.equal(breaksQuotedAction('a: "{{ .Values.x }}"\n'), false);
    assert.equal(breaksQuotedAction('a: "{{ x \\" y }}"\n'), false, 'an escaped quote does not close the scalar');
    assert.equal(breaksQuotedAction("a: '{{ x '' y }}'\n"), false, "'' is one quote");
    assert.equal(breaksQuotedAction('- "{{ a ": b }}"\n'), false, 'go-yaml reads a key `{{ a ` there');
    assert.equal(breaksQuotedAction('a: "{{ x " # y }}"\n'), false);
    assert.equal(breaksQuotedAction('a: "b" c {{ x }}\n'), false);
  });

  it('not refused: the line is text of a block scalar or a plain scalar, which go-yaml reads whatever it holds (A17)', () => {
    assert.equal(breaksQuotedAction('a: |\n  b: "{{ a "b" }}" c\nl: {}#x\n'), false);
    assert.equal(breaksQuotedAction('a: abc\n  "{{ a "b" }}" c\nl: {}#x\n'), false);
  });

  it('a pool kubectl reads, with such a line in a block scalar and a comment only go-yaml takes, is an error, not a template (A17)', async () => {
    const pool = 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: infra\n  labels: {}#x\n  annotations:\n' +
      '    note: |\n      a: "{{ a "b" }}" c\nspec:\n  cidr: 10.0.0.1/16\n';
    const root = await workspace({ 'pool.yaml': pool });
    const decoded = spawnSync('kubectl', ['label', '--local', '-f', path.join(root, 'pool.yaml'), 'x=y', '-o', 'json'], { encoding: 'utf8' });
    assert.equal(decoded.status, 0, decoded.stderr);
    assert.equal((JSON.parse(decoded.stdout) as { spec: { cidr: string } }).spec.cidr, '10.0.0.1/16');
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    assert.doesNotMatch(run.stderr, /template/);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; line: number }> }>;
    assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.line]), [[null, 5]]);
    assert.equal(run.status, 1);
  });

  it('such a document is a template anywhere, not a parse error', () => {
    const parsed = parseManifest('kubeone/test/e2e/testdata/containerd_calico_external.yaml', KUBEONE_TESTDATA, { templates: true });
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.templates, [{ documentIndex: 0, range: { line: 5, column: 16, endLine: 5, endColumn: 18 }, syntax: 'go' }]);
  });
});

// nutanix-cloud-native/cluster-api-runtime-extensions-nutanix a3310a6 (Apache-2.0),
// charts/cluster-api-runtime-extensions-nutanix/addons/cni/calico/docker/values-template.yaml: a tigera-operator
// values template for CAAPH, outside any templates/ folder. `ipPools:{{` (no blank) is no key: the plain scalar
// runs on into the next line, a key over two lines, which the yaml package and go-yaml both refuse.
const GLUED_ACTION = `installation:
  cni:
    type: Calico
  calicoNetwork:
    ipPools:{{ range $cidr := .Cluster.spec.clusterNetwork.pods.cidrBlocks }}
    - cidr: "{{ $cidr }}"
      encapsulation: None
      natOutgoing: Enabled
      nodeSelector: all(){{ end }}
  nodeMetricsPort: 9091
`;

describe('a template action glued to a key: a key over two lines, which kubectl refuses', () => {
  it('kubectl refuses it ("mapping values are not allowed in this context")', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'glued-')), 'values-template.yaml');
    writeFileSync(file, `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n${GLUED_ACTION}`);
    const decoded = kubectl(file);
    assert.notEqual(decoded.status, 0);
    assert.match(decoded.stderr, /mapping values are not allowed in this context/);
  });

  it('such a document is a template anywhere, not eight parse errors', () => {
    const parsed = parseManifest('charts/x/addons/cni/calico/docker/values-template.yaml', GLUED_ACTION, { templates: true });
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.templates, [{ documentIndex: 0, range: { line: 5, column: 13, endLine: 5, endColumn: 15 }, syntax: 'go' }]);
  });

  it('without a template action, a key over two lines stays a parse error', () => {
    const parsed = parseManifest('values.yaml', GLUED_ACTION.replaceAll(/\{\{[^}]*\}\}/g, 'x'), { templates: true });
    assert.deepEqual(parsed.templates, []);
    assert.equal(parsed.problems[0]?.message, 'Parsing error: Implicit keys need to be on a single line');
  });

  it('a flow-context key over two lines is kept aside: excused only where templates live', () => {
    const parsed = parseManifest('values.yaml', 'a: [b\n  c: "{{ x }}"]\n', { templates: true });
    assert.equal(parsed.templates?.length, 1);
    assert.ok((parsed.templates?.[0]?.problems?.length ?? 0) > 0);
  });
});

describe('Helm templates', () => {
  for (const parseAll of [false, true]) {
    it(`a chart template gives no parse error, one template count per file${parseAll ? ' (--parse-all)' : ''}`, () => {
      const daemonSet = lint(CHART_DAEMONSET, parseAll);
      assert.deepEqual(daemonSet.findings, []);
      assert.equal(daemonSet.analysis.templateDocuments, 1);
      assert.deepEqual(daemonSet.analysis.problems, []);
    });
  }

  it('if/else branches that repeat a key are a template, not a duplicate-key error', () => {
    const { analysis, findings } = lint(CHART_RBAC, true);
    assert.deepEqual(findings, []);
    assert.equal(analysis.templateDocuments, 2);
  });

  it('a duplicate key beside {{ }} is read as kubectl reads it (the last value wins), not excused as a template', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {chart: "{{ .Chart.Name }}"}}\nspec:\n  hostNetwork: false\n  hostNetwork: true\n';
    const { analysis, findings } = lint(text);
    assert.equal(analysis.templateDocuments, undefined);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.range.line]), [['no-host-network', 6]]);
  });

  it('a document that parses is linted, {{ }} or not', () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p, namespace: tenant, labels: {chart: "{{ .Chart.Name }}"}}
      spec: {hostNetwork: true}
    `;
    const { analysis, findings } = lint(text);
    assert.equal(analysis.templateDocuments, undefined);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.range.line]), [['no-host-network', 4]]);
  });

  it('bypass attempt: a {{ in a comment does not hide a Pod that kubectl applies', async () => {
    const root = await workspace({ 'pod.yaml': COMMENT_BYPASS });
    const file = path.join(root, 'pod.yaml');
    assert.equal(kubectl(file).status, 0, 'kubectl applies the file');
    const { analysis, findings } = lint(COMMENT_BYPASS);
    assert.equal(analysis.templateDocuments, undefined);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.range.line]), [['no-host-network', 6]]);
  });

  it('bypass attempt: a {{ in a comment does not turn a broken document into a template', () => {
    const text = '# {{ .Values.x }}\napiVersion: v1\nkind: Pod\nmetadata: {name: p\nspec: {hostNetwork: true}\n';
    const { analysis, findings } = lint(text);
    assert.equal(analysis.templateDocuments, undefined);
    assert.ok(findings.length > 0 && findings.every((f) => f.fatal === true), 'parse errors stay');
  });

  for (const parseAll of [false, true]) {
    it(`bypass attempt: a document kubectl reads, with {{ after a # the yaml package rejects, is an error outside templates${parseAll ? ' (--parse-all)' : ''}`, async () => {
      const root = await workspace({ 'pod.yaml': HASH_BYPASS });
      const decoded = kubectl(path.join(root, 'pod.yaml'));
      assert.equal(decoded.status, 0, decoded.stderr);
      assert.match(decoded.stdout, /"hostNetwork": true/, 'kubectl creates the host-network Pod');
      const { analysis, findings } = lint(HASH_BYPASS, parseAll);
      assert.equal(analysis.templateDocuments, undefined);
      assert.deepEqual(findings.map((f) => [f.fatal, f.range.line, f.range.column, f.message]), [
        [true, 6, 13, 'Parsing error: Comments must be separated from other tokens by white space characters'],
      ]);
    });
  }

  it('the same document is a template in a chart\'s templates/ beside Chart.yaml, or where the configuration says', async () => {
    const root = await workspace({
      'chart/Chart.yaml': 'apiVersion: v2\nname: runner\nversion: 1.0.0\n',
      'chart/templates/sub/pod.yaml': HASH_BYPASS,
      'notachart/templates/pod.yaml': HASH_BYPASS,
      'deploy/pod.yaml.tpl.yaml': HASH_BYPASS,
    });
    // Only `{{ x }}`: either a Go template's or Jinja's (src/parse/template-syntax.ts).
    const notice = (file: string) => `calico-lint: ${file}: a template ({{ … }} actions, which a Go template and Jinja both read), not a manifest: ` +
      'what holds them and is not YAML was not linted. Lint the rendered output: pipe it to calico-lint - (a Helm chart: helm template <release> <chart> | calico-lint -)\n';
    const inChart = runBin(['-f', 'unix', '--parse-all', 'chart'], { cwd: root });
    assert.equal(inChart.stdout, '');
    assert.equal(withoutSummary(inChart.stderr), notice('chart/templates/sub/pod.yaml'));
    assert.equal(inChart.status, 0);
    const elsewhere = runBin(['-f', 'unix', 'notachart', 'deploy'], { cwd: root });
    assert.match(elsewhere.stdout, /\/deploy\/pod\.yaml\.tpl\.yaml:6:13: Parsing error: Comments must be separated/);
    assert.match(elsewhere.stdout, /\/notachart\/templates\/pod\.yaml:6:13: Parsing error: Comments must be separated/);
    assert.equal(elsewhere.status, 1);
    writeFileSync(path.join(root, '.calico-lint.yaml'), 'templates: ["deploy/**/*.tpl.yaml"]\n');
    const declared = runBin(['-f', 'unix', 'deploy'], { cwd: root });
    assert.equal(declared.stdout, '');
    assert.equal(withoutSummary(declared.stderr), notice('deploy/pod.yaml.tpl.yaml'));
    assert.equal(declared.status, 0);
  });

  it('kubectl refuses the template documents that become notices', async () => {
    const root = await workspace({ 'ds.yaml': CHART_DAEMONSET });
    const result = kubectl(path.join(root, 'ds.yaml'));
    assert.notEqual(result.status, 0);
  });

  it('the configuration file is never read as a template', () => {
    assert.throws(() => parseConfig('infraPools:\n{{- if .X }}\n  - name: a\n', '/repo/.calico-lint.yaml', [], '/repo'), /\.calico-lint\.yaml:2:/);
  });

  it('the CLI prints one notice per template file on standard error and exits 0', async () => {
    const root = await workspace({
      'chart/Chart.yaml': 'apiVersion: v2\nname: runner\nversion: 1.0.0\n',
      'chart/templates/daemonset.yaml': CHART_DAEMONSET,
      'chart/templates/rbac.yaml': CHART_RBAC.replace('kind: ClusterRole', 'kind: ClusterRole # hostNetwork'),
    });
    for (const extra of [[], ['--parse-all']]) {
      const run = runBin(['-f', 'unix', ...extra, '.'], { cwd: root });
      assert.equal(run.stdout, '');
      assert.match(run.stderr.split('\n').at(-2)!, /templates? skipped: no problems in /);
      assert.equal(
        withoutSummary(run.stderr),
        ['daemonset', 'rbac'].map((name) =>
          `calico-lint: chart/templates/${name}.yaml: a Go template (its {{ … }} actions are Go template syntax, as in a Helm chart), not a manifest: ` +
          'what holds them and is not YAML was not linted. Lint the rendered output: helm template <release> <chart> | calico-lint -\n').join(''),
      );
      assert.equal(run.status, 0);
    }
  });

  it('the CLI still fails on the comment bypass', async () => {
    const root = await workspace({ 'pod.yaml': COMMENT_BYPASS });
    writeFileSync(path.join(root, 'other.yaml'), 'kind: ConfigMap\n');
    const run = runBin(['-f', 'unix', '.'], { cwd: root });
    assert.match(run.stdout, /pod\.yaml:6:3: `hostNetwork: true` puts Pod\/tenant\/miner/);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
  });
});
