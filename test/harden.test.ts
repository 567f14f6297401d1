/**
 * Issue 9 §2–§5 (h2-harden): which files are linted in a Git repository,
 * symbolic links out of the repository, configuration errors that quote
 * nothing, report folders planted as links, resource limits, escaping of
 * invisible characters, and `constructor`/`__proto__` as data. Every case runs
 * the real CLI (or the real function) on folders built here; Git repositories
 * are real ones, made with the installed `git`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseSize } from '../src/size.js';
import { MAX_DOCUMENT_NODES, MAX_NESTING_DEPTH, parseManifest } from '../src/parse/parse-manifest.js';
import { escapeControl, quote, sanitize } from '../src/text.js';
import { MAX_IGNORE_PATTERNS } from '../src/discover/walk-folder.js';
import { runBin, withoutSummary } from './helpers/cli.js';

/** An infra pool that every node can select: one error from ippool-infra-node-selector. */
const POOL = (name: string) => [
  'apiVersion: crd.projectcalico.org/v1',
  'kind: IPPool',
  'metadata:',
  `  name: ${name}`,
  'spec:',
  '  cidr: 100.64.0.0/16',
  '  nodeSelector: all()',
  '',
].join('\n');

const CONFIG = 'infraPools:\n  - name: infra\n    allowedNamespaces: [ci]\n';

const made: string[] = [];
after(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-harden-'));
  made.push(root);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'ignore' });
}

