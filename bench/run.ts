/**
 * npm run bench: measures calico-lint against plain floors and other linters
 * measured in the same run, alternating tool by tool within each round so that
 * machine noise hits all alike (each figure is the median of the rounds):
 *   read:     list the tree with readdir and readFileSync every file (bench/baselines.mjs);
 *   relevant: the same, then a bare `yaml` parse of only the files calico-lint's
 *             relevance gate keeps (listed beforehand by bench/relevant-files.ts
 *             with calico-lint's own gate: the floor pays nothing to know them);
 *   yaml:     read every file, then a bare `yaml` parse of every file;
 *   node:     `node -e 0`, the floor for start-up;
 *   peers:    Spectral (bench/peers/spectral-ruleset.yaml: no-host-network and
 *             selector-yaml-tag) and yaml-lint (a plain js-yaml syntax check,
 *             which refuses the unknown tag `!all()`), pinned in
 *             bench/peers/package-lock.json and installed on first use into
 *             bench/peers/node_modules (npm ci --ignore-scripts).
 * Workloads: the synthetic GitOps monorepo (bench/generate.ts): sparse (about
 * 1% of files Calico-relevant), tenth (10%: issue 23's corpus) and dense
 * (every workload annotated); projectcalico/calico's own manifests and CRDs
 * (bench/real/calico, vendored); `calico-lint --version` and the lint of one
 * small file; with --big, also a sparse repository of 100,000 files; `stream`:
 * one file of 26,000 documents (Services, Deployments, pools mixed) against the
 * same documents in files of 1,000 (issue 23: ≤ 1.2×), and the same kinds,
 * 100,000 documents, on stdin (it must finish; its peak RSS is the figure);
 * `peers`: calico-lint (with all rules, and with Spectral's two alone, as the
 * issue's "equivalent ruleset" asks), Spectral and yaml-lint on a tenth corpus
 * of --peer-files files, beside the 2-rule run's floors (node, read, and the
 * relevant parse with that run's gate). Checks that calico-lint (and each peer, for what it can
 * express) found exactly the planted violations, prints the machine's load
 * average beside the figures, a table of where calico-lint's time goes
 * (CALICO_LINT_PROFILE=1, src/profile.ts) and a table of every goal of issues
 * 13 and 23. Also times the CIDR-overlap rule alone on 100,000 pools.
 *
 * Options: --files N (default 25000)  --rounds N (default 3)  --big (add 100,000 files)
 *          --only sparse,tenth,dense,real,startup,stream,stdin,peers,big   --dir DIR (default $TMPDIR/calico-lint-bench)
 *          --stream-docs N (default 26000)  --stdin-docs N (default 100000)  --peer-files N (default 5000)
 *          --bin FILE (the calico-lint to measure; default: this checkout's `bin`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, generateStream, type ExpectedFinding, type Mode } from './generate.js';
import { compareSets, ensurePeers, PEER_TOOLS, peerFindings, spectralRulesConfig, spectralRulesExpected } from './peers.js';
import { RULE_DESCRIPTIONS } from '../src/pipeline.js';
import { relevantFiles } from './relevant-files.js';
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
    'peer-files': { type: 'string', default: '5000' },
  },
});
const BIN = path.resolve(values.bin ?? path.join(ROOT, PACKAGE_BIN));
const fileCount = Number(values.files);
const rounds = Number(values.rounds);
const workloads = new Set((values.only ?? `sparse,tenth,dense,real,startup,stream,stdin,peers${values.big ? ',big' : ''}`).split(','));

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
  /** calico-lint's phases (ms), from CALICO_LINT_PROFILE=1. */
  profile?: Record<string, number>;
}

function measure(args: string[], cwd: string, input?: Buffer, env?: Record<string, string>): Measurement {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', PROBE, ...args], {
    cwd, encoding: 'utf8', maxBuffer: 1 << 30, ...(input && { input }), ...(env && { env: { ...process.env, ...env } }),
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const probe = /BENCH_MAXRSS_KB=(\d+) BENCH_CPU_US=(\d+)/.exec(result.stderr);
  if (!probe) throw new Error(`no RSS reported by ${args.join(' ')}:\n${result.stderr}`);
  return { seconds, cpuSeconds: Number(probe[2]) / 1e6, maxRssMb: Number(probe[1]) / 1024, stdout: result.stdout, stderr: result.stderr, status: result.status, profile: profileOf(result.stderr) };
}

