/**
 * What `npm publish` ships: `npm pack` holds exactly what the CLI needs (the
 * modules reachable from the `bin` entry, package metadata, the changelog),
 * every package the CLI imports is a declared dependency, and the packed
 * tarball installs in an empty folder and runs. (The tarball is packed once
 * per test run, with --ignore-scripts: `npm test` has built dist/ already.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from './helpers/cli.js';
import { npm, packOnce } from './helpers/pack.js';

interface PackageJson {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const PACKAGE = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;
/** Files that are not code but belong in every package. */
const METADATA = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];

/** Relative and bare module specifiers of an ES module: static and dynamic imports, re-exports, and worker URLs. */
function specifiersOf(code: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
}

/** The package name of a bare specifier (`@scope/name/sub` → `@scope/name`). */
function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Every file reachable from the bin entry through relative imports, and the packages imported on the way. */
async function reachableFromBin(): Promise<{ files: Set<string>; packages: Set<string> }> {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = Object.values(PACKAGE.bin).map((bin) => path.posix.normalize(bin));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const code = await readFile(path.join(REPO_ROOT, file), 'utf8');
    for (const specifier of specifiersOf(code)) {
      if (specifier.startsWith('.')) queue.push(path.posix.join(path.posix.dirname(file), specifier));
      else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) packages.add(packageNameOf(specifier));
    }
  }
  return { files, packages };
}

/**
 * Compiled modules that the sources import for their types only (`import type`,
 * `export type`): tsc still emits them, nothing loads them at run time, and
 * they are too small to be worth a packaging rule of their own.
 */
async function typeOnlyModules(): Promise<Set<string>> {
  const sources: string[] = [];
  for (const folder of ['src', 'rules']) {
    for (const file of await readdir(path.join(REPO_ROOT, folder), { recursive: true })) {
      if (file.endsWith('.ts')) sources.push(`${folder}/${file.split(path.sep).join('/')}`);
    }
  }
  const importedAtRunTime = new Set<string>();
  const importedForTypes = new Set<string>();
  const statement = /^\s*(import|export)(\s+type)?\s[^'";]*?\sfrom\s*['"](\.[^'"]+)['"]/gm;
  for (const source of sources) {
    const code = await readFile(path.join(REPO_ROOT, source), 'utf8');
    for (const match of code.matchAll(statement)) {
      const target = `dist/${path.posix.join(path.posix.dirname(source), match[3]!)}`;
      (match[2] ? importedForTypes : importedAtRunTime).add(target);
    }
  }
  return new Set([...importedForTypes].filter((file) => !importedAtRunTime.has(file)));
}

describe('npm package', () => {
  it('finds the imports of a module (the graph below is not vacuous)', () => {
    assert.deepEqual(specifiersOf("import { a } from './a.js';\nimport './side.js';\nexport * from \"../b.js\";\n" +
      "const m = await import('yaml');\nconst w = new URL('./worker.js', import.meta.url);\nimport {\n  x,\n} from 'zod';\n"),
    ['./a.js', '../b.js', 'zod', './side.js', 'yaml', './worker.js']);
  });

  it('packs exactly what the CLI needs: the modules reachable from bin, and metadata', async () => {
    const packed = new Set((await packOnce()).files);
    const { files: needed, packages } = await reachableFromBin();
    // bin.js is an esbuild bundle (scripts/build-cli.mjs): the entry, the worker and the chunks they import.
    assert.ok(needed.size > 5 && [...needed].some((file) => /chunk-/.test(file)), `the graph reaches the bundle's chunks (${needed.size})`);

    const missing = [...needed].filter((file) => !packed.has(file));
    assert.deepEqual(missing, [], 'every module the CLI imports is packed');
    const typeOnly = await typeOnlyModules();
    const extra = [...packed].filter((file) => !needed.has(file) && !METADATA.includes(file) && !typeOnly.has(file));
    assert.deepEqual(extra, [], 'nothing else is packed (tests, sources, the Action, docs, stale builds)');
    for (const file of ['package.json', 'README.md', 'CHANGELOG.md']) assert.ok(packed.has(file), file);

    const undeclared = [...packages].filter((name) => !Object.hasOwn(PACKAGE.dependencies, name));
    assert.deepEqual(undeclared, [], 'every package the CLI imports is a dependency (not a devDependency)');
  });

  it('installs from the packed tarball in an empty folder, and runs', async () => {
    const { tarball } = await packOnce();
    const installDir = await mkdtemp(path.join(tmpdir(), 'calico-lint-install-'));
    // The registry is reachable, but npm's cache already holds every dependency the tests installed.
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], installDir);
    const bin = path.join(installDir, 'node_modules/.bin/calico-lint');
    assert.ok(existsSync(bin));
    for (const dev of ['typescript', 'tsx', 'esbuild', '@microsoft/sarif-multitool']) {
      assert.equal(existsSync(path.join(installDir, 'node_modules', dev)), false, `${dev} (a devDependency) is not installed`);
    }

    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.equal(version.stdout.trim(), PACKAGE.version, version.stderr);

    const project = await mkdtemp(path.join(tmpdir(), 'calico-lint-project-'));
    await cp(path.join(REPO_ROOT, 'fixtures/recipe-published'), path.join(project, 'recipe-published'), { recursive: true });
    const lint = spawnSync(bin, ['-f', 'json', 'recipe-published'], { cwd: project, encoding: 'utf8' });
    assert.equal(lint.status, 1, lint.stderr);
    const results = JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    assert.deepEqual(results.flatMap((result) => result.messages.map((message) => message.ruleId)).sort(), ['pool-annotation-valid', 'selector-yaml-tag']);
    // The worker threads and the lazily loaded formatter are in the package too.
    const pretty = spawnSync(bin, ['--threads', '2', 'recipe-published'], { cwd: project, encoding: 'utf8' });
    assert.equal(pretty.status, 1, pretty.stderr);
    assert.match(pretty.stdout, /selector-yaml-tag/);
  });
});