/** A real repository: `committed` files are committed (force-added past .gitignore), `untracked` ones only written. */
async function repository(committed: Record<string, string>, untracked: Record<string, string> = {}): Promise<string> {
  const root = await tree(committed);
  git(root, 'init', '-q');
  git(root, 'add', '-f', '.');
  git(root, 'commit', '-qm', 'manifests');
  for (const [name, text] of Object.entries(untracked)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

interface JsonResult { filePath: string; messages: Array<{ ruleId: string | null; message: string; line: number; column: number }> }

function linted(cwd: string, args: string[] = []): { files: string[]; stderr: string; status: number | null; results: JsonResult[] } {
  const run = runBin(['-f', 'json', ...args], { cwd });
  const results = run.stdout.trim() === '' ? [] : (JSON.parse(run.stdout) as JsonResult[]);
  // Notices only: the summary line of a clean run is left out.
  return { files: results.map((r) => path.relative(cwd, r.filePath)).sort(), stderr: withoutSummary(run.stderr), status: run.status, results };
}

describe('which files are linted in a Git repository (issue 9 §2)', () => {
  it('lints every tracked file whatever .gitignore says, node_modules included; .gitignore hides untracked files only', async () => {
    const root = await repository({
      '.calico-lint.yaml': CONFIG,
      '.gitignore': 'rendered/\n*.generated.yaml\nnode_modules/\n',
      'pools.yaml': POOL('infra'),
      'rendered/pools.yaml': POOL('infra'),
      'a.generated.yaml': POOL('infra'),
      'node_modules/chart/pools.yaml': POOL('infra'),
    }, {
      'rendered/untracked.yaml': POOL('infra'),
      'b.generated.yaml': POOL('infra'),
      'node_modules/pkg/untracked.yaml': POOL('infra'),
      'new.yaml': POOL('infra'),
    });
    const expected = ['.calico-lint.yaml', 'a.generated.yaml', 'new.yaml', 'node_modules/chart/pools.yaml', 'pools.yaml', 'rendered/pools.yaml'];
    const walked = linted(root);
    assert.deepEqual(walked.files, expected);
    assert.equal(walked.status, 1);
    // A glob goes through the same listing: the same files, the same decisions.
    assert.deepEqual(linted(root, ['**/*.yaml']).files, expected);
    assert.deepEqual(linted(root, ['rendered']).files, ['rendered/pools.yaml']);
  });

  it('agrees between folder walks and globs on negation, and lets only the configuration or --ignore-pattern drop a tracked file', async () => {
    const root = await repository({
      '.calico-lint.yaml': `${CONFIG}ignores: ["vendor/**"]\n`,
      '.gitignore': 'secrets/*\n!secrets/keep.yaml\n',
      'secrets/keep.yaml': POOL('infra'),
      'secrets/tracked.yaml': POOL('infra'),
      'vendor/pools.yaml': POOL('infra'),
      'apps/pools.yaml': POOL('infra'),
    }, { 'secrets/untracked.yaml': POOL('infra'), 'secrets/keep2.yaml': POOL('infra') });
    const expected = ['.calico-lint.yaml', 'apps/pools.yaml', 'secrets/keep.yaml', 'secrets/tracked.yaml'];
    assert.deepEqual(linted(root).files, expected);
    assert.deepEqual(linted(root, ['**/*.yaml']).files, expected);
    assert.deepEqual(linted(root, ['secrets/*.yaml']).files, ['secrets/keep.yaml', 'secrets/tracked.yaml']);
    assert.deepEqual(linted(root, ['--ignore-pattern', 'apps/**']).files, ['.calico-lint.yaml', 'secrets/keep.yaml', 'secrets/tracked.yaml']);
  });

  it('lints every file, with a notice, when Git cannot list the repository', async () => {
    // A `.git` that is not a repository: Git refuses, and .gitignore must then not hide anything.
    const root = await tree({ '.git/HEAD': 'garbage', '.calico-lint.yaml': CONFIG, '.gitignore': 'hidden/\n', 'hidden/pools.yaml': POOL('infra') });
    const run = linted(root);
    assert.deepEqual(run.files, ['.calico-lint.yaml', 'hidden/pools.yaml']);
    assert.match(run.stderr, /^calico-lint: cannot ask Git which files it tracks in \. \(.+\); \.gitignore files are not applied there$/m);
  });

  it(`does not apply a .gitignore of more than ${MAX_IGNORE_PATTERNS} patterns outside Git, and says so`, async () => {
    const patterns = Array.from({ length: MAX_IGNORE_PATTERNS + 1 }, (_, i) => `**/dir${i}/**/*.tmp${i}.yaml`).join('\n');
    const files: Record<string, string> = { '.calico-lint.yaml': CONFIG, '.gitignore': `${patterns}\npools.yaml\n` };
    for (let i = 0; i < 200; i++) files[`d${i % 10}/f${i}.yaml`] = 'a: 1\n';
    files['pools.yaml'] = POOL('infra');
    const root = await tree(files);
    const run = linted(root);
    assert.equal(run.files.length, 202); // and .calico-lint.yaml
    assert.ok(run.files.includes('pools.yaml'));
    assert.match(run.stderr, new RegExp(`^calico-lint: not applying \\.gitignore: ${MAX_IGNORE_PATTERNS + 2} patterns, more than the ${MAX_IGNORE_PATTERNS} calico-lint applies; the files it names are linted$`, 'm'));
  });
});

describe('nothing leads out of the repository (issue 9 §3)', () => {
  it('does not follow a path argument, a walked link or a glob base that leads outside the repository', async () => {
    const outside = await tree({ 'secret.yaml': POOL('infra'), 'dir/secret.yaml': POOL('infra') });
    const root = await repository({ '.calico-lint.yaml': CONFIG, 'pools.yaml': POOL('infra') });
    await symlink(path.join(outside, 'dir'), path.join(root, 'linked'));
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'linked.yaml'));
    const run = linted(root, ['.', 'linked', 'linked.yaml', 'linked/*.yaml', 'linked/secret.yaml']);
    assert.deepEqual(run.files, ['.calico-lint.yaml', 'pools.yaml']);
    const notices = run.stderr.trim().split('\n');
    assert.deepEqual(notices, [
      'calico-lint: skipping linked.yaml: a symbolic link to a file outside the folder being linted',
      'calico-lint: skipping linked: a symbolic link (or a path through one) that leads outside the repository; links out of the repository are never followed',
      'calico-lint: skipping linked.yaml: a symbolic link (or a path through one) that leads outside the repository; links out of the repository are never followed',
      'calico-lint: skipping linked/*.yaml: linked is a symbolic link (or a path through one) that leads outside the repository; links out of the repository are never followed',
      'calico-lint: skipping linked/secret.yaml: a symbolic link (or a path through one) that leads outside the repository; links out of the repository are never followed',
    ]);
  });

  it('refuses a configuration file that is a link out of the repository', async () => {
    const outside = await tree({ 'config.yaml': CONFIG });
    const root = await repository({ 'pools.yaml': POOL('infra') });
    await symlink(path.join(outside, 'config.yaml'), path.join(root, '.calico-lint.yaml'));
    const run = linted(root);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'calico-lint: not reading configuration .calico-lint.yaml: it is a symbolic link (or a path through one) ' +
      'leading outside the repository; links out of the repository are never followed\n');
  });

  it('never echoes the text of a configuration file that fails to parse or validate: positions and key names only', async () => {
    const cases: Array<[string, string]> = [
      ['infraPools:\n  - name: s3cr3t-one\n    bad: [s3cr3t-two\n', '.calico-lint.yaml:4:1: not valid YAML or JSON here'],
      ['infraPools: &s3cr3t\n  - name: infra\nx: *s3cr3t-unknown\n', '.calico-lint.yaml:1:1: not valid YAML or JSON here'],
      ['maxFileSize: s3cr3t\n', ".calico-lint.yaml:1:14: maxFileSize: must be a size: a number of bytes, or a number with KB, MB or GB, such as 10MB"],
      ['infraPools:\n  - name: s3cr3t\n    allowedNamespaces: s3cr3t\n', '.calico-lint.yaml:3:24: infraPools[0].allowedNamespaces: must be a list, found a string'],
      ['infraPools:\n  - name: s3cr3t\n  - name: s3cr3t\n', '.calico-lint.yaml:3:11: infraPools[1].name: the same pool as infraPools[0].name'],
      ['infraPools: []\ninfraPools: []\n', '.calico-lint.yaml:2:1: Duplicate key "infraPools" in a mapping: say each key once'],
    ];
    for (const [config, expected] of cases) {
      const root = await tree({ '.calico-lint.yaml': config, 'pools.yaml': POOL('infra') });
      const run = linted(root);
      assert.equal(run.status, 2, config);
      assert.doesNotMatch(run.stderr, /s3cr3t/, config);
      assert.equal(run.stderr.split('\n')[0], `calico-lint: ${expected}`, config);
    }
  });

  it('refuses a report path whose folder is a link before anything is created', async () => {
    const outside = await tree({});
    const root = await repository({ '.calico-lint.yaml': CONFIG, 'pools.yaml': POOL('infra') });
    await symlink(outside, path.join(root, 'reports'));
    for (const target of ['reports/out.sarif', 'reports/new/out.sarif']) {
      const run = runBin(['-f', 'sarif', '-o', target], { cwd: root });
      assert.equal(run.status, 2);
      assert.equal(run.stderr, `calico-lint: cannot write ${target}: its folder reports is a symbolic link, and reports are never written through one\n`);
    }
    assert.equal(existsSync(path.join(outside, 'out.sarif')), false);
    assert.equal(existsSync(path.join(outside, 'new')), false);
  });
});

