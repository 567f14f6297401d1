/**
 * Issue 18 item 6, suppressions: `--no-inline-suppressions` makes every
 * directive inert (ESLint's --no-inline-config), the configuration's
 * `suppressibleRules` says which rules a directive may name at all, and a
 * reason needs a character one can see.
 */
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../rules/index.js';
import type { ConfigFileContents } from '../src/config/schema.js';
import { hasVisibleCharacter } from '../src/engine/suppressions.js';
import { lintSources } from '../src/lint.js';
import { runBin } from './helpers/cli.js';
import { makeConfig } from './helpers/rule-tester.js';

const pod = (directive: string) => 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: runner\n  namespace: prod\nspec:\n' +
  `  ${directive}\n  hostNetwork: true\n  containers: [{name: c, image: i}]\n`;
const SUPPRESSED = pod('# calico-lint-disable-next-line no-host-network -- the runner needs the node network');

function reported(text: string, config: ConfigFileContents = {}, inlineSuppressions = true): string[] {
  return lintSources([{ filePath: '/repo/pod.yaml', text }], { config: makeConfig(config), rules: allRules, inlineSuppressions })
    .filter((finding) => !finding.suppressions)
    .sort((a, b) => a.range.line - b.range.line)
    .map((finding) => `${finding.range.line} ${finding.ruleId}: ${finding.message}`);
}

describe('--no-inline-suppressions', () => {
  it('fails a suppressed error: the directive is inert, and nothing is said about it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'calico-lint-inert-'));
    await writeFile(path.join(folder, 'pod.yaml'), SUPPRESSED);
    assert.equal(runBin(['pod.yaml'], { cwd: folder }).status, 0);
    const run = runBin(['-f', 'unix', '--no-inline-suppressions', 'pod.yaml'], { cwd: folder });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^.*pod\.yaml:8:3: `hostNetwork: true` puts Pod\/prod\/runner on the node's network.*\[Error\/no-host-network\]$/m);
    assert.doesNotMatch(run.stdout, /suppression/);
  });

  it('annotations are inert too', () => {
    const annotated = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: runner\n  namespace: prod\n  annotations:\n' +
      '    calico-lint/disable: "no-host-network -- the runner"\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: i}]\n';
    assert.deepEqual(reported(annotated).length, 0);
    assert.deepEqual(reported(annotated, {}, false).map((line) => line.split(':')[0]), ['9 no-host-network']);
  });
});

describe('suppressibleRules', () => {
  it('a directive naming a rule the list leaves out is invalid and suppresses nothing', () => {
    const found = reported(SUPPRESSED, { suppressibleRules: ['ippool-cidr-overlap'] });
    assert.equal(found[0], '7 invalid-suppression: "no-host-network" may not be suppressed inline: the configuration\'s `suppressibleRules` does not list it');
    assert.match(found[1]!, /^8 no-host-network: `hostNetwork: true` puts Pod\/prod\/runner on the node's network/);
    assert.equal(found.length, 2);
  });

  it('a rule the list names can be suppressed; an empty list allows none; no list allows every rule', () => {
    assert.deepEqual(reported(SUPPRESSED, { suppressibleRules: ['no-host-network'] }), []);
    assert.deepEqual(reported(SUPPRESSED, {}), []);
    assert.equal(reported(SUPPRESSED, { suppressibleRules: [] }).length, 2);
  });

  it('an unknown rule id in the list is a configuration error', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'calico-lint-suppressible-'));
    await writeFile(path.join(folder, '.calico-lint.yaml'), 'suppressibleRules: [no-host-netwrk]\n');
    await writeFile(path.join(folder, 'pod.yaml'), SUPPRESSED);
    const run = runBin(['pod.yaml'], { cwd: folder });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'calico-lint: .calico-lint.yaml:1:21: unknown rule "no-host-netwrk" (did you mean "no-host-network"?)\n');
  });
});

describe('a reason needs a visible character', () => {
  const invisible = ['\u200b', '\u3164', '\ufe0f', '\u2800', '\u00ad', '\u2060', '\u202e', '\u0301', '\u115f', '\u{e0041}', '\u3000\u200b'];
  for (const reason of invisible) {
    const shown = [...reason].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
    it(`"${shown}" is no reason`, () => {
      assert.equal(hasVisibleCharacter(reason), false);
      const found = reported(pod(`# calico-lint-disable-next-line no-host-network -- ${reason}`));
      assert.deepEqual(found.map((line) => line.split(':')[0]), ['7 invalid-suppression', '8 no-host-network']);
    });
  }
  it('one visible character is enough, in any script', () => {
    for (const reason of ['x', '理', 'é', '\u200bok', '🙂']) assert.equal(hasVisibleCharacter(reason), true, reason);
    assert.deepEqual(reported(pod('# calico-lint-disable-next-line no-host-network -- 理')), []);
  });
});
