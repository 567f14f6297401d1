/**
 * The pieces of src/engine/new-findings.ts: line-independent fingerprints,
 * the multiset comparison with the base side, and the move to the nearest
 * line the change touched.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChangeSet } from '../src/engine/changes.js';
import { withCluster, type Finding } from '../src/engine/finding.js';
import { bothSides, changeFingerprint, newFindings, normalizeMessage, onNearestChangedLine } from '../src/engine/new-findings.js';

const at = (line: number) => ({ line, column: 3, endLine: line, endColumn: 9 });
const finding = (line: number, key: string, message = 'm', filePath = '/r/a.yaml'): Finding =>
  withCluster({ ruleId: 'r', severity: 2, message, filePath, range: at(line), fingerprintKey: key }, 'default');

describe('change fingerprints', () => {
  it('hold no line numbers: positions in messages are taken out', () => {
    assert.equal(normalizeMessage('overlaps IPPool "main" at pools/b.yaml:6:9, see line 12'), 'overlaps IPPool "main" at pools/b.yaml, see line N');
    assert.equal(changeFingerprint(finding(3, 'Pod/ns/a spec.hostNetwork')), changeFingerprint(finding(30, 'Pod/ns/a spec.hostNetwork')));
    assert.notEqual(changeFingerprint(finding(3, 'Pod/ns/a spec.hostNetwork')), changeFingerprint(finding(3, 'Pod/other/a spec.hostNetwork')));
    assert.notEqual(changeFingerprint(finding(3, 'k', 'cidr 10.0.0.0/16')), changeFingerprint(finding(3, 'k', 'cidr 10.0.0.0/8')));
  });

  it('a finding told from either of its two places has one fingerprint', () => {
    const one = withCluster({ ...finding(3, 'IPPool/a spec.cidr'), otherSide: finding(9, 'IPPool/b spec.cidr', 'm', '/r/b.yaml') }, 'default');
    const other = withCluster({ ...finding(9, 'IPPool/b spec.cidr', 'm', '/r/b.yaml'), otherSide: finding(3, 'IPPool/a spec.cidr') }, 'default');
    assert.equal(bothSides(one), bothSides(other));
  });

  it('without a resource (a parse error), the file stands in, by its head path', () => {
    const head: Finding = { ruleId: null, severity: 2, fatal: true, message: 'bad', filePath: '/r/new.yaml', range: at(1) };
    const base: Finding = { ...head, filePath: '/r/old.yaml' };
    assert.equal(changeFingerprint(base, (file) => (file === '/r/old.yaml' ? '/r/new.yaml' : file)), changeFingerprint(head));
  });
});

describe('newFindings', () => {
  const key = (f: Finding) => changeFingerprint(f);
  it('counts: one more occurrence than the base is one new finding, the most touched first', () => {
    const head = [finding(3, 'k'), finding(20, 'k'), finding(5, 'other')];
    const touched = new Set([20]);
    const found = newFindings(head, [finding(1, 'k'), finding(2, 'other')], (f) => (touched.has(f.range.line) ? 3 : 0), key, key);
    assert.deepEqual([...found].map((f) => f.range.line), [20]);
  });

  it('nothing is new when the base has it all, wherever the lines went', () => {
    assert.equal(newFindings([finding(40, 'k')], [finding(4, 'k')], () => 0, key, key).size, 0);
  });
});

describe('onNearestChangedLine', () => {
  const changes: ChangeSet = { files: new Map([['/r/a.yaml', { added: new Set([10, 30]), hunks: [], removedAt: new Set([18]) }]]) };
  it('moves to the nearest added line or removal, and says where the finding is', () => {
    const moved = onNearestChangedLine(finding(20, 'k', 'Bad.'), changes);
    assert.equal(moved.range.line, 18);
    assert.equal(moved.message, 'Bad. (at line 20:3, which this change did not touch: the change causes it)');
    assert.deepEqual(moved.related?.[0], { filePath: '/r/a.yaml', range: at(20), message: 'where the finding is' });
    assert.equal(moved.cluster, 'default');
  });

  it('stays in a file the change did not touch', () => {
    const other = finding(20, 'k', 'Bad.', '/r/b.yaml');
    assert.equal(onNearestChangedLine(other, changes), other);
  });
});
