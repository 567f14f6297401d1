/**
 * no-host-network's pod-network twin in another file of the folder (the
 * second pass of src/parallel/folder-pass.ts): end to end, the CLI as a child
 * process on temp folders (RuleTester tables hold one file). Both directions:
 * a twin in a sibling file exempts; one in a subfolder, a parent folder, an
 * ignored or unnamed file, a file the folder's kustomization does not deploy,
 * a link out of the tree, standard input's folder, or one that does not run,
 * does not; a CI runner without a twin stays an
 * error. Also on the worker threads' path, and on `--base`'s base side.
 */
import assert from 'node:assert/strict';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin, withoutSummary, workspace } from './helpers/cli.js';
import { gitRepo } from './helpers/git-repo.js';

interface Message { ruleId: string | null; line: number; message: string; suppressions?: Array<{ kind: string; justification: string }> }
interface Result { filePath: string; messages: Message[]; suppressedMessages: Message[] }

const IMAGE = 'ghcr.io/acme/prober:1.0';

/** A host-network DaemonSet, as goldpinger-host: `hostNetwork` on line 11. */
const hostDaemonSet = (name: string, image = IMAGE, args = '') => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ${name}
  namespace: default
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      hostNetwork: true
      containers:
        - name: main
          image: ${image}
${args}`;

/** The same program as a Deployment on the pod network, as goldpinger-pod (no hostNetwork text anywhere). */
const podDeployment = (name: string, { image = IMAGE, replicas = '1', args = '' } = {}) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: default
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
        - name: main
          image: ${image}
${args}`;

const TWIN = (name: string, file: string) =>
  `needs the node's network: the same images and commands on the pod network in Deployment \`${name}\` of \`${file}\` ` +
  '(a pod-network twin: the host network is what it tests)';

/** Errors as `file:line`, exemptions as `file:line justification`, relative to `root`. */
function lint(root: string, args: readonly string[], input?: string): { status: number | null; errors: string[]; exempt: string[]; stderr: string } {
  const run = runBin(['-f', 'json', ...args], { cwd: root, input });
  const results = JSON.parse(run.stdout) as Result[];
  const where = (result: Result, message: Message) => `${path.relative(root, result.filePath) || result.filePath}:${message.line}`;
  return {
    status: run.status,
    errors: results.flatMap((result) => result.messages.map((message) => `${where(result, message)} ${message.ruleId}`)),
    exempt: results.flatMap((result) => result.suppressedMessages.map((message) => `${where(result, message)} ${message.suppressions?.[0]?.justification}`)),
    stderr: withoutSummary(run.stderr),
  };
}

