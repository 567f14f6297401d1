/**
 * Under --base: each Go vendor folder as the base commit holds it, read from
 * Git (go-vendor.ts). A pull request that adds `go.mod` and
 * `vendor/modules.txt`, or adds a module to modules.txt, cannot so hide the
 * manifests it adds: only what the base commit already vendored is skipped.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { GitError, modesAt, readFilesAt, repositoryRoot, resolveBase } from '../git/git.js';
import { echo } from '../text.js';
import { goVendorListing, MAX_MODULES_TXT, modulesListing, type BaseListing, type VendorListing } from './go-vendor.js';

/** The base commit's listing of each vendor folder, asked of Git once per folder and only when a walk meets one. */
export function goVendorBase(cwd: string, ref: string): BaseListing {
  let repository: { realRoot: string; root: string; commit: string } | undefined;
  const known = new Map<string, VendorListing | undefined>();
  return (tree) => {
    if (known.has(tree)) return known.get(tree);
    try {
      if (repository === undefined) {
        const realRoot = repositoryRoot(cwd);
        // The root as seen from the working folder (which may sit under a symbolic link), as base-side.ts sees it.
        repository = { realRoot, root: path.resolve(cwd, path.relative(realOf(cwd), realRoot)), commit: resolveBase(realRoot, ref) };
      }
      const listing = listingAt(repository, tree);
      known.set(tree, listing);
      return listing;
    } catch (error) {
      if (error instanceof GitError) throw new UsageError(`--base: git failed: ${echo(error.message, 300)}`);
      throw error;
    }
  };
}

function listingAt({ realRoot, root, commit }: { realRoot: string; root: string; commit: string }, tree: string): VendorListing | undefined {
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
