import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BIN, runBin, summaryOf, workspace, REPO_ROOT } from './helpers/cli.js';

const BROKEN_POOL = [
  'apiVersion: crd.projectcalico.org/v1',
  'kind: IPPool',
  'metadata:',
  '  name: infra',
  'spec:',
  '  cidr: 100.64.0.0/16',
  '  nodeSelector: !all()',
  '',
].join('\n');

const GOOD_POOL = BROKEN_POOL.replace('!all()', '"!all()"');

const TAG_MESSAGE =
  'Unquoted `!all()` is a YAML tag, not a selector: `nodeSelector` is read as empty, ' +
  'which Calico treats as `all()` (every node). Quote it: `nodeSelector: "!all()"`';

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

function json(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

const ANSI = /\u001b\[/;

describe('calico-lint CLI', () => {
  it('exits 0 for clean manifests, linting the current folder by default, and says on standard error what it did', async () => {
    const cwd = await workspace({ 'pool.yaml': GOOD_POOL });
    const run = runBin([], { cwd });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^calico-lint: .* in \d+\.\d\d s\n$/);
    assert.equal(summaryOf(run.stderr), 'calico-lint: 1 file read, 1 document parsed, 1 cluster: 1 pool and 0 workloads checked, 0 templates skipped: no problems');
    // --quiet silences it.
    assert.deepEqual(runBin(['--quiet'], { cwd }), { status: 0, stdout: '', stderr: '' });
  });

  it('prints the summary with the problem count after every run written to a file, and not when findings go to standard output', async () => {
    const cwd = await workspace({
      'pools/infra.yaml': BROKEN_POOL,
      'pools/ok.yml': GOOD_POOL.replace('name: infra', 'name: other').replace('100.64.0.0/16', '100.65.0.0/16'),
      'pods/runner.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: runner, namespace: ci, annotations: {cni.projectcalico.org/ipv4pools: \'["other"]\'}}\nspec:\n  containers: [{name: a, image: a}]\n',
      'chart/templates/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\nspec: {hostNetwork: true}\n{{- end }}\n',
      'notes.yaml': 'a: 1\n',
    });
    const expected = 'calico-lint: 5 files read, 3 documents parsed, 1 cluster: 2 pools and 1 workload checked, 1 template skipped: 1 problem (1 error, 0 warnings)';
    for (const format of ['json', 'html', 'sarif']) {
      const run = runBin(['-f', format, '-o', `report.${format}`, 'pools', 'pods', 'chart', 'notes.yaml'], { cwd });
      assert.equal(run.status, 1, format);
      assert.equal(run.stdout, '');
      assert.equal(summaryOf(run.stderr), expected, format);
      assert.match(run.stderr.split('\n').at(-2)!, / in \d+\.\d\d s$/);
      assert.equal(runBin(['-f', format, '-o', `quiet.${format}`, '--quiet', 'pools'], { cwd }).stderr, '');
    }
    const toStdout = runBin(['-f', 'json', 'pools'], { cwd });
    assert.equal(toStdout.status, 1);
    assert.equal(toStdout.stderr, '');
  });

  it('exits 1 with exact positions in ESLint JSON', async () => {
    const cwd = await workspace({ 'pools/infra.yaml': BROKEN_POOL, 'pools/ok.yml': GOOD_POOL.replace('name: infra', 'name: other').replace('100.64.0.0/16', '100.65.0.0/16') });
    const run = runBin(['--format', 'json', 'pools'], { cwd });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    const results = json(run.stdout);
    assert.deepEqual(results.map((r) => [path.relative(cwd, r.filePath), r.errorCount, r.warningCount]), [
      ['pools/infra.yaml', 1, 0],
      ['pools/ok.yml', 0, 0],
    ]);
    assert.deepEqual(results[0]!.messages, [{
      ruleId: 'selector-yaml-tag',
      severity: 2,
      message: TAG_MESSAGE,
      line: 7,
      column: 17,
      endLine: 7,
      endColumn: 23,
      // ESLint's fix: offsets in the file's text and the replacement (what --fix applies).
      fix: { range: [118, 124], text: '"!all()"' },
    }]);
    assert.equal((results[0] as unknown as { fixableErrorCount: number }).fixableErrorCount, 1);
  });

  it('prints the pretty format by default, with file:line:column and the rule id', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    const run = runBin([], { cwd });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /infra\.yaml:7:17/);
    assert.match(run.stdout, /7:17 {2}Unquoted !all\(\) is a YAML tag/);
    assert.match(run.stdout, /selector-yaml-tag/);
    assert.match(run.stdout, /1 error/);
    assert.doesNotMatch(run.stdout, ANSI, 'no colors when standard output is not a terminal');
  });

  it('honours NO_COLOR and --no-color even when FORCE_COLOR is set, and --color forces colors', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    assert.doesNotMatch(runBin([], { cwd, env: { NO_COLOR: '1', FORCE_COLOR: '3' } }).stdout, ANSI);
    assert.doesNotMatch(runBin(['--no-color'], { cwd, env: { FORCE_COLOR: '3' } }).stdout, ANSI);
    assert.match(runBin(['--color'], { cwd }).stdout, ANSI);
  });

  it('honours FORCE_COLOR as Node.js and chalk read it: colors on a pipe, except FORCE_COLOR=0 or false', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    for (const value of ['1', '3', 'true', '']) assert.match(runBin([], { cwd, env: { FORCE_COLOR: value } }).stdout, ANSI, `FORCE_COLOR=${value}`);
    for (const value of ['0', 'false']) assert.doesNotMatch(runBin([], { cwd, env: { FORCE_COLOR: value } }).stdout, ANSI, `FORCE_COLOR=${value}`);
    assert.doesNotMatch(runBin([], { cwd }).stdout, ANSI, 'a pipe without FORCE_COLOR: no colors');
  });

  it('uses an installed eslint-formatter-<name> unchanged', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    const run = runBin(['-f', 'unix'], { cwd });
    assert.equal(run.status, 1);
    assert.equal(run.stdout.split('\n')[0], `${path.join(cwd, 'infra.yaml')}:7:17: ${TAG_MESSAGE} [Error/selector-yaml-tag]`);
  });

  it('rejects an unknown format with exit 2 and one line', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    const run = runBin(['-f', 'nope'], { cwd });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'calico-lint: unknown format "nope": built-in formats are pretty, json, sarif, github, gitlab, junit, html, rdjson, rdjsonl; for others install eslint-formatter-nope where calico-lint is installed\n');
    assert.equal(runBin(['-f', '../../evil'], { cwd }).status, 2);
  });

  it('answers a mistyped built-in format with the name meant, before linting anything', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    for (const [typed, meant] of [['jsn', 'json'], ['sarf', 'sarif'], ['prety', 'pretty'], ['Junit', 'junit']]) {
      const run = runBin(['-f', typed!], { cwd });
      assert.equal(run.status, 2, typed);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, `calico-lint: unknown format "${typed}": did you mean ${meant}? (built-in formats: pretty, json, sarif, github, gitlab, junit, html, rdjson, rdjsonl)\n`);
    }
  });

  it('wraps pretty output at the width of the terminal it prints to (a real pseudo-terminal, through util-linux script)', () => {
    const printed = (columns: number): string[] => {
      const run = spawnSync('script', ['-qec', `stty cols ${columns}; ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --no-color fixtures/recipe-published`, '/dev/null'], {
        cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } as NodeJS.ProcessEnv,
      });
      assert.equal(run.status, 1, run.stderr);
      return run.stdout.split(/\r?\n/).filter((line) => line.includes('  '));
    };
    const widest = (lines: string[]): number => Math.max(...lines.map((line) => [...line].length));
    const wide = printed(140);
    assert.ok(widest(wide) > 100 && widest(wide) <= 140, `widest line ${widest(wide)}`);
    const narrow = printed(90);
    assert.ok(widest(narrow) <= 90, `widest line ${widest(narrow)}`);
    assert.ok(narrow.length > wide.length);
  });

  it('wraps pretty output at 100 columns when standard output is not a terminal', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    const run = runBin([], { cwd });
    assert.equal(run.status, 1);
    const lines = run.stdout.split('\n');
    assert.ok(lines.every((line) => [...line].length <= 100), lines.find((line) => [...line].length > 100));
    // The message, cut into lines under each other, reads as before once joined.
    const at = lines.findIndex((line) => line.includes('✖'));
    const message = [lines[at]!.replace(/^.*7:17 {2}/, '').replace(/ {2,}selector-yaml-tag$/, ''), ...lines.slice(at + 1, lines.indexOf('', at)).map((line) => line.trim())].join(' ');
    assert.equal(message, TAG_MESSAGE.replaceAll('`', ''));
    assert.match(lines[at]!, /selector-yaml-tag$/);
  });

  it('reads standard input with -, named by --stdin-filename', () => {
    const named = runBin(['-', '--stdin-filename', 'rendered/prod.yaml', '-f', 'json'], { input: BROKEN_POOL });
    assert.equal(named.status, 1);
    const [result] = json(named.stdout);
    assert.equal(result!.filePath, path.join(REPO_ROOT, 'rendered/prod.yaml'));
    assert.equal(result!.messages[0]!.line, 7);

    const unnamed = runBin(['-', '-f', 'json'], { input: GOOD_POOL });
    assert.equal(unnamed.status, 0);
    assert.equal(json(unnamed.stdout)[0]!.filePath, '<stdin>');
  });

  it('lints what `kubectl kustomize` renders, piped to standard input', async () => {
    const cwd = await workspace({
      'base/kustomization.yaml': 'resources:\n- pools.yaml\n',
      'base/pools.yaml': BROKEN_POOL,
      '.calico-lint.yaml': 'infraPools: [{name: infra}]\n',
    });
    const rendered = spawnSync('kubectl', ['kustomize', 'base'], { cwd, encoding: 'utf8' });
    assert.equal(rendered.status, 0, rendered.stderr);
    // kustomize has already dropped the tag: only the empty selector is left to see.
    assert.match(rendered.stdout, /nodeSelector: ""/);
    const run = runBin(['-', '-f', 'json'], { cwd, input: rendered.stdout });
    assert.equal(run.status, 1);
    const messages = json(run.stdout)[0]!.messages;
    assert.deepEqual(messages.map((m) => [m.ruleId, m.line, m.column]), [['ippool-infra-node-selector', 7, 17]]);
  });

  it('exits 2 with one line for a missing path', async () => {
    const cwd = await workspace({});
    const run = runBin(['nope.yaml'], { cwd });
    assert.deepEqual(run, { status: 2, stdout: '', stderr: 'calico-lint: cannot read nope.yaml: no such file or directory\n' });
  });

  it('exits 2 for a glob or folder that matches nothing, unless told not to', async () => {
    const cwd = await workspace({ 'empty/readme.txt': 'hello' });
    assert.deepEqual(runBin(['x/**/*.yaml'], { cwd }), {
      status: 2,
      stdout: '',
      stderr: 'calico-lint: no files matching the pattern "x/**/*.yaml" were found\n',
    });
    assert.equal(runBin(['empty'], { cwd }).stderr, 'calico-lint: no .yaml, .yml or .json files found in empty\n');
    assert.equal(runBin(['--no-error-on-unmatched-pattern', 'empty', 'x/*.yaml'], { cwd }).status, 0);
  });

  it('exits 2 for an unknown flag or a bad flag value, without a stack trace', async () => {
    const cwd = await workspace({ 'pool.yaml': GOOD_POOL });
    const unknown = runBin(['--bogus'], { cwd });
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stderr, "calico-lint: unknown option '--bogus'\n(run calico-lint --help for usage)\n");
    const bad = runBin(['--max-warnings', 'many'], { cwd });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^calico-lint: option '--max-warnings <n>' argument 'many' is invalid/);
    const stdinName = runBin(['--stdin-filename', 'x.yaml', 'pool.yaml'], { cwd });
    assert.deepEqual(stdinName, { status: 2, stdout: '', stderr: 'calico-lint: --stdin-filename needs - among the paths (standard input)\n' });
  });

  it('exits 2 with positioned messages for an invalid configuration', async () => {
    const cwd = await workspace({ '.calico-lint.yaml': 'infraPool: []\n', 'pool.yaml': GOOD_POOL });
    const run = runBin([], { cwd });
    assert.deepEqual(run, {
      status: 2,
      stdout: '',
      stderr: 'calico-lint: .calico-lint.yaml:1:1: unknown key "infraPool" (did you mean "infraPools"?)\n',
    });
  });

  it('documents every flag in --help, and prints the version', () => {
    const help = runBin(['--help']);
    assert.equal(help.status, 0);
    for (const flag of ['--config', '--format', '--output-file', '--max-warnings', '--quiet', '--color', '--no-color',
      '--stdin-filename', '--ignore-pattern', '--no-error-on-unmatched-pattern', '--version', '--help']) {
      assert.ok(help.stdout.includes(flag), `--help mentions ${flag}`);
    }
    assert.match(help.stdout, /Exit codes:/);
    const version = runBin(['--version']);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('writes the report to --output-file and nothing to standard output', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    const run = runBin(['-f', 'json', '-o', 'report.json'], { cwd });
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    const report = JSON.parse(await readFile(path.join(cwd, 'report.json'), 'utf8')) as JsonResult[];
    assert.equal(report[0]!.messages[0]!.ruleId, 'selector-yaml-tag');
    // Missing folders are created, as ESLint does.
    const missingFolder = runBin(['-f', 'json', '-o', 'no/such/folder/report.json'], { cwd });
    assert.deepEqual([missingFolder.status, missingFolder.stdout], [1, '']);
    assert.doesNotMatch(missingFolder.stderr, /cannot write/);
    assert.equal((JSON.parse(await readFile(path.join(cwd, 'no/such/folder/report.json'), 'utf8')) as JsonResult[])[0]!.messages[0]!.ruleId, 'selector-yaml-tag');
    const underAFile = runBin(['-o', 'infra.yaml/report.txt'], { cwd });
    assert.equal(underAFile.status, 2);
    assert.match(underAFile.stderr, /^calico-lint: cannot write infra\.yaml\/report\.txt: /);
  });

  it('applies --max-warnings and --quiet as ESLint does', async () => {
    const cwd = await workspace({ '.calico-lint.yaml': 'rules: {selector-yaml-tag: warn}\n', 'infra.yaml': BROKEN_POOL });
    assert.equal(runBin([], { cwd }).status, 0, 'warnings alone exit 0');
    assert.equal(runBin(['--max-warnings', '1'], { cwd }).status, 0);
    const over = runBin(['--max-warnings', '0'], { cwd });
    assert.equal(over.status, 1);
    assert.equal(over.stderr, 'calico-lint found too many warnings (maximum: 0).\n');
    const quiet = runBin(['--quiet', '-f', 'json'], { cwd });
    assert.equal(quiet.status, 0);
    assert.deepEqual(json(quiet.stdout).flatMap((r) => r.messages), []);
  });

  it('reports a broken file as a fatal finding and still lints the others', async () => {
    const cwd = await workspace({ 'a-broken.yaml': 'kind: [\n', 'b-infra.yaml': BROKEN_POOL, 'c-dup.yaml': 'a: 1\na: 2\n' });
    // --parse-all: these broken files hold nothing a rule looks at, so by default they would not be parsed.
    const run = runBin(['-f', 'json', '--parse-all'], { cwd });
    assert.equal(run.status, 1);
    const byFile = Object.fromEntries(json(run.stdout).map((r) => [path.basename(r.filePath), r.messages]));
    assert.equal(byFile['a-broken.yaml']![0]!.fatal, true);
    assert.equal(byFile['a-broken.yaml']![0]!.ruleId, null);
    assert.equal(byFile['a-broken.yaml']![0]!.line, 2);
    assert.equal(byFile['b-infra.yaml']![0]!.ruleId, 'selector-yaml-tag');
    // kubectl reads the last value of a duplicated key: no error.
    assert.deepEqual(byFile['c-dup.yaml'], []);
  });

  it('walks folders for .yaml, .yml and .json, honouring .gitignore, skipping node_modules; globs and --ignore-pattern work', async () => {
    const cwd = await workspace({
      '.gitignore': 'generated/\n',
      'a.yaml': BROKEN_POOL,
      'b.yml': BROKEN_POOL,
      'c.json': JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } }),
      'd.txt': BROKEN_POOL,
      'generated/e.yaml': BROKEN_POOL,
      'node_modules/pkg/f.yaml': BROKEN_POOL,
      'sub/g.yaml': BROKEN_POOL,
    });
    const files = (args: string[]) =>
      json(runBin([...args, '-f', 'json'], { cwd }).stdout).map((r) => path.relative(cwd, r.filePath)).sort();
    assert.deepEqual(files([]), ['a.yaml', 'b.yml', 'c.json', 'sub/g.yaml']);
    assert.deepEqual(files(['sub/**/*.yaml', 'd.txt']), ['d.txt', 'sub/g.yaml']);
    assert.deepEqual(files(['--ignore-pattern', 'sub/**', '.']), ['a.yaml', 'b.yml', 'c.json']);
  });
});

describe('calico-lint CLI with hostile file names', () => {
  it('escapes file names for installed formatters too, so a name cannot forge output lines', async () => {
    const name = 'x\nfake.yaml:1:1: forged\u001b[31m.yaml';
    const cwd = await workspace({ [name]: BROKEN_POOL });
    const run = runBin(['-f', 'unix'], { cwd });
    assert.equal(run.status, 1);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], `${path.join(cwd, 'x\\nfake.yaml:1:1: forged\\u001b[31m.yaml')}:7:17: ${TAG_MESSAGE} [Error/selector-yaml-tag]`);
    assert.doesNotMatch(run.stdout, /\u001b/);
  });
});

describe('the installed command', () => {
  it('is an executable file with a node shebang, so npx calico-lint can run it', () => {
    const run = spawnSync(path.join(REPO_ROOT, 'dist/src/bin.js'), ['--version'], { encoding: 'utf8' });
    assert.equal(run.error, undefined, String(run.error));
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
