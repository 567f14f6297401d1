/**
 * npm run bench: measures calico-lint against plain floors measured in the
 * same run, alternating tool by tool within each round so that machine noise
 * hits all alike (each figure is the median of the rounds):
 *   read:  list the tree with readdir and readFileSync every file (bench/baselines.mjs);
 *   yaml:  the same, then a bare `yaml` parse of every file;
 *   node:  `node -e 0`, the floor for start-up.
 * Workloads: the synthetic GitOps monorepo (sparse and dense, bench/generate.ts),
 * projectcalico/calico's own manifests and CRDs (bench/real/calico, vendored),
 * `calico-lint --version` and the lint of one small file; with --big, also a
 * sparse repository of 100,000 files; `stream`: one file of 26,000 documents
 * (Services, Deployments, pools mixed) against the same documents in files of
 * 1,000 (issue 23: ≤ 1.2×), and the same kinds, 100,000 documents, on stdin
 * (it must finish; its peak RSS is the figure). Checks that calico-lint found exactly the
 * planted violations, prints the machine's load average beside the figures,
 * and a table of every goal of issue 13. Also times the CIDR-overlap rule alone
 * on 100,000 pools.
 *
 * Options: --files N (default 25000)  --rounds N (default 3)  --big (add 100,000 files)
 *          --only sparse,dense,real,startup,stream,stdin,big   --dir DIR (default $TMPDIR/calico-lint-bench)
 *          --stream-docs N (default 26000)  --stdin-docs N (default 100000)
 *          --bin FILE (the calico-lint to measure; default: this checkout's `bin`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, generateStream, type ExpectedFinding } from './generate.js';
import { overlapBenchmark } from './overlap.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_BIN = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['calico-lint']!;
const PROBE = path.join(ROOT, 'bench/rss-probe.mjs');
const BASELINES = path.join(ROOT, 'bench/baselines.mjs');
const REAL_TREE = path.join(ROOT, 'bench/real/calico');

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '25000' },
    rounds: { type: 'string', default: '3' },
    big: { type: 'boolean', default: false },
    only: { type: 'string' },
    dir: { type: 'string', default: path.join(tmpdir(), 'calico-lint-bench') },
    bin: { type: 'string' },
    'stream-docs': { type: 'string', default: '26000' },
    'stdin-docs': { type: 'string', default: '100000' },
  },
});
const BIN = path.resolve(values.bin ?? path.join(ROOT, PACKAGE_BIN));
const fileCount = Number(values.files);
const rounds = Number(values.rounds);
const workloads = new Set((values.only ?? `sparse,dense,real,startup,stream,stdin${values.big ? ',big' : ''}`).split(','));

if (!existsSync(BIN)) {
  console.error(`bench: ${path.relative(ROOT, BIN)} is missing; run \`npm run build\` first (npm run bench does)`);
  process.exit(2);
}

interface Measurement {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  stdout: string;
  stderr: string;
  status: number | null;
}

function measure(args: string[], cwd: string, input?: Buffer): Measurement {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', PROBE, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, ...(input && { input }) });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const probe = /BENCH_MAXRSS_KB=(\d+) BENCH_CPU_US=(\d+)/.exec(result.stderr);
  if (!probe) throw new Error(`no RSS reported by ${args.join(' ')}:\n${result.stderr}`);
  return { seconds, cpuSeconds: Number(probe[2]) / 1e6, maxRssMb: Number(probe[1]) / 1024, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

interface Row { workload: string; tool: string; files: number; seconds: number; cpuSeconds: number; maxRssMb: number }
const rows: Row[] = [];
const problems: string[] = [];

/** Runs each tool once per round, in turn, and keeps the medians. */
function compare(workload: string, files: number, tools: Record<string, { args: string[]; cwd: string; check?: (m: Measurement) => void; input?: Buffer }>, times = rounds): void {
  const runs: Record<string, Measurement[]> = Object.fromEntries(Object.keys(tools).map((tool) => [tool, []]));
  for (let round = 0; round < times; round++) {
    for (const [tool, { args, cwd, check, input }] of Object.entries(tools)) {
      const m = measure(args, cwd, input);
      check?.(m);
      runs[tool]!.push(m);
    }
  }
  for (const [tool, list] of Object.entries(runs)) {
    rows.push({
      workload, tool, files,
      seconds: median(list.map((m) => m.seconds)),
      cpuSeconds: median(list.map((m) => m.cpuSeconds)),
      maxRssMb: median(list.map((m) => m.maxRssMb)),
    });
  }
  console.error(`${workload}: measured (load average ${load()})`);
}