/** The line src/profile.ts prints at exit: `CALICO_LINT_PROFILE phase.startup=12.3 … part.read=4.5 … total=99.9`. */
function profileOf(stderr: string): Record<string, number> | undefined {
  const line = /^CALICO_LINT_PROFILE (.*)$/m.exec(stderr)?.[1];
  if (line === undefined) return undefined;
  return Object.fromEntries(line.trim().split(/\s+/).map((pair) => pair.split('=')).map(([name, ms]) => [name!, Number(ms)]));
}

/**
 * The phase timer (src/profile.ts) reads the clock three times per file: some
 * 25 ms on 25,000 files here, 1% of a run. So the timed rounds run without it,
 * and a tool marked `profile` runs once more, with it, for the profile table
 * only. Runs of one file or a few dozen (stdin, stream, one small file) keep
 * it on in the timed rounds: there it costs nothing measurable.
 */
const PROFILED = { CALICO_LINT_PROFILE: '1' };

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

interface Row { workload: string; tool: string; files: number; seconds: number; cpuSeconds: number; maxRssMb: number; status: number | null; profile?: Record<string, number> }
const rows: Row[] = [];
const problems: string[] = [];

/** A command to measure; `profile`: run it once more after the rounds with CALICO_LINT_PROFILE=1 (see PROFILED). */
interface Tool { args: string[]; cwd: string; check?: (m: Measurement) => void; input?: Buffer; env?: Record<string, string>; profile?: boolean }

/** Runs each tool once per round, in turn, and keeps the medians. */
function compare(workload: string, files: number, tools: Record<string, Tool>, times = rounds): void {
  const runs: Record<string, Measurement[]> = Object.fromEntries(Object.keys(tools).map((tool) => [tool, []]));
  for (let round = 0; round < times; round++) {
    for (const [tool, { args, cwd, check, input, env }] of Object.entries(tools)) {
      const m = measure(args, cwd, input, env);
      check?.(m);
      runs[tool]!.push(m);
    }
  }
  const profiles: Record<string, Measurement> = {};
  for (const [tool, { args, cwd, input, profile }] of Object.entries(tools)) {
    if (profile) profiles[tool] = measure(args, cwd, input, PROFILED);
  }
  for (const [tool, list] of Object.entries(runs)) {
    rows.push({
      workload, tool, files,
      seconds: median(list.map((m) => m.seconds)),
      cpuSeconds: median(list.map((m) => m.cpuSeconds)),
      maxRssMb: median(list.map((m) => m.maxRssMb)),
      status: list.at(-1)!.status,
      profile: profiles[tool]?.profile ?? medianProfile(list),
    });
  }
  console.error(`${workload}: measured (load average ${load()})`);
}

/** `expected`: the planted findings, or the file listing them (bench/generate.ts). */
async function checkFindings(dir: string, reportFile: string, expected: string | readonly ExpectedFinding[]): Promise<string | undefined> {
  const results = JSON.parse(await readFile(reportFile, 'utf8')) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number }> }>;
  const key = (file: string, line: number, column: number, ruleId: string | null) => `${file}:${line}:${column} ${ruleId}`;
  const got = results.flatMap((r) => r.messages.map((m) => key(path.relative(dir, r.filePath), m.line, m.column, m.ruleId))).sort();
  const planted = typeof expected === 'string' ? JSON.parse(await readFile(expected, 'utf8')) as ExpectedFinding[] : expected;
  return compareSets(got, planted.map((e) => key(e.file, e.line, e.column, e.ruleId)).sort());
}

/** Each phase's median over the rounds. */
function medianProfile(list: Measurement[]): Record<string, number> | undefined {
  const profiles = list.map((m) => m.profile).filter((p): p is Record<string, number> => p !== undefined);
  if (profiles.length === 0) return undefined;
  const names = [...new Set(profiles.flatMap((p) => Object.keys(p)))];
  return Object.fromEntries(names.map((name) => [name, median(profiles.map((p) => p[name] ?? 0))]));
}

