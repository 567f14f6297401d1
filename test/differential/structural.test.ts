/**
 * The structural inputs (structural.ts: families of issue 18 × kinds ×
 * placements), without kubectl: kubectl's verdict on each was recorded in
 * structural-expected.json (structural-kubectl.test.ts checks the records
 * again wherever kubectl is installed). Wherever kubectl creates a host-network
 * pod or an auto-assignable infra pool (Helm's values decoded as Helm does),
 * or Helm cannot decode the values, calico-lint in its default mode must report
 * an error: 0 silent misses per family.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin } from '../helpers/cli.js';
import { structuralInputs } from './structural.js';
import { structuralCalico } from './structural-oracle.js';
import { familyCounts, structuralRecords } from './structural-records.js';

const inputs = structuralInputs();
const records = structuralRecords();

describe('structural differentials: issue 18 families × kinds × placements (kubectl verdicts recorded)', () => {
  it('has a record for every input and an input for every record', () => {
    assert.deepEqual(inputs.map((input) => input.name).sort(), Object.keys(records).sort());
  });

  const counts = familyCounts(inputs, records, structuralCalico);
  for (const [family, count] of counts) {
    it(`${family}: calico-lint reports an error on every input where kubectl creates a violation`, (t) => {
      t.diagnostic(`${family}: ${count.inputs} inputs, ${count.violations} kubectl violations, ${count.misses.length} silent misses`);
      // The family must reach its payloads, or it proves nothing.
      assert.ok(count.violations >= count.inputs / 2, `only ${count.violations} of ${count.inputs} inputs are violations for kubectl`);
      assert.deepEqual(count.misses, []);
    });
  }

  it('through the CLI in its default mode: one violating input per family and variant, each an error', () => {
    const picked = new Map<string, (typeof inputs)[number]>();
    for (const input of inputs) {
      const record = records[input.name]!;
      const variant = input.name.split('/').slice(0, 2).join('/');
      if ((record.kubectl.length > 0 || record.valuesRefused) && !picked.has(variant)) picked.set(variant, input);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'calico-lint-structural-'));
    try {
      writeFileSync(path.join(dir, '.calico-lint.yaml'), 'infraPools:\n  - name: infra\n    allowedNamespaces: [kube-system]\n');
      const files = [...picked.values()].map((input, i) => {
        const name = `${i}-${input.name.replace(/\//g, '_')}.yaml`;
        writeFileSync(path.join(dir, name), input.text);
        return name;
      });
      const run = runBin(['-f', 'json', ...files], { cwd: dir });
      assert.equal(run.status, 1, run.stderr);
      const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ severity: number }> }>;
      const withoutError = results.filter((result) => !result.messages.some((message) => message.severity === 2)).map((result) => path.basename(result.filePath));
      assert.deepEqual(withoutError, []);
      assert.equal(results.length, files.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
