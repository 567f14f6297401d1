/**
 * Cluster scopes inferred from the tree when no `clusters` are configured
 * (src/engine/inferred-scopes.ts): alternatives (scenario folders, clusters,
 * flavours) are not compared with each other; a duplicate or overlap inside
 * one of them, or between a shared file and one of them, is still an error,
 * with its exact message and position; a change cannot split its own scopes.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { configSchema, type ConfigFileContents } from '../src/config/schema.js';
import { splitFolders } from '../src/engine/inferred-scopes.js';
import { lintSources } from '../src/lint.js';
import { resourcesOf } from '../src/resources/resource.js';
import { parseManifest } from '../src/parse/parse-manifest.js';
import { allRules } from '../rules/index.js';
import { REPO_ROOT, runBin, withoutSummary, workspace } from './helpers/cli.js';
import { gitRepo } from './helpers/git-repo.js';

const CROSS_DOCUMENT = new Set(['ippool-duplicate-name', 'ippool-cidr-overlap', 'pool-annotation-valid']);
const rules = allRules.filter((rule) => CROSS_DOCUMENT.has(rule.meta.id));

function pool(name: string, cidr: string, extra = ''): string {
  return `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n  natOutgoing: true${extra}\n`;
}

function pod(name: string, poolName: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: default\n  annotations:\n    cni.projectcalico.org/ipv4pools: '["${poolName}"]'\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1\n`;
}

/** Lints files held in memory under /repo; `file:line:column rule message` per finding. */
function lint(files: Record<string, string>, config: ConfigFileContents = {}): string[] {
  const sources = Object.entries(files).map(([name, text]) => ({ filePath: `/repo/${name}`, text }));
  const findings = lintSources(sources, { config: { ...configSchema.parse(config), baseDir: '/repo', filePath: undefined }, rules });
  return findings.map((f) => `${f.filePath.slice('/repo/'.length)}:${f.range.line}:${f.range.column}-${f.range.endLine}:${f.range.endColumn} ${f.ruleId} ${f.message}`);
}

const RENAME = 'Rename one of the pools, or keep a single definition.';
const BOTH = 'Both would hand out the same addresses; give each pool its own range.';

