/**
 * The `pretty` format and what the CLI bundle changes around
 * eslint-formatter-pretty to start faster (scripts/bundle-plugins.mjs): each
 * stand-in must answer as the package does.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import type { ESLint } from 'eslint';
import packagePretty from 'eslint-formatter-pretty';
import packageStringWidth from 'string-width';
import { lazyStringWidthSource, NARROW_CHARACTERS, ZERO_WIDTH_CHARACTERS } from '../scripts/bundle-plugins.mjs';
import getRuleDocs from '../src/format/eslint-rule-docs.js';
import { loadFormatter } from '../src/format/formatters.js';
import { closeBold } from '../src/format/pretty.js';
import type { FormatterData } from '../src/format/report.js';
import { RULE_DESCRIPTIONS } from '../src/pipeline.js';

const require = createRequire(import.meta.url);
const packageRuleDocs = require('eslint-rule-docs') as typeof getRuleDocs;

function answer(lookup: typeof getRuleDocs, key: string): unknown {
  try {
    return lookup(key);
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

function result(filePath: string, messages: ESLint.LintResult['messages']): ESLint.LintResult {
  const errorCount = messages.filter((message) => message.severity === 2).length;
  return {
    filePath, messages, suppressedMessages: [], errorCount, fatalErrorCount: 0, warningCount: messages.length - errorCount,
    fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [],
  };
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

describe('string-width, built to load its segmenter on first need', () => {
  /** string-width as the CLI bundle holds it (scripts/bundle-plugins.mjs). */
  const builtStringWidth = async (): Promise<typeof packageStringWidth> => {
    const source = await readFile(require.resolve('string-width'), 'utf8');
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'calico-lint-string-width-')), 'string-width.mjs');
    await build({
      stdin: { contents: lazyStringWidthSource(source), resolveDir: path.dirname(require.resolve('string-width')), loader: 'js' },
      bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning',
    });
    return (await import(pathToFileURL(out).href)).default as typeof packageStringWidth;
  };

  it('measures every kind of text as the package does', async () => {
    const lazy = await builtStringWidth();
    const texts = ['', 'hostNetwork: true puts Pod/shop/web on the node\'s network', '7:3', '\u001B[1mbold\u001B[22m', '\u009B31m',
      'naïve café', '漢字', 'ｶﾞ', '👩‍👩‍👧', '1\u20E3', '\u0301', 'e\u0301', '\t', '\u200B', 'ᄀ\u1161\u11A8', 'a\u0000b', '~\u007F'];
    for (const text of texts) {
      for (const options of [undefined, { ambiguousIsNarrow: false }, { countAnsiEscapeCodes: true }]) {
        assert.equal(lazy(text, options), packageStringWidth(text, options), JSON.stringify([text, options]));
      }
    }
    assert.equal(lazy(42 as unknown as string), packageStringWidth(42 as unknown as string));
  });

  it('counts the characters of pretty output it measures without the package as the package measures them, alone and mixed', async () => {
    const lazy = await builtStringWidth();
    const counted = [...NARROW_CHARACTERS, ...ZERO_WIDTH_CHARACTERS];
    assert.equal(counted.length, NARROW_CHARACTERS.length + ZERO_WIDTH_CHARACTERS.length); // one code unit each
    const pieces = [...counted, 'a', ' ', '7:3', '\u001B[31m', '\u001B[39m', '\u001B[1m', '\u001B[22m', '\u001B]8;;https://x.test\u0007', '\u001B]8;;\u0007'];
    const texts = [...counted, ...counted.map((c) => `a${c}b`), ...counted.flatMap((c) => counted.map((d) => c + d))];
    // Random mixes, from a fixed seed: the counted path must agree with the package wherever it answers.
    let seed = 23;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 300; i++) texts.push(Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
    for (const text of texts) {
      for (const options of [undefined, {}, { ambiguousIsNarrow: false }, { countAnsiEscapeCodes: true }]) {
        assert.equal(lazy(text, options), packageStringWidth(text, options), JSON.stringify([text, options]));
      }
    }
  });

  it('refuses to build when string-width changes shape', () => {
    assert.throws(() => lazyStringWidthSource('export default function stringWidth(input) {}\n'), /changed shape/);
  });
});

