/**
 * Runs the differential test at any size and keeps the disagreements:
 *   node --import tsx test/differential/explore.ts COUNT SEED [OUT_DIR]
 * Prints how many inputs were tried, how many kubectl read as a violation,
 * and every silent miss (written to OUT_DIR, default /tmp/calico-lint-misses).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateInputs } from './generate.js';
import { isSilentMiss, kubectlObjects, verdictOf } from './oracle.js';

const count = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);
const out = process.argv[4] ?? '/tmp/calico-lint-misses';
mkdirSync(out, { recursive: true });
const started = Date.now();
const texts = generateInputs(count, seed);
const inputs = texts.map((text, i) => ({ name: `input-${i}.yaml`, bytes: Buffer.from(text, 'utf8') }));
const objects = kubectlObjects(inputs);
const kubectlMs = Date.now() - started;
let violations = 0;
let misses = 0;
let over = 0;
for (const [i, input] of inputs.entries()) {
  const verdict = verdictOf(input, objects[i]!);
  if (verdict.kubectl.length > 0) violations++;
  if (verdict.kubectl.length === 0 && verdict.calico.length > 0) over++;
  if (isSilentMiss(verdict)) {
    misses++;
    writeFileSync(path.join(out, `miss-${seed}-${i}.yaml`), input.bytes);
    console.log(`MISS ${i}: kubectl ${verdict.kubectl.join(',')} | ${JSON.stringify(texts[i]).slice(0, 400)}`);
  }
}
console.log(`inputs ${count}, kubectl violations ${violations}, silent misses ${misses}, errors kubectl does not have ${over}; kubectl ${kubectlMs} ms, total ${Date.now() - started} ms`);
