/**
 * `--fix`, `--fix-dry-run` and `--fix-type` through the built CLI, as a child
 * process: what is written, what is not, the exit status after the fixes, and
 * the inputs never touched (standard input, a Helm chart's templates/, a
 * symbolic link).
 */
import assert from 'node:assert/strict';
import { lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin, workspace } from './helpers/cli.js';

const POOL = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec:\n  cidr: 100.64.0.0/16\n  nodeSelector: !all()   # infra only\n';
const FIXED_POOL = POOL.replace('!all()', '"!all()"');
/** A finding with a fix (the tag) and one without (host bits). */
const MIXED = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra}\nspec:\n  cidr: 100.64.0.1/16\n  nodeSelector: !all()\n';
const DIRECTIVE = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  # calico-lint-disable-next-line no-host-network -- old\n  containers: [{name: c, image: busybox}]\n';

describe('--fix', () => {
  it('writes the fixed file in place, byte for byte outside the edit, and exits 0 when nothing remains', async () => {
    const cwd = await workspace({ 'pool.yaml': POOL });
    const run = runBin(['--fix', 'pool.yaml'], { cwd });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(readFileSync(path.join(cwd, 'pool.yaml'), 'utf8'), FIXED_POOL);
    // A second run has nothing to fix.
    assert.equal(runBin(['--fix', 'pool.yaml'], { cwd }).status, 0);
    assert.equal(readFileSync(path.join(cwd, 'pool.yaml'), 'utf8'), FIXED_POOL);
  });

  it('keeps a byte-order mark and CRLF line ends', async () => {
    const cwd = await workspace({ 'pool.yaml': `\uFEFF${POOL.replaceAll('\n', '\r\n')}` });
    assert.equal(runBin(['--fix', 'pool.yaml'], { cwd }).status, 0);
    assert.equal(readFileSync(path.join(cwd, 'pool.yaml'), 'utf8'), `\uFEFF${FIXED_POOL.replaceAll('\n', '\r\n')}`);
  });

  it('exits 1 and reports what remains (the JSON output of a fixed file carries `output`)', async () => {
    const cwd = await workspace({ 'pool.yaml': MIXED });
    const run = runBin(['--fix', '-f', 'json', 'pool.yaml'], { cwd });
    assert.equal(run.status, 1);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }>; output?: string }>;
    assert.deepEqual(result!.messages.map((m) => m.ruleId), ['ippool-valid']);
    assert.equal(result!.output, MIXED.replace('!all()', '"!all()"'));
    assert.equal(readFileSync(path.join(cwd, 'pool.yaml'), 'utf8'), result!.output);
  });

  it('--fix-dry-run writes nothing and gives each fixed file\'s full text as `output`', async () => {
    const cwd = await workspace({ 'pool.yaml': POOL, 'pod.yaml': DIRECTIVE, 'clean.yaml': FIXED_POOL.replace('infra', 'other').replace('100.64.', '100.65.') });
    const run = runBin(['--fix-dry-run', '-f', 'json', '.'], { cwd });
    assert.equal(run.status, 0, run.stderr);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: unknown[]; output?: string }>;
    const byName = new Map(results.map((r) => [path.basename(r.filePath), r]));
    assert.equal(byName.get('pool.yaml')!.output, FIXED_POOL);
    assert.equal(byName.get('pod.yaml')!.output, DIRECTIVE.replace(/  # calico-lint.*\n/, ''));
    assert.equal(byName.get('clean.yaml')!.output, undefined);
    assert.equal(readFileSync(path.join(cwd, 'pool.yaml'), 'utf8'), POOL);
    assert.equal(readFileSync(path.join(cwd, 'pod.yaml'), 'utf8'), DIRECTIVE);
  });

  it('--fix-type directive fixes only unused suppressions', async () => {
    const cwd = await workspace({ 'pool.yaml': POOL, 'pod.yaml': DIRECTIVE });
    const run = runBin(['--fix', '--fix-type', 'directive', '.'], { cwd });
    assert.equal(run.status, 1);
    assert.equal(readFileSync(path.join(cwd, 'pool.yaml'), 'utf8'), POOL);
    assert.equal(readFileSync(path.join(cwd, 'pod.yaml'), 'utf8'), DIRECTIVE.replace(/  # calico-lint.*\n/, ''));
    assert.equal(runBin(['--fix-type', 'layout', '--fix', '.'], { cwd }).status, 2);
    assert.equal(runBin(['--fix-type', 'problem', '.'], { cwd }).status, 2, '--fix-type needs --fix');
    assert.equal(runBin(['--fix', '--fix-dry-run', '.'], { cwd }).status, 2);
  });

  it('never touches standard input: the finding stays, without a fix', async () => {
    const cwd = await workspace({});
    const run = runBin(['--fix', '-f', 'json', '-'], { cwd, input: POOL });
    assert.equal(run.status, 1);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; fix?: unknown }>; output?: string }>;
    assert.equal(result!.messages[0]!.ruleId, 'selector-yaml-tag');
    assert.equal(result!.messages[0]!.fix, undefined);
    assert.equal(result!.output, undefined);
  });

  it('never edits a file under a Helm chart\'s templates/ folder', async () => {
    const cwd = await workspace({ 'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n', 'chart/templates/pool.yaml': POOL, 'templates/pool.yaml': POOL });
    const run = runBin(['--fix', 'chart/templates/pool.yaml', 'templates/pool.yaml'], { cwd });
    assert.equal(run.status, 1);
    assert.equal(readFileSync(path.join(cwd, 'chart/templates/pool.yaml'), 'utf8'), POOL);
    // A templates/ folder outside a chart is an ordinary folder.
    assert.equal(readFileSync(path.join(cwd, 'templates/pool.yaml'), 'utf8'), FIXED_POOL);
  });

  it('never writes through a symbolic link', async () => {
    const cwd = await workspace({ 'real/pool.yaml': POOL });
    symlinkSync(path.join(cwd, 'real/pool.yaml'), path.join(cwd, 'link.yaml'));
    const run = runBin(['--fix', 'link.yaml'], { cwd });
    assert.ok(lstatSync(path.join(cwd, 'link.yaml')).isSymbolicLink());
    assert.equal(readFileSync(path.join(cwd, 'real/pool.yaml'), 'utf8'), POOL);
    assert.notEqual(run.status, 0);
  });

  it('a fix that needs several passes: both flattened fields end under spec', async () => {
    const flat = 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: flat\nspec:\ncidr: 10.20.0.0/16\nnatOutgoing: true\nblockSize: 26\n';
    const cwd = await workspace({ 'flat.yaml': flat });
    writeFileSync(path.join(cwd, 'flat.yaml'), flat);
    assert.equal(runBin(['--fix', 'flat.yaml'], { cwd }).status, 0);
    assert.equal(readFileSync(path.join(cwd, 'flat.yaml'), 'utf8'), flat.replace(/^(cidr|natOutgoing|blockSize)/gm, '  $1'));
  });
});
