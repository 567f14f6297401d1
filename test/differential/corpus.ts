/** The committed corpus: one small manifest per way kubectl and YAML 1.2 parsers part (see README.md beside it). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Input } from './oracle.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = path.join(HERE, 'corpus');
export const EXPECTED_FILE = path.join(HERE, 'expected.json');

export interface CorpusExpectation {
  /** Rule ids of the errors in the objects kubectl creates (recorded from kubectl 1.32). */
  kubectl: string[];
  /** calico-lint's errors, default mode: rule id (null: the file or construct is refused), line, column, message start. */
  calico: Array<[string | null, number, number, string]>;
}

export function corpusInputs(): Input[] {
  return readdirSync(CORPUS_DIR)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(CORPUS_DIR, name)) }));
}

export function expectations(): Record<string, CorpusExpectation> {
  return JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Record<string, CorpusExpectation>;
}
