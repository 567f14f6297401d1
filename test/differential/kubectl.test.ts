/**
 * The differential test against the real kubectl (when it is on PATH, as on
 * the project's machines and CI): the corpus verdicts recorded in
 * expected.json still hold, and for generated inputs, whenever kubectl's
 * objects hold an error, calico-lint (default mode) reports one.
 * DIFFERENTIAL_RUNS raises the number of generated inputs (default 1,200,
 * about 20 s on 2 cores); DIFFERENTIAL_SEED changes them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusInputs, expectations } from './corpus.js';
import { generateInputs } from './generate.js';
import { isSilentMiss, kubectlAvailable, kubectlObjects, verdictOf } from './oracle.js';

const RUNS = Number(process.env.DIFFERENTIAL_RUNS ?? 1200);
const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20261130);

describe('parser differentials against the real kubectl', () => {
  if (!kubectlAvailable()) {
    // Outside CI a developer may lack kubectl; CI must have it, or the guarantee goes unchecked.
    it('kubectl is on PATH wherever CI runs', () => {
      assert.ok(process.env.CI === undefined, 'kubectl is not on PATH: the differential test cannot run');
    });
    return;
  }

  it('the corpus verdicts recorded in expected.json are what kubectl reads', () => {
    const inputs = corpusInputs();
    const objects = kubectlObjects(inputs);
    const expected = expectations();
    const differing = inputs
      .map((input, i) => ({ name: input.name, recorded: expected[input.name]?.kubectl, now: verdictOf(input, objects[i]!).kubectl }))
      .filter(({ recorded, now }) => JSON.stringify(recorded) !== JSON.stringify(now));
    assert.deepEqual(differing, []);
  });

  it(`${RUNS} generated inputs: calico-lint reports an error whenever kubectl's objects hold one`, (t) => {
    const texts = generateInputs(RUNS, SEED);
    const inputs = texts.map((text, i) => ({ name: `input-${i}.yaml`, bytes: Buffer.from(text, 'utf8') }));
    const objects = kubectlObjects(inputs);
    let violations = 0;
    const misses: string[] = [];
    inputs.forEach((input, i) => {
      const verdict = verdictOf(input, objects[i]!);
      if (verdict.kubectl.length > 0) violations++;
      if (isSilentMiss(verdict)) misses.push(JSON.stringify(texts[i]));
    });
    t.diagnostic(`${RUNS} inputs, ${violations} that kubectl reads as a violation, ${misses.length} silent misses`);
    // The generator must reach the payloads, or the test proves nothing.
    assert.ok(violations > RUNS / 10, `only ${violations} of ${RUNS} inputs are violations for kubectl`);
    assert.deepEqual(misses, []);
  });
});