describe('a pod-network twin in another file of the folder', () => {
  it('exempts the host-network pod, naming the twin and its file (goldpinger-host beside goldpinger-pod)', async () => {
    const root = await workspace({
      'probe/daemonset.yaml': hostDaemonSet('prober-host'),
      'probe/deployment.yaml': podDeployment('prober-pod'),
      'probe/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: prober, namespace: default}\nspec:\n  selector: {app: prober}\n',
    });
    const run = lint(root, ['.']);
    assert.deepEqual(run.errors, []);
    assert.deepEqual(run.exempt, [`probe/daemonset.yaml:11 ${TWIN('prober-pod', 'deployment.yaml')}`]);
    assert.equal(run.status, 0);
    // Named file by file, both files are linted together: the same. And on the plain path, every file parsed in one thread.
    assert.deepEqual(lint(root, ['probe/daemonset.yaml', 'probe/deployment.yaml']).exempt, run.exempt);
    assert.deepEqual(lint(root, ['.', '--parse-all', '--threads', '1']).exempt, run.exempt);
  });

  it('prefers a twin in the pod\'s own file, and names no file for it', async () => {
    const root = await workspace({
      'probe/daemonset.yaml': `${hostDaemonSet('prober-host')}---\n${podDeployment('prober-here')}`,
      'probe/deployment.yaml': podDeployment('prober-host-pod'),
    });
    const run = lint(root, ['.']);
    assert.deepEqual(run.exempt.map((line) => line.replace(/ needs.*/, '')), ['probe/daemonset.yaml:11']);
    assert.match(run.exempt[0]!, /in Deployment `prober-here` \(a pod-network twin/);
  });

  it('a twin only in a subfolder or in the parent folder is no twin: the host-network pod stays an error', async () => {
    const below = await workspace({ 'daemonset.yaml': hostDaemonSet('prober-host'), 'pod/deployment.yaml': podDeployment('prober-pod') });
    assert.deepEqual(lint(below, ['.']).errors, ['daemonset.yaml:11 no-host-network']);
    const above = await workspace({ 'host/daemonset.yaml': hostDaemonSet('prober-host'), 'deployment.yaml': podDeployment('prober-pod') });
    const run = lint(above, ['.']);
    assert.deepEqual(run.errors, ['host/daemonset.yaml:11 no-host-network']);
    assert.equal(run.status, 1);
  });

  it('a twin in an ignored file, or in a file not named on the command line, is not read: no twin', async () => {
    const root = await workspace({ 'probe/daemonset.yaml': hostDaemonSet('prober-host'), 'probe/deployment.yaml': podDeployment('prober-pod') });
    assert.deepEqual(lint(root, ['.']).errors, [], 'the twin counts when its file is linted');
    assert.deepEqual(lint(root, ['.', '--ignore-pattern', 'probe/deployment.yaml']).errors, ['probe/daemonset.yaml:11 no-host-network']);
    assert.deepEqual(lint(root, ['probe/daemonset.yaml']).errors, ['probe/daemonset.yaml:11 no-host-network']);
    await writeFile(path.join(root, '.calico-lint.yaml'), 'ignores: ["**/deployment.yaml"]\n');
    assert.deepEqual(lint(root, ['.']).errors, ['probe/daemonset.yaml:11 no-host-network']);
  });

  it('in a folder a kustomization builds, only the files it lists are deployed together: a twin it leaves out is none', async () => {
    const kustomization = (...files: string[]) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${files.map((file) => `  - ${file}\n`).join('')}`;
    const files = { 'probe/daemonset.yaml': hostDaemonSet('prober-host'), 'probe/deployment.yaml': podDeployment('prober-pod') };
    const listed = await workspace({ ...files, 'probe/kustomization.yaml': kustomization('daemonset.yaml', 'deployment.yaml') });
    assert.deepEqual(lint(listed, ['.']).exempt, [`probe/daemonset.yaml:11 ${TWIN('prober-pod', 'deployment.yaml')}`]);
    // A copy beside the runner that the kustomization never deploys costs nothing: no twin.
    const unlisted = await workspace({ ...files, 'probe/kustomization.yaml': kustomization('daemonset.yaml') });
    assert.deepEqual(lint(unlisted, ['.']).errors, ['probe/daemonset.yaml:11 no-host-network']);
    // One kustomize refuses to build (an unknown field) deploys nothing of the folder.
    const refused = await workspace({ ...files, 'probe/kustomization.yaml': `${kustomization('daemonset.yaml', 'deployment.yaml')}nonsense: 1\n` });
    assert.deepEqual(lint(refused, ['.']).errors, ['probe/daemonset.yaml:11 no-host-network']);
  });

  it('attack: a folder whose files kustomizations elsewhere list one by one deploys only those: a copy none lists is no twin', async () => {
    const kustomization = (...files: string[]) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${files.map((file) => `  - ${file}\n`).join('')}`;
    const files = { 'probe/daemonset.yaml': hostDaemonSet('prober-host'), 'probe/deployment.yaml': podDeployment('prober-pod') };
    // `kustomize build .` (what CI applies) deploys the runner alone; the copy beside it never runs.
    const unlisted = await workspace({ ...files, 'kustomization.yaml': kustomization('probe/daemonset.yaml') });
    assert.deepEqual(lint(unlisted, ['.']).errors, ['probe/daemonset.yaml:11 no-host-network']);
    // Listed by a kustomization that kustomize builds, the copy is deployed: a twin.
    const listed = await workspace({ ...files, 'kustomization.yaml': kustomization('probe/daemonset.yaml', 'probe/deployment.yaml') });
    assert.deepEqual(lint(listed, ['.']).exempt, [`probe/daemonset.yaml:11 ${TWIN('prober-pod', 'deployment.yaml')}`]);
  });

  it('a link to a twin outside the tree is not followed: no twin', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'calico-lint-outside-'));
    await writeFile(path.join(outside, 'deployment.yaml'), podDeployment('prober-pod'));
    const root = await workspace({ 'probe/daemonset.yaml': hostDaemonSet('prober-host') });
    await symlink(path.join(outside, 'deployment.yaml'), path.join(root, 'probe/deployment.yaml'));
    const run = lint(root, ['.']);
    assert.deepEqual(run.errors, ['probe/daemonset.yaml:11 no-host-network']);
  });

  it('keeps every condition of a twin: a copy scaled to zero, one that expands a variable, one whose args differ in more than numbers', async () => {
    const args = (list: string) => `          args: ${list}\n`;
    for (const twin of [
      podDeployment('prober-pod', { replicas: '0' }),
      podDeployment('prober-pod', { replicas: '"1"' }),
      podDeployment('prober-pod', { args: args('["--port=$(PORT)"]') }),
      podDeployment('prober-pod', { args: args('["sleep", "infinity"]') }),
    ]) {
      const root = await workspace({ 'probe/daemonset.yaml': hostDaemonSet('prober-host', IMAGE, args('["--port=8080"]')), 'probe/deployment.yaml': twin });
      assert.deepEqual(lint(root, ['.']).errors, ['probe/daemonset.yaml:11 no-host-network'], twin);
    }
    // Args that differ only in their numbers still make a twin.
    const root = await workspace({
      'probe/daemonset.yaml': hostDaemonSet('prober-host', IMAGE, args('["--port=8180"]')),
      'probe/deployment.yaml': podDeployment('prober-pod', { args: args('["--port=8080"]') }),
    });
    assert.deepEqual(lint(root, ['.']).errors, []);
  });

  it('a CI runner on the host network beside other workloads of its folder stays an error (DaemonSet and Deployment)', async () => {
    const root = await workspace({
      'ci/runner-ds.yaml': hostDaemonSet('gitlab-runner', 'gitlab/gitlab-runner:v16.0.0'),
      'ci/runner-deploy.yaml': hostDaemonSet('gitlab-runner-2', 'gitlab/gitlab-runner:v16.0.0').replace('kind: DaemonSet', 'kind: Deployment'),
      'ci/cache.yaml': podDeployment('runner-cache', { image: 'minio/minio:latest' }),
      'ci/helper.yaml': podDeployment('gitlab-runner-helper', { image: 'gitlab/gitlab-runner-helper:v16.0.0' }),
    });
    const run = lint(root, ['.']);
    assert.deepEqual(run.errors.sort(), ['ci/runner-deploy.yaml:11 no-host-network', 'ci/runner-ds.yaml:11 no-host-network']);
    assert.equal(run.status, 1);
  });

  it('a sibling that is a Go template is no twin, and is noticed as a template', async () => {
    const root = await workspace({
      'probe/daemonset.yaml': hostDaemonSet('prober-host'),
      'probe/deployment.yaml': `{{- if .Values.pod }}\n${podDeployment('prober-pod')}{{- end }}\n`,
    });
    const run = lint(root, ['.']);
    assert.deepEqual(run.errors, ['probe/daemonset.yaml:11 no-host-network']);
    // Read for its twin, it says why it could not be one.
    assert.match(run.stderr, /^calico-lint: probe\/deployment\.yaml: a Go template/);
  });

  it('standard input has no folder: a twin beside its --stdin-filename on disk does not count; one in the stream does', async () => {
    const root = await workspace({ 'probe/deployment.yaml': podDeployment('prober-pod') });
    const alone = lint(root, ['-', 'probe/deployment.yaml', '--stdin-filename', 'probe/daemonset.yaml'], hostDaemonSet('prober-host'));
    assert.deepEqual(alone.errors, ['probe/daemonset.yaml:11 no-host-network']);
    const stream = lint(root, ['-'], `${hostDaemonSet('prober-host')}---\n${podDeployment('prober-pod')}`);
    assert.deepEqual(stream.errors, []);
    assert.equal(stream.exempt.length, 1);
  });

  it('--fix\'s later passes read the folder again from the fixed texts, not from the files', async () => {
    const annotated = podDeployment('prober-pod').replace('    metadata: {labels: {app: prober-pod}}\n',
      '    metadata:\n      labels: {app: prober-pod}\n      annotations:\n        cni.projectcalico.org/ipv4pools: "[pool-a]"\n');
    const root = await workspace({ 'probe/daemonset.yaml': hostDaemonSet('prober-host'), 'probe/deployment.yaml': annotated });
    const run = runBin(['-f', 'json', '--fix-dry-run', '.'], { cwd: root });
    const results = JSON.parse(run.stdout) as Array<Result & { output?: string }>;
    const deployment = results.find((result) => result.filePath.endsWith('deployment.yaml'))!;
    assert.match(deployment.output ?? '', /ipv4pools: '\["pool-a"\]'/);
    // What remains is about the fixed text (no such pool), not the original one (not JSON).
    assert.deepEqual(deployment.messages.map((message) => /no pool is named|not valid JSON/.exec(message.message)?.[0]), ['no pool is named']);
    const daemonSet = results.find((result) => result.filePath.endsWith('daemonset.yaml'))!;
    assert.deepEqual(daemonSet.suppressedMessages.map((message) => message.suppressions?.[0]?.justification), [TWIN('prober-pod', 'deployment.yaml')]);
  });

  it('the same on worker threads: a folder of 300 files, over 2 MB to read again', async () => {
    const env = Array.from({ length: 120 }, (_, i) => `            - {name: SETTING_${i}, value: "a value long enough to make this file weigh some kilobytes"}\n`).join('');
    const filler = (i: number) => podDeployment(`filler-${i}`, { image: `ghcr.io/acme/filler-${i}:1.0` }).replace('          image:', `          env:\n${env}          image:`);
    const files: Record<string, string> = { 'probe/daemonset.yaml': hostDaemonSet('prober-host'), 'probe/zz-deployment.yaml': podDeployment('prober-pod') };
    for (let i = 0; i < 300; i++) files[`probe/filler-${String(i).padStart(3, '0')}.yaml`] = filler(i);
    const root = await workspace(files);
    const threads = lint(root, ['.', '--threads', '2']);
    assert.deepEqual(threads.errors, []);
    assert.deepEqual(threads.exempt, [`probe/daemonset.yaml:11 ${TWIN('prober-pod', 'zz-deployment.yaml')}`]);
    assert.deepEqual(lint(root, ['.', '--threads', '1']).exempt, threads.exempt);
  });
});

