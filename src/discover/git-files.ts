/**
 * The files Git sees under a folder: tracked ones, and untracked ones that
 * .gitignore does not hide. What is committed is what `kubectl apply -R`,
 * Argo CD and Flux apply, and a pull request controls its own .gitignore, so
 * a tracked file is listed whatever .gitignore says; only untracked files are
 * filtered, by Git itself (one matcher, Git's, for every path).
 *
 * The checkout is untrusted. `git ls-files` reads the index and lists
 * folders; the settings below make sure nothing in the checkout can make it
 * run code (no fsmonitor hook, no hooks), and the caller's GIT_* variables
 * cannot point it at another repository.
 */
import { execFileSync } from 'node:child_process';
import { echo } from '../text.js';

const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.untrackedCache=false',
  'core.quotePath=false',
].flatMap((setting) => ['-c', setting]);

/** A repository of a million files lists in well under this. */
const MAX_OUTPUT = 512 * 1024 * 1024;

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
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (failure.code === 'ENOENT') return { problem: 'git is not installed' };
    const stderr = failure.stderr?.toString('utf8').trim().split('\n')[0] ?? '';
    return { problem: echo(stderr.replace(/^fatal: /, '') || failure.message, 200) };
  }
}

function lsFiles(folder: string, which: readonly string[]): string[] {
  const output = execFileSync('git', [
    ...SAFE_CONFIG,
    // The checkout may belong to another user (a CI container): only the index and folders are read here.
    '-c', `safe.directory=*`,
    'ls-files', '-z', ...which, '--', '.',
  ], {
    cwd: folder,
    env: gitEnvironment(),
    maxBuffer: MAX_OUTPUT,
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const files = output.toString('utf8').split('\0');
  files.pop(); // after the last NUL
  return [...new Set(files)]; // a file in a merge conflict is listed once per stage
}

/** The caller's environment without GIT_* variables (GIT_DIR, GIT_INDEX_FILE, … could point elsewhere). */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_')) env[key] = value;
  }
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_OPTIONAL_LOCKS = '0';
  return env;
}
