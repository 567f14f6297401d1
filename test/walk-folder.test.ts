import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { walkFolder } from '../src/discover/walk-folder.js';

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-walk-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

const found = (root: string, dir = root) => walkFolder(dir).entries.map((e) => path.relative(root, e.path));

describe('walkFolder', () => {
  it('finds .yaml, .yml and .json files, dotfiles included, skipping node_modules and .git, in path order', async () => {
    const root = await tree({
      'b.yaml': '', 'a.yml': '', 'c.json': '', 'd.txt': '', '.hidden/e.yaml': '',
      'node_modules/x/f.yaml': '', '.git/g.yaml': '', 'sub/node_modules/h.yaml': '', 'folder.yaml/i.yaml': '',
    });
    assert.deepEqual(found(root), ['.hidden/e.yaml', 'a.yml', 'b.yaml', 'c.json', 'folder.yaml/i.yaml']);
  });

  it("applies .gitignore files as Git does: nested files, directory patterns, negation, deeper files win", async () => {
    const root = await tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'generated/\n*.tmp.yaml\nsecrets/*\n!secrets/keep.yaml\n',
      'a.yaml': '', 'b.tmp.yaml': '', 'generated/c.yaml': '', 'secrets/d.yaml': '', 'secrets/keep.yaml': '',
      'apps/.gitignore': '!x.tmp.yaml\nlocal.yaml\n',
      'apps/x.tmp.yaml': '', 'apps/y.tmp.yaml': '', 'apps/local.yaml': '', 'apps/z.yaml': '',
      'apps/generated/w.yaml': '',
    });
    assert.deepEqual(found(root), ['a.yaml', 'apps/x.tmp.yaml', 'apps/z.yaml', 'secrets/keep.yaml']);
  });

  it('applies the .gitignore files above the walked folder, up to the repository root', async () => {
    const root = await tree({
      '.git/HEAD': '',
      '.gitignore': 'clusters/*/rendered/\n',
      'clusters/a/pool.yaml': '', 'clusters/a/rendered/all.yaml': '',
    });
    assert.deepEqual(found(root, path.join(root, 'clusters/a')), ['clusters/a/pool.yaml']);
  });

  it('ignores .gitignore files outside the repository and outside any repository', async () => {
    const outer = await tree({ '.gitignore': '*.yaml\n', 'repo/.git/HEAD': '', 'repo/a.yaml': '' });
    assert.deepEqual(found(outer, path.join(outer, 'repo')), ['repo/a.yaml']);
    const noRepo = await tree({ '.gitignore': '*.yaml\n', 'sub/a.yaml': '' });
    assert.deepEqual(found(noRepo, path.join(noRepo, 'sub')), ['sub/a.yaml']);
  });
});

import { isDynamicPattern } from 'globby';
import { isGlob } from '../src/discover/find-files.js';

describe('isGlob', () => {
  it("agrees with globby's isDynamicPattern on paths people write", () => {
    for (const pattern of ['clusters/**/*.yaml', 'a?.yml', '[ab].json', '{a,b}.yaml', 'x{1..3}.yaml', '@(a|b).yaml', '!(a).yaml', '+(a).yaml',
      'plain.yaml', 'dir/sub', '$(touch pwned)', 'a(1).yaml', 'a{b}.yaml', 'with space.yaml', './rel/path.json']) {
      assert.equal(isGlob(pattern), isDynamicPattern(pattern), pattern);
    }
  });
});
