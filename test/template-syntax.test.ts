/**
 * The notice that replaces a template's syntax errors says what the syntax
 * shows (src/parse/template-syntax.ts): Jinja (`{% %}`, `{# #}`: Salt states
 * such as scality/metalk8s salt/metalk8s/addons/.../deployed/*.sls, Ansible
 * templates), a Go template (actions only Go reads: Helm), or either (only
 * `{{ name }}` actions). Never from the file's name or folder. kubectl refuses
 * each document skipped here.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { firstJinjaTag, templateSyntaxOf } from '../src/parse/template-syntax.js';
import { runBin, withoutSummary, workspace } from './helpers/cli.js';
import { kubectlRefuses } from './helpers/kubectl.js';

/** The shape of metalk8s's Salt-rendered manifests: Jinja imports, a loop, `salt[...]` calls. */
const SALT_INSTALLATION = `{%- from "metalk8s/map.jinja" import networks with context %}
{#- Calico's Installation, rendered by Salt #}
apiVersion: operator.tigera.io/v1
kind: Installation
metadata:
  name: default
spec:
  calicoNetwork:
    ipPools:
{%- for pool in salt['metalk8s_network.get_pools']() %}
    - cidr: {{ pool.cidr }}
{%- endfor %}
`;

const STATEMENTS_ONLY = '{% if calico %}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n{% endif %}\n';
const HELM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{- include "x" . | nindent 4 }}\n';
const EITHER = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ salt['pillar.get']('name') }}\ndata:\n  x: y\n";

describe('template syntax', () => {
  it('tells Jinja, Go template and either from the text', () => {
    assert.equal(templateSyntaxOf(SALT_INSTALLATION), 'jinja');
    assert.equal(templateSyntaxOf(STATEMENTS_ONLY), 'jinja');
    assert.equal(templateSyntaxOf(HELM), 'go');
    assert.equal(templateSyntaxOf(EITHER), 'either');
    assert.equal(templateSyntaxOf('a: {{- if .Values.x }}\n'), 'go');
    assert.equal(templateSyntaxOf('a: {{ $root.x }}\n'), 'go');
    assert.equal(templateSyntaxOf('a: {{/* note */}}\n'), 'go');
    assert.equal(templateSyntaxOf('a: {{ range(3) | list }}\n'), 'either', 'a Jinja call of range() is no Go range');
    // In a YAML comment, a `{%` shows nothing.
    assert.equal(templateSyntaxOf('a: {{ x }} # {% if y %}\n'), 'either');
    assert.equal(firstJinjaTag('a: 1 # {% x %}\nb: {% if y %}\n'), 18);
    assert.equal(firstJinjaTag('a: {{ x }}\n'), undefined);
  });
});

describe('template notices on the command line', () => {
  it('words each notice from the syntax seen, whatever the file is called', async () => {
    // Names chosen to mislead: the Helm-looking name holds Jinja, the Salt-looking one Go.
    const root = await workspace({
      'chart/templates/installation.yaml': SALT_INSTALLATION,
      'salt/state.sls.yaml': HELM,
      'statements.yaml': STATEMENTS_ONLY,
      'either.yaml': EITHER,
    });
    assert.match(kubectlRefuses(path.join(root, 'chart/templates/installation.yaml')), /invalid character '%' looking for beginning of object key string/);
    assert.match(kubectlRefuses(path.join(root, 'statements.yaml')), /invalid character '%'/);
    assert.match(kubectlRefuses(path.join(root, 'salt/state.sls.yaml')), /did not find expected node content/);
    assert.match(kubectlRefuses(path.join(root, 'either.yaml')), /did not find expected ',' or '}'/);
    const run = runBin(['-f', 'unix', '--parse-all', '.'], { cwd: root });
    assert.equal(run.stdout, '');
    const jinja = (file: string): string => `calico-lint: ${file}: a Jinja template (it holds {% … %} statements or {# … #} comments), not a manifest: ` +
      'what holds them and is not YAML was not linted. Lint what it renders: pipe the rendered manifest to calico-lint -\n';
    assert.equal(withoutSummary(run.stderr), [
      jinja('chart/templates/installation.yaml'),
      'calico-lint: either.yaml: a template ({{ … }} actions, which a Go template and Jinja both read), not a manifest: what holds them and is not YAML ' +
        'was not linted. Lint the rendered output: pipe it to calico-lint - (a Helm chart: helm template <release> <chart> | calico-lint -)\n',
      'calico-lint: salt/state.sls.yaml: a Go template (its {{ … }} actions are Go template syntax, as in a Helm chart), not a manifest: what holds them ' +
        'and is not YAML was not linted. Lint the rendered output: helm template <release> <chart> | calico-lint -\n',
      jinja('statements.yaml'),
    ].join(''));
    assert.equal(run.status, 0);
  });

  it('a file of Jinja statements that still parses is linted as YAML', async () => {
    // `{% x %}` inside a quoted value is YAML: kubectl reads it, and so does calico-lint.
    const root = await workspace({ 'pool.yaml': 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: "{% raw %}p"\nspec:\n  cidr: 10.244.0.1/16\n' });
    const run = runBin(['-f', 'unix', '.'], { cwd: root });
    assert.match(run.stdout, /pool\.yaml:6:9: /);
    assert.equal(run.status, 1);
  });
});
