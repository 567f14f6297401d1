/**
 * Reads files as UTF-8 text. A file that cannot be read or is not text becomes
 * a source with a `problem`, reported as a fatal finding on that file; the
 * other files go on.
 */
import { readFile } from 'node:fs/promises';
import { describeFsError } from '../errors.js';

export interface Source {
  filePath: string;
  text: string;
  /** Set when the file could not be read as text; `text` is then empty. */
  problem?: string;
}

const PARALLEL_READS = 32;

export async function readSources(files: readonly string[]): Promise<Source[]> {
  const sources: Source[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      sources[index] = await readSource(files[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, files.length) }, worker));
  return sources;
}

export async function readSource(filePath: string): Promise<Source> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    return { filePath, text: '', problem: `cannot read file: ${describeFsError(error)}` };
  }
  return decodeSource(filePath, bytes);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(filePath: string, bytes: Uint8Array): Source {
  if (bytes.includes(0)) return { filePath, text: '', problem: 'binary file (contains NUL bytes), not a manifest' };
  try {
    return { filePath, text: utf8.decode(bytes) };
  } catch {
    return { filePath, text: '', problem: 'not valid UTF-8 text, so not a manifest kubectl would read' };
  }
}
