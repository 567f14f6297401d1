/**
 * Bundles the command line after `tsc` (npm run build): dist/src/bin.js, the
 * package's `bin`, becomes one ES module holding calico-lint and its
 * dependencies, with the worker beside it (dist/src/analyze-worker.js) and
 * the code used only by some runs (the lint pipeline, each formatter) in
 * chunks that are imported when used. Node then reads a few files instead of
 * some 250 modules at start-up: `calico-lint --version` loads bin.js and the
 * version, one small file the argument parser, the pipeline, `yaml` and the
 * pretty formatter (not zod, the base side or the other formatters).
 * dist/src/api.js is the package's main module (the programmatic API), and
 * dist/THIRD-PARTY-LICENSES.txt the licenses of the bundled packages. The
 * plugins in bundle-plugins.mjs keep dependencies' load-time work out of it;
 * `--metafile FILE` shows what each output holds. The rest of dist/ (tsc's
 * output) stays for the tests, except the declarations of the API
 * (dist/src/api.d.ts, dist/src/api-types.d.ts), which the package ships.
 *
 * Plain JavaScript: it runs in `npm run build` (and so in `npm ci`'s prepare)
 * without compiling anything first.
 */
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lazyStringWidth, ruleDocsWithoutTable } from './bundle-plugins.mjs';
import { bundledLicensesText } from './bundled-licenses.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist/src');

// Chunks of an earlier build would pile up (their names carry a hash).
for (const name of readdirSync(OUT)) if (name.startsWith('chunk-')) rmSync(path.join(OUT, name));

// `node scripts/build-cli.mjs --metafile FILE` also writes what each output holds and imports (esbuild's metafile).
const metafileArg = process.argv.indexOf('--metafile');
const metafilePath = metafileArg > 0 ? process.argv[metafileArg + 1] : undefined;

const result = await build({
  absWorkingDir: ROOT,
  // api: the package's main module (`import { lint } from 'calico-lint'`), sharing the chunks of the CLI.
  entryPoints: { bin: 'src/bin.ts', api: 'src/api.ts', 'analyze-worker': 'src/parallel/analyze-worker.ts' },
  outdir: OUT,
  // Chunks beside the entries: the worker is found as ./analyze-worker.js from any of them.
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies require() Node's built-ins: give every ES module of the bundle a require.
  banner: {
    js: "import { createRequire as __calicoLintCreateRequire } from 'node:module'; const require = __calicoLintCreateRequire(import.meta.url);",
  },
  // ASCII: Node decodes each module's text before compiling it, and text with non-ASCII characters
  // takes a slower path (10 to 40 ms for the chunks of one run). esbuild escapes them in code; see below for comments.
  charset: 'ascii',
  legalComments: 'inline',
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
  plugins: [ruleDocsWithoutTable, lazyStringWidth],
  // Always: the bundled packages' licenses are read from it.
  metafile: true,
});
if (metafilePath !== undefined) writeFileSync(metafilePath, JSON.stringify(result.metafile));
// The package installs no dependency (they are all bundled): their licenses travel with it.
writeFileSync(
  path.join(ROOT, 'dist/THIRD-PARTY-LICENSES.txt'),
  await bundledLicensesText(ROOT, result.metafile, 'Packages bundled into calico-lint (dist/src/*.js), with their licenses.'),
);
// esbuild keeps comments as written: escape what non-ASCII they hold (code has none left), so that every file is ASCII.
for (const name of readdirSync(OUT)) {
  if (!(name.startsWith('chunk-') || name === 'bin.js' || name === 'api.js' || name === 'analyze-worker.js')) continue;
  const file = path.join(OUT, name);
  const text = readFileSync(file, 'utf8');
  if (/[^\x00-\x7F]/.test(text)) writeFileSync(file, text.replace(/[^\x00-\x7F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
chmodSync(path.join(OUT, 'bin.js'), 0o755);
