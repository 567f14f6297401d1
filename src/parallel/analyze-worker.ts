/**
 * A worker thread that reads and parses batches of files already found
 * relevant (see analyze-files.ts). It holds nothing between batches.
 */
import { parentPort } from 'node:worker_threads';
import { gateFromSpec } from '../engine/relevance.js';
import { analyzeSource } from '../parse/analyze-file.js';
import { readSourceSync } from '../read/read-sources.js';
import type { BatchRequest, BatchResult } from './analyze-files.js';

parentPort?.on('message', (request: BatchRequest) => {
  let result: BatchResult;
  try {
    const gate = gateFromSpec(request.gate);
    const read = (file: string) => readSourceSync(file, { maxFileSize: request.maxFileSize });
    result = { batch: request.batch, analyses: request.files.map((file) => analyzeSource(read(file), gate)) };
  } catch (error) {
    result = { batch: request.batch, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result);
});
