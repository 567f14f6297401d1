/**
 * Issue 18 item 9: hostile file names (ESC, RLO, new line, `::`, `%`, `,`,
 * U+3164, U+FE0F) and hostile values, created in a temporary folder and
 * linted by the real CLI in every CI format. Each output is read by the
 * consumer's own parser where one exists (JSON, Python's expat for JUnit, the
 * runner's workflow-command grammar for GitHub) or its escaping is asserted
 * exactly.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileHref } from '../src/format/html.js';
import { sarifText } from '../src/format/sarif.js';
import { sanitize } from '../src/text.js';
import { runBin } from './helpers/cli.js';

const HOSTILE_NAMES = [
  'esc\u001b[31mred.yaml',
  'rlo\u202egnp.yaml',
  'new\nline::error file=x::forged.yaml',
  'per%0Acent,comma:colon.yaml',
  'hangul\u3164filler.yaml',
  'emoji\u2764\ufe0f.yaml',
  'javascript:alert(1).yaml',
];
/** What no output may carry raw: terminal escapes, bidi overrides, invisible fillers and selectors, line breaks inside a value. */
const INVISIBLE = /[\u001b\u202e\u3164\ufe0f]/u;

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop, annotations: {cni.projectcalico.org/ipv4pools: \'["[click](https://e.vil)"]\'}}\n' +
  'spec:\n  hostNetwork: true\n  containers: [{name: web, image: nginx}]\n';

async function hostileTree(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-hygiene-'));
  for (const name of HOSTILE_NAMES) await writeFile(path.join(root, name), POD);
  return root;
}

/** The runner's reading of a property value (actions/runner ActionCommand.UnescapeProperty). */
function unescapeProperty(value: string): string {
  return value.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

describe('sanitize', () => {
  it('makes U+3164 (Hangul filler), U+FE0F (variation selector) and other default-ignorable characters visible', () => {
    assert.equal(sanitize('a\u3164b\ufe0fc\u115fd\uffa0e\u034ff\u2800g\u{e0100}'), 'a\\u3164b\\ufe0fc\\u115fd\\uffa0e\\u034ff\\u2800g\\u{e0100}');
    assert.equal(sanitize('plain ascii, é and 漢字'), 'plain ascii, é and 漢字');
  });
});

describe('hostile file names and values in every CI format', () => {
  it('github: one workflow command per line, file= is the sanitized name once the runner unescapes it', async () => {
    const root = await hostileTree();
    const run = runBin(['-f', 'github', '.'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    assert.doesNotMatch(run.stdout, INVISIBLE);
    const lines = run.stdout.trimEnd().split('\n');
    assert.ok(lines.every((line) => /^::(error|warning|notice) /.test(line)), run.stdout);
    const files = new Set(lines.map((line) => /^::\w+ file=([^,]*),/.exec(line)?.[1]).filter((file) => file !== undefined).map(unescapeProperty));
    assert.deepEqual([...files].sort(), HOSTILE_NAMES.map(sanitize).sort());
  });

  it('junit: expat reads every file attribute as the sanitized name', async () => {
    const root = await hostileTree();
    const run = runBin(['-f', 'junit', '.'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    assert.doesNotMatch(run.stdout, INVISIBLE);
    const script = 'import json, sys, xml.etree.ElementTree as ET\n' +
      'root = ET.fromstring(sys.stdin.buffer.read())\nprint(json.dumps(sorted({c.attrib["file"] for c in root.iter("testcase")})))';
    const parsed = spawnSync('python3', ['-c', script], { input: run.stdout, encoding: 'utf8' });
    assert.equal(parsed.status, 0, parsed.stderr);
    assert.deepEqual(JSON.parse(parsed.stdout), HOSTILE_NAMES.map(sanitize).sort());
  });

  it('gitlab: every location.path is the sanitized name', async () => {
    const root = await hostileTree();
    const run = runBin(['-f', 'gitlab', '.'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    const issues = JSON.parse(run.stdout) as Array<{ location: { path: string }; description: string }>;
    assert.deepEqual([...new Set(issues.map((issue) => issue.location.path))].sort(), HOSTILE_NAMES.map(sanitize).sort());
    for (const issue of issues) assert.doesNotMatch(`${issue.location.path} ${issue.description}`, INVISIBLE);
  });

  it('sarif: URIs percent-encode the name as it is; message brackets cannot form an embedded link', async () => {
    const root = await hostileTree();
    const run = runBin(['-f', 'sarif', '.'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    assert.doesNotMatch(run.stdout, INVISIBLE);
    const log = JSON.parse(run.stdout) as { runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const results = log.runs[0]!.results;
    const uris = new Set(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].map(decodeURIComponent).sort(), [...HOSTILE_NAMES].sort());
    for (const uri of uris) assert.match(uri, /^[A-Za-z0-9%._~!*'()-]+$/, uri);
    const annotation = results.find((r) => r.message.text.includes('click'));
    assert.ok(annotation, 'the pool annotation finding echoes the hostile value');
    assert.doesNotMatch(annotation.message.text, /(?<!\\)\[click(?<!\\)\]\(/);
    assert.match(annotation.message.text, /\\\[click\\\]\(https/);
  });

  it('html: every link is a relative file link or a rule page; no scheme comes from a file name', async () => {
    const root = await hostileTree();
    const run = runBin(['-f', 'html', '.'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    assert.doesNotMatch(run.stdout, INVISIBLE);
    const hrefs = [...run.stdout.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    assert.ok(hrefs.length >= HOSTILE_NAMES.length);
    for (const href of hrefs) assert.match(href, /^(?:\.\/[^:/?]+#L\d+|https:\/\/github\.com\/calico-lint\/calico-lint\/blob\/main\/docs\/rules\/[a-z-]+\.md)$/, href);
    assert.ok(hrefs.includes('./javascript%3Aalert(1).yaml#L5'));
  });
});

describe('escaping helpers, exactly', () => {
  it('fileHref: relative, every segment encoded, no host from a leading //', () => {
    assert.equal(fileHref('//evil.example/x.yaml', 3), './evil.example/x.yaml#L3');
    assert.equal(fileHref('a b/c?d#e.yaml', 1), './a%20b/c%3Fd%23e.yaml#L1');
    assert.equal(fileHref('../up.yaml', 2), './../up.yaml#L2');
    assert.equal(fileHref('lone\ud800.yaml', 1), './lone%EF%BF%BD.yaml#L1');
  });

  it('sarifText: brackets, and a backslash before one, are escaped; other backslashes stay', () => {
    assert.equal(sarifText('pools \'["a"]\' [x](https://e.vil) \\u200b \\['), 'pools \'\\["a"\\]\' \\[x\\](https://e.vil) \\u200b \\\\\\[');
  });
});
