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
 *   anyway), each worker's 2 × WORKER_SEMI_SPACE_MB from the start (set
 *   before it starts).
 * V8 resets the growth factor whenever it creates a heap, that is whenever a
 * worker starts: hence afterWorkerStart().
 */
import { setFlagsFromString } from 'node:v8';

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

function keepYoungGenerations(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
