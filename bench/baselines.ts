/**
 * The two baselines calico-lint is measured against, run as separate
 * processes by bench/run.ts:
 *   floor: find the candidate files as calico-lint does, read each, run one regex;
 *   yaml:  the same, then parse every file with the `yaml` package (YAML 1.1) and nothing else.
 * Usage: node --import tsx bench/baselines.ts floor|yaml DIR
 */
import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';
import { discoverFiles } from '../src/discover/find-files.js';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'floor' && mode !== 'yaml') || !dir) {
  console.error('usage: baselines.ts floor|yaml DIR');
  process.exit(2);
}
const { files } = await discoverFiles([dir], { cwd: process.cwd(), ignores: [], errorOnUnmatchedPattern: true });
let matches = 0;
let documents = 0;
const CALICO = /projectcalico\.org/;
let next = 0;
async function worker(): Promise<void> {
  while (next < files.length) {
    const file = files[next++]!;
    const text = await readFile(file, 'utf8');
    if (mode === 'floor') {
      if (CALICO.test(text)) matches++;
    } else {
      documents += parseAllDocuments(text, { version: '1.1' }).length;
    }
  }
}
await Promise.all(Array.from({ length: 32 }, worker));
console.log(JSON.stringify({ files: files.length, matches, documents }));