describe('resource limits (issue 9 §4)', () => {
  it('stops a document as soon as it nests too deep, even 10 MB deep, and reads the next document', () => {
    const deep = '['.repeat(5_000_000);
    const parsed = parseManifest('/f.yaml', `a: ${deep}${']'.repeat(5_000_000)}\n---\nkind: After\n`);
    assert.deepEqual(parsed.documents.map((d) => d.value), [{ kind: 'After' }]);
    assert.deepEqual(parsed.problems.map((p) => [p.range.line, p.range.column, p.message.slice(0, 40)]), [[1, 3 + MAX_NESTING_DEPTH, 'Nested deeper than 256 levels of mapping']]);
    // Compact block lists nest one level per `- `.
    const block = parseManifest('/f.yaml', `${'- '.repeat(2_000_000)}x\n---\nkind: After\n`);
    assert.deepEqual(block.documents.map((d) => d.index), [1]);
    assert.equal(block.problems.length, 1);
  });

  it(`refuses a document of more than ${MAX_DOCUMENT_NODES.toLocaleString('en-US')} values and entries where the limit is passed`, () => {
    const items = Array.from({ length: MAX_DOCUMENT_NODES + 10 }, () => '1').join(',');
    const parsed = parseManifest('/f.yaml', `kind: Before\n---\nx: [${items}]\n---\nkind: After\n`);
    assert.deepEqual(parsed.documents.map((d) => [d.index, d.value]), [[0, { kind: 'Before' }], [2, { kind: 'After' }]]);
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0]!.message, 'More than 1,000,000 values, mappings, lists and entries in one document: calico-lint does not read this document (a Kubernetes object has hundreds)');
    assert.equal(parsed.problems[0]!.range.line, 3);
  });

  it('reports an infra pool whose selector is longer than calico-lint reads, through the CLI', async () => {
    const values = Array.from({ length: 200_000 }, (_, i) => `"v${i}"`).join(', ');
    const root = await tree({ '.calico-lint.yaml': CONFIG, 'pools.yaml': POOL('infra').replace('all()', `'role in {${values}} && role not in {${values}}'`) });
    const run = linted(root);
    assert.equal(run.status, 1);
    const messages = run.results.find((r) => r.filePath.endsWith('pools.yaml'))!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message.slice(0, 80)}`);
    assert.ok(messages.some((m) => m.startsWith('ippool-infra-node-selector 7:17 Infra pool "infra" has a nodeSelector of ')), messages.join('\n'));
  });

  it('parses sizes in linear time and refuses long ones', () => {
    assert.equal(parseSize(`1 ${' '.repeat(160_000)}1`), undefined);
    assert.equal(parseSize(`1${' '.repeat(160_000)}MB`), undefined);
    assert.equal(parseSize(' 10 MB '), 10 * 1024 * 1024);
    assert.equal(parseSize('1.5gb'), 1.5 * 1024 ** 3);
  });
});

describe('output hygiene (issue 9 §5)', () => {
  it('escapes every character of the categories Cc, Cf, Zl and Zp, and lone surrogates', () => {
    assert.equal(sanitize('a\u061cb\u200bc\ufeffd\u00ade\u202ef\u2028g\u2029h\u0085i\u001bj\u{e0041}k\ud800l'),
      'a\\u061cb\\u200bc\\ufeffd\\u00ade\\u202ef\\u2028g\\u2029h\\u0085i\\u001bj\\u{e0041}k\\ud800l');
    assert.equal(sanitize('é 中 😀 tab\there'), 'é 中 😀 tab\\there');
    assert.equal(quote('\u200b"x"'), '"\\u200b\\"x\\""');
    assert.equal(escapeControl('\u2066x\u2069'), '\\u2066x\\u2069');
  });

  it('echoes no invisible character from a manifest in any format', async () => {
    const name = 'in\u200bfra\u061c\ufeff\u00ad';
    const root = await tree({ '.calico-lint.yaml': `infraPools:\n  - name: "${name}"\n    allowedNamespaces: [ci]\n`, 'pools.yaml': POOL(`"${name}"`) });
    for (const format of ['pretty', 'json', 'sarif', 'github', 'gitlab', 'junit']) {
      const run = runBin(['-f', format], { cwd: root });
      assert.equal(run.status, 1, format);
      assert.doesNotMatch(run.stdout, /[\u200b\u061c\ufeff\u00ad]/u, format);
      assert.match(run.stdout, /in\\{1,2}u200bfra/, format);
    }
  });

  it('reads `constructor`, `__proto__` and other Object names as data: the other documents keep their findings', async () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const text = [`apiVersion: v1\nkind: ${word}\nmetadata: {name: ${word}}`, POOL('infra'), `apiVersion: apps/v1\nkind: ${word}List\nitems: [{apiVersion: v1, kind: ${word}}]`].join('\n---\n');
      const root = await tree({ '.calico-lint.yaml': CONFIG, 'pools.yaml': text });
      const run = linted(root);
      assert.equal(run.status, 1, word);
      const pools = run.results.find((r) => r.filePath.endsWith('pools.yaml'))!;
      assert.deepEqual(pools.messages.map((m) => [m.ruleId, m.line]), [['ippool-infra-node-selector', 11]], word);
    }
  });
});
