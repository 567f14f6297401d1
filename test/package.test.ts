/**
 * What `npm publish` ships: `npm pack` holds exactly what the CLI and the API
 * need (the modules reachable from the `bin` and main entries, the API's
 * declarations, package metadata, the changelog, LICENSE, the bundled
 * packages' licenses and the configuration's JSON Schema); the bundle imports
 * no package, so the package has no dependency; and the packed tarball
 * installs offline in an empty folder, alone, and runs: the CLI, the API from
 * an .mjs file, and the API from a TypeScript file that type-checks against
 * the shipped declarations. (The tarball is packed once per test run, with
 * --ignore-scripts: `npm test` has built dist/ already.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
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
  main: string;
  types: string;
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
}

const PACKAGE = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;
/** Files that are not code but belong in every package. */
const METADATA = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/THIRD-PARTY-LICENSES.txt', 'schema/calico-lint.schema.json'];
/** The API's declarations: the types entry and the file of types it re-exports. */
const DECLARATIONS = ['dist/src/api.d.ts', 'dist/src/api-types.d.ts'];

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

/** Every file reachable from the bin and main entries through relative imports, and the packages imported on the way. */
async function reachableFromBin(): Promise<{ files: Set<string>; packages: Set<string> }> {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...Object.values(PACKAGE.bin), PACKAGE.main].map((entry) => path.posix.normalize(entry));
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

  it('packs exactly what the CLI and the API need: the modules reachable from bin and main, declarations, and metadata', async () => {
    const packed = new Set((await packOnce()).files);
    const { files: needed, packages } = await reachableFromBin();
    // bin.js is an esbuild bundle (scripts/build-cli.mjs): the entry, the worker and the chunks they import.
    assert.ok(needed.size > 5 && [...needed].some((file) => /chunk-/.test(file)), `the graph reaches the bundle's chunks (${needed.size})`);

    const missing = [...needed].filter((file) => !packed.has(file));
    assert.deepEqual(missing, [], 'every module the CLI imports is packed');
    const typeOnly = await typeOnlyModules();
    const extra = [...packed].filter((file) => !needed.has(file) && !METADATA.includes(file) && !DECLARATIONS.includes(file) && !typeOnly.has(file));
    assert.deepEqual(extra, [], 'nothing else is packed (tests, sources, the Action, docs, stale builds)');
    for (const file of [...METADATA, ...DECLARATIONS]) assert.ok(packed.has(file), file);

    // Everything is bundled: the package installs nothing else.
    assert.deepEqual([...packages], [], 'the bundle imports no package');
    assert.equal(PACKAGE.dependencies, undefined, 'no dependencies: they are bundled, and declared as devDependencies');
  });

  it('ships the Apache-2.0 license and the licenses of exactly the bundled packages', async () => {
    assert.equal((PACKAGE as unknown as { license: string }).license, 'Apache-2.0');
    assert.match(await readFile(path.join(REPO_ROOT, 'LICENSE'), 'utf8'), /^\s*Apache License\s+Version 2\.0, January 2004/);
    const licenses = await readFile(path.join(REPO_ROOT, 'dist/THIRD-PARTY-LICENSES.txt'), 'utf8');
    const listed = [...licenses.matchAll(/^(@?[^@\s]+)@\d[^\s]* \(/gm)].map((match) => match[1]!);
    // The runtime libraries (devDependencies now) and what they pull in; nothing of the tooling.
    for (const name of ['yaml', 'zod', 'commander', 'ignore', 'picomatch', 'ipaddr.js', 'eslint-formatter-pretty', 'chalk']) {
      assert.ok(listed.includes(name), `${name} is bundled and its license listed`);
    }
    for (const name of ['globby', 'typescript', 'esbuild', 'tsx']) assert.ok(!listed.includes(name), `${name} is not bundled`);
    assert.doesNotMatch(licenses, /no license file/);
  });

  it('installs offline from the packed tarball in an empty folder, alone, and runs', async () => {
    const { tarball } = await packOnce();
    const installDir = await emptyProject();
    // --offline: the package needs nothing from the registry (its libraries are bundled).
    npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], installDir);
    const bin = path.join(installDir, 'node_modules/.bin/calico-lint');
    assert.ok(existsSync(bin));
    const installed = (await readdir(path.join(installDir, 'node_modules'))).filter((name) => !name.startsWith('.'));
    assert.deepEqual(installed, ['calico-lint'], 'calico-lint and nothing else');

    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.equal(version.stdout.trim(), PACKAGE.version, version.stderr);
    assert.match(spawnSync(bin, ['--help'], { encoding: 'utf8' }).stdout, /^Usage: calico-lint/);

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

  it('the API: lint() from an .mjs file returns what -f json prints, and a TypeScript file type-checks against the shipped declarations', async () => {
    const { tarball } = await packOnce();
    const project = await emptyProject();
    npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], project);
    await cp(path.join(REPO_ROOT, 'fixtures/recipe-published'), path.join(project, 'recipe-published'), { recursive: true });
    await writeFile(path.join(project, 'use.mjs'), [
      "import { lint, ruleIds, version } from 'calico-lint';",
      "import { readFileSync } from 'node:fs';",
      "const fromPaths = await lint({ paths: ['recipe-published'], cwd: process.cwd() });",
      "const text = readFileSync('recipe-published/ippools.yaml', 'utf8');",
      "const fromText = await lint({ texts: [{ filePath: 'in-memory/ippools.yaml', text }], config: { rules: { 'selector-yaml-tag': 'warn' } } });",
      "import { createRequire } from 'node:module';",
      "const schemaId = createRequire(import.meta.url)('calico-lint/schema.json').$id;",
      "let usage;",
      "try { await lint({ paths: ['missing/'] }); } catch (error) { usage = `${error.name}: ${error.message}`; }",
      'console.log(JSON.stringify({ fromPaths, fromText, usage, version, rules: ruleIds.length, schemaId }));',
    ].join('\n'));
    const run = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { fromPaths: unknown; fromText: Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; line: number }> }>; usage: string; version: string; rules: number; schemaId: string };
    const cli = spawnSync(path.join(project, 'node_modules/.bin/calico-lint'), ['-f', 'json', 'recipe-published'], { cwd: project, encoding: 'utf8' });
    assert.deepEqual(out.fromPaths, JSON.parse(cli.stdout), 'the same results as -f json');
    assert.equal(out.fromText[0]!.filePath, path.join(await realpath(project), 'in-memory/ippools.yaml'));
    assert.deepEqual(out.fromText[0]!.messages.map((m) => [m.ruleId, m.severity, m.line]), [['selector-yaml-tag', 1, 23]], 'the config object applies');
    assert.match(out.usage, /^UsageError: .*missing/);
    assert.equal(out.version, PACKAGE.version);
    assert.ok(out.rules > 20);
    assert.match(out.schemaId, /calico-lint\.schema\.json$/, 'the JSON Schema is exported as calico-lint/schema.json');

    await writeFile(path.join(project, 'use.ts'), [
      "import { lint, type LintResult, type LintMessage, type LintOptions } from 'calico-lint';",
      "const options: LintOptions = { paths: ['recipe-published'], quiet: true, config: { infraPools: [{ name: 'pool-infra' }] } };",
      'const results: LintResult[] = await lint(options);',
      'const first: LintMessage | undefined = results[0]?.messages[0];',
      "const where: string = first === undefined ? '' : `${first.line}:${first.column} ${first.ruleId ?? 'parse-error'}`;",
      'export { where };',
      '// @ts-expect-error: paths is a list of strings',
      'await lint({ paths: 1 });',
      '// @ts-expect-error: severities are off, warn or error',
      "await lint({ paths: [], config: { rules: { 'selector-yaml-tag': 'fatal' } } });",
    ].join('\n'));
    await writeFile(path.join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['use.ts'],
    }));
    const tsc = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    assert.equal(tsc.status, 0, `tsc: ${tsc.stdout}${tsc.stderr}`);
  });
});

