/**
 * Hostile input (issue 6): whatever a repository holds, calico-lint reports what
 * it can, explains what it cannot, and neither crashes, hangs nor runs out of
 * memory. Every case is generated here, in a temporary folder (no huge file is
 * committed), beside a normal manifest whose finding must still be reported,
 * and runs the real CLI. runBin gives each run 60 seconds and fails the test if
 * it does not finish: there is no other timing assertion.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { ProjectRule, ResourceRule } from '../src/engine/rule.js';
import { formatSize, parseSize } from '../src/size.js';
import { lintSources } from '../src/lint.js';
import { MAX_NESTING_DEPTH, parseManifest } from '../src/parse/parse-manifest.js';
import { decodeSource, readRegularFile, readSource } from '../src/read/read-sources.js';
import { preview, quote } from '../src/text.js';
import { allRules } from '../rules/index.js';
import { BIN, runBin, withoutSummary, type CliRun } from './helpers/cli.js';
import { makeConfig } from './helpers/rule-tester.js';

/** A manifest with one known finding: it must be reported whatever sits beside it. */
const NORMAL = [
  'apiVersion: crd.projectcalico.org/v1',
  'kind: IPPool',
  'metadata:',
  '  name: infra',
  'spec:',
  '  cidr: 100.64.0.0/16',
  '  nodeSelector: !all()',
  '',
].join('\n');

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
}

interface Linted extends CliRun {
  /** Messages per file, by path relative to the folder. */
  files: Record<string, JsonMessage[]>;
  /** Standard error, one notice per line. */
  notices: string[];
}

/** Control characters and Unicode line or bidi controls: none may reach the output raw. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Every folder made, removed when the tests end: some hold tens of megabytes. */
const made: string[] = [];
after(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
});

