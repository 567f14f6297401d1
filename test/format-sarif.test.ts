/** `--format sarif`: SARIF 2.1.0, exact for a small input. (test/sarif-multitool.test.ts validates real output.) */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CalicoLintMessage } from '../src/format/lint-results.js';
import { artifactUri, automationId, formatSarif, MAX_RESULTS_PER_RUN, sarifLog } from '../src/format/sarif.js';
import { expectedFingerprint, expectedLineHash, formatterData, result, sampleResults } from './helpers/format.js';

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

  it('writes every reported finding as a result; suppressed ones only with keepSuppressed, with an in-source suppression', () => {
    const withoutSuppressed = sarifLog(sampleResults(), formatterData()).runs[0]!;
    assert.deepEqual(withoutSuppressed.results!.map((r) => r.message.text), ['Pool overlaps', 'Hmm', 'Bad YAML']);
    const run = sarifLog(sampleResults(), formatterData({ keepSuppressed: true })).runs[0]!;
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
        partialFingerprints: {
          primaryLocationLineHash: expectedLineHash('rule-a', { cluster: 'prod', key: 'IPPool/x spec.cidr; related IPPool/y spec.cidr' }),
          'calicoLint/v1': expectedFingerprint('rule-a', 'clusters/a.yaml', 'IPPool/x spec.cidr; related IPPool/y spec.cidr'),
        },
        relatedLocations: [{ id: 1, physicalLocation: location('clusters/b.yaml', 1, 2, 1, 4), message: { text: 'other pool' } }],
      },
      {
        ruleId: 'rule-b',
        ruleIndex: 1,
        level: 'warning',
        message: { text: 'Hmm' },
        locations: [{ physicalLocation: location('clusters/a.yaml', 7, 1, 8, 2) }],
        partialFingerprints: {
          primaryLocationLineHash: expectedLineHash('rule-b', { cluster: 'prod', key: 'Pod/ns/p spec' }),
          'calicoLint/v1': expectedFingerprint('rule-b', 'clusters/a.yaml', 'Pod/ns/p spec'),
        },
      },
      {
        ruleId: 'rule-a',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Accepted' },
        locations: [{ physicalLocation: location('clusters/a.yaml', 10, 3, 10, 5) }],
        partialFingerprints: {
          primaryLocationLineHash: expectedLineHash('rule-a', { cluster: 'prod', key: 'IPPool/z spec.cidr' }),
          'calicoLint/v1': expectedFingerprint('rule-a', 'clusters/a.yaml', 'IPPool/z spec.cidr'),
        },
        suppressions: [{ kind: 'inSource', justification: 'known, see CHG-1' }],
      },
      {
        ruleId: 'parse-error',
        ruleIndex: 2,
        level: 'error',
        message: { text: 'Bad YAML' },
        locations: [{ physicalLocation: location('broken.yaml', 2, 1, 2, 2) }],
        partialFingerprints: {
          primaryLocationLineHash: expectedLineHash('parse-error', { file: 'broken.yaml', key: 'Bad YAML' }),
          'calicoLint/v1': expectedFingerprint('parse-error', 'broken.yaml', 'Bad YAML'),
        },
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

  it('sets runs[].automationDetails.id from the category, whole (GitHub reads the part before the last / as the category)', () => {
    assert.equal(sarifLog(sampleResults(), formatterData()).runs[0]!.automationDetails, undefined);
    assert.deepEqual(sarifLog(sampleResults(), formatterData({ category: 'calico-lint/prod' })).runs[0]!.automationDetails, { id: 'calico-lint/prod/' });
    assert.equal(automationId('calico-lint/'), 'calico-lint/');
  });

  it(`keeps at most ${MAX_RESULTS_PER_RUN} results, the most severe, and says so in a tool notification and a notice`, () => {
    const message = (severity: 1 | 2, line: number): CalicoLintMessage =>
      ({ ruleId: 'rule-a', severity, message: `m${line}`, line, column: 1, fingerprintKey: `Pod/p${line}`, cluster: 'default' });
    // Warnings first in report order, then errors: the cap must keep every error.
    const warnings = Array.from({ length: MAX_RESULTS_PER_RUN }, (_, i) => message(1, i + 1));
    const errors = Array.from({ length: 7 }, (_, i) => message(2, MAX_RESULTS_PER_RUN + i + 1));
    const notices: string[] = [];
    const run = sarifLog([result('/repo/a.yaml', [...warnings, ...errors])], formatterData({ notice: (text) => notices.push(text) })).runs[0]!;
    assert.equal(run.results!.length, MAX_RESULTS_PER_RUN);
    assert.equal(run.results!.filter((r) => r.level === 'error').length, 7);
    // Report order is kept among the results that stay: the last 7 warnings went, the errors follow the rest.
    assert.equal(run.results![MAX_RESULTS_PER_RUN - 8]!.message.text, `m${MAX_RESULTS_PER_RUN - 7}`);
    assert.equal(run.results![MAX_RESULTS_PER_RUN - 7]!.message.text, `m${MAX_RESULTS_PER_RUN + 1}`);
    const text = 'the SARIF report holds the 25,000 most severe of 25,007 findings, GitHub code scanning\'s limit per run; ' +
      'left out: 7 warnings. Other formats (e.g. --format json) list them all.';
    assert.deepEqual(notices, [text]);
    assert.deepEqual(run.invocations, [{
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'warning', descriptor: { id: 'result-limit' }, message: { text } }],
    }]);

    const exact = sarifLog([result('/repo/a.yaml', warnings)], formatterData({ notice: (t) => notices.push(t) })).runs[0]!;
    assert.equal(exact.results!.length, MAX_RESULTS_PER_RUN);
    assert.equal(exact.invocations, undefined);
    assert.equal(notices.length, 1, 'no notice when nothing is left out');
  });
});

import fc from 'fast-check';
import { folderOfFiles } from '../src/format/report.js';

describe('the folder of the linted files (whose Git root reports are relative to)', () => {
  it('is the deepest folder holding every path, found from the first and last path alone', () => {
    /** Every path's folder, then up until one holds them all: the plain definition. */
    const naive = (files: readonly string[]): string | undefined => {
      const folders = files.filter((file) => file.startsWith('/')).map((file) => file.slice(0, file.lastIndexOf('/')) || '/');
      if (folders.length === 0) return undefined;
      let common = folders[0]!;
      const holds = (folder: string, inside: string) => inside === folder || inside.startsWith(folder === '/' ? '/' : `${folder}/`);
      while (!folders.every((folder) => holds(common, folder))) common = common.slice(0, common.lastIndexOf('/')) || '/';
      return common;
    };
    const segment = fc.constantFrom('a', 'b', 'ab', 'a-b', 'a.b', 'b0', 'z');
    const file = fc.oneof(
      fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join('/')}.yaml`),
      fc.constant('<stdin>'),
    );
    fc.assert(fc.property(fc.array(file, { maxLength: 12 }), (files) => folderOfFiles(files) === naive(files)), { numRuns: 3000 });
  });
});
