/**
 * The files Git sees under a folder: tracked ones, and untracked ones that
 * .gitignore does not hide. What is committed is what `kubectl apply -R`,
 * Argo CD and Flux apply, and a pull request controls its own .gitignore, so
 * a tracked file is listed whatever .gitignore says; only untracked files are
 * filtered, by Git itself (one matcher, Git's, for every path).
 *
 * The checkout is untrusted. `git ls-files` reads the index and lists
 * folders; src/git/git.ts runs it so that nothing in the checkout can make it
 * run code (no fsmonitor hook, no hooks), and the caller's GIT_* variables
 * cannot point it at another repository.
 */
import { git } from '../git/git.js';
import { echo } from '../text.js';

/** Beside git.ts's safe settings: the untracked cache is written by other git versions, and is not needed here. */
const LISTING_CONFIG = ['-c', 'core.untrackedCache=false'];

export interface GitListing {
  /** Paths relative to the folder listed, `/`-separated: tracked files, whatever .gitignore says. */
  tracked: string[];
  /** Untracked files that .gitignore, .git/info/exclude and core.excludesFile do not hide. */
  untracked: string[];
}

/** The files under `folder` as Git sees them, or why Git could not say. */
export function gitListing(folder: string): GitListing | { problem: string } {
  try {
    return {
      tracked: lsFiles(folder, ['--cached']),
      untracked: lsFiles(folder, ['--others', '--exclude-standard']).filter((file) => !file.endsWith('/')),
    };
  } catch (error) {
    // src/git/git.ts says why: git missing, or its own first line of error.
    const message = error instanceof Error ? error.message : String(error);
    return { problem: echo(message.replace(/^fatal: /, ''), 200) };
  }
}

function lsFiles(folder: string, which: readonly string[]): string[] {
  // The checkout may belong to another user (a CI container): only the index and folders are read here.
  const output = git(folder, [...LISTING_CONFIG, '-c', 'safe.directory=*', 'ls-files', '-z', ...which, '--', '.']);
  const files = output.toString('utf8').split('\0');
  files.pop(); // after the last NUL
  return [...new Set(files)]; // a file in a merge conflict is listed once per stage
}
