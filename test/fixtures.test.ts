/**
 * The linter's verdict on the bundled recipe, as published (broken) and as
 * corrected, with and without the recipe's configuration. Every finding is
 * listed: an unexpected one fails the test as surely as a missing one.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { describe, it } from 'node:test';
import { runBin, REPO_ROOT } from './helpers/cli.js';

interface Message { ruleId: string | null; line: number; column: number }

/** Runs from a folder with no configuration above it, unless --config is given. */
function verdict(args: string[]): { status: number | null; findings: string[] } {
  const absolute = args.map((arg) => (arg.startsWith('fixtures') ? path.join(REPO_ROOT, arg) : arg));
  const run = runBin([...absolute, '-f', 'json'], { cwd: tmpdir() });
  assert.equal(run.stderr, '');
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Message[] }>;
  const findings = results.flatMap((result) =>
    result.messages.map((m) => `${path.relative(REPO_ROOT, result.filePath)}:${m.line}:${m.column} ${m.ruleId}`),
  );
  return { status: run.status, findings: findings.sort() };
}

const CONFIG = ['--config', 'fixtures/.calico-lint.yaml'];

describe('bundled fixtures', () => {
  it('the published recipe: the unquoted !all() is caught with no configuration', () => {
    assert.deepEqual(verdict(['fixtures/recipe-published']), {
      status: 1,
      findings: ['fixtures/recipe-published/ippools.yaml:23:17 selector-yaml-tag'],
    });
  });

  it('the published recipe, with its configuration: the infra pool also leaks to every node', () => {
    assert.deepEqual(verdict([...CONFIG, 'fixtures/recipe-published']), {
      status: 1,
      findings: [
        'fixtures/recipe-published/ippools.yaml:23:17 ippool-infra-node-selector',
        'fixtures/recipe-published/ippools.yaml:23:17 selector-yaml-tag',
      ],
    });
  });

  it('the corrected recipe is clean, with and without configuration', () => {
    assert.deepEqual(verdict(['fixtures/recipe-corrected']), { status: 0, findings: [] });
    assert.deepEqual(verdict([...CONFIG, 'fixtures/recipe-corrected']), { status: 0, findings: [] });
  });

  it("the README's first command (all fixtures, with the configuration they carry) finds exactly the planted bugs", () => {
    assert.deepEqual(verdict([...CONFIG, 'fixtures/']), {
      status: 1,
      findings: [
        'fixtures/recipe-published/ippools.yaml:23:17 ippool-infra-node-selector',
        'fixtures/recipe-published/ippools.yaml:23:17 selector-yaml-tag',
      ],
    });
  });
});
