/**
 * Configuration entries that match nothing are warnings at the entry:
 * `infraPools: [{name: infra-cl}]` for a pool named `infra-ci` used to turn
 * the infra checks off without a word.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin, workspace } from './helpers/cli.js';

const POOLS =
  'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: infra-ci}\nspec: {cidr: 100.64.0.0/16, nodeSelector: all()}\n';

const CONFIG = [
  'infraPools:',
  '  - name: infra-cl',
  '    allowedNamespaces: [ci]',
  'clusters:',
  '  - name: prod',
  '    paths: ["clusters/prod/**", "clusters/prdo/**"]',
  '',
].join('\n');

interface Result {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; line: number; column: number; message: string }>;
}

function run(args: string[], cwd: string) {
  const result = runBin(['-f', 'json', ...args], { cwd });
  const results = JSON.parse(result.stdout) as Result[];
  return {
    status: result.status,
    findings: results.flatMap((r) => r.messages.map((m) => `${path.relative(cwd, r.filePath)}:${m.line}:${m.column} ${m.ruleId}/${m.severity} ${m.message}`)),
  };
}

describe('config-unmatched', () => {
  it('warns at an infra pool name no pool has, and at a glob that matches no linted file', async () => {
    const root = await workspace({ '.calico-lint.yaml': CONFIG, 'clusters/prod/pools.yaml': POOLS });
    assert.deepEqual(run(['.'], root), {
      status: 0,
      findings: [
        '.calico-lint.yaml:2:11 config-unmatched/1 infraPools[0].name: no linted IPPool or Installation pool is named "infra-cl" ' +
          '(did you mean "infra-ci"?), so the infra-pool checks do nothing for it.',
        '.calico-lint.yaml:6:33 config-unmatched/1 clusters[0].paths[1]: "clusters/prdo/**" matches no linted file, ' +
          'so cluster "prod" gets none from it (paths start from ".").',
      ],
    });
  });

  it('warns at a helmValues glob that matches no linted file; a matching one reads the values file', async () => {
    const config = 'helmValues:\n  - paths: [calico-values.yaml, calico-valeus.yaml]\n    chart: tigera-operator\n';
    // Not a tigera-operator values file by content (no calicoNetwork field, no tigeraOperator): read because declared.
    const values = 'installation:\n  calicoNetwork:\n    ipPool: []\n    ipPools:\n    - cidr: 10.244.0.1/16\n';
    const root = await workspace({ '.calico-lint.yaml': config, 'calico-values.yaml': values });
    const result = run(['.'], root);
    assert.deepEqual(result.findings.map((finding) => finding.replace(/ has host bits set.*/, '')), [
      '.calico-lint.yaml:2:33 config-unmatched/1 helmValues[0].paths[1]: "calico-valeus.yaml" matches no linted file, ' +
        'so no tigera-operator values are read from it (paths start from ".").',
      // The decoy field is read too, by the schema check (a misspelling of ipPools).
      'calico-values.yaml:3:5 crd-schema-valid/2 installation.calicoNetwork.ipPool is not a field of Installation (operator.tigera.io/v1) in Calico v3.32: ' +
        'kubectl refuses it (strict field validation), and server-side apply, GitOps tools and `--validate=false` drop it with at most a warning, ' +
        'so its setting is silently lost. Did you mean `ipPools`?',
      'calico-values.yaml:5:13 ippool-valid/2 ipPools[0].cidr "10.244.0.1/16"',
    ]);
  });

  it('with the name corrected, the infra check runs and finds the real mistake', async () => {
    const root = await workspace({
      '.calico-lint.yaml': CONFIG.replace('infra-cl', 'infra-ci').replace(', "clusters/prdo/**"', ''),
      'clusters/prod/pools.yaml': POOLS,
    });
    const result = run(['.'], root);
    assert.deepEqual(result.findings.map((f) => f.split(' ')[1]), ['ippool-infra-node-selector/2']);
  });

  it('says nothing when the run did not cover what the entry is about', async () => {
    const root = await workspace({
      '.calico-lint.yaml': CONFIG,
      'clusters/prod/pools.yaml': POOLS,
      'apps/web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {}\n',
    });
    // One subfolder: pools and other clusters may be elsewhere.
    assert.deepEqual(run(['apps'], root), { status: 0, findings: [] });
    assert.deepEqual(run(['clusters/prod/pools.yaml'], root).findings.filter((f) => f.includes('config-unmatched')), []);
  });

  it('can be turned off or made an error like any rule', async () => {
    const off = await workspace({ '.calico-lint.yaml': `${CONFIG}rules: {config-unmatched: off}\n`, 'clusters/prod/pools.yaml': POOLS });
    assert.deepEqual(run(['.'], off), { status: 0, findings: [] });
    const error = await workspace({ '.calico-lint.yaml': `${CONFIG}rules: {config-unmatched: error}\n`, 'clusters/prod/pools.yaml': POOLS });
    assert.equal(run(['.'], error).status, 1);
  });
});
