#!/usr/bin/env node
// Runs every test/**/*.test.ts with node:test through tsx, as many processes at
// a time as the machine has cores, the longest first. An empty list is an error.
//
// Why not `node --test` with all the files: Node 20's runner runs
// availableParallelism() - 1 files at a time (one on a 2-core machine), in name
// order, and starts one process per file, each loading tsx and the sources
// again (about 1.3 s of CPU per file).
// Here the files known to be long (MEASURED_SECONDS of LONG_SECONDS or more)
// run in a process each, and the others share a few processes: `node --import tsx -e "describe(a, () =>
// import(a)); describe(b, () => import(b)); …"` runs the tests of every file imported, as
// `node --test a` would (node:test runs the tests of the entry point's
// modules, and exits 1 when one fails), each file's tests in a suite named
// by the file: the spec reporter then ends each file with `✔ a` or `✖ a` at
// the start of a line, which names the files that failed (a file that fails
// to load fails its suite too; a test that throws after it ended is found by
// its name). No test file changes process-wide
// state (cwd, environment, mocks), which this relies on.
//
// A process fails the run when it exits non-zero or reports no test. Its
// output (spec reporter) is printed whole when it ends; the last line names
// the failing files. What the files share
// during a run (one npm pack) goes in the folder named by
// CALICO_LINT_TEST_RUN_DIR, removed at the end.
//
// Usage: node scripts/run-tests.mjs [--jobs=N] [--isolate] [node test options] [test files]
//   --jobs=N     processes at a time (default: the number of cores; also CALICO_LINT_TEST_JOBS)
//   --isolate    one process per file, each timed (to find slow files)
//   e.g. --test-name-pattern=kubectl is passed to node.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { globby } from 'globby';

/**
 * CPU seconds of the longest files, each run alone (user + system of the
 * process and its children, 2 cores, load 6 to 8; measured 2026-12-08): the
 * files of LONG_SECONDS or more get a process each, and every estimate orders
 * and balances the processes. Unlisted files count as SHORT. pre-commit's
 * hook install waits on npm and git for about as long again as it computes:
 * first, it overlaps the most.
 */
const MEASURED_SECONDS = {
  'test/pre-commit.test.ts': 46,
  'test/hostile.test.ts': 40,
  'test/cli-base.test.ts': 30,
  'test/optimised-equivalence.test.ts': 24,
  'test/base-new-findings.test.ts': 22,
  'test/rendered.test.ts': 21,
  'test/cli.test.ts': 20,
  'test/kustomize-namespaces.test.ts': 18,
  'test/position-index.test.ts': 18,
  'test/harden.test.ts': 18,
  'test/ci-base.test.ts': 17,
  'test/property.test.ts': 17,
  'test/folder-twins.test.ts': 16,
  'test/package.test.ts': 16,
  'test/heap.test.ts': 15,
  'test/kustomize-patch-targets.test.ts': 14,
  'test/gitlab-template.test.ts': 14,
  'test/differential/kubectl.test.ts': 14,
  'test/base-policy.test.ts': 13,
  'test/sarif-multitool.test.ts': 13,
  'test/sarif-fingerprint.test.ts': 9,
  'test/rules/ippool-removed-in-use.test.ts': 9,
  'test/cli-reports.test.ts': 8,
  'test/cli-ci-formats.test.ts': 8,
  'test/differential/structural-kubectl.test.ts': 7,
  'test/differential/structural.test.ts': 7,
  'test/relevance.test.ts': 7,
  'test/action.test.ts': 7,
  'test/rules/ippool-immutable-change.test.ts': 6,
  'test/operator-pool-naming.test.ts': 6,
  'test/format-html.test.ts': 5,
  'test/rules/installation-pool-change.test.ts': 4,
  'test/rules/ippool-allowed-uses-change.test.ts': 4,
  'test/rules/ippool-env-change.test.ts': 4,
};
/** Estimates now count children's CPU (a file's CLI runs): at 15, 15 files ran alone, 26 processes in all. */
const LONG_SECONDS = 25;
const SHORT = 2;
/** What a file saves by sharing a process: tsx and the sources are loaded once. */
const PROCESS_SECONDS = 1.3;
/** Shared processes of about this many seconds (14 processes in all) balance the cores well at the end of a run. */
const SHARED_SECONDS = 40;

