/**
 * Issue 18 item 3: `--filter-mode` must not hide what a change causes away
 * from its added lines. The base commit is linted too and compared by
 * line-independent fingerprints: a finding it does not have is reported in
 * every mode. Real Git repositories in temp folders, the CLI as a child process.
 */
import assert from 'node:assert/strict';
import { readFile, symlink, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin } from './helpers/cli.js';
import { gitRepo, runGit } from './helpers/git-repo.js';

const MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;

interface Shown {
  file: string;
  line: number;
  ruleId: string;
  message: string;
}

/** What a mode reports (`-f unix`, as a review would show it) and the exit status. */
function shown(root: string, args: readonly string[]): { status: number | null; findings: Shown[]; stderr: string } {
  const run = runBin(['-f', 'unix', ...args], { cwd: root });
  const findings = run.stdout.split('\n').flatMap((line) => {
    const match = /^(.*?):(\d+):\d+: (.*) \[(?:Error|Warning)\/(.*)\]$/.exec(line);
    return match ? [{ file: path.relative(root, match[1]!), line: Number(match[2]), message: match[3]!, ruleId: match[4]! }] : [];
  });
  return { status: run.status, findings, stderr: run.stderr };
}

const CONFIG = 'infraPools:\n  - name: infra\n    allowedNamespaces: [ci]\nhostNetwork:\n  allow:\n    - namespace: ci\n';
const INFRA_POOL = 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: infra\nspec:\n  cidr: 100.64.0.0/16\n' +
  '  natOutgoing: true\n  nodeSelector: "!all()"\n  blockSize: 26\n  ipipMode: Never\n';
