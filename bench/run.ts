/**
 * npm run bench: generates the synthetic monorepo (sparse and dense), then
 * measures in the same run, alternating, so machine noise hits all alike:
 *   (a) floor: read every candidate file and run one regex over it;
 *   (b) yaml:  parse every file with the `yaml` package and nothing else;
 *   (c) calico-lint, the built CLI, with the repository's configuration.
 * Prints files/s, peak RSS, the ratios c/a (sparse) and c/b (dense), and
 * checks that calico-lint found exactly the planted violations. Also times
 * the CIDR-overlap rule alone on 100,000 pools.
 *
 * Options: --files N (default 25000)  --rounds N (default 3)  --dir DIR (default $TMPDIR/calico-lint-bench)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, type ExpectedFinding, type Mode } from './generate.js';
import { overlapBenchmark } from './overlap.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'dist/src/bin.js');
const PROBE = path.join(ROOT, 'bench/rss-probe.mjs');

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '25000' },
    rounds: { type: 'string', default: '3' },
    dir: { type: 'string', default: path.join(tmpdir(), 'calico-lint-bench') },
  },
});
const fileCount = Number(values.files);
const rounds = Number(values.rounds);

if (!existsSync(BIN)) {
  console.error('bench: dist/ is missing; run `npm run build` first (npm run bench does)');
  process.exit(2);
}

interface Measurement {
  seconds: number;
  maxRssMb: number;
  stdout: string;
  status: number | null;
}

function measure(args: string[], cwd: string): Measurement {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', PROBE, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr);
  if (!rss) throw new Error(`no RSS reported by ${args.join(' ')}:\n${result.stderr}`);
  return { seconds, maxRssMb: Number(rss[1]) / 1024, stdout: result.stdout, status: result.status };
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

interface Row {
  mode: Mode;
  tool: string;
  seconds: number;
  filesPerSecond: number;
  maxRssMb: number;
}

async function checkFindings(dir: string, reportFile: string, expectedFile: string): Promise<string | undefined> {
  const results = JSON.parse(await readFile(reportFile, 'utf8')) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number }> }>;
  const key = (file: string, line: number, column: number, ruleId: string | null) => `${file}:${line}:${column} ${ruleId}`;
  const got = results.flatMap((r) => r.messages.map((m) => key(path.relative(dir, r.filePath), m.line, m.column, m.ruleId))).sort();
  const expected = (JSON.parse(await readFile(expectedFile, 'utf8')) as ExpectedFinding[])
    .map((e) => key(e.file, e.line, e.column, e.ruleId)).sort();
  const missing = expected.filter((e) => !got.includes(e));
  const extra = got.filter((g) => !expected.includes(g));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return `missing ${JSON.stringify(missing)}, unexpected ${JSON.stringify(extra)}`;
}

const rows: Row[] = [];
const problems: string[] = [];
for (const mode of ['sparse', 'dense'] as const) {
  const dir = path.join(values.dir, mode);
  const generated = await generate({ out: dir, mode, files: fileCount, seed: 1 });
  const expectedFile = path.join(values.dir, `${mode}.expected.json`);
  const report = path.join(values.dir, `${mode}.report.json`);
  console.error(`${mode}: ${generated.files} files, ${(generated.bytes / 1e6).toFixed(1)} MB, ${generated.expected.length} planted findings`);
  const runs: Record<string, Measurement[]> = { floor: [], yaml: [], 'calico-lint': [] };
  for (let round = 0; round < rounds; round++) {
    runs.floor!.push(measure([path.join(ROOT, 'bench/baselines.mjs'), 'floor', dir], ROOT));
    runs.yaml!.push(measure([path.join(ROOT, 'bench/baselines.mjs'), 'yaml', dir], ROOT));
    const lint = measure([BIN, '-f', 'json', '-o', report], dir);
    if (lint.status !== 1) problems.push(`${mode}: calico-lint exited ${lint.status}, expected 1`);
    runs['calico-lint']!.push(lint);
  }
  const mismatch = await checkFindings(dir, report, expectedFile);
  if (mismatch) problems.push(`${mode}: calico-lint did not find exactly the planted violations: ${mismatch}`);
  for (const [tool, list] of Object.entries(runs)) {
    const seconds = median(list.map((m) => m.seconds));
    rows.push({ mode, tool, seconds, filesPerSecond: generated.files / seconds, maxRssMb: median(list.map((m) => m.maxRssMb)) });
  }
}

const row = (mode: Mode, tool: string) => rows.find((r) => r.mode === mode && r.tool === tool)!;
console.log('\n| repo | tool | time (s, median) | files/s | peak RSS (MB) |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.mode} | ${r.tool} | ${r.seconds.toFixed(2)} | ${Math.round(r.filesPerSecond)} | ${Math.round(r.maxRssMb)} |`);
}
const sparseRatio = row('sparse', 'calico-lint').seconds / row('sparse', 'floor').seconds;
const denseRatio = row('dense', 'calico-lint').seconds / row('dense', 'yaml').seconds;
const rssRatio = Math.max(...(['sparse', 'dense'] as const).map((m) => row(m, 'calico-lint').maxRssMb / row(m, 'yaml').maxRssMb));
const overlap = overlapBenchmark(100_000);
console.log('\n| measure | value | target |');
console.log('|---|---|---|');
console.log(`| sparse: calico-lint / read floor | ${sparseRatio.toFixed(2)} | ≤ 2.0 |`);
console.log(`| dense: calico-lint / yaml parse | ${denseRatio.toFixed(2)} | ≤ 1.0 |`);
console.log(`| peak RSS: calico-lint / yaml parse (worse mode) | ${rssRatio.toFixed(2)} | ≤ 1.5 |`);
console.log(`| ippool-cidr-overlap on ${overlap.pools.toLocaleString('en')} pools | ${overlap.milliseconds.toFixed(0)} ms (${overlap.findings} findings) | well under 1 s |`);
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
