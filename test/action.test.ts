/**
 * The GitHub Action, run the way the runner runs it: `node dist-action/index.js`
 * (the committed bundle action.yml names) in the workspace, with INPUT_*
 * variables, GITHUB_WORKSPACE, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 * Every output is checked: annotations on standard output, the outputs file,
 * the job summary, the SARIF file and the exit code.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type * as Sarif from 'sarif';
import { REPO_ROOT, workspace } from './helpers/cli.js';

const BUNDLE = path.join(REPO_ROOT, 'dist-action/index.js');
const VERSION = (JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

/** Runs the bundle as the runner does; `inputs` become INPUT_<NAME> (upper case, `-` kept). */
async function runAction(ws: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'calico-lint-runner-'));
  const outputFile = path.join(runnerTemp, 'github_output');
  const summaryFile = path.join(runnerTemp, 'step_summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [BUNDLE], { cwd: ws, env, encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    workspace: ws,
  };
}

/** Reads a GITHUB_OUTPUT file, insisting on the toolkit's heredoc form with a random delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const entry = /^([A-Za-z0-9_-]+)<<(ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\n([\s\S]*?)\n\2\n/;
  let rest = text;
  while (rest !== '') {
    const match = entry.exec(rest);
    assert.ok(match, `GITHUB_OUTPUT is not in the heredoc form at: ${JSON.stringify(rest.slice(0, 80))}`);
    outputs[match[1]!] = match[3]!;
    rest = rest.slice(match[0].length);
  }
  return outputs;
}

/** The inputs the runner passes when the workflow sets none (action.yml's defaults). */
const DEFAULTS = { path: '.', config: '', 'sarif-file': 'calico-lint.sarif', 'max-warnings': '-1', 'working-directory': '.', category: '' };

async function fixtureWorkspace(name: string): Promise<string> {
  const ws = await mkdtemp(path.join(tmpdir(), 'calico-lint-ws-'));
  await cp(path.join(REPO_ROOT, 'fixtures', name), path.join(ws, name), { recursive: true });
  return ws;
}

const TAG_MESSAGE =
  'Unquoted `!all()` is a YAML tag, not a selector: `nodeSelector` is read as empty, which Calico treats as `all()` (every node). ' +
  'Quote it: `nodeSelector: "!all()"`';