/** The relevant-parse floor's list: which files calico-lint's gate keeps (written to LIST for baselines.mjs); `configPath`: its --config. */
async function relevantList(workload: string, dir: string, configPath?: string): Promise<string> {
  const { files, kept } = await relevantFiles(dir, configPath);
  const listFile = path.join(values.dir, `${workload}.relevant.json`);
  writeFileSync(listFile, JSON.stringify(kept));
  console.error(`${workload}: calico-lint's gate keeps ${kept.length} of ${files} files (${(100 * kept.length / files).toFixed(1)}%): the relevant-parse floor parses those`);
  return listFile;
}

const exitedWith = (workload: string, allowed: number[]) => (m: Measurement) => {
  if (!allowed.includes(m.status ?? -1)) problems.push(`${workload}: calico-lint exited ${m.status}: ${m.stderr.slice(0, 500)}`);
};

console.error(`load average at start: ${load()}`);
for (const workload of ['sparse', 'tenth', 'dense', 'big'] as const) {
  if (!workloads.has(workload)) continue;
  const mode: Mode = workload === 'big' ? 'sparse' : workload;
  const files = workload === 'big' ? 100_000 : fileCount;
  const dir = path.join(values.dir, workload);
  const generated = await generate({ out: dir, mode, files, seed: 1 });
  const expectedFile = path.join(values.dir, `${workload}.expected.json`);
  const report = path.join(values.dir, `${workload}.report.json`);
  console.error(`${workload}: ${generated.files} files, ${(generated.bytes / 1e6).toFixed(1)} MB, ${generated.expected.length} planted findings`);
  const tools: Record<string, Tool> = { read: { args: [BASELINES, 'read', dir], cwd: ROOT } };
  // Dense: nearly every file is relevant, so the relevant floor is the yaml parse. Tenth: its goal is the relevant floor.
  if (workload !== 'dense') tools.relevant = { args: [BASELINES, 'relevant', dir, await relevantList(workload, dir)], cwd: ROOT };
  if (workload !== 'tenth') tools.yaml = { args: [BASELINES, 'yaml', dir], cwd: ROOT };
  tools['calico-lint'] = { args: [BIN, '-f', 'json', '-o', report], cwd: dir, check: exitedWith(workload, [1]), profile: true };
  compare(workload, generated.files, tools);
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
    'calico-lint': { args: [BIN, '-f', 'json', '-o', report], cwd: REAL_TREE, check: exitedWith('real', [0, 1]), profile: true },
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
    'calico-lint split files': { args: [BIN, '--max-file-size', '1GB', '-f', 'json', '-o', split, 'split'], cwd: dir, check: exitedWith('stream split', [0, 1]), env: PROFILED },
    'calico-lint one stream': { args: [BIN, '--max-file-size', '1GB', '-f', 'json', '-o', one, 'stream.yaml'], cwd: dir, check: exitedWith('stream one', [0, 1]), env: PROFILED },
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
    'calico-lint -': { args: [BIN, '--max-file-size', '1GB', '-f', 'json', '-o', path.join(values.dir, 'stdin.report.json'), '-'], cwd: dir, input, check: exitedWith('stdin', [0, 1]), env: PROFILED },
  }, 1);
}

if (workloads.has('startup')) {
  const dir = path.join(values.dir, 'startup');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  hostNetwork: true\n  containers:\n    - name: web\n      image: nginx\n');
  compare('startup', 1, {
    node: { args: [BASELINES, 'node'], cwd: dir },
    'calico-lint --version': { args: [BIN, '--version'], cwd: dir, check: exitedWith('--version', [0]) },
    'calico-lint pod.yaml': { args: [BIN, 'pod.yaml'], cwd: dir, check: exitedWith('one file', [1]), env: PROFILED },
  }, Math.max(rounds, 7));
}

