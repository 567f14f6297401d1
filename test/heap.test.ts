/**
 * The command line's garbage-collection pacing (src/parallel/heap.ts) relies
 * on V8 flags read while heaps run, and on setting one again after a worker
 * thread starts (V8 resets it then). Checked in a child process, whose heap
 * this test may change: with the pacing, the main thread's young generation
 * keeps its size through a worker's start and a burst of surviving objects;
 * without it, the same burst grows it (so the check can fail).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from 'esbuild';

/**
 * The young generation's size (MB) in a child script: twice a semi-space's capacity (used + available,
 * less page headers, to 1 MB). Not `space_size`: on a loaded machine V8 uncommits the idle semi-space
 * and `space_size` halves while the capacity, which growth multiplies, stays (the CI run of f0daf5c).
 */
const YOUNG = `const young = () => { const space = getHeapSpaceStatistics().find((candidate) => candidate.space_name === 'new_space');
  return Math.round(((space.space_used_size + space.space_available_size) * 2) / 1048576); };`;

const HEAP = pathToFileURL(path.resolve(import.meta.dirname, '../src/parallel/heap.ts')).href;

/** Young generation size (MB) before and after a worker starts and many objects survive. */
function youngGeneration(paced: boolean): { before: number; after: number } {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { Worker } from 'node:worker_threads';
    import { afterWorkerStart, paceGarbageCollection } from ${JSON.stringify(HEAP)};
    ${YOUNG}
    if (${paced}) paceGarbageCollection();
    const before = young();
    const worker = new Worker('setTimeout(() => {}, 10)', { eval: true });
    await new Promise((resolve) => worker.once('online', resolve));
    afterWorkerStart();
    await new Promise((resolve) => worker.once('exit', resolve));
    const kept = [];
    for (let i = 0; i < 2e6; i++) kept.push({ i });
    console.log(JSON.stringify({ before, after: young() }));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as { before: number; after: number };
}

describe('garbage collection paced for memory', () => {
  it('keeps the young generation at its size, also after a worker thread starts', () => {
    const { before, after } = youngGeneration(true);
    assert.equal(after, before);
  });

  it('is what keeps it: unpaced, the same run grows it', () => {
    const { before, after } = youngGeneration(false);
    assert.ok(after > before, `${before} MB → ${after} MB`);
  });

  it('lets the main thread\'s young generation grow to 8 MB while it parses, and keeps it there', () => {
    const script = `
      import { getHeapSpaceStatistics } from 'node:v8';
      import { doneParsingHere, paceGarbageCollection, whileParsingHere } from ${JSON.stringify(HEAP)};
      ${YOUNG}
      paceGarbageCollection();
      const before = young();
      const kept = [];
      for (let i = 0; i < 2e6; i++) {
        if (i % 1e4 === 0) whileParsingHere();
        kept.push({ i });
      }
      doneParsingHere();
      const parsing = young();
      for (let i = 0; i < 2e6; i++) kept.push({ i });
      console.log(JSON.stringify({ before, parsing, after: young() }));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const { before, parsing, after } = JSON.parse(run.stdout) as { before: number; parsing: number; after: number };
    assert.ok(before < 8, `${before} MB at the start`);
    assert.equal(parsing, 8);
    assert.equal(after, 8);
  });

  it('keeps it at 8 MB when a worker starts while this thread parses, before the worker\'s start can be answered', () => {
    // The worker's heap sets the growth factor back to 2 at once; afterWorkerStart runs only when this thread
    // next waits, and the main thread reads and parses for a while before it does (it went to 16 MB on the dense tree).
    const youngWhileParsing = (checked: boolean) => {
      const script = `
        import { getHeapSpaceStatistics } from 'node:v8';
        import { Worker } from 'node:worker_threads';
        import { doneParsingHere, paceGarbageCollection, whileParsingHere } from ${JSON.stringify(HEAP)};
        ${YOUNG}
        paceGarbageCollection();
        const kept = [];
        for (let i = 0; i < 2e6; i++) {
          if (i % 1e4 === 0) whileParsingHere();
          kept.push({ i });
        }
        const parsing = young();
        const started = new Int32Array(new SharedArrayBuffer(4));
        // Plain CommonJS (no execArgv): the worker inherits neither tsx nor --input-type.
        const worker = new Worker('const started = require("node:worker_threads").workerData; Atomics.store(started, 0, 1); Atomics.notify(started, 0); setTimeout(() => {}, 10)',
          { eval: true, workerData: started, execArgv: [] });
        // Blocked, as while reading files: afterWorkerStart cannot run. (Waiting allocates nothing, so no collection sees the reset factor.)
        if (Atomics.wait(started, 0, 0, 30_000) === 'timed-out') throw new Error('the worker did not start');
        for (let i = 0; i < 4e6; i++) {
          if (${checked} && i % 1e4 === 0) whileParsingHere();
          kept.push({ i });
        }
        doneParsingHere();
        console.log(JSON.stringify({ parsing, after: young() }));
        worker.terminate();`;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(run.status, 0, run.stderr);
      return JSON.parse(run.stdout) as { parsing: number; after: number };
    };
    assert.deepEqual(youngWhileParsing(true), { parsing: 8, after: 8 });
    const unchecked = youngWhileParsing(false);
    assert.ok(unchecked.after > 8, `without whileParsingHere after the start, the worker's reset grows it: ${unchecked.after} MB`);
  });

  it('grows it to 8 MB in one step, not by doublings that take a third of a small parse', async () => {
    // Plain Node, not tsx (whose loading alone grows the young generation to 4 MB): it starts at 1 or 2 MB.
    const { code } = await transform(await readFile(fileURLToPath(HEAP), 'utf8'), { loader: 'ts', format: 'esm' });
    const module = path.join(await mkdtemp(path.join(tmpdir(), 'calico-lint-heap-')), 'heap.mjs');
    await writeFile(module, code);
    const script = `
      import { getHeapSpaceStatistics } from 'node:v8';
      import { doneParsingHere, paceGarbageCollection, whileParsingHere } from ${JSON.stringify(pathToFileURL(module).href)};
      ${YOUNG}
      paceGarbageCollection();
      const sizes = [young()];
      const kept = [];
      for (let i = 0; i < 2e6; i++) {
        if (i % 1e4 === 0) {
          if (young() !== sizes.at(-1)) sizes.push(young());
          whileParsingHere();
        }
        kept.push({ i });
      }
      doneParsingHere();
      console.log(JSON.stringify(sizes));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const sizes = JSON.parse(run.stdout) as number[];
    // V8 itself takes a young generation of 1 MB to 2 MB at its first growth, whatever the factor.
    assert.ok(sizes[0]! <= 2, `${sizes[0]} MB at the start`);
    assert.deepEqual(sizes.filter((size) => size > 2), [8], `young generation sizes seen (MB): ${sizes.join(', ')}`);
  });
});