describe('GitHub Action (dist-action/index.js run as the runner runs it)', () => {
  it('annotates the published recipe, writes summary, SARIF and outputs, and fails the step', async () => {
    const run = await runAction(await fixtureWorkspace('recipe-published'), DEFAULTS);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    const lines = run.stdout.split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0]!, /^::error file=recipe-published\/gitlab-runner\.yaml,line=21,col=42,endLine=21,endColumn=58,title=calico-lint%3A pool-annotation-valid::`cni\.projectcalico\.org\/ipv4pools` is not JSON/);
    assert.equal(lines[1], `::error file=recipe-published/ippools.yaml,line=23,col=17,endLine=23,endColumn=23,title=calico-lint%3A selector-yaml-tag::${TAG_MESSAGE}`);
    assert.equal(lines[2], 'calico-lint: 2 errors and 0 warnings in 2 files; SARIF report: calico-lint.sarif');
    assert.equal(lines[3], '');

    assert.deepEqual(run.outputs, { errors: '2', warnings: '0', 'sarif-file': path.join(run.workspace, 'calico-lint.sarif') });

    assert.ok(run.summary.startsWith('## calico-lint\n\n**2 errors, 0 warnings** in 2 files. 2 findings can be fixed with `calico-lint --fix` (🔧).\n\n| severity | location | rule | message |\n'), run.summary);
    assert.match(run.summary, /\n\| ❌ error \| recipe-published\/ippools\\\.yaml:23:17 \| \[selector-yaml-tag\]\(https:\/\/github\.com\/calico-lint\/calico-lint\/blob\/main\/docs\/rules\/selector-yaml-tag\.md\) \| Unquoted /);
    assert.equal(run.summary.split('\n').filter((line) => line.startsWith('| ❌ error |')).length, 2);

    const sarif = JSON.parse(await readFile(path.join(run.workspace, 'calico-lint.sarif'), 'utf8')) as Sarif.Log;
    const sarifRun = sarif.runs[0]!;
    assert.equal(sarifRun.tool.driver.version, VERSION);
    assert.deepEqual(sarifRun.results!.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.artifactLocation!.uri, r.locations![0]!.physicalLocation!.region!.startLine]), [
      ['pool-annotation-valid', 'recipe-published/gitlab-runner.yaml', 21],
      ['selector-yaml-tag', 'recipe-published/ippools.yaml', 23],
    ]);
  });

  it('passes on the corrected recipe, with several paths, one per line, and a SARIF file in a new folder', async () => {
    const ws = await fixtureWorkspace('recipe-corrected');
    const run = await runAction(ws, {
      ...DEFAULTS,
      path: 'recipe-corrected/ippools.yaml\n  recipe-corrected/gitlab-runner.yaml  \n',
      'sarif-file': 'reports/lint.sarif',
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stdout, 'calico-lint: 0 errors and 0 warnings in 2 files; SARIF report: reports/lint.sarif\n');
    assert.deepEqual(run.outputs, { errors: '0', warnings: '0', 'sarif-file': path.join(ws, 'reports/lint.sarif') });
    assert.equal(run.summary, '## calico-lint\n\nNo problems found in 2 files.\n\n' +
      // The address map of the cluster (src/format/address-map-markdown.ts).
      '### Address map\n\n**Cluster default**\n\n' +
      '| range | what | blocks × addresses | nodes it can serve | used by | defined at |\n|---|---|---|---|---|---|\n' +
      '| `10.244.0.0/16` | IPPool **default-ipv4-ippool** | 1024 × 64 (/26) | 1024 | every node | recipe-corrected/ippools\\.yaml\\:7\\:9 |\n' +
      '| `100.64.0.0/16` | IPPool **infraestrutura** | 1024 × 64 (/26) | 1024 | by annotation only | recipe-corrected/ippools\\.yaml\\:18\\:9 |\n\n');
    const sarif = JSON.parse(await readFile(path.join(ws, 'reports/lint.sarif'), 'utf8')) as Sarif.Log;
    assert.deepEqual(sarif.runs[0]!.results, []);
  });

  it('writes no SARIF file when sarif-file is empty', async () => {
    const ws = await fixtureWorkspace('recipe-corrected');
    const run = await runAction(ws, { ...DEFAULTS, 'sarif-file': '' });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, 'calico-lint: 0 errors and 0 warnings in 2 files.\n');
    assert.equal(run.outputs['sarif-file'], '');
    assert.equal(existsSync(path.join(ws, 'calico-lint.sarif')), false);
  });

  it('uses the config input, and fails on more warnings than max-warnings', async () => {
    const ws = await workspace({
      'ci/lint.yaml': 'rules: {selector-yaml-tag: warn}\n',
      'pool.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: 10.0.0.0/16\n  nodeSelector: !all()\n',
    });
    const withinLimit = await runAction(ws, { ...DEFAULTS, config: 'ci/lint.yaml' });
    assert.equal(withinLimit.status, 0, withinLimit.stdout);
    assert.match(withinLimit.stdout, /^::warning file=pool\.yaml,line=6,col=17,endLine=6,endColumn=23,title=calico-lint%3A selector-yaml-tag::/);
    assert.deepEqual([withinLimit.outputs.errors, withinLimit.outputs.warnings], ['0', '1']);

    const over = await runAction(ws, { ...DEFAULTS, config: 'ci/lint.yaml', 'max-warnings': '0' });
    assert.equal(over.status, 1);
    assert.equal(over.stdout.trimEnd().split('\n').at(-1), '::error title=calico-lint::too many warnings: 1, the maximum is 0 (input max-warnings)');
    assert.deepEqual([over.outputs.errors, over.outputs.warnings], ['0', '1']);
  });

  it('fails with one error annotation for a wrong input or configuration, and sets no output', async () => {
    const ws = await fixtureWorkspace('recipe-corrected');
    const missingConfig = await runAction(ws, { ...DEFAULTS, config: 'nope.yaml' });
    assert.equal(missingConfig.status, 2);
    assert.equal(missingConfig.stdout, '::error title=calico-lint::cannot read configuration nope.yaml: no such file or directory\n');
    assert.deepEqual(missingConfig.outputs, {});

    const badNumber = await runAction(ws, { ...DEFAULTS, 'max-warnings': 'many' });
    assert.equal(badNumber.status, 2);
    assert.equal(badNumber.stdout, '::error title=calico-lint::input max-warnings must be an integer, -1 for no limit; got "many"\n');
  });

  it('treats inputs as data, never as shell code', async () => {
    const ws = await fixtureWorkspace('recipe-corrected');
    const run = await runAction(ws, {
      ...DEFAULTS,
      path: '$(touch pwned-1)\n`touch pwned-2`\n; touch pwned-3',
      'max-warnings': '1; touch pwned-4',
    });
    assert.equal(run.status, 2);
    const run2 = await runAction(ws, { ...DEFAULTS, path: '$(touch pwned-1)\n`touch pwned-2`\n; touch pwned-3' });
    assert.equal(run2.status, 2);
    assert.match(run2.stdout, /^::error title=calico-lint::cannot read \$\(touch pwned-1\)/);
    for (const name of ['pwned-1', 'pwned-2', 'pwned-3', 'pwned-4']) assert.equal(existsSync(path.join(ws, name)), false, name);
  });

  it('keeps hostile manifests and file names inside one annotation line and escaped in the summary', async () => {
    const ws = await workspace({
      '.calico-lint.yaml': 'infraPools: [{name: infra}]\n',
      // A file name holding a line break and workflow commands.
      'evil\n::error file=x::forged,%0A.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: "infra"}\nspec: {cidr: 10.0.0.0/16, nodeSelector: ""}\n',
      'pod.yaml': [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: p',
        '  namespace: default',
        '  annotations:',
        // JSON in the annotation: the pool name holds a line break (\n), HTML, a table border and a mention.
        '    cni.projectcalico.org/ipv4pools: \'["<b>bold</b> | @team\\n::error::forged"]\'',
        'spec: {containers: [{name: c, image: i}]}',
        '',
      ].join('\n'),
    });
    const run = await runAction(ws, DEFAULTS);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) assert.match(line, /^(::error file=|::warning file=|calico-lint: )/, line);
    assert.equal(lines.filter((line) => line.startsWith('::')).length, Number(run.outputs.errors) + Number(run.outputs.warnings));
    assert.ok(lines.some((line) => line.startsWith('::error file=evil\\n%3A%3Aerror file=x%3A%3Aforged%2C%250A.yaml,line=')), run.stdout);
    assert.ok(lines.some((line) => line.startsWith('::error file=pod.yaml,line=7,') &&
      line.includes('::`cni.projectcalico.org/ipv4pools`: "<b>bold</b> | @team\\n::error::forged" is neither a valid CIDR')), run.stdout);
    assert.ok(run.summary.includes('\\`cni\\.projectcalico\\.org/ipv4pools\\`\\: "&lt;b&gt;bold&lt;/b&gt; \\| \\@team\\\\n\\:\\:error\\:\\:forged"'), run.summary);
    assert.doesNotMatch(run.summary, /<b>|\n::/);
  });

  it('refuses to write the SARIF report through a symbolic link planted in the repository', async () => {
    const ws = await fixtureWorkspace('recipe-corrected');
    const target = path.join(path.dirname(ws), `${path.basename(ws)}-target.txt`);
    await writeFile(target, 'untouched');
    await symlink(target, path.join(ws, 'calico-lint.sarif'));
    const run = await runAction(ws, DEFAULTS);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '::error title=calico-lint::cannot write calico-lint.sarif: it is a symbolic link, and reports are never written through one\n');
    assert.equal(await readFile(target, 'utf8'), 'untouched');

    // Nor into a folder that a planted link leads out of the workspace.
    const outside = await mkdtemp(path.join(tmpdir(), 'calico-lint-outside-'));
    const ws2 = await fixtureWorkspace('recipe-corrected');
    await symlink(outside, path.join(ws2, 'reports'));
    const run2 = await runAction(ws2, { ...DEFAULTS, 'sarif-file': 'reports/calico-lint.sarif' });
    assert.equal(run2.status, 2);
    assert.equal(run2.stdout, '::error title=calico-lint::cannot write reports/calico-lint.sarif: its folder reports is a symbolic link, and reports are never written through one\n');
    assert.equal(existsSync(path.join(outside, 'calico-lint.sarif')), false);
  });

  it('runs in working-directory (path, config, sarif-file relative to it) with paths from the repository root, and sets the category', async () => {
    const ws = await workspace({
      'infra/.calico-lint.yaml': 'rules: {selector-yaml-tag: warn}\n',
      'infra/clusters/pool.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec:\n  cidr: 10.0.0.0/16\n  nodeSelector: !all()\n',
      'apps/pool.yaml': 'kind: [\n',
    });
    assert.equal(spawnSync('git', ['-c', 'core.hooksPath=/dev/null', 'init', '-q'], { cwd: ws }).status, 0);
    const run = await runAction(ws, { ...DEFAULTS, 'working-directory': 'infra', path: 'clusters', 'sarif-file': 'out/lint.sarif', category: 'calico-lint/infra' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    // The configuration of infra/ applied (a warning, not an error); the file outside infra/ not linted; paths from the repository root.
    assert.match(run.stdout, /^::warning file=infra\/clusters\/pool\.yaml,line=6,/);
    assert.deepEqual(run.outputs, { errors: '0', warnings: '1', 'sarif-file': path.join(ws, 'infra/out/lint.sarif') });
    const sarif = JSON.parse(await readFile(path.join(ws, 'infra/out/lint.sarif'), 'utf8')) as Sarif.Log;
    assert.deepEqual(sarif.runs[0]!.automationDetails, { id: 'calico-lint/infra/' });
    assert.equal(sarif.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri, 'infra/clusters/pool.yaml');
  });

  it('refuses a working-directory outside the workspace, directly or through a planted link', async () => {
    const ws = await fixtureWorkspace('recipe-corrected');
    const outside = await mkdtemp(path.join(tmpdir(), 'calico-lint-outside-'));
    await symlink(outside, path.join(ws, 'linked'));
    await mkdir(path.join(ws, 'real'));
    for (const dir of ['..', 'linked', outside]) {
      const run = await runAction(ws, { ...DEFAULTS, 'working-directory': dir });
      assert.equal(run.status, 2, dir);
      assert.equal(run.stdout, `::error title=calico-lint::input working-directory ${JSON.stringify(dir).replace(/:/g, '%3A')} leads out of the workspace\n`);
      assert.deepEqual(run.outputs, {});
    }
    const missing = await runAction(ws, { ...DEFAULTS, 'working-directory': 'nope' });
    assert.equal(missing.status, 2);
    assert.match(missing.stdout, /^::error title=calico-lint::input working-directory "nope": no such file or directory\n$/);
    const file = await runAction(ws, { ...DEFAULTS, 'working-directory': 'recipe-corrected/ippools.yaml' });
    assert.match(file.stdout, /is not a folder\n$/);
  });
});
