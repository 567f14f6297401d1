/**
 * Properties of `--fix` (run in memory, pass after pass, as the CLI runs it),
 * on generated manifests full of fixable mistakes in random layouts (CRLF, a
 * byte-order mark, indentation, comments, trailing blanks) and on the real
 * third-party manifests of fixtures/real and bench/real, each given a mistake:
 *
 * - re-linting the fixed text finds none of the fixed findings, and no finding
 *   about a place that had none;
 * - every byte outside the edited spans is unchanged (checked pass by pass,
 *   independently of the code that applies the edits);
 * - a second `--fix` changes nothing.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allRules } from '../rules/index.js';
import type { ConfigFileContents } from '../src/config/schema.js';
import type { Finding } from '../src/engine/finding.js';
import { applyFixes, MAX_FIX_PASSES } from '../src/fix/fix-files.js';
import { lint } from './helpers/fix-tester.js';
import { REPO_ROOT } from './helpers/cli.js';

const CONFIG: ConfigFileContents = { infraPools: [{ name: 'infra', allowedNamespaces: ['ci'] }], calicoVersion: '3.30' };

/** What a finding is about, without its line: rule, object and path (Finding.fingerprintKey). */
function placeOf(finding: Finding): string {
  return `${finding.ruleId} ${finding.fingerprintKey ?? finding.message}`;
}

/**
 * Checks that `output` is `text` with each applied fix's range replaced by its
 * text and nothing else changed (fixes that start at or before the end of the
 * previous one wait for the next pass, as ESLint's).
 */
function assertOnlyEditedSpansChanged(text: string, output: string, fixes: ReadonlyArray<{ range: readonly [number, number]; text: string }>): void {
  let cursor = 0;
  let outCursor = 0;
  let lastEnd = -1;
  for (const { range: [start, end], text: replacement } of [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])) {
    if (start <= lastEnd) continue;
    const kept = text.slice(cursor, start);
    assert.equal(output.slice(outCursor, outCursor + kept.length), kept, 'the text before an edit is unchanged');
    outCursor += kept.length;
    assert.equal(output.slice(outCursor, outCursor + replacement.length), replacement, 'the edit');
    outCursor += replacement.length;
    cursor = end;
    lastEnd = end;
  }
  assert.equal(output.slice(outCursor), text.slice(cursor), 'the text after the last edit is unchanged');
}

/** --fix in memory, checking each pass; returns the fixed text and the places of the findings fixed. */
function fixChecked(text: string): { output: string; fixed: Set<string>; before: Finding[] } {
  const before = lint(text, allRules, CONFIG);
  const fixed = new Set<string>();
  let output = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const findings = pass === 0 ? before : lint(output, allRules, CONFIG);
    const withFix = findings.filter((finding) => finding.fix);
    const result = applyFixes(output, withFix.map((finding) => finding.fix!));
    if (result.applied === 0 || result.output === output) break;
    assertOnlyEditedSpansChanged(output, result.output, withFix.map((finding) => finding.fix!));
    for (const finding of withFix) fixed.add(`${placeOf(finding)} ${finding.message}`);
    output = result.output;
  }
  return { output, fixed, before };
}

function assertFixProperties(text: string): string {
  const { output, fixed, before } = fixChecked(text);
  const after = lint(output, allRules, CONFIG);
  const placesBefore = new Set(before.map(placeOf));
  for (const finding of after) {
    assert.ok(!fixed.has(`${placeOf(finding)} ${finding.message}`), `fixed, yet found again: ${finding.message}`);
    assert.ok(placesBefore.has(placeOf(finding)), `a new finding after --fix: ${placeOf(finding)}: ${finding.message}`);
  }
  assert.equal(fixChecked(output).output, output, 'a second --fix changes nothing');
  return output;
}

// ---------------------------------------------------------------------------
// Generated manifests

interface Layout {
  newline: '\n' | '\r\n';
  indent: string;
  trailing: string;
  comment: boolean;
}

const layout = fc.record({
  newline: fc.constantFrom('\n' as const, '\r\n' as const),
  indent: fc.constantFrom('  ', '    '),
  trailing: fc.constantFrom('', ' ', '\t  '),
  comment: fc.boolean(),
});

type Piece = (l: Layout) => string[];

const note = (l: Layout, text: string) => (l.comment ? `${text}${l.trailing}  # note` : `${text}${l.trailing}`);

