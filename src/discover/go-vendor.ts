/**
 * Go modules' vendored dependencies. `go mod vendor` copies the source of a
 * module's dependencies into `vendor/` beside its `go.mod`, with
 * `vendor/modules.txt` listing them (cmd/go/internal/modcmd/vendor.go). Any
 * Go repository that vendors k8s.io/kubernetes carries that project's e2e
 * manifests (`vendor/k8s.io/kubernetes/test/e2e/testing-manifests/…`, which
 * the e2e framework embeds): nobody applies them, yet they hold host-network
 * test pods, so every cloud controller manager or CSI driver that commits
 * `vendor/` showed the same error on its first run. As ESLint leaves
 * `node_modules/` alone, a walk leaves such files alone, with a notice naming
 * the folder and how many files it holds; naming the folder (or a path in it)
 * on the command line lints it.
 *
 * Only a real vendor tree counts: a folder named `vendor` whose parent holds a
 * regular file `go.mod` and which holds a regular file `modules.txt` opening
 * with `# ` (each module line of the format opens so). A link counts for
 * neither: a link to a file elsewhere is no evidence of what this tree is.
 * And only what `go mod vendor` writes there is skipped: files under the
 * folder of a package that modules.txt lists (vendorPkg copies a package's
 * folder and the files it embeds, which may lie below it). Anything else in
 * the folder (`vendor/runner.yaml`) is linted, with the notice saying why.
 *
 * Under --base (a pull request), the change cannot vouch for itself: a tree
 * whose go.mod or modules.txt the base lacks, and a module the base's
 * modules.txt does not list, are linted; so is a file the change adds or
 * edits in a module whose modules.txt line it leaves as it was (`go mod
 * vendor` writes the same files for the same version), unless that line
 * replaces the module with a folder of the repository (whose files change
 * with no new version). A new version of a listed module (a dependency bump)
 * stays skipped.
 *
 * go.mod's `require` lines are not compared with modules.txt, though the go
 * command does (checkVendorConsistency in modload/vendor.go: each `## explicit`
 * module must be required, for go 1.14 and later): a change that forges
 * modules.txt writes go.mod too, so the check would cost it one line, and a
 * tree older than go 1.14 has no `## explicit` to check. What the change
 * cannot forge is the base commit, hence --base.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

/** What a modules.txt lists: each vendored package with the module that provides it, and every module path named. */
export interface VendorListing {
  /** Package import path → path of the module providing it. */
  packages: Map<string, string>;
  /** Every module path on a module line (with a version, or a wildcard replacement), with that line's fields joined by one space. */
  modules: Map<string, string>;
}

/**
 * The listing of a modules.txt, read as the go command reads it
 * (readVendorList in cmd/go/internal/modload/vendor.go): a module line is
 * `# <path> <version>[ => <replacement>[ <version>]]` or a wildcard
 * replacement `# <path> => …`; `## …` lines are metadata (`## explicit`,
 * `## go 1.24`, `## workspace`); any other line holding one import path is a
 * package of the module line above it. Lines Go would ignore are ignored.
 */
export function parseModulesTxt(text: string): VendorListing {
  const packages = new Map<string, string>();
  const modules = new Map<string, string>();
  let module: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('# ')) {
      const fields = line.split(/\s+/).filter((field) => field !== '');
      module = fields.length >= 3 && (isSemver(fields[2]!) || fields[2] === '=>') && isImportPath(fields[1]!) ? fields[1] : undefined;
      if (module !== undefined) modules.set(module, fields.join(' '));
      continue;
    }
    if (module === undefined || line.startsWith('## ')) continue;
    const fields = line.split(/\s+/).filter((field) => field !== '');
    if (fields.length === 1 && isImportPath(fields[0]!)) packages.set(fields[0]!, module);
  }
  return { packages, modules };
}

/**
 * The module whose vendored package holds a file, given the file's path
 * inside the vendor folder (`k8s.io/kubernetes/test/e2e/testing-manifests/x/y.yaml`):
 * that of the nearest folder above the file that the listing names as a
 * package. Undefined when no listed package holds it (`runner.yaml`).
 */
export function vendoringModule(inVendor: string, listing: VendorListing): string | undefined {
  let folder = path.posix.dirname(inVendor);
  while (folder !== '.' && folder !== '/' && folder !== '') {
    const module = listing.packages.get(folder);
    if (module !== undefined) return module;
    folder = path.posix.dirname(folder);
  }
  return undefined;
}

/** Why a file of a vendor tree is linted all the same. */
export type LintedReason =
  | { kind: 'unlisted' }
  | { kind: 'new-module'; module: string }
  | { kind: 'new-tree' }
  | { kind: 'same-version'; module: string };

export interface VendorTree {
  /** Files left out: under a package modules.txt lists (and, under --base, of a module listed at the base). */
  skipped: string[];
  /** Files linted although in the tree, each with why. */
  linted: Array<{ file: string; reason: LintedReason }>;
}

/** A vendor folder as the base commit holds it (--base). */
export interface VendorBase {
  /**
   * The listing of the folder's modules.txt at the base commit, or undefined
   * when the base has no such tree there (no regular go.mod beside it or no
   * modules.txt in the format in it): the change adds the tree.
   */
  listing(tree: string): VendorListing | undefined;
  /** The files under the folder that the change adds or edits (absolute paths). */
  changed(tree: string): ReadonlySet<string>;
}

