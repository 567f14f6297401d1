/**
 * The real kubectl as the oracle for "kubectl refuses this file": it decodes a
 * manifest offline exactly as `kubectl apply` would (`label --local`).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

/** Asserts that kubectl refuses `file`, and gives its error text for the caller to match. */
export function kubectlRefuses(file: string): string {
  const run = spawnSync('kubectl', ['label', '--local', '-f', file, 'x=y', '-o', 'json'], { encoding: 'utf8' });
  assert.notEqual(run.status, 0, `kubectl reads ${file}`);
  return run.stderr;
}