if (workloads.has('peers')) {
  const why = ensurePeers();
  if (why !== undefined) {
    problems.push(`peers: not measured: ${why}`);
  } else {
    const dir = path.join(values.dir, 'peers');
    const generated = await generate({ out: dir, mode: 'tenth', files: Number(values['peer-files']), seed: 1 });
    console.error(`peers: ${generated.files} files (tenth), ${(generated.bytes / 1e6).toFixed(1)} MB, ${generated.expected.length} planted findings`);
    const report = path.join(values.dir, 'peers.report.json');
    const spectralReport = path.join(values.dir, 'peers.spectral.json');
    // Spectral's equivalent (issue 23): calico-lint with the same two rules, every other rule off in a --config beside the tree.
    const twoRulesConfig = path.join(values.dir, 'peers.2-rules.calico-lint.yaml');
    writeFileSync(twoRulesConfig, spectralRulesConfig(RULE_DESCRIPTIONS.map((rule) => rule.id), `${path.basename(dir)}/`));
    const twoRulesReport = path.join(values.dir, 'peers.2-rules.report.json');
    const twoRulesList = await relevantList('peers-2-rules', dir, twoRulesConfig);
    let yamlLintOutput = '';
    compare('peers', generated.files, {
      // The floors of the 2-rule run: start-up, reading every file, and a bare yaml parse of the files its gate keeps.
      node: { args: [BASELINES, 'node'], cwd: ROOT },
      read: { args: [BASELINES, 'read', dir], cwd: ROOT },
      'relevant (2 rules)': { args: [BASELINES, 'relevant', dir, twoRulesList], cwd: ROOT },
      'calico-lint (2 rules)': { args: [BIN, '-c', twoRulesConfig, '-f', 'json', '-o', twoRulesReport], cwd: dir, check: exitedWith('peers (2 rules)', [1]), profile: true },
      'calico-lint': { args: [BIN, '-f', 'json', '-o', report], cwd: dir, check: exitedWith('peers', [1]), profile: true },
      // Every manifest, as the floors read them (.calico-lint.yaml aside). Spectral exits 1 on errors, 2 when it fails.
      'spectral (2 rules)': {
        args: [PEER_TOOLS.spectral, 'lint', '**/*.{yaml,yml,json}', '--ruleset', PEER_TOOLS.spectralRuleset, '-f', 'json', '-o', spectralReport, '--quiet'],
        cwd: dir,
        check: (m) => { if (m.status !== 1) problems.push(`peers: spectral exited ${m.status}: ${m.stderr.slice(0, 500)}`); },
      },
      'yaml-lint (syntax, tags)': {
        args: [PEER_TOOLS.yamlLint, '**/*.{yaml,yml,json}'],
        cwd: dir,
        check: (m) => {
          yamlLintOutput = m.stdout + m.stderr;
          if (m.status !== 1) problems.push(`peers: yaml-lint exited ${m.status}: ${m.stderr.slice(0, 500)}`);
        },
      },
    });
    const mismatch = await checkFindings(dir, report, path.join(values.dir, 'peers.expected.json'));
    if (mismatch) problems.push(`peers: calico-lint did not find exactly the planted violations: ${mismatch}`);
    const twoRulesMismatch = await checkFindings(dir, twoRulesReport, spectralRulesExpected(generated.expected));
    if (twoRulesMismatch) problems.push(`peers: calico-lint (2 rules) did not find exactly the planted violations of its two rules and the syntax errors: ${twoRulesMismatch}`);
    const spectral = peerFindings.spectral(dir, spectralReport, generated.expected);
    if (spectral.mismatch) problems.push(`peers: Spectral did not find exactly the planted violations of its two rules: ${spectral.mismatch}`);
    console.error(`peers: Spectral found ${spectral.found} violations of its 2 rules${spectral.mismatch ? '' : ' (exactly the planted ones)'}, ` +
      `and ${spectral.inBrokenFiles} more in files that do not parse (calico-lint reports their syntax error); ` +
      `it read only the first document of ${spectral.firstDocumentOnly} multi-document files`);
    const yamlLint = peerFindings.yamlLint(dir, yamlLintOutput, generated.expected);
    if (yamlLint.mismatch) problems.push(`peers: yaml-lint did not refuse exactly the files with a planted tag or syntax error: ${yamlLint.mismatch}`);
    console.error(`peers: yaml-lint refused ${yamlLint.found} files${yamlLint.mismatch ? '' : ' (exactly those with a planted unknown tag or syntax error)'}; it has no hostNetwork check`);
  }
}