/**
 * The Go vendor folders strictly below `walked` that hold some of `files`,
 * with the files of each, those skipped and those linted. With `atBase`
 * (--base), only modules the base lists are skipped.
 */
export function goVendorTrees(files: readonly string[], walked: string, atBase?: VendorBase): Map<string, VendorTree> {
  const listings = new Map<string, VendorListing | undefined>();
  const baseListings = new Map<string, VendorListing | undefined>();
  const trees = new Map<string, VendorTree>();
  for (const file of files) {
    const found = vendorTreeOf(file, walked, listings);
    if (found === undefined) continue;
    let tree = trees.get(found.folder);
    if (tree === undefined) trees.set(found.folder, (tree = { skipped: [], linted: [] }));
    const module = vendoringModule(path.relative(found.folder, file).split(path.sep).join('/'), found.listing);
    if (module === undefined) {
      tree.linted.push({ file, reason: { kind: 'unlisted' } });
      continue;
    }
    if (atBase !== undefined) {
      if (!baseListings.has(found.folder)) baseListings.set(found.folder, atBase.listing(found.folder));
      const base = baseListings.get(found.folder);
      if (base === undefined) {
        tree.linted.push({ file, reason: { kind: 'new-tree' } });
        continue;
      }
      const line = base.modules.get(module);
      if (line === undefined) {
        tree.linted.push({ file, reason: { kind: 'new-module', module } });
        continue;
      }
      if (line === found.listing.modules.get(module) && !replacedByFolder(line) && atBase.changed(found.folder).has(file)) {
        tree.linted.push({ file, reason: { kind: 'same-version', module } });
        continue;
      }
    }
    tree.skipped.push(file);
  }
  return trees;
}

/** `# m v1 => ./local` or `# m => ../fork`: a replacement by a folder (moduleLine writes no version for one). */
function replacedByFolder(line: string): boolean {
  const fields = line.split(' ');
  const arrow = fields.indexOf('=>');
  return arrow !== -1 && fields.length === arrow + 2;
}

/**
 * Whether a run at the base commit would have skipped a file (one the change
 * deletes): under a `vendor` folder below `walked` that was a Go vendor tree
 * there, in a package its modules.txt listed.
 */
export function skippedAtBase(file: string, walked: string, atBase: VendorBase): boolean {
  const relative = path.relative(walked, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const segments = relative.split(path.sep);
  for (let i = 0; i < segments.length - 1; i++) {
    if (segments[i] !== 'vendor') continue;
    const listing = atBase.listing(path.join(walked, ...segments.slice(0, i + 1)));
    if (listing !== undefined) return vendoringModule(segments.slice(i + 1).join('/'), listing) !== undefined;
  }
  return false;
}

/** The outermost Go vendor folder holding `file` below `walked`, if any, with its listing. */
function vendorTreeOf(
  file: string,
  walked: string,
  listings: Map<string, VendorListing | undefined>,
): { folder: string; listing: VendorListing } | undefined {
  const relative = path.relative(walked, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const segments = relative.split(path.sep);
  // The last segment is the file itself; a folder named `vendor` is one of those before it.
  for (let i = 0; i < segments.length - 1; i++) {
    if (segments[i] !== 'vendor') continue;
    const folder = path.join(walked, ...segments.slice(0, i + 1));
    if (!listings.has(folder)) listings.set(folder, goVendorListing(folder));
    const listing = listings.get(folder);
    if (listing !== undefined) return { folder, listing };
  }
  return undefined;
}

/** A modules.txt larger than this is no vendor tree (Kubernetes' own is 60 kB): never read whole. */
export const MAX_MODULES_TXT = 8 * 1024 * 1024;

/** The listing of a Go vendor folder: `go.mod` beside it and `modules.txt` in it, both regular files, the latter in the format `go mod vendor` writes. */
export function goVendorListing(folder: string): VendorListing | undefined {
  if (!isRegularFile(path.join(path.dirname(folder), 'go.mod'))) return undefined;
  const text = readRegularFile(path.join(folder, 'modules.txt'), MAX_MODULES_TXT);
  return text === undefined ? undefined : modulesListing(text);
}

/** The listing of a modules.txt's text, if it is in the format (it opens with a module line). */
export function modulesListing(text: string): VendorListing | undefined {
  return text.startsWith('# ') ? parseModulesTxt(text) : undefined;
}

function isRegularFile(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}

function readRegularFile(file: string, maxSize: number): string | undefined {
  if (!isRegularFile(file)) return undefined;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const { size } = fstatSync(descriptor);
    if (size > maxSize) return undefined;
    const buffer = Buffer.alloc(size);
    const read = readSync(descriptor, buffer, 0, size, 0);
    return buffer.toString('utf8', 0, read);
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** golang.org/x/mod/semver.IsValid, as readVendorList asks: `v1`, `v1.2`, `v1.2.3`, with a pre-release and build. */
function isSemver(version: string): boolean {
  return /^v(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$/.test(version);
}

/**
 * An import path as module.CheckImportPath allows it (golang.org/x/mod/module):
 * slash-separated elements of letters, digits and `-._~+`, none empty, none
 * `.` or `..`, none opening or closing with a dot. So a package line can never
 * climb out of the vendor folder.
 */
function isImportPath(importPath: string): boolean {
  return importPath.split('/').every((element) => /^[A-Za-z0-9\-_~+.]+$/.test(element) && !element.startsWith('.') && !element.endsWith('.'));
}
