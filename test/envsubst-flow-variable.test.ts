/**
 * A `${VAR}` written as an item of a flow collection (`sshAuthorizedKeys:
 * [${VM_SSH_KEYS}]`, ionos-cloud/cluster-api-provider-proxmox's cluster
 * templates, vendored in fixtures/real-repos/) makes a template for clusterctl:
 * kubectl refuses it as written, and calico-lint gave two parse errors per
 * template. Now one notice; any other syntax error is still reported.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { envsubstVariableAt, flowVariableAt } from '../src/parse/envsubst-flow-variable.js';
import { runBin, withoutSummary, workspace } from './helpers/cli.js';
import { kubectlRefuses } from './helpers/kubectl.js';

/** The shape of the Proxmox provider's template: keys filled in by clusterctl, a Calico pool in the same stream. */
const CONFIG_TEMPLATE = `apiVersion: bootstrap.cluster.x-k8s.io/v1beta1
kind: KubeadmConfigTemplate
metadata:
  name: "\${CLUSTER_NAME}-worker"
spec:
  template:
    spec:
      users:
        - name: root
          sshAuthorizedKeys: [\${VM_SSH_KEYS}]
`;

const HOST_BITS_POOL = `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata:
  name: pods
spec:
  cidr: 10.244.0.1/16
`;


describe('flowVariableAt and envsubstVariableAt', () => {
  it('finds the `$` of a variable that is an item of a flow sequence or a value of a flow mapping, for errors at or after it', () => {
    const seq = 'a:\n  keys: [${VM_SSH_KEYS}]\n';
    assert.equal(flowVariableAt(seq, seq.indexOf('{V')), seq.indexOf('${'));
    const later = 'a: [x, ${B:=y}, z]\n';
    assert.equal(flowVariableAt(later, later.indexOf('{B')), later.indexOf('${'));
    const legacy = 'keys: [ ${ VM_SSH_KEYS } ]\n';
    assert.equal(flowVariableAt(legacy, legacy.indexOf('{ V')), legacy.indexOf('${'));
    const map = 'a: {k: ${B}}\n';
    assert.equal(flowVariableAt(map, map.lastIndexOf('}')), map.indexOf('${'));
  });
  it('is undefined for an error before the variable on its line, or on a line with no flow-item variable', () => {
    const before = 'a: [x y, ${B}]\n';
    assert.equal(flowVariableAt(before, before.indexOf('y')), undefined);
    assert.equal(flowVariableAt('a: ${B}\n', 4), undefined);
    assert.equal(flowVariableAt('a: ["${B}"]\n', 6), undefined);
  });
  it('takes line-start variables and flow-item variables together; one other error spoils it', () => {
    const text = 'a:\n  ${EXTRA}\n  k: [${B}]\n  c: [x y]\n';
    assert.equal(envsubstVariableAt(text, [text.indexOf('  ${EXTRA}'), text.indexOf('{B')]), text.indexOf('${EXTRA}'));
    assert.equal(envsubstVariableAt(text, [text.indexOf('{B'), text.indexOf('y]')]), undefined);
    assert.equal(envsubstVariableAt(text, []), undefined);
  });
  it('is undefined when no error lies at the variable\'s `{`: a `${` inside a quoted scalar only looks like a flow item', () => {
    const quoted = "k: ['a, ${B}']#c\n";
    assert.equal(flowVariableAt(quoted, quoted.indexOf('#')), quoted.indexOf('${'));
    assert.equal(envsubstVariableAt(quoted, [quoted.indexOf('#')]), undefined);
  });
});

describe('a clusterctl template with a variable in a flow sequence, on the command line', () => {
  it('is skipped with one notice, and the documents that parse are still linted', async () => {
    const root = await workspace({ 'cluster-template.yaml': `${CONFIG_TEMPLATE}---\n${HOST_BITS_POOL}` });
    assert.match(kubectlRefuses(path.join(root, 'cluster-template.yaml')), /did not find expected ',' or '\]'/);
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    assert.equal(withoutSummary(run.stderr),
      'calico-lint: cluster-template.yaml: a template for envsubst or clusterctl (a `${VAR}` where YAML syntax is expected), not a manifest: it was not linted. ' +
      'Lint what it becomes: envsubst < cluster-template.yaml | calico-lint - ' +
      '(Cluster API: clusterctl generate cluster <name> --from cluster-template.yaml | calico-lint -)\n');
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; line: number }> }>;
    assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.line]), [['ippool-valid', 17]]);
    assert.equal(run.status, 1);
  });

  it('does not skip a document kubectl reads whose quoted scalar holds `, ${VAR}` before an error the `yaml` package alone raises', async () => {
    const root = await workspace({ 'pool.yaml': HOST_BITS_POOL.replace('spec:\n', "spec:\n  x: [ 'a, ${B}' ]#c\n") });
    const decoded = spawnSync('kubectl', ['label', '--local', '-f', path.join(root, 'pool.yaml'), 'x=y', '-o', 'json'], { encoding: 'utf8' });
    assert.equal(decoded.status, 0, decoded.stderr);
    assert.deepEqual((JSON.parse(decoded.stdout) as { spec: { x: string[] } }).spec.x, ['a, ${B}']);
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    assert.doesNotMatch(run.stderr, /template/);
    assert.equal(run.status, 1);
  });

  it('still reports a syntax error that lies before the variable on its line', async () => {
    const root = await workspace({ 'cluster-template.yaml': CONFIG_TEMPLATE.replace('[${VM_SSH_KEYS}]', '[@a, ${VM_SSH_KEYS}]') });
    kubectlRefuses(path.join(root, 'cluster-template.yaml'));
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
    assert.ok(result!.messages.length > 0 && result!.messages.every((m) => m.ruleId === null && m.message.startsWith('Parsing error')));
    assert.doesNotMatch(run.stderr, /template for envsubst/);
    assert.equal(run.status, 1);
  });
});
