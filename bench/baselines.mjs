/**
 * The plain floors calico-lint is measured against, run by bench/run.ts as
 * separate processes. Nothing of calico-lint is loaded: a floor lists and
 * reads the files with Node alone, so no slowness of calico-lint's own
 * discovery (gitignore, globs) can hide in it.
 *   read:  list the tree (readdir, recursively; *.yaml, *.yml, *.json; not
 *          .git or node_modules) and readFileSync every file;
 *   yaml:  the same, then parse every file with the `yaml` package (YAML 1.1,
 *          parseAllDocuments, as kubectl reads YAML) and nothing else;
 *   node:  start Node and exit (`node -e 0`), the floor for start-up.
 * Usage: node bench/baselines.mjs read|yaml|node DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [mode, dir] = process.argv.slice(2);
if (mode === 'node') process.exit(0);
if ((mode !== 'read' && mode !== 'yaml') || !dir) {
  console.error('usage: baselines.mjs read|yaml|node DIR');
  process.exit(2);
}
const MANIFEST = /\.(?:ya?ml|json)$/;
const SKIPPED = new Set(['.git', 'node_modules']);

function list(folder, found) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) list(path.join(folder, entry.name), found);
    } else if (entry.isFile() && MANIFEST.test(entry.name)) {
      found.push(path.join(folder, entry.name));
    }
  }
  return found;
}

const files = list(path.resolve(dir), []);
// Loaded only when parsing: the read floor pays for nothing it does not use.
const parseAllDocuments = mode === 'yaml' ? (await import('yaml')).parseAllDocuments : undefined;
let bytes = 0;
let documents = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  if (parseAllDocuments) documents += parseAllDocuments(text, { version: '1.1' }).length;
}
console.log(JSON.stringify({ files: files.length, bytes, documents }));
