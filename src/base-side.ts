/**
 * `--base <git-ref>`: the base side of a pull request, read from Git. Which
 * lines and files the change touched, and the base versions of the files it
 * modified, renamed or deleted, analysed exactly like the head's files.
 * Unchanged files are not read again: their head resources stand for the base.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { LintConfig } from './config/schema.js';
import { isGlob } from './discover/find-files.js';
import { MANIFEST_NAME } from './discover/walk-folder.js';
import type { ChangedLines, FilterMode } from './engine/changes.js';
import type { RelevanceGate } from './engine/relevance.js';
import { changesSince, filesAt, GitError, readFilesAt, repositoryRoot, resolveBase } from './git/git.js';
import type { ChangeOptions } from './lint.js';
import { analyzeSource } from './analyze/analyze-file.js';
import { UsageError } from './errors.js';
import { decodeSource } from './read/read-sources.js';
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
}

/** Throws UsageError when Git cannot give the base side (not a checkout, unknown ref, git failing). */
export function readBaseSide(request: BaseRequest): ChangeOptions {
  try {
    return readWithGit(request);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`--base: git failed: ${echo(error.message, 300)}`);
    throw error;
  }
}

function readWithGit(request: BaseRequest): ChangeOptions {
  const { cwd } = request;
  const realRoot = repositoryRoot(cwd);
  // The root as seen from the working folder (which may sit under a symbolic link), so paths compare with the head's.
  const root = path.resolve(cwd, path.relative(realOf(cwd), realRoot));
  const base = resolveBase(realRoot, request.ref);
  const fileChanges = changesSince(realRoot, base);
  const baseFiles = filesAt(realRoot, base);
  const byNewPath = new Map(fileChanges.filter((change) => change.newPath !== undefined).map((change) => [change.newPath!, change]));

  const files = new Map<string, ChangedLines>();
  const baseSideOf = new Map<string, string>(); // base path (relative) → absolute path named in reports
  for (const file of request.headFiles) {
    const relative = repositoryPath(root, file);
    if (relative === undefined) continue; // outside the repository: the same on both sides
    const change = byNewPath.get(relative);
    if (change !== undefined) {
      files.set(file, { added: change.addedLines, hunks: change.hunks });
      if (change.oldPath !== undefined) baseSideOf.set(change.oldPath, path.join(root, change.oldPath));
    } else if (!baseFiles.has(relative)) {
      files.set(file, { added: new Set(), hunks: [], whole: true }); // not tracked yet: all of it is new
    }
  }
  const wouldBeLinted = lintedPathMatcher(request);
  for (const change of fileChanges) {
    if (change.status === 'deleted' && wouldBeLinted(path.join(root, change.oldPath!))) {
      baseSideOf.set(change.oldPath!, path.join(root, change.oldPath!));
    }
  }

  const contents = readFilesAt(realRoot, base, [...baseSideOf.keys()]);
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
  };
}

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
  return (file) => {
    if (!MANIFEST_NAME.test(file) || /(?:^|\/)(?:node_modules|\.git)\//.test(posix(cwd, file))) return false;
    const named = roots.some((root) => file === root || file.startsWith(root + path.sep)) || matchesGlob(posix(cwd, file));
    return named && !ignoredByConfig(posix(config.baseDir, file)) && !ignoredByCli(posix(cwd, file));
  };
}
