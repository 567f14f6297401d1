/** The fast blanking (src/parse/blank-documents.ts) gives exactly the text of the reference in parse-manifest.ts. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allRules } from '../rules/index.js';
import { isCustomResourceDefinition, relevanceGate } from '../src/engine/relevance.js';
import { blankIrrelevantDocumentsFast } from '../src/parse/blank-documents.js';
import { blankIrrelevantDocuments } from '../src/parse/parse-manifest.js';

describe('blankIrrelevantDocumentsFast', () => {
  it('agrees with blankIrrelevantDocuments on random texts', () => {
    const pieces = fc.constantFrom('---', '...', '--- # c', '--- |', '---x', '\n', '\r', '\r\n', ' ', '\t', '#', '%YAML 1.1', '%', 'kind: IPPool', 'a: b',
      'IPPool', '~', '\u00a0', '\u2028', '\ufeff', '-', '.', 'x');
    const isRelevant = (doc: string) => doc.includes('IPPool');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')), (text) =>
      blankIrrelevantDocumentsFast(text, isRelevant) === blankIrrelevantDocuments(text, isRelevant)), { numRuns: 20_000 });
  });

  it('agrees with blankIrrelevantDocuments on projectcalico/calico\'s manifests, and asks about the same documents', () => {
    const gate = relevanceGate(allRules);
    const root = path.resolve(import.meta.dirname, '../bench/real/calico');
    const files: string[] = [];
    const list = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) list(file);
        else if (/\.ya?ml$/.test(name)) files.push(file);
      }
    };
    list(root);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const asked: string[][] = [[], []];
      const relevant = (n: number) => (doc: string) => {
        asked[n]!.push(doc);
        return !isCustomResourceDefinition(doc) && gate.isRelevant(doc);
      };
      assert.equal(blankIrrelevantDocumentsFast(text, relevant(0)), blankIrrelevantDocuments(text, relevant(1)), file);
      assert.deepEqual(asked[0], asked[1], file);
    }
  });
});
