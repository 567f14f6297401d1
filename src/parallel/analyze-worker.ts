/**
 * A worker thread that parses batches of texts this process already read and
 * found relevant (see analyze-files.ts): step 3 of src/analyze/prepare-analysis.ts.
 * It holds nothing between batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseText } from '../analyze/analyze-file.js';
import { slimmingFor } from '../engine/relevance.js';
import type { BatchRequest, BatchResult, WorkerData } from './analyze-files.js';

/** What is kept of each document: the same slimming as the main thread's (the gate's). */
const { reads } = workerData as WorkerData;
const slim = slimmingFor(reads);

parentPort?.on('message', (request: BatchRequest) => {
  let result: BatchResult;
  try {
    result = { batch: request.batch, analyses: request.files.map(({ filePath, text }) => parseText(filePath, text, slim)) };
  } catch (error) {
    result = { batch: request.batch, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result);
});
