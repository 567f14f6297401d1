/**
 * `no-host-network` on kustomize patches: a patch is judged on the workload
 * the kustomization patches with it, found and merged as kustomize does
 * (checked against `kubectl kustomize`, kubectl 1.32 / kustomize v5.5), and a
 * workload on what the patches make of it. Temporary repositories, linted
 * through the API and the built CLI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseAllDocuments } from 'yaml';
import { lint } from '../src/api.js';
import { mergeWorkloadPatch } from '../src/kustomize/workload-merge-patch.js';
import { runBin, workspace } from './helpers/cli.js';
import { OPERATOR } from './helpers/operator-deployment.js';

type Plain = Record<string, unknown>;


/** The d-uzlov/k8s-homelab patch (Y18 sweep): only hostNetwork and dnsPolicy. */
const OPERATOR_PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: tigera-operator
  namespace: tigera-operator
spec:
  template:
    spec:
      hostNetwork: true
      dnsPolicy: ClusterFirstWithHostNet
`;

const RUNNER = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: runner
  namespace: ci
spec:
  selector:
    matchLabels: {app: runner}
  template:
    metadata:
      labels: {app: runner}
    spec:
      containers:
        - name: runner
          image: gitlab/gitlab-runner:v17.0.0
`;

const NODE_AGENT = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: kube-system
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      hostNetwork: true
      priorityClassName: system-node-critical
      containers:
        - name: agent
          image: example/agent:v1
