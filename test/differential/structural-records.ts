/** The recorded kubectl verdicts on the structural inputs, and the per-family summary. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StructuralInput } from './structural.js';
import { isStructuralMiss, type StructuralVerdict } from './structural-oracle.js';

export const STRUCTURAL_EXPECTED_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'structural-expected.json');

export function structuralRecords(): Record<string, StructuralVerdict> {
  return JSON.parse(readFileSync(STRUCTURAL_EXPECTED_FILE, 'utf8')) as Record<string, StructuralVerdict>;
}

export interface FamilyCount {
  inputs: number;
  /** kubectl (or Helm) creates a violation, or Helm refuses the values. */
  violations: number;
  misses: string[];
}

/** Inputs, kubectl violations and calico-lint's silent misses per family. */
export function familyCounts(
  inputs: readonly StructuralInput[],
  records: Record<string, StructuralVerdict>,
  calico: (input: StructuralInput) => string[],
): Map<string, FamilyCount> {
  const counts = new Map<string, FamilyCount>();
  for (const input of inputs) {
    const verdict = records[input.name]!;
    const count = counts.get(input.family) ?? { inputs: 0, violations: 0, misses: [] };
    counts.set(input.family, count);
    count.inputs++;
    if (verdict.kubectl.length === 0 && !verdict.valuesRefused) continue;
    count.violations++;
    if (isStructuralMiss(verdict, calico(input))) count.misses.push(input.name);
  }
  return counts;
}

export function familyTable(
  inputs: readonly StructuralInput[],
  records: Record<string, StructuralVerdict>,
  calico: (input: StructuralInput) => string[],
): string {
  const rows = [...familyCounts(inputs, records, calico)].map(([family, c]) => `${family}: ${c.inputs} inputs, ${c.violations} kubectl violations, ${c.misses.length} silent misses${c.misses.length > 0 ? `\n  ${c.misses.slice(0, 30).join('\n  ')}` : ''}`);
  return rows.join('\n');
}
