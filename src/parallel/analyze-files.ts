/**
 * Reads and analyses files, parsing on every core when there is enough to
 * parse. This thread reads each file and asks the relevance gate whether any
 * rule could use it (reading is cheap; in most repositories most files stop
 * here). Files worth parsing go, in batches, to worker threads once there is
 * enough text to repay starting them, with the texts as the gate left them
 * (read and gated once, here; a batch in flight is a few hundred kB), and the
 * workers send back plain data. This thread is one of the threads: once it
 * has read every file, it parses the batches left beside the workers, so
 * `threads` threads run one worker fewer (a worker's heap and code cost some
 * 20 MB). A handful of files, or very large ones, are parsed here. The
 * results are the same either way.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { gateFromSpec, type RelevanceGate, type RelevanceSpec } from '../engine/relevance.js';
import { compactAnalysis, interner, notParsed, parseText, type FileAnalysis } from '../analyze/analyze-file.js';
import { analyzeSource, prepareSource } from '../analyze/prepare-analysis.js';
import { readSourceSync, type Source } from '../read/read-sources.js';
import type { CompactText } from '../parse/blank-documents.js';
import { afterWorkerStart, doneParsingHere, whileParsingHere, WORKER_SEMI_SPACE_MB } from './heap.js';
import { profileAdd, profileClock } from '../profile.js';

export interface AnalyzeOptions {
  gate: RelevanceSpec;
  maxFileSize: number;
  /** Threads that parse; default: one per core. 1 keeps everything in this thread. */
  threads?: number;
}

export interface BatchRequest {
  batch: number;
  /**
   * The texts to parse, as textToParse left them: this thread has read them
   * and run the gate, so the worker does neither again. A batch holds about
   * BATCH_TEXT characters and a worker at most two batches, so the copies in
   * flight stay small.
   */
  files: Array<{ filePath: string; text: CompactText }>;
}

/** What a worker is started with: what the enabled rules read of the bulk (the gate's), for its slimming. */
export interface WorkerData {
  reads: RelevanceSpec['reads'];
}

export type BatchResult = { batch: number; analyses: FileAnalysis[]; error?: undefined } | { batch: number; error: string };