describe('a pod-network twin in another file of the folder, with --base', () => {
  it('a change that breaks the twin in the sibling file makes the host-network pod\'s error new, reported with --filter-mode added', async () => {
    // The base side reads the folder again too: its deployment.yaml (changed, so read from Git) is the twin there.
    const root = await gitRepo(
      { 'probe/daemonset.yaml': hostDaemonSet('prober-host'), 'probe/deployment.yaml': podDeployment('prober-pod') },
      { 'probe/deployment.yaml': podDeployment('prober-pod', { image: 'ghcr.io/acme/other:1.0' }) },
    );
    const run = lint(root, ['.', '--base', 'main', '--filter-mode', 'added']);
    assert.equal(run.status, 1, run.stderr);
    const shown = runBin(['-f', 'unix', '.', '--base', 'main', '--filter-mode', 'added'], { cwd: root });
    assert.match(shown.stdout, /probe\/daemonset\.yaml:11:7: .*\[Error\/no-host-network\]/);
  });

  it('an untouched pair stays exempt on both sides; the change adds nothing', async () => {
    const root = await gitRepo(
      { 'probe/daemonset.yaml': hostDaemonSet('prober-host'), 'probe/deployment.yaml': podDeployment('prober-pod'), 'README.md': 'a\n' },
      { 'README.md': 'b\n', 'probe/deployment.yaml': podDeployment('prober-pod').replace('replicas: 1', 'replicas: 2') },
    );
    const run = lint(root, ['.', '--base', 'main', '--filter-mode', 'nofilter']);
    assert.deepEqual(run.errors, []);
    assert.deepEqual(run.exempt, [`probe/daemonset.yaml:11 ${TWIN('prober-pod', 'deployment.yaml')}`]);
  });
});
