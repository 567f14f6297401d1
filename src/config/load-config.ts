/**
 * Finds and reads the configuration; src/config/parse-config.ts validates it.
 * Every mistake becomes a UsageError naming the file, line, column and key,
 * so the CLI can print one line per problem and exit 2.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultSettings } from './defaults.js';
import type { LintConfig } from './schema.js';
import { UsageError } from '../errors.js';
import { readRegularFile } from '../read/read-sources.js';
import { formatSize } from '../size.js';
import { configBaseDir } from './config-root.js';
import { repositoryOf } from '../discover/repository.js';

export const CONFIG_FILE_NAMES = ['.calico-lint.yaml', '.calico-lint.yml', '.calico-lint.json'] as const;

/** A configuration is a few lines; a larger file is refused, not read. */
const MAX_CONFIG_SIZE = 1024 * 1024;

export interface LoadConfigOptions {
  /** `--config FILE`; when absent, discovery from `cwd` upward. */
  configPath?: string | undefined;
  cwd: string;
  knownRuleIds: readonly string[];
}

export async function loadConfig(options: LoadConfigOptions): Promise<LintConfig> {
  const filePath = options.configPath
    ? path.resolve(options.cwd, options.configPath)
    : await findConfigFile(options.cwd);
  if (filePath === undefined) return defaultConfig(options.cwd);
  const outside = await leavesRepository(filePath, options.cwd);
  if (outside !== undefined) {
    throw new UsageError(`not reading configuration ${displayPath(filePath, options.cwd)}: it is a symbolic link (or a path through one) ` +
      'leading outside the repository; links out of the repository are never followed');
  }
  // The configuration can come from the repository being linted: never a FIFO, never gigabytes.
  const read = await readRegularFile(filePath, MAX_CONFIG_SIZE);
  if (!read.ok) {
    const problem = read.tooLarge ? `larger than ${formatSize(MAX_CONFIG_SIZE)}` : read.problem.replace(/^(cannot read file|not linted): /, '');
    throw new UsageError(`cannot read configuration ${displayPath(filePath, options.cwd)}: ${problem}`);
  }
  // Loaded here: the schema (zod) is needed only when there is a file to validate.
  const { parseConfig } = await import('./parse-config.js');
  const config = parseConfig(read.bytes.toString('utf8'), filePath, options.knownRuleIds, options.cwd);
  // An explicit --config may come from outside the repository (the base branch's, see config-root.ts).
  return options.configPath ? { ...config, baseDir: configBaseDir(filePath, options.cwd) } : config;
}

/**
 * The nearest configuration file in `startDir` or a folder above it, up to the
 * repository root: the folders above a checkout (a shared runner's build
 * folder, a home folder) are not the project's. Outside a repository, up to
 * the file system's root.
 */
export async function findConfigFile(startDir: string): Promise<string | undefined> {
  for (const dir of configFolders(startDir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      const info = await stat(candidate).catch(() => undefined);
      if (info?.isFile()) return candidate;
    }
  }
  return undefined;
}

/** The folders a configuration is looked for in, nearest first: `startDir` up to the repository root. */
export function configFolders(startDir: string): string[] {
  const start = path.resolve(startDir);
  const root = repositoryOf(start);
  const folders: string[] = [];
  for (let dir = start; ; dir = path.dirname(dir)) {
    folders.push(dir);
    if (dir === root || path.dirname(dir) === dir) return folders;
  }
}

export function defaultConfig(baseDir: string): LintConfig {
  return { ...defaultSettings(), baseDir, filePath: undefined };
}

/**
 * The real path of `file` when it lies inside the repository holding `cwd`
 * (or `cwd` itself outside a repository) but leads outside it through a
 * symbolic link; undefined otherwise.
 */
async function leavesRepository(file: string, cwd: string): Promise<string | undefined> {
  const root = repositoryOf(path.resolve(cwd)) ?? path.resolve(cwd);
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined; // named outside: the user's choice
  const [real, realRoot] = await Promise.all([realpath(file).catch(() => undefined), realpath(root).catch(() => root)]);
  if (real === undefined) return undefined;
  const inside = path.relative(realRoot, real);
  return inside.startsWith('..') || path.isAbsolute(inside) ? real : undefined;
}

export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative;
}
