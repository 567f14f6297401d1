/**
 * The fast path (only relevant texts parsed, CustomResourceDefinitions
 * skipped before parsing, worker threads) and the plain one (--parse-all
 * --threads 1: every file parsed, in one thread) must give identical findings
 * on the generated benchmark repositories, where those must be exactly the
 * planted violations, and on projectcalico/calico's own manifests and CRDs
 * (bench/real/calico), where hundreds of CRDs mention IPPool.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { generate, type Mode } from '../bench/generate.js';
import { spawnSync } from 'node:child_process';
import { BIN, runBin } from './helpers/cli.js';

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

describe('optimised and plain paths agree on a real tree', () => {
  it('on projectcalico/calico\'s manifests and CRDs', async () => {
    const dir = path.resolve(import.meta.dirname, '../bench/real/calico');
    const out = await mkdtemp(path.join(tmpdir(), 'calico-lint-equivalence-real-'));
    const lint = async (name: string, args: string[]): Promise<Result[]> => {
      const file = path.join(out, `${name}.json`);
      // 19 MB parsed whole in one thread: minutes on a loaded machine, more than runBin allows.
      const run = spawnSync(process.execPath, [BIN, '-f', 'json', '-o', file, ...args], { cwd: dir, encoding: 'utf8', timeout: 280_000 });
      assert.ok(run.status === 0 || run.status === 1, `${name}: exit ${run.status}: ${run.stderr}`);
      return JSON.parse(await readFile(file, 'utf8')) as Result[];
    };
    // With no configuration the tree is clean (its host-network pods are Calico's own agents): check every
    // host-network workload, so that there are findings to compare.
    const config = path.join(out, 'calico-lint.yaml');
    await writeFile(config, 'hostNetwork:\n  allowNodeNetworkComponents: false\n');
    const fast = await lint('fast', ['--config', config]);
    const plain = await lint('plain', ['--config', config, '--parse-all', '--threads', '1']);
    assert.deepEqual(fast, plain);
    assert.ok(fast.some((r) => r.messages.length > 0), 'the real tree has findings to compare');
  });
});
