/**
 * The two baselines calico-lint is measured against, run by bench/run.ts as
 * separate processes. Plain JavaScript on the built modules, like the CLI, so
 * no process pays for compiling TypeScript:
 *   floor: find the candidate files as calico-lint does, read each (the fastest
 *          way: synchronously), and run one regex over it;
 *   yaml:  the same, then parse every file with the `yaml` package (YAML 1.1,
 *          parseAllDocuments) and nothing else.
 * Usage: node bench/baselines.mjs floor|yaml DIR
 */
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { discoverFiles } from '../dist/src/discover/find-files.js';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'floor' && mode !== 'yaml') || !dir) {
  console.error('usage: baselines.mjs floor|yaml DIR');
  process.exit(2);
}
const { files } = await discoverFiles([dir], { cwd: process.cwd(), ignores: [], errorOnUnmatchedPattern: true });
const CALICO = /projectcalico\.org/;
let matches = 0;
let documents = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (mode === 'floor') {
    if (CALICO.test(text)) matches++;
  } else {
    documents += parseAllDocuments(text, { version: '1.1' }).length;
  }
}
console.log(JSON.stringify({ files: files.length, matches, documents }));