function parseArguments(argv) {
  let jobs = Number(process.env.CALICO_LINT_TEST_JOBS) || availableParallelism();
  let isolate = false;
  const nodeOptions = [];
  const files = [];
  for (const arg of argv) {
    const match = /^--jobs=(\d+)$/.exec(arg);
    if (match) jobs = Number(match[1]);
    else if (arg === '--isolate') isolate = true;
    else if (arg.startsWith('-')) nodeOptions.push(arg);
    else files.push(arg);
  }
  return { jobs: Math.max(1, jobs), isolate, nodeOptions, files };
}

const estimate = (file) => MEASURED_SECONDS[file] ?? SHORT;

/**
 * The processes to run: each long file alone, the others spread over shared
 * processes of about SHARED_SECONDS (the next file goes to the least loaded one).
 */
function plan(files, isolate, jobs) {
  const byLength = [...files].sort((a, b) => estimate(b) - estimate(a) || a.localeCompare(b));
  const alone = isolate ? byLength : byLength.filter((file) => estimate(file) >= LONG_SECONDS);
  const shared = isolate ? [] : byLength.filter((file) => estimate(file) < LONG_SECONDS);
  const units = alone.map((file) => ({ files: [file], seconds: estimate(file) }));
  const sharedSeconds = shared.reduce((sum, file) => sum + estimate(file) - PROCESS_SECONDS, 0);
  const groups = Array.from({ length: Math.min(shared.length, Math.max(jobs, Math.ceil(sharedSeconds / SHARED_SECONDS))) }, () => ({ files: [], seconds: PROCESS_SECONDS }));
  for (const file of shared) {
    const lightest = groups.reduce((min, group) => (group.seconds < min.seconds ? group : min));
    lightest.files.push(file);
    lightest.seconds += estimate(file) - PROCESS_SECONDS;
  }
  return [...units, ...groups].sort((a, b) => b.seconds - a.seconds);
}

/** The command that runs these test files in one process. */
function commandOf(files, nodeOptions) {
  const options = ['--import', 'tsx', '--test-reporter=spec', ...nodeOptions];
  if (files.length === 1) return [...options, files[0]];
  const suites = files.map((file) => `describe(${JSON.stringify(file)}, async () => { await import(${JSON.stringify(pathToFileURL(file).href)}); });`);
  return [...options, '--input-type=module', '--eval', `import { describe } from 'node:test'; ${suites.join(' ')}`];
}

/**
 * The files of a failed process that failed: those whose suite the spec
 * reporter ends with `✖ <file> (` at the start of a line; all of them when
 * it names none (a crash before the tests ran, a signal).
 */
function failingFiles(result) {
  if (!result.failed) return [];
  if (result.files.length === 1) return result.files;
  const lines = result.output.split('\n');
  const leaking = filesOfLeakingTests(result.files, lines);
  const named = result.files.filter((file) => lines.some((line) => line.startsWith(`✖ ${file} (`)) || leaking.includes(file));
  return named.length > 0 ? named : result.files;
}

/**
 * A test that throws after it ended (a timer, an unawaited promise) fails the
 * process, yet every suite passes: node:test reports it on its own line,
 * `ℹ Error: Test "<name>" generated asynchronous activity after the test
 * ended…`, by the test's name only. The file is the one whose suite lists a
 * test of that name (`▶ <file>` … `✔ <file> (`).
 */
