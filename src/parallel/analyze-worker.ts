/**
 * A worker thread that reads and analyses batches of files (see
 * analyze-files.ts). It holds nothing between batches.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeHere, type BatchRequest, type BatchResult } from './analyze-files.js';

parentPort?.on('message', (request: BatchRequest) => {
  let result: BatchResult;
  try {
    result = { batch: request.batch, analyses: analyzeHere(request.files, { gate: request.gate, maxFileSize: request.maxFileSize }) };
  } catch (error) {
    result = { batch: request.batch, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result);
});
