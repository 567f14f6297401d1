/**
 * Errors a user can fix (bad flag, missing path, invalid configuration). The
 * CLI prints their message as-is — no stack trace — and exits 2.
 */
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
    default: return code ?? (error as Error | undefined)?.message ?? String(error);
  }
}
