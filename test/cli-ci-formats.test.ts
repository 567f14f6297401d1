/** The CI formats through the command line: names, output files, repository-relative paths, stable fingerprints. */
import assert from 'node:assert/strict';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin, workspace, REPO_ROOT } from './helpers/cli.js';

const POOL = (name: string, cidr: string, selector = '"!all()"') =>
  `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n  nodeSelector: ${selector}\n`;

const POD = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ci\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: busybox}]\n`;

interface Issue {
  check_name: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

function gitlab(cwd: string, args: string[] = []): Issue[] {
  const run = runBin([...args, '-f', 'gitlab'], { cwd });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return JSON.parse(run.stdout) as Issue[];
}

describe('CI formats on the command line', () => {
  it('resolves sarif, github, gitlab and junit as built-in formats, to standard output or --output-file', async () => {
    const cwd = await workspace({ 'pool.yaml': POOL('infra', '10.0.0.0/16', '!all()') });
    const sarif = runBin(['-f', 'sarif'], { cwd });
    assert.equal(sarif.status, 1);
    assert.equal((JSON.parse(sarif.stdout) as { version: string }).version, '2.1.0');
    const github = runBin(['--format', 'github'], { cwd });
    assert.match(github.stdout, /^::error file=pool\.yaml,line=7,col=17,endLine=7,endColumn=23,title=calico-lint%3A selector-yaml-tag::/);
    assert.match(runBin(['-f', 'junit'], { cwd }).stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    const written = runBin(['-f', 'gitlab', '-o', 'gl-code-quality-report.json'], { cwd });
    assert.deepEqual([written.status, written.stdout], [1, '']);
    const issues = JSON.parse(await readFile(path.join(cwd, 'gl-code-quality-report.json'), 'utf8')) as Issue[];
    assert.deepEqual(issues.map((issue) => [issue.check_name, issue.location]), [['selector-yaml-tag', { path: 'pool.yaml', lines: { begin: 7 } }]]);
  });

  it('keeps --format json ESLint\'s JSON: no internal fingerprintKey', async () => {
    const cwd = await workspace({ 'pool.yaml': POOL('infra', '10.0.0.0/16', '!all()') });
    assert.doesNotMatch(runBin(['-f', 'json'], { cwd }).stdout, /fingerprintKey/);
  });

  it('writes paths relative to the repository root (the folder holding .git), from any working folder', async () => {
    const root = await workspace({ 'clusters/prod/pool.yaml': POOL('infra', '10.0.0.0/16', '!all()') });
    await mkdir(path.join(root, '.git'));
    const issues = gitlab(path.join(root, 'clusters'), ['prod']);
    assert.equal(issues[0]!.location.path, 'clusters/prod/pool.yaml');
    const annotation = runBin(['-f', 'github', 'prod'], { cwd: path.join(root, 'clusters') }).stdout;
    assert.match(annotation, /^::error file=clusters\/prod\/pool\.yaml,/);
  });

  it('keeps fingerprints when unrelated lines move, and makes them unique', async () => {
    const files = {
      '.calico-lint.yaml': 'infraPools: [{name: infra, allowedNamespaces: [gitlab]}]\nhostNetwork: {allow: []}\n',
      'pools.yaml': `${POOL('infra', '10.0.0.0/16', '!all()')}---\n${POOL('other', '10.0.0.0/20')}`,
      'pods.yaml': `${POD('a')}---\n${POD('b')}`,
      'directives.yaml': '# calico-lint-disable-next-line no-host-network -- nothing here to suppress\napiVersion: v1\nkind: ConfigMap\n' +
        'metadata: {name: c}\n---\n# calico-lint-disable-next-line no-host-network\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\n',
    };
    const cwd = await workspace(files);
    const before = gitlab(cwd);
    for (const check of ['unused-suppression', 'invalid-suppression']) {
      assert.ok(before.some((issue) => issue.check_name === check), `a ${check} finding`);
    }
    assert.ok(before.length >= 5, JSON.stringify(before));
    assert.equal(new Set(before.map((issue) => issue.fingerprint)).size, before.length, 'unique');

    // Move everything down: comments, blank lines and an unrelated object above, a reordered file.
    await writeFile(path.join(cwd, 'pools.yaml'), `# pools of prod\n\n${POOL('unrelated', '192.168.0.0/24')}---\n${files['pools.yaml']}`);
    await writeFile(path.join(cwd, 'pods.yaml'), `# pods\n${POD('b')}---\n\n${POD('a')}`);
    await writeFile(path.join(cwd, 'directives.yaml'), `# moved down\n\n${files['directives.yaml']}`);
    const after = gitlab(cwd);
    assert.notDeepEqual(after.map((issue) => issue.location.lines.begin), before.map((issue) => issue.location.lines.begin));
    const key = (issue: Issue) => `${issue.check_name} ${issue.location.path} ${issue.fingerprint}`;
    assert.deepEqual(after.map(key).sort(), before.map(key).sort());
  });

  it('gives every finding of the bundled fixtures its own fingerprint', () => {
    const issues = gitlab(REPO_ROOT, ['--config', 'fixtures/.calico-lint.yaml', 'fixtures']);
    assert.ok(issues.length > 10);
    assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length);
    assert.ok(issues.every((issue) => issue.location.path.startsWith('fixtures/')));
  });

  it('appends the job summary to GITHUB_STEP_SUMMARY with --format github only', async () => {
    const cwd = await workspace({ 'pool.yaml': POOL('infra', '10.0.0.0/16', '!all()'), 'summary.md': '# earlier step\n' });
    const summary = path.join(cwd, 'summary.md');
    runBin(['-f', 'json', 'pool.yaml'], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    assert.equal(await readFile(summary, 'utf8'), '# earlier step\n');
    const run = runBin(['-f', 'github', 'pool.yaml'], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    assert.equal(run.status, 1);
    const text = await readFile(summary, 'utf8');
    assert.ok(text.startsWith('# earlier step\n## calico-lint\n\n**1 error, 0 warnings** in 1 file. 1 finding can be fixed with `calico-lint --fix` (🔧).\n'), text);
    assert.match(text, /<br>🔧 `calico-lint --fix` fixes this \|/);
    assert.match(text, /\| ❌ error \| pool\\\.yaml:7:17 \| \[selector-yaml-tag\]/);
  });

  it('never writes a report through a symbolic link', async () => {
    const cwd = await workspace({ 'pool.yaml': POOL('infra', '10.0.0.0/16'), 'target.txt': 'untouched' });
    await symlink(path.join(cwd, 'target.txt'), path.join(cwd, 'report.sarif'));
    const run = runBin(['-f', 'sarif', '-o', 'report.sarif', 'pool.yaml'], { cwd });
    assert.deepEqual(run, {
      status: 2,
      stdout: '',
      stderr: 'calico-lint: cannot write report.sarif: it is a symbolic link, and reports are never written through one\n',
    });
    assert.equal(await readFile(path.join(cwd, 'target.txt'), 'utf8'), 'untouched');
  });
});
