/**
 * Fix tables: a manifest, the text `--fix` (or one suggestion) makes of it,
 * and what kubectl decodes from that text (`kubectl label --local -f … -o
 * json`, offline), so that a fix is checked against the real reader, not only
 * against calico-lint's own.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyFixes, MAX_FIX_PASSES } from '../../src/fix/fix-files.js';
import type { Finding } from '../../src/engine/finding.js';
import type { Rule } from '../../src/engine/rule.js';
import { lintSources } from '../../src/lint.js';
import type { ConfigFileContents } from '../../src/config/schema.js';
import { makeConfig } from './rule-tester.js';

export const FILE = '/repo/test.yaml';

export function lint(text: string, rules: readonly Rule[], config?: ConfigFileContents): Finding[] {
  return lintSources([{ filePath: FILE, text }], { config: makeConfig(config), rules }).filter((finding) => !finding.suppressions);
}

/** What `--fix` makes of a text, in memory: fixes applied and the text linted again, up to 10 passes. */
export function fixText(text: string, rules: readonly Rule[], config?: ConfigFileContents): { output: string; passes: number } {
  let output = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = lint(output, rules, config).flatMap((finding) => (finding.fix ? [finding.fix] : []));
    const fixed = applyFixes(output, fixes);
    if (fixed.applied === 0 || fixed.output === output) return { output, passes: pass };
    output = fixed.output;
  }
  return { output, passes: MAX_FIX_PASSES };
}

/** The text after applying the suggestion of the first finding that offers one matching `desc`. */
export function applySuggestion(text: string, rules: readonly Rule[], desc: RegExp, config?: ConfigFileContents): string {
  for (const finding of lint(text, rules, config)) {
    const suggestion = finding.suggestions?.find((s) => desc.test(s.desc));
    if (suggestion) return applyFixes(text, [suggestion.fix]).output;
  }
  assert.fail(`no suggestion matching ${desc}`);
}

/** The objects kubectl decodes from a text, in order. */
export function kubectlDecode(text: string): Array<Record<string, any>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'calico-lint-fix-'));
  const file = path.join(dir, 'manifest.yaml');
  writeFileSync(file, text);
  const out = execFileSync('kubectl', ['label', '--local', '-f', file, 'calico-lint-test=1', '-o', 'json'], { encoding: 'utf8', timeout: 60_000 });
  return splitJsonStream(out).map((object) => {
    // The label the command adds to read the objects is not part of them.
    const labels = object.metadata?.labels as Record<string, string> | undefined;
    if (labels) {
      delete labels['calico-lint-test'];
      if (Object.keys(labels).length === 0) delete object.metadata.labels;
    }
    return object;
  });
}

/** Concatenated JSON values (kubectl prints one per object). */
function splitJsonStream(text: string): Array<Record<string, any>> {
  const values: Array<Record<string, any>> = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) {
      values.push(JSON.parse(text.slice(start, i + 1)) as Record<string, any>);
    }
  }
  return values;
}

export function getPath(value: unknown, at: ReadonlyArray<string | number>): unknown {
  let current = value;
  for (const segment of at) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
