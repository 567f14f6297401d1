/**
 * Records the corpus verdicts (test/differential/expected.json) from the real
 * kubectl and the current calico-lint:
 *   node --import tsx test/differential/record.ts
 * Review the diff before committing: a verdict that changes is a behaviour change.
 */
import { writeFileSync } from 'node:fs';
import { corpusInputs, EXPECTED_FILE, type CorpusExpectation } from './corpus.js';
import { calicoFindings, kubectlObjects, verdictOf } from './oracle.js';

const inputs = corpusInputs();
const objects = kubectlObjects(inputs);
const expected: Record<string, CorpusExpectation> = {};
for (const [i, input] of inputs.entries()) {
  const verdict = verdictOf(input, objects[i]!);
  expected[input.name] = {
    kubectl: verdict.kubectl,
    calico: calicoFindings(input)
      .filter((finding) => finding.severity === 2)
      .map((finding) => [finding.ruleId, finding.range.line, finding.range.column, finding.message.slice(0, 80)]),
  };
}
writeFileSync(EXPECTED_FILE, `${JSON.stringify(expected, null, 1)}\n`);
console.log(`recorded ${inputs.length} corpus files`);
