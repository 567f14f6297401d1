/** `--format github`: workflow-command annotations, their escaping, the annotation limits and the job summary. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  escapeData,
  escapeMarkdown,
  escapeProperty,
  formatGithub,
  githubSummary,
  STEP_SUMMARY_MAX_BYTES,
  workflowCommand,
} from '../src/format/github.js';
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
      '::error file=we%2Cird%3Ana%25me%0A%3A%3Aerror file=x%3A%3Aforged%0D%3A%3Awarning%3A%3Aalso.yaml,' +
        'line=1,col=1,endLine=1,endColumn=2,title=calico-lint%3A rule-a::' +
        'line one%0A::error file=evil.yaml,line=1::forged%0D%0A::set-env name=X::y %250A 50%25' +
        '%0A  r%0A::error::x.yaml:2:3: rel%0A::error::y\n');
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
  it('lists every finding in a Markdown table, with totals and rule links', () => {
    assert.equal(githubSummary(sampleResults(), formatterData()), [
      '## calico-lint',
      '',
      '**2 errors, 1 warning** in 3 files (1 suppressed in the source).',
      '',
      '| severity | location | rule | message |',
      '|---|---|---|---|',
      '| ❌ error | clusters/a\\.yaml:3:5 | [rule-a](https://example.test/docs/rules/rule-a.md) | Pool overlaps<br>↳ clusters/b\\.yaml:1:2\\: other pool |',
      '| ⚠️ warning | clusters/a\\.yaml:7:1 | [rule-b](https://example.test/docs/rules/rule-b.md) | Hmm |',
      '| ❌ error | broken\\.yaml:2:1 | [parse-error](https://github.com/calico-lint/calico-lint/blob/main/docs/rules/parse-error.md) | Bad YAML |',
      '',
      '',
    ].join('\n'));
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

  it('stays under the 1 MiB step summary limit and says how many findings it left out', () => {
    const big = 'x'.repeat(5000);
    const messages = Array.from({ length: 400 }, (_, i) => ({ ruleId: 'rule-a', severity: 2 as const, message: big, line: i + 1, column: 1, endLine: i + 1, endColumn: 2 }));
    const summary = githubSummary([result('/repo/a.yaml', messages)], formatterData());
    assert.ok(Buffer.byteLength(summary) < STEP_SUMMARY_MAX_BYTES);
    const shown = summary.split('\n').filter((line) => line.startsWith('| ❌')).length;
    assert.ok(shown > 100 && shown < 400);
    assert.match(summary, new RegExp(`\\n${400 - shown} more findings are not shown: a job summary is limited to 1 MiB\\.`));
  });
});
