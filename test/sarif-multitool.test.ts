/**
 * Real `--format sarif` output, validated by Microsoft's SARIF Multitool (the
 * devDependency @microsoft/sarif-multitool, a native binary) with the SARIF
 * spec rules and GitHub's ingestion rules: `validate --rule-kind "Gh;Sarif"`.
 * No error is allowed. The test does not skip when the tool is missing: it fails
 * and says how to install it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type * as Sarif from 'sarif';
import { sarifLog } from '../src/format/sarif.js';
import { REPO_ROOT, runBin, workspace } from './helpers/cli.js';
import { formatterData, sampleResults } from './helpers/format.js';

/** The native Multitool binary: the package's main export is its path. */
function multitoolBinary(): string {
  try {
    return createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  } catch (error) {
    assert.fail(
      `@microsoft/sarif-multitool is not installed (${(error as Error).message.split('\n')[0]}). ` +
        'It is a devDependency: run npm ci (or npm install --save-dev @microsoft/sarif-multitool).',
    );
  }
}

/** A .NET program: no telemetry, and invariant globalization so that it needs no ICU library on the machine. */
const MULTITOOL_ENV = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' };

interface Validation {
  errors: string[];
  warnings: string[];
}

/**
 * Runs `Sarif.Multitool validate --rule-kind "Gh;Sarif"` on a file; returns its
 * error and warning results. (The binary is run directly: the package's bin.js
 * goes through a shell, which would split "Gh;Sarif" at the semicolon.)
 */
