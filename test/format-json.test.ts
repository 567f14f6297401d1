/**
 * `--format json` written in pieces (src/format/json.ts jsonChunks, written
 * by src/output.ts): joined, the pieces are byte for byte the report as one
 * string, as it was written before it was streamed (issue 23), for a run of
 * many files with findings of every shape (fixes, suggestions, related
 * locations, suppressed findings, parse errors) and clean files; and the
 * command line writes the same bytes to a file, to standard output and to a
 * `--report`.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { ESLint } from 'eslint';
import { formatReport } from '../src/format/chunks.js';
import { formatJson, jsonChunks } from '../src/format/json.js';
import { toLintResults } from '../src/format/lint-results.js';
import { printReport } from '../src/output.js';
import { lintFiles } from '../src/pipeline.js';
import { runBin, workspace } from './helpers/cli.js';
import { formatterData, sampleResults } from './helpers/format.js';

const BROKEN_POOL = ['apiVersion: crd.projectcalico.org/v1', 'kind: IPPool', 'metadata:', '  name: infra-NAME', 'spec:', '  cidr: 100.64.0.0/16', '  nodeSelector: !all()', ''].join('\n');
const SUPPRESSED_POOL = BROKEN_POOL.replace('  nodeSelector:', '  # calico-lint-disable-next-line selector-yaml-tag -- a test of suppressed findings\n  nodeSelector:');
const HOST_POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web-NAME', '  namespace: shop', 'spec:', '  hostNetwork: true', '  containers:', '    - name: web', '      image: nginx', ''].join('\n');
const CLEAN = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: settings-NAME', 'data:', '  key: value', ''].join('\n');

/** A tree of `count` files: one in ten with findings of some shape, one broken, the rest clean. */
function tree(count: number): Record<string, string> {
  const files: Record<string, string> = { 'broken.yaml': 'kind: IPPool\nspec: [\n' };
  for (let i = 0; i < count; i++) {
    const name = String(i).padStart(4, '0');
    const text = i % 30 === 0 ? BROKEN_POOL : i % 30 === 10 ? SUPPRESSED_POOL : i % 30 === 20 ? HOST_POD : CLEAN;
    files[`apps/${name}/manifest.yaml`] = text.replaceAll('NAME', name);
  }
  return files;
}

/** formatJson as it was before the report was written in pieces: one JSON.stringify of the copied results. */
function previousFormatJson(results: ESLint.LintResult[]): string {
  const withoutKey = <T extends object>(message: T): T => {
    if (!('fingerprintKey' in message)) return message;
    const { fingerprintKey: _internal, ...rest } = message as T & { fingerprintKey?: unknown };
    return rest as T;
  };
  return JSON.stringify(results.map((result) =>
    result.messages.length === 0 && result.suppressedMessages.length === 0
      ? result
      : { ...result, messages: result.messages.map(withoutKey), suppressedMessages: result.suppressedMessages.map(withoutKey) }));
}

async function runOf(files: Record<string, string>): Promise<ESLint.LintResult[]> {
  const cwd = await mkdtemp(path.join(tmpdir(), 'calico-lint-json-'));
  const texts = Object.entries(files).map(([filePath, text]) => ({ filePath, text }));
  return (await lintFiles({ patterns: [], texts, cwd, threads: 1 })).results;
}

