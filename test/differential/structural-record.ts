/**
 * Records kubectl's verdicts on the structural inputs (structural-expected.json)
 * and prints, per family, the inputs, those where kubectl creates a violation
 * (or Helm refuses the values), and calico-lint's silent misses:
 *   node --import tsx test/differential/structural-record.ts
 * Review the diff before committing: a verdict that changes is kubectl's reading changing.
 */
import { writeFileSync } from 'node:fs';
import { STRUCTURAL_EXPECTED_FILE, familyTable } from './structural-records.js';
import { structuralInputs } from './structural.js';
import { structuralCalico, structuralVerdicts, type StructuralVerdict } from './structural-oracle.js';

const inputs = structuralInputs();
const verdicts = structuralVerdicts(inputs);
const records: Record<string, StructuralVerdict> = {};
inputs.forEach((input, i) => (records[input.name] = verdicts[i]!));
if (!process.argv.includes('--dry-run')) writeFileSync(STRUCTURAL_EXPECTED_FILE, `${JSON.stringify(records, null, 0).replace(/\},"/g, '},\n"')}\n`);
console.log(familyTable(inputs, records, structuralCalico));