describe('pretty format', () => {
  const data = { cwd: '/repo', rulesMeta: {} } as unknown as FormatterData;

  it('prints what eslint-formatter-pretty prints', async () => {
    const pretty = await loadFormatter('pretty');
    const results = [
      result('/repo/a.yaml', [{ ruleId: 'no-host-network', severity: 2, message: 'hostNetwork: true on `web`', line: 7, column: 3 }]),
      result('/repo/b.yaml', [{ ruleId: 'x', severity: 1, message: 'a warning', line: 1, column: 1 }]),
      result('/repo/c.yaml', []),
    ];
    assert.equal(await pretty(structuredClone(results), data), packagePretty(structuredClone(results), data));
  });

  it('wraps long messages to the width given: the rule id on the first line, the rest under the message', async () => {
    const long = 'hostNetwork: true puts `Deployment/ci/runner` on the node\'s network, where no pool annotation applies. ' +
      'Remove `hostNetwork: true` and request the infra pool with `cni.projectcalico.org/ipv4pools: \'["infra"]\'` instead';
    const results = [
      result('/repo/a.yaml', [
        { ruleId: 'no-host-network', severity: 2, message: long, line: 12, column: 7 },
        { ruleId: 'x', severity: 1, message: 'short', line: 3, column: 1 },
      ]),
    ];
    const pretty = await loadFormatter('pretty', { width: 80 });
    const output = stripVTControlCharacters(await pretty(structuredClone(results), data));
    const lines = output.split('\n');
    assert.deepEqual(lines.filter((line) => line.length > 80), []);
    assert.deepEqual(lines.slice(2, 9), [
      '  ⚠   3:1  short                                               x',
      '  ✖  12:7  hostNetwork: true puts Deployment/ci/runner on the  no-host-network',
      "           node's network, where no pool annotation applies.",
      '           Remove hostNetwork: true and request the infra pool',
      `           with cni.projectcalico.org/ipv4pools: '["infra"]'`,
      '           instead',
      '',
    ]);
    // Wide enough: exactly the package's output.
    const wide = await loadFormatter('pretty', { width: 400 });
    assert.equal(await wide(structuredClone(results), data), packagePretty(structuredClone(results), data));
  });

  it('on a terminal too narrow for the message beside the rule ids, puts each rule id on a line of its own under its message', async () => {
    const long = 'Installation pool "default-ipv4-ippool" (10.200.0.0/16) is outside the kubeadm pod CIDR 10.244.0.0/16: the operator ' +
      'refuses the Installation';
    const results = [
      result('/repo/a.yaml', [
        { ruleId: 'installation-pool-outside-pod-cidr', severity: 2, message: long, line: 19, column: 13 },
        { ruleId: 'x', severity: 1, message: 'short', line: 3, column: 1 },
      ]),
    ];
    // 60 columns: 12 before the message, 34 for the rule id, 2 between: 12 left for the message.
    const pretty = await loadFormatter('pretty', { width: 60 });
    const lines = stripVTControlCharacters(await pretty(structuredClone(results), data)).split('\n');
    assert.deepEqual(lines.filter((line) => [...line].length > 60), []);
    assert.deepEqual(lines.slice(2, 11), [
      '  ⚠   3:1   short',
      '            x',
      '  ✖  19:13  Installation pool "default-ipv4-ippool"',
      '            (10.200.0.0/16) is outside the kubeadm pod CIDR',
      '            10.244.0.0/16: the operator refuses the',
      '            Installation',
      '            installation-pool-outside-pod-cidr',
      '',
      '  1 warning',
    ]);
  });

  it('closes a bold code span at the end of a wrapped line and opens it again on the next', () => {
    const B = '\u001B[1m';
    const N = '\u001B[22m';
    assert.deepEqual(closeBold([`see ${B}a code`, `span cut${N} twice, ${B}and`, 'here', `again${N} end`]), [
      `see ${B}a code${N}`,
      `${B}span cut${N} twice, ${B}and${N}`,
      `${B}here${N}`,
      `${B}again${N} end`,
    ]);
    assert.deepEqual(closeBold([`${B}whole${N} line`, 'plain']), [`${B}whole${N} line`, 'plain']);
  });

  it('prints nothing when no file has an error or a warning, as the package does', async () => {
    const pretty = await loadFormatter('pretty');
    const clean = [result('/repo/a.yaml', []), result('/repo/b.yaml', [])];
    assert.equal(await pretty(structuredClone(clean), data), '');
    assert.equal(packagePretty(structuredClone(clean), data), '');
  });
});
