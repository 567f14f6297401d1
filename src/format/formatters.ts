/**
 * Output formats. `pretty`, `json` and the CI formats (`sarif`, `github`,
 * `gitlab`, `junit`) are built in, and a built-in name always wins; any other
 * name loads the installed package `eslint-formatter-<name>` (or
 * `@scope/eslint-formatter-<name>`), resolved from calico-lint's own
 * installation — never from the scanned repository, whose code must not run.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { ESLint } from 'eslint';
import { UsageError } from '../errors.js';
import { closest, sanitize } from '../text.js';
import { formatJson } from './json.js';
import type { FormatterData } from './report.js';

/** ESLint's formatter signature; calico-lint passes FormatterData, a superset of ESLint's data. */
export type Formatter = (results: ESLint.LintResult[], data: FormatterData) => string | Promise<string>;

/** Columns `pretty` wraps its messages to when standard output is not a terminal (a CI log, a file, a pipe). */
export const DEFAULT_PRETTY_WIDTH = 100;

export const BUILT_IN_FORMATS = ['pretty', 'json', 'sarif', 'github', 'gitlab', 'junit', 'html', 'rdjson', 'rdjsonl'] as const;

/**
 * Reports read by CI services and other programs: always complete, whatever
 * `--filter-mode` says (GitLab tells resolved issues by comparing reports).
 * The other formats (pretty, github annotations, third-party formatters)
 * show what the filter mode selects.
 */
export const COMPLETE_REPORT_FORMATS: readonly string[] = ['json', 'sarif', 'gitlab', 'junit', 'html'];

/** Formats that draw the address space: the run collects it for them (src/facts/address-map.ts). */
export const ADDRESS_MAP_FORMATS: readonly string[] = ['html', 'github'];

/** The formats written for CI services, with calico-lint's own formatters, each loaded only when asked for. */
const CI_FORMATTERS: Record<string, () => Promise<Formatter>> = {
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  gitlab: async () => (await import('./gitlab.js')).formatGitlab,
  junit: async () => (await import('./junit.js')).formatJunit,
  html: async () => (await import('./html.js')).formatHtml,
  rdjson: async () => (await import('./rdjson.js')).formatRdjson,
  rdjsonl: async () => (await import('./rdjson.js')).formatRdjsonl,
};

const FORMAT_NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;

/** `width`: the columns `pretty` wraps its messages to (the terminal's; by default DEFAULT_PRETTY_WIDTH). */
export async function loadFormatter(name: string, options: { width?: number } = {}): Promise<Formatter> {
  if (name === 'json') return formatJson;
  const ci = Object.hasOwn(CI_FORMATTERS, name) ? CI_FORMATTERS[name] : undefined;
  if (ci !== undefined) return ci();
  if (name === 'pretty') return prettyFormatter(options.width);
  if (!FORMAT_NAME.test(name)) {
    const near = closest(name, BUILT_IN_FORMATS);
    if (near !== undefined) throw new UsageError(didYouMean(name, near));
    throw new UsageError(`invalid format name ${JSON.stringify(name)}: use ${BUILT_IN_FORMATS.join(', ')} or the name of an installed eslint-formatter-<name> package`);
  }
  const packageName = formatterPackageName(name);
  const require = createRequire(import.meta.url);
  let resolved: string;
  try {
    resolved = require.resolve(packageName);
  } catch {
    // A typo of a built-in name (`jsn`, `sarf`) is far likelier than a formatter package of that name.
    const near = closest(name, BUILT_IN_FORMATS);
    throw new UsageError(
      near !== undefined
        ? didYouMean(name, near)
        : `unknown format ${JSON.stringify(name)}: built-in formats are ${BUILT_IN_FORMATS.join(', ')}; ` +
          `for others install ${packageName} where calico-lint is installed`,
    );
  }
  const module = (await import(pathToFileURL(resolved).href)) as { default?: unknown };
  const formatter = typeof module.default === 'function' ? module.default : (module.default as { default?: unknown } | undefined)?.default;
  if (typeof formatter !== 'function') {
    throw new UsageError(`${packageName} does not export a formatter function`);
  }
  return withSafeFilePaths(formatter as Formatter);
}

function didYouMean(name: string, near: string): string {
  return `unknown format ${JSON.stringify(name)}: did you mean ${near}? (built-in formats: ${BUILT_IN_FORMATS.join(', ')})`;
}

/**
 * eslint-formatter-pretty, loaded only when there is something to print: it
 * prints nothing when no file has an error or a warning (a clean run, the
 * usual one in CI), and loading it costs some 30 ms. Its messages are wrapped
 * to `width` columns (src/format/pretty.ts).
 */
function prettyFormatter(width = DEFAULT_PRETTY_WIDTH): Formatter {
  return async (results, data) => {
    if (results.every((result) => result.messages.length === 0 || result.errorCount + result.warningCount === 0)) return '';
    const [module, { wrappedPretty }] = await Promise.all([import('eslint-formatter-pretty'), import('./pretty.js')]);
    return withSafeFilePaths(wrappedPretty(module.default as unknown as Formatter, width))(results, data);
  };
}

/**
 * File names come from the scanned repository: one holding a new line or a
 * terminal escape must not forge output of text formatters that print it as is.
 */
function withSafeFilePaths(formatter: Formatter): Formatter {
  return (results, data) => formatter(results.map((result) => ({ ...result, filePath: sanitize(result.filePath) })), data);
}

/** ESLint's naming convention: `x` → `eslint-formatter-x`, `@s/x` → `@s/eslint-formatter-x`. */
export function formatterPackageName(name: string): string {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/') as [string, string];
    return rest.startsWith('eslint-formatter') ? name : `${scope}/eslint-formatter-${rest}`;
  }
  return name.startsWith('eslint-formatter-') ? name : `eslint-formatter-${name}`;
}
