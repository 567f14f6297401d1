/**
 * Output formats. `pretty` and `json` are built in; any other name loads the
 * installed package `eslint-formatter-<name>` (or `@scope/eslint-formatter-<name>`),
 * resolved from calico-lint's own installation — never from the scanned
 * repository, whose code must not run.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { ESLint } from 'eslint';
import { UsageError } from '../errors.js';

export type Formatter = (results: ESLint.LintResult[], data: ESLint.LintResultData) => string | Promise<string>;

export const BUILT_IN_FORMATS = ['pretty', 'json'] as const;

const FORMAT_NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;

export async function loadFormatter(name: string): Promise<Formatter> {
  if (name === 'json') return (results) => JSON.stringify(results);
  if (name === 'pretty') {
    const module = await import('eslint-formatter-pretty');
    return module.default as unknown as Formatter;
  }
  if (!FORMAT_NAME.test(name)) {
    throw new UsageError(`invalid format name ${JSON.stringify(name)}: use ${BUILT_IN_FORMATS.join(', ')} or the name of an installed eslint-formatter-<name> package`);
  }
  const packageName = formatterPackageName(name);
  const require = createRequire(import.meta.url);
  let resolved: string;
  try {
    resolved = require.resolve(packageName);
  } catch {
    throw new UsageError(
      `unknown format ${JSON.stringify(name)}: built-in formats are ${BUILT_IN_FORMATS.join(', ')}; ` +
        `for others install ${packageName} where calico-lint is installed`,
    );
  }
  const module = (await import(pathToFileURL(resolved).href)) as { default?: unknown };
  const formatter = typeof module.default === 'function' ? module.default : (module.default as { default?: unknown } | undefined)?.default;
  if (typeof formatter !== 'function') {
    throw new UsageError(`${packageName} does not export a formatter function`);
  }
  return formatter as Formatter;
}

/** ESLint's naming convention: `x` → `eslint-formatter-x`, `@s/x` → `@s/eslint-formatter-x`. */
export function formatterPackageName(name: string): string {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/') as [string, string];
    return rest.startsWith('eslint-formatter') ? name : `${scope}/eslint-formatter-${rest}`;
  }
  return name.startsWith('eslint-formatter-') ? name : `eslint-formatter-${name}`;
}
