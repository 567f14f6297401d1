/**
 * The engine with synthetic rules: severities from config, quiet mode,
 * project rules per cluster scope, related locations.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectRule, ResourceRule } from '../src/engine/rule.js';
import { lintSources } from '../src/lint.js';
import { makeConfig } from './helpers/rule-tester.js';

const meta = {
  description: 'a rule used only by the engine tests',
  remediation: 'nothing to do, it is a test',
  docsUrl: 'https://example.invalid/rule.md',
  fixable: false as const,
};

/** Reports every resource at its name. */
const everyResource: ResourceRule = {
  meta: { ...meta, id: 'every-resource', defaultSeverity: 'warn', scope: 'resource' },
  check(resource, context) {
    context.report({ resource, message: `saw ${resource.displayName}` });
  },
};

/** Reports, per scope, how many pools it holds, at the first pool, related to the others. */
const poolCount: ProjectRule = {
  meta: { ...meta, id: 'pool-count', defaultSeverity: 'error', scope: 'project' },
  check(project, context) {
    const pools = project.resources.flatMap((resource) => resource.pools);
    const [first, ...others] = pools;
    if (!first) return;
    context.report({
      resource: first.resource,
      path: [...first.specPath, 'cidr'],
      message: `${project.name}: ${pools.length} pools`,
      related: others.map((pool) => ({ resource: pool.resource, path: pool.namePath, message: `also ${pool.name}` })),
    });
  },
};

const pool = (name: string, cidr: string) =>
  `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n`;

const sources = [
  { filePath: '/repo/clusters/a/pools.yaml', text: pool('a1', '10.0.0.0/16') + '---\n' + pool('a2', '10.1.0.0/16') },
  { filePath: '/repo/clusters/b/pools.yaml', text: pool('b1', '10.0.0.0/16') },
  { filePath: '/repo/shared/pool.yaml', text: pool('s1', '10.9.0.0/16') },
];

describe('engine', () => {
  it('runs project rules once per cluster scope, with related locations', () => {
    const config = makeConfig({
      clusters: [
        { name: 'a', paths: ['clusters/a/**'] },
        { name: 'b', paths: ['clusters/b/**'] },
      ],
    });
    const findings = lintSources(sources, { config, rules: [poolCount] });
    assert.deepEqual(findings, [
      {
        ruleId: 'pool-count',
        severity: 2,
        message: 'a: 2 pools',
        filePath: '/repo/clusters/a/pools.yaml',
        range: { line: 6, column: 9, endLine: 6, endColumn: 20 },
        related: [{
          filePath: '/repo/clusters/a/pools.yaml',
          range: { line: 11, column: 9, endLine: 11, endColumn: 11 },
          message: 'also a2',
        }],
        fingerprintKey: 'IPPool/a1 spec.cidr; related IPPool/a2 metadata.name',
      },
      {
        ruleId: 'pool-count', severity: 2, message: 'b: 1 pools', filePath: '/repo/clusters/b/pools.yaml',
        range: { line: 6, column: 9, endLine: 6, endColumn: 20 }, fingerprintKey: 'IPPool/b1 spec.cidr',
      },
      {
        ruleId: 'pool-count', severity: 2, message: 'default: 1 pools', filePath: '/repo/shared/pool.yaml',
        range: { line: 6, column: 9, endLine: 6, endColumn: 20 }, fingerprintKey: 'IPPool/s1 spec.cidr',
      },
    ]);
    // The cluster scope rides along for reports (GitHub's line hash), kept out of JSON.
    assert.deepEqual(findings.map((f) => f.cluster), ['a', 'b', 'default']);
    assert.doesNotMatch(JSON.stringify(findings), /"cluster"/);
  });

  it('puts everything in one scope when no clusters are configured', () => {
    const findings = lintSources(sources, { config: makeConfig(), rules: [poolCount] });
    assert.deepEqual(findings.map((f) => f.message), ['default: 4 pools']);
  });

  it('takes severities from the configuration, and --quiet skips warning rules', () => {
    const rules = [everyResource, poolCount];
    const run = (contents: Parameters<typeof makeConfig>[0], quiet = false) =>
      lintSources(sources.slice(2), { config: makeConfig(contents), rules, quiet }).map((f) => `${f.ruleId}:${f.severity}`);
    assert.deepEqual(run({}), ['every-resource:1', 'pool-count:2']);
    assert.deepEqual(run({}, true), ['pool-count:2']);
    assert.deepEqual(run({ rules: { 'every-resource': 'error', 'pool-count': 'warn' } }), ['every-resource:2', 'pool-count:1']);
    assert.deepEqual(run({ rules: { 'every-resource': 'off', 'pool-count': 'off' } }), []);
  });

  it('reports a resource-level finding at metadata.name, or at kind when there is no name', () => {
    const findings = lintSources(
      [{ filePath: '/repo/x.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n---\napiVersion: v1\nkind: Pod\n' }],
      { config: makeConfig(), rules: [everyResource] },
    );
    assert.deepEqual(findings.map((f) => [f.message, f.range]), [
      ['saw Pod/default/p', { line: 4, column: 9, endLine: 4, endColumn: 10 }],
      ['saw Pod/default/(unnamed)', { line: 7, column: 7, endLine: 7, endColumn: 10 }],
    ]);
  });

  it('turns unreadable sources into fatal findings and goes on', () => {
    const findings = lintSources(
      [
        { filePath: '/repo/bin.yaml', text: '', problem: 'binary file (contains NUL bytes), not a manifest' },
        { filePath: '/repo/ok.yaml', text: pool('x', '10.0.0.0/8') },
      ],
      { config: makeConfig(), rules: [poolCount] },
    );
    assert.deepEqual(findings.map((f) => [f.filePath, f.ruleId, f.fatal ?? false, f.message]), [
      ['/repo/bin.yaml', null, true, 'binary file (contains NUL bytes), not a manifest'],
      ['/repo/ok.yaml', 'pool-count', false, 'default: 1 pools'],
    ]);
  });
});
