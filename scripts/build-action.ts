/**
 * Bundles the GitHub Action (src/action/main.ts) into dist-action/index.js, the
 * committed file that action.yml runs: users of the action install nothing.
 * Writes dist-action/licenses.txt beside it: the bundled packages' licenses.
 *
 *   npm run build:action            rebuild dist-action/ (commit it)
 *   node --import tsx scripts/build-action.ts <outfile>   build elsewhere
 *
 * The output depends only on the sources, the lockfile's packages and the
 * esbuild version: no absolute paths, no timestamps, no source maps. Commit the
 * rebuilt bundle with every change to src/, rules/ or the dependencies;
 * test/action-bundle.test.ts fails when the committed bundle is stale.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { bundledLicensesText } from './bundled-licenses.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ACTION_ENTRY = 'src/action/main.ts';
export const ACTION_BUNDLE = 'dist-action/index.js';

export function actionBuildOptions(outfile: string): BuildOptions {
  return {
    absWorkingDir: REPO_ROOT,
    entryPoints: [ACTION_ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // CommonJS dependencies require() Node's built-ins: give the ES module a require.
    banner: {
      js: [
        '// calico-lint GitHub Action, bundled from src/action/main.ts by scripts/build-action.ts. Do not edit.',
        "import { createRequire as __calicoLintCreateRequire } from 'node:module';",
        'const require = __calicoLintCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    charset: 'utf8',
    legalComments: 'inline',
    sourcemap: false,
    minify: false,
    logLevel: 'warning',
  };
}

/** Beside the bundle: the license of every package bundled into it (their MIT/ISC/BSD terms ask for the notice). */
export const LICENSES_FILE = 'licenses.txt';

export async function buildAction(outfile: string = path.join(REPO_ROOT, ACTION_BUNDLE)): Promise<void> {
  const result = await build({ ...actionBuildOptions(outfile), metafile: true });
  await writeFile(
    path.join(path.dirname(outfile), LICENSES_FILE),
    await bundledLicensesText(REPO_ROOT, result.metafile, `Packages bundled into ${path.basename(outfile)}, with their licenses.`),
  );
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outfile = process.argv[2] === undefined ? undefined : path.resolve(process.argv[2]);
  await buildAction(outfile);
}