describe('inferred cluster scopes (no `clusters` configured)', () => {
  it('two sibling folders defining one pool name differently are alternatives: no duplicate, no overlap between them', () => {
    assert.deepEqual(lint({
      'scenarios/one/pools.yaml': pool('tenant', '10.0.0.0/16'),
      'scenarios/two/pools.yaml': pool('tenant', '10.1.0.0/16') + '---\n' + pool('extra', '10.0.0.0/24'),
    }), []);
  });

  it('a true duplicate inside one alternative is still an error, at its place', () => {
    assert.deepEqual(lint({
      'scenarios/one/pools.yaml': pool('tenant', '10.0.0.0/16'),
      'scenarios/one/more.yaml': pool('tenant', '10.2.0.0/16'),
      'scenarios/two/pools.yaml': pool('tenant', '10.1.0.0/16'),
    }), [
      'scenarios/one/more.yaml:4:9-4:15 ippool-duplicate-name Pool "tenant" is already defined at scenarios/one/pools.yaml:4:9; ' +
        `this definition differs in \`cidr\`, and whichever is applied last wins. ${RENAME}`,
    ]);
  });

  it('a duplicate between a file directly in the parting folder and one below it is one cluster\'s: still an error', () => {
    assert.deepEqual(lint({
      'scenarios/shared.yaml': pool('tenant', '10.0.0.0/16'),
      'scenarios/one/pools.yaml': pool('tenant', '10.1.0.0/16'),
    }), [
      'scenarios/one/pools.yaml:4:9-4:15 ippool-duplicate-name Pool "tenant" is already defined at scenarios/shared.yaml:4:9; ' +
        `this definition differs in \`cidr\`, and whichever is applied last wins. ${RENAME}`,
    ]);
  });

  it('an overlap between a shared folder and one scenario is still an error, reported once, and not in the other scenario', () => {
    assert.deepEqual(lint({
      'base/pools.yaml': pool('base', '10.0.0.0/16'),
      'scenarios/one/pools.yaml': pool('tenant', '10.0.5.0/24'),
      'scenarios/two/pools.yaml': pool('tenant', '10.9.0.0/24'),
    }), [
      `scenarios/one/pools.yaml:6:9-6:20 ippool-cidr-overlap IPPool "tenant" (10.0.5.0/24) overlaps IPPool "base" (10.0.0.0/16) at base/pools.yaml:6:9. ${BOTH}`,
    ]);
  });

  it('an overlap between two shared files is one finding, though every scope holds both', () => {
    assert.deepEqual(lint({
      'base/pools.yaml': pool('base', '10.0.0.0/16'),
      'base/more.yaml': pool('more', '10.0.1.0/24'),
      'scenarios/one/pools.yaml': pool('tenant', '10.5.0.0/24'),
      'scenarios/two/pools.yaml': pool('tenant', '10.9.0.0/24'),
    }), [
      `base/more.yaml:6:9-6:20 ippool-cidr-overlap IPPool "more" (10.0.1.0/24) overlaps IPPool "base" (10.0.0.0/16) at base/pools.yaml:6:9. ${BOTH}`,
    ]);
  });

  it('an IPPool and an Installation pool of one name in sibling folders are not evidence: the operator conflict stays an error', () => {
    const installation = 'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n' +
      '    ipPools:\n      - name: tenant\n        cidr: 10.0.0.0/16\n';
    assert.deepEqual(lint({
      'clusters/prod/calico/installation.yaml': installation,
      'clusters/prod/pools/ippool.yaml': pool('tenant', '10.1.0.0/16'),
    }), [
      'clusters/prod/pools/ippool.yaml:4:9-4:15 ippool-duplicate-name Pool "tenant" is already defined at clusters/prod/calico/installation.yaml:8:15; ' +
        'the operator writes its own IPPool of this name with CIDR 10.0.0.0/16, and this one has 10.1.0.0/16: whichever is applied last wins, ' +
        'and Calico refuses to change the CIDR of an existing pool. Make the IPPool identical to the Installation pool, or delete it and let the operator create the pool.',
    ]);
  });

  it('identical definitions in sibling folders are not evidence: their other pools are still compared', () => {
    assert.deepEqual(lint({
      'clusters/a/pools.yaml': pool('tenant', '10.0.0.0/16') + '---\n' + pool('infra', '100.64.0.0/16'),
      'clusters/b/pools.yaml': pool('tenant', '10.0.0.0/16') + '---\n' + pool('batch', '100.64.1.0/24'),
    }), [
      `clusters/b/pools.yaml:14:9-14:22 ippool-cidr-overlap IPPool "batch" (100.64.1.0/24) overlaps IPPool "infra" (100.64.0.0/16) at clusters/a/pools.yaml:14:9. ${BOTH}`,
    ]);
  });

  it('scopes nest, as in Calico\'s confd mock data: folders part at every level where evidence shows it', () => {
    const splits = splitFolders(resources({
      'calicoctl/mesh/bgp-export/input.yaml': pool('ippool-1', '192.168.1.0/24'),
      'calicoctl/mesh/communities/input.yaml': pool('ippool-1', '192.168.0.0/16'),
      'calicoctl/explicit_peering/global-external/input.yaml': pool('ippool-1', '192.168.0.0/16', '\n  ipipMode: Always'),
      'calicoctl/explicit_peering/global/input.yaml': pool('ippool-1', '192.168.0.0/16', '\n  ipipMode: Always'),
      'calicoctl/cluster_routes/default/input.yaml': pool('ippoolv4-1', '192.168.0.0/16'),
    }), '/repo');
    assert.deepEqual([...splits].sort(), ['calicoctl', 'calicoctl/mesh']);
  });

  it('a kustomize base\'s pool is evidence against an unrelated folder, never against the overlays that include it', () => {
    const tree = resources({
      'kustomize/base/pools.yaml': pool('tenant', '10.0.0.0/16'),
      'kustomize/overlays/prod/patch.yaml': pool('tenant', '10.1.0.0/16'),
      'helm/templates/pools.yaml': pool('tenant', '10.2.0.0/16'),
    });
    const included = new Map([['kustomize/base', ['kustomize/overlays/prod']]]);
    assert.deepEqual([...splitFolders(tree.filter((r) => !r.doc.filePath.includes('overlays')), '/repo', included)], ['']);
    assert.deepEqual([...splitFolders(tree.filter((r) => !r.doc.filePath.includes('helm')), '/repo', included)], []);
  });

  it('a workload in a scenario finds a shared pool; one asking for a sibling scenario\'s pool is an error that names its scope', () => {
    const findings = lint({
      'base/pools.yaml': pool('infra', '100.64.0.0/16'),
      'scenarios/one/pools.yaml': pool('tenant', '10.0.0.0/16') + '---\n' + pool('only-one', '10.8.0.0/16'),
      'scenarios/two/pools.yaml': pool('tenant', '10.1.0.0/16'),
      'scenarios/one/app.yaml': pod('app', 'infra'),
      'scenarios/two/app.yaml': pod('app', 'only-one'),
    });
    assert.equal(findings.length, 1);
    assert.match(findings[0]!, /^scenarios\/two\/app\.yaml:7:38-7:52 pool-annotation-valid `cni\.projectcalico\.org\/ipv4pools`: no pool is named "only-one" in folder "scenarios\/two\/" and the files it shares /);
  });

  it('with no shared file either, the message names the folder it looked in', () => {
    const findings = lint({
      'scenarios/one/pools.yaml': pool('tenant', '10.0.0.0/16') + '---\n' + pool('only-one', '10.8.0.0/16'),
      'scenarios/two/pools.yaml': pool('tenant', '10.1.0.0/16'),
      'scenarios/two/app.yaml': pod('app', 'only-one'),
    });
    assert.deepEqual(findings, [
      'scenarios/two/app.yaml:7:38-7:52 pool-annotation-valid `cni.projectcalico.org/ipv4pools`: no pool is named "only-one" in ' +
        'folder "scenarios/two/" and the files it shares (Calico fails the pod: "error parsing pool"). ' +
        'Write the name of an existing pool (IPv4 pools here: "tenant").',
    ]);
  });

  it('a shared workload finds a pool that one scenario holds (it may be applied with that one)', () => {
    assert.deepEqual(lint({
      'base/app.yaml': pod('app', 'only-one'),
      'scenarios/one/pools.yaml': pool('tenant', '10.0.0.0/16') + '---\n' + pool('only-one', '10.8.0.0/16'),
      'scenarios/two/pools.yaml': pool('tenant', '10.1.0.0/16'),
    }), []);
  });

  it('a shared pool requested from two alternatives is one finding at its place (one mistake, one finding)', () => {
    const sources = Object.entries({
      'base/pools.yaml': pool('infra', '100.64.0.0/16'),
      'scenarios/one/pools.yaml': pool('tenant', '10.0.0.0/16'),
      'scenarios/one/app.yaml': pod('app', 'infra'),
      'scenarios/two/pools.yaml': pool('tenant', '10.1.0.0/16'),
      'scenarios/two/app.yaml': pod('app', 'infra'),
    }).map(([name, text]) => ({ filePath: `/repo/${name}`, text }));
    const dedicated = allRules.filter((rule) => rule.meta.id === 'ippool-dedicated-auto-assign' || rule.meta.id === 'pool-annotation-valid');
    const findings = lintSources(sources, { config: { ...configSchema.parse({}), baseDir: '/repo', filePath: undefined }, rules: dedicated });
    assert.deepEqual(findings.map((f) => `${f.filePath}:${f.range.line}:${f.range.column} ${f.ruleId} ${f.message.slice(0, 80)}`), [
      '/repo/base/pools.yaml:4:9 ippool-dedicated-auto-assign Pool "infra" is requested by annotation (scenarios/one/app.yaml:7:38), so it loo',
    ]);
  });

  it('a shared definition in conflict with two alternatives is two findings: each is about another pair of places', () => {
    assert.deepEqual(lint({
      'scenarios/one/pools.yaml': pool('tenant', '10.0.0.0/16'),
      'scenarios/two/pools.yaml': pool('tenant', '10.1.0.0/16'),
      'scenarios/shared.yaml': pool('tenant', '10.2.0.0/16'),
    }), [
      'scenarios/shared.yaml:4:9-4:15 ippool-duplicate-name Pool "tenant" is already defined at scenarios/one/pools.yaml:4:9; ' +
        `this definition differs in \`cidr\`, and whichever is applied last wins. ${RENAME}`,
      'scenarios/shared.yaml:4:9-4:15 ippool-duplicate-name Pool "tenant" is already defined at scenarios/two/pools.yaml:4:9; ' +
        `this definition differs in \`cidr\`, and whichever is applied last wins. ${RENAME}`,
    ]);
  });

  it('`clusters` in the configuration turns the inference off', () => {
    assert.deepEqual(lint({
      'scenarios/one/pools.yaml': pool('tenant', '10.0.0.0/16'),
      'scenarios/two/pools.yaml': pool('tenant', '10.1.0.0/16'),
    }, { clusters: [{ name: 'all', paths: ['**'] }] }), [
      'scenarios/two/pools.yaml:4:9-4:15 ippool-duplicate-name Pool "tenant" is already defined at scenarios/one/pools.yaml:4:9; ' +
        `this definition differs in \`cidr\`, and whichever is applied last wins. ${RENAME}`,
    ]);
  });
});

