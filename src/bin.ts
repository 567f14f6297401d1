#!/usr/bin/env node
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VERSION } from './version.js';

/**
 * Node 22.1+ can keep V8's compiled code of the modules loaded from here on
 * (the CLI's chunks) in a cache folder: the first run compiles and writes it,
 * later runs skip most of the compiling. Node 20 has no such cache (nothing
 * happens), NODE_DISABLE_COMPILE_CACHE=1 turns it off, and NODE_COMPILE_CACHE
 * chooses the folder. Ours is Node's default, in the OS temporary folder, and
 * never one inside the working folder: compiled code there could come from
 * the repository being scanned.
 */
function enableCompileCache(cwd: string): void {
  const enable = (module as { enableCompileCache?: (directory?: string) => unknown }).enableCompileCache;
  if (enable === undefined || process.env.NODE_COMPILE_CACHE !== undefined) return;
  const directory = path.join(tmpdir(), 'node-compile-cache');
  const relative = path.relative(path.resolve(cwd), directory);
  if (relative === '' || !(relative.startsWith('..') || path.isAbsolute(relative))) return;
  try {
    enable(directory);
  } catch {
    // A cache is an optimisation: without one, everything still works.
  }
}

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
  enableCompileCache(process.cwd());
  const { runCli } = await import('./cli.js');
  process.exitCode = await runCli(args, {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: (maxBytes) => readAll(process.stdin, maxBytes),
    stdoutIsTTY: process.stdout.isTTY === true,
  });
}
