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
import { execFileSync, spawn } from 'node:child_process';
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
  // No attributes from outside the repository (a runner's global file); --text in diffs overrides the checkout's own.
  'core.attributesFile=/dev/null',
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
  env.GIT_ATTR_NOSYSTEM = '1';
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

export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'deleted' | 'typechange';

export interface FileChange {
  status: ChangeStatus;
  /** Path in the base commit (relative to the root, with `/`); undefined for an added file. */
  oldPath: string | undefined;
  /** Path in the working tree; undefined for a deleted file. */
  newPath: string | undefined;
  /** Lines of the new side that were added or changed (1-based). */
  addedLines: Set<number>;
  /**
   * Where lines were only removed: the new side's line that follows the
   * removal (a deleted `nodeSelector` line leaves nothing added, but a place).
   */
  removedAt: Set<number>;
  /** Line ranges of the new side covered by the diff's hunks (with 3 lines of context), inclusive. */
  hunks: Array<{ start: number; end: number }>;
  /** The change is too large to track line by line (or a type change): every line counts as changed. */
  whole?: true;
}

/**
 * Diff options shared by both passes. `--text`: a pull request's
 * `.gitattributes` (`*.yaml -diff`, `binary`, a diff driver) must not turn a
 * manifest into "Binary files differ" with no lines; `--no-textconv` and
 * `--no-ext-diff`: no driver runs or rewrites the text.
 */
const DIFF_OPTIONS = ['diff', '--text', '--no-ext-diff', '--no-textconv', '--no-color', '--find-renames', '--ignore-submodules', '-O/dev/null'];

/** Added lines or hunks kept per file at most; beyond, the whole file counts as changed (memory stays bounded). */
const MAX_TRACKED_LINES = 1_000_000;

/**
 * What changed between `base` and the working tree, per file, among the paths
 * `pathspecs` select (the linted ones: unrelated parts of the repository are
 * never diffed). Renames are detected (a moved file keeps its base version).
 * Two git calls on the same diff: `--name-status -z` for exact paths, and the
 * patch for line numbers, read as a stream (a diff of any size takes memory
 * in proportion to the changed lines kept, never to its text); both list
 * files in the same order, a type change (a file turned into a symbolic
 * link) as two patch sections.
 */
export async function changesSince(root: string, base: string, pathspecs: readonly string[]): Promise<FileChange[]> {
  if (pathspecs.length === 0) return [];
  const names = git(root, [...DIFF_OPTIONS, '--name-status', '-z', base, '--', ...pathspecs]).toString('utf8');
  const changes = parseNameStatus(names);
  if (changes.length === 0) return changes;
  // Each change takes one patch section, a type change two (the old file deleted, the new one added).
  const owners: FileChange[] = changes.flatMap((change) => (change.status === 'typechange' ? [change, change] : [change]));
  let section = -1;
  let reader: HunkReader | undefined;
  await streamLines(root, [...DIFF_OPTIONS, '--unified=3', '--inter-hunk-context=0', base, '--', ...pathspecs], (line) => {
    if (line[0] === 0x64 /* d */ && (startsWith(line, 'diff --git ') || startsWith(line, 'diff --cc '))) {
      section++;
      const owner = owners[section];
      if (owner === undefined) throw new GitError(`git diff listed ${changes.length} files but its patch has more sections`);
      // The second section of a type change is the new side: its lines are the ones that count.
      reader = owner.status === 'typechange' ? undefined : new HunkReader(owner);
      return;
    }
    reader?.read(line);
  });
  if (section + 1 !== owners.length) throw new GitError(`git diff listed ${changes.length} files but its patch has ${section + 1} sections`);
  return changes;
}

function startsWith(line: Buffer, prefix: string): boolean {
  return line.length >= prefix.length && line.toString('latin1', 0, prefix.length) === prefix;
}

