/**
 * Turns the paths given on the command line (files, folders, globs, `-`) into
 * the list of files to lint. Folders are walked by walk-folder.ts, honouring
 * .gitignore and skipping node_modules and .git.
 *
 * The scanned repository is untrusted, and Git stores symbolic links. So a
 * walk never follows a symbolic link to a folder (a link to `..` would loop, a
 * link to `/` would walk the whole machine), follows a link to a file only
 * when the file stays inside the working folder or the folder walked, and
 * lints regular files only: a FIFO would block the read forever, a device
 * (`/dev/zero`) would never end. What is skipped is reported as a one-line
 * notice, never silently.
 */
import * as fs from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { describeFileType, describeFsError, UsageError } from '../errors.js';
import { readRegularFile } from '../read/read-sources.js';
import { echo } from '../text.js';
import { walkFolder } from './walk-folder.js';

/** globby is loaded only when a glob is given: folders are walked without it, and it costs 35 ms to load. */
async function globbyOf(): Promise<typeof import('globby').globby> {
  return (await import('globby')).globby;
}

/**
 * Whether a path is meant as a glob, as fast-glob's isDynamicPattern decides
 * (wildcards, classes, braces with a list or range, extglobs), without loading
 * globby for plain paths: `$(x)` or `a(1).yaml` are names, not globs.
 */
export function isGlob(pattern: string): boolean {
  return /[*?]|\[[^\]]*\]|\{[^}]*(?:,|\.\.)[^}]*\}|[@!+]\(|^!/.test(pattern);
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** .gitignore files larger than this are not read (a hostile one could be gigabytes). */
const MAX_IGNORE_FILE_SIZE = 1024 * 1024;

export interface DiscoverOptions {
  cwd: string;
  /** Globs of files never to lint from walked folders and globs, each list relative to its base folder. */
  ignores: ReadonlyArray<{ globs: readonly string[]; baseDir: string }>;
  /** ESLint's default: a pattern that matches nothing is an error. */
  errorOnUnmatchedPattern: boolean;
  /** Called with a one-line, printable notice for each path skipped (a FIFO, a broken link, …). */
  onNotice?: (notice: string) => void;
}

export interface Discovered {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Whether `-` (standard input) was among the paths. */
  stdin: boolean;
  /** One-line notices about paths that were skipped, already printable (control characters escaped). */
  notices: string[];
}

export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Promise<Discovered> {
  const matchers = options.ignores.map(({ globs, baseDir }) => ignoreMatcher(globs, baseDir));
  const isIgnored = (file: string): boolean => matchers.some((matches) => matches(file));
  const files = new Set<string>();
  const notices: string[] = [];
  const notice = (text: string): void => {
    notices.push(text);
    options.onNotice?.(text);
  };
  const roots = new Roots(options.cwd);
  let stdin = false;
  for (const pattern of patterns) {
    if (pattern === '-') {
      stdin = true;
      continue;
    }
    const absolute = path.resolve(options.cwd, pattern);
    const info = await stat(absolute).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const found = await walkDirectory(absolute, await roots.allowed(absolute), notice, options.cwd);
        for (const file of found) if (!isIgnored(file)) files.add(file);
        if (found.length === 0 && options.errorOnUnmatchedPattern) {
          throw new UsageError(`no .yaml, .yml or .json files found in ${pattern}`);
        }
      } else if (info.isFile()) {
        // A file named explicitly is linted whatever its extension: the user asked for it.
        files.add(absolute);
      } else {
        // Never opened: reading a FIFO blocks, reading a device never ends.
        const problem = `${describeFileType(info)}; to lint what a command prints, pipe it to calico-lint - (standard input)`;
        if (options.errorOnUnmatchedPattern) throw new UsageError(`cannot read ${pattern}: ${problem}`);
        notice(`skipping ${echo(pattern, 200)}: ${problem}`);
      }
      continue;
    }
    if (info.code === 'ENOENT' && isGlob(pattern)) {
      const found = await walk(pattern, options.cwd, await roots.allowed(options.cwd), notice, options.cwd);
      for (const file of found) if (!isIgnored(file)) files.add(file);
      if (found.length === 0 && options.errorOnUnmatchedPattern) {
        throw new UsageError(`no files matching the pattern ${JSON.stringify(pattern)} were found`);
      }
      continue;
    }
    throw new UsageError(`cannot read ${pattern}: ${describeFsError(info)}`);
  }
  return { files: [...files].sort(), stdin, notices };
}

