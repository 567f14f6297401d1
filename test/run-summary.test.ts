/**
 * The run's summary line counts with thousands separators written without
 * ICU (src/run-summary.ts, grouped): the same text as toLocaleString('en-US').
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { grouped, summaryLine } from '../src/run-summary.js';

describe('grouped', () => {
  it('writes a count as toLocaleString(\'en-US\') does', () => {
    for (const n of [0, 1, 12, 999, 1000, 12_345, 100_000, 999_999, 1_000_000, 26_000_000]) assert.equal(grouped(n), n.toLocaleString('en-US'));
    fc.assert(fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => grouped(n) === n.toLocaleString('en-US')));
  });

  it('is what the summary line shows', () => {
    const line = summaryLine({ files: 25_001, documents: 2_524, clusters: 24, pools: 93, workloads: 2_355, templates: 0 }, { errorCount: 1_036, warningCount: 3 } as never);
    assert.equal(line, '25,001 files read, 2,524 documents parsed, 24 clusters: 93 pools and 2,355 workloads checked, 0 templates skipped: 1,039 problems (1,036 errors, 3 warnings)');
  });
});
