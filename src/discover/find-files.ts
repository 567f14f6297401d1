/**
 * Turns the paths given on the command line (files, folders, globs, `-`) into
 * the list of files to lint. Folders and globs go through one mechanism,
 * listFolder(): in a Git repository, Git's own list (every tracked file,
 * whatever .gitignore says, and the untracked files .gitignore does not hide;
 * see git-files.ts); outside one, a walk honouring .gitignore (walk-folder.ts).
 * A glob is the listing of its base folder, filtered with picomatch. Only the
 * configuration's `ignores` and --ignore-pattern remove a tracked file.
 *
 * The scanned repository is untrusted, and Git stores symbolic links. So a
 * walk never follows a symbolic link to a folder (a link to `..` would loop, a
 * link to `/` would walk the whole machine), follows a link to a file only
 * when the file stays inside the repository (or the folder walked, when that
 * was named outside it), never follows a path argument out of the repository
 * through a link, and lints regular files only: a FIFO would block the read
 * forever, a device (`/dev/zero`) would never end. What is skipped is reported
 * as a one-line notice, never silently.
 */
import { lstatSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { describeFileType, describeFsError, UsageError } from '../errors.js';
import { echo } from '../text.js';
import { gitListing } from './git-files.js';
import { goVendorTrees, type VendorBase } from './go-vendor.js';
import { goVendorNotice } from './go-vendor-notice.js';
import { repositoryOf } from './repository.js';
import { MANIFEST_NAME, walkFolder, type WalkEntry } from './walk-folder.js';

/**
 * Whether a path is meant as a glob, as fast-glob's isDynamicPattern decides
 * (wildcards, classes, braces with a list or range, extglobs), without loading
 * globby for plain paths: `$(x)` or `a(1).yaml` are names, not globs.
 */
export function isGlob(pattern: string): boolean {
  return /[*?]|\[[^\]]*\]|\{[^}]*(?:,|\.\.)[^}]*\}|[@!+]\(|^!/.test(pattern);
}

/** Untracked files in these folders are never linted (tracked ones are: they are applied). */
const UNTRACKED_SKIPPED = /(?:^|\/)(?:node_modules|\.git)\//;

export interface DiscoverOptions {
  cwd: string;
  /** Globs of files never to lint from walked folders and globs, each list relative to its base folder. */
  ignores: ReadonlyArray<{ globs: readonly string[]; baseDir: string }>;
  /** ESLint's default: a pattern that matches nothing is an error. */
  errorOnUnmatchedPattern: boolean;
  /** Called with a one-line, printable notice for each path skipped (a FIFO, a broken link, …). */
  onNotice?: (notice: string) => void;
  /** Under --base: each Go vendor folder's modules.txt at the base commit (go-vendor.ts); only what it lists is skipped. */
  goVendorBase?: VendorBase;
}

export interface Discovered {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Whether `-` (standard input) was among the paths. */
  stdin: boolean;
  /** One-line notices about paths that were skipped, already printable (control characters escaped). */
  notices: string[];
  /** The files left out as a Go module's vendored dependencies (go-vendor.ts), absolute. */
  vendored: string[];
}

