import { lstatSync } from 'node:fs';
import path from 'node:path';

/** The nearest folder from `dir` upward that holds `.git` (a folder, or a file in a worktree or submodule). */
export function repositoryOf(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      lstatSync(path.join(current, '.git'));
      return current;
    } catch {
      // not here; look above
    }
    if (path.dirname(current) === current) return undefined;
  }
}
