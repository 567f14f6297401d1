/**
 * Times the CIDR-overlap rule alone (no parsing) on many pools of one
 * cluster: it must stay O(n log n).
 */
import { ippoolCidrOverlap } from '../rules/ippool-cidr-overlap.js';
import { configSchema } from '../src/config/schema.js';
import type { Finding } from '../src/engine/finding.js';
import { groupByScope, runRules } from '../src/engine/run-rules.js';
import type { SourceDocument } from '../src/parse/source.js';
import { resourcesOf } from '../src/resources/resource.js';

export function overlapBenchmark(count: number): { pools: number; milliseconds: number; findings: number } {
  const config = { ...configSchema.parse({}), baseDir: '/bench', filePath: undefined };
  const here = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const resources = Array.from({ length: count }, (_, i) => {
    // Disjoint /28s, plus one pool in every thousand overlapping its neighbour.
    const base = (10 << 24) + i * 16 - (i % 1000 === 999 ? 8 : 0);
    const cidr = `${[24, 16, 8, 0].map((s) => (base >>> s) & 255).join('.')}/28`;
    const doc: SourceDocument = {
      filePath: '/bench/pools.yaml',
      index: i,
      value: { apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: `p${i}` }, spec: { cidr } },
      unresolvedTags: [],
      locate: () => here,
      has: () => true,
    };
    return resourcesOf(doc, config)[0]!;
  });
  // Timed from the pool index (every CIDR parsed) to the findings.
  const started = performance.now();
  const scopes = groupByScope(resources, () => 'default', config);
  const findings: Finding[] = runRules([{ rule: ippoolCidrOverlap, severity: 2 }], scopes, config);
  return { pools: count, milliseconds: performance.now() - started, findings: findings.length };
}