function filesOfLeakingTests(files, lines) {
  const leaked = new Set();
  for (const line of lines) {
    const match = /^ℹ (?:Error|Warning): Test "(.*)" generated asynchronous activity after the test ended/.exec(line);
    if (match) leaked.add(match[1]);
  }
  if (leaked.size === 0) return [];
  const found = new Set();
  let current;
  for (const line of lines) {
    const start = /^▶ (.+)$/.exec(line);
    if (start && files.includes(start[1])) {
      current = start[1];
      continue;
    }
    const test = /^\s+[✔✖﹣] (.*) \([\d.]+ms\)/.exec(line);
    if (current !== undefined && test && leaked.has(test[1])) found.add(current);
  }
  return files.filter((file) => found.has(file));
}

/** The summary lines of the spec reporter (ℹ tests 12, ℹ fail 0, …) as numbers. */
function countsOf(output) {
  const counts = {};
  for (const match of output.matchAll(/^ℹ (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/gm)) counts[match[1]] = Number(match[2]);
  return counts;
}

/** A folder for what the test files share during one run (the npm pack tarball: test/helpers/pack.ts). */
const runDir = mkdtempSync(path.join(tmpdir(), 'calico-lint-test-run-'));
process.on('exit', () => rmSync(runDir, { recursive: true, force: true }));

const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });
}

/** Runs one process; resolves with its exit code, output and wall seconds. */
function run(unit, nodeOptions) {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, commandOf(unit.files, nodeOptions), {
      stdio: ['ignore', 'pipe', 'pipe'],
      // NODE_TEST_CONTEXT (set when this script itself runs under `node --test`) would make node:test
      // report to a parent runner in its binary protocol instead of printing.
      env: { ...process.env, NODE_TEST_CONTEXT: undefined, CALICO_LINT_TEST_RUN_DIR: runDir },
    });
    children.add(child);
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      children.delete(child);
      const output = Buffer.concat(chunks).toString('utf8');
      const counts = countsOf(output);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ ...unit, code, signal, output, counts, seconds, failed: code !== 0 || !(counts.tests > 0) });
    });
  });
}

const { jobs, isolate, nodeOptions, files: chosen } = parseArguments(process.argv.slice(2));
const files = chosen.length > 0 ? chosen : await globby('test/**/*.test.ts');
if (files.length === 0) {
  console.error('run-tests: no test files found under test/');
  process.exit(1);
}
const queue = plan(files, isolate, jobs);
const startedAt = Date.now();
console.log(`run-tests: ${files.length} files in ${queue.length} processes, ${jobs} at a time, the longest first`);

const results = [];
async function worker() {
  for (let unit = queue.shift(); unit !== undefined; unit = queue.shift()) {
    const result = await run(unit, nodeOptions);
    results.push(result);
    const why = !result.failed ? '' : result.code === 0 ? ' (no test ran)' : ` (exit ${result.code ?? result.signal}; failed: ${failingFiles(result).join(' ')})`;
    process.stdout.write(`\n${result.failed ? '✖' : '✔'} ${result.files.join(' ')}: ${result.seconds.toFixed(1)} s${why}\n${result.output.trimEnd()}\n`);
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, worker));

const total = {};
for (const { counts } of results) for (const [key, value] of Object.entries(counts)) total[key] = (total[key] ?? 0) + value;
const slowest = [...results].sort((a, b) => b.seconds - a.seconds).slice(0, 6);
console.log(`\nrun-tests: ${files.length} files in ${((Date.now() - startedAt) / 1000).toFixed(1)} s, ${jobs} processes at a time`);
console.log(`  ${Object.entries(total).map(([key, value]) => `${key} ${value}`).join(', ')}`);
console.log(`  longest: ${slowest.map((result) => `${result.files.length === 1 ? result.files[0] : `${result.files.length} files`} ${result.seconds.toFixed(1)} s`).join(', ')}`);
const failed = results.filter((result) => result.failed);
if (failed.length > 0) {
  console.log(`\nrun-tests: FAILED in ${failed.flatMap(failingFiles).join(' ')}`);
  console.log('  one file alone: node --import tsx --test FILE');
  process.exit(1);
}
