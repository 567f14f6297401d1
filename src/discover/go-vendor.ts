/**
 * Go modules' vendored dependencies. `go mod vendor` copies the source of a
 * module's dependencies into `vendor/` beside its `go.mod`, with
 * `vendor/modules.txt` listing them (cmd/go/internal/modcmd/vendor.go). Any
 * Go repository that vendors k8s.io/kubernetes carries that project's e2e
 * manifests (`vendor/k8s.io/kubernetes/test/e2e/testing-manifests/…`, which
 * the e2e framework embeds): nobody applies them, yet they hold host-network
 * test pods, so every cloud controller manager or CSI driver that commits
 * `vendor/` showed the same error on its first run. As ESLint leaves
 * `node_modules/` alone, a walk leaves such a folder alone, with a notice
 * naming it and how many files it holds; naming the folder (or a path in it)
 * on the command line lints it.
 *
 * Only a real vendor tree counts: a folder named `vendor` whose parent holds a
 * regular file `go.mod` and which holds a regular file `modules.txt` opening
 * with `# ` (each module line of the format opens so). A link counts for
 * neither: a link to a file elsewhere is no evidence of what this tree is.
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

/** The Go vendor folders strictly below `walked` that hold some of `files`, with the files of each. */
export function goVendorTrees(files: readonly string[], walked: string): Map<string, string[]> {
  const verdicts = new Map<string, boolean>();
  const trees = new Map<string, string[]>();
  for (const file of files) {
    const tree = vendorTreeOf(file, walked, verdicts);
    if (tree === undefined) continue;
    const list = trees.get(tree);
    if (list) list.push(file);
    else trees.set(tree, [file]);
  }
  return trees;
}

/** The outermost Go vendor folder holding `file` below `walked`, if any. */
function vendorTreeOf(file: string, walked: string, verdicts: Map<string, boolean>): string | undefined {
  const relative = path.relative(walked, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const segments = relative.split(path.sep);
  // The last segment is the file itself; a folder named `vendor` is one of those before it.
  for (let i = 0; i < segments.length - 1; i++) {
    if (segments[i] !== 'vendor') continue;
    const folder = path.join(walked, ...segments.slice(0, i + 1));
    let verdict = verdicts.get(folder);
    if (verdict === undefined) verdicts.set(folder, (verdict = isGoVendorFolder(folder)));
    if (verdict) return folder;
  }
  return undefined;
}

/** `go.mod` beside it and `modules.txt` in it, both regular files; the latter in the format `go mod vendor` writes. */
export function isGoVendorFolder(folder: string): boolean {
  return isRegularFile(path.join(path.dirname(folder), 'go.mod')) && startsWith(path.join(folder, 'modules.txt'), '# ');
}

function isRegularFile(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}

function startsWith(file: string, prefix: string): boolean {
  if (!isRegularFile(file)) return false;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const buffer = Buffer.alloc(prefix.length);
    const read = readSync(descriptor, buffer, 0, prefix.length, 0);
    return buffer.toString('utf8', 0, read) === prefix;
  } catch {
    return false;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
