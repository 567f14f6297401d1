/**
 * A small, safe wrapper around the `git` command line, for reading the base
 * side of a pull request: the commit a ref names, which files changed, and
 * the base version of a file.
 *
 * The checkout is untrusted. Nothing in it may make git run code: no shell
 * (execFile with an argument list), no hooks, no fsmonitor, no textconv or
 * external diff drivers, no pager, no credential prompts. Git's own
 * configuration files (system, global, the checkout's .git/config, which a
 * pull request cannot write) are still read; the options below override what
 * could run code or change the output we parse.
 */
import { execFileSync } from 'node:child_process';
import { UsageError } from '../errors.js';
import { echo } from '../text.js';

/** `-c` settings put before every command: none of them can run code, and they fix the output format. */
const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'core.quotePath=false',
  'diff.external=',
  'diff.noprefix=false',
  'diff.relative=false',
  'color.ui=false',
  'protocol.allow=never',
  'credential.helper=',
].flatMap((setting) => ['-c', setting]);

/** Environment for git: nothing from the caller's GIT_* variables (GIT_DIR, GIT_EXTERNAL_DIFF, …). */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_')) env[key] = value;
  }
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_OPTIONAL_LOCKS = '0';
  env.LC_ALL = 'C';
  return env;
}

/** Large enough for the diff of a big pull request and the blobs of its manifests. */
const MAX_OUTPUT = 1024 * 1024 * 1024;

export class GitError extends Error {
  override name = 'GitError';
}

