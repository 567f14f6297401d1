/**
 * `--base <git-ref>`: the base side of a pull request, read from Git. Which
 * lines and files the change touched, and the base versions of the files it
 * modified, renamed or deleted, analysed exactly like the head's files.
 * Unchanged files are not read again: their head resources stand for the base.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { LintConfig } from './config/schema.js';
import { isGlob } from './discover/find-files.js';
import { MANIFEST_NAME } from './discover/walk-folder.js';
import { skippedAtBase, type VendorBase } from './discover/go-vendor.js';
import type { ChangedLines, FilterMode } from './engine/changes.js';
import type { RelevanceGate } from './engine/relevance.js';
import { changesSince, GitError, modesAt, readFilesAt, repositoryRoot, resolveBase, trackedFiles } from './git/git.js';
import type { ChangeOptions } from './lint.js';
import { analyzeSource } from './analyze/prepare-analysis.js';
import { UsageError } from './errors.js';
import { decodeSource } from './read/read-sources.js';
import { KUSTOMIZATION_FILE_NAMES } from './kustomize/namespaces.js';
import { echo } from './text.js';

export interface BaseRequest {
  ref: string;
  filterMode: FilterMode;
  cwd: string;
  /** The paths given on the command line, to tell which deleted files would have been linted. */
  patterns: readonly string[];
  ignorePatterns: readonly string[];
  config: LintConfig;
  /** The head files being linted (absolute paths). */
  headFiles: readonly string[];
  gate: RelevanceGate;
  maxFileSize: number;
  /** Each Go vendor folder's modules.txt at the base commit (src/discover/go-vendor-base.ts). */
  goVendorBase: VendorBase;
}

/** Throws UsageError when Git cannot give the base side (not a checkout, unknown ref, git failing). */
export async function readBaseSide(request: BaseRequest): Promise<ChangeOptions> {
  try {
    return await readWithGit(request);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`--base: git failed: ${echo(error.message, 300)}`);
    throw error;
  }
}