/** `M\0path\0`, `R100\0old\0new\0`, … */
export function parseNameStatus(text: string): FileChange[] {
  const fields = text.split('\0');
  const changes: FileChange[] = [];
  let i = 0;
  while (i < fields.length && fields[i] !== '') {
    const code = fields[i++]!;
    const letter = code[0];
    const empty = (): Pick<FileChange, 'addedLines' | 'hunks' | 'removedAt'> => ({ addedLines: new Set(), removedAt: new Set(), hunks: [] });
    if (letter === 'R' || letter === 'C') {
      const oldPath = fields[i++]!;
      const newPath = fields[i++]!;
      // A copy leaves its source in place: the new file is an addition with known content.
      changes.push(letter === 'R' ? { status: 'renamed', oldPath, newPath, ...empty() } : { status: 'added', oldPath: undefined, newPath, ...empty() });
    } else {
      const file = fields[i++]!;
      if (letter === 'A') changes.push({ status: 'added', oldPath: undefined, newPath: file, ...empty() });
      else if (letter === 'D') changes.push({ status: 'deleted', oldPath: file, newPath: undefined, ...empty() });
      // A file turned into a symbolic link (or back): its text is new as a whole.
      else if (letter === 'T') changes.push({ status: 'typechange', oldPath: file, newPath: file, ...empty(), whole: true });
      else changes.push({ status: 'modified', oldPath: file, newPath: file, ...empty() });
    }
  }
  return changes;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Reads one file's patch section, line by line, into its FileChange. */
class HunkReader {
  private newLine = 0;
  private inHunk = false;

  constructor(private readonly change: FileChange) {}

  read(line: Buffer): void {
    const change = this.change;
    const first = line[0];
    if (first === 0x40 /* @ */ && startsWith(line, '@@ ')) {
      const header = HUNK_HEADER.exec(line.toString('latin1', 0, Math.min(line.length, 200)));
      if (header) {
        const start = Number(header[1]);
        const length = header[2] === undefined ? 1 : Number(header[2]);
        if (length > 0 && !change.whole) change.hunks.push({ start, end: start + length - 1 });
        this.newLine = start;
        this.inHunk = true;
        this.bound();
        return;
      }
    }
    if (!this.inHunk) return;
    if (first === 0x2b /* + */) {
      if (!change.whole) change.addedLines.add(this.newLine);
      this.newLine++;
      this.bound();
    } else if (first === 0x2d /* - */) {
      // A removal leaves a place on the new side: the line that now follows it (a removal at the end: the last line).
      if (!change.whole) change.removedAt.add(Math.max(1, this.newLine));
    } else if (first === 0x20 /* space */) {
      this.newLine++;
    }
    // "\ No newline at end of file" does not advance the new side.
  }

  private bound(): void {
    const change = this.change;
    if (change.whole) return;
    if (change.addedLines.size + change.hunks.length + change.removedAt.size > MAX_TRACKED_LINES) {
      change.whole = true;
      change.addedLines.clear();
      change.removedAt.clear();
      change.hunks.length = 0;
    }
  }
}

/** Runs git and hands each line of its output (without the newline) to `onLine`, never holding the whole output. */
function streamLines(cwd: string, args: readonly string[], onLine: (line: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, ...args], { cwd, env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let pending: Buffer[] = [];
    let failure: Error | undefined;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      try {
        let start = 0;
        for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
          const piece = chunk.subarray(start, newline);
          onLine(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece);
          pending = [];
          start = newline + 1;
        }
        // A line longer than a chunk: kept only up to what the reader looks at (its first bytes).
        if (start < chunk.length && pending.reduce((n, b) => n + b.length, 0) < 4096) pending.push(chunk.subarray(start));
      } catch (error) {
        failure = error as Error;
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => reject(new GitError(error.code === 'ENOENT' ? 'git is not installed' : error.message)));
    child.on('close', (code) => {
      if (failure) return reject(failure);
      if (code !== 0) return reject(new GitError(stderr.trim().split('\n')[0] || `git exited with code ${code}`));
      if (pending.length > 0) onLine(Buffer.concat(pending));
      resolve();
    });
  });
}

/**
 * The files Git tracks (in the index) among `pathspecs`: a linted file that
 * is neither changed nor tracked is new to Git, so all of it counts as added.
 */
export function trackedFiles(root: string, pathspecs: readonly string[]): Set<string> {
  if (pathspecs.length === 0) return new Set();
  const listing = git(root, ['ls-files', '-z', '--cached', '--full-name', '--', ...pathspecs]).toString('utf8');
  return new Set(listing.split('\0').filter((name) => name !== ''));
}

/** Git's file modes of the given paths at a commit (`100644`, `100755`, `120000` a symbolic link, `160000` a submodule). */
export function modesAt(root: string, commit: string, paths: readonly string[]): Map<string, string> {
  const modes = new Map<string, string>();
  const asked = paths.filter((file) => !file.includes('\n'));
  // In slices, to stay below the command line's size limit.
  for (let i = 0; i < asked.length; i += 1000) {
    const slice = asked.slice(i, i + 1000).map((file) => `:(top,literal)${file}`);
    const listing = git(root, ['ls-tree', '-z', '--full-tree', commit, '--', ...slice]).toString('utf8');
    for (const entry of listing.split('\0')) {
      const match = /^(\d+) \w+ [0-9a-f]+\t([\s\S]*)$/.exec(entry);
      if (match) modes.set(match[2]!, match[1]!);
    }
  }
  return modes;
}

/**
 * The contents of files at a commit, read with `git cat-file --batch` (no
 * textconv, no filters). A path that does not name a blob is left out, and so
 * is a blob larger than `maxSize` (its size is asked first: nothing that large
 * is ever read). Paths holding a newline cannot be asked for this way and are
 * left out too.
 */
export function readFilesAt(root: string, commit: string, paths: readonly string[], maxSize = Number.MAX_SAFE_INTEGER): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  const sizes = blobSizes(root, commit, paths.filter((file) => !file.includes('\n')));
  const asked = [...sizes].filter(([, size]) => size <= maxSize).map(([file]) => file);
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

/** The size of each path that names a blob at the commit. */
export function blobSizes(root: string, commit: string, paths: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  if (paths.length === 0) return sizes;
  const output = git(root, ['cat-file', '--batch-check'], paths.map((file) => `${commit}:${file}\n`).join('')).toString('utf8').split('\n');
  paths.forEach((file, i) => {
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(output[i] ?? '');
    if (match) sizes.set(file, Number(match[1]));
  });
  return sizes;
}