export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Promise<Discovered> {
  const matchers = options.ignores.map(({ globs, baseDir }) => ignoreMatcher(globs, baseDir));
  const isIgnored = (file: string): boolean => matchers.some((matches) => matches(file));
  const files = new Set<string>();
  const notices: string[] = [];
  const vendored: string[] = [];
  const notice = (text: string): void => {
    notices.push(text);
    options.onNotice?.(text);
  };
  const roots = new Roots(options.cwd);
  let stdin = false;
  /** How many paths gave files, and the files of the last: with one, no merge or sort is needed. */
  let listings = 0;
  let single: string[] | undefined;
  for (const pattern of patterns) {
    if (pattern === '-') {
      stdin = true;
      continue;
    }
    const absolute = path.resolve(options.cwd, pattern);
    const info = await stat(absolute).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (!(info instanceof Error)) {
      const outside = await roots.leavesRepository(absolute);
      if (outside) {
        notice(`skipping ${echo(pattern, 200)}: ${outside}`);
        continue;
      }
      if (info.isDirectory()) {
        const found = await walkDirectory(absolute, await roots.allowed(absolute), notice, options.cwd);
        const kept = withoutGoVendorTrees(found.filter((file) => !isIgnored(file)), absolute, notice, options, vendored);
        for (const file of kept) files.add(file);
        listings++;
        single = kept;
        if (found.length === 0 && options.errorOnUnmatchedPattern) {
          throw new UsageError(`no .yaml, .yml or .json files found in ${pattern}`);
        }
      } else if (info.isFile()) {
        // A file named explicitly is linted whatever its extension: the user asked for it.
        files.add(absolute);
        listings++;
        single = [absolute];
      } else {
        // Never opened: reading a FIFO blocks, reading a device never ends.
        const problem = `${describeFileType(info)}; to lint what a command prints, pipe it to calico-lint - (standard input)`;
        if (options.errorOnUnmatchedPattern) throw new UsageError(`cannot read ${pattern}: ${problem}`);
        notice(`skipping ${echo(pattern, 200)}: ${problem}`);
      }
      continue;
    }
    if (info.code === 'ENOENT' && isGlob(pattern)) {
      const walked = await walkGlob(pattern, options.cwd, roots, notice);
      if (walked === undefined) continue; // refused, with a notice
      const found = walked.files;
      const kept = withoutGoVendorTrees(found.filter((file) => !isIgnored(file)), walked.baseDir, notice, options, vendored);
      for (const file of kept) files.add(file);
      listings++;
      single = kept;
      if (found.length === 0 && options.errorOnUnmatchedPattern) {
        throw new UsageError(`no files matching the pattern ${JSON.stringify(pattern)} were found`);
      }
      continue;
    }
    throw new UsageError(`cannot read ${pattern}: ${describeFsError(info)}`);
  }
  // One folder or glob (the usual run) gives its files sorted and once each already.
  const sorted = listings === 1 && single !== undefined && single.length === files.size ? single : [...files].sort();
  return { files: sorted, stdin, notices, vendored: vendored.filter((file) => !files.has(file)) };
}

/**
 * The repository being linted (the nearest folder above the working folder
 * holding `.git`, else the working folder), and the real paths a symbolic
 * link may lead into.
 */
class Roots {
  readonly repository: string;
  private readonly realRepository: Promise<string>;
  constructor(cwd: string) {
    this.repository = repositoryOf(path.resolve(cwd)) ?? path.resolve(cwd);
    this.realRepository = realpath(this.repository).catch(() => this.repository);
  }

  /** Links found in a walk may lead into the repository, and into the folder walked when it was named outside the repository. */
  async allowed(walked: string): Promise<string[]> {
    const roots = [await this.realRepository];
    if (!isInside(walked, this.repository)) roots.push(await realpath(walked).catch(() => path.resolve(walked)));
    return roots;
  }