async function readWithGit(request: BaseRequest): Promise<ChangeOptions> {
  const { cwd } = request;
  const realRoot = repositoryRoot(cwd);
  // The root as seen from the working folder (which may sit under a symbolic link), so paths compare with the head's.
  const root = path.resolve(cwd, path.relative(realOf(cwd), realRoot));
  const base = resolveBase(realRoot, request.ref);
  // Only what could be linted is diffed: a repository's unrelated text (vendored data, images) is never read.
  const { pathspecs, exact } = lintedPathspecs(request, root);
  // And every kustomization: one edited anywhere can re-home the linted manifests it renders.
  const fileChanges = await changesSince(realRoot, base, pathspecs.length === 0 ? [] : [...pathspecs, ...KUSTOMIZATION_PATHSPECS]);
  const kustomizationFolders = fileChanges
    .flatMap((change) => [change.oldPath, change.newPath])
    .filter((file): file is string => file !== undefined && (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(path.posix.basename(file)))
    .map((file) => path.join(root, path.posix.dirname(file)));
  const tracked = trackedFiles(realRoot, pathspecs);
  const byNewPath = new Map(fileChanges.filter((change) => change.newPath !== undefined).map((change) => [change.newPath!, change]));

  const files = new Map<string, ChangedLines>();
  const baseSideOf = new Map<string, string>(); // base path (relative) → absolute path named in reports
  const headPathOf = new Map<string, string>(); // that absolute path → the head file it became
  for (const file of request.headFiles) {
    const relative = repositoryPath(root, file);
    if (relative === undefined) continue; // outside the repository: the same on both sides
    const change = byNewPath.get(relative);
    if (change !== undefined) {
      files.set(file, change.whole ? { added: new Set(), hunks: [], whole: true } : { added: change.addedLines, hunks: change.hunks, removedAt: change.removedAt });
      if (change.oldPath !== undefined) {
        baseSideOf.set(change.oldPath, path.join(root, change.oldPath));
        headPathOf.set(path.join(root, change.oldPath), file);
      }
    } else if (!tracked.has(relative) || (!exact && !MANIFEST_NAME.test(relative))) {
      // Not tracked yet (or, past the pathspec limit, a name the diff could not cover): all of it is new.
      files.set(file, { added: new Set(), hunks: [], whole: true });
    }
  }
  const wouldBeLinted = lintedPathMatcher(request);
  for (const change of fileChanges) {
    if (change.status === 'deleted' && wouldBeLinted(path.join(root, change.oldPath!))) {
      baseSideOf.set(change.oldPath!, path.join(root, change.oldPath!));
    }
  }

  // A symbolic link (or submodule) on the base side has no manifest text: its blob is a path, never followed.
  const modes = modesAt(realRoot, base, [...baseSideOf.keys()]);
  const regular = [...baseSideOf.keys()].filter((relative) => /^100(?:644|755)$/.test(modes.get(relative) ?? ''));
  const contents = readFilesAt(realRoot, base, regular, request.maxFileSize);
  const texts = new Map<string, string>();
  const baseAnalyses = [...contents].map(([relative, bytes]) => {
    const source = decodeSource(baseSideOf.get(relative)!, bytes, { maxFileSize: request.maxFileSize });
    texts.set(source.filePath, source.text);
    return analyzeSource(source, request.gate);
  });
  return {
    changes: { files },
    filterMode: request.filterMode,
    baseAnalyses,
    loadBaseText: (filePath) => texts.get(filePath) ?? '',
    headPathOf: (filePath) => headPathOf.get(filePath) ?? filePath,
    changedKustomizationFolders: [...new Set(kustomizationFolders)],
    existedAtBase: existenceAt(realRoot, base, root),
  };
}

/**
 * Whether a file was in the base commit (any entry: a link counts, as
 * lstat counts it on the head side), asked of Git once per path. A path
 * outside the repository is the same on both sides.
 */
function existenceAt(realRoot: string, base: string, root: string): (filePath: string) => boolean {
  const known = new Map<string, boolean>();
  return (filePath) => {
    const relative = repositoryPath(root, filePath);
    if (relative === undefined) return true;
    let existed = known.get(relative);
    if (existed === undefined) {
      existed = modesAt(realRoot, base, [relative]).has(relative);
      known.set(relative, existed);
    }
    return existed;
  };
}

/**
 * Git pathspecs for what the command line names: each file itself, and under
 * each folder (or a glob's fixed folder) the manifests. Paths outside the
 * repository are left out (they are the same on both sides).
 */
function lintedPathspecs(request: BaseRequest, root: string): { pathspecs: string[]; exact: boolean } {
  const specs = new Set<string>();
  for (const pattern of request.patterns) {
    if (pattern === '-') continue;
    const fixed = isGlob(pattern) ? picomatch.scan(pattern).base || '.' : pattern;
    const absolute = path.resolve(request.cwd, fixed);
    const relative = path.relative(root, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    const posix = relative.split(path.sep).join('/');
    if (!isGlob(pattern) && statSync(absolute, { throwIfNoEntry: false })?.isDirectory() !== true && posix !== '') {
      specs.add(`:(top,literal)${posix}`); // a file (or one deleted since)
      continue;
    }
    const folder = posix === '' ? '' : `${posix.replace(/[*?[\]\\]/g, (c) => `\\${c}`)}/`;
    for (const extension of MANIFEST_EXTENSIONS) specs.add(`:(top,glob)${folder}**/*${extension}`);
  }
  // Thousands of paths would not fit on git's command line: then every manifest of the repository.
  // (`exact: false`: a file named with another extension is then taken as changed throughout.)
  if (specs.size > MAX_PATHSPECS) return { pathspecs: MANIFEST_EXTENSIONS.map((extension) => `:(top,glob)**/*${extension}`), exact: false };
  return { pathspecs: [...specs], exact: true };
}

const MAX_PATHSPECS = 1000;

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];
const KUSTOMIZATION_PATHSPECS = KUSTOMIZATION_FILE_NAMES.map((name) => `:(top,glob)**/${name}`);

function realOf(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

/** `a/b.yaml` for a file inside the repository; undefined outside it. */
function repositoryPath(root: string, file: string): string | undefined {
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/**
 * Whether a deleted file would have been linted had it stayed: a manifest name
 * under a folder (or equal to a file, or matching a glob) given on the command
 * line, and not ignored. Its pools then count as removed by the change.
 */
function lintedPathMatcher(request: BaseRequest): (file: string) => boolean {
  const { cwd, config } = request;
  const globs = request.patterns.filter((pattern) => pattern !== '-' && isGlob(pattern));
  const matchesGlob = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false;
  const roots = request.patterns.filter((pattern) => pattern !== '-' && !isGlob(pattern)).map((pattern) => path.resolve(cwd, pattern));
  const ignoredByConfig = config.ignores.length > 0 ? picomatch(config.ignores, { dot: true }) : () => false;
  const ignoredByCli = request.ignorePatterns.length > 0 ? picomatch([...request.ignorePatterns], { dot: true }) : () => false;
  const posix = (from: string, file: string): string => path.relative(from, file).split(path.sep).join('/');
  const globBases = globs.map((glob) => ({ matches: picomatch(glob, { dot: true }), base: path.resolve(cwd, picomatch.scan(glob).base || '.') }));
  return (file) => {
    if (!MANIFEST_NAME.test(file) || /(?:^|\/)(?:node_modules|\.git)\//.test(posix(cwd, file))) return false;
    const root = roots.find((folder) => file === folder || file.startsWith(folder + path.sep));
    const named = root !== undefined || matchesGlob(posix(cwd, file));
    // As a run at the base commit walked: what a Go vendor tree there listed was not linted (src/discover/go-vendor.ts).
    const walked = root ?? globBases.find(({ matches }) => matches(posix(cwd, file)))?.base;
    const vendored = walked !== undefined && skippedAtBase(file, walked, request.goVendorBase);
    return named && !vendored && !ignoredByConfig(posix(config.baseDir, file)) && !ignoredByCli(posix(cwd, file));
  };
}