async function checkFindings(dir: string, reportFile: string, expectedFile: string): Promise<string | undefined> {
  const results = JSON.parse(await readFile(reportFile, 'utf8')) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number }> }>;
  const key = (file: string, line: number, column: number, ruleId: string | null) => `${file}:${line}:${column} ${ruleId}`;
  const got = results.flatMap((r) => r.messages.map((m) => key(path.relative(dir, r.filePath), m.line, m.column, m.ruleId))).sort();
  const expected = (JSON.parse(await readFile(expectedFile, 'utf8')) as ExpectedFinding[])
    .map((e) => key(e.file, e.line, e.column, e.ruleId)).sort();
  const gotSet = new Set(got);
  const expectedSet = new Set(expected);
  const missing = expected.filter((e) => !gotSet.has(e));
  const extra = got.filter((g) => !expectedSet.has(g));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return `missing ${JSON.stringify(missing.slice(0, 10))}, unexpected ${JSON.stringify(extra.slice(0, 10))}`;
}

const exitedWith = (workload: string, allowed: number[]) => (m: Measurement) => {
  if (!allowed.includes(m.status ?? -1)) problems.push(`${workload}: calico-lint exited ${m.status}: ${m.stderr.slice(0, 500)}`);
};

console.error(`load average at start: ${load()}`);
for (const workload of ['sparse', 'dense', 'big'] as const) {
  if (!workloads.has(workload)) continue;
  const mode = workload === 'dense' ? 'dense' : 'sparse';
  const files = workload === 'big' ? 100_000 : fileCount;
  const dir = path.join(values.dir, workload);
  const generated = await generate({ out: dir, mode, files, seed: 1 });
  const expectedFile = path.join(values.dir, `${workload}.expected.json`);
  const report = path.join(values.dir, `${workload}.report.json`);
  console.error(`${workload}: ${generated.files} files, ${(generated.bytes / 1e6).toFixed(1)} MB, ${generated.expected.length} planted findings`);
  compare(workload, generated.files, {
    read: { args: [BASELINES, 'read', dir], cwd: ROOT },
    yaml: { args: [BASELINES, 'yaml', dir], cwd: ROOT },
    'calico-lint': { args: [BIN, '-f', 'json', '-o', report], cwd: dir, check: exitedWith(workload, [1]) },
  });
  const mismatch = await checkFindings(dir, report, expectedFile);
  if (mismatch) problems.push(`${workload}: calico-lint did not find exactly the planted violations: ${mismatch}`);
}

if (workloads.has('real')) {
  const report = path.join(values.dir, 'real.report.json');
  mkdirSync(values.dir, { recursive: true });
  const files = (JSON.parse(spawnSync(process.execPath, [BASELINES, 'read', REAL_TREE], { encoding: 'utf8' }).stdout) as { files: number }).files;
  compare('real', files, {
    read: { args: [BASELINES, 'read', REAL_TREE], cwd: ROOT },
    yaml: { args: [BASELINES, 'yaml', REAL_TREE], cwd: ROOT },
    'calico-lint': { args: [BIN, '-f', 'json', '-o', report], cwd: REAL_TREE, check: exitedWith('real', [0, 1]) },
  });
  const results = JSON.parse(readFileSync(report, 'utf8')) as Array<{ messages: unknown[] }>;
  console.error(`real: ${files} files, ${results.reduce((n, r) => n + r.messages.length, 0)} findings in ${results.filter((r) => r.messages.length > 0).length} files`);
}

/** Findings per rule in a JSON report: the one stream and the split files must agree. */
function findingCounts(reportFile: string): string {
  const counts = new Map<string, number>();
  for (const result of JSON.parse(readFileSync(reportFile, 'utf8')) as Array<{ messages: Array<{ ruleId: string | null }> }>) {
    for (const message of result.messages) counts.set(String(message.ruleId), (counts.get(String(message.ruleId)) ?? 0) + 1);
  }
  return JSON.stringify([...counts].sort());
}

if (workloads.has('stream')) {
  const documents = Number(values['stream-docs']);
  const dir = path.join(values.dir, 'stream');
  const generated = await generateStream({ out: dir, documents, perFile: 1000, seed: 1 });
  console.error(`stream: ${documents} documents, ${(generated.bytes / 1e6).toFixed(1)} MB, one file against ${generated.files} files`);
  const one = path.join(values.dir, 'stream-one.report.json');
  const split = path.join(values.dir, 'stream-split.report.json');
  compare('stream', documents, {
    // A 26,000-document stream is some 14 MB: above the default 10 MB per file.
    'calico-lint split files': { args: [BIN, '--max-file-size', '1GB', '-f', 'json', '-o', split, 'split'], cwd: dir, check: exitedWith('stream split', [0, 1]) },
    'calico-lint one stream': { args: [BIN, '--max-file-size', '1GB', '-f', 'json', '-o', one, 'stream.yaml'], cwd: dir, check: exitedWith('stream one', [0, 1]) },
  });
  if (findingCounts(one) !== findingCounts(split)) problems.push(`stream: one stream found ${findingCounts(one)}, the split files ${findingCounts(split)}`);
}

