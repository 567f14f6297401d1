/**
 * `--report FORMAT=PATH` (several reports from one run, each byte for byte
 * what `-f FORMAT -o PATH` writes) and `--print-config FILE` (the
 * configuration that applies to one file), through the built CLI.
 */
import assert from 'node:assert/strict';
import { existsSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { BIN, runBin, workspace } from './helpers/cli.js';

const BROKEN_POOL = ['apiVersion: crd.projectcalico.org/v1', 'kind: IPPool', 'metadata:', '  name: infra', 'spec:', '  cidr: 100.64.0.0/16', '  nodeSelector: !all()', ''].join('\n');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;
const WARN_POOL = BROKEN_POOL.replace('name: infra', 'name: infra-w');

/** Reports whose text depends on nothing but the results: the same from any run of the same tree. */
const FORMATS = { json: 'out/report.json', gitlab: 'gl-code-quality-report.json', junit: 'reports/junit/calico-lint.xml', sarif: 'calico-lint.sarif', html: 'map.html' };

describe('--report FORMAT=PATH', () => {
  it('writes every format from one run, each as -f FORMAT -o PATH writes it, beside the main report', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    const args = Object.entries(FORMATS).flatMap(([format, file]) => ['--report', `${format}=${file}`]);
    const run = runBin(['--no-color', ...args], { cwd });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /selector-yaml-tag/, 'the -f report (pretty) still goes to standard output');
    for (const [format, file] of Object.entries(FORMATS)) {
      const alone = await workspace({ 'infra.yaml': BROKEN_POOL });
      assert.equal(runBin(['-f', format, '-o', 'alone'], { cwd: alone }).status, 1);
      const expected = (await readFile(path.join(alone, 'alone'), 'utf8')).replaceAll(alone, cwd);
      assert.equal(await readFile(path.join(cwd, file), 'utf8'), expected, format);
    }
  });

  it('uses the same findings for every report, and the exit code, --max-warnings and --quiet are unchanged', async () => {
    const cwd = await workspace({ '.calico-lint.yaml': 'rules: {selector-yaml-tag: warn}\n', 'infra.yaml': WARN_POOL });
    assert.equal(runBin(['--report', 'json=r.json'], { cwd }).status, 0, 'warnings alone exit 0');
    const over = runBin(['--max-warnings', '0', '-f', 'json', '-o', 'main.json', '--report', 'junit=r.xml', '--report', 'json=r.json'], { cwd });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /\ncalico-lint found too many warnings \(maximum: 0\)\.\n$/);
    assert.equal(await readFile(path.join(cwd, 'r.json'), 'utf8'), await readFile(path.join(cwd, 'main.json'), 'utf8'));
    assert.match(await readFile(path.join(cwd, 'r.xml'), 'utf8'), /selector-yaml-tag/);
    const quiet = runBin(['--quiet', '--report', 'json=q.json'], { cwd });
    assert.equal(quiet.status, 0);
    assert.deepEqual((JSON.parse(await readFile(path.join(cwd, 'q.json'), 'utf8')) as Array<{ messages: unknown[] }>).flatMap((r) => r.messages), []);
  });

  it('writes a text format without colors while the terminal report has them, unless colors are forced', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    // FORCE_COLOR stands in for a terminal here: the report file follows --color, as -o does.
    const forced = runBin(['--report', 'pretty=colored.txt'], { cwd, env: { FORCE_COLOR: '1' } });
    assert.match(forced.stdout, ANSI);
    assert.match(await readFile(path.join(cwd, 'colored.txt'), 'utf8'), ANSI, 'forced colors reach the file too');
    const plain = runBin(['--color', '-f', 'json', '--report', 'pretty=plain.txt'], { cwd });
    assert.equal(plain.status, 1);
    assert.match(await readFile(path.join(cwd, 'plain.txt'), 'utf8'), ANSI, '--color colors the file');
    // On a terminal (util-linux script gives the run one): colors on the screen, none in the file.
    const terminal = spawnSync('script', ['-qec', `${process.execPath} ${BIN} --report pretty=none.txt`, '/dev/null'], { cwd, encoding: 'utf8', env: withoutColorVariables() });
    assert.match(terminal.stdout, ANSI, 'the terminal report is colored');
    const text = await readFile(path.join(cwd, 'none.txt'), 'utf8');
    assert.doesNotMatch(text, ANSI);
    assert.match(text, /7:17 {2}Unquoted !all\(\)/);
  });

  it('refuses, before linting: a malformed value, an unknown format, one file named twice, a linked folder', async () => {
    const cwd = await workspace({ 'infra.yaml': BROKEN_POOL });
    for (const value of ['sarif', '=x.sarif', 'sarif=', ' =x']) {
      const run = runBin(['--report', value], { cwd });
      assert.equal(run.status, 2, value);
      assert.match(run.stderr, /option '--report <format=path>' argument .* is invalid\. must be FORMAT=PATH, e\.g\. sarif=calico-lint\.sarif\./, value);
    }
    const unknown = runBin(['--report', 'nope=x.txt'], { cwd });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown format "nope"/);
    const twice = runBin(['-o', 'r.json', '--report', 'json=./r.json'], { cwd });
    assert.deepEqual([twice.status, twice.stderr], [2, 'calico-lint: --report json=./r.json: --output-file writes the same file\n']);
    symlinkSync('/tmp', path.join(cwd, 'linked'));
    const linked = runBin(['--report', 'sarif=linked/x.sarif'], { cwd });
    assert.equal(linked.status, 2);
    assert.match(linked.stderr, /its folder linked is a symbolic link/);
    for (const file of ['x.txt', 'r.json']) assert.equal(existsSync(path.join(cwd, file)), false, `${file}: nothing was written`);
  });
});