describe("the README's examples, run with the installed package", () => {
  it('the first example prints what the README shows (colors and padding aside)', async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const block = /```\n\$ npx (calico-lint [^\n]*)\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, 'the example block');
    const project = await installedProject();
    await cp(path.join(REPO_ROOT, 'fixtures/recipe-published'), path.join(project, 'fixtures/recipe-published'), { recursive: true });
    const args = block[1]!.split(' ').slice(1);
    const run = spawnSync(path.join(project, 'node_modules/.bin/calico-lint'), args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 1, run.stderr);
    const words = (text: string): string => text.replace(/\s+/g, ' ').trim();
    assert.equal(words(run.stdout), words(block[2]!));
  });

  it('the API example runs as written', async () => {
    const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const code = /```js\n(\/\/ check-pools\.mjs[\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(code, 'the example block');
    const project = await installedProject();
    await cp(path.join(REPO_ROOT, 'fixtures/recipe-published'), path.join(project, 'clusters/prod'), { recursive: true });
    await writeFile(path.join(project, 'check-pools.mjs'), code);
    const run = spawnSync(process.execPath, ['check-pools.mjs'], { cwd: project, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /clusters\/prod\/ippools\.yaml:23:17 selector-yaml-tag Unquoted/);
    assert.match(run.stdout, /gitlab-runner\.yaml:21:42 pool-annotation-valid/);
  });
});

/** An empty project with the packed tarball installed (offline). */
async function installedProject(): Promise<string> {
  const { tarball } = await packOnce();
  const project = await emptyProject();
  npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], project);
  return project;
}

/** A folder with a package.json and nothing else, as `npm init -y` leaves it. */
async function emptyProject(): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'calico-lint-install-')));
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true, type: 'module' }));
  return dir;
}
