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
 * regular expression of every emoji sequence when loaded, and compiles its
 * Unicode property expressions on first use: some 55 ms of CPU (measured: the
 * first call on `  ✖  `) in each `pretty` run that prints a finding, a fifth of
 * the lint of one small file. It measures printable ASCII by length before
 * using either: the bundle runs the module's body when the first other string
 * comes, and the build fails if the module no longer has the shape this relies
 * on. Before that, text made only of printable ASCII, terminal escapes (which
 * string-width strips first, with the same strip-ansi) and the few other
 * characters pretty output holds (NARROW_CHARACTERS: log-symbols' marks and
 * calico-lint's punctuation, one column each, each its own grapheme) or its
 * invisible line marks (ZERO_WIDTH_CHARACTERS, src/format/pretty.ts) is
 * measured by counting; test/format-pretty.test.ts checks every one of them,
 * alone and mixed, against the package.
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

/**
 * Characters string-width gives one column each, whatever surrounds them: no
 * mark, joiner or variation selector among them, so each is a grapheme of its
 * own; East Asian width neutral or ambiguous (ambiguous ones are counted only
 * when ambiguousIsNarrow is not false); none an emoji by default. log-symbols'
 * ✖ ⚠ ℹ ✔, and the punctuation of calico-lint's messages.
 */
export const NARROW_CHARACTERS = '\u2716\u26A0\u2139\u2714\u2026\u2192\u2014\u2013\u2212\u00D7\u2018\u2019\u201C\u201D\u00B7\u2022';
/** Invisible characters string-width gives no column: the line marks of src/format/pretty.ts (U+2063, U+2064). */
export const ZERO_WIDTH_CHARACTERS = '\u2063\u2064';

/** string-width's source with its body run on first need (see lazyStringWidth). */
export function lazyStringWidthSource(source, file = 'string-width/index.js') {
  const lines = source.split('\n');
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines.filter((line) => !line.startsWith('import ')).join('\n');
  const entry = body.indexOf('\nexport default function stringWidth(input, options = {}) {\n');
  const fastPath = 'if (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;';
  // One export, the function last (so that `return` can take its place), strip-ansi as stripAnsi (countedWidth uses it), and its ASCII fast path unchanged.
  if (imports.length !== 2 || !imports.includes("import stripAnsi from 'strip-ansi';") || entry < 0 || /^export /m.test(body.slice(0, entry)) || /\n\S/.test(body.slice(entry + 1).replace(/\n\}\s*$/, '')) ||
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
\tconst counted = typeof input === 'string' ? countedWidth(input, options) : undefined;
\treturn counted ?? (measure ??= load())(input, options);
}
// Text of printable ASCII, one-column characters and invisible marks, after its escapes are stripped: counted.
function countedWidth(input, options) {
\tif (options?.countAnsiEscapeCodes || options?.ambiguousIsNarrow === false) return undefined;
\tconst text = input.includes('\\u001B') || input.includes('\\u009B') ? stripAnsi(input) : input;
\tif (!/^[\\u0020-\\u007E${NARROW_CHARACTERS}${ZERO_WIDTH_CHARACTERS}]*$/.test(text)) return undefined;
\treturn text.length - (text.match(/[${ZERO_WIDTH_CHARACTERS}]/g)?.length ?? 0);
}
`;
  return contents;
}

