/**
 * Garbage collection paced for memory rather than for throughput, in the
 * command line (bin.ts turns it on; a library caller's process is left alone).
 *
 * V8 sizes a heap for throughput: with collections as cheap as ours, it lets
 * the old generation grow to four times what survived the last full
 * collection, so that listing 100,000 files and holding their analyses peaked
 * at twice the memory of a bare `yaml` parse, mostly garbage. And each young
 * generation grows to 16 MB a half and shrinks again when its thread waits, so a
 * worker that waited for its next batch started it with 1 MB and thousands of
 * extra collections. Node cannot set V8's heap sizes once running, but these
 * flags are read as the heaps run:
 * - old generations grow by 30% of what survives (and V8's minimum step);
 * - young generations keep the size they have: the main thread's the 2 MB it
 *   has once the command line is loaded (what survives it is analyses, held
 *   anyway) until it parses or reads a tree of many files, then 8 MB
 *   (whileParsingHere), each worker's 2 × WORKER_SEMI_SPACE_MB from the start
 *   (set before it starts).
 * V8 resets the growth factor whenever it creates a heap, that is whenever a
 * worker starts: hence afterWorkerStart(), and whileParsingHere() setting it
 * again at every call (the main thread reads on for a while before it sees
 * the worker's start).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** A worker's semi-space (MB): its young generation is two of them. */
export const WORKER_SEMI_SPACE_MB = 5;

let paced = false;

export function paceGarbageCollection(): void {
  paced = true;
  setFlagsFromString('--heap-growing-percent=30');
  setFlagsFromString(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  keepYoungGenerations();
}

/** Once a worker thread runs: its heap's creation reset the growth factor. */
export function afterWorkerStart(): void {
  if (paced) keepYoungGenerations();
}

/**
 * The main thread's young generation while it parses (MB): about a worker's.
 * Kept at 2 MB, the main thread's parse
 * spent a fifth of its time in collections (each copies the document being
 * built, once per 1 MB allocated).
 */
const PARSING_YOUNG_MB = 8;
/** The growth factor last set (1: the young generation keeps its size). */
let growthFactor = 1;

/**
 * Called now and then while this thread parses (or reads many files): lets its
 * young generation grow (V8 grows it as objects survive) until it reaches a
 * worker's size, then keeps it there.
 */
export function whileParsingHere(): void {
  if (!paced) return;
  const young = youngGenerationMB();
  // Straight to the size, not by doublings: V8 grows it only after a collection that kept more than its size,
  // so doubling from 2 MB took a third of a 0.7 MB parse (501 files) to reach 8 MB.
  const factor = young < PARSING_YOUNG_MB * 0.9 ? Math.max(2, Math.round(PARSING_YOUNG_MB / Math.max(young, 1))) : 1;
  // A worker's start sets the factor back to 2 (V8's minimum) before afterWorkerStart can answer: at
  // the target size it is set again each time, whatever was set last.
  if (factor === growthFactor && factor !== 1) return;
  if (factor === 1) keepYoungGenerations();
  else setGrowthFactor(factor);
}

/** Once this thread's parsing is over: its young generation keeps the size it reached. */
export function doneParsingHere(): void {
  if (paced) keepYoungGenerations();
}

/**
 * This thread's young generation (MB): twice a semi-space's capacity, which V8
 * multiplies by the growth factor. Not `space_size`, the memory committed: when
 * allocation slows (a loaded machine), V8 gives the idle semi-space back, so
 * `space_size` halves while the capacity stays, and a factor of 2 computed from
 * it grew 8 MB to 16 MB (test/heap.test.ts under load).
 */
function youngGenerationMB(): number {
  const space = getHeapSpaceStatistics().find((candidate) => candidate.space_name === 'new_space');
  if (!space) return 0;
  // used + available is a semi-space's capacity less its pages' headers (1.96 of 2 MB, 7.86 of 8): rounded to 1 MB.
  return Math.round(((space.space_used_size + space.space_available_size) * 2) / (1024 * 1024));
}

function keepYoungGenerations(): void {
  setGrowthFactor(1);
}

function setGrowthFactor(factor: number): void {
  growthFactor = factor;
  setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}
