/**
 * Turns the paths given on the command line (files, folders, globs, `-`) into
 * the list of files to lint. Folders are walked with globby, honouring
 * .gitignore and skipping node_modules and .git.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { globby, isDynamicPattern } from 'globby';
import picomatch from 'picomatch';
import { describeFsError, UsageError } from '../errors.js';

export const MANIFEST_GLOB = '**/*.{yaml,yml,json}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface DiscoverOptions {
  cwd: string;
  /** Globs of files never to lint from walked folders and globs, each list relative to its base folder. */
  ignores: ReadonlyArray<{ globs: readonly string[]; baseDir: string }>;
  /** ESLint's default: a pattern that matches nothing is an error. */
  errorOnUnmatchedPattern: boolean;
}

export interface Discovered {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Whether `-` (standard input) was among the paths. */
  stdin: boolean;
}

export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Promise<Discovered> {
  const matchers = options.ignores.map(({ globs, baseDir }) => ignoreMatcher(globs, baseDir));
  const isIgnored = (file: string): boolean => matchers.some((matches) => matches(file));
  const files = new Set<string>();
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
        const found = await walk(absolute);
        for (const file of found) if (!isIgnored(file)) files.add(file);
        if (found.length === 0 && options.errorOnUnmatchedPattern) {
          throw new UsageError(`no .yaml, .yml or .json files found in ${pattern}`);
        }
      } else {
        // A file named explicitly is linted whatever its extension: the user asked for it.
        files.add(absolute);
      }
      continue;
    }
    if (info.code === 'ENOENT' && isDynamicPattern(pattern)) {
      const found = await globby(pattern, {
        cwd: options.cwd,
        absolute: true,
        dot: true,
        gitignore: true,
        ignore: ALWAYS_IGNORED,
      });
      for (const file of found) if (!isIgnored(file)) files.add(path.normalize(file));
      if (found.length === 0 && options.errorOnUnmatchedPattern) {
        throw new UsageError(`no files matching the pattern ${JSON.stringify(pattern)} were found`);
      }
      continue;
    }
    throw new UsageError(`cannot read ${pattern}: ${describeFsError(info)}`);
  }
  return { files: [...files].sort(), stdin };
}

async function walk(dir: string): Promise<string[]> {
  const found = await globby(MANIFEST_GLOB, {
    cwd: dir,
    absolute: true,
    dot: true,
    gitignore: true,
    ignore: ALWAYS_IGNORED,
  });
  return found.map((file) => path.normalize(file));
}

function ignoreMatcher(globs: readonly string[], baseDir: string): (file: string) => boolean {
  if (globs.length === 0) return () => false;
  const matches = picomatch([...globs], { dot: true });
  return (file) => {
    const relative = path.relative(baseDir, file).split(path.sep).join('/');
    return !relative.startsWith('../') && matches(relative);
  };
}