/** Text to parse (in UTF-16 code units) before worker threads are worth starting: about 2 MB of YAML. */
const THREAD_THRESHOLD = 2_000_000;
/** Files from which reading them is paced as parsing is (heap.ts: a young generation of 8 MB from the start). */
const READING_MANY_FILES = 256;
/** Text per batch handed to a worker. */
const BATCH_TEXT = 256_000;
/** Batches waiting for a worker before this thread, still reading, parses one itself. */
const MAX_BACKLOG = 4;
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
  const intern = interner();
  /** What is kept of a file's analysis for the rest of the run. */
  const hold = (index: number, analysis: FileAnalysis, detach = true): FileAnalysis => compactAnalysis(analysis, files[index]!, intern, detach);
  let pool: ParsePool | undefined;
  /** Relevant texts not yet parsed (what is left of them to parse), with their index. */
  let waiting: Array<{ index: number; filePath: string; text: CompactText }> = [];
  let waitingText = 0;
  let totalText = 0;
  /** The folders each parsed file's text marks (RelevanceGate.folderMarks), asked here where the whole text is at hand. */
  const marked = new Map<number, number[]>();
  const withMarks = (): FileAnalysis[] => {
    for (const [index, marks] of marked) results[index]!.folderMarks = marks;
    return results;
  };

  const flush = (): void => {
    if (waiting.length === 0 || pool === undefined) return;
    pool.dispatch(waiting);
    waiting = [];
    waitingText = 0;
  };
  for (let index = 0; index < files.length; index++) {
    // Reading a tree allocates every file's buffer and text: at 2 MB the young generation was collected
    // every 2 MB read, and parsing started on it (5,000 files, 10% relevant: 131 scavenges, 96 while
    // reading and parsing; 94 this way, and 5% less CPU in this thread, medians of 10 A/B runs).
    if (index % 64 === 0 && files.length >= READING_MANY_FILES) whileParsingHere();
    const readStarted = profileClock();
    const source = readSourceSync(files[index]!, { maxFileSize: options.maxFileSize });
    const gateStarted = profileAdd('read', readStarted);
    // The gate runs once here; what is left to parse decides where (CRDs and other irrelevant documents do not count).
    const text = prepareSource(source, gate);
    profileAdd('gate', gateStarted);
    if (text === undefined) {
      results[index] = notParsed(source); // a read problem, or nothing any rule could use
      continue;
    }
    const marks = gate.folderMarks?.(source.text);
    if (marks !== undefined) marked.set(index, marks);
    const size = parsedSize(text);
    if (script === undefined || size > MAX_WORKER_TEXT) {
      whileParsingHere();
      results[index] = hold(index, parseText(source.filePath, text, gate.slim)); // no workers, or too large for their heap
      continue;
    }
    waiting.push({ index, filePath: source.filePath, text });
    waitingText += size;
    totalText += size;
    // This thread parses too, once it has read every file: one worker fewer than threads (each costs some 20 MB).
    if (pool === undefined && script !== undefined && totalText >= THREAD_THRESHOLD) pool = new ParsePool(script, threads - 1, options.maxFileSize, hold, options.gate);
    if (pool !== undefined && waitingText >= BATCH_TEXT) {
      flush();
      // Reading outruns the workers on a dense tree: past a few queued batches this thread parses one
      // itself, so that the texts waiting stay a few batches, not the whole tree's (25,000 files: 40 MB).
      while (pool.backlog > MAX_BACKLOG) parseTakenHere(pool, pool.take()!, gate);
      // Let finished batches in: their messages would otherwise pile up, serialised, until the end.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (pool === undefined) {
    waiting.forEach(({ index, filePath, text }, i) => {
      if (i % 64 === 0) whileParsingHere();
      results[index] = hold(index, parseText(filePath, text, gate.slim));
    });
    doneParsingHere();
    return withMarks();
  }
  flush();
  try {
    // This thread is one of the threads that parse: once every file is read, it parses batches beside the workers.
    for (let taken = pool.take(); taken !== undefined; taken = pool.take()) {
      parseTakenHere(pool, taken, gate);
      // Let the workers' answers in, so that they get their next batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    doneParsingHere();
    for (const { index, analysis } of await pool.finish(gate)) results[index] = analysis;
  } finally {
    await pool.close();
  }
  return withMarks();
}

/** A batch no worker took, parsed in this thread. */
function parseTakenHere(pool: ParsePool, taken: { batch: number; files: Array<{ filePath: string; text: CompactText }> }, gate: RelevanceGate): void {
  whileParsingHere();
  pool.settle(taken.batch, taken.files.map(({ filePath, text }) => parseText(filePath, text, gate.slim)));
}

/** A text parsed in this thread (standard input, a text held in memory), its young generation paced for parsing. */
export function analyzeHere(source: Source, gate: RelevanceGate): FileAnalysis {
  whileParsingHere();
  try {
    return analyzeSource(source, gate);
  } finally {
    doneParsingHere();
  }
}

/** Characters left to parse: documents the gate took out are not in the compact text. */
function parsedSize({ text }: CompactText): number {
  return text.length;
}

/**
 * Worker threads that parse batches of sources. Batches wait in a queue and a
 * worker takes the next when it has fewer than two in hand, so a worker that
 * drew heavy files does not hold up the others (handing batches out in turn
 * left one worker idle while the other still had a backlog).
 */
class ParsePool {
  private readonly workers: Worker[];
  /** What each batch holds; not the texts, which the worker has (and this thread can read again). */
  private readonly batches: Array<Array<{ index: number; filePath: string }>> = [];
  /** The texts of batches not yet sent (dropped once sent). */
  private readonly texts = new Map<number, Array<{ filePath: string; text: CompactText }>>();
  private readonly maxFileSize: number;
  private readonly done: Array<Promise<FileAnalysis[] | undefined>> = [];
  private readonly hold: (index: number, analysis: FileAnalysis, detach?: boolean) => FileAnalysis;
  private readonly resolvers: Array<(analyses: FileAnalysis[] | undefined) => void> = [];
  /** Batches not yet sent, in order. */
  private readonly queue: number[] = [];
  /** Per worker: the batches sent and not yet answered. */
  private readonly pending: Array<Set<number>>;
  private readonly dead = new Set<number>();

  constructor(script: URL, threads: number, maxFileSize: number, hold: (index: number, analysis: FileAnalysis, detach?: boolean) => FileAnalysis, gate: RelevanceSpec) {
    this.maxFileSize = maxFileSize;
    this.hold = hold;
    // A worker's garbage is per file and short-lived: a young generation of 10 MB (two semi-spaces), kept at
    // that size from the start (see heap.ts), collects it with far fewer scavenges than 4 MB did (garbage
    // collection took 31% of worker time), or than one that shrinks while the worker waits for a batch.
    const resourceLimits = { maxYoungGenerationSizeMb: 2 * WORKER_SEMI_SPACE_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB };
    const workerData: WorkerData = { reads: gate.reads };
    // Loaded here, once workers start: most runs parse in this thread alone, and loading it cost some 5 ms of CPU (load average ~10).
    const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    this.workers = Array.from({ length: threads }, () => new WorkerThread(script, { resourceLimits, workerData }));
    this.pending = this.workers.map(() => new Set());
    for (const worker of this.workers) worker.once('online', afterWorkerStart);
    this.workers.forEach((worker, w) => {
      const pending = this.pending[w]!;
      worker.on('message', (result: BatchResult) => {
        pending.delete(result.batch);
        this.settle(result.batch, result.error === undefined ? result.analyses : undefined, true);
        this.pump();
      });
      // A worker that dies (out of its memory, say) leaves its batches to this thread, and gets no more.
      const retire = (): void => {
        this.dead.add(w);
        for (const batch of pending) this.resolvers[batch]?.(undefined);
        pending.clear();
        this.pump();
      };
      worker.on('error', retire);
      worker.on('exit', retire);
    });
  }

  dispatch(items: ReadonlyArray<{ index: number; filePath: string; text: CompactText }>): void {
    const batch = this.batches.length;
    this.batches.push(items.map(({ index, filePath }) => ({ index, filePath })));
    this.texts.set(batch, items.map(({ filePath, text }) => ({ filePath, text })));
    this.done.push(new Promise((resolve) => { this.resolvers[batch] = resolve; }));
    this.queue.push(batch);
    this.pump();
  }

  /** A batch's analyses (undefined: parse it again in this thread), made light as they arrive: they are held until every batch is in. */
  settle(batch: number, analyses: FileAnalysis[] | undefined, fromWorker = false): void {
    const files = this.batches[batch]!;
    this.resolvers[batch]?.(analyses?.map((analysis, i) => this.hold(files[i]!.index, analysis, !fromWorker)));
  }

  /** Batches waiting for a worker. */
  get backlog(): number {
    return this.queue.length;
  }

  /** The next batch no worker has taken, for this thread to parse. */
  take(): { batch: number; files: Array<{ filePath: string; text: CompactText }> } | undefined {
    const batch = this.queue.shift();
    if (batch === undefined) return undefined;
    const files = this.texts.get(batch)!;
    this.texts.delete(batch);
    return { batch, files };
  }

  /** Sends queued batches to the live workers with room; with none alive, this thread takes them. */
  private pump(): void {
    const alive = this.workers.map((_, w) => w).filter((w) => !this.dead.has(w));
    if (alive.length === 0) {
      for (const batch of this.queue.splice(0)) this.resolvers[batch]!(undefined);
      return;
    }
    while (this.queue.length > 0) {
      const w = alive.reduce((best, candidate) => (this.pending[candidate]!.size < this.pending[best]!.size ? candidate : best));
      if (this.pending[w]!.size >= 2) return;
      const batch = this.queue.shift()!;
      this.pending[w]!.add(batch);
      const request: BatchRequest = { batch, files: this.texts.get(batch)! };
      this.texts.delete(batch);
      this.workers[w]!.postMessage(request);
    }
  }

  /** Every batch's analyses; a batch a worker could not finish is parsed in this thread: the same result. */
  async finish(gate: RelevanceGate): Promise<Array<{ index: number; analysis: FileAnalysis }>> {
    const answered = await Promise.all(this.done);
    return answered.flatMap((analyses, batch) =>
      this.batches[batch]!.map(({ index, filePath }, i) => ({
        index,
        analysis: analyses?.[i] ?? this.hold(index, analyzeSource(readSourceSync(filePath, { maxFileSize: this.maxFileSize }), gate)),
      })));
  }

  async close(): Promise<void> {
    for (let w = 0; w < this.workers.length; w++) this.dead.add(w);
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
