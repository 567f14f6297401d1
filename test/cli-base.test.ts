/**
 * `--base` and `--filter-mode` end to end: real Git repositories in temp
 * folders (a base commit on main, the head on a branch), the CLI as a child
 * process.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin } from './helpers/cli.js';
import { gitRepo, runGit } from './helpers/git-repo.js';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; message: string; relatedLocations?: Array<{ filePath: string; range: { line: number } }> }>;
}

interface Reported {
  file: string;
  line: number;
  ruleId: string;
  message: string;
}

/**
 * Lints twice: `-f unix` shows what the filter mode reports (and gives the exit
 * status), `-f json` is a report, complete whatever the mode. `found` is
 * `file:line ruleId` for every reported finding, for compact comparisons.
 */
function lint(root: string, args: readonly string[]): { status: number | null; found: string[]; reported: Reported[]; results: JsonResult[]; complete: string[]; stderr: string } {
  const shown = runBin(['-f', 'unix', ...args], { cwd: root });
  const reported = shown.stdout.split('\n').flatMap((line) => {
    const match = /^(.*?):(\d+):\d+: (.*) \[(?:Error|Warning)\/(.*)\]$/.exec(line);
    return match ? [{ file: path.relative(root, match[1]!), line: Number(match[2]), message: match[3]!, ruleId: match[4]! }] : [];
  });
  const run = runBin(['-f', 'json', ...args], { cwd: root });
  assert.equal(run.status, shown.status, 'the exit status does not depend on the format');
  const results = run.stdout === '' ? [] : (JSON.parse(run.stdout) as JsonResult[]);
  const complete = results.flatMap((result) =>
    result.messages.map((message) => `${path.relative(root, result.filePath)}:${message.line} ${message.ruleId}`));
  const found = reported.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`);
  return { status: shown.status, found: found.sort(), reported, results, complete: complete.sort(), stderr: shown.stderr };
}

const pod = (name: string, spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: default}\nspec:\n${spec}`;
const CONTAINERS = '  containers: [{name: c, image: i}]\n';
/** Another image: a pod of the same folder running `i` off the host network would be a host-network pod's twin. */
const OTHER_CONTAINERS = '  containers: [{name: c, image: j}]\n';
const BASE_APP = pod('far', `  hostNetwork: true\n${CONTAINERS}`) + '---\n' +
  pod('near', `${CONTAINERS}  hostNetwork: true\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\n`);
const HEAD_APP = pod('far', `  hostNetwork: true\n${CONTAINERS}`) + '---\n' +
  pod('near', `${CONTAINERS}  hostNetwork: true\n  dnsPolicy: ClusterFirst\n  restartPolicy: Never\n`) + '---\n' +
  pod('new', `  hostNetwork: true\n${CONTAINERS}`);

describe('--filter-mode (reviewdog\'s modes), on a pull request with old findings', async () => {
  const root = await gitRepo(
    { 'old.yaml': pod('old', `  hostNetwork: true\n${CONTAINERS}`), 'app.yaml': BASE_APP },
    { 'app.yaml': HEAD_APP },
  );
  const expected: Record<string, string[]> = {
    // line 21: added; 13: context of the change on line 15; 5: same file, outside the hunk; old.yaml untouched.
    nofilter: ['app.yaml:13 no-host-network', 'app.yaml:21 no-host-network', 'app.yaml:5 no-host-network', 'old.yaml:5 no-host-network'],
    file: ['app.yaml:13 no-host-network', 'app.yaml:21 no-host-network', 'app.yaml:5 no-host-network'],
    diff_context: ['app.yaml:13 no-host-network', 'app.yaml:21 no-host-network'],
    added: ['app.yaml:21 no-host-network'],
  };
  for (const [mode, found] of Object.entries(expected)) {
    it(`${mode}: reports ${found.length} of the 4 findings, and exits 1`, () => {
      const run = lint(root, ['--base', 'main', '--filter-mode', mode]);
      assert.deepEqual(run.found, found);
      assert.equal(run.status, 1, run.stderr);
    });
  }

  it('nofilter is the default, with or without --base', () => {
    assert.deepEqual(lint(root, ['--base', 'main']).found, expected.nofilter);
    assert.deepEqual(lint(root, []).found, expected.nofilter);
  });

  it('a pull request that touches no finding passes with `added`, though the repository has old findings', async () => {
    const quiet = await gitRepo({ 'old.yaml': pod('old', `  hostNetwork: true\n${CONTAINERS}`), 'README.md': 'a\n' }, { 'README.md': 'b\n' });
    const run = lint(quiet, ['--base', 'main', '--filter-mode', 'added']);
    assert.deepEqual(run.found, []);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(lint(quiet, ['--base', 'main']).status, 1);
  });

  it('compares with the merge base: commits on main after the branch point are not part of the change', async () => {
    const forked = await gitRepo({ 'old.yaml': pod('old', `  hostNetwork: true\n${CONTAINERS}`) }, { 'new.yaml': pod('new', CONTAINERS) });
    runGit(forked, ['checkout', '-q', 'main']);
    await writeFile(path.join(forked, 'old.yaml'), pod('old', `  hostNetwork: true\n${CONTAINERS}  dnsPolicy: ClusterFirst\n`));
    runGit(forked, ['commit', '-q', '-am', 'main moves on']);
    runGit(forked, ['checkout', '-q', 'pr']);
    assert.deepEqual(lint(forked, ['--base', 'main', '--filter-mode', 'file']).found, []);
  });

  it('run from a subfolder of the repository, with a deleted file among the changes', async () => {
    // (`gone` runs another image: the same one beside a host-network pod of its folder would be a pod-network twin.)
    const nested = await gitRepo(
      { 'clusters/prod/old.yaml': pod('old', `  hostNetwork: true\n${CONTAINERS}`), 'clusters/prod/gone.yaml': pod('gone', OTHER_CONTAINERS) },
      { 'clusters/prod/new.yaml': pod('new', `  hostNetwork: true\n${CONTAINERS}`), 'clusters/prod/gone.yaml': null },
    );
    const run = lint(path.join(nested, 'clusters'), ['--base', 'main', '--filter-mode', 'added', 'prod']);
    assert.deepEqual(run.found, ['prod/new.yaml:5 no-host-network']);
  });

  it('a new file not yet tracked by Git counts as added', async () => {
    const untracked = await gitRepo({ 'a.yaml': pod('a', OTHER_CONTAINERS) }, { 'b.yaml': pod('b', `  hostNetwork: true\n${CONTAINERS}`) }, { uncommitted: true });
    assert.equal(runGit(untracked, ['status', '--porcelain']), '?? b.yaml\n');
    assert.deepEqual(lint(untracked, ['--base', 'main', '--filter-mode', 'added']).found, ['b.yaml:5 no-host-network']);
  });
});

const ippool = (name: string, cidr: string) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n`;

describe('cross-file findings land on the side the change touched', () => {
  it('a new pool file that sorts first: the overlap is reported on it, with the untouched pool as related location', async () => {
    const root = await gitRepo({ 'pools/b-main.yaml': ippool('main', '10.0.0.0/16') }, { 'pools/a-new.yaml': ippool('new', '10.0.5.0/24') });
    // Without --base: on the file that comes later, the untouched one (today's behaviour).
    assert.deepEqual(lint(root, []).found, ['pools/b-main.yaml:6 ippool-cidr-overlap']);
    for (const mode of ['nofilter', 'added']) {
      const run = lint(root, ['--base', 'main', '--filter-mode', mode]);
      assert.deepEqual(run.found, ['pools/a-new.yaml:6 ippool-cidr-overlap'], mode);
      const message = run.results.flatMap((result) => result.messages)[0]!;
      assert.equal(message.message, 'IPPool "new" (10.0.5.0/24) overlaps IPPool "main" (10.0.0.0/16) at pools/b-main.yaml:6:9. Both would hand out the same addresses; give each pool its own range.');
      assert.deepEqual(message.relatedLocations?.map((related) => [path.relative(root, related.filePath), related.range.line]), [['pools/b-main.yaml', 6]]);
    }
  });

  it('an edited pool that now overlaps a later, untouched file: reported on the edited one', async () => {
    const root = await gitRepo(
      { 'a.yaml': ippool('a', '10.1.0.0/16'), 'z.yaml': ippool('z', '10.0.0.0/16') },
      { 'a.yaml': ippool('a', '10.0.0.0/20') },
    );
    assert.deepEqual(lint(root, []).found, ['z.yaml:6 ippool-cidr-overlap']);
    // The edit is also a CIDR changed in place.
    assert.deepEqual(lint(root, ['--base', 'main', '--filter-mode', 'added']).found, ['a.yaml:6 ippool-cidr-overlap', 'a.yaml:6 ippool-immutable-change']);
  });

  it('a duplicate name added in a file that sorts first', async () => {
    const root = await gitRepo({ 'z.yaml': ippool('dup', '10.0.0.0/16') }, { 'a.yaml': ippool('dup', '10.9.0.0/16') });
    assert.deepEqual(lint(root, []).found.filter((f) => f.includes('duplicate')), ['z.yaml:4 ippool-duplicate-name']);
    const run = lint(root, ['--base', 'main', '--filter-mode', 'added']);
    const found = run.results.flatMap((result) => result.messages.filter((m) => m.ruleId === 'ippool-duplicate-name').map((m) => [path.relative(root, result.filePath), m.line, m.message]));
    assert.deepEqual(found, [['a.yaml', 4, 'Pool "dup" is also defined at z.yaml:4:9; this definition differs in `cidr`, and whichever is applied last wins. Rename one of the pools, or keep a single definition.']]);
  });
});

const operatorInstallation = (pool: string) =>
  `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools:\n      - ${pool}\n`;

describe('an IPPool that fits one of several alternative Installations (ippool-duplicate-name)', () => {
  const clash = ippool('default-ipv4-ippool', '172.16.0.0/16') + '  natOutgoing: true\n';
  it('a change cannot bring the alternative that excuses its own IPPool: with --base only the base side\'s Installations count', async () => {
    const root = await gitRepo(
      { 'calico/installation.yaml': operatorInstallation('{cidr: 10.10.0.0/16}') },
      { 'pools/extra.yaml': clash, 'calico/installation-decoy.yaml': operatorInstallation('{cidr: 172.16.0.0/16, encapsulation: None}') },
    );
    // The tree alone holds an alternative the IPPool fits (as vpp-dataplane's SRv6 pool fits installation-flat.yaml).
    assert.deepEqual(lint(root, []).complete.filter((f) => f.includes('duplicate')), []);
    assert.deepEqual(lint(root, ['--base', 'main']).complete.filter((f) => f.includes('duplicate')), ['pools/extra.yaml:4 ippool-duplicate-name']);
  });

  it('an IPPool added beside alternatives the base side holds, one of which it fits: silent with --base', async () => {
    const root = await gitRepo(
      {
        'calico/installation-eks.yaml': operatorInstallation('{cidr: 10.10.0.0/16}'),
        'calico/installation-flat.yaml': operatorInstallation('{cidr: 172.16.0.0/16, encapsulation: None}'),
      },
      { 'components/srv6/pools.yaml': clash },
    );
    assert.deepEqual(lint(root, ['--base', 'main']).complete.filter((f) => f.includes('duplicate')), []);
  });
});

describe('findings of base-branch rules stand in every filter mode', () => {
  it('a removed pool is reported on the untouched namespace that requests it, even with `added`', async () => {
    const root = await gitRepo(
      {
        'pools.yaml': ippool('legacy', '10.10.0.0/16') + '---\n' + ippool('main', '10.20.0.0/16'),
        'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: reports\n  annotations:\n    cni.projectcalico.org/ipv4pools: \'["legacy"]\'\n',
      },
      { 'pools.yaml': ippool('main', '10.20.0.0/16') },
    );
    const run = lint(root, ['--base', 'main', '--filter-mode', 'added']);
    // Both are new: the base commit has the pool, so the annotation naming it was valid there.
    assert.deepEqual(run.found, ['ns.yaml:6 ippool-removed-in-use', 'ns.yaml:6 pool-annotation-valid']);
    assert.match(run.reported[0]!.message, /^pool "legacy" is removed in this change but namespace "reports" still requests it/);
  });
});

describe('--base usage errors (exit 2, one line)', () => {
  it('--filter-mode other than nofilter without --base', async () => {
    const root = await gitRepo({ 'a.yaml': 'a: 1\n' }, {});
    const run = runBin(['--filter-mode', 'added'], { cwd: root });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'calico-lint: --filter-mode added needs --base <git-ref>: the change is what findings are filtered by\n');
    assert.equal(runBin(['--filter-mode', 'nofilter'], { cwd: root }).status, 0);
  });

  it('an unknown mode', () => {
    const run = runBin(['--filter-mode', 'changed']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /argument 'changed' is invalid\. Allowed choices are added, diff_context, file, nofilter\.\n/);
  });

  it('a misspelt mode, side or fix type: the one meant is named, as -f jsn names json', () => {
    const cases: Array<[string[], string]> = [
      [['--filter-mode', 'addded'], "option '--filter-mode <mode>' argument 'addded' is invalid. Allowed choices are added, diff_context, file, nofilter (did you mean \"added\"?)."],
      [['--filter-mode', 'diff-context'], "option '--filter-mode <mode>' argument 'diff-context' is invalid. Allowed choices are added, diff_context, file, nofilter (did you mean \"diff_context\"?)."],
      [['--config-from', 'Head'], "option '--config-from <side>' argument 'Head' is invalid. Allowed choices are base, head (did you mean \"head\"?)."],
      [['--fix-type', 'problems,directive'], "option '--fix-type <types>' argument 'problems,directive' is invalid. must be a comma-separated list of problem, directive; unknown: \"problems\" (did you mean \"problem\"?)."],
    ];
    for (const [args, expected] of cases) {
      const run = runBin(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stderr, `calico-lint: ${expected}\n(run calico-lint --help for usage)\n`, args.join(' '));
    }
  });

  it('a ref that is not in the repository (a shallow clone, say)', async () => {
    const root = await gitRepo({ 'a.yaml': 'a: 1\n' }, {});
    const run = runBin(['--base', 'origin/nope'], { cwd: root });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'calico-lint: --base: origin/nope is not a commit in this repository. Fetch it first (e.g. `git fetch origin <branch>`, or actions/checkout with fetch-depth: 0)\n');
  });

  it('a ref that looks like an option', async () => {
    const root = await gitRepo({ 'a.yaml': 'a: 1\n' }, {});
    const run = runBin(['--base=--output=x'], { cwd: root });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'calico-lint: --base: --output=x is not a Git ref\n');
  });

  it('standard input has no base version', async () => {
    const root = await gitRepo({ 'a.yaml': 'a: 1\n' }, {});
    const run = runBin(['--base', 'main', '-'], { cwd: root, input: 'a: 1\n' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'calico-lint: --base cannot be used with standard input (-): it has no base version in Git\n');
  });
});

describe('git runs nothing from the checkout', () => {
  it('fsmonitor, textconv, external diff and GIT_EXTERNAL_DIFF are ignored', async () => {
    const root = await gitRepo({ 'p.yaml': ippool('main', '10.0.0.0/16') }, { 'p.yaml': ippool('main', '10.1.0.0/16') }, { uncommitted: true });
    const marker = (name: string) => path.join(root, `${name}-ran`);
    const touch = (name: string) => `sh -c 'touch "${marker(name)}"'`;
    // What a hostile checkout (or a runner's environment) could hold: commands git would run.
    runGit(root, ['config', 'core.fsmonitor', touch('fsmonitor')]);
    runGit(root, ['config', 'diff.evil.textconv', touch('textconv')]);
    runGit(root, ['config', 'diff.evil.command', touch('command')]);
    runGit(root, ['config', 'diff.external', touch('external')]);
    await writeFile(path.join(root, '.gitattributes'), '*.yaml diff=evil\n');
    const run = runBin(['-f', 'json', '--base', 'main', '--filter-mode', 'added'], { cwd: root, env: { GIT_EXTERNAL_DIFF: touch('env') } });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /cidr changes in place from \\"10.0.0.0\/16\\" to \\"10.1.0.0\/16\\"/);
    for (const name of ['fsmonitor', 'textconv', 'command', 'external', 'env']) assert.equal(existsSync(marker(name)), false, `${name} ran`);
  });
});

describe('a Chart.yaml the change adds makes no template place', () => {
  // go-yaml takes `#…` right after `}` for a comment and creates this Pod; the `yaml` package refuses the line.
  // In a chart's templates/ such a document is a template; anywhere else its syntax error is reported.
  const HASH_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: miner\n  namespace: tenant\n  labels: {}#{{ x }}\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: busybox}]\n';
  const CHART = 'apiVersion: v2\nname: app\nversion: 0.1.0\n';

  it('a pull request that adds Chart.yaml beside templates/ does not excuse what kubectl reads there', async () => {
    const root = await gitRepo({ 'deploy/templates/pod.yaml': HASH_POD }, { 'deploy/Chart.yaml': CHART });
    const run = runBin(['-f', 'json', '--base', 'main', '--filter-mode', 'nofilter', 'deploy'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    const results = JSON.parse(run.stdout) as JsonResult[];
    const messages = results.flatMap((result) => result.messages.map((message) => `${path.relative(root, result.filePath)}:${message.line} ${message.ruleId}`));
    assert.deepEqual(messages, ['deploy/templates/pod.yaml:6 null']);
    // Without --base the same tree is a chart: its templates are skipped with a notice.
    const plain = runBin(['-f', 'json', 'deploy'], { cwd: root });
    assert.equal(plain.status, 0, plain.stderr);
    assert.match(plain.stderr, /template/);
  });

  it('a chart that was there in the base commit keeps its templates/', async () => {
    const root = await gitRepo({ 'deploy/Chart.yaml': CHART, 'deploy/templates/pod.yaml': 'a: 1\n' }, { 'deploy/templates/pod.yaml': HASH_POD });
    const run = runBin(['-f', 'json', '--base', 'main', '--filter-mode', 'nofilter', 'deploy'], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /template/);
  });
});
