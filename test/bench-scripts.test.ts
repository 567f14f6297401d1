/**
 * The bench's own pieces that decide what it compares (no timing is asserted:
 * speed is measured by `npm run bench`): the 10%-relevant corpus is 10% by
 * calico-lint's real gate, the relevant-parse floor parses exactly the files
 * that gate keeps, and CALICO_LINT_PROFILE=1 makes the built CLI print every
 * phase the bench's profile table reads (and nothing without it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generate, type ExpectedFinding } from '../bench/generate.js';
import { peerFindings, SPECTRAL_RULES, spectralRulesConfig, spectralRulesExpected } from '../bench/peers.js';
import { RULE_DESCRIPTIONS } from '../src/pipeline.js';
import { relevantFiles } from '../bench/relevant-files.js';
import { REPO_ROOT, runBin, workspace } from './helpers/cli.js';

describe('bench: the 10%-relevant corpus and the relevant-parse floor', () => {
  let dir: string;
  let root: string;
  let files: number;
  let kept: string[];
  let planted: ExpectedFinding[];
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'calico-lint-bench-test-'));
    dir = path.join(root, 'tenth');
    ({ expected: planted } = await generate({ out: dir, mode: 'tenth', files: 3000, seed: 1 }));
    ({ files, kept } = await relevantFiles(dir));
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('one file in ten is kept by calico-lint\'s own gate', () => {
    assert.equal(files, 3001); // and .calico-lint.yaml
    assert.equal(kept.length, 301);
    assert.ok(kept.includes('cluster-03/planted/zz-host-network.yaml'));
    assert.ok(!kept.some((file) => file.endsWith('/service.yaml')), 'a Service alone holds nothing Calico');
  });

  it('the relevant floor reads every file and parses exactly the kept ones', async () => {
    const list = path.join(root, 'kept.json');
    await writeFile(list, JSON.stringify(kept));
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bench/baselines.mjs'), 'relevant', dir, list], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as { files: number; parsed: number; documents: number };
    assert.equal(result.files, 3001);
    assert.equal(result.parsed, kept.length);
    assert.ok(result.documents >= kept.length);
  });

  it('calico-lint with Spectral\'s two rules alone (a --config beside the tree) finds exactly their planted violations and the syntax errors', async () => {
    const config = path.join(root, 'two-rules.yaml');
    const ids = RULE_DESCRIPTIONS.map((rule) => rule.id);
    await writeFile(config, spectralRulesConfig(ids, 'tenth/'));
    const report = path.join(root, 'two-rules.json');
    const run = runBin(['-c', config, '-f', 'json', '-o', report], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const results = JSON.parse(readFileSync(report, 'utf8')) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number }> }>;
    const key = (file: string, line: number, column: number, ruleId: string | null) => `${file}:${line}:${column} ${ruleId}`;
    const got = results.flatMap((r) => r.messages.map((m) => key(path.relative(dir, r.filePath), m.line, m.column, m.ruleId))).sort();
    const want = spectralRulesExpected(planted);
    assert.deepEqual(got, want.map((e) => key(e.file, e.line, e.column, e.ruleId)).sort());
    assert.deepEqual(new Set(want.map((e) => e.ruleId)), new Set([null, ...SPECTRAL_RULES]));
    // The clusters of the copy beside the tree are the tree's: the same scopes as the all-rules run.
    const printed = runBin(['-c', config, '--print-config', 'cluster-03/planted/zz-host-network.yaml'], { cwd: dir });
    assert.equal(printed.status, 0, printed.stderr);
    assert.match(printed.stdout, /"cluster-03"/);
  });

  it('the 2-rule gate keeps no file the all-rules gate drops', async () => {
    const config = path.join(root, 'two-rules-gate.yaml');
    await writeFile(config, spectralRulesConfig(RULE_DESCRIPTIONS.map((rule) => rule.id), 'tenth/'));
    const two = await relevantFiles(dir, config);
    assert.equal(two.files, files);
    assert.ok(two.kept.every((file) => kept.includes(file)));
    assert.ok(two.kept.includes('cluster-03/planted/zz-host-network.yaml'));
  });
});

describe('bench: peers are checked against the planted violations they can express', () => {
  const dir = '/bench/peers';
  const expected: ExpectedFinding[] = [
    { file: 'a/zz-host-network.yaml', line: 17, column: 7, ruleId: 'no-host-network' },
    { file: 'a/zz-selector-tag.yaml', line: 7, column: 17, ruleId: 'selector-yaml-tag' },
    { file: 'a/zz-broken-pool.yaml', line: 7, column: 3, ruleId: null },
    { file: 'a/zz-overlap.yaml', line: 6, column: 9, ruleId: 'ippool-cidr-overlap' },
  ];
  const spectral = (results: unknown[]) => {
    const file = path.join(tmpdir(), `calico-lint-spectral-${process.pid}-${Math.random()}.json`);
    writeFileSync(file, JSON.stringify(results));
    try {
      return peerFindings.spectral(dir, file, expected);
    } finally {
      rmSync(file);
    }
  };
  const at = (code: string, file: string, line: number, message = '') => ({ code, message, source: `${dir}/${file}`, range: { start: { line: line - 1 } } });

  it('Spectral: its two rules by file and line; what it says inside a file that does not parse is counted apart', () => {
    const result = spectral([
      at('no-host-network', 'a/zz-host-network.yaml', 17),
      at('selector-yaml-tag', 'a/zz-selector-tag.yaml', 7),
      at('selector-yaml-tag', 'a/zz-broken-pool.yaml', 5),
      at('parser', 'a/app.yaml', 1, 'Expected a single document in the stream, but found more'),
      at('parser', 'a/zz-selector-tag.yaml', 7, 'Unknown tag <!all()>'),
    ]);
    assert.deepEqual(result, { mismatch: undefined, firstDocumentOnly: 1, found: 2, inBrokenFiles: 1 });
  });

  it('Spectral: a missed or an extra finding is a mismatch', () => {
    const result = spectral([at('no-host-network', 'a/zz-host-network.yaml', 17), at('no-host-network', 'a/calico-node.yaml', 9)]);
    assert.equal(result.mismatch, 'missing ["a/zz-selector-tag.yaml:7 selector-yaml-tag"], unexpected ["a/calico-node.yaml:9 no-host-network"]');
  });

  it('yaml-lint: the files it refused against those with a planted tag or syntax error', () => {
    const output = `[error] YAML Lint failed for 2 files\n${dir}/a/zz-selector-tag.yaml\n[error] unknown tag !<!all()>\n${dir}/a/zz-broken-pool.yaml\n[error] bad indentation\n`;
    assert.deepEqual(peerFindings.yamlLint(dir, output, expected), { mismatch: undefined, found: 2 });
    assert.match(peerFindings.yamlLint(dir, `${dir}/a/zz-broken-pool.yaml\n`, expected).mismatch ?? '', /missing \["a\/zz-selector-tag.yaml"\]/);
  });
});

describe('CALICO_LINT_PROFILE', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  hostNetwork: true\n';

  it('=1 prints every phase and part on standard error at exit, after the findings', async () => {
    const cwd = await workspace({ 'pod.yaml': pod });
    const run = runBin(['pod.yaml'], { cwd, env: { CALICO_LINT_PROFILE: '1' } });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /no-host-network/);
    const line = /^CALICO_LINT_PROFILE (.*)$/m.exec(run.stderr)?.[1];
    assert.ok(line !== undefined, run.stderr);
    const names = line.split(' ').map((pair) => pair.split('=')[0]);
    assert.deepEqual(names, ['phase.startup', 'phase.config', 'phase.discovery', 'phase.analyze', 'phase.rules', 'phase.format', 'part.read', 'part.gate', 'total']);
    for (const pair of line.split(' ')) assert.match(pair, /=\d+\.\d$/);
  });

  it('is silent unless set to 1', async () => {
    const cwd = await workspace({ 'pod.yaml': pod });
    for (const value of [undefined, 'true']) {
      const run = runBin(['pod.yaml'], { cwd, env: { CALICO_LINT_PROFILE: value } });
      assert.equal(run.status, 1);
      assert.doesNotMatch(run.stderr, /CALICO_LINT_PROFILE/);
    }
  });
});
