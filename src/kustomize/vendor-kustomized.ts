/**
 * Go vendor trees are skipped because nobody applies them
 * (src/discover/go-vendor.ts). A kustomization that includes a vendored file
 * applies it (`kubectl apply -k`), so such a file is linted all the same: else
 * a change could put a manifest under a listed package and include it from a
 * kustomization outside the tree. Every kustomization among the linted files
 * is followed through the kustomizations it includes (buildable or not: this
 * can only lint more).
 */
import path from 'node:path';
import { echo } from '../text.js';
import { KUSTOMIZATION_FILE_NAMES, type KustomizeResolver } from './namespaces.js';

/** Each vendored file a linted kustomization includes, with that kustomization. */
export function kustomizedVendorFiles(lintedFiles: readonly string[], vendored: readonly string[], resolver: KustomizeResolver): Map<string, string> {
  const wanted = new Set(vendored);
  const found = new Map<string, string>();
  const seen = new Set<string>();
  for (const start of lintedFiles) {
    if (!(KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(path.basename(start)) || seen.has(start)) continue;
    const pending = [start];
    seen.add(start);
    while (pending.length > 0) {
      const k = resolver.load(pending.pop()!);
      if (k === undefined) continue;
      for (const file of k.files) if (wanted.has(file) && !found.has(file)) found.set(file, start);
      for (const next of [...k.children, ...k.components]) {
        if (seen.has(next)) continue;
        seen.add(next);
        pending.push(next);
      }
    }
  }
  return found;
}

/** Adds to the discovered files the vendored ones a linted kustomization includes, with one notice per kustomization. */
export function lintKustomizedVendorFiles(
  discovered: { files: string[]; vendored: string[] },
  resolver: KustomizeResolver,
  cwd: string,
  onNotice: ((notice: string) => void) | undefined,
): void {
  const found = kustomizedVendorFiles(discovered.files, discovered.vendored, resolver);
  if (found.size === 0) return;
  const byKustomization = new Map<string, string[]>();
  for (const [file, kustomization] of found) {
    const list = byKustomization.get(kustomization);
    if (list) list.push(file);
    else byKustomization.set(kustomization, [file]);
  }
  const shown = (file: string): string => echo(path.relative(cwd, file) || file, 200);
  for (const [kustomization, files] of byKustomization) {
    const count = files.length === 1 ? '1 file' : `${files.length} files`;
    onNotice?.(`linting ${count} of a Go vendor tree all the same (${shown(files[0]!)}${files.length > 1 ? ', …' : ''}): ${shown(kustomization)} includes ${files.length === 1 ? 'it' : 'them'}, so kustomize applies ${files.length === 1 ? 'it' : 'them'}`);
  }
  discovered.files = [...discovered.files, ...found.keys()].sort();
  discovered.vendored = discovered.vendored.filter((file) => !found.has(file));
}
