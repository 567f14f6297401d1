/**
 * Go vendor trees (src/discover/go-vendor.ts): a walk leaves a module's
 * vendored dependencies alone, with a notice; naming them lints them. Run as
 * the CLI, inside and outside a Git repository (Git's listing and the walk),
 * and under --base in Git repositories built here. Only what modules.txt
 * lists is skipped, and under --base only what the base commit vendored.
 */
import assert from 'node:assert/strict';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { modulesListing, parseModulesTxt, vendoringModule } from '../src/discover/go-vendor.js';
import { runBin, withoutSummary, workspace } from './helpers/cli.js';
import { gitRepo, runGit } from './helpers/git-repo.js';

/** Kubernetes' e2e copy of a host-network test pod, as `go mod vendor` leaves it in every repository that vendors k8s.io/kubernetes. */
const E2E_POD = 'vendor/k8s.io/kubernetes/test/e2e/testing-manifests/storage-csi/gce-pd/controller_ss.yaml';
const HOST_NETWORK = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: runner\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n      - name: runner\n        image: runner:1\n';
const MODULES = '# k8s.io/kubernetes v1.33.0\n## explicit; go 1.24\nk8s.io/kubernetes/test/e2e/testing-manifests\n';
const NOTICE = "calico-lint: skipping vendor: a Go module's vendored dependencies (go.mod beside it, modules.txt in it), 1 file not linted; name the folder to lint it\n";

function lint(cwd: string, ...paths: string[]) {
  const run = runBin(['-f', 'unix', ...(paths.length > 0 ? paths : ['.'])], { cwd });
  return { status: run.status, stdout: run.stdout.replaceAll(`${cwd}/`, ''), notices: withoutSummary(run.stderr) };
}

/** As a pull request's CI runs it: against `main`, findings on what the change adds. */
function lintChange(cwd: string, filterMode = 'added') {
  const run = runBin(['-f', 'unix', '--base', 'main', '--filter-mode', filterMode, '.'], { cwd });
  return { status: run.status, stdout: run.stdout.replaceAll(`${cwd}/`, ''), notices: withoutSummary(run.stderr) };
}

describe('Go vendor trees', () => {
  for (const inGit of [false, true]) {
    const where = inGit ? 'in a Git repository' : 'outside Git';
    it(`are skipped with a notice when a folder above them is walked (${where})`, async () => {
      const root = await workspace({ 'go.mod': 'module example.com/ccm\n', 'vendor/modules.txt': MODULES, [E2E_POD]: HOST_NETWORK, 'deploy/ok.yaml': 'kind: ConfigMap\n' });
      if (inGit) {
        runGit(root, ['init', '-q']);
        runGit(root, ['add', '.']);
      }
      assert.deepEqual(lint(root), { status: 0, stdout: '', notices: NOTICE });
    });
  }

  it('are linted when named: the folder itself, or a path in it', async () => {
    const root = await workspace({ 'go.mod': 'module example.com/ccm\n', 'vendor/modules.txt': MODULES, [E2E_POD]: HOST_NETWORK });
    for (const named of ['vendor', 'vendor/k8s.io', E2E_POD]) {
      const run = lint(root, named);
      assert.equal(run.status, 1, named);
      assert.match(run.stdout, /controller_ss\.yaml:8:7: `hostNetwork: true` puts Deployment\/default\/runner/, named);
      assert.equal(run.notices, '', named);
    }
  });

  it('are skipped under a glob too, below its fixed folder', async () => {
    const root = await workspace({ 'go.mod': 'module example.com/ccm\n', 'vendor/modules.txt': MODULES, [E2E_POD]: HOST_NETWORK });
    assert.deepEqual(lint(root, '**/*.yaml'), { status: 0, stdout: '', notices: NOTICE });
  });

  it('count only as a real vendor tree: go.mod beside it and modules.txt in the format go writes, both regular files', async () => {
    const cases: Record<string, Record<string, string>> = {
      'no go.mod': { 'vendor/modules.txt': MODULES },
      'no modules.txt': { 'go.mod': 'module x\n' },
      'modules.txt of another format': { 'go.mod': 'module x\n', 'vendor/modules.txt': 'runner manifests\n' },
      'go.mod in the vendor folder, not beside it': { 'vendor/go.mod': 'module x\n', 'vendor/modules.txt': MODULES },
    };
    for (const [name, files] of Object.entries(cases)) {
      const root = await workspace({ ...files, [E2E_POD]: HOST_NETWORK });
      const run = lint(root);
      assert.equal(run.status, 1, name);
      assert.equal(run.notices, '', name);
    }
    // A link is no evidence of what the tree is: a go.mod linked from elsewhere does not count.
    const linked = await workspace({ 'elsewhere/go.mod': 'module x\n', 'vendor/modules.txt': MODULES, [E2E_POD]: HOST_NETWORK });
    await symlink(path.join(linked, 'elsewhere/go.mod'), path.join(linked, 'go.mod'));
    assert.equal(lint(linked).status, 1);
  });

  it('nested: the outermost vendor tree is the one named in the notice', async () => {
    const root = await workspace({
      'tools/go.mod': 'module x\n', 'tools/vendor/modules.txt': `${MODULES}# example.com/a v1.0.0\nexample.com/a\n`,
      'tools/vendor/example.com/a/b.yaml': HOST_NETWORK, [`tools/${E2E_POD}`]: HOST_NETWORK,
    });
    const run = lint(root);
    assert.equal(run.status, 0);
    assert.equal(run.notices, "calico-lint: skipping tools/vendor: a Go module's vendored dependencies (go.mod beside it, modules.txt in it), 2 files not linted; name the folder to lint it\n");
  });
});

