/**
 * Issue 19 item 1: the operator names an unnamed Installation pool after the
 * pool already in the cluster with its CIDR (tigera/operator
 * pkg/controller/ippool/defaults.go:169-174 builds the lookup,
 * defaults.go:225-229 uses it; then default-ipv4/6-ippool for one pool or one
 * of each family, 230-244, else cidrToName, 245-250). With --base the base
 * side's pools are the cluster's pools. Each case is a real Git repository
 * linted with --base through the CLI's pipeline.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lintFiles } from '../src/pipeline.js';
import { PoolIndex } from '../src/resources/pool-index.js';
import { lintSources } from '../src/lint.js';
import { makeConfig } from './helpers/rule-tester.js';
import { gitRepo, type Files, type HeadFiles } from './helpers/git-repo.js';

const installation = (pools: string) =>
  `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools:\n${pools}`;
const namespace = (name: string, pools: string) =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  annotations:\n    cni.projectcalico.org/ipv4pools: '${pools}'\n`;
const ONE = '    - cidr: 10.48.0.0/16\n';
const TWO = '    - cidr: 10.48.0.0/16\n    - cidr: 10.49.0.0/16\n';
const RULES = new Set(['installation-pool-change', 'ippool-removed-in-use', 'pool-annotation-valid']);

interface Found { rule: string; file: string; line: number; message: string }

async function findings(base: Files, head: HeadFiles, withBase = true): Promise<Found[]> {
  const root = await gitRepo(base, head);
  const run = await lintFiles({ patterns: ['.'], cwd: root, base: withBase ? 'main' : undefined, threads: 1 });
  return run.results.flatMap((result) => result.messages
    .filter((message) => message.ruleId !== null && RULES.has(message.ruleId))
    .map((message) => ({ rule: message.ruleId!, file: path.relative(root, result.filePath), line: message.line, message: message.message })));
}

describe('operator pool naming follows the pools in the cluster (defaults.go:169-174, 225-229)', () => {
  it('valid: a second unnamed pool beside the only unnamed one keeps default-ipv4-ippool (defaults.go:226-229), the new one is 10.49.0.0-16 (defaults.go:245-250)', async () => {
    const base = { 'i.yaml': installation(ONE), 'ns.yaml': namespace('infra', '["default-ipv4-ippool"]') };
    const head = { 'i.yaml': installation(TWO), 'ns2.yaml': namespace('batch', '["10.49.0.0-16"]') };
    assert.deepEqual(await findings(base, head), []);
  });

  it('invalid without --base: on a new cluster the two unnamed pools are 10.48.0.0-16 and 10.49.0.0-16 (defaults.go:245-250)', async () => {
    const base = { 'i.yaml': installation(ONE), 'ns.yaml': namespace('infra', '["default-ipv4-ippool"]') };
    const head = { 'i.yaml': installation(TWO) };
    const found = await findings(base, head, false);
    assert.deepEqual(found.map(({ rule, file, line }) => ({ rule, file, line })), [{ rule: 'pool-annotation-valid', file: 'ns.yaml', line: 6 }]);
    assert.match(found[0]!.message, /"default-ipv4-ippool"/);
  });

  it('valid: one of two unnamed pools removed: the other keeps its CIDR name 10.48.0.0-16, not default-ipv4-ippool (defaults.go:226-229)', async () => {
    const base = { 'i.yaml': installation(TWO), 'ns.yaml': namespace('infra', '["10.48.0.0-16"]') };
    assert.deepEqual(await findings(base, { 'i.yaml': installation(ONE) }), []);
  });

  it('valid: a base IPPool of the same CIDR names the new unnamed Installation pool (the operator takes it over)', async () => {
    const ippool = 'apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: legacy\nspec:\n  cidr: 10.48.0.0/16\n  ipipMode: Always\n  natOutgoing: true\n  nodeSelector: all()\n  blockSize: 26\n';
    const base = { 'p.yaml': ippool, 'ns.yaml': namespace('infra', '["legacy"]') };
    assert.deepEqual(await findings(base, { 'p.yaml': null, 'i.yaml': installation(ONE) }), []);
  });

  it('invalid: the pool the base named 10.49.0.0-16 removed while requested (ippool-removed-in-use, pool-annotation-valid)', async () => {
    const base = { 'i.yaml': installation(TWO), 'ns.yaml': namespace('batch', '["10.49.0.0-16"]') };
    const found = await findings(base, { 'i.yaml': installation(ONE) });
    assert.deepEqual(found.map(({ rule, file, line }) => ({ rule, file, line })), [
      { rule: 'ippool-removed-in-use', file: 'ns.yaml', line: 6 },
      { rule: 'pool-annotation-valid', file: 'ns.yaml', line: 6 },
    ]);
    assert.match(found[0]!.message, /^pool "10\.49\.0\.0-16" is removed in this change but namespace "batch" still requests it/);
  });

  it('invalid: the only unnamed pool given another CIDR: still default-ipv4-ippool, a CIDR change in place (installation-pool-change)', async () => {
    const base = { 'i.yaml': installation(ONE) };
    const found = await findings(base, { 'i.yaml': installation('    - cidr: 10.50.0.0/16\n') });
    assert.deepEqual(found.map(({ rule, line }) => ({ rule, line })), [{ rule: 'installation-pool-change', line: 8 }]);
    assert.match(found[0]!.message, /^Installation pool "default-ipv4-ippool" changes cidr from "10\.48\.0\.0\/16" to "10\.50\.0\.0\/16"/);
  });

  it('invalid: a request for the CIDR name of a pool the base named default-ipv4-ippool (pool-annotation-valid)', async () => {
    const base = { 'i.yaml': installation(ONE) };
    const found = await findings(base, { 'i.yaml': installation(TWO), 'ns.yaml': namespace('infra', '["10.48.0.0-16"]') });
    assert.deepEqual(found.map(({ rule, file, line }) => ({ rule, file, line })), [{ rule: 'pool-annotation-valid', file: 'ns.yaml', line: 6 }]);
    assert.match(found[0]!.message, /"10\.48\.0\.0-16"/);
  });
});

describe('which live pool name an unnamed Installation pool takes, per release', () => {
  const names = (live: string | undefined, head: string, calicoVersion: string): Array<string | undefined> => {
    const config = makeConfig({ calicoVersion });
    const index = (text: string, livePools?: PoolIndex) => {
      let captured: PoolIndex | undefined;
      lintSources([{ filePath: '/repo/x.yaml', text }], { config, rules: [], parseAll: true, onScopes: (scopes) => (captured = scopes[0]?.pools) });
      assert.ok(captured);
      return livePools === undefined ? captured : captured.namedAfter(livePools);
    };
    return index(head, live === undefined ? undefined : index(live)).pools.filter((pool) => pool.definition.origin === 'Installation').map((pool) => pool.name);
  };
  const ippool = (name: string, cidr: string) => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n---\n`;

  it('v3.33 (operator v1.44, defaults.go:172 and 226: normalizeCIDR): fd00:0::/48 is the live pool fd00::/48', () => {
    assert.deepEqual(names(ippool('v6', 'fd00:0::/48'), installation('    - cidr: fd00::/48\n'), '3.33'), ['v6']);
  });

  it('v3.32 (operator v1.43, defaults.go:157 and 211: the CIDR as written): fd00:0::/48 is another pool', () => {
    assert.deepEqual(names(ippool('v6', 'fd00:0::/48'), installation('    - cidr: fd00::/48\n'), '3.32'), ['default-ipv6-ippool']);
    assert.deepEqual(names(ippool('v6', 'fd00::/48'), installation('    - cidr: fd00::/48\n'), '3.32'), ['v6']);
  });

  it('two live pools with one CIDR: the later by name wins (the API lists by name; defaults.go:171-173 overwrites)', () => {
    const live = ippool('zeta', '10.48.0.0/16') + ippool('alpha', '10.48.0.0/16');
    assert.deepEqual(names(live, installation(ONE), '3.32'), ['zeta']);
  });

  it('live pools come before this side\'s IPPools; a dual-stack pair is default-ipv4/6-ippool (defaults.go:238-244)', () => {
    const head = ippool('new-name', '10.48.0.0/16') + installation('    - cidr: 10.48.0.0/16\n    - cidr: fd00::/48\n');
    assert.deepEqual(names(ippool('old-name', '10.48.0.0/16'), head, '3.32'), ['old-name', 'default-ipv6-ippool']);
    assert.deepEqual(names(undefined, head, '3.32'), ['new-name', 'default-ipv6-ippool']);
  });
});