describe('inferred cluster scopes: bounded work', () => {
  it('past the budget (alternatives × shared resources), nothing is inferred: one scope, every finding kept, and a notice says why', () => {
    const files: Record<string, string> = { 'shared/apps.yaml': Array.from({ length: 600 }, (_, i) => pod(`app-${i}`, 'tenant')).join('---\n') };
    for (let i = 0; i < 200; i++) files[`scenarios/s${i}/pools.yaml`] = pool('tenant', `10.${i}.0.0/16`);
    const notices: string[] = [];
    const sources = Object.entries(files).map(([name, text]) => ({ filePath: `/repo/${name}`, text }));
    // pool-annotation-valid too: the shared pods are read only when a rule looks at them.
    const checked = rules.filter((rule) => rule.meta.id === 'ippool-duplicate-name' || rule.meta.id === 'pool-annotation-valid');
    const config = { ...configSchema.parse({}), baseDir: '/repo', filePath: undefined };
    const findings = lintSources(sources, { config, rules: checked, onNotice: (notice) => notices.push(notice) });
    assert.equal(findings.length, 199);
    assert.deepEqual(notices, [
      'cluster scopes not inferred: 200 alternative folders would each hold the shared files, more work than calico-lint allows; ' +
        'every file is linted as one cluster. Configure `clusters` to lint them apart.',
    ]);
    // A tenth of the shared files: inferred, no duplicate across the alternatives.
    files['shared/apps.yaml'] = Array.from({ length: 60 }, (_, i) => pod(`app-${i}`, 'tenant')).join('---\n');
    const fewer = Object.entries(files).map(([name, text]) => ({ filePath: `/repo/${name}`, text }));
    assert.deepEqual(lintSources(fewer, { config, rules: checked, onNotice: (notice) => notices.push(notice) }), []);
    assert.equal(notices.length, 1);
  });
});

