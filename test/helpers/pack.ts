/**
 * `npm pack` of this checkout, made once per test run: the package test and
 * the GitLab template test (separate processes) install the same tarball.
 * scripts/run-tests.mjs names a folder for the run in CALICO_LINT_TEST_RUN_DIR;
 * a file run alone packs into a folder of its own. (--ignore-scripts: the
 * tests run after `npm run build`.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './cli.js';

export interface Pack {
  tarball: string;
  /** The paths in the tarball, as `npm pack --json` lists them. */
  files: string[];
}

/** Runs npm with the caller's environment minus NODE_OPTIONS (tsx is for the tests, not for npm). */
export function npm(args: string[], cwd: string): string {
  const run = spawnSync('npm', [...args, '--loglevel=error'], { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NODE_OPTIONS: '' } });
  assert.equal(run.status, 0, `npm ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

function readPack(dir: string): Pack {
  const [pack] = JSON.parse(readFileSync(path.join(dir, 'pack.json'), 'utf8')) as Array<{ filename: string; files: Array<{ path: string }> }>;
  return { tarball: path.join(dir, pack!.filename), files: pack!.files.map((file) => file.path) };
}

async function packInto(dir: string): Promise<void> {
  await writeFile(path.join(dir, 'pack.json'), npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], REPO_ROOT));
}

let packed: Promise<Pack> | undefined;

/** The tarball of this checkout and its file list; packed at most once per run. */
export function packOnce(): Promise<Pack> {
  packed ??= (async () => {
    const runDir = process.env.CALICO_LINT_TEST_RUN_DIR;
    if (!runDir) {
      const mine = await mkdtemp(path.join(tmpdir(), 'calico-lint-pack-'));
      await packInto(mine);
      return readPack(mine);
    }
    // Two processes may pack at the same time: each packs into its own folder, and the first to rename wins.
    const shared = path.join(runDir, 'pack');
    try {
      return readPack(shared);
    } catch {
      const mine = await mkdtemp(path.join(runDir, 'pack-'));
      await packInto(mine);
      try {
        await rename(mine, shared);
      } catch {
        await rm(mine, { recursive: true, force: true });
      }
      return readPack(shared);
    }
  })();
  return packed;
}
