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
import { kustomizeNamespaces, KustomizeResolver } from '../src/kustomize/namespaces.js';
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
    const ours = kustomizeNamespaces(files, new KustomizeResolver(root));
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
    // A link out of the repository: kustomize would read it, calico-lint does not (its build is unknown, not failed).
    await symlink(outside, path.join(root, 'app/linked'));
    await writeFile(path.join(root, 'app/other.yaml'), pod('other'));
    await writeFile(path.join(root, 'kustomization.yaml'), `resources: [${path.relative(root, outside)}, app/other.yaml]\n`);
    const file = path.join(root, 'app/p.yaml');
    assert.deepEqual([...kustomizeNamespaces([file, path.join(root, 'app/other.yaml')], new KustomizeResolver(root))], [[file, 'app']]);
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

/**
 * Families of kustomizations, each judged by `kubectl kustomize` on its top
 * folders: a top that kubectl refuses to build re-homes nothing, and what it
 * builds must land where calico-lint says.
 */
const COMP = 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n';
const FAMILIES: Array<{ name: string; tops: string[]; files: Record<string, string> }> = [
  { name: 'unused top-level namespace', tops: ['.', 'clusters/prod'], files: {
    'kustomization.yaml': 'namespace: ci\nresources: [ci.yaml]\n', 'ci.yaml': pod('ci'),
    'clusters/prod/kustomization.yaml': 'resources: [prod.yaml]\n', 'clusters/prod/prod.yaml': pod('prod') } },
  { name: 'unknown field', tops: ['.'], files: { 'kustomization.yaml': 'namespace: ci\nresources: [p.yaml]\nbogusField: 1\n', 'p.yaml': pod('p') } },
  { name: 'missing entry', tops: ['.'], files: { 'kustomization.yaml': 'namespace: ci\nresources: [p.yaml, gone.yaml]\n', 'p.yaml': pod('p') } },
  { name: 'load restriction', tops: ['sub'], files: { 'sub/kustomization.yaml': 'namespace: ci\nresources: [../p.yaml]\n', 'p.yaml': pod('p') } },
  { name: 'folder without kustomization', tops: ['.'], files: { 'kustomization.yaml': 'namespace: ci\nresources: [p.yaml, empty]\n', 'p.yaml': pod('p'), 'empty/q.yaml': pod('q') } },
  { name: 'kustomization under components', tops: ['.'], files: {
    'kustomization.yaml': 'namespace: ci\nresources: [p.yaml]\ncomponents: [base]\n', 'p.yaml': pod('p'),
    'base/kustomization.yaml': 'resources: [q.yaml]\n', 'base/q.yaml': pod('q') } },
  { name: 'component under resources', tops: ['.'], files: {
    'kustomization.yaml': 'namespace: ci\nresources: [p.yaml, comp]\n', 'p.yaml': pod('p'),
    'comp/kustomization.yaml': `${COMP}resources: [q.yaml]\n`, 'comp/q.yaml': pod('q') } },
  { name: 'two kustomization files', tops: ['.'], files: { 'kustomization.yaml': 'namespace: ci\nresources: [p.yaml]\n', 'kustomization.yml': 'resources: []\n', 'p.yaml': pod('p') } },
  { name: 'wrong apiVersion', tops: ['.'], files: { 'kustomization.yaml': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nnamespace: ci\nresources: [p.yaml]\n', 'p.yaml': pod('p') } },
  { name: 'wrong kind', tops: ['.'], files: { 'kustomization.yaml': 'kind: Overlay\nnamespace: ci\nresources: [p.yaml]\n', 'p.yaml': pod('p') } },
  { name: 'namespace not a string (YAML 1.1 boolean)', tops: ['.'], files: { 'kustomization.yaml': 'namespace: yes\nresources: [p.yaml]\n', 'p.yaml': pod('p') } },
  { name: 'resources not a list', tops: ['.'], files: { 'kustomization.yaml': 'namespace: ci\nresources: p.yaml\n', 'p.yaml': pod('p') } },
  { name: 'keys matched as Go matches JSON fields', tops: ['a', 'b'], files: {
    'a/kustomization.yaml': 'NameSpace: ci\nRESOURCES: [p.yaml]\n', 'a/p.yaml': pod('p'),
    'b/kustomization.yaml': 'nameſpace: ci\nresources: [q.yaml]\n', 'b/q.yaml': pod('q') } },
  { name: 'cycle', tops: ['a'], files: {
    'a/kustomization.yaml': 'namespace: ci\nresources: [p.yaml, ../b]\n', 'a/p.yaml': pod('p'),
    'b/kustomization.yaml': 'resources: [../a]\n' } },
  { name: 'component namespace re-homes the parent', tops: ['app'], files: {
    'app/kustomization.yaml': 'resources: [p.yaml]\ncomponents: [../comp, ../plain]\n', 'app/p.yaml': pod('p'),
    'comp/kustomization.yaml': `${COMP}namespace: ci\nresources: [q.yaml]\n`, 'comp/q.yaml': pod('q'),
    'plain/kustomization.yaml': `${COMP}resources: [r.yaml]\n`, 'plain/r.yaml': pod('r') } },
  { name: 'parent namespace wins over a component', tops: ['app'], files: {
    'app/kustomization.yaml': 'namespace: web\nresources: [p.yaml]\ncomponents: [../comp]\n', 'app/p.yaml': pod('p'),
    'comp/kustomization.yaml': `${COMP}namespace: ci\nresources: [q.yaml]\n`, 'comp/q.yaml': pod('q') } },
  { name: 'a later component re-homes an earlier one', tops: ['app'], files: {
    'app/kustomization.yaml': 'resources: [p.yaml]\ncomponents: [../one, ../two]\n', 'app/p.yaml': pod('p'),
    'one/kustomization.yaml': `${COMP}namespace: one\nresources: [q.yaml]\n`, 'one/q.yaml': pod('q'),
    'two/kustomization.yaml': `${COMP}namespace: two\nresources: [r.yaml]\n`, 'two/r.yaml': pod('r') } },
  { name: 'bases and nested components', tops: ['app'], files: {
    'app/kustomization.yaml': 'bases: [base]\ncomponents: [../outer]\n',
    'app/base/kustomization.yaml': 'resources: [p.yaml]\n', 'app/base/p.yaml': pod('p'),
    'outer/kustomization.yaml': `${COMP}components: [../inner]\n`,
    'inner/kustomization.yaml': `${COMP}namespace: deep\n` } },
  { name: 'a component built alone', tops: ['comp'], files: { 'comp/kustomization.yaml': `${COMP}namespace: ci\nresources: [p.yaml]\n`, 'comp/p.yaml': pod('p') } },
];

describe('kustomize namespaces: only what a buildable kustomization reaches is re-homed (kubectl kustomize as oracle)', () => {
  for (const family of FAMILIES) {
    it(family.name, async () => {
      const root = await workspace(family.files);
      gitInit(root);
      const manifests = Object.keys(family.files).filter((name) => !/ustomization/.test(name));
      const expected = new Map<string, Set<string | undefined>>();
      for (const top of family.tops) {
        const run = spawnSync('kubectl', ['kustomize', path.join(root, top)], { encoding: 'utf8' });
        if (run.status !== 0) continue; // refused: renders nothing
        for (const doc of parseAllDocuments(run.stdout)) {
          const object = doc.toJS() as { metadata: { name: string; namespace?: string } };
          const set = expected.get(object.metadata.name) ?? new Set();
          set.add(object.metadata.namespace);
          expected.set(object.metadata.name, set);
        }
      }
      const files = manifests.map((name) => path.join(root, name));
      const ours = kustomizeNamespaces(files, new KustomizeResolver(root), Object.keys(family.files).map((name) => path.join(root, name)));
      for (const name of manifests) {
        const podName = path.basename(name, '.yaml');
        const set = expected.get(podName);
        const kubectl = set?.size === 1 ? [...set][0] : undefined;
        assert.equal(ours.get(path.join(root, name)), kubectl, `${family.name}: ${name}`);
      }
    });
  }

  it('the issue\'s case: an unused top-level `namespace: ci` does not re-home clusters/prod, in the CLI', async () => {
    const root = await workspace({
      '.calico-lint.yaml': 'hostNetwork:\n  allow: [{namespace: ci}]\n',
      // kustomize refuses a Kustomization under `components`: this file builds nothing.
      'kustomization.yaml': 'namespace: ci\nresources: [ci/runner.yaml]\ncomponents: [clusters/prod]\n',
      'ci/runner.yaml': pod('runner'),
      'clusters/prod/kustomization.yaml': 'resources: [web.yaml]\n',
      'clusters/prod/web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: prod}\nspec: {hostNetwork: true, containers: [{name: c, image: x}]}\n',
    });
    gitInit(root);
    assert.notEqual(spawnSync('kubectl', ['kustomize', root]).status, 0, 'kubectl refuses the top-level kustomization');
    const run = runBin(['-f', 'unix', '.'], { cwd: root });
    assert.match(run.stdout, /clusters\/prod\/web\.yaml:4:8: `hostNetwork: true` puts Pod\/prod\/web/);
    assert.equal(run.status, 1);
  });
});

describe('kustomize namespaces: bounded work', () => {
  it('a 1,500-deep chain of nested kustomization folders: the outermost namespace, once per folder', async () => {
    const files: Record<string, string> = {};
    let folder = '';
    for (let depth = 0; depth < 1500; depth++) {
      files[`${folder}kustomization.yaml`] = `namespace: ns${depth}\nresources: [k]\n`;
      folder += 'k/';
    }
    files[`${folder}kustomization.yaml`] = 'resources: [p.yaml]\n';
    files[`${folder}p.yaml`] = pod('p');
    const root = await workspace(files);
    const ours = kustomizeNamespaces([path.join(root, `${folder}p.yaml`)], new KustomizeResolver(root), Object.keys(files).map((name) => path.join(root, name)));
    assert.deepEqual([...ours.values()], ['ns0']);
  });

  it('a chain of 9,000 kustomizations (no recursion: it overflowed the stack) and a 40-level diamond (2^40 paths)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 9000; i++) files[`c${i}/kustomization.yaml`] = i < 8999 ? `namespace: c${i}\nresources: [../c${i + 1}]\n` : 'resources: [p.yaml]\n';
    files['c8999/p.yaml'] = pod('p');
    // Every level includes two folders that both include the next level: each path is walked, the paths never.
    for (let level = 0; level < 40; level++) {
      for (const side of ['l', 'r']) files[`d${level}${side}/kustomization.yaml`] = `resources: [../d${level + 1}l, ../d${level + 1}r]\n`;
    }
    files['d40l/kustomization.yaml'] = 'resources: [q.yaml]\n';
    files['d40l/q.yaml'] = pod('q');
    files['d40r/kustomization.yaml'] = 'resources: []\n';
    files['top/kustomization.yaml'] = 'namespace: diamond\nresources: [../d0l, ../d0r]\n';
    const root = await workspace(files);
    const linted = [path.join(root, 'c8999/p.yaml'), path.join(root, 'd40l/q.yaml')];
    const ours = kustomizeNamespaces(linted, new KustomizeResolver(root), Object.keys(files).map((name) => path.join(root, name)));
    assert.deepEqual([ours.get(linted[0]!), ours.get(linted[1]!)], ['c0', 'diamond']);
  });
});
