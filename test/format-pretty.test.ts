/**
 * The CLI bundle replaces eslint-rule-docs (used by eslint-formatter-pretty)
 * with src/format/eslint-rule-docs.ts, which has no table of plugins: for
 * every rule id calico-lint can report, it must answer as the package does.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import getRuleDocs from '../src/format/eslint-rule-docs.js';
import { RULE_DESCRIPTIONS } from '../src/pipeline.js';

const packageRuleDocs = createRequire(import.meta.url)('eslint-rule-docs') as typeof getRuleDocs;

function answer(lookup: typeof getRuleDocs, key: string): unknown {
  try {
    return lookup(key);
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

describe('eslint-rule-docs stand-in', () => {
  it('answers like the package for every rule id calico-lint reports, and for the empty id of a syntax error', () => {
    const keys = ['', ...RULE_DESCRIPTIONS.map((rule) => rule.id)];
    assert.ok(keys.length > 10);
    for (const key of keys) assert.deepEqual(answer(getRuleDocs, key), answer(packageRuleDocs, key), key);
  });

  it('has no plugin table: a plugin rule gets no link (calico-lint reports none)', () => {
    assert.ok(RULE_DESCRIPTIONS.every((rule) => !rule.id.includes('/')));
    assert.deepEqual(answer(getRuleDocs, 'react/jsx-key'), { threw: 'No documentation found for rule' });
  });
});
