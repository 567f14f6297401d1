/**
 * `--base` and kustomize patches: the base side reads an unchanged file as the
 * head's resource, with the head's renderings, so a pull request that changes
 * what a patch lands in (the workload's evidence, another patch, a
 * kustomization) left the same finding on both sides, dropped as old: exit 0
 * on a violation the change creates. Real Git repositories in temp folders,
 * the CLI as a child process.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin } from './helpers/cli.js';
import { gitRepo } from './helpers/git-repo.js';
import { OPERATOR } from './helpers/operator-deployment.js';

const MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;

/** The operator without its evidence (no toleration, no node path). */
const BARE_OPERATOR = OPERATOR.replace(/ {6}tolerations:\n.*\n.*\n/, '').replace(/ {10}volumeMounts:[^]*$/, '');
const HOST_NETWORK_PATCH = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tigera-operator\n  namespace: tigera-operator\n' +
  'spec:\n  template:\n    spec:\n      hostNetwork: true\n';
const NODE_AGENT = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: kube-system}\nspec:\n  selector: {matchLabels: {a: b}}\n' +
  '  template:\n    metadata: {labels: {a: b}}\n    spec:\n      hostNetwork: true\n      priorityClassName: system-node-critical\n' +
  '      containers: [{name: agent, image: example/agent:v1}]\n';
const PRIORITY_PATCH = (priority: string) => `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: kube-system}\nspec:\n  template:\n    spec:\n      priorityClassName: ${priority}\n`;

/** `-f unix` findings of no-host-network as `file:line` and the exit status, per filter mode. */
function byMode(root: string): Record<string, { status: number | null; findings: string[] }> {
  const out: Record<string, { status: number | null; findings: string[] }> = {};
  for (const mode of MODES) {
    const run = runBin(['-f', 'unix', '--base', 'main', '--filter-mode', mode, '.'], { cwd: root });
    const findings = run.stdout.split('\n').flatMap((line) => {
      const match = /^(.*?):(\d+):\d+: .*\[Error\/no-host-network\]$/.exec(line);
      return match ? [`${path.relative(root, match[1]!)}:${match[2]}`] : [];
    });
    out[mode] = { status: run.status, findings };
  }
  return out;
}

const everyMode = (findings: string[]) => Object.fromEntries(MODES.map((mode) => [mode, { status: 1, findings }]));

describe('--base: a change that alters what a kustomize patch lands in is judged, not dropped as old', () => {
  it('the change strips the evidence from the workload an unchanged host-network patch lands in: the patch is an error in every mode', async () => {
    const root = await gitRepo(
      { 'c/operator.yaml': OPERATOR, 'c/patch.yaml': HOST_NETWORK_PATCH, 'c/kustomization.yaml': 'resources: [operator.yaml]\npatchesStrategicMerge: [patch.yaml]\n' },
      { 'c/operator.yaml': BARE_OPERATOR },
    );
    assert.deepEqual(byMode(root), everyMode(['c/patch.yaml:9']));
  });

  it('the change edits a patch so that it takes the evidence from an unchanged host-network workload: the workload is an error in every mode', async () => {
    const root = await gitRepo(
      { 'a/agent.yaml': NODE_AGENT, 'a/priority.yaml': PRIORITY_PATCH('system-node-critical'), 'a/kustomization.yaml': 'resources: [agent.yaml]\npatchesStrategicMerge: [priority.yaml]\n' },
      { 'a/priority.yaml': PRIORITY_PATCH('low') },
    );
    assert.deepEqual(byMode(root), everyMode(['a/agent.yaml:9']));
  });

  it('an overlay in another folder gains an inline patch taking the evidence from the base\'s workload: the workload is an error in every mode', async () => {
    const root = await gitRepo(
      { 'base/agent.yaml': NODE_AGENT, 'base/kustomization.yaml': 'resources: [agent.yaml]\n', 'overlay/kustomization.yaml': 'resources: [../base]\n' },
      {
        'overlay/kustomization.yaml': 'resources: [../base]\npatches:\n  - patch: |-\n' +
          PRIORITY_PATCH('low').trimEnd().split('\n').map((line) => `      ${line}`).join('\n') + '\n',
      },
    );
    assert.deepEqual(byMode(root), everyMode(['base/agent.yaml:9']));
  });

  it('control: a change elsewhere leaves a patch error the base already had out of the filtered modes', async () => {
    const root = await gitRepo(
      { 'c/operator.yaml': BARE_OPERATOR, 'c/patch.yaml': HOST_NETWORK_PATCH, 'c/kustomization.yaml': 'resources: [operator.yaml]\npatchesStrategicMerge: [patch.yaml]\n', 'README.md': 'x\n' },
      { 'README.md': 'y\n', 'other/web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: a, image: a}]\n' },
    );
    const seen = byMode(root);
    assert.deepEqual(seen.nofilter, { status: 1, findings: ['c/patch.yaml:9'] });
    for (const mode of ['added', 'diff_context', 'file'] as const) assert.deepEqual(seen[mode], { status: 0, findings: [] }, mode);
  });
});
