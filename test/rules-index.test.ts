/** Every rule is registered, documented and listed in the README. */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../rules/index.js';
import { REPO_ROOT } from './helpers/cli.js';

const SECTIONS = ['## What it catches', '## Why it matters', '## Examples', '## How to fix', '## Options'];

describe('rules/index.ts', () => {
  it('registers every file in rules/, under its file name', async () => {
    const files = (await readdir(path.join(REPO_ROOT, 'rules')))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    assert.deepEqual(allRules.map((rule) => rule.meta.id).sort(), files);
  });

  for (const rule of allRules) {
    it(`${rule.meta.id} has a docs page with every section, and a README entry`, async () => {
      const page = await readFile(path.join(REPO_ROOT, 'docs/rules', `${rule.meta.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${rule.meta.id}\n`));
      for (const section of SECTIONS) assert.ok(page.includes(`\n${section}\n`), `${rule.meta.id}.md lacks "${section}"`);
      assert.match(page, new RegExp(`\\*\\*Default severity:\\*\\* ${rule.meta.defaultSeverity}`));
      const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
      assert.ok(readme.includes(`| [${rule.meta.id}](docs/rules/${rule.meta.id}.md) | ${rule.meta.defaultSeverity} |`));
    });
  }
});
