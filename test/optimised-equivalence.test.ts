/**
 * The fast path (only relevant texts parsed, worker threads) and the plain
 * one (--parse-all --threads 1: every file parsed, in one thread) must give
 * identical findings on the generated benchmark repositories, and those must
 * be exactly the planted violations.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { generate, type Mode } from '../bench/generate.js';
import { runBin } from './helpers/cli.js';

interface Result { filePath: string; messages: unknown[]; suppressedMessages: unknown[] }

async function lintJson(dir: string, args: string[]): Promise<Result[]> {
  const out = path.join(dir, '..', `${path.basename(dir)}-${args.join('')}.json`);
  const run = runBin(['-f', 'json', '-o', out, ...args], { cwd: dir });
  assert.equal(run.status, 1, run.stderr);
  return JSON.parse(await readFile(out, 'utf8')) as Result[];
}

describe('optimised and plain paths agree', () => {
  for (const mode of ['sparse', 'dense'] as const satisfies readonly Mode[]) {
    it(`on a generated ${mode} repository (2,000 files)`, async () => {
      const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-equivalence-'));
      const dir = path.join(root, mode);
      const generated = await generate({ out: dir, mode, files: 2000, seed: 7 });
      const fast = await lintJson(dir, []);
      const plain = await lintJson(dir, ['--parse-all', '--threads', '1']);
      assert.equal(fast.length, generated.files + 1, 'every manifest and the configuration file');
      assert.deepEqual(fast, plain);
      const found = fast.flatMap((r) =>
        (r.messages as Array<{ ruleId: string | null; line: number; column: number }>).map((m) => `${path.relative(dir, r.filePath)}:${m.line}:${m.column} ${m.ruleId}`));
      const planted = generated.expected.map((e) => `${e.file}:${e.line}:${e.column} ${e.ruleId}`);
      assert.deepEqual(found.sort(), planted.sort());
    });
  }
});
