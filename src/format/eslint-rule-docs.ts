/**
 * Stands in for the package eslint-rule-docs inside the CLI bundle
 * (scripts/build-cli.mjs): eslint-formatter-pretty loads it at start-up, and
 * its 220 KB table of ESLint plugins costs every `pretty` run some 20 ms.
 * The formatter asks it only for a rule that `rulesMeta` does not describe:
 * calico-lint describes all of its rules there, so only the empty id of a
 * syntax error comes here, and a key without a plugin (`a`, not `p/a`) never
 * needed the table. test/format-pretty.test.ts compares it with the package.
 */
export default function getRuleDocs(ruleKey: string): { exactMatch: boolean; url: string } {
  const [, ruleName] = ruleKey.split('/');
  if (!ruleName) return { exactMatch: true, url: `https://eslint.org/docs/rules/${ruleKey}` };
  throw new Error('No documentation found for rule');
}
