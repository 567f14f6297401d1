/**
 * The licenses of the packages an esbuild bundle holds: their MIT, ISC and
 * BSD terms ask for the notice to travel with the code. Used for the CLI
 * bundle (scripts/build-cli.mjs → dist/THIRD-PARTY-LICENSES.txt, shipped in
 * the npm package) and the Action bundle (scripts/build-action.ts →
 * dist-action/licenses.txt). Plain JavaScript: build-cli runs uncompiled.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The package folders (`node_modules/x`, `node_modules/@s/x`) among an esbuild metafile's inputs, sorted. */
export function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) dirs.add(match[1]);
  }
  return [...dirs].sort();
}

/** One text: a heading, then each package's name, version, license and license file, separated by `---`. */
export async function bundledLicensesText(root, metafile, heading) {
  const sections = [];
  for (const dir of bundledPackageDirs(metafile)) {
    const pkg = JSON.parse(await readFile(path.join(root, dir, 'package.json'), 'utf8'));
    const licenseFile = (await readdir(path.join(root, dir))).filter((name) => /^(licen[cs]e|copying)([.-]|$)/i.test(name)).sort()[0];
    const text = licenseFile === undefined ? '(no license file in the package)' : (await readFile(path.join(root, dir, licenseFile), 'utf8')).trim();
    sections.push(`${pkg.name}@${pkg.version} (${pkg.license ?? 'unknown license'})\n\n${text.replace(/\r\n/g, '\n')}\n`);
  }
  return `${heading}\n\n${sections.join('\n---\n\n')}`;
}
