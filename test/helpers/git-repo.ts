/**
 * Real Git repositories in temporary folders, for everything about `--base`:
 * a base commit on `main`, then the head side on branch `pr` (committed, or
 * left in the working tree).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Files = Record<string, string>;
/** Head side: new text, or null to delete the file. */
export type HeadFiles = Record<string, string | null>;

/** maintenance.auto=false: no background `git maintenance run` process after every commit. */
const SETTINGS = ['user.name=test', 'user.email=test@example.com', 'init.defaultBranch=main', 'maintenance.auto=false'].flatMap((setting) => ['-c', setting]);

export function runGit(cwd: string, args: readonly string[]): string {
  return execFileSync('git', [...SETTINGS, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function writeFiles(root: string, files: HeadFiles): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    if (text === null) {
      await rm(file, { force: true });
    } else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }
}

export interface RepoOptions {
  /** Leave the head side uncommitted in the working tree (default: commit it on branch `pr`). */
  uncommitted?: boolean;
  /** `git mv` these (old → new) before writing the head files. */
  moves?: Record<string, string>;
}

/** A repository whose `main` holds `base` and whose working tree holds `head` applied on top. */
export async function gitRepo(base: Files, head: HeadFiles, options: RepoOptions = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-git-'));
  runGit(root, ['init', '-q']);
  await writeFiles(root, base);
  runGit(root, ['add', '-A']);
  runGit(root, ['commit', '-q', '--allow-empty', '-m', 'base']);
  runGit(root, ['checkout', '-q', '-b', 'pr']);
  for (const [from, to] of Object.entries(options.moves ?? {})) {
    await mkdir(path.dirname(path.join(root, to)), { recursive: true });
    runGit(root, ['mv', from, to]);
  }
  await writeFiles(root, head);
  if (!options.uncommitted) {
    runGit(root, ['add', '-A']);
    runGit(root, ['commit', '-q', '--allow-empty', '-m', 'head']);
  }
  return root;
}
