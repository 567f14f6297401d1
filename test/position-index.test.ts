/**
 * Positions from the index built during the one parse (src/parse/position-index.ts)
 * must be exactly those of walking the syntax tree of a fresh parse, for every
 * path of every document, present or missing, key or value, including paths
 * into parts the slimmed value dropped (answered by parsing again).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { generate } from '../bench/generate.js';
import { allRules } from '../rules/index.js';
import { EVERYTHING, relevanceGate, type RelevanceGate } from '../src/engine/relevance.js';
import { lazyDocuments, parseText, compactAnalysis, interner } from '../src/analyze/analyze-file.js';
import { textToParse } from '../src/analyze/prepare-analysis.js';
import { parseManifest } from '../src/parse/parse-manifest.js';
import type { Path } from '../src/parse/source.js';

async function yamlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    if ((await stat(file)).isDirectory()) found.push(...(await yamlFiles(file)));
    else if (/\.(?:ya?ml|json)$/.test(name)) found.push(file);
  }
  return found.sort();
}

/** Every path of a value (at most `limit`), each also with a missing key and a missing item after it. */
function pathsOf(value: unknown, limit: number): Path[] {
  const paths: Path[] = [];
  const visit = (node: unknown, at: Path): void => {
    if (paths.length >= limit) return;
    paths.push(at, [...at, 'no-such-key'], [...at, 9999]);
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...at, i]));
    else if (typeof node === 'object' && node !== null) for (const [key, child] of Object.entries(node)) visit(child, [...at, key]);
  };
  visit(value, []);
  return paths;
}

async function compareFiles(files: readonly string[], gate: RelevanceGate): Promise<number> {
  let compared = 0;
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const toParse = textToParse(text, gate);
    if (toParse === undefined) continue;
    const analysis = parseText(file, toParse);
    const fresh = new Map(parseManifest(file, text).documents.map((doc) => [doc.index, doc]));
    for (const doc of lazyDocuments(analysis, () => text)) {
      const reference = fresh.get(doc.index)!;
      assert.ok(analysis.documents.find((d) => d.index === doc.index)?.positions, `${file}: positions indexed`);
      for (const p of pathsOf(reference.value, 3000)) {
        for (const part of ['value', 'key'] as const) {
          assert.deepEqual(doc.locate(p, part), reference.locate(p, part), `${file} document ${doc.index} ${JSON.stringify(p)} ${part}`);
          compared++;
        }
      }
    }
  }
  return compared;
}

describe('positions from the one parse', () => {
  it('match a fresh parse on the fixtures, every document parsed', async () => {
    const compared = await compareFiles(await yamlFiles(path.resolve(import.meta.dirname, '../fixtures')), EVERYTHING);
    assert.ok(compared > 1000, `${compared} positions compared`);
  });

  it('match a fresh parse on projectcalico/calico\'s manifests, CRDs and other irrelevant documents blanked', async () => {
    const compared = await compareFiles(await yamlFiles(path.resolve(import.meta.dirname, '../bench/real/calico')), relevanceGate(allRules));
    assert.ok(compared > 10_000, `${compared} positions compared`);
  });

  it('match a fresh parse on generated repositories', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-positions-'));
    let compared = 0;
    for (const mode of ['sparse', 'dense'] as const) {
      await generate({ out: path.join(root, mode), mode, files: 300, seed: 3 });
      compared += await compareFiles(await yamlFiles(path.join(root, mode)), relevanceGate(allRules));
    }
    assert.ok(compared > 10_000, `${compared} positions compared`);
  });

  it('match a fresh parse past 64 KB of text (32-bit numbers) and under it (16-bit)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-positions-wide-'));
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: web, "1": one}\nspec:\n  hostNetwork: true\n  containers:\n    - name: web\n      image: nginx\n';
    const padding = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${Array.from({ length: 3000 }, (_, i) => `  key${i}: "${'x'.repeat(20)}"\n`).join('')}`;
    const small = path.join(dir, 'small.yaml');
    const wide = path.join(dir, 'wide.yaml');
    await writeFile(small, pod);
    await writeFile(wide, `${padding}---\n${pod}`);
    assert.ok(parseText(small, { text: pod }).positionData instanceof Uint16Array);
    assert.ok(parseText(wide, { text: await readFile(wide, 'utf8') }).positionData instanceof Int32Array);
    assert.ok(await compareFiles([small, wide], EVERYTHING) > 100);
  });

  it('come from the second read of a file the `yaml` package refused (flow re-laid as kubectl reads it), each document once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'calico-lint-positions-relaid-'));
    const file = path.join(dir, 'relaid.yaml');
    // The second document's under-indented flow sequence makes the first read fail; kubectl reads it.
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  hostNetwork: true\n---\n' +
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  labels: {x: y}\nspec:\n  hostNetwork: true\n  tolerations: [\n  {operator: Exists}\n  ]\n';
    await writeFile(file, text);
    const analysis = parseText(file, { text });
    assert.deepEqual(analysis.problems, []);
    assert.deepEqual(analysis.documents.map((doc) => doc.index), [0, 1]);
    assert.deepEqual(analysis.documents.map((doc) => doc.value), parseManifest(file, text).documents.map((doc) => doc.value));
    assert.ok(await compareFiles([file], EVERYTHING) > 50);
  });

  it('survive the copy a worker thread sends', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostNetwork: true\n';
    const copy = compactAnalysis(structuredClone(parseText('pod.yaml', { text })), 'pod.yaml', interner());
    const [doc] = lazyDocuments(copy, () => assert.fail('no second parse'));
    assert.deepEqual(doc!.locate(['spec', 'hostNetwork']), { line: 6, column: 16, endLine: 6, endColumn: 20 });
    assert.deepEqual(doc!.locate(['spec', 'hostNetwork'], 'key'), { line: 6, column: 3, endLine: 6, endColumn: 14 });
  });
});