if (workloads.has('stdin')) {
  const documents = Number(values['stdin-docs']);
  const dir = path.join(values.dir, 'stdin');
  const generated = await generateStream({ out: dir, documents, perFile: documents, seed: 2 });
  const input = readFileSync(path.join(dir, 'stream.yaml'));
  console.error(`stdin: ${documents} documents, ${(generated.bytes / 1e6).toFixed(1)} MB on standard input`);
  compare('stdin', documents, {
    'calico-lint -': { args: [BIN, '--max-file-size', '1GB', '-f', 'json', '-o', path.join(values.dir, 'stdin.report.json'), '-'], cwd: dir, input, check: exitedWith('stdin', [0, 1]) },
  }, 1);
}

if (workloads.has('startup')) {
  const dir = path.join(values.dir, 'startup');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  hostNetwork: true\n  containers:\n    - name: web\n      image: nginx\n');
  compare('startup', 1, {
    node: { args: [BASELINES, 'node'], cwd: dir },
    'calico-lint --version': { args: [BIN, '--version'], cwd: dir, check: exitedWith('--version', [0]) },
    'calico-lint pod.yaml': { args: [BIN, 'pod.yaml'], cwd: dir, check: exitedWith('one file', [1]) },
  }, Math.max(rounds, 7));
}

console.log(`\nload average (1, 5, 15 min) at the end: ${load()}; ${rounds} rounds, medians; calico-lint: ${path.relative(ROOT, BIN)}`);
console.log('\n| workload | tool | files | time (s) | CPU (s) | files/s | peak RSS (MB) |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.workload} | ${r.tool} | ${r.files} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${Math.round(r.files / r.seconds)} | ${Math.round(r.maxRssMb)} |`);
}

const row = (workload: string, tool: string) => rows.find((r) => r.workload === workload && r.tool === tool);
const goals: Array<[string, number | undefined, number]> = [];
const ratio = (workload: string, tool: string, floor: string, what: 'seconds' | 'maxRssMb' = 'seconds') => {
  const a = row(workload, tool);
  const b = row(workload, floor);
  return a && b ? a[what] / b[what] : undefined;
};
if (workloads.has('real')) {
  goals.push(['real tree: calico-lint / yaml parse (time)', ratio('real', 'calico-lint', 'yaml'), 0.5]);
  goals.push(['real tree: calico-lint / yaml parse (peak RSS)', ratio('real', 'calico-lint', 'yaml', 'maxRssMb'), 1.5]);
}
if (workloads.has('sparse')) {
  goals.push(['sparse: calico-lint / read floor (time)', ratio('sparse', 'calico-lint', 'read'), 2.0]);
  goals.push(['sparse: calico-lint / yaml parse (peak RSS)', ratio('sparse', 'calico-lint', 'yaml', 'maxRssMb'), 1.5]);
}
if (workloads.has('dense')) {
  goals.push(['dense: calico-lint / yaml parse (time)', ratio('dense', 'calico-lint', 'yaml'), 1.0]);
  goals.push(['dense: calico-lint / yaml parse (peak RSS)', ratio('dense', 'calico-lint', 'yaml', 'maxRssMb'), 1.5]);
}
if (workloads.has('big')) {
  goals.push(['100,000 files: calico-lint / read floor (time)', ratio('big', 'calico-lint', 'read'), 2.0]);
  goals.push(['100,000 files: calico-lint / yaml parse (peak RSS)', ratio('big', 'calico-lint', 'yaml', 'maxRssMb'), 1.5]);
}
if (workloads.has('stream')) {
  goals.push([`one stream of ${values['stream-docs']} documents / the same in files of 1,000 (time)`, ratio('stream', 'calico-lint one stream', 'calico-lint split files'), 1.2]);
}
if (workloads.has('startup')) {
  goals.push(['`--version` / `node -e 0`', ratio('startup', 'calico-lint --version', 'node'), 2.0]);
  goals.push(['one small file / `node -e 0`', ratio('startup', 'calico-lint pod.yaml', 'node'), 3.0]);
}
console.log('\n| goal | ratio | target | met |');
console.log('|---|---|---|---|');
for (const [name, value, target] of goals) {
  console.log(`| ${name} | ${value === undefined ? '—' : value.toFixed(2)} | ≤ ${target.toFixed(1)} | ${value !== undefined && value <= target ? 'yes' : 'no'} |`);
}
if (workloads.has('sparse') || workloads.has('dense')) {
  const overlap = overlapBenchmark(100_000);
  console.log(`\nippool-cidr-overlap alone on ${overlap.pools.toLocaleString('en')} pools: ${overlap.milliseconds.toFixed(0)} ms (${overlap.findings} findings; O(n log n))`);
}
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
