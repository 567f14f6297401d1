/**
 * The one-line notice for a Go vendor tree found in a walk (go-vendor.ts):
 * how many files were left out, and which were linted all the same and why.
 * Paths and module names come from the scanned repository: all echoed.
 */
import path from 'node:path';
import { echo } from '../text.js';
import type { LintedReason, VendorTree } from './go-vendor.js';

const WHAT = "a Go module's vendored dependencies (go.mod beside it, modules.txt in it)";

export function goVendorNotice(folder: string, tree: VendorTree, displayFrom: string): string {
  const shown = echo(path.relative(displayFrom, folder) || folder, 200);
  const linted = lintedReasons(tree.linted, displayFrom);
  if (tree.skipped.length === 0) return `linting ${shown} although it holds ${WHAT}: ${linted}`;
  const skipped = `skipping ${shown}: ${WHAT}, ${files(tree.skipped.length)} not linted; name the folder to lint it`;
  return tree.linted.length === 0 ? skipped : `${skipped}; linted all the same: ${linted}`;
}

/** `1 file under no package its modules.txt lists (vendor/runner.yaml), 2 files of a module the base commit's modules.txt does not list (example.com/x)`. */
function lintedReasons(linted: VendorTree['linted'], displayFrom: string): string {
  const groups = new Map<LintedReason['kind'], { count: number; first: string; modules: Set<string> }>();
  for (const { file, reason } of linted) {
    let group = groups.get(reason.kind);
    if (group === undefined) groups.set(reason.kind, (group = { count: 0, first: file, modules: new Set() }));
    group.count++;
    if (reason.kind === 'new-module' || reason.kind === 'same-version') group.modules.add(reason.module);
  }
  const parts: string[] = [];
  const unlisted = groups.get('unlisted');
  if (unlisted) parts.push(`${files(unlisted.count)} under no package its modules.txt lists (${echo(path.relative(displayFrom, unlisted.first), 200)}${unlisted.count > 1 ? ', …' : ''})`);
  const newTree = groups.get('new-tree');
  if (newTree) parts.push(`${files(newTree.count)} of a tree the change adds (the base commit has no go.mod beside it or no modules.txt in it)`);
  const newModule = groups.get('new-module');
  if (newModule) {
    parts.push(`${files(newModule.count)} of ${newModule.modules.size === 1 ? 'a module' : 'modules'} the base commit's modules.txt does not list (${named(newModule.modules)})`);
  }
  const sameVersion = groups.get('same-version');
  if (sameVersion) {
    parts.push(`${files(sameVersion.count)} the change adds or edits while modules.txt keeps ${sameVersion.modules.size === 1 ? 'its module' : 'their modules'} at the same version (${named(sameVersion.modules)})`);
  }
  return parts.join(', ');
}

function named(modules: ReadonlySet<string>): string {
  const list = [...modules];
  return list.slice(0, 3).map((module) => echo(module, 100)).join(', ') + (list.length > 3 ? ', …' : '');
}

function files(count: number): string {
  return count === 1 ? '1 file' : `${count} files`;
}
