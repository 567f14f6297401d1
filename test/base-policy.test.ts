/**
 * Issue 18 item 6: with `--base` the policy comes from the base commit. A pull
 * request that edits `.calico-lint.yaml` cannot loosen its own checks, what it
 * loosens is reported (config-loosened), `--config-from head` opts into its
 * configuration, and no configuration is looked for above the repository root.
 * Real Git repositories in temp folders, the CLI as a child process.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin } from './helpers/cli.js';
import { gitRepo, runGit } from './helpers/git-repo.js';

interface Shown {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
  message: string;
}

function lint(root: string, args: readonly string[]): { status: number | null; findings: Shown[]; stderr: string } {
  const run = runBin(['-f', 'unix', ...args], { cwd: root });
  const findings = run.stdout.split('\n').flatMap((line) => {
    const match = /^(.*?):(\d+):\d+: (.*) \[(Error|Warning)\/(.*)\]$/.exec(line);
    return match ? [{ file: path.relative(root, match[1]!), line: Number(match[2]), message: match[3]!, severity: match[4]!, ruleId: match[5]! }] : [];
  });
  return { status: run.status, findings, stderr: run.stderr };
}

const brief = (findings: readonly Shown[]) => findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort();

const hostPod = (name: string, namespace: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n` +
  '  hostNetwork: true\n  containers:\n    - name: c\n      image: i\n';
const BASE_CONFIG = 'infraPools:\n  - name: infra\n    allowedNamespaces: [ci]\nhostNetwork:\n  allow:\n    - namespace: ci\n      name: runner\n';

describe('--base: the base commit\'s configuration applies', () => {
  it('a pull request turning no-host-network off in its configuration still fails, in every filter mode', async () => {
    const root = await gitRepo(
      { '.calico-lint.yaml': BASE_CONFIG, 'ok.yaml': 'a: 1\n' },
      { '.calico-lint.yaml': `${BASE_CONFIG}rules:\n  no-host-network: "off"\n`, 'pod.yaml': hostPod('web', 'prod') },
    );
    // Without --base the working tree's configuration applies: the rule is off.
    assert.equal(lint(root, []).status, 0);
    for (const mode of ['added', 'diff_context', 'file', 'nofilter']) {
      const run = lint(root, ['--base', 'main', '--filter-mode', mode]);
      assert.equal(run.status, 1, `${mode}: ${run.stderr}`);
      assert.deepEqual(brief(run.findings), ['.calico-lint.yaml:9 config-loosened', 'pod.yaml:7 no-host-network'], mode);
      const loosened = run.findings.find((f) => f.ruleId === 'config-loosened')!;
      assert.equal(loosened.message, 'rules.no-host-network: turns rule "no-host-network" off (the base commit has error)');
      assert.equal(loosened.severity, 'Error');
    }
  });

  it('names each thing a configuration change loosens, at its key', async () => {
    const head = 'infraPools:\n  - name: infra\n    allowedNamespaces: [ci, "*"]\nhostNetwork:\n  allow:\n    - namespace: ci\n    - namespace: monitoring\n' +
      'ignores: ["prod/**"]\nrules:\n  ippool-cidr-overlap: warn\n';
    const root = await gitRepo(
      { '.calico-lint.yaml': `${BASE_CONFIG}reservedCidrs: [10.96.0.0/12]\n`, 'ok.yaml': 'a: 1\n' },
      { '.calico-lint.yaml': head },
    );
    const run = lint(root, ['--base', 'main', '--filter-mode', 'added']);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(run.findings.map((f) => `${f.line} ${f.message}`), [
      '1 reservedCidrs: removes "10.96.0.0/12", so pools are no longer checked against it',
      '3 infraPools[0].allowedNamespaces[1]: widens who may use infra pool "infra": "*"',
      '6 hostNetwork.allow[0]: widens the allow list: every workload in namespace "ci" may use the node\'s network',
      '7 hostNetwork.allow[1]: widens the allow list: every workload in namespace "monitoring" may use the node\'s network',
      '8 ignores[0]: stops linting the files matching "prod/**"',
      '10 rules.ippool-cidr-overlap: downgrades rule "ippool-cidr-overlap" from error to warn (the base commit has error)',
    ]);
  });

  it('removing an infra pool, or deleting the configuration file, is reported too', async () => {
    const removed = await gitRepo({ '.calico-lint.yaml': BASE_CONFIG, 'ok.yaml': 'a: 1\n' }, { '.calico-lint.yaml': 'hostNetwork:\n  allow:\n    - namespace: ci\n      name: runner\n' });
    assert.deepEqual(lint(removed, ['--base', 'main']).findings.map((f) => f.message), [
      'infraPools: removes infra pool "infra", so its namespace restriction and infra-pool checks no longer apply',
    ]);
    const deleted = await gitRepo({ '.calico-lint.yaml': BASE_CONFIG, 'ok.yaml': 'a: 1\n' }, { '.calico-lint.yaml': null, 'pod.yaml': hostPod('runner', 'ci') });
    const run = lint(deleted, ['--base', 'main', '--filter-mode', 'added']);
    // The base's allow list still applies to the pod; deleting the file drops the infra pool.
    assert.deepEqual(run.findings.map((f) => `${f.file} ${f.message}`), [
      '.calico-lint.yaml infraPools: removes infra pool "infra", so its namespace restriction and infra-pool checks no longer apply (the change deletes .calico-lint.yaml)',
    ]);
  });

  it('a configuration added nearer the working folder does not replace the base\'s', async () => {
    const root = await gitRepo(
      { '.calico-lint.yaml': BASE_CONFIG, 'apps/ok.yaml': 'a: 1\n' },
      { 'apps/.calico-lint.yaml': 'rules:\n  no-host-network: "off"\n', 'apps/pod.yaml': hostPod('web', 'prod') },
    );
    const run = lint(path.join(root, 'apps'), ['--base', 'main', '--filter-mode', 'added', '.']);
    assert.equal(run.status, 1);
    assert.ok(brief(run.findings).includes('pod.yaml:7 no-host-network'), JSON.stringify(run.findings));
    assert.ok(run.findings.some((f) => f.ruleId === 'config-loosened' && f.file === '.calico-lint.yaml'));
  });

  it('--config inside the repository is read from the base commit too', async () => {
    const root = await gitRepo(
      { 'ci/lint.yaml': BASE_CONFIG, 'ok.yaml': 'a: 1\n' },
      { 'ci/lint.yaml': `${BASE_CONFIG}rules:\n  no-host-network: "off"\n`, 'pod.yaml': hostPod('web', 'prod') },
    );
    const run = lint(root, ['--base', 'main', '--config', 'ci/lint.yaml', '--filter-mode', 'added']);
    assert.deepEqual(brief(run.findings), ['ci/lint.yaml:9 config-loosened', 'pod.yaml:7 no-host-network']);
  });

  it('a base commit without a configuration: the change\'s applies, with a notice, and what it loosens from the defaults is an error', async () => {
    const root = await gitRepo({ 'ok.yaml': 'a: 1\n' }, { '.calico-lint.yaml': 'rules:\n  no-host-network: "off"\n', 'pod.yaml': hostPod('web', 'prod') });
    const run = lint(root, ['--base', 'main', '--filter-mode', 'added']);
    assert.equal(run.status, 1);
    assert.deepEqual(brief(run.findings), ['.calico-lint.yaml:2 config-loosened']);
    assert.equal(run.stderr, 'calico-lint: the base commit has no configuration file, so .calico-lint.yaml of the change applies; ' +
      'what it loosens compared with the defaults is reported (config-loosened)\n');
  });

  it('a change adding clusters splits what was compared as one: each new cluster is a loosening (A17)', async () => {
    const pool = (name: string, cidr: string) => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n`;
    const clusters = 'clusters:\n  - name: a\n    paths: ["pools/a.yaml"]\n  - name: b\n    paths: ["pools/b.yaml"]\n';
    // No configuration in the base commit: the change's applies, and its clusters would hide the overlap.
    const root = await gitRepo({ 'pools/a.yaml': pool('tenant', '10.0.0.0/16') }, { '.calico-lint.yaml': clusters, 'pools/b.yaml': pool('evil', '10.0.0.0/24') });
    const run = lint(root, ['--base', 'main']);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(brief(run.findings), ['.calico-lint.yaml:2 config-loosened', '.calico-lint.yaml:4 config-loosened']);
    assert.equal(run.findings[1]!.message, 'clusters[1]: adds cluster "b": the files it takes are no longer compared with those of other scopes (the base commit does not have it)');
    // A base with clusters: a new cluster listed first takes files from an existing one, and reordering changes which cluster a file joins.
    const base = 'clusters:\n  - name: all\n    paths: ["pools/**"]\n  - name: other\n    paths: ["other/**"]\n';
    const head = 'clusters:\n  - name: other\n    paths: ["other/**"]\n  - name: split\n    paths: ["pools/b.yaml"]\n  - name: all\n    paths: ["pools/**"]\n';
    const second = await gitRepo({ '.calico-lint.yaml': base, 'pools/a.yaml': pool('tenant', '10.0.0.0/16') }, { '.calico-lint.yaml': head, 'pools/b.yaml': pool('evil', '10.0.0.0/24') });
    const messages = lint(second, ['--base', 'main', '--config-from', 'head']).findings.filter((f) => f.ruleId === 'config-loosened').map((f) => f.message);
    assert.deepEqual(messages, [
      'clusters: reorders clusters "all" and "other": a file both match joins the first (the base commit has "all" first)',
      'clusters[1]: adds cluster "split": the files it takes are no longer compared with those of other scopes (the base commit does not have it)',
    ]);
  });

  it('--config-from head: the change\'s configuration applies, and what it loosens is a warning', async () => {
    const root = await gitRepo(
      { '.calico-lint.yaml': BASE_CONFIG, 'ok.yaml': 'a: 1\n' },
      { '.calico-lint.yaml': `${BASE_CONFIG}rules:\n  no-host-network: "off"\n`, 'pod.yaml': hostPod('web', 'prod') },
    );
    const run = lint(root, ['--base', 'main', '--filter-mode', 'added', '--config-from', 'head']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.findings.map((f) => `${f.ruleId} ${f.severity}`), ['config-loosened Warning']);
  });

  it('--config-from without --base, or with a wrong value, is a usage error', async () => {
    const root = await gitRepo({ 'ok.yaml': 'a: 1\n' }, {});
    const alone = runBin(['--config-from', 'head'], { cwd: root });
    assert.equal(alone.status, 2);
    assert.equal(alone.stderr, 'calico-lint: --config-from head needs --base <git-ref>: it chooses between the base commit\'s configuration and the change\'s\n');
    const wrong = runBin(['--base', 'main', '--config-from', 'pr'], { cwd: root });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /argument 'pr' is invalid\. Allowed choices are base, head/);
  });

  it('a base configuration that is not valid: exit 2, naming the base commit and --config-from head', async () => {
    const root = await gitRepo({ '.calico-lint.yaml': 'rules:\n  no-such-rule: error\n', 'ok.yaml': 'a: 1\n' }, { '.calico-lint.yaml': BASE_CONFIG });
    const run = lint(root, ['--base', 'main']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^calico-lint: --base: the configuration of the base commit [0-9a-f]{12} is not valid \(--config-from head lints with the change's instead\):\n\.calico-lint\.yaml:2:3: unknown rule "no-such-rule"\n$/);
    assert.equal(lint(root, ['--base', 'main', '--config-from', 'head']).status, 0);
  });

  it('a base configuration that is a symbolic link is refused, not followed', async () => {
    const root = await gitRepo({ 'ok.yaml': 'a: 1\n' }, {}, { uncommitted: true });
    runGit(root, ['checkout', '-q', 'main']);
    await symlink('/etc/hostname', path.join(root, '.calico-lint.yaml'));
    runGit(root, ['add', '-A']);
    runGit(root, ['commit', '-q', '-m', 'link']);
    runGit(root, ['checkout', '-q', 'pr']);
    runGit(root, ['merge', '-q', 'main']);
    await rm(path.join(root, '.calico-lint.yaml'));
    await writeFile(path.join(root, '.calico-lint.yaml'), BASE_CONFIG);
    const run = lint(root, ['--base', 'main']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^calico-lint: --base: not reading configuration \.calico-lint\.yaml of the base commit [0-9a-f]{12}: it is not a regular file \(a symbolic link is never followed\)\n$/);
  });
});

describe('the configuration is never looked for above the repository root', () => {
  it('a .calico-lint.yaml in the folder above a checkout is not used', async () => {
    const outer = await mkdtemp(path.join(tmpdir(), 'calico-lint-runner-'));
    await writeFile(path.join(outer, '.calico-lint.yaml'), 'rules:\n  no-host-network: "off"\n');
    const root = path.join(outer, 'project');
    await mkdir(root);
    runGit(root, ['init', '-q']);
    await writeFile(path.join(root, 'pod.yaml'), hostPod('web', 'prod'));
    const run = lint(root, []);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(brief(run.findings), ['pod.yaml:7 no-host-network']);
  });
});
