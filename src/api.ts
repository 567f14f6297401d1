/**
 * The programmatic API: `import { lint } from 'calico-lint'`. The same
 * pipeline as the command line (src/pipeline.ts), returning what
 * `--format json` prints as objects: ESLint's LintResult per file, with the
 * related locations, suppressions, and fixes and suggestions when findings
 * carry them. Bundled by scripts/build-cli.mjs into dist/src/index.js; its
 * declarations (from src/api-types.ts, which imports nothing) are shipped.
 */
import path from 'node:path';
import type { ConfigObject, LintOptions, LintResult } from './api-types.js';
import type { LintConfig } from './config/schema.js';
import { UsageError } from './errors.js';
import { formatJson } from './format/json.js';
import { lintFiles, RULE_DESCRIPTIONS } from './pipeline.js';
import { VERSION } from './version.js';

export type * from './api-types.js';

/** calico-lint's version. */
export const version: string = VERSION;

/** The ids of every rule and engine check (what `rules:` in the configuration may name). */
export const ruleIds: readonly string[] = RULE_DESCRIPTIONS.map((rule) => rule.id);

/**
 * Lints `paths` (files, folders, globs) and `texts` (held in memory) and
 * returns one result per file, as `calico-lint -f json` prints them. Rejects
 * with an Error named `UsageError` for what the command line exits 2 on (a
 * path that does not exist, an invalid configuration), its message saying what.
 */
export async function lint(options: LintOptions): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const paths = options.paths ?? [];
  const texts = options.texts ?? [];
  if (paths.length === 0 && texts.length === 0) throw new UsageError('lint: give paths, texts, or both');
  if (options.config !== undefined && options.configFile !== undefined) throw new UsageError('lint: give config or configFile, not both');
  const run = await lintFiles({
    patterns: paths,
    texts,
    cwd,
    configPath: options.configFile,
    ...(options.config !== undefined && { config: await configFromObject(options.config, cwd) }),
    quiet: options.quiet ?? false,
    ignorePatterns: options.ignorePatterns ?? [],
    base: options.base,
    filterMode: options.filterMode,
    parseAll: options.parseAll ?? false,
    threads: options.threads ?? 1,
    maxFileSize: options.maxFileSize,
    onNotice: options.onNotice,
  });
  // Through the json formatter itself: the API returns exactly what `-f json` prints, whatever findings carry.
  const json = formatJson(run.results);
  return JSON.parse(json) as LintResult[];
}

/** Validates a configuration object as the loader validates a file; its relative paths start from `cwd`. */
async function configFromObject(object: ConfigObject, cwd: string): Promise<LintConfig> {
  const { parseConfig } = await import('./config/parse-config.js');
  // Errors name the object `options.config`, with the line of its JSON text.
  const config = parseConfig(`${JSON.stringify(object, null, 2)}\n`, path.join(cwd, 'options.config'), ruleIds, cwd);
  // No file to report unmatched entries in (config-unmatched).
  return { ...config, baseDir: cwd, filePath: undefined };
}
