/** `--format github`: workflow-command annotations, their escaping, the annotation limits and the job summary. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  escapeData,
  escapeMarkdown,
  escapeProperty,
  formatGithub,
  STEP_SUMMARY_MAX_BYTES,
  workflowCommand,
} from '../src/format/github.js';
import { jobSummary } from '../src/format/job-summary.js';
import type { ClusterMap } from '../src/facts/address-map.js';

const githubSummary = (...args: Parameters<typeof jobSummary>): string => jobSummary(...args).text;
import { formatterData, result, sampleResults } from './helpers/format.js';

describe('github format: annotations', () => {
  it('prints one workflow command per reported finding, errors first, exactly', () => {
    assert.equal(formatGithub(sampleResults(), formatterData()), [
      '::error file=clusters/a.yaml,line=3,col=5,endLine=3,endColumn=9,title=calico-lint%3A rule-a::Pool overlaps%0A  clusters/b.yaml:1:2: other pool',
      '::error file=broken.yaml,line=2,col=1,endLine=2,endColumn=2,title=calico-lint%3A parse-error::Bad YAML',
      // Columns only for a one-line annotation, as GitHub requires; warnings after errors.
      '::warning file=clusters/a.yaml,line=7,endLine=8,title=calico-lint%3A rule-b::Hmm',
      '',
    ].join('\n'));
  });

  it('prints nothing when there is nothing to report', () => {
    assert.equal(formatGithub([result('/repo/clean.yaml', [])], formatterData()), '');
  });

  it('escapes as @actions/core does: % CR LF in data, and : , in properties too', () => {
    assert.equal(escapeData('100% a\r\nb:c,d'), '100%25 a%0D%0Ab:c,d');
    assert.equal(escapeProperty('100% a\r\nb:c,d'), '100%25 a%0D%0Ab%3Ac%2Cd');
    // %25 first: an already escaped-looking sequence stays literal.
    assert.equal(escapeData('%0A'), '%250A');
    assert.equal(workflowCommand('error', { file: 'a', line: 1, col: undefined, title: '' }, 'm'), '::error file=a,line=1::m');
    assert.equal(workflowCommand('error', {}, 'm'), '::error::m');
  });

  it('never lets manifest content start a line of its own, or end the properties early', () => {
    const hostileFile = '/repo/we,ird:na%me\n::error file=x::forged\r::warning::also.yaml';
    const hostileMessage = 'line one\n::error file=evil.yaml,line=1::forged\r\n::set-env name=X::y %0A 50%';
    const output = formatGithub([
      result(hostileFile, [{
        ruleId: 'rule-a', severity: 2, message: hostileMessage, line: 1, column: 1, endLine: 1, endColumn: 2,
        relatedLocations: [{ filePath: '/repo/r\n::error::x.yaml', range: { line: 2, column: 3, endLine: 2, endColumn: 4 }, message: 'rel\n::error::y' }],
      }]),
    ], formatterData());
    assert.equal(output,
      // A file name is shown sanitized (its new line and carriage return as visible `\\n`, `\\r`), then escaped.
      '::error file=we%2Cird%3Ana%25me\\n%3A%3Aerror file=x%3A%3Aforged\\r%3A%3Awarning%3A%3Aalso.yaml,' +
        'line=1,col=1,endLine=1,endColumn=2,title=calico-lint%3A rule-a::' +
        'line one%0A::error file=evil.yaml,line=1::forged%0D%0A::set-env name=X::y %250A 50%25' +
        '%0A  r\\n::error::x.yaml:2:3: rel%0A::error::y\n');
    const lines = output.split('\n');
    assert.equal(lines.length, 2, 'one command line and the final newline');
    assert.doesNotMatch(output, /\r/);
    // The runner ends the properties at the first `::` after the command name: that must be ours.
    assert.equal(lines[0]!.indexOf('::', 2), lines[0]!.indexOf('::line one'));
  });

  it('prints errors before warnings, since GitHub shows only the first annotations of each type', () => {
    const output = formatGithub([
      result('/repo/a.yaml', [{ ruleId: 'rule-b', severity: 1, message: 'w', line: 1, column: 1 }, { ruleId: 'rule-a', severity: 2, message: 'e1', line: 2, column: 1 }]),
      result('/repo/b.yaml', [{ ruleId: 'rule-a', severity: 2, message: 'e2', line: 1, column: 1 }]),
    ], formatterData());
    assert.deepEqual(output.trimEnd().split('\n').map((line) => line.replace(/ .*::/, ' ')), ['::error e1', '::error e2', '::warning w']);
  });

  it('ends with a notice annotation counting what GitHub hides (10 per type per step)', () => {
    const messages = (count: number, severity: 1 | 2) => Array.from({ length: count }, (_, i) => ({
      ruleId: 'rule-a', severity, message: `m${i}`, line: i + 1, column: 1, endLine: i + 1, endColumn: 2,
    }));
    const lastLine = (errors: number, warnings: number, stepSummary = false) => {
      const lines = formatGithub([result('/repo/a.yaml', [...messages(warnings, 1), ...messages(errors, 2)])], formatterData({ stepSummary })).trimEnd().split('\n');
      return lines.at(-1)!;
    };
    assert.match(lastLine(10, 10), /^::warning /, '10 of each type: all shown, no notice');
    assert.equal(lastLine(11, 0),
      '::notice title=calico-lint::calico-lint found 11 errors and 0 warnings; 1 error is not shown as annotations, because GitHub shows ' +
        'at most 10 of each type per step (and 50 per job). This step\'s log lists every finding.');
    assert.equal(lastLine(25, 13, true),
      '::notice title=calico-lint::calico-lint found 25 errors and 13 warnings; 15 errors and 3 warnings are not shown as annotations, ' +
        'because GitHub shows at most 10 of each type per step (and 50 per job). The job summary lists every finding.');
    assert.equal(lastLine(3, 12, true).split('::')[2], 'calico-lint found 3 errors and 12 warnings; 2 warnings are not shown as annotations, ' +
        'because GitHub shows at most 10 of each type per step (and 50 per job). The job summary lists every finding.');
  });
});

describe('github format: job summary', () => {
  it('lists every finding in a Markdown table, errors first, with totals and rule links', () => {
    assert.equal(githubSummary(sampleResults(), formatterData()), [
      '## calico-lint',
      '',
      '**2 errors, 1 warning** in 3 files (1 suppressed in the source).',
      '',
      '| severity | location | rule | message |',
      '|---|---|---|---|',
      '| ❌ error | clusters/a\\.yaml:3:5 | [rule-a](https://example.test/docs/rules/rule-a.md) | Pool overlaps<br>↳ clusters/b\\.yaml:1:2\\: other pool |',
      '| ❌ error | broken\\.yaml:2:1 | [parse-error](https://github.com/calico-lint/calico-lint/blob/main/docs/rules/parse-error.md) | Bad YAML |',
      '| ⚠️ warning | clusters/a\\.yaml:7:1 | [rule-b](https://example.test/docs/rules/rule-b.md) | Hmm |',
      '',
      '',
    ].join('\n'));
    assert.equal(jobSummary(sampleResults(), formatterData()).everyFinding, true);
  });

  it('says so when there is nothing to report', () => {
    assert.equal(githubSummary([result('/repo/a.yaml', [])], formatterData()), '## calico-lint\n\nNo problems found in 1 file.\n\n');
  });

  it('escapes Markdown and HTML from manifests and file names', () => {
    assert.equal(
      escapeMarkdown('<script>alert(1)</script> | **bold** _i_ `code` [x](http://evil.test) ![i](y) @user #12 :smile: ~s~ $x$ www.evil.test & a\\b\nnext'),
      '&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\*\\*bold\\*\\* \\_i\\_ \\`code\\` \\[x\\]\\(http\\://evil\\.test\\) ' +
        '\\!\\[i\\]\\(y\\) \\@user \\#12 \\:smile\\: \\~s\\~ \\$x\\$ www\\.evil\\.test &amp; a\\\\b\\\\nnext',
    );
    const summary = githubSummary([
      result('/repo/x|y<b>.yaml', [{ ruleId: 'rule-a', severity: 2, message: 'a | b\n| c <img src=x onerror=alert(1)>', line: 1, column: 1, endLine: 1, endColumn: 2 }]),
    ], formatterData());
    const row = summary.split('\n').find((line) => line.startsWith('| ❌'))!;
    assert.equal(row, '| ❌ error | x\\|y&lt;b&gt;\\.yaml:1:1 | [rule-a](https://example.test/docs/rules/rule-a.md) | ' +
      'a \\| b\\\\n\\| c &lt;img src=x onerror=alert\\(1\\)&gt; |');
    // Every unescaped | is a cell border: the row keeps its 4 cells.
    assert.equal(row.split(/(?<!\\)\|/).length - 2, 4);
  });

  it('stays under the 1 MiB step summary limit and says how many findings it left out, and where they all are', () => {
    const big = 'x'.repeat(5000);
    const messages = Array.from({ length: 400 }, (_, i) => ({ ruleId: 'rule-a', severity: 2 as const, message: big, line: i + 1, column: 1, endLine: i + 1, endColumn: 2 }));
    const { text: summary, everyFinding } = jobSummary([result('/repo/a.yaml', messages)], formatterData(), 'the SARIF report calico-lint\\.sarif');
    assert.ok(Buffer.byteLength(summary) < STEP_SUMMARY_MAX_BYTES);
    assert.equal(everyFinding, false);
    const shown = summary.split('\n').filter((line) => line.startsWith('| ❌')).length;
    assert.ok(shown > 100 && shown < 400);
    // Right under the totals, so that a reader sees it before the table.
    assert.equal(summary.split('\n')[4], `Not shown, since GitHub drops a job summary over 1 MiB: ${400 - shown} errors. Every finding is in the SARIF report calico-lint\\.sarif.`);
  });

  it('spends one budget on the errors first, then the address map, then the warnings', () => {
    const finding = (severity: 1 | 2, i: number) => ({ ruleId: 'rule-a', severity, message: `${severity === 2 ? 'error' : 'warning'} ${i} ${'y'.repeat(200)}`, line: i + 1, column: 1 });
    const results = [result('/repo/a.yaml', [...Array.from({ length: 40 }, (_, i) => finding(2, i)), ...Array.from({ length: 40 }, (_, i) => finding(1, i))])];
    const maps = [clusterMap('prod', 60)];
    const summary = (budget: number) => jobSummary(results, formatterData({ addressMaps: maps }), 'this step\'s log', budget);
    const count = (text: string, prefix: string) => text.split('\n').filter((line) => line.startsWith(prefix)).length;

    const all = summary(STEP_SUMMARY_MAX_BYTES);
    assert.deepEqual([count(all.text, '| ❌'), count(all.text, '| ⚠️'), count(all.text, '| `10.')], [40, 40, 60]);
    assert.doesNotMatch(all.text, /Not shown/);
    const size = Buffer.byteLength(all.text);

    // Less room: the warnings go first, then ranges of the map; the errors stay.
    const noWarnings = summary(size - 2_000);
    assert.equal(count(noWarnings.text, '| ❌'), 40);
    assert.equal(count(noWarnings.text, '| `10.'), 60);
    assert.ok(count(noWarnings.text, '| ⚠️') < 40);
    assert.equal(noWarnings.everyFinding, false);
    assert.match(noWarnings.text, /Not shown, since GitHub drops a job summary over 1 MiB: \d+ warnings\. Every finding is in this step's log\./);

    const errorsOnly = summary(size - 12_000);
    assert.equal(count(errorsOnly.text, '| ❌'), 40);
    assert.equal(count(errorsOnly.text, '| ⚠️'), 0);
    assert.ok(count(errorsOnly.text, '| `10.') < 60);
    assert.match(errorsOnly.text, /: 40 warnings, \d+ ranges of the address map \(`--format html` draws it whole\)\. Every finding is in/);
    for (const budget of [size - 2_000, size - 12_000, 30_000]) assert.ok(Buffer.byteLength(summary(budget).text) <= budget, `within ${budget}`);
  });

  it("writes GitHub's scale case (4,000 findings, 1,500 pools) within 1 MiB", () => {
    const messages = Array.from({ length: 4000 }, (_, i) => ({
      ruleId: 'rule-a', severity: (i % 2 === 0 ? 2 : 1) as 1 | 2, line: i + 1, column: 3,
      message: `IPPool "pool-${i}" (10.${i % 250}.0.0/24) overlaps IPPool "pool-${i + 1}" in cluster prod: Calico assigns the same addresses twice; ${'z'.repeat(150)}`,
      relatedLocations: [{ filePath: `/repo/clusters/prod/pool-${i + 1}.yaml`, range: { line: 4, column: 9, endLine: 4, endColumn: 20 }, message: 'the other pool' }],
    }));
    const { text, everyFinding } = jobSummary([result('/repo/clusters/prod/pools.yaml', messages)], formatterData({ addressMaps: [clusterMap('prod', 1500)] }));
    assert.ok(Buffer.byteLength(text) <= STEP_SUMMARY_MAX_BYTES, `${Buffer.byteLength(text)} bytes`);
    assert.equal(everyFinding, false);
    assert.equal(text.split('\n').filter((line) => line.startsWith('| ❌')).length, 2000, 'every error is shown');
    assert.match(text, /Not shown, since GitHub drops a job summary over 1 MiB: \d+ warnings/);
  });

  it('the annotations\' notice sends readers to the summary only when it lists every finding', () => {
    const messages = Array.from({ length: 12 }, (_, i) => ({ ruleId: 'rule-a', severity: 2 as const, message: `m${i}`, line: i + 1, column: 1, endLine: i + 1, endColumn: 2 }));
    const notice = (data: Parameters<typeof formatterData>[0]) => formatGithub([result('/repo/a.yaml', messages)], formatterData(data)).trimEnd().split('\n').at(-1)!;
    assert.match(notice({ stepSummary: true }), /The job summary lists every finding\.$/);
    assert.match(notice({ stepSummary: true, stepSummaryCut: true }), /This step's log lists every finding\.$/);
  });
});

/** A cluster's map with `pools` /24 pools in 10.0.0.0/8. */
function clusterMap(name: string, pools: number): ClusterMap {
  return {
    name,
    files: [],
    ranges: Array.from({ length: pools }, (_, i) => ({
      id: `r${i}`, role: 'pool' as const, roleName: 'IPPool', label: `pool-${i}`, text: `10.${i >> 8}.${i & 255}.0/24`, family: 4 as const,
      first: String(0x0a000000 + i * 256), last: String(0x0a000000 + i * 256 + 255), where: `clusters/${name}/pools.yaml:${i * 8 + 1}:1`, conflict: i % 7 === 0,
      pool: { blocks: 4, addressesPerBlock: 64, blockSize: 26, nodesServed: 4, usedBy: 'every node' } as never,
    })),
  };
}
