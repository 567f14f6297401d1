/**
 * Terraform templates (`templatefile()`): poseidon/terraform-render-bootstrap's
 * kube-proxy, flannel and Cilium DaemonSets (vendored in fixtures/real-repos/)
 * hold `%{~ for … ~}` … `%{~ endfor ~}` directives where YAML expects a node.
 * kubectl refuses them as written; before, each gave six parse errors. They are
 * skipped with one notice, as Helm and envsubst templates are, and a `%{`
 * anywhere else is text YAML reads.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { firstTerraformDirective } from '../src/parse/terraform-template.js';
import { runBin, withoutSummary, workspace } from './helpers/cli.js';
import { kubectlRefuses } from './helpers/kubectl.js';

/** The shape of terraform-render-bootstrap's resources/kube-proxy/kube-proxy.yaml. */
const KUBE_PROXY = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-proxy
  namespace: kube-system
spec:
  selector:
    matchLabels:
      k8s-app: kube-proxy
  template:
    metadata:
      labels:
        k8s-app: kube-proxy
    spec:
      hostNetwork: true
      tolerations:
      - key: node.kubernetes.io/not-ready
        operator: Exists
      %{~ for key in daemonset_tolerations ~}
      - key: \${key}
        operator: Exists
      %{~ endfor ~}
      containers:
      - name: kube-proxy
        image: \${kube_proxy_image}
`;

const HOST_BITS_POOL = `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata:
  name: pods
spec:
  cidr: 10.244.0.1/16
`;

const NOTICE = 'a Terraform template (its %{ … } directives are for templatefile()), not a manifest: what holds them and is not YAML was not linted. ' +
  'Lint what it renders: pipe the rendered manifest to calico-lint -';

describe('firstTerraformDirective', () => {
  it('finds a directive where a node starts: a line, a sequence item, a mapping value', () => {
    assert.equal(firstTerraformDirective(KUBE_PROXY), KUBE_PROXY.indexOf('%{~ for'));
    for (const text of ['a:\n%{ if x ~}\n  b: 1\n%{ endif ~}\n', 'a:\n- %{ if x }b%{ else }c%{ endif }\n', 'a: %{ if x }b%{ endif }\n']) {
      assert.equal(firstTerraformDirective(text), text.indexOf('%{'), text);
    }
  });
  it('is undefined for `%{` inside a scalar, a directive in a comment, or other words', () => {
    for (const text of ['a: b%{ if x }\n', 'a: 1 # %{ for k in x }\n', '# %{ endfor }\n', 'a:\n  %{ foo }\n', 'a: "%{ if x }"\n']) {
      assert.equal(firstTerraformDirective(text), undefined, text);
    }
  });
});

describe('Terraform templates on the command line', () => {
  it('skips a document with directives with one notice (kubectl refuses it), and still lints the documents that parse', async () => {
    const root = await workspace({ 'kube-proxy.yaml': `${KUBE_PROXY}---\n${HOST_BITS_POOL}` });
    assert.match(kubectlRefuses(path.join(root, 'kube-proxy.yaml')), /found character that cannot start any token/);
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    assert.equal(withoutSummary(run.stderr), `calico-lint: kube-proxy.yaml: ${NOTICE}\n`);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; line: number }> }>;
    assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.line]), [['ippool-valid', 32]]);
    assert.equal(run.status, 1);
  });

  it('still reports a syntax error of a document that holds no directive where a node starts', async () => {
    const root = await workspace({ 'pool.yaml': `${HOST_BITS_POOL}  ipipMode: [Always\n  description: "a%{ if x }"\n` });
    const run = runBin(['-f', 'json', '.'], { cwd: root });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
    assert.ok(result!.messages.length > 0 && result!.messages.every((m) => m.ruleId === null && m.message.startsWith('Parsing error')));
    assert.doesNotMatch(run.stderr, /Terraform/);
    assert.equal(run.status, 1);
  });
});