console.log(`\nload average (1, 5, 15 min) at the end: ${load()}; ${rounds} rounds, medians; calico-lint: ${path.relative(ROOT, BIN)}`);
console.log('\n| workload | tool | files | time (s) | CPU (s) | files/s | peak RSS (MB) |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.workload} | ${r.tool} | ${r.files} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${Math.round(r.files / r.seconds)} | ${Math.round(r.maxRssMb)} |`);
}

const PHASES = ['startup', 'config', 'discovery', 'read', 'gate', 'parse', 'rules', 'format'];
const profiled = rows.filter((r) => r.profile !== undefined);
if (profiled.length > 0) {
  console.log('\nWhere calico-lint\'s time goes (ms, CALICO_LINT_PROFILE=1: for many files one extra run after the timed rounds, else the rounds\' medians): ' +
    'read and gate are this thread\'s (standard input is read within parse), ' +
    'parse is the rest of the analysis (parsing here and waiting for the worker threads); format includes writing the report and exiting.');
  console.log(`\n| workload | run | ${PHASES.join(' | ')} | total |`);
  console.log(`|---|---|${PHASES.map(() => '---|').join('')}---|`);
  for (const r of profiled) {
    const p = r.profile!;
    const ms: Record<string, number> = {
      startup: p['phase.startup'] ?? 0, config: p['phase.config'] ?? 0, discovery: p['phase.discovery'] ?? 0,
      read: p['part.read'] ?? 0, gate: p['part.gate'] ?? 0,
      parse: (p['phase.analyze'] ?? 0) - (p['part.read'] ?? 0) - (p['part.gate'] ?? 0),
      rules: p['phase.rules'] ?? 0, format: p['phase.format'] ?? 0,
    };
    console.log(`| ${r.workload} | ${r.tool} | ${PHASES.map((phase) => Math.round(ms[phase]!)).join(' | ')} | ${Math.round(p.total ?? 0)} |`);
  }
}

const row = (workload: string, tool: string) => rows.find((r) => r.workload === workload && r.tool === tool);
/**
 * A goal: a ratio at most (≤) or at least (≥) its target, or a figure shown
 * beside them with no target; or a plain fact (a figure and whether it holds).
 * Time ratios are of wall time; the CPU-time ratio (every thread) is shown
 * beside them: on a shared machine the wall time of a process with worker
 * threads moves with the load more than its CPU time.
 */
type Goal = { name: string; value: number | undefined; cpu?: number; target?: number; atLeast?: boolean } | { name: string; fact: string; met: boolean };
const goals: Goal[] = [];
const ratio = (workload: string, tool: string, floor: string, what: 'seconds' | 'maxRssMb' | 'cpuSeconds' = 'seconds') => {
  const a = row(workload, tool);
  const b = row(workload, floor);
  return a && b ? a[what] / b[what] : undefined;
};
/** A goal on time (wall, with the CPU ratio beside it) or on peak RSS. */
const timed = (name: string, workload: string, tool: string, floor: string, target: number | undefined, atLeast = false) =>
  goals.push({ name, value: ratio(workload, tool, floor), cpu: ratio(workload, tool, floor, 'cpuSeconds'), target, atLeast });