async function validate(sarifFile: string): Promise<Validation> {
  const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-multitool-'));
  const output = path.join(dir, 'validation.sarif');
  const run = spawnSync(multitoolBinary(), ['validate', sarifFile, '--rule-kind', 'Gh;Sarif', '--output', output, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    timeout: 300_000,
    env: MULTITOOL_ENV,
  });
  if (run.error) assert.fail(`the SARIF Multitool could not run: ${run.error.message}`);
  assert.equal(run.status, 0, `the SARIF Multitool failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const log = JSON.parse(await readFile(output, 'utf8')) as Sarif.Log;
  const validation: Validation = { errors: [], warnings: [] };
  for (const validationRun of log.runs) {
    const rules = validationRun.tool.driver.rules ?? [];
    for (const result of validationRun.results ?? []) {
      const level = result.level ?? rules[result.ruleIndex ?? -1]?.defaultConfiguration?.level ?? 'warning';
      const text = `${result.ruleId}: ${JSON.stringify(result.message)}`;
      if (level === 'error') validation.errors.push(text);
      else if (level === 'warning') validation.warnings.push(text);
    }
  }
  // The tool also prints each problem as "file(line,col): error|warning ID: text" (and tool errors as "error ...").
  for (const line of run.stdout.split('\n')) {
    if (/(^|: )error\b/i.test(line)) validation.errors.push(`printed: ${line}`);
  }
  return validation;
}

const POOLS = [
  'apiVersion: projectcalico.org/v3',
  'kind: IPPool',
  'metadata:',
  '  name: infra',
  'spec:',
  '  cidr: 100.64.0.0/16',
  '  # calico-lint-disable-next-line selector-yaml-tag -- rendered by Helm, which quotes it',
  '  nodeSelector: !all()',
  '---',
  'apiVersion: projectcalico.org/v3',
  'kind: IPPool',
  'metadata:',
  '  name: tenants',
  'spec:',
  '  cidr: 100.64.0.0/20',
  '  # calico-lint-disable-next-line ippool-valid -- nothing to suppress here',
  '  nodeSelector: all()',
  '---',
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: runner',
  '  namespace: ci',
  '  annotations:',
  '    calico-lint/disable: "no-such-rule -- typo"',
  'spec:',
  '  hostNetwork: true',
  '  containers: [{name: c, image: busybox}]',
  '',
].join('\n');

describe('SARIF output validated by the SARIF Multitool (rule kinds Gh and Sarif)', () => {
  it('finds the Multitool and runs it', () => {
    const binary = multitoolBinary();
    const version = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 120_000, env: MULTITOOL_ENV });
    assert.equal(version.error, undefined, `cannot run ${binary}: ${version.error?.message}`);
    assert.equal(version.status, 0);
    assert.match(version.stdout + version.stderr, /SARIF Multitool \d+\.\d+/);
  });

  it('accepts a report with related locations, suppressions, warnings, a parse error and unusual file names', async () => {
    const cwd = await workspace({
      '.calico-lint.yaml': 'infraPools: [{name: infra, allowedNamespaces: [ci]}]\n',
      'clusters/pools.yaml': POOLS,
      'clusters/broken.yaml': 'kind: IPPool\nspec: [\n',
      'clusters/with space/ü #1.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: default}\nspec: {hostNetwork: yes}\n',
    });
    const run = runBin(['-f', 'sarif', '-o', 'report.sarif', '--keep-suppressed', '--category', 'calico-lint/prod'], { cwd });
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(await readFile(path.join(cwd, 'report.sarif'), 'utf8')) as Sarif.Log;
    const results = log.runs[0]!.results!;
    const ruleIds = results.map((r) => r.ruleId).sort();
    for (const expected of ['ippool-cidr-overlap', 'invalid-suppression', 'no-host-network', 'parse-error', 'selector-yaml-tag', 'unused-suppression']) {
      assert.ok(ruleIds.includes(expected), `the report has a ${expected} result (${ruleIds.join(', ')})`);
    }
    assert.ok(results.some((r) => r.relatedLocations?.length), 'a result with related locations');
    assert.ok(results.some((r) => r.suppressions?.[0]?.kind === 'inSource'), 'a suppressed result');
    assert.ok(results.every((r) => /^[0-9a-f]{32}:\d+$/.test(r.partialFingerprints?.primaryLocationLineHash ?? '')), 'primaryLocationLineHash on every result');
    assert.deepEqual(log.runs[0]!.automationDetails, { id: 'calico-lint/prod/' });
    assert.ok(results.some((r) => r.level === 'warning'), 'a warning');
    assert.ok(results.some((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'clusters/with%20space/%C3%BC%20%231.yaml'));

    const validation = await validate(path.join(cwd, 'report.sarif'));
    assert.deepEqual(validation.errors, [], 'no validation error');
    assert.deepEqual(validation.warnings, [], 'no validation warning either');
  });

  it('accepts a report cut at the result limit, with its tool notification', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-sarif-'));
    const file = path.join(dir, 'capped.sarif');
    const log = sarifLog(sampleResults(), formatterData({ keepSuppressed: true }), 2);
    assert.equal(log.runs[0]!.results!.length, 2);
    assert.equal(log.runs[0]!.invocations![0]!.toolExecutionNotifications!.length, 1);
    await writeFile(file, JSON.stringify(log, null, 2));
    const validation = await validate(file);
    assert.deepEqual(validation.errors, []);
    assert.deepEqual(validation.warnings, []);
  });

  it('reports the errors of a broken report (the check is not vacuous)', async () => {
    const cwd = await workspace({ 'pools.yaml': POOLS });
    runBin(['-f', 'sarif', '-o', 'report.sarif'], { cwd });
    const file = path.join(cwd, 'report.sarif');
    const log = JSON.parse(await readFile(file, 'utf8')) as Sarif.Log;
    log.runs[0]!.results![0]!.ruleIndex = 999;
    delete log.runs[0]!.results![1]!.locations![0]!.physicalLocation!.region;
    await writeFile(file, JSON.stringify(log));
    const validation = await validate(file);
    assert.ok(validation.errors.some((e) => e.startsWith('SARIF1009')), validation.errors.join('\n'));
    assert.ok(validation.warnings.some((w) => w.startsWith('SARIF2017')), validation.warnings.join('\n'));
  });

  it('accepts the report of the bundled fixtures', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-sarif-'));
    const out = path.join(dir, 'fixtures.sarif');
    const run = runBin(['--config', 'fixtures/.calico-lint.yaml', 'fixtures', '-f', 'sarif', '-o', out], { cwd: REPO_ROOT });
    assert.equal(run.status, 1, run.stderr);
    const validation = await validate(out);
    assert.deepEqual(validation.errors, []);
    assert.deepEqual(validation.warnings, []);
  });

  it('accepts a report with fixes and suggestions (artifactChanges with replacements, never empty)', async () => {
    const cwd = await workspace({
      '.calico-lint.yaml': 'infraPools: [{name: infra, allowedNamespaces: [ci]}]\n',
      'pools.yaml': FIXABLE,
    });
    const run = runBin(['-f', 'sarif', '-o', 'report.sarif'], { cwd });
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(await readFile(path.join(cwd, 'report.sarif'), 'utf8')) as Sarif.Log;
    const withFixes = log.runs[0]!.results!.filter((r) => r.fixes?.length);
    const fixed = new Set(withFixes.map((r) => r.ruleId));
    for (const ruleId of ['selector-yaml-tag', 'pool-annotation-valid', 'ippool-valid', 'unused-suppression', 'no-host-network', 'ippool-misplaced-field']) {
      assert.ok(fixed.has(ruleId), `a ${ruleId} result with fixes (${[...fixed].join(', ')})`);
    }
    for (const result of withFixes) {
      for (const fix of result.fixes!) {
        assert.ok(fix.artifactChanges.length > 0 && fix.artifactChanges.every((change) => change.replacements.length > 0));
      }
    }
    const validation = await validate(path.join(cwd, 'report.sarif'));
    assert.deepEqual(validation.errors, []);
    assert.deepEqual(validation.warnings, []);
  });
});

const FIXABLE = [
  'apiVersion: projectcalico.org/v3',
  'kind: IPPool',
  'metadata:',
  '  name: infra',
  'spec:',
  '  cidr: 100.64.0.1/16',
  '  nodeSelector: !all()   # never auto-assigned',
  '---',
  'apiVersion: crd.projectcalico.org/v1',
  'kind: IPPool',
  'metadata:',
  '  name: flat',
  'spec:',
  '  cidr: 10.20.0.0/16',
  'natOutgoing: true',
  '---',
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: runner',
  '  namespace: ci',
  '  annotations:',
  '    cni.projectcalico.org/ipv4pools: \u201c["infra"]\u201d',
  'spec:',
  '  # calico-lint-disable-next-line ippool-valid -- nothing to suppress here',
  '  hostNetwork: true',
  '  containers: [{name: c, image: busybox}]',
  '',
].join('\n');