`;

interface Seen {
  file: string;
  line: number;
  column: number;
  message: string;
  suppressed?: string;
}

function gitInit(dir: string): void {
  assert.equal(spawnSync('git', ['-c', 'core.hooksPath=/dev/null', 'init', '-q', dir]).status, 0);
}

async function hostNetworkFindings(files: Record<string, string>): Promise<Seen[]> {
  const root = await workspace(files);
  gitInit(root);
  const results = await lint({ paths: ['.'], cwd: root });
  const seen: Seen[] = [];
  for (const result of results) {
    const file = path.relative(root, result.filePath);
    for (const message of result.messages) {
      if (message.ruleId === 'no-host-network') seen.push({ file, line: message.line, column: message.column, message: message.message });
    }
    for (const message of result.suppressedMessages) {
      if (message.ruleId !== 'no-host-network') continue;
      const suppressed = message.suppressions.map((item) => item.justification).join('; ');
      seen.push({ file, line: message.line, column: message.column, message: message.message, suppressed });
    }
  }
  return seen.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** What kubectl kustomize renders of a folder of a tree: the pod specs of its workloads by name, or its error. */
async function kubectlRendering(files: Record<string, string>, folder: string): Promise<Map<string, Plain> | string> {
  const root = await workspace(files);
  const run = spawnSync('kubectl', ['kustomize', path.join(root, folder)], { encoding: 'utf8' });
  if (run.status !== 0) return run.stderr;
  const specs = new Map<string, Plain>();
  for (const doc of parseAllDocuments(run.stdout)) {
    const object = doc.toJS() as { metadata: { name: string }; spec: { template: { spec: Plain } } };
    specs.set(object.metadata.name, object.spec.template.spec);
  }
  return specs;
}

const EXEMPT_EVIDENCE = "hostPath `/var/lib/calico` and a toleration of every NoSchedule taint (`operator: Exists` without a key)";

describe('no-host-network: a kustomize patch is judged on the workload it patches', () => {
  it('patchesStrategicMerge: the patch of an exempt upstream operator is exempt, naming it (the Y18 home-lab case)', async () => {
    const tree = {
      'calico/operator.yaml': OPERATOR,
      'calico/operator-patch.yaml': OPERATOR_PATCH,
      'calico/kustomization.yaml': 'resources:\n  - operator.yaml\npatchesStrategicMerge:\n  - operator-patch.yaml\n',
    };
    const rendered = await kubectlRendering(tree, 'calico');
    assert.equal((rendered as Map<string, Plain>).get('tigera-operator')?.hostNetwork, true, 'kubectl kustomize patches it');
    assert.deepEqual(await hostNetworkFindings(tree), [{
      file: 'calico/operator-patch.yaml',
      line: 9,
      column: 7,
      message: "`hostNetwork: true` in this kustomize patch puts Deployment `tigera-operator` in `operator.yaml` on the node's network, " +
        `which the patched workload needs: ${EXEMPT_EVIDENCE}.`,
      suppressed: `patches Deployment \`tigera-operator\` in \`operator.yaml\`, which needs the node's network: ${EXEMPT_EVIDENCE}`,
    }]);
  });

  it('patches with path and target: a CI runner put on the host network by a patch is an error', async () => {
    const tree = {
      'ci/runner.yaml': RUNNER,
      'ci/hostnet.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: anything\nspec:\n  template:\n    spec:\n      hostNetwork: true\n',
      'ci/kustomization.yaml': 'resources: [runner.yaml]\npatches:\n  - path: hostnet.yaml\n    target:\n      kind: Deployment\n      name: runner\n',
    };
    const rendered = await kubectlRendering(tree, 'ci');
    assert.equal((rendered as Map<string, Plain>).get('runner')?.hostNetwork, true, 'kubectl kustomize puts the runner on the host network');
    assert.deepEqual(await hostNetworkFindings(tree), [{
      file: 'ci/hostnet.yaml',
      line: 8,
      column: 7,
      message: "`hostNetwork: true` in this kustomize patch (applied by `kustomization.yaml`) puts Deployment `runner` in `runner.yaml` on the node's network " +
        "(port clashes, no pod network policy, CVE-2020-15257). Nothing in the patched workload shows that it needs the node's network. " +
        "Remove it, or list the workload in `hostNetwork.allow` if it truly needs the node's network.",
    }]);
  });

  it('a target that is not in the files read (a remote base) stays an error that says so', async () => {
    const tree = {
      'calico/operator-patch.yaml': OPERATOR_PATCH,
      'calico/kustomization.yaml': 'resources:\n  - https://raw.githubusercontent.com/projectcalico/calico/v3.28.0/manifests/tigera-operator.yaml\n' +
        'patches:\n  - path: operator-patch.yaml\n',
    };
    assert.deepEqual(await hostNetworkFindings(tree), [{
      file: 'calico/operator-patch.yaml',
      line: 9,
      column: 7,
      message: '`hostNetwork: true` in this kustomize patch (applied by `kustomization.yaml`) targets Deployment/tigera-operator/tigera-operator, ' +
        "but it is not in the files read (a remote or Helm base): nothing shows that the patched workload needs the node's network. " +
        'Lint the rendered output: kustomize build . | calico-lint -',
    }]);
  });

  it('a patch whose target is not in the files read but that shows its own evidence keeps the ordinary exemption', async () => {
    const patch = OPERATOR_PATCH.replace('      dnsPolicy: ClusterFirstWithHostNet\n', '      priorityClassName: system-cluster-critical\n');
    const seen = await hostNetworkFindings({
      'calico/operator-patch.yaml': patch,
      'calico/kustomization.yaml': 'resources:\n  - https://example.com/tigera-operator.yaml\npatches:\n  - path: operator-patch.yaml\n',
    });
    assert.deepEqual(seen.map((item) => item.suppressed), ["needs the node's network: `priorityClassName: system-cluster-critical`"]);
  });

  it('a pod template without containers that no kustomization applies stays an error (kubectl patch --patch-file applies it as it is)', async () => {
    const tree = {
      'calico/operator.yaml': OPERATOR,
      'calico/operator-patch.yaml': OPERATOR_PATCH,
      // As in the home lab: the patch is listed, commented out.
      'calico/kustomization.yaml': 'resources:\n  - operator.yaml\n# patchesStrategicMerge:\n#   - operator-patch.yaml\n',
    };
    // kubectl decodes the fragment (the API server, not kubectl, refuses it as a workload: spec.template.spec.containers: Required value).
    const root = mkdtempSync(path.join(tmpdir(), 'calico-lint-fragment-'));
    writeFileSync(path.join(root, 'fragment.yaml'), OPERATOR_PATCH);
    const decoded = spawnSync('kubectl', ['label', '--local', '-f', path.join(root, 'fragment.yaml'), 'x=y', '-o', 'json'], { encoding: 'utf8' });
    assert.equal(decoded.status, 0, decoded.stderr);
    assert.equal(JSON.parse(decoded.stdout).spec.template.spec.containers, undefined);
    assert.deepEqual(await hostNetworkFindings(tree), [{
      file: 'calico/operator-patch.yaml',
      line: 9,
      column: 7,
      message: "`hostNetwork: true` puts Deployment/tigera-operator/tigera-operator on the node's network (port clashes, no pod network policy, CVE-2020-15257). " +
        "Nothing in its manifest shows that it needs the node's network. Remove it, or list the workload in `hostNetwork.allow` if it truly needs the node's network.",
    }]);
  });

  it('a fragment no kustomization applies, beside the one host-network workload it can patch: judged on that workload (the Y18 home lab)', async () => {
    // Upstream tigera-operator runs on the host network itself.
    const operator = OPERATOR.replace('    spec:\n      tolerations:', '    spec:\n      hostNetwork: true\n      tolerations:');
    const tree = {
      'calico/operator.yaml': operator,
      'calico/operator-patch.yaml': OPERATOR_PATCH,
      'calico/kustomization.yaml': 'resources:\n  - operator.yaml\n# patchesStrategicMerge:\n#   - operator-patch.yaml\n',
    };
    const seen = await hostNetworkFindings(tree);
    assert.deepEqual(seen.find((item) => item.file === 'calico/operator-patch.yaml'), {
      file: 'calico/operator-patch.yaml',
      line: 9,
      column: 7,
      message: '`hostNetwork: true` is in a pod template without containers that no kustomization in the files read applies: a patch, which ' +
        '`kubectl patch --patch-file` can only apply to Deployment `tigera-operator` in `operator.yaml` (the API server refuses a patch that renames the object). ' +
        `Patched, it needs the node's network: ${EXEMPT_EVIDENCE}.`,
      suppressed: `a patch of Deployment \`tigera-operator\` in \`operator.yaml\`, which needs the node's network: ${EXEMPT_EVIDENCE}`,
    });
    // Without its namespace the fragment could patch a workload of that name in any namespace; in another folder, it is not beside it.
    const noNamespace = await hostNetworkFindings({ ...tree, 'calico/operator-patch.yaml': OPERATOR_PATCH.replace('  namespace: tigera-operator\n', '') });
    assert.equal(noNamespace.find((item) => item.file === 'calico/operator-patch.yaml')?.suppressed, undefined);
    const elsewhere = await hostNetworkFindings({ 'calico/operator.yaml': operator, 'ci/operator-patch.yaml': OPERATOR_PATCH });
    assert.equal(elsewhere.find((item) => item.file === 'ci/operator-patch.yaml')?.suppressed, undefined);
    // A runner of that identity beside it gives it nothing: judged on the runner, which shows no need.
    const runner = RUNNER.replace('name: runner\n  namespace: ci', 'name: tigera-operator\n  namespace: tigera-operator').replace('    spec:\n      containers:', '    spec:\n      hostNetwork: true\n      containers:');
    const decoy = await hostNetworkFindings({ 'calico/runner.yaml': runner, 'calico/operator-patch.yaml': OPERATOR_PATCH });
    assert.deepEqual(decoy.map((item) => [item.file, item.suppressed]), [['calico/operator-patch.yaml', undefined], ['calico/runner.yaml', undefined]]);
  });

  it('a fragment that shows its own evidence keeps the ordinary exemption', async () => {
    const fragment = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      priorityClassName: system-node-critical\n';
    const seen = await hostNetworkFindings({ 'loose/x.yaml': fragment });
    assert.equal(seen.length, 1);
    assert.match(seen[0]!.suppressed ?? '', /^needs the node's network: `priorityClassName: system-node-critical`$/);
  });

  it('decoy: the patch names an exempt workload, its target selects the runner: judged on the runner, as kustomize patches it', async () => {
    const tree = {
      'ci/runner.yaml': RUNNER,
      'ci/operator.yaml': OPERATOR,
      // The patch's own name and namespace are the operator's; `target:` wins.
      'ci/hostnet.yaml': OPERATOR_PATCH,
      'ci/kustomization.yaml': 'resources: [runner.yaml, operator.yaml]\npatches:\n  - path: hostnet.yaml\n    target: {kind: Deployment, name: runner}\n',
    };
    const rendered = await kubectlRendering(tree, 'ci') as Map<string, Plain>;
    assert.equal(rendered.get('runner')?.hostNetwork, true);
    assert.equal(rendered.get('tigera-operator')?.hostNetwork, undefined, 'kubectl kustomize leaves the operator alone');
    const seen = await hostNetworkFindings(tree);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.suppressed, undefined);
    assert.match(seen[0]!.message, /puts Deployment `runner` in `runner\.yaml` on the node's network \(port clashes/);
  });

  it('decoy: an exempt workload of the same name elsewhere in the tree, not among the kustomization\'s resources, is no target', async () => {
    const tree = {
      'ci/runner.yaml': RUNNER,
      'ci/hostnet.yaml': OPERATOR_PATCH,
      'ci/kustomization.yaml': 'resources: [runner.yaml]\npatchesStrategicMerge: [hostnet.yaml]\n',
      'calico/operator.yaml': OPERATOR,
    };
    assert.match(await kubectlRendering(tree, 'ci') as string, /no matches for Id Deployment.*tigera-operator/, 'kubectl kustomize refuses the build');
    const seen = await hostNetworkFindings(tree);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.suppressed, undefined);
    assert.match(seen[0]!.message, /targets Deployment\/tigera-operator\/tigera-operator, but it is not in the files read/);
  });

  it('a patch file of any name (`hostnet.txt`: kustomize loads it) is linted as a manifest, unless `ignores` names it', async () => {
    const tree = {
      'ci/runner.yaml': RUNNER,
      'ci/hostnet.txt': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: runner, namespace: ci}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n',
      'ci/kustomization.yaml': 'resources: [runner.yaml]\npatches:\n  - path: hostnet.txt\n',
    };
    assert.equal((await kubectlRendering(tree, 'ci') as Map<string, Plain>).get('runner')?.hostNetwork, true, 'kubectl kustomize applies it');
    const seen = await hostNetworkFindings(tree);
    assert.deepEqual(seen.map((item) => [item.file, item.line, item.column, item.suppressed]), [['ci/hostnet.txt', 7, 7, undefined]]);
    assert.match(seen[0]!.message, /applied by `kustomization\.yaml`\) puts Deployment `runner` in `runner\.yaml` on the node's network \(port clashes/);
    const ignored = await hostNetworkFindings({ ...tree, '.calico-lint.yaml': 'ignores: ["ci/*.txt"]\n' });
    assert.deepEqual(ignored, []);
  });

  it('a patch without a namespace does not patch a namespaced workload (kustomize reads none as `default`)', async () => {
    const patch = OPERATOR_PATCH.replace('  namespace: tigera-operator\n', '');
    const tree = {
      'calico/operator.yaml': OPERATOR,
      'calico/operator-patch.yaml': patch,
      'calico/kustomization.yaml': 'resources: [operator.yaml]\npatchesStrategicMerge: [operator-patch.yaml]\n',
    };
    assert.match(await kubectlRendering(tree, 'calico') as string, /no matches for Id/);
    const seen = await hostNetworkFindings(tree);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.suppressed, undefined);
  });

  it('an outer kustomization patches what its base put in a namespace, by that namespace', async () => {
    const tree = {
      'base/operator.yaml': OPERATOR.replace('  namespace: tigera-operator\n', ''),
      'base/kustomization.yaml': 'namespace: tigera-operator\nresources: [operator.yaml]\n',
      'overlay/operator-patch.yaml': OPERATOR_PATCH,
      'overlay/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: operator-patch.yaml\n',
    };
    assert.equal((await kubectlRendering(tree, 'overlay') as Map<string, Plain>).get('tigera-operator')?.hostNetwork, true);
    const seen = await hostNetworkFindings(tree);
    assert.deepEqual(seen.map((item) => [item.file, item.suppressed]), [[
      'overlay/operator-patch.yaml',
      `patches Deployment \`tigera-operator\` in \`../base/operator.yaml\`, which needs the node's network: ${EXEMPT_EVIDENCE}`,
    ]]);
  });

  it('a patch that deletes the evidence of its target is judged on the result ($patch: delete on the volume)', async () => {
    const patch = `${OPERATOR_PATCH}      volumes:\n        - name: var-lib-calico\n          $patch: delete\n      tolerations: []\n`;
    const tree = {
      'calico/operator.yaml': OPERATOR,
      'calico/operator-patch.yaml': patch,
      'calico/kustomization.yaml': 'resources: [operator.yaml]\npatches:\n  - path: operator-patch.yaml\n',
    };
    const rendered = (await kubectlRendering(tree, 'calico') as Map<string, Plain>).get('tigera-operator')!;
    assert.deepEqual(rendered.volumes, [], 'kubectl kustomize deletes the volume');
    const seen = await hostNetworkFindings(tree);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.suppressed, undefined);
    assert.match(seen[0]!.message, /Nothing in the patched workload shows that it needs the node's network/);
  });

  it('a patch without hostNetwork that takes the evidence from a host-network workload: the workload is an error naming the patch', async () => {
    const tree = {
      'agent/agent.yaml': NODE_AGENT,
      'agent/priority.yaml': 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: kube-system}\nspec:\n  template:\n    spec:\n      priorityClassName: low\n',
      'agent/kustomization.yaml': 'resources: [agent.yaml]\npatchesStrategicMerge: [priority.yaml]\n',
    };
    const rendered = (await kubectlRendering(tree, 'agent') as Map<string, Plain>).get('agent')!;
    assert.deepEqual([rendered.hostNetwork, rendered.priorityClassName], [true, 'low']);
    assert.deepEqual(await hostNetworkFindings(tree), [{
      file: 'agent/agent.yaml',
      line: 13,
      column: 7,
      message: "`hostNetwork: true` puts DaemonSet/kube-system/agent on the node's network (port clashes, no pod network policy, CVE-2020-15257). " +
        "Its manifest shows it needs it (`priorityClassName: system-node-critical`), but `kustomization.yaml` patches it with `priority.yaml`, " +
        "and nothing in the patched workload shows that it needs it. Keep the evidence in the patched workload, or list the workload in `hostNetwork.allow`.",
    }]);
    // Without the patch, the same workload is exempt.
    const alone = await hostNetworkFindings({ 'agent/agent.yaml': NODE_AGENT });
    assert.equal(alone[0]!.suppressed, "needs the node's network: `priorityClassName: system-node-critical`");
  });

  it('a JSON patch that removes the evidence of a host-network workload: the workload is an error naming it', async () => {
    const tree = {
      'agent/agent.yaml': NODE_AGENT,
      'agent/drop-priority.yaml': '- op: remove\n  path: /spec/template/spec/priorityClassName\n',
      'agent/kustomization.yaml': 'resources: [agent.yaml]\npatchesJson6902:\n  - path: drop-priority.yaml\n    target: {group: apps, version: v1, kind: DaemonSet, name: agent}\n',
    };
    const rendered = (await kubectlRendering(tree, 'agent') as Map<string, Plain>).get('agent')!;
    assert.deepEqual([rendered.hostNetwork, rendered.priorityClassName], [true, undefined]);
    const seen = await hostNetworkFindings(tree);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.suppressed, undefined);
    assert.match(seen[0]!.message, /but `kustomization\.yaml` patches it with `drop-priority\.yaml`, and nothing in the patched workload shows that it needs it/);
  });

  it('a patch path that leads out of the repository, or a link to a file outside it, is never read', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'calico-lint-outside-'));
    writeFileSync(path.join(outside, 'runner.yaml'), OPERATOR);
    const tree = {
      'calico/operator-patch.yaml': OPERATOR_PATCH,
      // The target is a file outside the repository: never read, so the patch's target is unknown.
      'calico/kustomization.yaml': `resources:\n  - ${path.join(outside, 'runner.yaml')}\npatches:\n  - path: operator-patch.yaml\n`,
    };
    const seen = await hostNetworkFindings(tree);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.suppressed, undefined);
    assert.match(seen[0]!.message, /not in the files read/);
    const root = await workspace({ 'calico/operator-patch.yaml': OPERATOR_PATCH, 'calico/kustomization.yaml': 'resources: [operator.yaml]\npatches:\n  - path: operator-patch.yaml\n' });
    gitInit(root);
    await symlink(path.join(outside, 'runner.yaml'), path.join(root, 'calico/operator.yaml'));
    const results = await lint({ paths: ['.'], cwd: root });
    const errors = results.flatMap((result) => result.messages).filter((message) => message.ruleId === 'no-host-network');
    const suppressed = results.flatMap((result) => result.suppressedMessages).filter((message) => message.ruleId === 'no-host-network');
    assert.deepEqual([errors.length, suppressed.length], [1, 0], 'the linked target outside the repository exempts nothing');
  });

  it('a target pattern with quantifiers is not read (linear in Go, exponential in JavaScript): the target stays unknown, an error', async () => {
    const tree = {
      'ci/runner.yaml': RUNNER.replace('name: runner\n  namespace', `name: ${'a'.repeat(60)}b\n  namespace`),
      'ci/hostnet.yaml': OPERATOR_PATCH,
      'ci/kustomization.yaml': 'resources: [runner.yaml]\npatches:\n  - path: hostnet.yaml\n    target: {kind: Deployment, name: "(a+)+c"}\n',
    };
    const seen = await hostNetworkFindings(tree);
    assert.equal(seen.length, 1);
    assert.match(seen[0]!.message, /targets kind=Deployment, name=\(a\+\)\+c, but calico-lint does not render that kustomization/);
  });

  it('infraPools: a patch putting a workload of a namespace that may use an infra pool on the host network is an error, whatever the evidence', async () => {
    const root = await workspace({
      'ci/runner.yaml': RUNNER.replace('    spec:\n      containers:', '    spec:\n      priorityClassName: system-node-critical\n      containers:'),
      'ci/hostnet.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: anything\nspec:\n  template:\n    spec:\n      hostNetwork: true\n',
      'ci/kustomization.yaml': 'resources: [runner.yaml]\npatches:\n  - path: hostnet.yaml\n    target: {kind: Deployment, name: runner}\n',
    });
    gitInit(root);
    const results = await lint({ paths: ['.'], cwd: root, config: { infraPools: [{ name: 'infra', allowedNamespaces: ['ci'] }] } });
    const errors = results.flatMap((result) => result.messages).filter((message) => message.ruleId === 'no-host-network');
    assert.deepEqual(errors.map((message) => [message.line, message.message]), [[8,
      "`hostNetwork: true` in this kustomize patch (applied by `kustomization.yaml`) puts Deployment `runner` in `runner.yaml` on the node's network " +
      '(port clashes, no pod network policy, CVE-2020-15257). Namespace `ci` may use infra pool `infra`: remove hostNetwork from the patch and add ' +
      "`cni.projectcalico.org/ipv4pools: '[\"infra\"]'` to the pod template's annotations."]]);
  });

  it('the CLI exits 1 on the runner patch and 0 on the operator patch', async () => {
    const runner = await workspace({
      'runner.yaml': RUNNER,
      'hostnet.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: runner, namespace: ci}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n',
      'kustomization.yaml': 'resources: [runner.yaml]\npatchesStrategicMerge: [hostnet.yaml]\n',
    });
    gitInit(runner);
    const failed = runBin(['.', '-f', 'unix'], { cwd: runner });
    assert.equal(failed.status, 1, failed.stdout + failed.stderr);
    assert.match(failed.stdout, /hostnet\.yaml:7:7: `hostNetwork: true` in this kustomize patch \(applied by `kustomization\.yaml`\) puts Deployment `runner` in `runner\.yaml`/);
    const operator = await workspace({
      'operator.yaml': OPERATOR,
      'operator-patch.yaml': OPERATOR_PATCH,
      'kustomization.yaml': 'resources: [operator.yaml]\npatchesStrategicMerge: [operator-patch.yaml]\n',
    });
    gitInit(operator);
    const passed = runBin(['.', '-f', 'unix'], { cwd: operator });
    assert.equal(passed.status, 0, passed.stdout + passed.stderr);
  });
});

