/**
 * Templates whose lines start with a `${VAR}` that clusterctl or envsubst fills
 * in (metal3's examples/clusterctl-templates/clusterctl-cluster.yaml and
 * vpp-dataplane's test/scripts/kubeadm/ClusterNewConfiguration.template.yaml,
 * vendored in fixtures/real-repos/) are skipped with a notice, as Helm templates
 * are; kubectl refuses them as written, and any other syntax error is still reported.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { variableLineAt } from '../src/parse/envsubst-template.js';
import { runBin, withoutSummary, workspace } from './helpers/cli.js';
import { kubectlRefuses } from './helpers/kubectl.js';

/** The shape of metal3's template: a KubeadmControlPlane whose kubeadm configuration clusterctl completes. */
const CONTROL_PLANE = `apiVersion: controlplane.cluster.x-k8s.io/v1beta1
kind: KubeadmControlPlane
metadata:
  name: \${CLUSTER_NAME}
spec:
  kubeadmConfigSpec:
    clusterConfiguration:
      networking:
        podSubnet: \${POD_CIDR}
    initConfiguration:
      nodeRegistration:
        name: '{{ ds.meta_data.name }}'
# yamllint disable-line rule:syntax
\${CTLPLANE_KUBEADM_EXTRA_CONFIG}
`;

const HOST_BITS_POOL = `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata:
  name: pods
spec:
  cidr: 10.244.0.1/16
`;


describe('variableLineAt', () => {
  const text = 'a:\n  b: 1\n  ${EXTRA}\n  - ${ITEM:=x}  # c\n  ${OFF}- name: x\nc: ${D}\n';
  it('finds the `${` of a line that starts with a variable, when every error lies on such lines', () => {
    assert.equal(variableLineAt(text, [text.indexOf('${EXTRA}')]), text.indexOf('${EXTRA}'));
    assert.equal(variableLineAt(text, [text.indexOf('  ${EXTRA}'), text.indexOf('${ITEM')]), text.indexOf('${EXTRA}'));
    // The `yaml` package reports vpp-dataplane's lines at their indentation (BAD_INDENT).
    assert.equal(variableLineAt(text, [text.indexOf('  ${OFF}')]), text.indexOf('${OFF}'));
  });
  it('is undefined when an error lies past the variable: what follows it may be YAML kubectl reads', () => {
    assert.equal(variableLineAt(text, [text.indexOf('- name')]), undefined);
    const key = 'spec:\n  ${X}: {}#c\n';
    assert.equal(variableLineAt(key, [key.indexOf('#')]), undefined);
  });
  it('is undefined when an error lies elsewhere, or on a line where a variable is a value', () => {
    assert.equal(variableLineAt(text, [text.indexOf('${EXTRA}'), text.indexOf('b: 1')]), undefined);
    assert.equal(variableLineAt(text, [text.indexOf('${D}')]), undefined);
    assert.equal(variableLineAt('a:\n  $X\n', [5]), undefined);
    assert.equal(variableLineAt(text, []), undefined);
  });
});

describe('envsubst and clusterctl templates on the command line', () => {
  it('skips a document with a lone `${VAR}` line with one notice, and still lints the documents that parse', async () => {
    const root = await workspace({ 'cluster.yaml': `${CONTROL_PLANE}---\n${HOST_BITS_POOL}` });
    assert.match(kubectlRefuses(path.join(root, 'cluster.yaml')), /could not find expected ':'/);
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    assert.equal(withoutSummary(run.stderr),
      'calico-lint: cluster.yaml: a template for envsubst or clusterctl (a `${VAR}` where YAML syntax is expected), not a manifest: it was not linted. ' +
      'Lint what it becomes: envsubst < cluster.yaml | calico-lint - (Cluster API: clusterctl generate cluster <name> --from cluster.yaml | calico-lint -)\n');
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; line: number }> }>;
    assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.line]), [['ippool-valid', 21]]);
    assert.equal(run.status, 1);
  });

  it('skips a kubeadm configuration whose lines start with a variable that comments them out (vpp-dataplane)', async () => {
    const kubeadm = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
networking:
  podSubnet: \${POD_CIDR}
controllerManager:
  extraArgs:
    - name: cluster-cidr
      value: "\${POD_CIDR}"
    \${DISABLE_NODE_CIDR_MASK}- name: "node-cidr-mask-size"
    \${DISABLE_NODE_CIDR_MASK}  value: "\${NODE_CIDR_MASK_SIZE}"
`;
    const root = await workspace({ 'ClusterConfiguration.template.yaml': kubeadm });
    assert.match(kubectlRefuses(path.join(root, 'ClusterConfiguration.template.yaml')), /did not find expected '-' indicator/);
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    assert.match(withoutSummary(run.stderr), /^calico-lint: ClusterConfiguration\.template\.yaml: a template for envsubst or clusterctl/);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: unknown[] }>;
    assert.deepEqual(result!.messages, []);
    assert.equal(run.status, 0);
  });

  it('reports the syntax errors of a document whose errors are not all on lines that start with a variable', async () => {
    const broken = CONTROL_PLANE.replace('      nodeRegistration:', '      nodeRegistration: {');
    const root = await workspace({ 'cluster.yaml': broken });
    kubectlRefuses(path.join(root, 'cluster.yaml'));
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
    assert.ok(result!.messages.length > 0 && result!.messages.every((m) => m.ruleId === null && m.message.startsWith('Parsing error')));
    assert.doesNotMatch(run.stderr, /template for envsubst/);
    assert.equal(run.status, 1);
  });

  it('lints a document kubectl reads whose line starts with a variable as a key, the `yaml` package refusing only its comment (A17)', async () => {
    for (const line of ['${X}: {}#c', '${X}: "a"#c', '${X}: |#c\n    x']) {
      const root = await workspace({ 'pool.yaml': HOST_BITS_POOL.replace('spec:\n', `spec:\n  ${line}\n`) });
      const decoded = spawnSync('kubectl', ['label', '--local', '-f', path.join(root, 'pool.yaml'), 'x=y', '-o', 'json'], { encoding: 'utf8' });
      assert.equal(decoded.status, 0, decoded.stderr);
      assert.equal((JSON.parse(decoded.stdout) as { spec: { cidr: string } }).spec.cidr, '10.244.0.1/16');
      const run = runBin(['-f', 'json', '.'], { cwd: root });
      assert.doesNotMatch(run.stderr, /template/, line);
      const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; line: number }> }>;
      assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.line]), [[null, 6]], line);
      assert.equal(run.status, 1);
    }
  });

  it('reads a variable written as a value: the document is YAML, and linted (the variable itself is a placeholder, not judged)', async () => {
    const root = await workspace({ 'pool.yaml': `${HOST_BITS_POOL.replace('10.244.0.1/16', '${POD_CIDR}')}  ipipMode: Alwayss\n` });
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; line: number }> }>;
    assert.deepEqual(result!.messages.map((m) => `${m.line} ${m.ruleId}`), ['7 ippool-valid']);
    assert.doesNotMatch(run.stderr, /template/);
  });
});