const PIECES: Record<string, Piece> = {
  taggedSelector: (l) => ['apiVersion: projectcalico.org/v3', 'kind: IPPool', 'metadata:', `${l.indent}name: infra`, 'spec:', `${l.indent}cidr: 100.64.0.0/16`, note(l, `${l.indent}nodeSelector: !all()`)],
  nonSpecificTag: (l) => ['apiVersion: crd.projectcalico.org/v1', 'kind: IPPool', 'metadata: {name: infra}', 'spec:', `${l.indent}cidr: 100.64.0.0/16`, `${l.indent}nodeSelector: ! all()`],
  flattened: (l) => ['apiVersion: crd.projectcalico.org/v1', 'kind: IPPool', 'metadata:', `${l.indent}name: flat`, 'spec:', note(l, 'cidr: 10.20.0.0/16'), 'natOutgoing: true'],
  beside: (l) => ['apiVersion: projectcalico.org/v3', 'kind: IPPool', 'metadata:', `${l.indent}name: beside`, 'spec:', `${l.indent}cidr: 10.30.0.0/16`, note(l, 'blockSize: 28')],
  typographic: (l) => ['apiVersion: v1', 'kind: Pod', 'metadata:', `${l.indent}name: a`, `${l.indent}namespace: ci`, `${l.indent}annotations:`, note(l, `${l.indent}${l.indent}cni.projectcalico.org/ipv4pools: “["infra"]”`), 'spec:', `${l.indent}containers: [{name: c, image: busybox}]`],
  yamlList: (l) => ['apiVersion: v1', 'kind: Pod', 'metadata:', `${l.indent}name: b`, `${l.indent}namespace: ci`, `${l.indent}annotations:`, `${l.indent}${l.indent}cni.projectcalico.org/ipv4pools:`, `${l.indent}${l.indent}${l.indent}- infra`, 'spec:', `${l.indent}containers: [{name: c, image: busybox}]`],
  unusedDirective: (l) => ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', `${l.indent}name: c`, `${l.indent}# calico-lint-disable-next-line no-host-network -- stale`, `${l.indent}namespace: ci`],
  installation: (l) => ['apiVersion: operator.tigera.io/v1', 'kind: Installation', 'metadata: {name: default}', 'spec:', `${l.indent}calicoNetwork:`, `${l.indent}${l.indent}ipPools:`,
    `${l.indent}${l.indent}- name: a`, `${l.indent}${l.indent}  cidr: 10.40.0.0/16`, note(l, `${l.indent}${l.indent}  disabled: true`), `${l.indent}${l.indent}  ipipMode: Always`,
    `${l.indent}${l.indent}- name: b`, `${l.indent}${l.indent}  cidr: 10.50.0.0/16`, `${l.indent}${l.indent}  disabled: false`],
  hostBits: (l) => ['apiVersion: projectcalico.org/v3', 'kind: IPPool', 'metadata: {name: hostbits}', 'spec:', `${l.indent}cidr: 10.60.0.1/16`],
};

const manifest = fc.record({
  layout,
  bom: fc.boolean(),
  pieces: fc.array(fc.constantFrom(...Object.keys(PIECES)), { minLength: 1, maxLength: 5 }),
  finalNewline: fc.boolean(),
}).map(({ layout: l, bom, pieces, finalNewline }) => {
  // A pool named as the annotations ask, so that a repaired annotation leaves nothing to report.
  const docs = [...new Set(pieces)].map((name) => PIECES[name]!(l).join(l.newline));
  const text = docs.join(`${l.newline}---${l.newline}`) + (finalNewline ? l.newline : '');
  return bom ? `\uFEFF${text}` : text;
});

describe('--fix properties', () => {
  it('generated manifests: fixed findings gone, no new one, bytes outside the edits kept, a second --fix idle', () => {
    fc.assert(
      fc.property(manifest, (text) => {
        // The BOM is not part of the text fixes see (offsets count after it); --fix writes it back.
        assertFixProperties(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      }),
      { numRuns: 60 },
    );
  });

  it('the generated manifests do get fixed (the property is not vacuous)', () => {
    const l: Layout = { newline: '\r\n', indent: '  ', trailing: ' ', comment: true };
    const text = Object.values(PIECES).map((piece) => piece(l).join(l.newline)).join(`${l.newline}---${l.newline}`);
    const { fixed } = fixChecked(text);
    const rules = new Set([...fixed].map((entry) => entry.split(' ')[0]));
    assert.deepEqual([...rules].sort(), ['ippool-misplaced-field', 'ippool-valid', 'pool-annotation-valid', 'selector-yaml-tag', 'unused-suppression']);
  });

  it('real manifests (fixtures/real, bench/real), each with a stale directive and a faulty pool: the real text is left as it was', () => {
    const files = realFiles();
    assert.ok(files.length >= 50, `real manifests found: ${files.length}`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const newline = text.includes('\r\n') ? '\r\n' : '\n';
      const directive = `# calico-lint-disable-next-line selector-yaml-tag -- stale${newline}`;
      const faulty = ['---', 'apiVersion: projectcalico.org/v3', 'kind: IPPool', 'metadata: {name: infra-test}', 'spec:', '  cidr: 100.64.0.0/16', '  nodeSelector: !all()', ''].join(newline);
      const body = text.endsWith('\n') ? text : `${text}${newline}`;
      const mutated = `${directive}${body}${faulty}`;
      const output = assertFixProperties(mutated);
      assert.equal(output, `${body}${faulty.replace('!all()', '"!all()"')}`, path.relative(REPO_ROOT, file));
    }
  });
});

/** YAML files under 200 KB of the vendored real corpora (larger ones would make the test slow, not stronger). */
function realFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name) && statSync(full).size < 200_000) found.push(full);
    }
  };
  for (const dir of ['fixtures/real', 'bench/real']) walk(path.join(REPO_ROOT, dir));
  return found.sort();
}
