/**
 * A manifest included by a kustomization with `namespace:` is in that
 * namespace, as `kubectl kustomize` renders it (checked against the installed
 * kubectl), and nothing outside the repository is ever read.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { kustomizeNamespaces } from '../src/kustomize/namespaces.js';
import { runBin, workspace } from './helpers/cli.js';

const pod = (name: string, namespace?: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}${namespace ? `, namespace: ${namespace}` : ''}}\nspec: {containers: [{name: c, image: x}]}\n`;

const TREE: Record<string, string> = {
  // A base rendered by two overlays into two namespaces, and by a third that sets none.
  'base/kustomization.yaml': 'resources: [a.yaml, b.yaml]\n',
  'base/a.yaml': pod('a'),
  'base/b.yaml': pod('b', 'explicit'),
  'overlays/prod/kustomization.yaml': 'namespace: prod\nresources: [../../base]\n',
  'overlays/staging/kustomization.yaml': 'namespace: staging\nresources: [../../base]\n',
  // Nested: the outer namespace wins over the inner one, also over metadata.namespace.
  'apps/kustomization.yml': 'namespace: apps\nresources: [runner, web.yaml]\n',
  'apps/web.yaml': pod('web'),
  'apps/runner/Kustomization': 'namespace: gitlab-runner\nbases: [deploy]\nresources: [c.yaml]\n',
  'apps/runner/c.yaml': pod('c', 'ignored'),
  'apps/runner/deploy/kustomization.yaml': 'resources: [d.yaml]\n',
  'apps/runner/deploy/d.yaml': pod('d'),
  // A kustomization with no namespace leaves the manifest as written.
  'plain/kustomization.yaml': 'resources: [e.yaml]\n',
  'plain/e.yaml': pod('e'),
  // Not included by any kustomization.
  'loose/f.yaml': pod('f'),
};

function gitInit(dir: string): void {
  assert.equal(spawnSync('git', ['-c', 'core.hooksPath=/dev/null', 'init', '-q', dir]).status, 0);
}

/** Pod name → namespace, as `kubectl kustomize DIR` renders it (no namespace: as written, so undefined here). */
function kubectlKustomize(dir: string): Map<string, string | undefined> {
  const run = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const rendered = new Map<string, string | undefined>();
  for (const doc of parseAllDocuments(run.stdout)) {
    const object = doc.toJS() as { kind: string; metadata: { name: string; namespace?: string } };
    if (object.kind === 'Pod') rendered.set(object.metadata.name, object.metadata.namespace);
  }
  return rendered;
}

describe('kustomize namespaces', () => {
  it('agree with kubectl kustomize', async () => {
    const root = await workspace(TREE);
    gitInit(root);
    const files = Object.keys(TREE).filter((name) => !/ustomization/.test(name)).map((name) => path.join(root, name));
    const ours = kustomizeNamespaces(files, root);
    const byName = (name: string) => ours.get(files.find((file) => path.basename(file) === `${name}.yaml`)!);

    const prod = kubectlKustomize(path.join(root, 'overlays/prod'));
    const staging = kubectlKustomize(path.join(root, 'overlays/staging'));
    const apps = kubectlKustomize(path.join(root, 'apps'));
    const plain = kubectlKustomize(path.join(root, 'plain'));
    assert.deepEqual([prod.get('a'), prod.get('b'), staging.get('a')], ['prod', 'prod', 'staging'], 'kubectl: the outer namespace overrides');
    assert.deepEqual([apps.get('web'), apps.get('c'), apps.get('d')], ['apps', 'apps', 'apps'], 'kubectl: outermost wins, through bases');
    assert.equal(plain.get('e'), undefined);

    // Rendered by one root into one namespace: that namespace, as kubectl says.
    for (const name of ['web', 'c', 'd']) assert.equal(byName(name), apps.get(name), name);
    // Two renderings, two namespaces: ambiguous, left as written.
    assert.equal(byName('a'), undefined);
    assert.equal(byName('b'), undefined);
    // No namespace set, or no kustomization.
    assert.equal(byName('e'), undefined);
    assert.equal(byName('f'), undefined);
    assert.equal(ours.size, 3);
  });

  it('never reads outside the repository, never fetches remote resources', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'calico-lint-outside-'));
    const root = await workspace({
      'app/kustomization.yaml':
        'namespace: app\nresources:\n- https://github.com/example/repo//manifests?ref=v1\n- github.com/example/repo/base\n- ../../../../../../etc\n- linked\n- p.yaml\n',
      'app/p.yaml': pod('p'),
    });
    gitInit(root);
    // Outside the repository, a kustomization that claims the file for another namespace: never read.
    await writeFile(path.join(outside, 'kustomization.yaml'), `namespace: stolen\nresources: [${path.relative(outside, path.join(root, 'app/p.yaml'))}]\n`);
    await writeFile(path.join(root, 'app/other.yaml'), pod('other'));
    await writeFile(path.join(root, 'kustomization.yaml'), `resources: [${path.relative(root, outside)}, app/other.yaml]\n`);
    const file = path.join(root, 'app/p.yaml');
    assert.deepEqual([...kustomizeNamespaces([file, path.join(root, 'app/other.yaml')], root)], [[file, 'app']]);
  });

  it('a GitLab runner deployed by a kustomization is judged in its namespace, not in default', async () => {
    const root = await workspace({
      '.calico-lint.yaml': 'infraPools: [{name: infra, allowedNamespaces: [gitlab-runner]}]\n',
      'pools.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec: {cidr: 100.64.0.0/16, nodeSelector: "!all()"}\n',
      'runner/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: gitlab-runner\nresources: [daemonset.yaml]\n',
      'runner/daemonset.yaml':
        'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: gitlab-runner}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n' +
        '      containers: [{name: runner, image: gitlab/gitlab-runner:alpine}]\n',
    });
    gitInit(root);
    const run = runBin(['-f', 'unix', 'runner/daemonset.yaml', 'pools.yaml'], { cwd: root });
    assert.equal(
      run.stdout.split('\n')[0],
      `${path.join(root, 'runner/daemonset.yaml')}:7:7: \`hostNetwork: true\` puts DaemonSet/gitlab-runner/gitlab-runner on the node's network ` +
        '(port clashes, no pod network policy, CVE-2020-15257). Namespace "gitlab-runner" may use infra pool "infra": remove hostNetwork ' +
        'and add `cni.projectcalico.org/ipv4pools: \'["infra"]\'` under `spec.template.metadata.annotations`. [Error/no-host-network]',
    );
    assert.equal(run.status, 1);
  });
});
