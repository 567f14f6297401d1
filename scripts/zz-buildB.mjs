import { build } from 'esbuild';
import path from 'node:path';
import { lazyStringWidth, ruleDocsWithoutTable } from './bundle-plugins.mjs';
const ROOT = '/work/wt/h1-startup';
const OUT = process.argv[2];
const common = {
  absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', format: 'esm',
  banner: { js: "import { createRequire as __calicoLintCreateRequire } from 'node:module'; const require = __calicoLintCreateRequire(import.meta.url);" },
  charset: process.env.CHARSET ?? 'ascii', legalComments: 'inline', sourcemap: false, minifyWhitespace: !!process.env.MINWS, minifySyntax: !!process.env.MINWS, logLevel: 'warning',
  plugins: [ruleDocsWithoutTable, lazyStringWidth],
};
const mainIsExternal = { name: 'main-external', setup(b) { b.onResolve({ filter: /^\.\/cli\.js$/ }, () => ({ path: './main.js', external: true })); } };
await Promise.all([
  build({ ...common, entryPoints: ['src/bin.ts'], outfile: path.join(OUT, 'bin.js'), plugins: [mainIsExternal] }),
  build({ ...common, entryPoints: ['src/cli.ts'], outfile: path.join(OUT, 'main.js') }),
  build({ ...common, entryPoints: ['src/parallel/analyze-worker.ts'], outfile: path.join(OUT, 'analyze-worker.js') }),
]);
