/**
 * The committed corpus, without kubectl: one manifest per way kubectl and a
 * YAML 1.2 parser part. For each, what kubectl 1.32 creates was recorded
 * (expected.json, `kubectl` field; kubectl.test.ts checks it again wherever
 * kubectl is installed), and calico-lint, in its default mode, must report an
 * error whenever those objects hold one: by reading the text as kubectl does
 * (a rule's finding) or by refusing the construct (a fatal finding).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusInputs, expectations } from './corpus.js';
import { calicoFindings } from './oracle.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBin } from '../helpers/cli.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const expected = expectations();
/** Rules whose findings depend on other documents of the same cluster. */
const CROSS_DOCUMENT = new Set(['pool-annotation-valid', 'pool-annotation-namespace', 'ippool-duplicate-name', 'ippool-cidr-overlap']);
const inputs = corpusInputs();

describe('parser differentials: the corpus (kubectl 1.32 verdicts recorded)', () => {
  it('has an expectation for every corpus file and a file for every expectation', () => {
    assert.deepEqual(inputs.map((input) => input.name), Object.keys(expected).sort());
  });

  for (const input of inputs) {
    const expectation = expected[input.name]!;
    it(`${input.name}: ${expectation.kubectl.length > 0 ? `kubectl creates a violation (${expectation.kubectl.join(', ')})` : 'kubectl creates no violation'}`, () => {
      const found = calicoFindings(input)
        .filter((finding) => finding.severity === 2)
        .map((finding) => [finding.ruleId, finding.range.line, finding.range.column, finding.message.slice(0, 80)]);
      assert.deepEqual(found, expectation.calico);
      if (expectation.kubectl.length > 0) assert.ok(found.length > 0, 'kubectl creates a violation: calico-lint must report an error');
    });
  }

  it('reports an error on every corpus file that kubectl reads as a violation, through the CLI in its default mode', () => {
    const violating = inputs.filter((input) => expected[input.name]!.kubectl.length > 0).map((input) => input.name);
    // Files whose violation is about another document (a pool a pod names) are linted alone: together,
    // one file's pools would answer another's pods.
    const alone = violating.filter((name) => expected[name]!.kubectl.some((rule) => CROSS_DOCUMENT.has(rule)));
    const together = violating.filter((name) => !alone.includes(name));
    const withErrors: string[] = [];
    for (const group of [together, ...alone.map((name) => [name])]) {
      const run = runBin(['-f', 'json', '-c', 'calico-lint.yaml', ...group.map((name) => `corpus/${name}`)], { cwd: HERE });
      assert.equal(run.status, 1, run.stderr);
      const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ severity: number }> }>;
      for (const result of results) if (result.messages.some((message) => message.severity === 2)) withErrors.push(path.basename(result.filePath));
    }
    assert.deepEqual(withErrors.sort(), violating.sort());
  });
});