/** The real paths a symbolic link found in a walk may lead into: the working folder and the folder walked. */
class Roots {
  private readonly cwd: Promise<string>;
  constructor(cwd: string) {
    this.cwd = realpath(cwd).catch(() => path.resolve(cwd));
  }
  async allowed(walked: string): Promise<string[]> {
    const real = await realpath(walked).catch(() => path.resolve(walked));
    return [await this.cwd, real];
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * The regular files matching `pattern` under `cwd`. Symbolic links are not
 * followed while walking; a link that matches is checked here (see the top of
 * this file).
 */
async function walk(
  pattern: string,
  cwd: string,
  allowedRoots: readonly string[],
  notice: (text: string) => void,
  displayFrom: string,
): Promise<string[]> {
  const shown = (file: string): string => echo(path.relative(displayFrom, file) || file, 200);
  const search = (suppressErrors: boolean) =>
    globbyOf().then((globby) => globby(pattern, {
      cwd,
      absolute: true,
      dot: true,
      gitignore: true,
      ignore: ALWAYS_IGNORED,
      followSymbolicLinks: false,
      onlyFiles: false,
      objectMode: true,
      suppressErrors,
      fs: SAFE_FS,
    }));
  let entries;
  try {
    entries = await search(false);
  } catch (error) {
    // A folder that cannot be listed (permission denied): say so, and lint what can be read.
    const where = (error as { path?: unknown }).path;
    notice(`cannot read ${typeof where === 'string' ? `folder ${shown(where)}` : 'a folder'}: ${describeFsError(error)}; the files in it are not linted`);
    entries = await search(true);
  }
  // In path order, so that notices come out the same on every file system.
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return regularFiles(entries, allowedRoots, notice, displayFrom);
}

/** A folder given as a path: walked by hand, with Git's ignore rules (see walk-folder.ts). */
async function walkDirectory(
  dir: string,
  allowedRoots: readonly string[],
  notice: (text: string) => void,
  displayFrom: string,
): Promise<string[]> {
  const { entries, unreadable } = walkFolder(dir);
  for (const folder of unreadable) {
    notice(`cannot read folder ${echo(path.relative(displayFrom, folder.path) || folder.path, 200)}: ${folder.reason}; the files in it are not linted`);
  }
  return regularFiles(entries, allowedRoots, notice, displayFrom);
}

/**
 * The entries to lint: regular files, and links to regular files that stay
 * inside the allowed folders. Everything else gets a notice.
 */
async function regularFiles(
  entries: ReadonlyArray<{ path: string; dirent: Pick<fs.Dirent, 'isFile' | 'isDirectory' | 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isBlockDevice' | 'isCharacterDevice'> }>,
  allowedRoots: readonly string[],
  notice: (text: string) => void,
  displayFrom: string,
): Promise<string[]> {
  const shown = (file: string): string => echo(path.relative(displayFrom, file) || file, 200);
  const files: string[] = [];
  for (const entry of entries) {
    const file = path.normalize(entry.path);
    const { dirent } = entry;
    if (dirent.isFile()) {
      files.push(file);
    } else if (dirent.isDirectory()) {
      // A folder named like a manifest: walked like any folder, nothing to report.
    } else if (dirent.isSymbolicLink()) {
      const target = await stat(file).catch((error: unknown) => error as NodeJS.ErrnoException);
      if (target instanceof Error) {
        const why = target.code === 'ENOENT' ? 'a broken symbolic link (its target does not exist)'
          : target.code === 'ELOOP' ? 'a symbolic link loop'
            : `a symbolic link that cannot be followed (${describeFsError(target)})`;
        notice(`skipping ${shown(file)}: ${why}`);
      } else if (target.isDirectory()) {
        notice(`skipping ${shown(file)}: a symbolic link to a folder (links to folders are not followed)`);
      } else if (!target.isFile()) {
        notice(`skipping ${shown(file)}: a symbolic link to ${describeFileType(target)}`);
      } else {
        const real = await realpath(file).catch(() => undefined);
        if (real !== undefined && allowedRoots.some((root) => isInside(real, root))) files.push(file);
        else notice(`skipping ${shown(file)}: a symbolic link to a file outside the folder being linted`);
      }
    } else {
      notice(`skipping ${shown(file)}: ${describeFileType(dirent)}`);
    }
  }
  return files;
}

/**
 * The file system globby sees, with one change: ignore files (.gitignore) are
 * read only when they are regular files of reasonable size, not symbolic links.
 * A .gitignore that is a link to /proc/kmsg or a folder must neither hang nor
 * crash the walk; globby skips a file that reports ENOENT.
 */
const SAFE_FS = {
  ...fs,
  promises: {
    ...fs.promises,
    // globby calls readFile(path, 'utf8').
    async readFile(file: fs.PathLike): Promise<string> {
      const info = await lstat(file);
      if (!info.isFile()) throw Object.assign(new Error(`not a regular file: ${String(file)}`), { code: 'ENOENT' });
      const read = await readRegularFile(String(file), MAX_IGNORE_FILE_SIZE);
      if (!read.ok) throw Object.assign(new Error(read.problem), { code: 'ENOENT' });
      return read.bytes.toString('utf8');
    },
  },
} as unknown as typeof fs;

function ignoreMatcher(globs: readonly string[], baseDir: string): (file: string) => boolean {
  if (globs.length === 0) return () => false;
  const matches = picomatch([...globs], { dot: true });
  return (file) => {
    const relative = path.relative(baseDir, file).split(path.sep).join('/');
    return !relative.startsWith('../') && matches(relative);
  };
}
