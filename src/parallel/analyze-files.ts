/**
 * Reads and analyses files, parsing on every core when there is enough to
 * parse. This thread reads each file and asks the relevance gate whether any
 * rule could use it (reading is cheap; in most repositories most files stop
 * here). Files worth parsing go, in batches, to worker threads once there is
 * enough text to repay starting them; the workers read them again (sending
 * paths rather than texts keeps this thread's memory flat) and send back
 * plain data. A handful of files, or very large ones, are parsed here. The
 * results are the same either way.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gateFromSpec, type RelevanceGate, type RelevanceSpec } from '../engine/relevance.js';
import { analyzeSource, type FileAnalysis } from '../parse/analyze-file.js';
import { readSourceSync, type Source } from '../read/read-sources.js';

export interface AnalyzeOptions {
  gate: RelevanceSpec;
  maxFileSize: number;
  /** Threads that parse; default: one per core. 1 keeps everything in this thread. */
  threads?: number;
}

export interface BatchRequest {
  batch: number;
  /** The worker reads the files again: sending paths, not texts, keeps this thread's memory flat. */
  files: string[];
  gate: RelevanceSpec;
  maxFileSize: number;
}

export type BatchResult = { batch: number; analyses: FileAnalysis[]; error?: undefined } | { batch: number; error: string };

/** Text to parse (in UTF-16 code units) before worker threads are worth starting: about 2 MB of YAML. */
const THREAD_THRESHOLD = 2_000_000;
/** Text per batch handed to a worker. */
const BATCH_TEXT = 256_000;
/**
 * Larger texts are parsed in this thread: parsing takes tens of times the
 * text's size in memory, and workers run with a small heap (see ParsePool).
 */
const MAX_WORKER_TEXT = 256_000;
/** A worker's heap limit (MB): ample for texts up to MAX_WORKER_TEXT, and what keeps two workers cheap. */
const WORKER_HEAP_MB = 32;

/**
 * The built worker script beside this module. Run from the TypeScript sources
 * (tsx, in tests) there is none a worker thread could load, and the bundled
 * Action has none either: both parse in this thread.
 */
function workerScript(): URL | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined;
  const url = new URL('./analyze-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Analyses of every file, in the order given. */
export async function analyzeFiles(files: readonly string[], options: AnalyzeOptions): Promise<FileAnalysis[]> {
  const gate = gateFromSpec(options.gate);
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const script = threads > 1 ? workerScript() : undefined;
  const results: FileAnalysis[] = new Array(files.length);
  let pool: ParsePool | undefined;
  /** Relevant sources not yet parsed, with their index. */
  let waiting: Array<{ index: number; source: Source }> = [];
  let waitingText = 0;
  let totalText = 0;

  const flush = (): void => {
    if (waiting.length === 0 || pool === undefined) return;
    pool.dispatch(waiting);
    waiting = [];
    waitingText = 0;
  };
  for (let index = 0; index < files.length; index++) {
    const source = readSourceSync(files[index]!, { maxFileSize: options.maxFileSize });
    if (source.problem !== undefined || !isRelevant(source, gate)) {
      results[index] = analyzeSource(source, gate); // no parsing: a read problem, or nothing any rule could use
      continue;
    }
    if (source.text.length > MAX_WORKER_TEXT) {
      results[index] = analyzeSource(source, gate);
      continue;
    }
    waiting.push({ index, source });
    waitingText += source.text.length;
    totalText += source.text.length;
    if (pool === undefined && script !== undefined && totalText >= THREAD_THRESHOLD) pool = new ParsePool(script, threads, options.gate, options.maxFileSize);
    if (pool !== undefined && waitingText >= BATCH_TEXT) {
      flush();
      // Let finished batches in: their messages would otherwise pile up, serialised, until the end.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (pool === undefined) {
    for (const { index, source } of waiting) results[index] = analyzeSource(source, gate);
    return results;
  }
  flush();
  try {
    for (const { index, analysis } of await pool.finish(gate)) results[index] = analysis;
  } finally {
    await pool.close();
  }
  return results;
}

function isRelevant(source: Source, gate: RelevanceGate): boolean {
  return gate.everything || gate.isRelevant(source.text);
}

/** Worker threads that parse batches of sources, handed out in turn. */
class ParsePool {
  private readonly workers: Worker[];
  /** What each batch holds; not the texts, which the worker has (and this thread can read again). */
  private readonly batches: Array<Array<{ index: number; filePath: string }>> = [];
  private readonly maxFileSize: number;
  private readonly done: Array<Promise<FileAnalysis[] | undefined>> = [];
  /** Per worker: the batches sent and not yet answered. */
  private readonly pending: Array<Map<number, (analyses: FileAnalysis[] | undefined) => void>>;

  constructor(script: URL, threads: number, private readonly gate: RelevanceSpec, maxFileSize: number) {
    this.maxFileSize = maxFileSize;
    // A small young generation: a worker's garbage is per file and short-lived, and the default
    // (tens of MB per thread) showed as peak memory for no gain in speed.
    const resourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: WORKER_HEAP_MB };
    this.workers = Array.from({ length: threads }, () => new Worker(script, { resourceLimits }));
    this.pending = this.workers.map(() => new Map());
    this.workers.forEach((worker, w) => {
      const pending = this.pending[w]!;
      worker.on('message', (result: BatchResult) => {
        pending.get(result.batch)?.(result.error === undefined ? result.analyses : undefined);
        pending.delete(result.batch);
      });
      // A worker that dies (out of its memory, say) leaves its batches to this thread, and gets no more.
      const retire = (): void => {
        this.dead.add(w);
        for (const resolve of pending.values()) resolve(undefined);
        pending.clear();
      };
      worker.on('error', retire);
      worker.on('exit', retire);
    });
  }

  private readonly dead = new Set<number>();

  dispatch(items: Array<{ index: number; source: Source }>): void {
    const batch = this.batches.length;
    this.batches.push(items.map(({ index, source }) => ({ index, filePath: source.filePath })));
    const alive = this.workers.map((_, w) => w).filter((w) => !this.dead.has(w));
    if (alive.length === 0) {
      this.done.push(Promise.resolve(undefined));
      return;
    }
    const w = alive[batch % alive.length]!;
    this.done.push(new Promise((resolve) => this.pending[w]!.set(batch, resolve)));
    const request: BatchRequest = { batch, files: items.map(({ source }) => source.filePath), gate: this.gate, maxFileSize: this.maxFileSize };
    this.workers[w]!.postMessage(request);
  }

  /** Every batch's analyses; a batch a worker could not finish is parsed in this thread: the same result. */
  async finish(gate: RelevanceGate): Promise<Array<{ index: number; analysis: FileAnalysis }>> {
    const answered = await Promise.all(this.done);
    return answered.flatMap((analyses, batch) =>
      this.batches[batch]!.map(({ index, filePath }, i) => ({
        index,
        analysis: analyses?.[i] ?? analyzeSource(readSourceSync(filePath, { maxFileSize: this.maxFileSize }), gate),
      })));
  }

  async close(): Promise<void> {
    for (let w = 0; w < this.workers.length; w++) this.dead.add(w);
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
