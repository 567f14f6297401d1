/**
 * The README's examples stay true: the linted recipe prints what the README
 * shows, and no example needs a package that only the repository's
 * devDependencies install (a user of the npm package has none of them).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BUILT_IN_FORMATS } from '../src/format/formatters.js';
import { REPO_ROOT, runBin } from './helpers/cli.js';

const README = path.join(REPO_ROOT, 'README.md');

describe('README examples', () => {
  it('the published recipe, linted, prints what the README shows', async () => {
    const readme = await readFile(README, 'utf8');
    const block = /```\n\$ npx calico-lint fixtures\/recipe-published\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, 'the README shows `npx calico-lint fixtures/recipe-published` and its output');
    const run = runBin(['fixtures/recipe-published'], { cwd: REPO_ROOT });
    assert.equal(run.status, 1);
    assert.equal(run.stdout, block[1]);
  });

  it('every format an example names is built in', async () => {
    const readme = await readFile(README, 'utf8');
    // `-f values.yaml` is Helm's option, in `helm install` and `helm template` examples.
    const named = [...readme.matchAll(/(?<=^|[\s`])(?:-f|--format)[ =]([\w@/.-]+)/gm)].map((match) => match[1]!).filter((name) => !/\.ya?ml$/.test(name));
    assert.ok(named.length >= 5, `${named.length} examples with a format`);
    assert.deepEqual(named.filter((name) => !(BUILT_IN_FORMATS as readonly string[]).includes(name)), []);
  });
});
