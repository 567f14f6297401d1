/**
 * The linter's verdict on the bundled recipe, as published (broken) and as
 * corrected, with and without the recipe's configuration. Every finding is
 * listed: an unexpected one fails the test as surely as a missing one.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { describe, it } from 'node:test';
import { runBin, REPO_ROOT, withoutSummary } from './helpers/cli.js';

interface Message { ruleId: string | null; line: number; column: number }

/** Runs from a folder with no configuration above it, unless --config is given. */
function verdict(args: string[]): { status: number | null; findings: string[] } {
  const absolute = args.map((arg) => (arg.startsWith('fixtures') ? path.join(REPO_ROOT, arg) : arg));
  const run = runBin([...absolute, '-f', 'json'], { cwd: tmpdir() });
  // No notice; a clean run also prints its summary line.
  assert.equal(withoutSummary(run.stderr), '');
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Message[] }>;
  const findings = results.flatMap((result) =>
    result.messages.map((m) => `${path.relative(REPO_ROOT, result.filePath)}:${m.line}:${m.column} ${m.ruleId}`),
  );
  return { status: run.status, findings: findings.sort() };
}

const CONFIG = ['--config', 'fixtures/.calico-lint.yaml'];

describe('bundled fixtures', () => {
  it('the published recipe: the unquoted !all() and the typographic quotes are caught with no configuration', () => {
    assert.deepEqual(verdict(['fixtures/recipe-published']), {
      status: 1,
      findings: [
        'fixtures/recipe-published/gitlab-runner.yaml:21:42 pool-annotation-valid',
        'fixtures/recipe-published/ippools.yaml:23:17 selector-yaml-tag',
      ],
    });
  });

  it('the published recipe, with its configuration: the unquoted !all() on the infra pool is still one finding (one mistake, one finding)', () => {
    assert.deepEqual(verdict([...CONFIG, 'fixtures/recipe-published']), {
      status: 1,
      findings: [
        'fixtures/recipe-published/gitlab-runner.yaml:21:42 pool-annotation-valid',
        'fixtures/recipe-published/ippools.yaml:23:17 selector-yaml-tag',
      ],
    });
  });

  it('the published annotation: typographic quotes, and even repaired it names a pool that does not exist', () => {
    const run = runBin(['--config', path.join(REPO_ROOT, 'fixtures/.calico-lint.yaml'), path.join(REPO_ROOT, 'fixtures/recipe-published'), '-f', 'json'], { cwd: tmpdir() });
    const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)
      .flatMap((result) => result.messages)
      .filter((m) => m.ruleId === 'pool-annotation-valid');
    assert.deepEqual(messages.map((m) => m.message), [
      '`cni.projectcalico.org/ipv4pools` is not JSON: it contains typographic quotes (“ ” ‘ ’), probably pasted from a web page; ' +
        'use plain ASCII quotes ("). Write it as `cni.projectcalico.org/ipv4pools: \'["pool-infra"]\'`. ' +
        'Even then: `cni.projectcalico.org/ipv4pools`: no pool is named "pool-infra" in cluster "recipe-published" ' +
        '(Calico fails the pod: "error parsing pool"). Write the name of an existing pool (IPv4 pools here: "default-ipv4-ippool", "infraestrutura").',
    ]);
  });

  it('the corrected recipe is clean, with and without configuration', () => {
    assert.deepEqual(verdict(['fixtures/recipe-corrected']), { status: 0, findings: [] });
    assert.deepEqual(verdict([...CONFIG, 'fixtures/recipe-corrected']), { status: 0, findings: [] });
  });

  it("the README's first command (all fixtures, with the configuration they carry) finds the recipe's bugs and the multi-cluster repo's", () => {
    const { status, findings } = verdict([...CONFIG, 'fixtures/']);
    assert.equal(status, 1);
    assert.deepEqual(findings.filter((f) => f.startsWith('fixtures/recipe')), [
      'fixtures/recipe-published/gitlab-runner.yaml:21:42 pool-annotation-valid',
      'fixtures/recipe-published/ippools.yaml:23:17 selector-yaml-tag',
    ]);
    // The multi-cluster repository's own findings are checked one by one in multi-cluster.test.ts.
    assert.equal(findings.filter((f) => f.startsWith('fixtures/multi-cluster/')).length, 11);
  });
});
