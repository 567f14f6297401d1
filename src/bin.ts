#!/usr/bin/env node
import { VERSION } from './version.js';

/**
 * Reads standard input, but no more than `maxBytes` + 1: past the limit the
 * input is reported as too large, so there is no point holding the rest.
 */
async function readAll(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    total += buffer.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

// `calico-lint | head` closes the pipe early: that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const args = process.argv.slice(2);
// The one command that needs nothing else: answered before the argument parser and the rest are loaded.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { runCli } = await import('./cli.js');
  // Memory: V8's heaps paced for this run's size rather than throughput (see src/parallel/heap.ts).
  (await import('./parallel/heap.js')).paceGarbageCollection();
  process.exitCode = await runCli(args, {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: (maxBytes) => readAll(process.stdin, maxBytes),
    stdoutIsTTY: process.stdout.isTTY === true,
    stdoutColumns: process.stdout.columns,
  });
}
