/**
 * The committed action bundle (dist-action/index.js) must be what the sources
 * build to today: this fails in CI when someone changes src/, rules/ or a
 * dependency without `npm run build:action`. Also checks action.yml.
 * (Building twice per run keeps each test independent; esbuild takes well under a second.)
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { ACTION_BUNDLE, buildAction, LICENSES_FILE } from '../scripts/build-action.js';
import { REPO_ROOT } from './helpers/cli.js';

describe('GitHub Action bundle and metadata', () => {
  it('dist-action/index.js is up to date with the sources (run `npm run build:action` and commit it)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-bundle-'));
    const fresh = path.join(dir, 'index.js');
    await buildAction(fresh);
    const committed = await readFile(path.join(REPO_ROOT, ACTION_BUNDLE), 'utf8');
    const rebuilt = await readFile(fresh, 'utf8');
    if (committed !== rebuilt) {
      const committedLines = committed.split('\n');
      const rebuiltLines = rebuilt.split('\n');
      const first = rebuiltLines.findIndex((line, i) => line !== committedLines[i]);
      assert.fail(
        `${ACTION_BUNDLE} is stale: it differs from a fresh build from line ${first + 1} on ` +
          `(committed: ${JSON.stringify(committedLines[first]?.slice(0, 120))}, fresh: ${JSON.stringify(rebuiltLines[first]?.slice(0, 120))}). ` +
          'Run `npm run build:action` and commit dist-action/index.js.',
      );
    }
  });

  it(`dist-action/${LICENSES_FILE} lists the licenses of exactly the bundled packages`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-bundle-'));
    await buildAction(path.join(dir, 'index.js'));
    const committed = await readFile(path.join(REPO_ROOT, 'dist-action', LICENSES_FILE), 'utf8');
    assert.equal(committed, await readFile(path.join(dir, LICENSES_FILE), 'utf8'), 'stale: run `npm run build:action`');
    for (const name of ['yaml@', 'zod@', 'ignore@', 'picomatch@']) assert.match(committed, new RegExp(`^${name}`, 'm'));
    assert.doesNotMatch(committed, /no license file/);
  });

  it('the bundle holds no absolute path of the machine that built it', async () => {
    const bundle = await readFile(path.join(REPO_ROOT, ACTION_BUNDLE), 'utf8');
    assert.ok(!bundle.includes(REPO_ROOT), `the bundle mentions ${REPO_ROOT}`);
    assert.doesNotMatch(bundle, /\/(home|root|Users|tmp|work)\/[^\s'"`]*node_modules/);
    assert.doesNotMatch(bundle, /sourceMappingURL/);
  });

  it('action.yml runs the bundle with the runner\'s Node.js and declares the documented inputs and outputs', async () => {
    const action = parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      name: string;
      description: string;
      inputs: Record<string, { description: string; required: boolean; default: string }>;
      outputs: Record<string, { description: string }>;
      runs: { using: string; main: string };
    };
    assert.equal(action.name, 'calico-lint');
    assert.ok(['node20', 'node24'].includes(action.runs.using));
    assert.equal(action.runs.main, ACTION_BUNDLE);
    assert.deepEqual(
      Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])),
      { path: '.', config: '', 'sarif-file': 'calico-lint.sarif', 'max-warnings': '-1', base: '', 'filter-mode': '', 'config-from': '', 'working-directory': '.', category: '', reports: '' },
    );
    for (const input of Object.values(action.inputs)) {
      assert.equal(input.required, false);
      assert.ok(input.description.length > 10);
    }
    assert.deepEqual(Object.keys(action.outputs), ['errors', 'warnings', 'sarif-file']);
  });
});