describe('no-host-network: an inline kustomize patch is judged on the workload it lands in, as a patch file is', () => {
  /** OPERATOR_PATCH written in the kustomization: `patches[0].patch` at the given indentation. */
  const inline = (text: string, indent: string) => text.trimEnd().split('\n').map((line) => `${indent}${line}`).join('\n');

  it('`patches: - patch: |` setting hostNetwork on an exempt operator is exempt, naming it (was a false error)', async () => {
    const tree = {
      'calico/operator.yaml': OPERATOR,
      'calico/kustomization.yaml': `resources:\n  - operator.yaml\npatches:\n  - patch: |-\n${inline(OPERATOR_PATCH, '      ')}\n`,
    };
    assert.equal((await kubectlRendering(tree, 'calico') as Map<string, Plain>).get('tigera-operator')?.hostNetwork, true, 'kubectl kustomize patches it');
    assert.deepEqual(await hostNetworkFindings(tree), [{
      file: 'calico/kustomization.yaml',
      line: 13,
      column: 13,
      message: "`hostNetwork: true` in this kustomize patch puts Deployment `tigera-operator` in `operator.yaml` on the node's network, " +
        `which the patched workload needs: ${EXEMPT_EVIDENCE}.`,
      suppressed: `patches Deployment \`tigera-operator\` in \`operator.yaml\`, which needs the node's network: ${EXEMPT_EVIDENCE}`,
    }]);
    // `path: null` is no path to kustomize (Go's zero string): the entry is the inline patch.
    const nullPath = { ...tree, 'calico/kustomization.yaml': tree['calico/kustomization.yaml'].replace('  - patch: |-', '  - path: null\n    patch: |-') };
    assert.equal((await kubectlRendering(nullPath, 'calico') as Map<string, Plain>).get('tigera-operator')?.hostNetwork, true);
    assert.deepEqual((await hostNetworkFindings(nullPath)).map((item) => [item.line, item.suppressed === undefined]), [[14, false]]);
  });

  it('an inline JSON 6902 patch and an overlay\'s inline patch of its base: judged on the patched operator', async () => {
    const json = {
      'calico/operator.yaml': OPERATOR,
      'calico/kustomization.yaml': 'resources: [operator.yaml]\npatches:\n  - target: {kind: Deployment, name: tigera-operator}\n    patch: |-\n' +
        '      - {op: add, path: /spec/template/spec/hostNetwork, value: true}\n',
    };
    assert.equal((await kubectlRendering(json, 'calico') as Map<string, Plain>).get('tigera-operator')?.hostNetwork, true);
    assert.deepEqual((await hostNetworkFindings(json)).map((item) => [item.file, item.line, item.column, item.suppressed]), [[
      'calico/kustomization.yaml', 5, 25, `patches Deployment \`tigera-operator\` in \`operator.yaml\`, which needs the node's network: ${EXEMPT_EVIDENCE}`,
    ]]);
    const overlay = {
      'base/operator.yaml': OPERATOR,
      'base/kustomization.yaml': 'resources: [operator.yaml]\n',
      'overlay/kustomization.yaml': `resources: [../base]\npatchesStrategicMerge:\n  - |-\n${inline(OPERATOR_PATCH, '    ')}\n`,
    };
    assert.equal((await kubectlRendering(overlay, 'overlay') as Map<string, Plain>).get('tigera-operator')?.hostNetwork, true);
    assert.deepEqual((await hostNetworkFindings(overlay)).map((item) => [item.file, item.suppressed]), [[
      'overlay/kustomization.yaml', `patches Deployment \`tigera-operator\` in \`../base/operator.yaml\`, which needs the node's network: ${EXEMPT_EVIDENCE}`,
    ]]);
  });

  it('an inline patch putting a CI runner on the host network is an error naming the runner', async () => {
    const tree = {
      'ci/runner.yaml': RUNNER,
      'ci/kustomization.yaml': 'resources: [runner.yaml]\npatchesStrategicMerge:\n  - |-\n    apiVersion: apps/v1\n    kind: Deployment\n' +
        '    metadata: {name: runner, namespace: ci}\n    spec: {template: {spec: {hostNetwork: true}}}\n',
    };
    assert.equal((await kubectlRendering(tree, 'ci') as Map<string, Plain>).get('runner')?.hostNetwork, true);
    assert.deepEqual(await hostNetworkFindings(tree), [{
      file: 'ci/kustomization.yaml',
      line: 7,
      column: 30,
      message: "`hostNetwork: true` in this kustomize patch (applied by `kustomization.yaml`) puts Deployment `runner` in `runner.yaml` on the node's network " +
        "(port clashes, no pod network policy, CVE-2020-15257). Nothing in the patched workload shows that it needs the node's network. " +
        "Remove it, or list the workload in `hostNetwork.allow` if it truly needs the node's network.",
    }]);
  });

  it('an inline patch that takes the evidence from a host-network workload: the workload is an error naming the patch', async () => {
    const tree = {
      'agent/agent.yaml': NODE_AGENT,
      'agent/kustomization.yaml': 'resources: [agent.yaml]\npatches:\n  - patch: |-\n      apiVersion: apps/v1\n      kind: DaemonSet\n' +
        '      metadata: {name: agent, namespace: kube-system}\n      spec: {template: {spec: {priorityClassName: low}}}\n' +
        '  - target: {kind: DaemonSet}\n    patch: \'[{"op": "add", "path": "/spec/template/spec/dnsPolicy", "value": "ClusterFirstWithHostNet"}]\'\n',
    };
    const rendered = (await kubectlRendering(tree, 'agent') as Map<string, Plain>).get('agent')!;
    assert.deepEqual([rendered.hostNetwork, rendered.priorityClassName, rendered.dnsPolicy], [true, 'low', 'ClusterFirstWithHostNet']);
    assert.deepEqual(await hostNetworkFindings(tree), [{
      file: 'agent/agent.yaml',
      line: 13,
      column: 7,
      message: "`hostNetwork: true` puts DaemonSet/kube-system/agent on the node's network (port clashes, no pod network policy, CVE-2020-15257). " +
        "Its manifest shows it needs it (`priorityClassName: system-node-critical`), but `kustomization.yaml` patches it with its inline patch `patches[0]`, " +
        "its inline patch `patches[1]`, and nothing in the patched workload shows that it needs it. " +
        'Keep the evidence in the patched workload, or list the workload in `hostNetwork.allow`.',
    }]);
  });

  it('`Patches:` is `patches` to kustomize (encoding/json folds case): its inline patch is read, not walked around', async () => {
    const tree = {
      'ci/runner.yaml': RUNNER,
      'ci/kustomization.yaml': 'resources: [runner.yaml]\nPatches:\n  - patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n' +
        '      metadata: {name: runner, namespace: ci}\n      spec: {template: {spec: {hostNetwork: true}}}\n',
    };
    assert.equal((await kubectlRendering(tree, 'ci') as Map<string, Plain>).get('runner')?.hostNetwork, true, 'kubectl kustomize reads `Patches:`');
    const seen = await hostNetworkFindings(tree);
    assert.deepEqual(seen.map((item) => [item.file, item.line, item.suppressed]), [['ci/kustomization.yaml', 7, undefined]]);
    assert.match(seen[0]!.message, /applied by `kustomization\.yaml`\) puts Deployment `runner` in `runner\.yaml` on the node's network/);
  });

  it('an inline entry holding several strategic merge patches: each is applied, each is judged (the second was never read)', async () => {
    const tree = {
      'ci/runner.yaml': RUNNER,
      'ci/operator.yaml': OPERATOR,
      'ci/kustomization.yaml': 'resources: [runner.yaml, operator.yaml]\npatches:\n  - patch: |-\n' +
        `${inline(OPERATOR_PATCH, '      ')}\n      ---\n` +
        '      apiVersion: apps/v1\n      kind: Deployment\n      metadata: {name: runner, namespace: ci}\n      spec: {template: {spec: {hostNetwork: true}}}\n',
    };
    const rendered = await kubectlRendering(tree, 'ci') as Map<string, Plain>;
    assert.deepEqual([rendered.get('tigera-operator')?.hostNetwork, rendered.get('runner')?.hostNetwork], [true, true], 'kubectl kustomize applies both');
    const seen = await hostNetworkFindings(tree);
    assert.deepEqual(seen.map((item) => [item.file, item.line, item.suppressed === undefined ? 'error' : 'exempt']), [
      ['ci/kustomization.yaml', 12, 'exempt'],
      ['ci/kustomization.yaml', 18, 'error'],
    ]);
    assert.match(seen[1]!.message, /puts Deployment `runner` in `runner\.yaml` on the node's network \(port clashes/);
  });

  it('an inline `patchesStrategicMerge` entry on one line (a JSON object, as kustomize reads it when no file has that name) is read', async () => {
    const tree = {
      'ci/runner.yaml': RUNNER,
      'ci/kustomization.yaml': 'resources: [runner.yaml]\npatchesStrategicMerge:\n' +
        '- \'{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "runner", "namespace": "ci"}, "spec": {"template": {"spec": {"hostNetwork": true}}}}\'\n',
    };
    assert.equal((await kubectlRendering(tree, 'ci') as Map<string, Plain>).get('runner')?.hostNetwork, true, 'kubectl kustomize applies it');
    const seen = await hostNetworkFindings(tree);
    assert.deepEqual(seen.map((item) => [item.file, item.line, item.column, item.suppressed]), [['ci/kustomization.yaml', 3, 134, undefined]]);
    assert.match(seen[0]!.message, /applied by `kustomization\.yaml`\) puts Deployment `runner` in `runner\.yaml` on the node's network/);
  });

  it('a JSON `copy` into hostNetwork (a value only the target holds) is judged on the rendering: true is an error, false nothing', async () => {
    const runner = (token: boolean) => RUNNER.replace('    spec:\n      containers:', `    spec:\n      automountServiceAccountToken: ${token}\n      containers:`);
    const kustomization = 'resources: [runner.yaml]\npatches:\n  - target: {kind: Deployment, name: runner}\n    patch: |-\n' +
      '      - {op: copy, from: /spec/template/spec/automountServiceAccountToken, path: /spec/template/spec/hostNetwork}\n';
    const copied = { 'ci/runner.yaml': runner(true), 'ci/kustomization.yaml': kustomization };
    assert.equal((await kubectlRendering(copied, 'ci') as Map<string, Plain>).get('runner')?.hostNetwork, true, 'kubectl kustomize copies true');
    const seen = await hostNetworkFindings(copied);
    assert.deepEqual(seen.map((item) => [item.file, item.line, item.column, item.suppressed]), [['ci/kustomization.yaml', 5, 82, undefined]]);
    assert.match(seen[0]!.message, /puts Deployment `runner` in `runner\.yaml` on the node's network \(port clashes/);
    const off = { ...copied, 'ci/runner.yaml': runner(false) };
    assert.equal((await kubectlRendering(off, 'ci') as Map<string, Plain>).get('runner')?.hostNetwork, false);
    assert.deepEqual((await hostNetworkFindings(off)).map((item) => item.suppressed), ["patches Deployment `runner` in `runner.yaml`, whose patched pod template is not on the node's network"]);
    // A pod spec written elsewhere by one operation, then moved into place by another.
    const moved = {
      'ci/runner.yaml': RUNNER,
      'ci/kustomization.yaml': 'resources: [runner.yaml]\npatches:\n  - target: {kind: Deployment, name: runner}\n    patch: |-\n' +
        '      - {op: add, path: /metadata/x, value: {hostNetwork: true, containers: [{name: a, image: a}]}}\n' +
        '      - {op: move, from: /metadata/x, path: /spec/template/spec}\n',
    };
    assert.equal((await kubectlRendering(moved, 'ci') as Map<string, Plain>).get('runner')?.hostNetwork, true, 'kubectl kustomize moves it');
    assert.deepEqual((await hostNetworkFindings(moved)).map((item) => [item.file, item.line, item.column, item.suppressed]), [['ci/kustomization.yaml', 6, 45, undefined]]);
  });

  it('the CLI exits 0 on the inline operator patch and 1 on the inline runner patch', async () => {
    const operator = await workspace({
      'operator.yaml': OPERATOR,
      'kustomization.yaml': `resources: [operator.yaml]\npatches:\n  - patch: |-\n${inline(OPERATOR_PATCH, '      ')}\n`,
    });
    gitInit(operator);
    const passed = runBin(['.', '-f', 'unix'], { cwd: operator });
    assert.equal(passed.status, 0, passed.stdout + passed.stderr);
    const runner = await workspace({
      'runner.yaml': RUNNER,
      'kustomization.yaml': 'resources: [runner.yaml]\npatches:\n  - target: {kind: Deployment}\n    patch: |-\n      - {op: add, path: /spec/template/spec/hostNetwork, value: true}\n',
    });
    gitInit(runner);
    const failed = runBin(['.', '-f', 'unix'], { cwd: runner });
    assert.equal(failed.status, 1, failed.stdout + failed.stderr);
    assert.match(failed.stdout, /kustomization\.yaml:5:\d+: `hostNetwork: true` in this kustomize patch \(applied by `kustomization\.yaml`\) puts Deployment `runner`/);
  });
});

describe('strategic merge of a workload, against kubectl kustomize', () => {
  const DAEMON_SET = {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'x', namespace: 'n' },
    spec: {
      selector: { matchLabels: { a: 'b' } },
      template: {
        metadata: { labels: { a: 'b' } },
        spec: {
          priorityClassName: 'system-node-critical',
          tolerations: [{ operator: 'Exists' }],
          containers: [
            { name: 'a', image: 'a', securityContext: { privileged: true, capabilities: { add: ['NET_ADMIN'] } }, volumeMounts: [{ name: 'v', mountPath: '/v' }], ports: [{ containerPort: 80 }, { containerPort: 53, protocol: 'UDP' }] },
            { name: 'b', image: 'b' },
          ],
          volumes: [{ name: 'v', hostPath: { path: '/var/lib/kubelet' } }, { name: 'w', emptyDir: {} }],
        },
      },
    },
  };
  const patchOf = (podSpec: Plain): Plain => ({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'x', namespace: 'n' }, spec: { template: { spec: podSpec } } });
  const canonical = (value: unknown): unknown => Array.isArray(value)
    ? value.map(canonical)
    : value !== null && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Plain)[key])])) : value;

  function kustomized(podSpec: Plain): unknown {
    const root = mkdtempSync(path.join(tmpdir(), 'calico-lint-workload-smp-'));
    writeFileSync(path.join(root, 'ds.yaml'), JSON.stringify(DAEMON_SET));
    writeFileSync(path.join(root, 'patch.yaml'), JSON.stringify(patchOf(podSpec)));
    writeFileSync(path.join(root, 'kustomization.yaml'), 'resources: [ds.yaml]\npatches:\n- path: patch.yaml\n');
    const run = spawnSync('kubectl', ['kustomize', root], { encoding: 'utf8' });
    return run.status === 0 ? canonical(parse(run.stdout)) : undefined;
  }

  const cases: Array<[string, Plain]> = [
    ['scalars are added', { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' }],
    ['a scalar replaces', { priorityClassName: 'other' }],
    ['null deletes', { priorityClassName: null }],
    ['$patch: delete removes a container by name', { containers: [{ name: 'a', $patch: 'delete' }] }],
    ['a new container comes first', { containers: [{ name: 'c', image: 'c' }] }],
    ['a container merged by name moves first', { containers: [{ name: 'b', securityContext: { privileged: true } }] }],
    ['capabilities are replaced whole', { containers: [{ name: 'a', securityContext: { capabilities: { add: ['SYS_ADMIN'] } } }] }],
    ['$patch: delete removes a volume by name', { volumes: [{ name: 'v', $patch: 'delete' }] }],
    ['a volume merged by name', { volumes: [{ name: 'v', hostPath: { path: '/tmp' } }] }],
    ['tolerations are replaced whole', { tolerations: [{ key: 'k', operator: 'Exists' }] }],
    ['a {$patch: replace} element replaces the list', { containers: [{ $patch: 'replace' }, { name: 'z', image: 'z' }] }],
    ['a {$patch: delete} element removes the list', { volumes: [{ $patch: 'delete' }] }],
    ['a new port comes first', { containers: [{ name: 'a', ports: [{ containerPort: 10250 }] }] }],
    ['a port merged by containerPort and protocol stays in place', { containers: [{ name: 'a', ports: [{ containerPort: 53, protocol: 'UDP', hostPort: 1 }] }] }],
    ['volumeMounts merge by mountPath', { containers: [{ name: 'a', volumeMounts: [{ mountPath: '/v', name: 'w' }] }] }],
    ['$patch: replace on a mapping', { containers: [{ name: 'a', securityContext: { $patch: 'replace', runAsUser: 1 } }] }],
    ['every container deleted leaves an empty list', { hostNetwork: true, containers: [{ name: 'b', $patch: 'delete' }, { name: 'a', $patch: 'delete' }] }],
    ['a mapping over a list: kustomize fails', { containers: { name: 'a' } }],
  ];
  for (const [name, podSpec] of cases) {
    it(name, () => {
      const ours = mergeWorkloadPatch(DAEMON_SET, patchOf(podSpec), ['spec', 'template', 'spec']);
      assert.deepEqual(ours === undefined ? undefined : canonical(ours), kustomized(podSpec));
    });
  }

  it('a port whose protocol is written on one side only: kustomize drops the patch\'s fields, calico-lint refuses to guess', () => {
    const podSpec = { containers: [{ name: 'a', ports: [{ containerPort: 80, protocol: 'TCP', hostPort: 1 }] }] };
    const rendered = kustomized(podSpec) as { spec: { template: { spec: { containers: Array<{ ports: Plain[] }> } } } };
    assert.deepEqual(rendered.spec.template.spec.containers[0]!.ports[0], { containerPort: 80 });
    assert.equal(mergeWorkloadPatch(DAEMON_SET, patchOf(podSpec), ['spec', 'template', 'spec']), undefined);
  });
});