const atMost = (name: string, value: number | undefined, target: number) => goals.push({ name, value, target });
if (workloads.has('real')) {
  timed('real tree: calico-lint / yaml parse (time)', 'real', 'calico-lint', 'yaml', 0.5);
  atMost('real tree: calico-lint / yaml parse (peak RSS)', ratio('real', 'calico-lint', 'yaml', 'maxRssMb'), 1.5);
}
if (workloads.has('sparse')) {
  timed('sparse: calico-lint / read floor (time)', 'sparse', 'calico-lint', 'read', 2.0);
  atMost('sparse: calico-lint / yaml parse (peak RSS)', ratio('sparse', 'calico-lint', 'yaml', 'maxRssMb'), 1.5);
}
if (workloads.has('tenth')) {
  timed('10% relevant: calico-lint / relevant-parse floor (time; issue 23)', 'tenth', 'calico-lint', 'relevant', 1.3);
}
if (workloads.has('dense')) {
  timed('dense: calico-lint / yaml parse (time)', 'dense', 'calico-lint', 'yaml', 1.0);
  atMost('dense: calico-lint / yaml parse (peak RSS; issue 23)', ratio('dense', 'calico-lint', 'yaml', 'maxRssMb'), 1.3);
}
if (workloads.has('big')) {
  timed('100,000 files: calico-lint / read floor (time)', 'big', 'calico-lint', 'read', 2.0);
  atMost('100,000 files: calico-lint / yaml parse (peak RSS; issue 23)', ratio('big', 'calico-lint', 'yaml', 'maxRssMb'), 1.3);
}
if (workloads.has('stream')) {
  timed(`one stream of ${values['stream-docs']} documents / the same in files of 1,000 (time)`, 'stream', 'calico-lint one stream', 'calico-lint split files', 1.2);
}
if (workloads.has('stdin')) {
  const stdin = row('stdin', 'calico-lint -');
  const finished = stdin !== undefined && (stdin.status === 0 || stdin.status === 1);
  goals.push({
    name: `${values['stdin-docs']} documents on stdin finish (peak RSS)`,
    fact: stdin === undefined ? '—' : `${finished ? 'finished' : `exit ${stdin.status}`} in ${stdin.seconds.toFixed(1)} s, ${Math.round(stdin.maxRssMb)} MB`,
    met: finished,
  });
}
if (workloads.has('peers')) {
  // The issue's goal: "Spectral with an equivalent ruleset", so calico-lint runs the same two rules; all rules beside it.
  timed('Spectral (2 rules) / calico-lint (the same 2 rules) (time; issue 23)', 'peers', 'spectral (2 rules)', 'calico-lint (2 rules)', 20, true);
  goals.push({ name: 'Spectral (2 rules) / calico-lint (the same 2 rules) (peak RSS)', value: ratio('peers', 'spectral (2 rules)', 'calico-lint (2 rules)', 'maxRssMb') });
  timed('Spectral (2 rules) / calico-lint (all rules) (time)', 'peers', 'spectral (2 rules)', 'calico-lint', undefined);
  timed('calico-lint (2 rules) / its floor: read all + yaml parse of what its gate keeps (time)', 'peers', 'calico-lint (2 rules)', 'relevant (2 rules)', undefined);
  timed('Spectral (2 rules) / that floor (time: the most any linter parsing with `yaml` could reach)', 'peers', 'spectral (2 rules)', 'relevant (2 rules)', undefined);
  timed('yaml-lint (a js-yaml parse of every file) / calico-lint (time)', 'peers', 'yaml-lint (syntax, tags)', 'calico-lint', undefined);
}
if (workloads.has('startup')) {
  timed('`--version` / `node -e 0`', 'startup', 'calico-lint --version', 'node', 2.0);
  timed('one small file / `node -e 0`', 'startup', 'calico-lint pod.yaml', 'node', 3.0);
}
console.log('\n| goal | ratio | CPU-time ratio | target | met |');
console.log('|---|---|---|---|---|');
for (const goal of goals) {
  if ('fact' in goal) {
    console.log(`| ${goal.name} | ${goal.fact} | | finishes | ${goal.met ? 'yes' : 'no'} |`);
    continue;
  }
  const { name, value, cpu, target, atLeast } = goal;
  const shown = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2));
  const met = target === undefined ? '—' : value !== undefined && (atLeast ? value >= target : value <= target) ? 'yes' : 'no';
  console.log(`| ${name} | ${shown(value)} | ${cpu === undefined ? '' : shown(cpu)} | ${target === undefined ? '—' : `${atLeast ? '≥' : '≤'} ${target.toFixed(1)}`} | ${met} |`);
}
if (workloads.has('sparse') || workloads.has('dense')) {
  const overlap = overlapBenchmark(100_000);
  console.log(`\nippool-cidr-overlap alone on ${overlap.pools.toLocaleString('en')} pools: ${overlap.milliseconds.toFixed(0)} ms (${overlap.findings} findings; O(n log n))`);
}
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
