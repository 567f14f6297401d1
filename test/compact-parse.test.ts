/**
 * Documents no rule can use are taken out of a text before it is parsed, and
 * the empty lines they leave are counted back into line numbers
 * (compactIrrelevantDocuments, parse-manifest.ts's linesOf). Findings, their
 * positions, suppression comments (which name the next content line) and parse
 * errors at the end of a file must be those of parsing every document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allRules } from '../rules/index.js';
import { lintSources } from '../src/lint.js';
import { compactIrrelevantDocuments, expandGaps } from '../src/parse/blank-documents.js';
import { makeConfig } from './helpers/rule-tester.js';

const irrelevant = [
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "1"\n\n\n  b: "2"\n',
  '# a comment\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: ippools.crd.projectcalico.org\nspec:\n  names: {kind: IPPool}\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: b}]\n',
];
const relevant = [
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: n\nspec:\n  hostNetwork: true\n  containers: [{name: a, image: b}]\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: q\n  namespace: n\nspec:\n  # calico-lint-disable-next-line no-host-network -- a test\n\n  hostNetwork: true\n  containers: [{name: a, image: b}]\n',
  'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: a}\nspec:\n  cidr: 10.0.0.0/33\n  nodeSelector: "!all()"\n',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: r, namespace: n}\nspec:\n  hostNetwork: [true\n',
];
const config = makeConfig();
const lint = (text: string, parseAll: boolean) =>
  lintSources([{ filePath: '/repo/a.yaml', text }], { config, rules: allRules, parseAll })
    .map((f) => `${f.ruleId} ${f.range.line}:${f.range.column}-${f.range.endLine}:${f.range.endColumn} ${f.message}`);

describe('documents taken out before parsing', () => {
  it('leave findings, positions, suppressions and end-of-file errors as a full parse gives them, on random files', () => {
    const document = fc.oneof(fc.constantFrom(...irrelevant), fc.constantFrom(...relevant));
    const separator = fc.constantFrom('---\n', '--- # next\n', '...\n---\n');
    const file = fc.tuple(fc.array(fc.tuple(document, separator), { maxLength: 6 }), document, fc.constantFrom('', '\n', '\n\n\n'))
      .map(([pairs, last, tail]) => `${pairs.map(([doc, sep]) => doc + sep).join('')}${last}${tail}`);
    fc.assert(fc.property(file, (text) => {
      assert.deepEqual(lint(text, false), lint(text, true));
    }), { numRuns: 400 });
  });

  it('puts a parse error at the end of a file after an irrelevant document on its line as written', () => {
    const text = `${relevant[0]}---\n${irrelevant[0]}---\nkind: Pod\nspec: {hostNetwork: [true\n`;
    assert.deepEqual(lint(text, false), lint(text, true));
    assert.ok(lint(text, false).some((f) => f.startsWith('null 22:')), lint(text, false).join('\n'));
  });

  it('leaves out the empty lines of documents taken out, and records them to be put back', () => {
    const text = `${relevant[0]}---\n${irrelevant[0]}---\n${relevant[0]}---\n${irrelevant[2]}`;
    const compact = compactIrrelevantDocuments(text, (doc) => doc.includes('hostNetwork'));
    assert.equal(compact.text, `${relevant[0]}---\n~\n---\n${relevant[0]}---\n~`);
    assert.deepEqual([...compact.gaps!], [relevant[0]!.length + 5, 8, compact.text.length, 7]);
    assert.equal(expandGaps(compact), `${relevant[0]}---\n~${'\n'.repeat(8)}\n---\n${relevant[0]}---\n~${'\n'.repeat(7)}`);
  });
});
