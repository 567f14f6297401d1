/**
 * The files a floor reads (bench/baselines.mjs), listed with Node alone:
 * readdir, recursively; *.yaml, *.yml, *.json; not .git or node_modules.
 * Shared with bench/relevant-files.ts so that the floor and the list of what
 * calico-lint's gate keeps name the same files.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

const MANIFEST = /\.(?:ya?ml|json)$/;
const SKIPPED = new Set(['.git', 'node_modules']);

/** Every manifest file under `folder`, in readdir order. */
export function listManifests(folder, found = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) listManifests(path.join(folder, entry.name), found);
    } else if (entry.isFile() && MANIFEST.test(entry.name)) {
      found.push(path.join(folder, entry.name));
    }
  }
  return found;
}
