/**
 * A worker thread that parses batches of texts this process already read and
 * found relevant (see analyze-files.ts). It holds nothing between batches.
 */
import { parentPort } from 'node:worker_threads';
import { parseText } from '../analyze/analyze-file.js';
import type { BatchRequest, BatchResult } from './analyze-files.js';

parentPort?.on('message', (request: BatchRequest) => {
  let result: BatchResult;
  try {
    result = { batch: request.batch, analyses: request.files.map(({ filePath, text }) => parseText(filePath, text)) };
  } catch (error) {
    result = { batch: request.batch, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result);
});
