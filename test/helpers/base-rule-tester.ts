/**
 * RuleTester for rules that compare with the base branch: each case is a real
 * Git repository (base commit, head commit) linted with `--base main` through
 * the same pipeline the CLI runs, keeping this rule's findings only.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Rule } from '../../src/engine/rule.js';
import { loadConfig } from '../../src/config/load-config.js';
import { lintFiles, RULE_DESCRIPTIONS } from '../../src/pipeline.js';
import { gitRepo, type Files, type HeadFiles, type RepoOptions } from './git-repo.js';

export interface BaseCase {
  name: string;
  base: Files;
  head: HeadFiles;
  repo?: RepoOptions;
}

export interface BaseFinding {
  /** Relative to the repository, with `/`. */
  file: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * One repository per case: an invalid case is linted with and without --base,
 * and linting only reads the repository (git runs with GIT_OPTIONAL_LOCKS=0).
 */
const repositories = new WeakMap<BaseCase, Promise<string>>();

function repositoryOf(testCase: BaseCase): Promise<string> {
  let root = repositories.get(testCase);
  if (!root) {
    root = gitRepo(testCase.base, testCase.head, testCase.repo);
    repositories.set(testCase, root);
  }
  return root;
}

/**
 * `base` null: lint without --base. `alone`: every other rule off, so that
 * values keep only the bulk this rule's `meta.reads` declares (src/resources/slim.ts).
 */
export async function baseFindings(rule: Rule, testCase: BaseCase, base: string | null = 'main', alone = false): Promise<BaseFinding[]> {
  const root = await repositoryOf(testCase);
  const config = alone ? await loadConfig({ cwd: root, knownRuleIds: RULE_DESCRIPTIONS.map(({ id }) => id) }) : undefined;
  if (config) config.rules = { ...Object.fromEntries(RULE_DESCRIPTIONS.map(({ id }) => [id, 'off' as const])), [rule.meta.id]: config.rules[rule.meta.id] ?? rule.meta.defaultSeverity };
  const run = await lintFiles({ patterns: ['.'], cwd: root, base: base ?? undefined, threads: 1, ...(config && { config }) });
  return run.results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId === rule.meta.id)
      .map((message) => ({
        file: path.relative(root, result.filePath).split(path.sep).join('/'),
        message: message.message,
        line: message.line,
        column: message.column,
        endLine: message.endLine!,
        endColumn: message.endColumn!,
      })),
  );
}

export function baseRuleTester(rule: Rule, cases: { valid: BaseCase[]; invalid: Array<BaseCase & { errors: BaseFinding[] }> }): void {
  describe(`${rule.meta.id} (against a base branch)`, () => {
    assert.ok(cases.valid.length > 0 && cases.invalid.length > 0, 'a rule needs valid and invalid cases');
    it('has complete meta and compares with the base', () => {
      assert.equal(rule.meta.comparesBase, true);
      assert.ok(rule.meta.docsUrl.endsWith(`/docs/rules/${rule.meta.id}.md`));
    });
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, async () => {
        assert.deepEqual(await baseFindings(rule, testCase), []);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, async () => {
        assert.deepEqual(await baseFindings(rule, testCase), testCase.errors);
      });
      it(`finds the same alone, on values slimmed to its own meta.reads: ${testCase.name}`, async () => {
        assert.deepEqual(await baseFindings(rule, testCase, 'main', true), testCase.errors);
      });
      it(`without --base finds nothing: ${testCase.name}`, async () => {
        assert.deepEqual(await baseFindings(rule, testCase, null), []);
      });
    }
  });
}
