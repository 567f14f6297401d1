/** `--format sarif`: SARIF 2.1.0, exact for a small input. (test/sarif-multitool.test.ts validates real output.) */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { artifactUri, formatSarif, sarifLog } from '../src/format/sarif.js';
import { expectedFingerprint, formatterData, result, sampleResults } from './helpers/format.js';

describe('sarif format', () => {
  it('describes the tool and every rule, plus parse-error for fatal findings', () => {
    const log = sarifLog(sampleResults(), formatterData());
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0]!;
    assert.deepEqual({ ...run.tool.driver, rules: undefined }, {
      name: 'calico-lint',
      version: '9.8.7',
      semanticVersion: '9.8.7',
      informationUri: 'https://github.com/calico-lint/calico-lint',
      rules: undefined,
    });
    assert.deepEqual(run.tool.driver.rules![0], {
      id: 'rule-a',
      name: 'RuleA',
      shortDescription: { text: 'Rule a catches a.' },
      fullDescription: { text: 'Rule a catches a. Fix a.' },
      help: {
        text: 'Fix a. Documentation: https://example.test/docs/rules/rule-a.md',
        markdown: 'Fix a.\n\n[Documentation of rule-a](https://example.test/docs/rules/rule-a.md)',
      },
      helpUri: 'https://example.test/docs/rules/rule-a.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['kubernetes', 'calico'] },
    });
    assert.deepEqual(run.tool.driver.rules!.map((rule) => [rule.id, rule.defaultConfiguration?.level, rule.helpUri]), [
      ['rule-a', 'error', 'https://example.test/docs/rules/rule-a.md'],
      ['rule-b', 'warning', 'https://example.test/docs/rules/rule-b.md'],
      ['parse-error', 'error', 'https://github.com/calico-lint/calico-lint/blob/main/docs/rules/parse-error.md'],
    ]);
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/', description: { text: 'The repository root.' } } });
    assert.equal(run.columnKind, 'utf16CodeUnits');
  });

  it('writes every finding as a result, suppressed ones with an in-source suppression', () => {
    const run = sarifLog(sampleResults(), formatterData()).runs[0]!;
    const location = (uri: string, startLine: number, startColumn: number, endLine: number, endColumn: number) => ({
      artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
      region: { startLine, startColumn, endLine, endColumn },
    });
    assert.deepEqual(run.results, [
      {
        ruleId: 'rule-a',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Pool overlaps' },
        locations: [{ physicalLocation: location('clusters/a.yaml', 3, 5, 3, 9) }],
        partialFingerprints: { 'calicoLint/v1': expectedFingerprint('rule-a', 'clusters/a.yaml', 'IPPool/x spec.cidr; related IPPool/y spec.cidr') },
        relatedLocations: [{ id: 1, physicalLocation: location('clusters/b.yaml', 1, 2, 1, 4), message: { text: 'other pool' } }],
      },
      {
        ruleId: 'rule-b',
        ruleIndex: 1,
        level: 'warning',
        message: { text: 'Hmm' },
        locations: [{ physicalLocation: location('clusters/a.yaml', 7, 1, 8, 2) }],
        partialFingerprints: { 'calicoLint/v1': expectedFingerprint('rule-b', 'clusters/a.yaml', 'Pod/ns/p spec') },
      },
      {
        ruleId: 'rule-a',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Accepted' },
        locations: [{ physicalLocation: location('clusters/a.yaml', 10, 3, 10, 5) }],
        partialFingerprints: { 'calicoLint/v1': expectedFingerprint('rule-a', 'clusters/a.yaml', 'IPPool/z spec.cidr') },
        suppressions: [{ kind: 'inSource', justification: 'known, see CHG-1' }],
      },
      {
        ruleId: 'parse-error',
        ruleIndex: 2,
        level: 'error',
        message: { text: 'Bad YAML' },
        locations: [{ physicalLocation: location('broken.yaml', 2, 1, 2, 2) }],
        partialFingerprints: { 'calicoLint/v1': expectedFingerprint('parse-error', 'broken.yaml', 'Bad YAML') },
      },
    ]);
  });

  it('is JSON ending with a new line', () => {
    const text = formatSarif([result('/repo/a.yaml', [])], formatterData());
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual((JSON.parse(text) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results, []);
  });

  it('percent-encodes artifact URIs relative to the repository root', () => {
    assert.equal(artifactUri('clusters/prod a/ü#1?.yaml'), 'clusters/prod%20a/%C3%BC%231%3F.yaml');
    assert.equal(artifactUri('<stdin>'), '%3Cstdin%3E');
    const run = sarifLog([result('/elsewhere/x.yaml', [{ ruleId: 'rule-a', severity: 2, message: 'm', line: 1, column: 1 }])], formatterData()).runs[0]!;
    assert.equal(run.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri, '../elsewhere/x.yaml');
  });
});