describe('--format json in pieces', () => {
  it('joins to the previous one-string report, byte for byte, at every piece size', async () => {
    const results = await runOf(tree(300));
    const messages = results.flatMap((result) => result.messages);
    assert.ok(messages.some((message) => message.fix !== undefined), 'a finding with a fix');
    assert.ok(messages.some((message) => message.ruleId === null && message.fatal), 'a parse error');
    assert.ok(results.some((result) => result.suppressedMessages.length > 0), 'a suppressed finding');
    assert.ok(messages.some((message) => 'fingerprintKey' in message), 'an internal key that JSON leaves out');
    const expected = previousFormatJson(results);
    assert.ok(expected.length > 64 * 1024, 'more than one piece at the default size');
    assert.equal(formatJson(results), expected);
    assert.doesNotMatch(expected, /fingerprintKey/);
    for (const size of [1, 2, 100, 4096, 64 * 1024, 10 * 1024 * 1024]) {
      const pieces = [...jsonChunks(results, size)];
      assert.equal(pieces.join(''), expected, `pieces of ${size}`);
      if (size <= 4096) assert.ok(pieces.length > 10, `several pieces of ${size}`);
    }
    assert.deepEqual([...jsonChunks(results)].map((piece) => piece.length < 2 * 64 * 1024), [...jsonChunks(results)].map(() => true), 'pieces stay small');
  });

  it('results share one frozen empty list where they have none; one result per file, linted files first', async () => {
    const results = await runOf(tree(60));
    const clean = results.filter((result) => result.messages.length === 0 && result.suppressedMessages.length === 0);
    assert.ok(clean.length > 40);
    const lists = new Set(results.flatMap((result) => [result.usedDeprecatedRules, ...(result.messages.length === 0 ? [result.messages] : []), ...(result.suppressedMessages.length === 0 ? [result.suppressedMessages] : [])]));
    assert.equal(lists.size, 1);
    assert.ok(Object.isFrozen([...lists][0]));
    assert.deepEqual(clean[0], {
      filePath: clean[0]!.filePath, messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0,
      fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [],
    });
    const range = { line: 1, column: 1, endLine: 1, endColumn: 2 };
    const finding = (filePath: string) => ({ ruleId: 'r', severity: 2 as const, message: 'm', filePath, range });
    const ordered = toLintResults(['/a', '/b', '/a'], [finding('/c'), finding('/b'), finding('/c')]);
    assert.deepEqual(ordered.map((result) => [result.filePath, result.messages.length]), [['/a', 0], ['/b', 1], ['/c', 2]]);
  });

  it('gives the same for hand-made results, one result and none', () => {
    for (const results of [sampleResults(), sampleResults().slice(0, 1), []]) {
      assert.equal([...jsonChunks(results, 1)].join(''), previousFormatJson(results));
      assert.equal([...jsonChunks(results)].join(''), previousFormatJson(results));
    }
    assert.deepEqual([...jsonChunks([])], ['[]']);
  });

  it('is what formatReport gives for the json formatter; other formatters give their text', async () => {
    const results = sampleResults();
    const report = await formatReport(formatJson, results, formatterData());
    assert.notEqual(typeof report, 'string');
    assert.equal([...report].join(''), previousFormatJson(results));
    assert.equal(await formatReport(() => 'text', results, formatterData()), 'text');
  });

  it('printReport prints the pieces and one final new line, as the one string was printed', () => {
    const printed = (report: string | Iterable<string>): string[] => {
      const out: string[] = [];
      printReport(report, (text) => out.push(text));
      return out;
    };
    assert.deepEqual(printed(['[1', '', ',2]']), ['[1', ',2]', '\n']);
    assert.deepEqual(printed('[1,2]'), ['[1,2]\n']);
    assert.deepEqual(printed(['a\n']), ['a\n']);
    assert.deepEqual(printed('a\n'), ['a\n']);
    assert.deepEqual(printed(['', '']), []);
    assert.deepEqual(printed(''), []);
  });

  it('the command line writes the same bytes to -o, to standard output and to --report (npm run build first)', async () => {
    const cwd = await workspace(tree(400));
    const linted = ['apps', 'broken.yaml'];
    const toFile = runBin(['-f', 'json', '-o', 'out/report.json', '--report', 'json=also.json', ...linted], { cwd });
    assert.equal(toFile.status, 1, toFile.stderr);
    const written = await readFile(path.join(cwd, 'out/report.json'), 'utf8');
    assert.ok(written.length > 64 * 1024, 'more than one piece');
    assert.ok(await readFile(path.join(cwd, 'also.json'), 'utf8') === written, '--report json writes what -o does');
    const toStdout = runBin(['-f', 'json', ...linted], { cwd });
    assert.equal(toStdout.status, 1);
    assert.ok(toStdout.stdout === `${written}\n`, 'standard output: the same and a new line');
    // The report as one string, from the same tree linted in this process.
    const results = (await lintFiles({ patterns: linted, cwd, threads: 1 })).results;
    assert.equal(results.length, 401);
    assert.ok(written === previousFormatJson(results), 'the one-string report of the same run');
  });
});