describe('Go vendor trees: only what modules.txt lists is skipped', () => {
  it('the forged tree of issue 17 (go.mod, modules.txt opening with `# x`, vendor/runner.yaml) is linted, and the notice says why', async () => {
    const root = await workspace({ 'go.mod': 'module x\n', 'vendor/modules.txt': '# x\n', 'vendor/runner.yaml': HOST_NETWORK });
    const run = lint(root);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^vendor\/runner\.yaml:8:7: `hostNetwork: true` puts Deployment\/default\/runner/);
    assert.equal(run.notices, "calico-lint: linting vendor although it holds a Go module's vendored dependencies (go.mod beside it, modules.txt in it): 1 file under no package its modules.txt lists (vendor/runner.yaml)\n");
  });

  it('beside a real listing: a file at the top, or in a folder of a listed module that no listed package holds, is linted', async () => {
    const root = await workspace({
      'go.mod': 'module example.com/ccm\n', 'vendor/modules.txt': MODULES, [E2E_POD]: HOST_NETWORK,
      'vendor/runner.yaml': HOST_NETWORK, 'vendor/k8s.io/kubernetes/deploy/runner.yaml': HOST_NETWORK,
    });
    const run = lint(root);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stdout.split('\n').filter((line) => line.includes(':')).map((line) => line.split(':')[0]), ['vendor/k8s.io/kubernetes/deploy/runner.yaml', 'vendor/runner.yaml']);
    assert.equal(run.notices, "calico-lint: skipping vendor: a Go module's vendored dependencies (go.mod beside it, modules.txt in it), 1 file not linted; name the folder to lint it; linted all the same: 2 files under no package its modules.txt lists (vendor/k8s.io/kubernetes/deploy/runner.yaml, …)\n");
  });

  it('what the notice echoes from the tree is escaped', async () => {
    const root = await workspace({ 'go.mod': 'module x\n', 'vendor/modules.txt': MODULES, 'vendor/a\u001b[2Jb.yaml': HOST_NETWORK });
    const run = lint(root);
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.notices, /\u001b/);
    assert.match(run.notices, /under no package its modules\.txt lists \(vendor\/a\\u001b\[2Jb\.yaml\)/);
  });
});