describe('--print-config FILE', () => {
  it('prints the cluster scope, its facts, the policy and every rule severity for that file, and lints nothing', async () => {
    const cwd = await workspace({
      '.calico-lint.yaml': [
        'infraPools: [{ name: infra, allowedNamespaces: [ci-*] }]',
        'clusters:',
        '  - { name: prod, paths: ["clusters/prod/**"], podCidrs: [10.244.0.0/16], maxNodes: 40 }',
        'ignores: ["vendor/**"]',
        'rules: { no-host-network: warn, pool-capacity: "off" }',
        'podCidrs: [10.42.0.0/16]',
        '',
      ].join('\n'),
      'clusters/prod/infra.yaml': BROKEN_POOL,
    });
    const prod = runBin(['--print-config', 'clusters/prod/infra.yaml'], { cwd });
    assert.equal(prod.status, 0, prod.stderr);
    const config = JSON.parse(prod.stdout) as Record<string, any>;
    assert.equal(config.file, 'clusters/prod/infra.yaml');
    assert.equal(config.configFile, '.calico-lint.yaml');
    assert.equal(config.cluster, 'prod');
    assert.deepEqual(config.clusterFacts, { podCidrs: ['10.244.0.0/16'], serviceCidrs: [], nodeCidrs: [], maxNodes: 40 });
    assert.equal(config.ignored, false);
    assert.deepEqual(config.infraPools, [{ name: 'infra', allowedNamespaces: ['ci-*'] }]);
    assert.equal(config.rules['no-host-network'], 'warn');
    assert.equal(config.rules['pool-capacity'], 'off');
    assert.equal(config.rules['selector-yaml-tag'], 'error', 'defaults included');
    assert.equal(config.rules['unused-suppression'], 'warn', 'and the engine\'s own checks');
    assert.doesNotMatch(prod.stdout, /Unquoted/, 'nothing linted');

    const other = JSON.parse(runBin(['--print-config', 'vendor/x.yaml', '--quiet'], { cwd }).stdout) as Record<string, any>;
    assert.equal(other.cluster, 'default');
    assert.deepEqual(other.clusterFacts.podCidrs, ['10.42.0.0/16'], 'the top-level facts');
    assert.equal(other.ignored, true);
    assert.equal(other.rules['no-host-network'], 'off', '--quiet turns warnings off');

    const bad = await workspace({ '.calico-lint.yaml': 'infraPool: []\n' });
    const invalid = runBin(['--print-config', 'x.yaml'], { cwd: bad });
    assert.equal(invalid.status, 2);
    assert.match(invalid.stderr, /unknown key "infraPool"/);
  });
});

function withoutColorVariables(): NodeJS.ProcessEnv {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...env } = process.env;
  return { ...env, NODE_OPTIONS: '' };
}