async function folder(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-hostile-'));
  made.push(dir);
  await chmod(dir, 0o755); // the unreadable-file case runs the CLI as another user
  await writeFile(path.join(dir, 'normal.yaml'), NORMAL);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/**
 * Runs calico-lint -f json on the folder and checks what every hostile run must
 * satisfy. Like runBin (60 seconds, then the test fails), with room for the
 * megabytes of JSON a big case prints.
 */
function lint(dir: string, args: readonly string[] = ['.'], input?: string): Linted {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  // --parse-all: every hostile file goes through the parser, whatever it holds (by default only files
  // a rule could find something in are parsed; 'parses only what can matter' below checks that).
  const run = spawnSync(process.execPath, [BIN, '-f', 'json', '--parse-all', ...args], {
    cwd: dir,
    input: input ?? '',
    env,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 512 * 1024 * 1024,
  });
  assert.equal(run.error, undefined, 'the run finishes within 60 seconds');
  return checked({ status: run.status, stdout: run.stdout, stderr: run.stderr }, dir);
}

function checked(run: CliRun, dir: string): Linted {
  assert.notEqual(run.status, null, 'the run ends with an exit code, not a signal');
  assert.doesNotMatch(run.stderr, /internal error|Maximum call stack|heap out of memory|\n\s+at /, 'no crash, no stack trace');
  assert.doesNotMatch(run.stderr, CONTROL, 'notices are printable');
  // The run's summary line (after a clean run) is not a notice.
  const stderr = withoutSummary(run.stderr);
  const notices = stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n');
  if (run.status === 2) return { ...run, files: {}, notices };
  const results = JSON.parse(run.stdout) as JsonResult[];
  const files: Record<string, JsonMessage[]> = {};
  for (const result of results) {
    const name = result.filePath.startsWith('/') || /^[A-Za-z]:/.test(result.filePath) ? path.relative(dir, result.filePath) : result.filePath;
    files[name] = result.messages;
    for (const message of result.messages) {
      assert.doesNotMatch(message.message, CONTROL, `no control character in ${JSON.stringify(message.message)}`);
      assert.ok(message.message.length < 2000, `a message of ${message.message.length} characters`);
      assert.doesNotMatch(message.message, /^rule crashed/, message.message);
      assert.ok(Number.isInteger(message.line) && message.line >= 1 && Number.isInteger(message.column) && message.column >= 1);
    }
  }
  return { ...run, files, notices };
}

/** The normal file's finding is still there. */
function assertNormal(linted: Linted): void {
  assert.equal(linted.status, 1, linted.stderr);
  const messages = linted.files['normal.yaml'] ?? [];
  assert.ok(
    messages.some((m) => m.ruleId === 'selector-yaml-tag' && m.line === 7 && m.column === 17 && m.endColumn === 23),
    `normal.yaml keeps its finding: ${JSON.stringify(messages)}`,
  );
}

function fatalOf(messages: JsonMessage[] | undefined): Array<[number, number, string]> {
  return (messages ?? []).map((m) => {
    assert.equal(m.ruleId, null);
    assert.equal(m.fatal, true);
    return [m.line, m.column, m.message];
  });
}

function deepFlow(depth: number, open: string, close: string, inner = 'x'): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

describe('hostile input: the real CLI survives it and keeps every other finding', () => {
  it('turns a YAML alias bomb into a finding instead of expanding it', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 9; i++) {
      const name = String.fromCharCode(98 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    }
    // Merge keys (YAML 1.1, as Kubernetes reads) are aliases too.
    const merges = ['base: &m0 {k0: 0, k1: 1, k2: 2, k3: 3}'];
    for (let i = 1; i < 12; i++) merges.push(`m${i}: &m${i} {<<: *m${i - 1}, list: [${Array(9).fill(`*m${i - 1}`).join(', ')}]}`);
    const dir = await folder({ 'bomb.yaml': `${lines.join('\n')}\n`, 'merge-bomb.yaml': `${merges.join('\n')}\n` });
    const linted = lint(dir);
    assertNormal(linted);
    for (const file of ['bomb.yaml', 'merge-bomb.yaml']) {
      const [problem, ...rest] = fatalOf(linted.files[file]);
      assert.deepEqual(rest, []);
      assert.match(problem![2], /^Parsing error: .*alias count/i);
    }
  });

  it(`reports nesting hundreds of thousands deep, flow and block, at the level past ${MAX_NESTING_DEPTH}`, async () => {
    const depth = 300_000;
    const dir = await folder({
      'flow-seq.yaml': `a: ${deepFlow(depth, '[', ']')}\n`,
      'flow-map.json': `{"a": ${deepFlow(depth, '{"a": ', '}', '1')}}\n`,
      'unclosed.yaml': `a: ${'['.repeat(depth)}\n`,
      'compact-seq.yaml': `${'- '.repeat(depth)}x\n`,
      'block-map.yaml': Array.from({ length: 600 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n',
      // Beside a deep document, the other documents of the file are read.
      'second-document.yaml': `a: ${deepFlow(depth, '[', ']')}\n---\n${NORMAL}`,
    });
    const linted = lint(dir);
    assertNormal(linted);
    const deep = /^Nested deeper than 256 levels of mappings and lists: calico-lint does not read this document/;
    for (const file of ['flow-seq.yaml', 'flow-map.json', 'unclosed.yaml', 'compact-seq.yaml', 'block-map.yaml']) {
      const problems = fatalOf(linted.files[file]);
      assert.ok(problems.length >= 1, file);
      assert.match(problems[0]![2], deep, file);
    }
    // The first collection past the limit: the mapping is level 1, so `[` number 256 (column 3 + 256, after `a: `).
    assert.deepEqual(fatalOf(linted.files['flow-seq.yaml'])[0]!.slice(0, 2), [1, 259]);
    assert.deepEqual(fatalOf(linted.files['compact-seq.yaml'])[0]!.slice(0, 2), [1, 513]);
    assert.deepEqual(fatalOf(linted.files['block-map.yaml'])[0]!.slice(0, 2), [257, 257]);
    const second = linted.files['second-document.yaml']!;
    assert.match(second[0]!.message, deep);
    assert.deepEqual(second.slice(1).map((m) => [m.ruleId, m.line, m.column]), [['selector-yaml-tag', 9, 17]]);
  });

  it('reads exactly the deepest nesting allowed', () => {
    const ok = parseManifest('/f.yaml', `${deepFlow(MAX_NESTING_DEPTH, '[', ']')}\n`);
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.documents.length, 1);
    const tooDeep = parseManifest('/f.yaml', `${deepFlow(MAX_NESTING_DEPTH + 1, '[', ']')}\n`);
    assert.equal(tooDeep.documents.length, 0);
    assert.deepEqual(tooDeep.problems.map((p) => [p.range.line, p.range.column]), [[1, MAX_NESTING_DEPTH + 1]]);
    // `[a: [b: …]]` hides a mapping level in each list: it counts.
    const pairs = parseManifest('/f.yaml', `${deepFlow(200, '[a: ', ']')}\n`);
    assert.equal(pairs.documents.length, 0);
    assert.match(pairs.problems[0]!.message, /^Nested deeper than 256 levels/);
  });

  it('reports binary files, invalid UTF-8 and UTF-16 at the offending byte', async () => {
    const dir = await folder({
      'binary.yaml': Buffer.concat([Buffer.from('kind: Pod\nname: a'), Buffer.from([0, 1, 2, 0xff]), Buffer.from('\n')]),
      'random.yaml': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
      'latin1.yaml': Buffer.from('kind: Pod\nmetadata:\n  name: caf\xe9\n', 'latin1'),
      'bom-latin1.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name: \xe9', 'latin1')]),
      'utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kind: Pod\n', 'utf16le')]),
      'overlong.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xc0, 0xaf, 0x0a]),
      'surrogate.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xed, 0xa0, 0x80, 0x0a]),
    });
    const linted = lint(dir);
    assertNormal(linted);
    const utf8 = 'not valid UTF-8 text, so not a manifest kubectl would read';
    assert.deepEqual(fatalOf(linted.files['binary.yaml']), [[2, 8, 'binary file (contains NUL bytes), not a manifest']]);
    assert.equal(fatalOf(linted.files['random.yaml']).length, 1);
    assert.deepEqual(fatalOf(linted.files['latin1.yaml']), [[3, 12, utf8]]);
    assert.deepEqual(fatalOf(linted.files['bom-latin1.yaml']), [[1, 7, utf8]]);
    assert.deepEqual(fatalOf(linted.files['utf16.yaml']), [[1, 1, 'UTF-16 text (it starts with a UTF-16 byte-order mark): save the file as UTF-8']]);
    assert.deepEqual(fatalOf(linted.files['overlong.yaml']), [[1, 4, utf8]]);
    assert.deepEqual(fatalOf(linted.files['surrogate.yaml']), [[1, 4, utf8]]);
  });

  it('keeps positions exact with a byte-order mark and CRLF line ends', async () => {
    const crlf = NORMAL.replace(/\n/g, '\r\n');
    const dir = await folder({ 'bom.yaml': `\uFEFF${NORMAL}`, 'crlf.yaml': crlf, 'bom-crlf.yaml': `\uFEFF${crlf}`, 'crlf-dup.yaml': 'a: 1\r\nb: 2\r\na: 3\r\n' });
    const linted = lint(dir);
    assertNormal(linted);
    for (const file of ['bom.yaml', 'crlf.yaml', 'bom-crlf.yaml']) {
      assert.deepEqual(linted.files[file]!.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]), [['selector-yaml-tag', 7, 17, 7, 23]], file);
    }
    // A duplicated key is read as kubectl reads it (the last value): no error.
    assert.deepEqual(fatalOf(linted.files['crlf-dup.yaml']), []);
  });

  it('reports tabs, unterminated strings and JSON with trailing garbage where they are, and reads duplicate keys as kubectl', async () => {
    const dir = await folder({
      'tabs.yaml': 'kind: Pod\nmetadata:\n\tname: x\n',
      'unterminated-double.yaml': 'kind: Pod\nmetadata:\n  name: "abc\n',
      'unterminated-single.yaml': "kind: Pod\nmetadata: {name: 'abc\n",
      'unterminated-flow.yaml': 'kind: [Pod, \n',
      'trailing.json': '{"apiVersion": "v1", "kind": "Pod"} garbage here\n',
      'trailing-doc.json': '{"kind": "Pod"}\n{"kind": "Pod"}\n',
      'duplicate.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  "name": b\n',
      // The library's messages quote anchor and tag names: they are escaped like any echo.
      'unknown-alias.yaml': 'a: *evil\u001b\u0007x\n',
    });
    const linted = lint(dir);
    assertNormal(linted);
    assert.deepEqual(fatalOf(linted.files['tabs.yaml']), [[3, 1, 'Parsing error: Tabs are not allowed as indentation']]);
    assert.match(fatalOf(linted.files['unterminated-double.yaml'])[0]![2], /^Parsing error: Missing closing "quote/);
    assert.match(fatalOf(linted.files['unterminated-single.yaml'])[0]![2], /^Parsing error: Missing closing 'quote/);
    assert.ok(fatalOf(linted.files['unterminated-flow.yaml']).length > 0);
    assert.deepEqual(fatalOf(linted.files['trailing.json']), [[1, 37, 'Parsing error: Unexpected scalar at node end']]);
    assert.ok(fatalOf(linted.files['trailing-doc.json']).length > 0);
    assert.deepEqual(fatalOf(linted.files['duplicate.yaml']), [], 'kubectl reads the last value of a duplicated key');
    assert.match(fatalOf(linted.files['unknown-alias.yaml'])[0]![2], /^Parsing error: .*evil\\u001b\\u0007x/);
  });

  it('parses only what can matter by default: a broken file with nothing Calico in it is not reported; --parse-all parses it', async () => {
    const dir = await folder({
      'helm-template.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{- include "x" . | nindent 4 }}\n',
      'broken-pool.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: "unterminated\n',
      'escaped.json': '{"apiVersion": "projectcalico.org/v3", "kind": "IP\\u0050ool", "metadata": {"name": "p"}, "spec": {"cidr": "10.0.0.1/8"}}\n',
    });
    const byDefault = spawnSync(process.execPath, [BIN, '-f', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    const files = checked({ status: byDefault.status, stdout: byDefault.stdout, stderr: byDefault.stderr }, dir).files;
    assert.deepEqual(files['helm-template.yaml'], [], 'nothing a rule looks at: not parsed, so no syntax error reported');
    assert.match(fatalOf(files['broken-pool.yaml'])[0]![2], /^Parsing error: Missing closing "quote/);
    // A \u escape could spell any key or kind: such a text is always parsed.
    assert.deepEqual(files['escaped.json']!.map((m) => [m.ruleId, m.line]), [['ippool-valid', 1]]);
    const all = lint(dir);
    assertNormal(all);
    // With --parse-all the template is parsed: a Go template, one notice, no syntax errors (test/helm-template.test.ts).
    assert.deepEqual(fatalOf(all.files['helm-template.yaml']), []);
    assert.deepEqual(all.notices.filter((notice) => notice.includes('helm-template.yaml')), [
      'calico-lint: helm-template.yaml: a Go template (its {{ … }} actions are Go template syntax, as in a Helm chart), not a manifest: what holds them and is not YAML was not linted. ' +
        'Lint the rendered output: helm template <release> <chart> | calico-lint -',
    ]);
  });

  it('reads empty files, `---` alone, comments alone, and bare scalars or lists without a finding', async () => {
    const empties = {
      'empty.yaml': '',
      'newline.yaml': '\n',
      'dashes.yaml': '---\n',
      'many-dashes.yaml': '---\n---\n...\n---\n',
      'comments.yaml': '# only\n# comments\n',
      'bom-only.yaml': '\uFEFF',
      'scalar.yaml': 'hello\n',
      'number.json': '42',
      'null.json': 'null',
      'sequence.yaml': '- a\n- b\n',
      'list.json': '[1, 2, {"kind": "Pod"}]',
    };
    const linted = lint(await folder(empties));
    assertNormal(linted);
    for (const file of Object.keys(empties)) assert.deepEqual(linted.files[file], [], file);
  });

  it('reports a 40 MB file as too large (default limit 10 MB) without reading it', async () => {
    const chunk = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: filler}\ndata: {a: "' + 'x'.repeat(900) + '"}\n---\n';
    const size = 40 * 1024 * 1024;
    const text = chunk.repeat(Math.ceil(size / chunk.length)).slice(0, size - 2) + '\n\n';
    const dir = await folder({ 'huge.yaml': text });
    const linted = lint(dir);
    assertNormal(linted);
    assert.deepEqual(fatalOf(linted.files['huge.yaml']), [[1, 1,
      'File too large to lint: 40 MB, over the 10 MB limit. Raise the limit with --max-file-size or `maxFileSize` in the configuration to lint it']]);
  });

  it('takes the size limit from --max-file-size or the configuration, for files and standard input', async () => {
    const big = `${NORMAL}# ${'padding '.repeat(300)}\n`; // about 2.5 KB, with the normal finding inside
    const dir = await folder({ 'big.yaml': big });
    const limited = lint(dir, ['--max-file-size', '2KB', '.']);
    assertNormal(limited);
    assert.match(fatalOf(limited.files['big.yaml'])[0]![2], /^File too large to lint: 2\.\d KB, over the 2 KB limit\./);
    const raised = lint(dir, ['--max-file-size', '1MB', '.']);
    assert.deepEqual(raised.files['big.yaml']!.map((m) => [m.ruleId, m.line]), [['selector-yaml-tag', 7]]);
    await writeFile(path.join(dir, '.calico-lint.yaml'), 'maxFileSize: 1024\n');
    const configured = lint(dir);
    assert.match(fatalOf(configured.files['big.yaml'])[0]![2], /^File too large to lint: 2\.\d KB, over the 1 KB limit\./);
    assert.equal(lint(dir, ['--max-file-size', '3000', '.']).files['big.yaml']![0]!.ruleId, 'selector-yaml-tag', 'the flag wins over the configuration');
    const stdin = lint(dir, ['-', '--stdin-filename', 'piped.yaml'], big);
    assert.match(fatalOf(stdin.files['piped.yaml'])[0]![2], /^File too large to lint: 2\.\d KB, over the 1 KB limit\./);
    const bad = runBin(['--max-file-size', 'lots'], { cwd: dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^calico-lint: option '--max-file-size <size>' argument 'lots' is invalid\. must be a number of bytes, or a number with KB, MB or GB, such as 10MB/);
    await writeFile(path.join(dir, '.calico-lint.yaml'), 'maxFileSize: [1]\n');
    assert.deepEqual(runBin([], { cwd: dir }), {
      status: 2,
      stdout: '',
      stderr: 'calico-lint: .calico-lint.yaml:1:14: maxFileSize: must be a size: a number of bytes, or a number with KB, MB or GB, such as 10MB\n',
    });
  });

  it('lints a List of 20,000 items, with positions inside it', async () => {
    const items: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      items.push(
        '- apiVersion: crd.projectcalico.org/v1',
        '  kind: IPPool',
        '  metadata:',
        `    name: pool-${i}`,
        '  spec:',
        `    cidr: 10.${i >> 8}.${i & 255}.0/24`,
      );
    }
    items.push('    nodeSelector: !all()'); // on the last pool
    const dir = await folder({ 'list.yaml': `apiVersion: v1\nkind: List\nitems:\n${items.join('\n')}\n` });
    const linted = lint(dir);
    assertNormal(linted);
    assert.deepEqual(linted.files['list.yaml']!.map((m) => [m.ruleId, m.line, m.column]), [['selector-yaml-tag', 3 + 6 * 20_000 + 1, 19]]);
  });

  it('lints a dump of thousands of pools and pods without quadratic work', async () => {
    const items: string[] = [];
    const count = 10_000;
    for (let i = 0; i < count; i++) {
      items.push(`- {apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: {name: pool-${i}}, spec: {cidr: 10.${i >> 8}.${i & 255}.0/24}}`);
    }
    // Every other pod asks for a pool by (a wrong) name, the others for an address in no pool. On one pod
    // together, ipAddrs would make Calico ignore ipv4pools.
    for (let i = 0; i < count; i++) {
      const annotation = i % 2 === 0
        ? `cni.projectcalico.org/ipv4pools: '["poolx-${i}"]'`
        : `cni.projectcalico.org/ipAddrs: '["11.0.${i & 255}.5"]'`;
      items.push(`- {apiVersion: v1, kind: Pod, metadata: {name: pod-${i}, namespace: ns, annotations: {${annotation}}}}`);
    }
    const dir = await folder({ 'dump.yaml': `apiVersion: v1\nkind: List\nitems:\n${items.join('\n')}\n` });
    const linted = lint(dir);
    assertNormal(linted);
    const messages = linted.files['dump.yaml']!;
    assert.equal(messages.length, count);
    assert.ok(messages.every((m) => m.ruleId === 'pool-annotation-valid'));
    assert.match(messages[0]!.message, /no pool is named "poolx-0" in the linted files .*Did you mean "pool-0"\?/);
  });

  it('reads a mapping of 300,000 keys and a List of 30,000 tagged selectors in linear time', async () => {
    const keys = Array.from({ length: 300_000 }, (_, i) => `k${i}: v`);
    const tagged = Array.from({ length: 30_000 }, (_, i) =>
      `- {apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: {name: p${i}}, spec: {cidr: 10.${i >> 8}.${i & 255}.0/24, nodeSelector: !all()}}`);
    const dir = await folder({
      // kubectl reads the last of duplicated keys: the finding is on the last `hostNetwork`.
      'keys.yaml': `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: false\n  ${keys.join('\n  ')}\n  hostNetwork: true\n`,
      'tags.yaml': `apiVersion: v1\nkind: List\nitems:\n${tagged.join('\n')}\n`,
    });
    const linted = lint(dir);
    assertNormal(linted);
    assert.deepEqual(linted.files['keys.yaml']!.map((m) => [m.ruleId, m.line, m.column]), [['no-host-network', 300_006, 3]]);
    const tags = linted.files['tags.yaml']!;
    assert.equal(tags.length, 30_000);
    assert.deepEqual([tags[29_999]!.ruleId, tags[29_999]!.line], ['selector-yaml-tag', 30_003]);
  });

  it('skips FIFOs, sockets, devices, broken links and link loops with a notice, never opening them', async (t) => {
    const dir = await folder({ 'folder.yaml/inner.yaml': NORMAL.replace('infra', 'inner'), 'outside/secret.yaml': NORMAL });
    const mkfifo = spawnSync('mkfifo', [path.join(dir, 'fifo.yaml'), path.join(dir, 'pipe\nforged: line.yaml')]);
    // The project's machines are Linux: mkfifo is there, and the case must run, not be skipped.
    assert.equal(mkfifo.status, 0, `mkfifo failed: ${mkfifo.stderr}`);
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'socket.yaml'), resolve));
    t.after(() => server.close());
    await symlink('loop-b.yaml', path.join(dir, 'loop-a.yaml'));
    await symlink('loop-a.yaml', path.join(dir, 'loop-b.yaml'));
    await symlink('..', path.join(dir, 'folder.yaml', 'up')); // a folder loop: never followed
    await symlink('.', path.join(dir, 'self.yaml'));
    await symlink('/dev/zero', path.join(dir, 'zero.yaml'));
    await symlink('does-not-exist.yaml', path.join(dir, 'dangling.yaml'));
    await symlink('fifo.yaml', path.join(dir, 'to-fifo.yaml'));
    await symlink('normal.yaml', path.join(dir, 'alias.yaml')); // a link to a file inside: linted
    const outside = await folder();
    await symlink(path.join(outside, 'normal.yaml'), path.join(dir, 'escape.yaml'));

    const linted = lint(path.join(dir), ['.', '--ignore-pattern', 'outside/**']);
    assertNormal(linted);
    assert.deepEqual(Object.keys(linted.files).sort(), ['alias.yaml', 'folder.yaml/inner.yaml', 'normal.yaml']);
    assert.ok(linted.files['alias.yaml']!.some((m) => m.ruleId === 'selector-yaml-tag'));
    assert.ok(linted.files['folder.yaml/inner.yaml']!.some((m) => m.ruleId === 'selector-yaml-tag'));
    assert.deepEqual(linted.notices, [
      'calico-lint: skipping dangling.yaml: a broken symbolic link (its target does not exist)',
      'calico-lint: skipping escape.yaml: a symbolic link to a file outside the folder being linted',
      'calico-lint: skipping fifo.yaml: a named pipe (FIFO), not a regular file',
      'calico-lint: skipping loop-a.yaml: a symbolic link loop',
      'calico-lint: skipping loop-b.yaml: a symbolic link loop',
      'calico-lint: skipping pipe\\nforged: line.yaml: a named pipe (FIFO), not a regular file',
      'calico-lint: skipping self.yaml: a symbolic link to a folder (links to folders are not followed)',
      'calico-lint: skipping socket.yaml: a socket, not a regular file',
      'calico-lint: skipping to-fifo.yaml: a symbolic link to a named pipe (FIFO), not a regular file',
      'calico-lint: skipping zero.yaml: a symbolic link to a character device, not a regular file',
    ]);

    // Named on the command line, a FIFO is a usage error (exit 2), or a notice when unmatched patterns are allowed.
    const named = runBin(['-f', 'json', 'fifo.yaml', 'normal.yaml'], { cwd: dir });
    assert.deepEqual(named, {
      status: 2,
      stdout: '',
      stderr: 'calico-lint: cannot read fifo.yaml: a named pipe (FIFO), not a regular file; to lint what a command prints, pipe it to calico-lint - (standard input)\n',
    });
    const lenient = lint(dir, ['--no-error-on-unmatched-pattern', 'fifo.yaml', 'normal.yaml']);
    assertNormal(lenient);
    assert.deepEqual(lenient.notices, [
      'calico-lint: skipping fifo.yaml: a named pipe (FIFO), not a regular file; to lint what a command prints, pipe it to calico-lint - (standard input)',
    ]);
  });

  it('ignores a .gitignore that is a link to a device, a folder or a file outside, instead of reading it', async () => {
    const dir = await folder({ 'sub/pool.yaml': NORMAL.replace('infra', 'sub') });
    await symlink('/dev/zero', path.join(dir, '.gitignore'));
    await mkdir(path.join(dir, 'sub', '.gitignore'));
    const linted = lint(dir);
    assertNormal(linted);
    assert.deepEqual(Object.keys(linted.files).sort(), ['normal.yaml', 'sub/pool.yaml']);
  });

  it('reports an unreadable file as a finding on it, and an unreadable folder with a notice', async () => {
    const dir = await folder({ 'locked.yaml': NORMAL, 'locked-folder/inner.yaml': NORMAL });
    await chmod(path.join(dir, 'locked.yaml'), 0o000);
    await chmod(path.join(dir, 'locked-folder'), 0o000);
    const asRoot = process.getuid?.() === 0;
    assert.notEqual(process.platform, 'win32', 'POSIX permissions are needed for this case');
    // Root reads anything: run the CLI as an unprivileged user instead.
    const run = spawnSync(process.execPath, [BIN, '-f', 'json', '.'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    await chmod(path.join(dir, 'locked-folder'), 0o755); // so that it can be removed
    assert.equal(run.error, undefined);
    const linted = checked({ status: run.status, stdout: run.stdout, stderr: run.stderr }, dir);
    assertNormal(linted);
    assert.deepEqual(fatalOf(linted.files['locked.yaml']), [[1, 1, 'cannot read file: permission denied']]);
    assert.deepEqual(linted.notices, ['calico-lint: cannot read folder locked-folder: permission denied; the files in it are not linted']);
  });

  it('survives garbage in every Calico field, and quotes what it echoes', async () => {
    const longName = 'n'.repeat(5000);
    const escape = '\u001b[31mred\u001b[0m\r\nforged: line\u0007\u202e';
    const yamlEscape = JSON.stringify(escape); // a double-quoted YAML scalar holding the control characters
    const documents = [
      `{apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: {name: ${longName}}, spec: {cidr: 999.1.2.3/40, blockSize: abc, nodeSelector: "((((", allowedUses: Workload, ipipMode: [Always], vxlanMode: {a: b}, natOutgoing: ${yamlEscape}, disabled: null, namespaceSelector: 42}}`,
      `{apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: {name: ${yamlEscape}}, spec: {cidr: [10.0.0.0/8], blockSize: .inf, nodeSelector: "has(", assignmentMode: {}, ${yamlEscape}: 1}}`,
      `{apiVersion: projectcalico.org/v3, kind: IPPool, metadata: {name: ok}, spec: {cidr: "10.0.0.0/33", blockSize: -1e400, nodeSelector: "${'('.repeat(10_000)}", allowedUses: [null, {}, [], 5, ${yamlEscape}], ipip: null, nat-outgoing: yes}}`,
      `{apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: {name: v6}, spec: {cidr: "fd00::/129", nodeSelector: "a == '${'x'.repeat(100_000)}'"}}`,
      `{apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: {name: label}, spec: {cidr: "::ffff:1.2.3.4/200", nodeSelector: "${'l'.repeat(5000)} == 'x'"}}`,
      '{apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: "a string", spec: [1, 2]}',
      '{apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: {name: infra2}, spec: {cidr: 100.66.0.0/16, nodeSelector: null}}',
      '{apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: null, spec: null, cidr: 10.0.0.0/8, name: top}',
      '{apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: {name: x, spec: {cidr: 1}}, spec: "x"}',
      '{apiVersion: operator.tigera.io/v1, kind: Installation, metadata: {name: default}, spec: {calicoNetwork: {ipPools: "x"}}}',
      `{apiVersion: operator.tigera.io/v1, kind: Installation, metadata: {name: default}, spec: {cni: [], calicoNetwork: {ipPools: [null, 1, [], "s", {cidr: null, name: [a], blockSize: 1e400, encapsulation: {}, natOutgoing: [], nodeSelector: "a == ", allowedUses: LoadBalancer, disableBGPExport: ${yamlEscape}}, {cidr: 10.1.0.0/16, name: ${longName}}, {cidr: 10.1.0.0/16, name: ${longName}}]}}}`,
      '{apiVersion: v1, kind: Pod, metadata: {name: p, annotations: [cni.projectcalico.org/ipv4pools]}, spec: {hostNetwork: yes}}',
      `{apiVersion: v1, kind: Pod, metadata: {name: ${yamlEscape}, namespace: ${yamlEscape}, annotations: {cni.projectcalico.org/ipv4pools: 42, cni.projectcalico.org/ipv6pools: {a: b}, cni.projectcalico.org/ipAddrs: [x], cni.projectcalico.org/ipFamilies: null, cni.projectcalico.org/floatingIPs: ${yamlEscape}, ${yamlEscape}: x}}, spec: {hostNetwork: true}}`,
      `{apiVersion: v1, kind: Pod, metadata: {name: q, annotations: {cni.projectcalico.org/ipv4pools: '["${'\\u001b[2J'}", "\\u202e"]', cni.projectcalico.org/ipAddrs: '["1.2.3.4", "::1", "x\\ny"]', cni.projectcalico.org/ipFamilies: '["IPv5"]'}}}`,
      `{apiVersion: v1, kind: Namespace, metadata: {name: ${longName}, annotations: {cni.projectcalico.org/ipv4pools: '["infra"]'}}}`,
      '{apiVersion: apps/v1, kind: Deployment, metadata: {name: d, annotations: {cni.projectcalico.org/ipv4pools: 1}}, spec: {template: "x"}}',
      '{apiVersion: apps/v1, kind: DaemonSet, metadata: {name: d}, spec: [1]}',
      '{apiVersion: batch/v1, kind: CronJob, metadata: {name: c}, spec: {jobTemplate: {spec: {template: {metadata: {annotations: {cni.projectcalico.org/ipv4pools: "[\\"infra\\"]"}}, spec: {hostNetwork: on}}}}}}',
      '{apiVersion: v1, kind: List, items: "x"}',
      `{apiVersion: v1, kind: List, items: [null, 1, "x", {kind: 5}, {apiVersion: crd.projectcalico.org/v1, kind: IPPool, metadata: {name: ${yamlEscape}}, spec: {cidr: 100.64.0.0/16}}]}`,
      '{apiVersion: 5, kind: [IPPool]}',
      `{apiVersion: v1, kind: ${yamlEscape}, metadata: {name: x}}`,
      `{apiVersion: v1, kind: ${JSON.stringify(`${escape}List`)}, items: []}`,
      // A mapping as a key: the YAML library would warn on standard error, quoting it.
      `? [a, ${yamlEscape}]\n: 1\n{b: ${yamlEscape}}: 2\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: keys}`,
      [
        'apiVersion: crd.projectcalico.org/v1',
        'kind: IPPool',
        'metadata: {name: dated}',
        'spec:',
        '  cidr: 2001-12-14t21:59:43.10-05:00',
        '  blockSize: 0x1A',
        '  nodeSelector: !!binary aGVsbG8=',
        '  allowedUses: !!set {Workload, Tunnel}',
        '  disabled: !!omap [{a: 1}]',
      ].join('\n'),
    ];
    const dir = await folder({
      'garbage.yaml': `${documents.join('\n---\n')}\n`,
      '.calico-lint.yaml': 'infraPools: [{name: infra, allowedNamespaces: [ci]}, {name: ok}, {name: infra2}]\nreservedCidrs: [10.0.0.0/8]\nintranetCidrs: [100.64.0.0/10]\n',
    });
    const linted = lint(dir);
    assertNormal(linted);
    assert.equal(linted.stderr, '');
    const messages = linted.files['garbage.yaml']!;
    assert.ok(messages.length > 40, `${messages.length} findings`);
    assert.deepEqual(messages.filter((m) => m.fatal), []);
    const text = messages.map((m) => m.message).join('\n');
    assert.match(text, /spec\.cidr "999\.1\.2\.3\/40" is not a valid CIDR/);
    assert.match(text, /spec\.nodeSelector "\(\(\(\(" is not a valid selector/);
    assert.match(text, /nested more than 256 parentheses deep: calico-lint does not check selectors this deep/);
    assert.match(text, /metadata\.name is too long by 4747 characters/);
    assert.match(text, /\\u001b\[31mred/, 'control characters are shown escaped');
    for (const ruleId of ['ippool-valid', 'pool-annotation-valid', 'no-host-network', 'ippool-infra-node-selector', 'ippool-misplaced-field']) {
      assert.ok(messages.some((m) => m.ruleId === ruleId), ruleId);
    }
    // The pretty format (what a terminal shows) carries no escape sequence from the manifest either.
    const pretty = runBin(['--no-color', '.'], { cwd: dir });
    assert.equal(pretty.status, 1);
    assert.doesNotMatch(pretty.stdout, CONTROL);
  });

  it('survives pool annotations megabytes long or nested 50,000 deep', async () => {
    const megabytes = JSON.stringify(Array.from({ length: 200_000 }, (_, i) => `pool-${i}`));
    const nested = '['.repeat(50_000) + ']'.repeat(50_000);
    const pod = (name: string, value: string) =>
      `{apiVersion: v1, kind: Pod, metadata: {name: ${name}, annotations: {cni.projectcalico.org/ipv4pools: ${JSON.stringify(value)}}}}`;
    const dir = await folder({
      'long.yaml': pod('long', megabytes),
      'long-garbage.yaml': pod('garbage', `[${'"a", '.repeat(500_000)}`),
      'nested-json.yaml': pod('nested', nested),
      'nested-yaml.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: yaml\n  annotations:\n    cni.projectcalico.org/ipv4pools: ${deepFlow(50_000, '[', ']')}\n`,
    });
    const linted = lint(dir);
    assertNormal(linted);
    assert.deepEqual(linted.files['long.yaml']!.map((m) => [m.ruleId, m.line, m.message.replace(/\d+ KB/, 'N KB')]), [[
      'pool-annotation-valid',
      1,
      '`cni.projectcalico.org/ipv4pools` is N KB long, but Kubernetes rejects an object whose annotations total more than 256 KB ' +
        '("metadata.annotations: Too long: must have at most 262144 bytes"). List only the pools or addresses meant.',
    ]]);
    assert.equal(linted.files['long-garbage.yaml']!.length, 1);
    assert.deepEqual(linted.files['nested-json.yaml']!.map((m) => [m.ruleId, m.message]), [[
      'pool-annotation-valid',
      '`cni.projectcalico.org/ipv4pools` is not a list of strings: every entry must be a quoted name or CIDR.',
    ]]);
    assert.match(fatalOf(linted.files['nested-yaml.yaml'])[0]![2], /^Nested deeper than 256 levels/);
  });

  it('never lets a file name forge output lines or terminal escapes', async () => {
    const name = 'evil\n\u001b[31m  forged.yaml:1:1  \u2716 fake finding.yaml';
    const dir = await folder({ [name]: NORMAL });
    const json = lint(dir);
    assertNormal(json);
    assert.deepEqual(json.files[name]!.map((m) => m.ruleId), ['selector-yaml-tag'], 'JSON keeps the real name, escaped by JSON');
    const pretty = runBin(['--no-color', '.'], { cwd: dir });
    assert.equal(pretty.status, 1);
    assert.doesNotMatch(pretty.stdout, CONTROL);
    assert.ok(pretty.stdout.includes('evil\\n\\u001b[31m  forged.yaml:1:1'), pretty.stdout);
    assert.ok(!pretty.stdout.split('\n').some((line) => line.startsWith('\u001b') || line.startsWith('  forged')));
  });
});

describe('hostile input: the engine and the reader', () => {
  const meta = {
    description: 'a rule used only by the hostile-input tests',
    remediation: 'nothing to do, it is a test',
    docsUrl: 'https://example.invalid/rule.md',
    fixable: false as const,
    defaultSeverity: 'warn' as const,
  };
  const crashOnB: ResourceRule = {
    meta: { ...meta, id: 'crash-on-b', scope: 'resource' },
    check(resource, context) {
      if (resource.name === 'b') throw new TypeError('boom\n\u001b[31mforged');
      context.report({ resource, message: `saw ${resource.displayName}` });
    },
  };
  const crashProject: ProjectRule = {
    meta: { ...meta, id: 'crash-project', scope: 'project' },
    check(project, context) {
      context.report({ resource: project.resources[0]!, message: 'before the crash' });
      throw new RangeError('Maximum call stack size exceeded');
    },
  };

  it('turns a rule that throws into an error of that rule, and keeps every other finding', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: c}\n';
    const findings = lintSources([{ filePath: '/repo/pods.yaml', text }], {
      config: makeConfig(),
      rules: [crashOnB, crashProject, ...allRules],
    });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, f.range.line, f.message]), [
      ['crash-on-b', 1, 3, 'saw Pod/default/a'],
      ['crash-on-b', 2, 7, 'rule crashed: TypeError: boom, while checking Pod/default/b. This is a bug in calico-lint (please report it); the other rules still ran'],
      ['crash-on-b', 1, 11, 'saw Pod/default/c'],
      ['crash-project', 1, 3, 'before the crash'],
      ['crash-project', 2, 3, 'rule crashed: RangeError: Maximum call stack size exceeded, while checking the resources of cluster scope "default". This is a bug in calico-lint (please report it); the other rules still ran'],
    ]);
  });

  it('turns a crash while reading one file into a finding on it, and lints the others', () => {
    const findings = lintSources(
      [{ filePath: '/repo/broken.yaml', text: 42 as unknown as string }, { filePath: '/repo/normal.yaml', text: NORMAL }],
      { config: makeConfig(), rules: allRules, parseAll: true },
    );
    assert.deepEqual(findings.map((f) => [f.filePath, f.ruleId, f.fatal ?? false, f.range.line, f.message.replace(/: TypeError: .*$/, ': TypeError: …')]), [
      ['/repo/broken.yaml', null, true, 1, 'Internal error while reading this file (a bug in calico-lint; please report it): TypeError: …'],
      ['/repo/normal.yaml', 'selector-yaml-tag', false, 7, findings[1]!.message],
    ]);
  });

  it('reads only regular files, at most the limit, and says why not', async () => {
    const dir = await folder({ 'a.yaml': 'x'.repeat(100) });
    assert.deepEqual(await readRegularFile(path.join(dir, 'a.yaml'), 99), {
      ok: false,
      tooLarge: true,
      problem: 'File too large to lint: 100 bytes, over the 99 bytes limit. Raise the limit with --max-file-size or `maxFileSize` in the configuration to lint it',
    });
    const read = await readRegularFile(path.join(dir, 'a.yaml'), 100);
    assert.equal(read.ok && read.bytes.length, 100);
    assert.deepEqual(await readSource(dir), { filePath: dir, text: '', problem: 'not linted: a folder' });
    assert.deepEqual(await readSource(path.join(dir, 'missing.yaml')), {
      filePath: path.join(dir, 'missing.yaml'),
      text: '',
      problem: 'cannot read file: no such file or directory',
    });
    assert.deepEqual(await readSource(path.join(dir, 'a.yaml', 'x')), {
      filePath: path.join(dir, 'a.yaml', 'x'),
      text: '',
      problem: 'cannot read file: a part of the path is not a directory',
    });
    // A file whose size says 0 but that holds more (as /proc files do) is still cut at the limit.
    if (process.platform === 'linux') {
      const proc = await readRegularFile('/proc/self/maps', 10);
      assert.equal(proc.ok, false);
    }
  });

  it('reads small files without a stat exactly as the checked path decodes their bytes', async () => {
    // readSourceSync reads files up to 256 KiB into a reused buffer, without asking their size first.
    const small = 256 * 1024;
    const utf8 = (text: string) => Buffer.from(text, 'utf8');
    const contents: Array<[string, Buffer]> = [
      ['empty', Buffer.alloc(0)],
      ['plain', utf8('kind: Pod\nspec: {hostNetwork: true}\n')],
      ['bom', utf8('\uFEFFkind: Pod\n')],
      ['replacement', utf8('a: "\uFFFD"\n')],
      ['nul', Buffer.from([0x61, 0x3a, 0x20, 0x00, 0x0a])],
      ['invalid', Buffer.from([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a])],
      ['utf16', Buffer.from([0xff, 0xfe, 0x61, 0x00])],
      ['below', utf8(`a: "${'é'.repeat((small - 8) / 2)}"\n`).subarray(0, small - 1)],
      ['exact', utf8(`# ${'x'.repeat(small - 3)}\n`)],
      ['above', utf8(`# ${'x'.repeat(small - 2)}\n`)],
      ['split', Buffer.concat([utf8(`# ${'x'.repeat(small - 3)}`), utf8('é\n')])], // a character across the buffer's end
    ];
    const dir = await folder(Object.fromEntries(contents.map(([name]) => [`${name}.yaml`, ''])));
    for (const [name, bytes] of contents) await writeFile(path.join(dir, `${name}.yaml`), bytes);
    for (const maxFileSize of [0, 4, 40, small - 1, small, small + 1, 10 * 1024 * 1024]) {
      for (const [name, bytes] of contents) {
        const file = path.join(dir, `${name}.yaml`);
        const expected = bytes.length > maxFileSize
          ? { filePath: file, text: '', problem: (await readRegularFile(file, maxFileSize) as { problem: string }).problem }
          : decodeSource(file, bytes, { maxFileSize });
        assert.deepEqual(await readSource(file, { maxFileSize }), expected, `${name}, limit ${maxFileSize}`);
      }
    }
  });

  it('reads sizes as people write them', () => {
    assert.deepEqual(['10MB', '10 mb', '10M', '10MiB', '512KB', '1.5GB', '1048576', '1b'].map(parseSize), [
      10_485_760, 10_485_760, 10_485_760, 10_485_760, 524_288, 1_610_612_736, 1_048_576, 1,
    ]);
    assert.deepEqual(['', '0', '-1', 'lots', '10 TB', '1e3', 'constructor', '0.1b', '9'.repeat(30)].map(parseSize), Array(9).fill(undefined));
    assert.deepEqual([0, -5, 1.5, Number.MAX_VALUE].map(parseSize), Array(4).fill(undefined));
    assert.deepEqual([1, 1023, 1024, 1536, 10_485_760, 41_943_040, 3 * 1024 ** 3].map(formatSize), [
      '1 byte', '1023 bytes', '1 KB', '1.5 KB', '10 MB', '40 MB', '3 GB',
    ]);
    assert.match(runBin(['--help']).stdout, /--max-file-size <size>/);
  });

  it('decodes standard input with the same checks', () => {
    assert.deepEqual(decodeSource('<stdin>', Buffer.from('a: 1\nb: \0'), { maxFileSize: 100 }), {
      filePath: '<stdin>',
      text: '',
      problem: 'binary file (contains NUL bytes), not a manifest',
      problemRange: { line: 2, column: 4, endLine: 2, endColumn: 5 },
    });
    assert.equal(decodeSource('<stdin>', Buffer.alloc(101, 0x61), { maxFileSize: 100 }).problem?.startsWith('File too large to lint: 101 bytes'), true);
    assert.deepEqual(decodeSource('<stdin>', Buffer.from('\uFEFFa: 1')), { filePath: '<stdin>', text: 'a: 1' });
  });

  it('echoes values bounded in length and depth, whatever they are', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    assert.equal(quote(deep), `"${'['.repeat(32)}[…]${']'.repeat(32)}"`);
    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    assert.ok(quote(wide).length < 200 && quote(wide).endsWith('…"'));
    assert.equal(quote(Infinity), '"Infinity"');
    assert.equal(quote({ a: [1, 'b', null, true], c: undefined }), '"{\\"a\\":[1,\\"b\\",null,true]}"');
    assert.equal(quote('\u001b[31m\n'), '"\\u001b[31m\\n"');
    assert.equal(preview(new Date(0), 100), '"1970-01-01T00:00:00.000Z"');
  });
});