describe('Go vendor trees: what a kustomization includes is applied, so linted', () => {
  const KUSTOMIZATION = (resource: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ${resource}\n`;
  const PACKAGE = 'vendor/k8s.io/kubernetes/test/e2e/testing-manifests';

  it('a vendored file a kustomization lists, directly or through a kustomization in the tree', async () => {
    for (const [name, files] of Object.entries<Record<string, string>>({
      direct: { 'kustomization.yaml': KUSTOMIZATION(E2E_POD) },
      'through a folder': { 'kustomization.yaml': KUSTOMIZATION(PACKAGE), [`${PACKAGE}/kustomization.yaml`]: KUSTOMIZATION('storage-csi/gce-pd/controller_ss.yaml') },
    })) {
      const root = await workspace({ 'go.mod': 'module example.com/ccm\n', 'vendor/modules.txt': MODULES, [E2E_POD]: HOST_NETWORK, ...files });
      const run = lint(root);
      assert.equal(run.status, 1, name);
      assert.match(run.stdout, /^vendor\/k8s\.io\/kubernetes\/test\/e2e\/testing-manifests\/storage-csi\/gce-pd\/controller_ss\.yaml:8:7: /, name);
      assert.match(run.notices, /\ncalico-lint: linting 1 file of a Go vendor tree all the same \(vendor\/k8s\.io\/kubernetes\/test\/e2e\/testing-manifests\/storage-csi\/gce-pd\/controller_ss\.yaml\): kustomization\.yaml includes it, so kustomize applies it\n$/, name);
    }
  });

  it('one kustomize refuses to build for its load restriction (a file outside its folder) applies nothing', async () => {
    const root = await workspace({ 'go.mod': 'module example.com/ccm\n', 'vendor/modules.txt': MODULES, [E2E_POD]: HOST_NETWORK, 'deploy/kustomization.yaml': KUSTOMIZATION(`../${E2E_POD}`) });
    assert.equal(lint(root).status, 0);
  });
});

describe('modules.txt as the go command reads it (modload.readVendorList)', () => {
  const REAL = [
    '# github.com/Azure/go-ansiterm v0.0.0-20250102033503-faa5f7b0171c',
    '## explicit; go 1.16',
    'github.com/Azure/go-ansiterm',
    'github.com/Azure/go-ansiterm/winterm',
    '# k8s.io/kubernetes v1.35.5 => k8s.io/kubernetes v1.35.5',
    '## explicit; go 1.25.0',
    'k8s.io/kubernetes/test/e2e/testing-manifests',
    '# example.com/local v1.0.0 => ./local',
    'example.com/local/pkg',
    '# k8s.io/api => k8s.io/api v0.35.5',
    '',
  ].join('\n');

  it('module lines (version, replacement, wildcard replacement), metadata and package lines', () => {
    const listing = parseModulesTxt(REAL);
    assert.deepEqual([...listing.modules], [
      ['github.com/Azure/go-ansiterm', '# github.com/Azure/go-ansiterm v0.0.0-20250102033503-faa5f7b0171c'],
      ['k8s.io/kubernetes', '# k8s.io/kubernetes v1.35.5 => k8s.io/kubernetes v1.35.5'],
      ['example.com/local', '# example.com/local v1.0.0 => ./local'],
      ['k8s.io/api', '# k8s.io/api => k8s.io/api v0.35.5'],
    ]);
    assert.deepEqual([...listing.packages], [
      ['github.com/Azure/go-ansiterm', 'github.com/Azure/go-ansiterm'],
      ['github.com/Azure/go-ansiterm/winterm', 'github.com/Azure/go-ansiterm'],
      ['k8s.io/kubernetes/test/e2e/testing-manifests', 'k8s.io/kubernetes'],
      ['example.com/local/pkg', 'example.com/local'],
    ]);
  });

  it('ignores what Go ignores: a module line without a version, package lines before any module or after one Go cannot read, paths that climb out', () => {
    const listing = parseModulesTxt(['stray/pkg', '# x', 'x/pkg', '# y notaversion', 'y/pkg', '# z v1.2.3', '../../etc', 'z/./a', '/abs', 'z/a b', '#z/c', 'z/ok', ''].join('\n'));
    assert.deepEqual([...listing.modules.keys()], ['z']);
    assert.deepEqual([...listing.packages], [['z/ok', 'z']]);
    assert.equal(modulesListing('runner manifests\n'), undefined);
  });

  it('a file belongs to the nearest listed package folder above it (embedded files may lie below the package)', () => {
    const listing = parseModulesTxt(REAL);
    assert.equal(vendoringModule('k8s.io/kubernetes/test/e2e/testing-manifests/storage-csi/gce-pd/controller_ss.yaml', listing), 'k8s.io/kubernetes');
    assert.equal(vendoringModule('github.com/Azure/go-ansiterm/winterm/x.yaml', listing), 'github.com/Azure/go-ansiterm');
    assert.equal(vendoringModule('k8s.io/kubernetes/test/e2e/runner.yaml', listing), undefined);
    assert.equal(vendoringModule('k8s.io/kubernetes/test/e2e/testing-manifests', listing), undefined, 'a file named like the package is not in it');
    assert.equal(vendoringModule('runner.yaml', listing), undefined);
  });
});

describe('Go vendor trees under --base (a pull request): only what the base commit vendored is skipped', () => {
  const TREE = { 'go.mod': 'module example.com/ccm\n', 'vendor/modules.txt': MODULES, [E2E_POD]: HOST_NETWORK };

  it('a module the change adds to modules.txt is linted; the notice names it', async () => {
    const root = await gitRepo(TREE, {
      'vendor/modules.txt': `${MODULES}# example.com/evil v1.0.0\n## explicit\nexample.com/evil\n`,
      'vendor/example.com/evil/runner.yaml': HOST_NETWORK,
    });
    const run = lintChange(root);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^vendor\/example\.com\/evil\/runner\.yaml:8:7: /);
    assert.equal(run.notices, "calico-lint: skipping vendor: a Go module's vendored dependencies (go.mod beside it, modules.txt in it), 1 file not linted; name the folder to lint it; linted all the same: 1 file of a module the base commit's modules.txt does not list (example.com/evil)\n");
    // Without --base nothing tells the module is new: it is skipped.
    assert.equal(lint(root).status, 0);
  });

  it('a tree whose go.mod and modules.txt the change adds is linted whole', async () => {
    const root = await gitRepo({ 'deploy/ok.yaml': 'kind: ConfigMap\n' }, TREE);
    const run = lintChange(root);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /controller_ss\.yaml:8:7: /);
    assert.equal(run.notices, "calico-lint: linting vendor although it holds a Go module's vendored dependencies (go.mod beside it, modules.txt in it): 1 file of a tree the change adds (the base commit has no go.mod beside it or no modules.txt in it)\n");
    // Adding go.mod alone to a base that had modules.txt is adding the tree too (the pod, untouched, is an old finding: nofilter shows it).
    const goModAdded = await gitRepo({ 'vendor/modules.txt': MODULES, [E2E_POD]: HOST_NETWORK }, { 'go.mod': 'module x\n' });
    assert.equal(lintChange(goModAdded, 'nofilter').status, 1);
  });

  it("a dependency bump (a listed module's new version, its vendored files changed) stays skipped", async () => {
    const root = await gitRepo(TREE, {
      'vendor/modules.txt': MODULES.replace('v1.33.0', 'v1.34.1'),
      [E2E_POD]: HOST_NETWORK.replace('runner:1', 'runner:2'),
      'vendor/k8s.io/kubernetes/test/e2e/testing-manifests/new/pod.yaml': HOST_NETWORK,
    });
    assert.deepEqual(lintChange(root), { status: 0, stdout: '', notices: NOTICE.replace('1 file', '2 files') });
  });

  it('a file the change adds or edits in a listed module whose version it keeps is linted (go mod vendor would write the same files)', async () => {
    const added = await gitRepo(TREE, { 'vendor/k8s.io/kubernetes/test/e2e/testing-manifests/runner.yaml': HOST_NETWORK });
    const run = lintChange(added);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^vendor\/k8s\.io\/kubernetes\/test\/e2e\/testing-manifests\/runner\.yaml:8:7: /);
    assert.equal(run.notices, "calico-lint: skipping vendor: a Go module's vendored dependencies (go.mod beside it, modules.txt in it), 1 file not linted; name the folder to lint it; linted all the same: 1 file the change adds or edits while modules.txt keeps its module at the same version (k8s.io/kubernetes)\n");
    // Uncommitted and untracked, as a local run sees it: the same.
    const untracked = await gitRepo(TREE, { 'vendor/k8s.io/kubernetes/test/e2e/testing-manifests/runner.yaml': HOST_NETWORK }, { uncommitted: true });
    assert.equal(lintChange(untracked).status, 1);
    const edited = await gitRepo({ ...TREE, [E2E_POD]: 'kind: ConfigMap\n' }, { [E2E_POD]: HOST_NETWORK });
    assert.equal(lintChange(edited).status, 1);
  });

  it('except in a module replaced by a folder of the repository: its vendored copy follows that folder with no new version', async () => {
    const modules = '# example.com/local v1.0.0 => ./local\nexample.com/local/pkg\n';
    const root = await gitRepo(
      { 'go.mod': 'module x\n', 'vendor/modules.txt': modules, 'vendor/example.com/local/pkg/a.yaml': 'kind: ConfigMap\n' },
      { 'vendor/example.com/local/pkg/a.yaml': HOST_NETWORK },
    );
    assert.deepEqual(lintChange(root), { status: 0, stdout: '', notices: NOTICE });
  });

  const NAMESPACE = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: infra\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"legacy\"]'\n";
  const POOL = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: legacy\nspec:\n  cidr: 10.9.0.0/16\n';

  it('a deleted file counts as removed when a run at the base linted it: a tree the change adds cannot hide a pool removal', async () => {
    const root = await gitRepo(
      { 'deploy/ns.yaml': NAMESPACE, 'vendor/example.com/pools/pool.yaml': POOL },
      { 'go.mod': 'module x\n', 'vendor/modules.txt': '# example.com/pools v1.0.0\nexample.com/pools\n', 'vendor/example.com/pools/pool.yaml': null },
    );
    const run = lintChange(root);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^deploy\/ns\.yaml:6:\d+: pool "legacy" is removed in this change but namespace "infra" still requests it/);
  });

  it('and does not when the base skipped it: removing a vendor tree removes no pool', async () => {
    const root = await gitRepo(
      { 'deploy/ns.yaml': NAMESPACE, 'go.mod': 'module x\n', 'vendor/modules.txt': '# example.com/pools v1.0.0\nexample.com/pools\n', 'vendor/example.com/pools/pool.yaml': POOL },
      { 'go.mod': null, 'vendor/modules.txt': null, 'vendor/example.com/pools/pool.yaml': null },
    );
    const run = lintChange(root);
    assert.doesNotMatch(run.stdout, /ippool-removed-in-use/);
  });
});
