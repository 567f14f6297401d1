/**
 * esbuild plugins of the CLI bundle (scripts/build-cli.mjs): each keeps
 * start-up work of a dependency out of runs that do not need it, and
 * test/format-pretty.test.ts checks that the bundle answers as the package does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * eslint-formatter-pretty imports eslint-rule-docs, whose 220 KB table of
 * plugins it never needs for calico-lint's rules: the bundle holds
 * src/format/eslint-rule-docs.ts in its place (why it is exact: see there).
 */
export const ruleDocsWithoutTable = {
  name: 'eslint-rule-docs-without-table',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^eslint-rule-docs$/ }, () => ({ path: path.join(ROOT, 'src/format/eslint-rule-docs.ts') }));
  },
};

/**
 * string-width (in eslint-formatter-pretty) builds an Intl.Segmenter and a
 * regular expression of every emoji sequence when loaded: some 15 ms of ICU
 * and RegExp start-up in each `pretty` run. It measures printable ASCII, such
 * as calico-lint's messages, by length before using either: the bundle runs
 * the module's body when the first other string comes, and the build fails if
 * the module no longer has the shape this relies on.
 */
export const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => ({
      contents: lazyStringWidthSource(readFileSync(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};

/** string-width's source with its body run on first need (see lazyStringWidth). */
export function lazyStringWidthSource(source, file = 'string-width/index.js') {
  const lines = source.split('\n');
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines.filter((line) => !line.startsWith('import ')).join('\n');
  const entry = body.indexOf('\nexport default function stringWidth(input, options = {}) {\n');
  const fastPath = 'if (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;';
  // One export, the function last (so that `return` can take its place), and its ASCII fast path unchanged.
  if (imports.length !== 2 || entry < 0 || /^export /m.test(body.slice(0, entry)) || /\n\S/.test(body.slice(entry + 1).replace(/\n\}\s*$/, '')) ||
    !body.includes(fastPath)) {
    throw new Error(`${file} changed shape: update lazyStringWidth in scripts/bundle-plugins.mjs`);
  }
  const contents = `${imports.join('\n')}
let measure;
function load() {
${body.slice(0, entry)}
return function stringWidth(input, options = {}) {
${body.slice(entry).split('\n').slice(2).join('\n')}
}
// What string-width answers first for printable ASCII, without building its segmenter and emoji expressions.
export default function stringWidth(input, options) {
\tif (typeof input === 'string' && /^[\\u0020-\\u007E]*$/.test(input)) return input.length;
\treturn (measure ??= load())(input, options);
}
`;
  return contents;
}

