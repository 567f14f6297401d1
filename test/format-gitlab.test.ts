/** `--format gitlab`: GitLab Code Quality JSON, and fingerprints. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatGitlab } from '../src/format/gitlab.js';
import { fingerprints } from '../src/format/report.js';
import { expectedFingerprint, formatterData, result, sampleResults } from './helpers/format.js';

describe('gitlab format', () => {
  it('writes one Code Quality issue per reported finding, exactly', () => {
    const output = formatGitlab(sampleResults(), formatterData());
    assert.ok(output.endsWith('\n'));
    assert.deepEqual(JSON.parse(output), [
      {
        description: 'Pool overlaps',
        check_name: 'rule-a',
        fingerprint: expectedFingerprint('rule-a', 'clusters/a.yaml', 'IPPool/x spec.cidr; related IPPool/y spec.cidr'),
        severity: 'major',
        location: { path: 'clusters/a.yaml', lines: { begin: 3 } },
      },
      {
        description: 'Hmm',
        check_name: 'rule-b',
        fingerprint: expectedFingerprint('rule-b', 'clusters/a.yaml', 'Pod/ns/p spec'),
        severity: 'minor',
        location: { path: 'clusters/a.yaml', lines: { begin: 7 } },
      },
      {
        description: 'Bad YAML',
        check_name: 'parse-error',
        // No identity for a fatal finding: its message stands in.
        fingerprint: expectedFingerprint('parse-error', 'broken.yaml', 'Bad YAML'),
        severity: 'blocker',
        location: { path: 'broken.yaml', lines: { begin: 2 } },
      },
    ]);
  });

  it('writes an empty list when there is nothing to report', () => {
    assert.equal(formatGitlab([result('/repo/a.yaml', [])], formatterData()), '[]\n');
  });

  it('keeps hostile text as JSON data', () => {
    const message = 'a "quoted"\n</script>\u0000 value';
    const [issue] = JSON.parse(formatGitlab([result('/repo/we"ird\n.yaml', [
      { ruleId: 'rule-a', severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 2 },
    ])], formatterData())) as Array<{ description: string; location: { path: string } }>;
    assert.equal(issue!.description, message);
    // The path is shown to people in the merge request: sanitized like every name calico-lint echoes.
    assert.equal(issue!.location.path, 'we"ird\\n.yaml');
  });
});

describe('fingerprints', () => {
  it('are unique: findings with the same rule, file and identity are numbered in order', () => {
    const same = { ruleId: 'rule-a', severity: 2 as const, message: 'm', column: 1, endColumn: 2, fingerprintKey: 'IPPool/x spec.cidr' };
    const results = [result('/repo/a.yaml', [{ ...same, line: 1, endLine: 1 }, { ...same, line: 5, endLine: 5 }, { ...same, line: 9, endLine: 9 }])];
    const prints = [...fingerprints(results, '/repo').values()];
    assert.deepEqual(prints, [1, 2, 3].map((n) => expectedFingerprint('rule-a', 'a.yaml', 'IPPool/x spec.cidr', n)));
    assert.equal(new Set(prints).size, 3);
  });

  it('ignore lines and columns, and depend on the rule, the file and the identity', () => {
    const at = (line: number, overrides: object = {}) => {
      const message = { ruleId: 'rule-a', severity: 2 as const, message: `at ${line}`, line, column: line, endLine: line, endColumn: line + 1, fingerprintKey: 'Pod/ns/p spec', ...overrides };
      return [...fingerprints([result('/repo/a.yaml', [message])], '/repo').values()][0];
    };
    assert.equal(at(3), at(30));
    assert.notEqual(at(3), at(3, { ruleId: 'rule-b' }));
    assert.notEqual(at(3), at(3, { fingerprintKey: 'Pod/ns/q spec' }));
    assert.notEqual(
      [...fingerprints([result('/repo/a.yaml', [{ ruleId: 'rule-a', severity: 2, message: 'm', line: 1, column: 1 }])], '/repo').values()][0],
      [...fingerprints([result('/repo/b.yaml', [{ ruleId: 'rule-a', severity: 2, message: 'm', line: 1, column: 1 }])], '/repo').values()][0],
    );
  });
});