  /**
   * Why a path given inside the repository is not followed: it leads outside
   * the repository through a symbolic link (itself or a folder on its way).
   * A path named outside the repository is the user's own choice.
   */
  async leavesRepository(absolute: string): Promise<string | undefined> {
    if (!isInside(absolute, this.repository)) return undefined;
    const real = await realpath(absolute).catch(() => undefined);
    if (real === undefined || isInside(real, await this.realRepository)) return undefined;
    return 'a symbolic link (or a path through one) that leads outside the repository; links out of the repository are never followed';
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * The regular files matching a glob: the listing of the folder the glob
 * starts from (its part without wildcards), filtered with picomatch.
 */
async function walkGlob(pattern: string, cwd: string, roots: Roots, notice: (text: string) => void): Promise<{ files: string[]; baseDir: string } | undefined> {
  const written = pattern.replace(/^(?:\.\/)+/, '');
  const { base } = picomatch.scan(written);
  const baseDir = path.resolve(cwd, base);
  const info = await stat(baseDir).catch(() => undefined);
  if (!info?.isDirectory()) return { files: [], baseDir };
  const outside = await roots.leavesRepository(baseDir);
  if (outside) {
    notice(`skipping ${echo(pattern, 200)}: ${echo(base, 200)} is ${outside}`);
    return undefined;
  }
  const isMatch = picomatch(written, { dot: true });
  const matches = (file: string): boolean =>
    isMatch(path.isAbsolute(written) ? file : path.relative(cwd, file).split(path.sep).join('/'));
  const entries = listFolder(baseDir, () => true, notice, cwd).filter((entry) => matches(entry.path));
  return { files: await regularFiles(entries, await roots.allowed(baseDir), notice, cwd), baseDir };
}

/** A folder given as a path: its listing, keeping names that look like manifests. */
async function walkDirectory(
  dir: string,
  allowedRoots: readonly string[],
  notice: (text: string) => void,
  displayFrom: string,
): Promise<string[]> {
  const entries = listFolder(dir, (name) => MANIFEST_NAME.test(name), notice, displayFrom);
  return regularFiles(entries, allowedRoots, notice, displayFrom);
}

/**
 * The files of a walk less those in Go vendor trees below the folder walked
 * (go-vendor.ts), with one notice per tree: dependencies' copies nobody applies.
 */
function withoutGoVendorTrees(files: string[], walked: string, notice: (text: string) => void, options: DiscoverOptions, vendored: string[]): string[] {
  const trees = goVendorTrees(files, walked, options.goVendorBase);
  if (trees.size === 0) return files;
  const skipped = new Set<string>();
  for (const [folder, tree] of trees) {
    for (const file of tree.skipped) skipped.add(file);
    vendored.push(...tree.skipped);
    notice(goVendorNotice(folder, tree, options.cwd));
  }
  return skipped.size === 0 ? files : files.filter((file) => !skipped.has(file));
}

/**
 * Every entry under `dir` whose name `keep` accepts, in path order: what Git
 * lists in a repository, a .gitignore-aware walk outside one.
 */
function listFolder(
  dir: string,
  keep: (name: string) => boolean,
  notice: (text: string) => void,
  displayFrom: string,
): WalkEntry[] {
  const shown = (folder: string): string => echo(path.relative(displayFrom, folder) || '.', 200);
  if (repositoryOf(dir) !== undefined) {
    const listing = gitListing(dir);
    if (!('problem' in listing)) {
      const names = new Set(listing.tracked);
      for (const file of listing.untracked) if (!UNTRACKED_SKIPPED.test(file)) names.add(file);
      const entries: WalkEntry[] = [];
      for (const name of names) {
        if (!keep(path.posix.basename(name))) continue;
        const full = path.join(dir, ...name.split('/'));
        try {
          entries.push({ path: full, dirent: lstatSync(full) });
        } catch {
          // Tracked but deleted from the working tree: nothing to apply, nothing to lint.
        }
      }
      entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      return entries;
    }
    // Without Git's list, .gitignore could hide a tracked file: lint every file rather than guess.
    notice(`cannot ask Git which files it tracks in ${shown(dir)} (${listing.problem}); .gitignore files are not applied there`);
    return walkResult(walkFolder(dir, { keep, gitignore: false }), notice, shown);
  }
  return walkResult(walkFolder(dir, { keep }), notice, shown);
}

function walkResult(result: ReturnType<typeof walkFolder>, notice: (text: string) => void, shown: (folder: string) => string): WalkEntry[] {
  for (const folder of result.unreadable) {
    notice(`cannot read folder ${shown(folder.path)}: ${folder.reason}; the files in it are not linted`);
  }
  for (const file of result.ignoreFilesNotApplied) {
    notice(`not applying ${shown(file.path)}: ${file.reason}`);
  }
  return result.entries;
}

/**
 * The entries to lint: regular files, and links to regular files that stay
 * inside the allowed folders. Everything else gets a notice.
 */
async function regularFiles(
  entries: readonly WalkEntry[],
  allowedRoots: readonly string[],
  notice: (text: string) => void,
  displayFrom: string,
): Promise<string[]> {
  const shown = (file: string): string => echo(path.relative(displayFrom, file) || file, 200);
  const files: string[] = [];
  for (const entry of entries) {
    const file = entry.path; // made by path.join: already normal
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

export function ignoreMatcher(globs: readonly string[], baseDir: string): (file: string) => boolean {
  if (globs.length === 0) return () => false;
  const matches = picomatch([...globs], { dot: true });
  return (file) => {
    const relative = path.relative(baseDir, file).split(path.sep).join('/');
    return !relative.startsWith('../') && matches(relative);
  };
}
