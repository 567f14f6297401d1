/**
 * Under --base: each Go vendor folder as the base commit holds it, read from
 * Git (go-vendor.ts). A pull request that adds `go.mod` and
 * `vendor/modules.txt`, or adds a module to modules.txt, cannot so hide the
 * manifests it adds: only what the base commit already vendored is skipped,
 * and what the change adds to a module only with a new version of it.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { git, GitError, modesAt, readFilesAt, repositoryRoot, resolveBase } from '../git/git.js';
import { echo } from '../text.js';
import { goVendorListing, MAX_MODULES_TXT, modulesListing, type VendorBase, type VendorListing } from './go-vendor.js';

/** The base commit's side of each vendor folder, asked of Git once per folder and only when a walk meets one. */
export function goVendorBase(cwd: string, ref: string): VendorBase {
  let repository: Repository | undefined;
  const listings = new Map<string, VendorListing | undefined>();
  const changes = new Map<string, ReadonlySet<string>>();
  const withGit = <T>(ask: (repository: Repository) => T): T => {
    try {
      if (repository === undefined) {
        const realRoot = repositoryRoot(cwd);
        // The root as seen from the working folder (which may sit under a symbolic link), as base-side.ts sees it.
        repository = { realRoot, root: path.resolve(cwd, path.relative(realOf(cwd), realRoot)), commit: resolveBase(realRoot, ref) };
      }
      return ask(repository);
    } catch (error) {
      if (error instanceof GitError) throw new UsageError(`--base: git failed: ${echo(error.message, 300)}`);
      throw error;
    }
  };
  return {
    listing(tree) {
      if (!listings.has(tree)) listings.set(tree, withGit((repository) => listingAt(repository, tree)));
      return listings.get(tree);
    },
    changed(tree) {
      let changed = changes.get(tree);
      if (changed === undefined) changes.set(tree, (changed = withGit((repository) => changedUnder(repository, tree))));
      return changed;
    },
  };
}

interface Repository {
  realRoot: string;
  root: string;
  commit: string;
}

/**
 * The files under a folder that differ from the base commit (added, edited,
 * or moved there: no rename detection) or that Git does not track yet (as the
 * walk lists them: untracked files .gitignore does not hide).
 */
function changedUnder({ realRoot, root, commit }: Repository, tree: string): ReadonlySet<string> {
  const relative = path.relative(root, tree);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return new Set();
  const spec = `:(top,literal)${relative.split(path.sep).join('/')}/`;
  const diffed = git(realRoot, ['diff', '--no-ext-diff', '--no-textconv', '--no-renames', '--ignore-submodules', '--name-only', '-z', commit, '--', spec]);
  const untracked = git(realRoot, ['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', spec]);
  const names = [...diffed.toString('utf8').split('\0'), ...untracked.toString('utf8').split('\0')].filter((name) => name !== '');
  return new Set(names.map((name) => path.join(root, ...name.split('/'))));
}

function listingAt({ realRoot, root, commit }: Repository, tree: string): VendorListing | undefined {
  const relative = path.relative(root, tree);
  // Outside the repository: the same on both sides.
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return goVendorListing(tree);
  const folder = relative.split(path.sep).join('/');
  const goMod = path.posix.join(path.posix.dirname(folder), 'go.mod');
  const modulesTxt = `${folder}/modules.txt`;
  // Regular files only, as on the head side: a link's blob is a path, no evidence of a tree.
  const modes = modesAt(realRoot, commit, [goMod, modulesTxt]);
  if (![goMod, modulesTxt].every((file) => /^100(?:644|755)$/.test(modes.get(file) ?? ''))) return undefined;
  const bytes = readFilesAt(realRoot, commit, [modulesTxt], MAX_MODULES_TXT).get(modulesTxt);
  return bytes === undefined ? undefined : modulesListing(bytes.toString('utf8'));
}

function realOf(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}
