/** `--format junit`: JUnit XML, exact for a small input, and well-formed whatever the manifests hold. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { escapeXml, escapeXmlText, formatJunit } from '../src/format/junit.js';
import { formatterData, result, sampleResults } from './helpers/format.js';

/**
 * Parses XML with Python's standard library (expat, a conforming XML 1.0
 * parser) and returns every testcase with its attributes and child elements.
 */
function parseWithExpat(xml: string): Array<{ attrs: Record<string, string>; children: Array<{ tag: string; attrs: Record<string, string>; text: string }> }> {
  const script = [
    'import json, sys, xml.etree.ElementTree as ET',
    'root = ET.fromstring(sys.stdin.buffer.read())',
    'cases = [{"attrs": dict(c.attrib), "children": [{"tag": k.tag, "attrs": dict(k.attrib), "text": k.text or ""} for k in c]} for c in root.iter("testcase")]',
    'print(json.dumps(cases))',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' });
  assert.equal(run.status, 0, `python3 could not parse the XML: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReturnType<typeof parseWithExpat>;
}

describe('junit format', () => {
  it('writes one suite per file and one testcase per finding, exactly', () => {
    assert.equal(formatJunit(sampleResults(), formatterData()), [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="calico-lint" tests="5" failures="2" errors="1" skipped="1" time="0">',
      '  <testsuite name="clusters/a.yaml" tests="3" failures="2" errors="0" skipped="1" time="0">',
      '    <testcase classname="clusters/a.yaml" name="rule-a: IPPool/x spec.cidr; related IPPool/y spec.cidr" file="clusters/a.yaml" time="0">',
      '      <failure type="error" message="Pool overlaps">clusters/a.yaml:3:5: error: Pool overlaps',
      '  clusters/b.yaml:1:2: other pool',
      'Rule rule-a: https://example.test/docs/rules/rule-a.md</failure>',
      '    </testcase>',
      '    <testcase classname="clusters/a.yaml" name="rule-b: Pod/ns/p spec" file="clusters/a.yaml" time="0">',
      '      <failure type="warning" message="Hmm">clusters/a.yaml:7:1: warning: Hmm',
      'Rule rule-b: https://example.test/docs/rules/rule-b.md</failure>',
      '    </testcase>',
      '    <testcase classname="clusters/a.yaml" name="rule-a: IPPool/z spec.cidr" file="clusters/a.yaml" time="0">',
      '      <skipped message="suppressed: known, see CHG-1">suppressed: known, see CHG-1',
      'clusters/a.yaml:10:3: error: Accepted</skipped>',
      '    </testcase>',
      '  </testsuite>',
      '  <testsuite name="broken.yaml" tests="1" failures="0" errors="1" skipped="0" time="0">',
      '    <testcase classname="broken.yaml" name="parse-error: line 2, column 1" file="broken.yaml" time="0">',
      '      <error type="error" message="Bad YAML">broken.yaml:2:1: error: Bad YAML',
      'Rule parse-error: https://github.com/calico-lint/calico-lint/blob/main/docs/rules/parse-error.md</error>',
      '    </testcase>',
      '  </testsuite>',
      '  <testsuite name="clean.yaml" tests="1" failures="0" errors="0" skipped="0" time="0">',
      '    <testcase classname="clean.yaml" name="calico-lint" file="clean.yaml" time="0"/>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'));
  });

  it('gives repeated testcase names a number, so every test stays distinct', () => {
    const same = { ruleId: 'rule-a', severity: 2 as const, message: 'm', column: 1, fingerprintKey: 'IPPool/x spec' };
    const xml = formatJunit([result('/repo/a.yaml', [{ ...same, line: 1 }, { ...same, line: 2 }])], formatterData());
    assert.deepEqual(parseWithExpat(xml).map((c) => c.attrs.name), ['rule-a: IPPool/x spec', 'rule-a: IPPool/x spec (2)']);
  });

  it('escapes XML specials and makes characters XML 1.0 forbids visible', () => {
    assert.equal(escapeXml('a<b>&"c"\'d\'\te\nf\rg'), 'a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#9;e&#10;f&#13;g');
    assert.equal(escapeXmlText('a<b>&"c"\te\nf\rg'), 'a&lt;b&gt;&amp;"c"\te\nf&#13;g');
    assert.equal(escapeXml('\u0000\u0001\u001b[31m\u000b\ufffe\ud800x\udc00'), '\\u0000\\u0001\\u001b[31m\\u000b\\ufffe\\ud800x\\udc00');
    // Pairs of surrogates (emoji) are fine.
    assert.equal(escapeXml('🙂'), '🙂');
  });

  it('stays well-formed, and keeps the text, with hostile messages and file names', () => {
    const message = 'bad <tag attr="x"> & \'q\' ]]> \u0007bell\r\nnext\tline \ud83d';
    const file = '/repo/a&b <c> "d".yaml';
    const xml = formatJunit([
      result(file, [{ ruleId: 'rule-a', severity: 2, message, line: 1, column: 1, fingerprintKey: 'Pod/ns/<x> metadata["a&b"]' }], [
        { ruleId: 'rule-a', severity: 2, message: 'm', line: 2, column: 1, suppressions: [{ kind: 'directive', justification: 'why <&> "x"\n' }] },
      ]),
    ], formatterData());
    const [failing, skipped] = parseWithExpat(xml);
    assert.equal(failing!.attrs.classname, 'a&b <c> "d".yaml');
    assert.equal(failing!.attrs.name, 'rule-a: Pod/ns/<x> metadata["a&b"]');
    const expectedText = 'bad <tag attr="x"> & \'q\' ]]> \\u0007bell\r\nnext\tline \\ud83d';
    assert.equal(failing!.children[0]!.attrs.message, expectedText);
    assert.equal(failing!.children[0]!.text.split('\n')[0], 'a&b <c> "d".yaml:1:1: error: bad <tag attr="x"> & \'q\' ]]> \\u0007bell\r');
    assert.equal(skipped!.children[0]!.tag, 'skipped');
    assert.equal(skipped!.children[0]!.attrs.message, 'suppressed: why <&> "x"\n');
    assert.equal(skipped!.children[0]!.text, 'suppressed: why <&> "x"\n\na&b <c> "d".yaml:2:1: error: m', 'GitLab reads the reason from the text');
  });

  it('keeps testcase names short even for huge resource names', () => {
    const xml = formatJunit([result('/repo/a.yaml', [{ ruleId: 'rule-a', severity: 2, message: 'm', line: 1, column: 1, fingerprintKey: `Pod/ns/${'n'.repeat(5000)}` }])], formatterData());
    const [testcase] = parseWithExpat(xml);
    assert.equal([...testcase!.attrs.name!].length, 201);
    assert.ok(testcase!.attrs.name!.endsWith('…'));
  });
});
