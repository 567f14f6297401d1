/**
 * The differential oracle: what the real kubectl creates from a manifest, and
 * whether calico-lint (default mode, in this process) reports an error on it.
 *
 * kubectl's reading: `kubectl label --local -f FILE x=y -o json` decodes
 * offline with kubectl's own reader (document splitter, go-yaml v2, JSON
 * stream, list flattening). Many files go through one invocation: a sentinel
 * ConfigMap file between them tells which objects came from which file
 * (kubectl keeps going after a file it cannot read, writing the error to
 * standard error).
 *
 * The reference verdict lints kubectl's objects written back as JSON (one
 * document each, nothing left to parse differently). An input disagrees when
 * the reference has an error and calico-lint, reading the input, reports none.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configSchema, type LintConfig } from '../../src/config/schema.js';
import type { Finding } from '../../src/engine/finding.js';
import { lintSources } from '../../src/lint.js';
import { decodeSource } from '../../src/read/read-sources.js';
import { allRules } from '../../rules/index.js';

export const ORACLE_CONFIG: LintConfig = {
  ...configSchema.parse({
    infraPools: [{ name: 'infra', allowedNamespaces: ['kube-system'] }, { name: 'infraestrutura', allowedNamespaces: ['gitlab-runners'] }],
  }),
  baseDir: '/corpus',
  filePath: undefined,
};

const SENTINEL_NAME = 'calico-lint-differential-sentinel';
const SENTINEL = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${SENTINEL_NAME}\n`;

/** Whether kubectl is on PATH (the differential test runs only then). */
export function kubectlAvailable(): boolean {
  const run = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  return run.status === 0;
}

export interface Input {
  name: string;
  bytes: Buffer;
}

/**
 * The objects kubectl decodes from each input, in order, read in one kubectl
 * run per `batch` inputs.
 */
export function kubectlObjects(inputs: readonly Input[], batch = 400): unknown[][] {
  const results: unknown[][] = [];
  for (let from = 0; from < inputs.length; from += batch) {
    results.push(...kubectlBatch(inputs.slice(from, from + batch)));
  }
  return results;
}

function kubectlBatch(inputs: readonly Input[]): unknown[][] {
  const dir = mkdtempSync(path.join(tmpdir(), 'calico-lint-differential-'));
  try {
    const sentinel = path.join(dir, 'sentinel.yaml');
    writeFileSync(sentinel, SENTINEL);
    mkdirSync(path.join(dir, 'in'));
    const args = ['label', '--local', 'x=y', '-o', 'json'];
    inputs.forEach((input, i) => {
      const file = path.join(dir, 'in', `${i}${input.name.endsWith('.json') ? '.json' : '.yaml'}`);
      writeFileSync(file, input.bytes);
      args.push('-f', file, '-f', sentinel);
    });
    const run = spawnSync('kubectl', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
    if (run.error) throw run.error;
    const groups: unknown[][] = [[]];
    for (const object of splitJsonStream(run.stdout)) {
      if (isSentinel(object)) groups.push([]);
      else groups[groups.length - 1]!.push(object);
    }
    groups.pop(); // after the last sentinel
    if (groups.length !== inputs.length) {
      throw new Error(`kubectl gave ${groups.length} groups for ${inputs.length} inputs:\n${run.stderr.slice(0, 2000)}`);
    }
    return groups;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function isSentinel(object: unknown): boolean {
  const value = object as { kind?: unknown; metadata?: { name?: unknown } };
  return value?.kind === 'ConfigMap' && value.metadata?.name === SENTINEL_NAME;
}

/** The values of concatenated JSON texts (kubectl prints one per object). */
export function splitJsonStream(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (depth++ === 0) start = i;
    } else if (char === '}' || char === ']') {
      if (--depth === 0) values.push(JSON.parse(text.slice(start, i + 1)));
    }
  }
  return values;
}

/** calico-lint's findings on an input, in the default mode (relevance prefilter on). */
export function calicoFindings(input: Input): Finding[] {
  const source = decodeSource(`/corpus/${input.name}`, input.bytes);
  return lintSources([source], { config: ORACLE_CONFIG, rules: allRules, cwd: '/corpus' });
}

/** The reference: calico-lint's errors on kubectl's objects, written as one JSON document each. */
export function referenceErrors(objects: readonly unknown[]): Finding[] {
  // The label kubectl added is not part of the input.
  // Every character past ASCII escaped: the reference must be free of anything read differently.
  // A YAML stream of JSON documents (the leading comment keeps it from being one JSON stream for kubectl).
  const text = `# kubectl's objects\n${objects
    .map((object) => JSON.stringify(withoutLabel(object)).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
    .join('\n---\n')}\n`;
  const findings = lintSources([{ filePath: '/corpus/reference.yaml', text }], { config: ORACLE_CONFIG, rules: allRules, parseAll: true, cwd: '/corpus' });
  // The reference must read cleanly, or it judges nothing.
  const unreadable = findings.find((finding) => finding.fatal === true);
  if (unreadable) throw new Error(`the reference text is not read cleanly: ${unreadable.message}`);
  return findings.filter((finding) => finding.severity === 2);
}

function withoutLabel(object: unknown): unknown {
  const value = object as { metadata?: { labels?: Record<string, string> } };
  const labels = value?.metadata?.labels;
  if (!labels || labels.x !== 'y') return object;
  const { x: _x, ...rest } = labels;
  const metadata = { ...value.metadata } as Record<string, unknown>;
  if (Object.keys(rest).length === 0) delete metadata.labels;
  else metadata.labels = rest;
  return { ...(object as object), metadata };
}

export interface Verdict {
  /** Rule ids of the errors in kubectl's objects (sorted, unique). */
  kubectl: string[];
  /** calico-lint's errors on the input: rule id, or `refused` for a fatal finding (sorted, unique). */
  calico: string[];
}

export function verdictOf(input: Input, objects: readonly unknown[]): Verdict {
  const kubectl = [...new Set(referenceErrors(objects).map((finding) => finding.ruleId ?? 'fatal'))].sort();
  const calico = [...new Set(calicoFindings(input).filter((f) => f.severity === 2).map((f) => f.ruleId ?? 'refused'))].sort();
  return { kubectl, calico };
}

/** A silent miss: kubectl's objects hold an error and calico-lint reports none. */
export function isSilentMiss(verdict: Verdict): boolean {
  return verdict.kubectl.length > 0 && verdict.calico.length === 0;
}
