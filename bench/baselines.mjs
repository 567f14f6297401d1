/**
 * The plain floors calico-lint is measured against, run by bench/run.ts as
 * separate processes. Nothing of calico-lint is loaded: a floor lists and
 * reads the files with Node alone, so no slowness of calico-lint's own
 * discovery (gitignore, globs) can hide in it.
 *   read:     list the tree (bench/list-files.mjs: readdir, recursively;
 *             *.yaml, *.yml, *.json; not .git or node_modules) and
 *             readFileSync every file;
 *   yaml:     the same, then parse every file with the `yaml` package (YAML
 *             1.1, parseAllDocuments, as kubectl reads YAML) and nothing else;
 *   relevant: read every file, and parse (as `yaml` does) only those named in
 *             LIST (a JSON array of paths relative to DIR): the files
 *             calico-lint's own relevance gate keeps, listed beforehand by
 *             bench/relevant-files.ts. The floor for a linter that parses only
 *             what matters (issue 23): it knows which files matter for free,
 *             where calico-lint pays for its gate's scan of every text;
 *   node:     start Node and exit (`node -e 0`), the floor for start-up.
 * Usage: node bench/baselines.mjs read|yaml DIR | relevant DIR LIST | node
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listManifests } from './list-files.mjs';

const [mode, dir, listFile] = process.argv.slice(2);
if (mode === 'node') process.exit(0);
if (!((mode === 'read' || mode === 'yaml') && dir) && !(mode === 'relevant' && dir && listFile)) {
  console.error('usage: baselines.mjs read|yaml DIR | relevant DIR LIST | node');
  process.exit(2);
}

const root = path.resolve(dir);
const files = listManifests(root);
// Read before the files: a Set of the paths to parse, the same strings as the listing makes.
const kept = mode === 'relevant' ? new Set(JSON.parse(readFileSync(listFile, 'utf8')).map((file) => path.join(root, file))) : undefined;
// Loaded only when parsing: the read floor pays for nothing it does not use.
const parseAllDocuments = mode === 'read' ? undefined : (await import('yaml')).parseAllDocuments;
let bytes = 0;
let documents = 0;
let parsed = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  if (parseAllDocuments && (kept === undefined || kept.has(file))) {
    documents += parseAllDocuments(text, { version: '1.1' }).length;
    parsed++;
  }
}
console.log(JSON.stringify({ files: files.length, bytes, parsed, documents }));
