import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isJsonStream, readAsKubectl } from '../src/parse/kubectl-reading.js';
import { parseManifest } from '../src/parse/parse-manifest.js';

describe('readAsKubectl: the text as kubectl reads it, offset for offset', () => {
  it('returns a text with no YAML 1.1 line break or odd separator as it is', () => {
    const text = 'a: 1\r\n---\r\nb: "x\\ty"\n--- # c\n';
    assert.deepEqual(readAsKubectl(text), { text, problems: [], separatorBreaks: [] });
  });

  it('makes a lone CR, NEL, LS and PS line ends, keeping the length', () => {
    const text = 'a: 1 # c\rb: 2 # c\u0085c: 3 # c\u2028d: 4 # c\u2029e: 5\r\n';
    const read = readAsKubectl(text);
    assert.equal(read.text, 'a: 1 # c\nb: 2 # c\nc: 3 # c\nd: 4 # c\ne: 5\r\n');
    assert.deepEqual(read.separatorBreaks, [26, 35]);
    assert.deepEqual(read.problems, []);
  });

  it("splits documents where kubectl's YAMLReader does: `---#` and `---` then U+00A0 are separators", () => {
    assert.equal(readAsKubectl('a: 1\n---#x\nb: 2\n').text, 'a: 1\n---  \nb: 2\n');
    assert.equal(readAsKubectl('a: 1\n---\u00a0\nb: 2\n').text, 'a: 1\n--- \nb: 2\n');
  });

  it('reports a `---` line kubectl stops reading at', () => {
    const { problems } = readAsKubectl('a: 1\n--- x\nb: 2\n');
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0]!.start, problems[0]!.end], [5, 10]);
    assert.match(problems[0]!.message, /^kubectl stops reading the file at this line/);
  });

  it('refuses a byte-order mark at the start of a later document, and an escaped line break of YAML 1.1', () => {
    const bom = readAsKubectl('a: 1\n---\n\ufeffb: 2\n').problems;
    assert.deepEqual(bom.map((p) => [p.start, p.end]), [[9, 10]]);
    const escaped = readAsKubectl('a: "x\\\u0085y"\n').problems;
    assert.deepEqual(escaped.map((p) => [p.start, p.end]), [[5, 7]]);
    assert.match(escaped[0]!.message, /^Kubernetes and YAML 1\.2 parsers read this differently: `\\` before U\+0085/);
  });

  it('reads a file whose first non-blank character is `{` as a JSON stream, and refuses what is not JSON in it', () => {
    assert.equal(isJsonStream(' \r\n\u0085{"a": 1}'), true);
    assert.equal(isJsonStream('a: {}'), false);
    // kubectl peeks 4,096 bytes (GuessJSONStream): a `{` past them leaves the file YAML (checked against kubectl
    // in test/differential/structural*.ts, family json-sniff).
    assert.equal(isJsonStream(`${' '.repeat(4095)}{}`), true, 'the `{` is the 4,096th byte');
    assert.equal(isJsonStream(`${' '.repeat(4096)}{}`), false, 'the `{` is the 4,097th byte');
    assert.equal(isJsonStream(`${'\n'.repeat(5000)}{}`), false);
    assert.equal(isJsonStream(`${' '.repeat(4092)}\u3000{}`), true, 'a 3-byte space that ends at byte 4,095');
    assert.equal(isJsonStream(`${' '.repeat(4094)}\u3000{}`), false, 'a 3-byte space cut at byte 4,096 is no space for Go');
    assert.equal(isJsonStream(`${'\u0085'.repeat(2047)} {}`), true, 'NEL takes 2 bytes');
    assert.equal(isJsonStream(`${'\u0085'.repeat(2048)}{}`), false);
    assert.equal(readAsKubectl('{"a":\r1}\n{"b": 2}\n').text, '{"a":\n1}\n{"b": 2}\n');
    const yamlAfter = readAsKubectl('{"a": 1}\n---\nb: 2\n');
    assert.deepEqual(yamlAfter.problems.map((p) => [p.start, p.end]), [[9, 10]]);
    assert.match(yamlAfter.problems[0]!.message, /^kubectl reads this file as JSON .* and stops reading it here/);
  });
});

describe('parseManifest reads as kubectl, positions counted at `\\n`', () => {
  it('reads a key after a comment ended by U+2028 and points at it on the written line', () => {
    const { documents, problems } = parseManifest('/f.yaml', 'kind: Pod\nspec:\n  # c\u2028  hostNetwork: true\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(documents[0]!.value, { kind: 'Pod', spec: { hostNetwork: true } });
    assert.deepEqual(documents[0]!.locate(['spec', 'hostNetwork'], 'key'), { line: 3, column: 9, endLine: 3, endColumn: 20 });
  });

  it('decodes !!binary keys and values to text, as go-yaml v2 does', () => {
    const { documents } = parseManifest('/f.yaml', 'kind: !!binary SVBQb29s\n? !!binary |\n  bm9kZV\n  NlbGVjdG9y\n: x\n');
    assert.deepEqual(documents[0]!.value, { kind: 'IPPool', nodeSelector: 'x' });
    const bad = parseManifest('/f.yaml', 'kind: !!binary SVBQb29\n');
    assert.match(bad.problems[0]!.message, /invalid base64/);
  });

  it('refuses a merge that overrides a key written before it, and reads the document on', () => {
    const { documents, problems } = parseManifest('/f.yaml', 'spec:\n  a: 1\n  <<: {a: 2, b: 3}\n');
    assert.deepEqual(problems.map((p) => [p.range.line, p.range.column]), [[3, 3]]);
    assert.match(problems[0]!.message, /this `<<` merge sets "a", written before it/);
    assert.deepEqual(documents[0]!.value, { spec: { a: 1, b: 3 } });
    assert.deepEqual(parseManifest('/f.yaml', 'spec:\n  <<: {a: 2, b: 3}\n  a: 1\n').problems, []);
  });

  it('refuses U+2028 inside a string, where go-yaml keeps it', () => {
    const { problems } = parseManifest('/f.yaml', 'a: "x\u2028  y"\nb: 1 # c\u2028\n');
    assert.deepEqual(problems.map((p) => [p.range.line, p.range.column]), [[1, 6]]);
  });
});

describe('base-60 numbers of YAML 1.1', () => {
  it('are strings, as kubectl (go-yaml v2) reads them: a BGP community `5663:12` is no number', async () => {
    const { kubectlObjects } = await import('./differential/oracle.js');
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {a: 5663:12, b: 1:30.5, c: -1:00, d: 190:20:30, e: 0x1F, f: 1_000}\n';
    const ours = parseManifest('/x.yaml', text).documents[0]!.value as { spec: unknown };
    assert.deepEqual(ours.spec, { a: '5663:12', b: '1:30.5', c: '-1:00', d: '190:20:30', e: 31, f: 1000 });
    const [[kubectl]] = kubectlObjects([{ name: 'x.yaml', bytes: Buffer.from(text) }]) as [[{ spec: unknown }]];
    assert.deepEqual(ours.spec, kubectl.spec);
  });
});
