/**
 * `--format rdjson` / `rdjsonl` (reviewdog's Diagnostic Format), validated
 * against reviewdog's published JSON schemas (vendored in test/schemas/reviewdog,
 * see ORIGIN.md) with ajv. The published schemas allow any extra property, so
 * each is also checked in a strict copy that allows none: a misspelt field
 * (`relatedLocations`) would otherwise pass and be ignored by reviewdog.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';

// A CommonJS module: its class is the default export's `default`.
const Ajv04 = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as new (options: object) => { compile(schema: object): ValidateFunction };
import { REPO_ROOT, runBin, workspace } from './helpers/cli.js';

const SCHEMAS = path.join(REPO_ROOT, 'test/schemas/reviewdog');

function schema(name: string, strict: boolean): object {
  const parsed = JSON.parse(readFileSync(path.join(SCHEMAS, `${name}.json`), 'utf8')) as object;
  if (!strict) return parsed;
  const closed = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(closed);
    if (typeof node !== 'object' || node === null) return node;
    const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closed(value)]));
    // Objects with properties are closed; a `$ref` beside `additionalProperties` (as generated) keeps the referenced definition's.
    if ('properties' in copy) copy.additionalProperties = false;
    else if ('$ref' in copy) delete copy.additionalProperties;
    return copy;
  };
  return closed(parsed) as object;
}

function validator(name: string, strict: boolean) {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  return ajv.compile(schema(name, strict));
}

const FILES = {
  '.calico-lint.yaml': 'infraPools: [{name: infra, allowedNamespaces: [ci]}]\n',
  'pools.yaml': [
    'apiVersion: projectcalico.org/v3',
    'kind: IPPool',
    'metadata:',
    '  name: infra   # “infra” pool',
    'spec:',
    '  cidr: 100.64.0.1/16',
    '  nodeSelector: !all()',
    '---',
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: runner',
    '  namespace: ci',
    '  annotations:',
    '    cni.projectcalico.org/ipv4pools: “["infra"]”',
    'spec:',
    '  hostNetwork: true',
    '  containers: [{name: c, image: busybox}]',
    '',
  ].join('\n'),
};

describe('rdjson and rdjsonl formats (reviewdog Diagnostic Format)', () => {
  it('validates against reviewdog\'s DiagnosticResult schema, strict, with suggestions', async () => {
    const cwd = await workspace(FILES);
    const run = runBin(['-f', 'rdjson'], { cwd });
    assert.equal(run.status, 1, run.stderr);
    const result = JSON.parse(run.stdout) as { source: unknown; diagnostics: Array<Record<string, any>> };
    for (const strict of [false, true]) {
      const validate = validator('DiagnosticResult', strict);
      assert.ok(validate(result), JSON.stringify(validate.errors));
    }
    assert.deepEqual(result.source, { name: 'calico-lint', url: 'https://github.com/calico-lint/calico-lint' });
    const byRule = new Map(result.diagnostics.map((d) => [d.code.value as string, d]));
    const tag = byRule.get('selector-yaml-tag')!;
    assert.deepEqual(tag.location, { path: 'pools.yaml', range: { start: { line: 7, column: 17 }, end: { line: 7, column: 23 } } });
    assert.equal(tag.severity, 'ERROR');
    assert.deepEqual(tag.suggestions, [{ range: { start: { line: 7, column: 17 }, end: { line: 7, column: 23 } }, text: '"!all()"' }]);
    assert.match(tag.code.url, /docs\/rules\/selector-yaml-tag\.md$/);
    // The fix's end lies after `“` and `”` (3 bytes each in UTF-8, 1 UTF-16 unit): reviewdog's byte column is 4 more.
    const annotation = byRule.get('pool-annotation-valid')!;
    const line = FILES['pools.yaml'].split('\n')[14]!;
    assert.deepEqual(annotation.location.range.start, { line: 15, column: line.indexOf('“') + 1 });
    assert.deepEqual(annotation.suggestions[0].range.end, { line: 15, column: line.length + 1 + 4 });
    assert.equal(annotation.suggestions[0].text, '\'["infra"]\'');
    // A suggestion when there is no safe fix: the strictly masked CIDR.
    const cidr = result.diagnostics.find((d) => d.code.value === 'ippool-valid' && /host bits/.test(d.message))!;
    assert.deepEqual(cidr.suggestions, [{ range: { start: { line: 6, column: 9 }, end: { line: 6, column: 22 } }, text: '100.64.0.0/16' }]);
  });

  it('rdjsonl: one Diagnostic per line, each valid against the Diagnostic schema', async () => {
    const cwd = await workspace(FILES);
    const run = runBin(['-f', 'rdjsonl'], { cwd });
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.ok(lines.length >= 4);
    const strict = validator('Diagnostic', true);
    for (const line of lines) assert.ok(strict(JSON.parse(line)), `${line}: ${JSON.stringify(strict.errors)}`);
  });

  it('the schema check is not vacuous: a misspelt or mistyped field fails', () => {
    const strict = validator('Diagnostic', true);
    assert.equal(strict({ message: 'x', location: { path: 'a', range: { start: { line: 1, column: 1 } } }, relatedLocations: [] }), false);
    const loose = validator('Diagnostic', false);
    assert.equal(loose({ message: 'x', severity: 'FATAL' }), false);
    assert.equal(loose({ message: 1 }), false);
  });
});