/** Runs git in `cwd` and returns its standard output; throws GitError with git's message on failure. */
export function git(cwd: string, args: readonly string[], input?: string): Buffer {
  try {
    return execFileSync('git', [...SAFE_CONFIG, ...args], {
      cwd,
      env: gitEnvironment(),
      input: input ?? '',
      maxBuffer: MAX_OUTPUT,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (failure.code === 'ENOENT') throw new GitError('git is not installed');
    const stderr = failure.stderr?.toString('utf8').trim().split('\n')[0] ?? '';
    throw new GitError(stderr || failure.message);
  }
}

/** The top folder of the working tree that holds `cwd`. */
export function repositoryRoot(cwd: string): string {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').replace(/\n$/, '');
  } catch (error) {
    throw new UsageError(`--base needs a Git checkout: ${echo((error as Error).message, 200)}`);
  }
}

/**
 * The commit to compare with: the merge base of `ref` and HEAD when there is
 * one (what a pull request's "Files changed" shows; for GitHub's merge commit
 * and GitLab's CI_MERGE_REQUEST_DIFF_BASE_SHA it is the ref itself), else the
 * commit `ref` names (a shallow clone may lack the merge base).
 */
export function resolveBase(root: string, ref: string): string {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--base: ${echo(ref)} is not a Git ref`);
  let commit: string;
  try {
    commit = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).toString('utf8').trim();
  } catch {
    throw new UsageError(
      `--base: ${echo(ref, 200)} is not a commit in this repository. Fetch it first ` +
        '(e.g. `git fetch origin <branch>`, or actions/checkout with fetch-depth: 0)',
    );
  }
  try {
    return git(root, ['merge-base', commit, 'HEAD']).toString('utf8').trim() || commit;
  } catch {
    return commit;
  }
}

/** Whether `sha` names a commit present in the repository at `cwd` (false outside a repository). */
export function hasCommit(cwd: string, sha: string): boolean {
  if (!/^[0-9a-f]{4,64}$/.test(sha)) return false;
  try {
    git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'deleted';

export interface FileChange {
  status: ChangeStatus;
  /** Path in the base commit (relative to the root, with `/`); undefined for an added file. */
  oldPath: string | undefined;
  /** Path in the working tree; undefined for a deleted file. */
  newPath: string | undefined;
  /** Lines of the new side that were added or changed (1-based). */
  addedLines: Set<number>;
  /** Line ranges of the new side covered by the diff's hunks (with 3 lines of context), inclusive. */
  hunks: Array<{ start: number; end: number }>;
}

/**
 * What changed between `base` and the working tree, per file. Renames are
 * detected (a moved file keeps its base version). Two git calls on the same
 * diff: `--name-status -z` for exact paths, and the patch for line numbers;
 * both list files in the same order.
 */
export function changesSince(root: string, base: string): FileChange[] {
  const common = ['diff', '--no-ext-diff', '--no-textconv', '--no-color', '--find-renames', '--ignore-submodules', '-O/dev/null'];
  const names = git(root, [...common, '--name-status', '-z', base, '--']).toString('utf8');
  const changes = parseNameStatus(names);
  const patch = git(root, [...common, '--unified=3', '--inter-hunk-context=0', base, '--']).toString('utf8');
  const sections = splitPatch(patch);
  if (sections.length !== changes.length) {
    throw new GitError(`git diff listed ${changes.length} files but its patch has ${sections.length}`);
  }
  changes.forEach((change, i) => readHunks(sections[i]!, change));
  return changes;
}

/** `M\0path\0`, `R100\0old\0new\0`, … */
export function parseNameStatus(text: string): FileChange[] {
  const fields = text.split('\0');
  const changes: FileChange[] = [];
  let i = 0;
  while (i < fields.length && fields[i] !== '') {
    const code = fields[i++]!;
    const letter = code[0];
    const empty = (): Pick<FileChange, 'addedLines' | 'hunks'> => ({ addedLines: new Set(), hunks: [] });
    if (letter === 'R' || letter === 'C') {
      const oldPath = fields[i++]!;
      const newPath = fields[i++]!;
      // A copy leaves its source in place: the new file is an addition with known content.
      changes.push(letter === 'R' ? { status: 'renamed', oldPath, newPath, ...empty() } : { status: 'added', oldPath: undefined, newPath, ...empty() });
    } else {
      const file = fields[i++]!;
      if (letter === 'A') changes.push({ status: 'added', oldPath: undefined, newPath: file, ...empty() });
      else if (letter === 'D') changes.push({ status: 'deleted', oldPath: file, newPath: undefined, ...empty() });
      else changes.push({ status: 'modified', oldPath: file, newPath: file, ...empty() });
    }
  }
  return changes;
}

/** The per-file sections of a patch: each starts at a `diff --git ` line (content lines start with +, - or space). */
function splitPatch(patch: string): string[][] {
  const sections: string[][] = [];
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ')) sections.push([]);
    else sections.at(-1)?.push(line);
  }
  return sections;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

function readHunks(lines: readonly string[], change: FileChange): void {
  let newLine = 0;
  let inHunk = false;
  for (const line of lines) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      const start = Number(header[1]);
      const length = header[2] === undefined ? 1 : Number(header[2]);
      if (length > 0) change.hunks.push({ start, end: start + length - 1 });
      newLine = start;
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('+')) change.addedLines.add(newLine++);
    else if (line.startsWith(' ')) newLine++;
    // '-' lines and "\ No newline at end of file" do not advance the new side.
  }
}

/** Every file path in the base commit. */
export function filesAt(root: string, commit: string): Set<string> {
  const listing = git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit]).toString('utf8');
  return new Set(listing.split('\0').filter((name) => name !== ''));
}

/**
 * The contents of files at a commit, read in one `git cat-file --batch` call
 * (no textconv, no filters). A path that does not name a blob is left out.
 * Paths holding a newline cannot be asked for this way and are left out too.
 */
export function readFilesAt(root: string, commit: string, paths: readonly string[]): Map<string, Buffer> {
  const asked = paths.filter((file) => !file.includes('\n'));
  const contents = new Map<string, Buffer>();
  if (asked.length === 0) return contents;
  const output = git(root, ['cat-file', '--batch'], asked.map((file) => `${commit}:${file}\n`).join(''));
  let offset = 0;
  for (const file of asked) {
    const end = output.indexOf(0x0a, offset);
    if (end === -1) throw new GitError('git cat-file stopped early');
    const header = output.subarray(offset, end).toString('utf8');
    offset = end + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue; // "<name> missing" or "ambiguous"
    const size = Number(match[2]);
    if (match[1] === 'blob') contents.set(file, output.subarray(offset, offset + size));
    offset += size + 1; // the content is followed by a newline
  }
  return contents;
}
