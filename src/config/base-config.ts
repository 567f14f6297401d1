/**
 * `--base`: the policy comes from the base commit, not from the pull request.
 * The configuration is read from the base commit at the place it would be
 * found in the working tree (the folders from the working folder up to the
 * repository root, or the `--config` path when that lies in the repository);
 * the head's own configuration is only compared with it (src/engine/config-loosened.ts).
 * A base commit without a configuration falls back to the head's, with a
 * notice. `--config-from head` opts into the head's configuration.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { GitError, modesAt, readFilesAt, repositoryRoot, resolveBase } from '../git/git.js';
import { echo } from '../text.js';
import { CONFIG_FILE_NAMES, configFolders, displayPath, loadConfig } from './load-config.js';
import type { LintConfig } from './schema.js';

export { CONFIG_SOURCES, type ConfigSource } from '../engine/changes.js';
import type { ConfigSource } from '../engine/changes.js';

export interface PolicyRequest {
  cwd: string;
  /** The `--base` ref. */
  ref: string;
  configPath?: string | undefined;
  configFrom: ConfigSource;
  knownRuleIds: readonly string[];
  onNotice?: (notice: string) => void;
}

export interface Policy {
  /** The configuration that applies. */
  config: LintConfig;
  /** The head's configuration (the working tree's), as found without --base. */
  head: LintConfig;
  /**
   * The base commit's configuration, when it has one; undefined when it has
   * none, or when --config names a file outside the repository (the caller's
   * own, which no pull request can change).
   */
  base: LintConfig | undefined;
  /** Whether the configuration compared with is the caller's own file outside the repository. */
  trusted: boolean;
}

/** A configuration is a few lines; a larger one is refused. */
const MAX_CONFIG_SIZE = 1024 * 1024;

export async function loadPolicy(request: PolicyRequest): Promise<Policy> {
  const head = await loadConfig({ configPath: request.configPath, cwd: request.cwd, knownRuleIds: request.knownRuleIds });
  try {
    return await readBasePolicy(request, head);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`--base: git failed: ${echo(error.message, 300)}`);
    throw error;
  }
}

async function readBasePolicy(request: PolicyRequest, head: LintConfig): Promise<Policy> {
  const { cwd } = request;
  const realRoot = repositoryRoot(cwd);
  const root = path.resolve(cwd, path.relative(realOf(cwd), realRoot));
  const commit = resolveBase(realRoot, request.ref);
  const candidates = candidatePaths(request, root);
  if (candidates === undefined) return { config: head, head, base: undefined, trusted: true };

  const modes = modesAt(realRoot, commit, candidates);
  const found = candidates.find((candidate) => modes.has(candidate));
  let base: LintConfig | undefined;
  if (found !== undefined) {
    const shown = `${displayPath(path.join(root, found), cwd)} of the base commit ${commit.slice(0, 12)}`;
    if (!/^100(?:644|755)$/.test(modes.get(found)!)) {
      throw new UsageError(`--base: not reading configuration ${echo(shown, 300)}: it is not a regular file (a symbolic link is never followed)`);
    }
    const bytes = readFilesAt(realRoot, commit, [found], MAX_CONFIG_SIZE).get(found);
    if (bytes === undefined) throw new UsageError(`--base: cannot read configuration ${echo(shown, 300)}: larger than 1 MB`);
    const { parseConfig } = await import('./parse-config.js');
    try {
      base = parseConfig(bytes.toString('utf8'), path.join(root, found), request.knownRuleIds, cwd);
    } catch (error) {
      if (error instanceof UsageError && request.configFrom === 'head') {
        // The change's configuration applies anyway; the base's would only be compared with it.
        request.onNotice?.(`the configuration of the base commit ${commit.slice(0, 12)} is not valid; the change's is compared with the defaults`);
      } else if (error instanceof UsageError) {
        throw new UsageError(`--base: the configuration of the base commit ${commit.slice(0, 12)} is not valid ` +
          `(--config-from head lints with the change's instead):\n${error.message}`);
      } else {
        throw error;
      }
    }
  }
  if (request.configFrom === 'head') return { config: head, head, base, trusted: false };
  if (base !== undefined) return { config: base, head, base, trusted: false };
  if (head.filePath !== undefined) {
    request.onNotice?.(`the base commit has no configuration file, so ${echo(displayPath(head.filePath, cwd), 300)} of the change applies; ` +
      'what it loosens compared with the defaults is reported (config-loosened)');
  }
  return { config: head, head, base: undefined, trusted: false };
}

/**
 * Where the base commit's configuration may be (paths relative to the root,
 * nearest first); undefined when --config names a file outside the repository.
 */
function candidatePaths(request: PolicyRequest, root: string): string[] | undefined {
  const inside = (absolute: string): string | undefined => {
    const relative = path.relative(root, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).join('/');
  };
  if (request.configPath) return ((file) => (file === undefined ? undefined : [file]))(inside(path.resolve(request.cwd, request.configPath)));
  const candidates: string[] = [];
  for (const folder of configFolders(request.cwd)) {
    const relative = inside(folder);
    if (relative === undefined) break;
    for (const name of CONFIG_FILE_NAMES) candidates.push(relative === '' ? name : `${relative}/${name}`);
  }
  return candidates;
}

function realOf(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}
