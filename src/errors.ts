/**
 * Errors a user can fix (bad flag, missing path, invalid configuration). The
 * CLI prints their message as-is — no stack trace — and exits 2.
 */
import type { Stats } from 'node:fs';
import { echo, sanitize } from './text.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** A short, human reading of a file-system error code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ENAMETOOLONG': return 'the path is too long';
    case 'EIO': return 'input/output error';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    default: return sanitize(code ?? (error as Error | undefined)?.message ?? String(error));
  }
}

/** What a path is when it is not a regular file, for "not linted" notices. */
export function describeFileType(stats: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isSymbolicLink'>): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO), not a regular file';
  if (stats.isSocket()) return 'a socket, not a regular file';
  if (stats.isCharacterDevice()) return 'a character device, not a regular file';
  if (stats.isBlockDevice()) return 'a block device, not a regular file';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/**
 * One printable line for an unexpected exception (a bug), without its stack:
 * `TypeError: x is not a function`.
 */
export function describeCrash(error: unknown): string {
  const text = error instanceof Error
    ? `${error.name}: ${error.message}`
    : `thrown ${typeof error === 'string' ? error : Object.prototype.toString.call(error)}`;
  return echo(text.split('\n')[0] ?? text, 300);
}
