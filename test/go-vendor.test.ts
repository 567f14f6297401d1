/**
 * Go vendor trees (src/discover/go-vendor.ts): a walk leaves a module's
 * vendored dependencies alone, with a notice; naming them lints them. Run as
 * the CLI, inside and outside a Git repository (Git's listing and the walk).
 */
import assert from 'node:assert/strict';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin, withoutSummary, workspace } from './helpers/cli.js';
import { runGit } from './helpers/git-repo.js';

/** Kubernetes' e2e copy of a host-network test pod, as `go mod vendor` leaves it in every repository that vendors k8s.io/kubernetes. */
const E2E_POD = 'vendor/k8s.io/kubernetes/test/e2e/testing-manifests/storage-csi/gce-pd/controller_ss.yaml';
const HOST_NETWORK = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: runner\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n      - name: runner\n        image: runner:1\n';
const MODULES = '# k8s.io/kubernetes v1.33.0\n## explicit; go 1.24\nk8s.io/kubernetes/test/e2e/testing-manifests\n';
const NOTICE = "calico-lint: skipping vendor: a Go module's vendored dependencies (go.mod beside it, modules.txt in it), 1 file not linted; name the folder to lint it\n";

function lint(cwd: string, ...paths: string[]) {
  const run = runBin(['-f', 'unix', ...(paths.length > 0 ? paths : ['.'])], { cwd });
  return { status: run.status, stdout: run.stdout, notices: withoutSummary(run.stderr) };
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
      'tools/go.mod': 'module x\n', 'tools/vendor/modules.txt': MODULES, 'tools/vendor/a/b.yaml': HOST_NETWORK, 'tools/vendor/c.yaml': HOST_NETWORK,
    });
    const run = lint(root);
    assert.equal(run.status, 0);
    assert.equal(run.notices, "calico-lint: skipping tools/vendor: a Go module's vendored dependencies (go.mod beside it, modules.txt in it), 2 files not linted; name the folder to lint it\n");
  });
});
