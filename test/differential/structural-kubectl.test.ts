/**
 * The structural records (structural-expected.json) against the real kubectl,
 * wherever it is installed (the project's machines and CI): kubectl, and Helm's
 * reading of values emulated by kubectl's decoder, still create what was
 * recorded. About 30 s: two kubectl runs per 400 inputs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kubectlAvailable } from './oracle.js';
import { structuralInputs } from './structural.js';
import { structuralVerdicts } from './structural-oracle.js';
import { structuralRecords } from './structural-records.js';

describe('structural differentials: the recorded verdicts are what kubectl reads', () => {
  if (!kubectlAvailable()) {
    it('kubectl is on PATH wherever CI runs', () => {
      assert.ok(process.env.CI === undefined, 'kubectl is not on PATH: the structural records cannot be checked');
    });
    return;
  }
  it('every record holds', () => {
    const inputs = structuralInputs();
    const records = structuralRecords();
    const verdicts = structuralVerdicts(inputs);
    const differing = inputs
      .map((input, i) => ({ name: input.name, recorded: records[input.name], now: verdicts[i] }))
      .filter(({ recorded, now }) => JSON.stringify(recorded) !== JSON.stringify(now));
    assert.deepEqual(differing, []);
  });
});
