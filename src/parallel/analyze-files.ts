/**
 * Reads and analyses files on every core. Reading, decoding and parsing are
 * per-file and independent, so they run in worker threads, in batches handed
 * out as workers become free; only plain data (the relevant documents'
 * values) comes back. Small runs, or a build without the worker script (the
 * bundled GitHub Action), stay in this thread: the results are the same.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gateFromSpec, type RelevanceSpec } from '../engine/relevance.js';
import { analyzeSource, type FileAnalysis } from '../parse/analyze-file.js';
import { readSourceSync } from '../read/read-sources.js';

export interface AnalyzeOptions {
  gate: RelevanceSpec;
  maxFileSize: number;
  /** Threads to use; default: one per core. 1 keeps everything in this thread. */
  threads?: number;
}

export interface BatchRequest {
  batch: number;
  files: string[];
  gate: RelevanceSpec;
  maxFileSize: number;
}

export type BatchResult = { batch: number; analyses: FileAnalysis[]; error?: undefined } | { batch: number; error: string };

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_THREADS = 400;
const BATCH_SIZE = 128;

/**
 * The built worker script beside this module. Run from the TypeScript sources
 * (tsx, in tests) there is none a worker thread could load, and the bundled
 * Action has none either: both analyse in this thread.
 */
function workerScript(): URL | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined;
  const url = new URL('./analyze-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Analyses of every file, in the order given. */
export async function analyzeFiles(files: readonly string[], options: AnalyzeOptions): Promise<FileAnalysis[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(files.length / BATCH_SIZE)));
  const script = workerScript();
  if (threads < 2 || files.length < MIN_FILES_FOR_THREADS || script === undefined) {
    return analyzeHere(files, options);
  }
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const results: FileAnalysis[][] = new Array(batches.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(script));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const sendNext = (): void => {
        if (next >= batches.length) {
          resolve();
          return;
        }
        const batch = next++;
        const request: BatchRequest = { batch, files: batches[batch]!, gate: options.gate, maxFileSize: options.maxFileSize };
        worker.postMessage(request);
      };
      worker.on('message', (result: BatchResult) => {
        if (result.error !== undefined) {
          // A batch the worker could not finish is analysed here instead: the same result, slower.
          try {
            results[result.batch] = analyzeHere(batches[result.batch]!, options);
          } catch (error) {
            reject(error);
            return;
          }
          sendNext();
          return;
        }
        results[result.batch] = result.analyses;
        sendNext();
      });
      worker.on('error', reject);
      sendNext();
    })));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}

/** The same work in this thread (reads are synchronous: see readRegularFileSync). */
export function analyzeHere(files: readonly string[], options: AnalyzeOptions): FileAnalysis[] {
  const gate = gateFromSpec(options.gate);
  return files.map((file) => analyzeSource(readSourceSync(file, { maxFileSize: options.maxFileSize }), gate));
}
