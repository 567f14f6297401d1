/**
 * One KustomizeResolver per run (src/pipeline.ts): the passes that read
 * kustomizations (folders applied together, namespaces, patch targets,
 * included folders, files kustomizations name) share it, so that a run reads
 * each kustomization file once as a kustomization (and once more as a linted
 * file). Counted on the file system calls the resolver makes (openSync,
 * through readRegularFileSync), with one thread so every read is in this process.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { it } from 'node:test';
import { lint } from '../src/api.js';
import { workspace } from './helpers/cli.js';

/** How often each file named `kustomization.yaml` is opened during `run`, by path relative to `root`. */
async function kustomizationOpens(root: string, run: () => Promise<unknown>): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const original = fs.openSync;
  fs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
    const name = String(file);
    if (path.basename(name) === 'kustomization.yaml') {
      const shown = path.relative(root, name);
      counts.set(shown, (counts.get(shown) ?? 0) + 1);
    }
    return (original as (...args: unknown[]) => number)(file, ...rest);
  }) as typeof fs.openSync;
  syncBuiltinESMExports();
  try {
    await run();
  } finally {
    fs.openSync = original;
    syncBuiltinESMExports();
  }
  return counts;
}

it('a run reads each kustomization once as a kustomization, whatever number of passes read kustomizations', async () => {
  const root = await workspace({
    // A host-network file marks its folder (the folder pass), a kustomization sets its namespace, an overlay patches it
    // inline and includes the base from another folder (included folders).
    'base/agent.yaml': 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  template:\n    spec:\n' +
      '      hostNetwork: true\n      priorityClassName: system-node-critical\n      containers: [{name: a, image: a}]\n',
    'base/web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: a, image: a}]\n',
    'base/kustomization.yaml': 'namespace: infra\nresources: [agent.yaml, web.yaml]\n',
    'overlay/kustomization.yaml': 'resources: [../base]\npatches:\n- patch: |-\n    apiVersion: apps/v1\n    kind: DaemonSet\n' +
      '    metadata: {name: agent, namespace: infra}\n    spec: {template: {spec: {dnsPolicy: ClusterFirstWithHostNet}}}\n',
  });
  assert.equal(spawnSync('git', ['-c', 'core.hooksPath=/dev/null', 'init', '-q', root]).status, 0);
  let messages = 0;
  const opens = await kustomizationOpens(root, async () => {
    const results = await lint({ paths: ['.'], cwd: root, threads: 1 });
    messages = results.reduce((sum, result) => sum + result.suppressedMessages.length, 0);
  });
  assert.equal(messages, 1, 'the agent is judged (exempt), so every pass ran');
  // Once linted, once read by the run's resolver (it was five: a resolver per pass).
  assert.deepEqual(Object.fromEntries(opens), { 'base/kustomization.yaml': 2, 'overlay/kustomization.yaml': 2 });
});