const hostPod = (namespace: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: runner\n  namespace: ${namespace}\nspec:\n` +
  '  hostNetwork: true\n  containers:\n    - name: c\n      image: i\n';

describe('a change that causes a finding away from its added lines', () => {
  it('deleting the infra pool\'s nodeSelector line: an error in every filter mode, on the place of the removal', async () => {
    const root = await gitRepo(
      { '.calico-lint.yaml': CONFIG, 'pools.yaml': INFRA_POOL },
      { 'pools.yaml': INFRA_POOL.replace('  nodeSelector: "!all()"\n', '') },
    );
    assert.deepEqual(shown(root, ['--base', 'main']).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`), ['pools.yaml:4 ippool-infra-node-selector']);
    for (const mode of MODES) {
      const run = shown(root, ['--base', 'main', '--filter-mode', mode]);
      assert.equal(run.status, 1, `${mode}: ${run.stderr}`);
      const [finding, ...rest] = run.findings;
      assert.deepEqual(rest, [], mode);
      assert.equal(finding?.ruleId, 'ippool-infra-node-selector', mode);
      if (mode === 'added' || mode === 'diff_context') {
        // No line was added, and line 4 lies outside the hunk: the finding moves to where the selector was removed
        // (line 8 now follows it), and says where it is.
        assert.equal(finding.line, 8);
        assert.match(finding.message, /^Infra pool "infra" has no nodeSelector.* \(at line 4:\d+, which this change did not touch: the change causes it\)$/);
      } else {
        assert.equal(finding.line, 4, mode); // file and nofilter: anywhere in the changed file
      }
    }
  });

  it('moving an allow-listed host-network pod to another namespace: an error in every filter mode', async () => {
    const root = await gitRepo(
      { '.calico-lint.yaml': CONFIG, 'pods/runner.yaml': hostPod('ci') },
      { 'pods/runner.yaml': hostPod('prod') },
    );
    for (const mode of MODES) {
      const run = shown(root, ['--base', 'main', '--filter-mode', mode]);
      assert.equal(run.status, 1, `${mode}: ${run.stderr}`);
      assert.deepEqual(run.findings.map((f) => f.ruleId), ['no-host-network'], mode);
      // `added`: the namespace line (5) is the one the change touched; the finding itself is at hostNetwork (7).
      assert.equal(run.findings[0]!.line, mode === 'added' ? 5 : 7, mode);
    }
  });

  it('moving the pod to another file of another namespace, and the allow list untouched: reported on the new file', async () => {
    const root = await gitRepo(
      { '.calico-lint.yaml': CONFIG, 'ci/runner.yaml': hostPod('ci') },
      { 'ci/runner.yaml': null, 'prod/runner.yaml': hostPod('prod') },
    );
    for (const mode of MODES) {
      const run = shown(root, ['--base', 'main', '--filter-mode', mode]);
      assert.equal(run.status, 1, mode);
      assert.deepEqual(run.findings.map((f) => `${f.file} ${f.ruleId}`), ['prod/runner.yaml no-host-network'], mode);
    }
  });

  it('re-homing an allow-listed pod through its kustomization\'s namespace: an error in every filter mode', async () => {
    const kustomization = (namespace: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${namespace}\nresources: [runner.yaml]\n`;
    const root = await gitRepo(
      { '.calico-lint.yaml': CONFIG, 'apps/kustomization.yaml': kustomization('ci'), 'apps/runner.yaml': hostPod('default') },
      { 'apps/kustomization.yaml': kustomization('prod') },
    );
    assert.equal(shown(root, ['--base', 'main']).status, 1);
    for (const mode of MODES) {
      const run = shown(root, ['--base', 'main', '--filter-mode', mode]);
      assert.equal(run.status, 1, `${mode}: ${run.stderr}`);
      assert.deepEqual(run.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`), ['apps/runner.yaml:7 no-host-network'], mode);
    }
  });

  it('an old finding the change leaves alone stays filtered out, when lines above it move', async () => {
    const root = await gitRepo(
      { 'pods/runner.yaml': hostPod('prod') },
      { 'pods/runner.yaml': `# a comment\n\n${hostPod('prod')}` },
    );
    const run = shown(root, ['--base', 'main', '--filter-mode', 'added']);
    assert.deepEqual(run.findings, []);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(shown(root, ['--base', 'main']).status, 1);
  });

  it('a second copy of an old finding is new; the first is not', async () => {
    const root = await gitRepo(
      { 'a.yaml': hostPod('prod') },
      { 'a.yaml': hostPod('prod'), 'b.yaml': hostPod('prod') },
    );
    const run = shown(root, ['--base', 'main', '--filter-mode', 'added']);
    assert.deepEqual(run.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`), ['b.yaml:7 no-host-network']);
  });
});

describe('.gitattributes cannot hide a changed manifest', () => {
  for (const attributes of ['*.yaml -diff', '*.yaml binary', '*.yaml linguist-generated', '*.yaml diff=nothing']) {
    it(`${attributes}: the added line is still found`, async () => {
      const root = await gitRepo(
        { 'a.yaml': hostPod('prod').replace('  hostNetwork: true\n', '') },
        { '.gitattributes': `${attributes}\n`, 'a.yaml': hostPod('prod') },
      );
      const run = shown(root, ['--base', 'main', '--filter-mode', 'added']);
      assert.deepEqual(run.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`), ['a.yaml:7 no-host-network']);
      assert.equal(run.status, 1);
    });
  }
});

describe('--base and symbolic links', () => {
  it('a manifest turned into a symbolic link to another manifest: linted, not exit 2', async () => {
    const root = await gitRepo({ 'a.yaml': hostPod('ci'), 'b.yaml': hostPod('prod').replace('runner', 'other') }, {}, { uncommitted: true });
    await rm(path.join(root, 'a.yaml'));
    await symlink('b.yaml', path.join(root, 'a.yaml'));
    runGit(root, ['add', '-A']);
    runGit(root, ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '-m', 'link']);
    for (const mode of MODES) {
      const run = shown(root, ['--base', 'main', '--filter-mode', mode]);
      assert.notEqual(run.status, 2, `${mode}: ${run.stderr}`);
      assert.equal(run.status, 1, mode);
    }
  });

  it('a base version that is a symbolic link is never read as a manifest', async () => {
    const root = await gitRepo({ 'target.txt': 'kind: Pod\n' }, {}, { uncommitted: true });
    await symlink('/etc/passwd', path.join(root, 'a.yaml'));
    runGit(root, ['add', '-A']);
    runGit(root, ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '-m', 'link']);
    runGit(root, ['branch', '-f', 'linked']);
    await rm(path.join(root, 'a.yaml'));
    await writeFile(path.join(root, 'a.yaml'), hostPod('prod'));
    const run = shown(root, ['--base', 'linked', '--filter-mode', 'added']);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(run.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`), ['a.yaml:7 no-host-network']);
    assert.equal(await readFile(path.join(root, 'a.yaml'), 'utf8'), hostPod('prod'));
  });
});