function resources(files: Record<string, string>) {
  return Object.entries(files).flatMap(([name, text]) =>
    parseManifest(`/repo/${name}`, text).documents.flatMap((doc) => resourcesOf(doc, { defaultNamespace: 'default' })));
}

describe('inferred cluster scopes on the command line', () => {
  it("Calico's own confd mock data (vendored): no false duplicate or overlap across its scenario folders", () => {
    const run = runBin([path.join(REPO_ROOT, 'test/inferred-scopes/calico-mock-data'), '-f', 'json'], { cwd: REPO_ROOT });
    assert.equal(withoutSummary(run.stderr), '');
    assert.equal(run.status, 0);
    assert.match(run.stderr, / 7 files read, 43 documents parsed, 4 clusters: 21 pools and 0 workloads checked/);
  });

  const BASE = {
    'clusters/prod/pools/pools.yaml': pool('tenant', '10.0.0.0/16') + '---\n' + pool('spare', '10.20.0.0/16'),
    'clusters/prod/apps/app.yaml': pod('app', 'tenant'),
  };
  const HOSTILE = {
    // The overlap to hide, and a redefinition that would make pools/ and apps/ look like alternatives.
    'clusters/prod/apps/infra.yaml': pool('infra', '10.0.1.0/24'),
    'clusters/prod/apps/decoy.yaml': pool('spare', '10.30.0.0/16'),
  };
  const scopeFindings = (root: string, stdout: string) => stdout.split('\n')
    .filter((line) => /ippool-(duplicate-name|cidr-overlap)\]$/.test(line))
    .map((line) => line.slice(root.length + 1));

  it('a hostile change cannot split its own scopes: under --base the evidence is the base side\'s, so the overlap and the duplicate stay errors', async () => {
    const root = await gitRepo(BASE, HOSTILE);
    const run = runBin(['--base', 'main', '.', '-f', 'unix'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(scopeFindings(root, run.stdout), [
      'clusters/prod/apps/decoy.yaml:4:9: Pool "spare" is also defined at clusters/prod/pools/pools.yaml:12:9; ' +
        `this definition differs in \`cidr\`, and whichever is applied last wins. ${RENAME} [Error/ippool-duplicate-name]`,
      `clusters/prod/apps/infra.yaml:6:9: IPPool "infra" (10.0.1.0/24) overlaps IPPool "tenant" (10.0.0.0/16) at clusters/prod/pools/pools.yaml:6:9. ${BOTH} [Error/ippool-cidr-overlap]`,
    ]);
  });

  it('without --base the tree is all there is: the same tree is read as two alternatives (lint untrusted changes with --base, or configure `clusters`)', async () => {
    const root = await gitRepo(BASE, HOSTILE);
    const run = runBin(['.', '-f', 'unix'], { cwd: root });
    assert.deepEqual(scopeFindings(root, run.stdout), []);
  });

  it('a kustomize base is shared by the overlays that include it: an overlay\'s redefinition of a base pool is no evidence, its pods find the base\'s pools', async () => {
    const root = await workspace({
      'base/kustomization.yaml': 'resources:\n  - pools.yaml\n',
      'base/pools.yaml': pool('tenant', '10.0.0.0/16') + '---\n' + pool('infra', '100.64.0.0/16', '\n  nodeSelector: "!all()"'),
      'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n  - app.yaml\n  - pools.yaml\n',
      'overlays/prod/app.yaml': pod('app', 'infra'),
      'overlays/prod/pools.yaml': pool('extra', '10.5.0.0/16') + '---\n' + pool('wide', '100.64.7.0/24'),
      'overlays/staging/kustomization.yaml': 'resources:\n  - ../../base\n  - pools.yaml\n',
      'overlays/staging/pools.yaml': pool('extra', '10.6.0.0/16') + '---\n' + pool('tenant', '10.7.0.0/16'),
    });
    const run = runBin(['.', '-f', 'unix'], { cwd: root });
    assert.deepEqual(run.stdout.split('\n').filter((line) => / \[(Error|Warning)\//.test(line)).map((line) => line.slice(root.length + 1)), [
      `overlays/prod/pools.yaml:14:9: IPPool "wide" (100.64.7.0/24) overlaps IPPool "infra" (100.64.0.0/16) at base/pools.yaml:14:9. ${BOTH} [Error/ippool-cidr-overlap]`,
      'overlays/staging/pools.yaml:12:9: Pool "tenant" is already defined at base/pools.yaml:4:9; ' +
        `this definition differs in \`cidr\`, and whichever is applied last wins. ${RENAME} [Error/ippool-duplicate-name]`,
    ]);
  });

  it('under --base, a new cluster folder beside clusters the base side already tells apart is its own scope', async () => {
    const root = await gitRepo({
      'clusters/prod/pools.yaml': pool('tenant', '10.0.0.0/16'),
      'clusters/staging/pools.yaml': pool('tenant', '10.1.0.0/16'),
    }, {
      'clusters/dev/pools.yaml': pool('tenant', '10.2.0.0/16') + '---\n' + pool('scratch', '10.0.0.0/24'),
    });
    const run = runBin(['--base', 'main', '.', '-f', 'unix'], { cwd: root });
    assert.equal(run.status, 0, run.stdout);
  });
});
