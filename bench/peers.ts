/**
 * Other linters in the bench (issue 23), installed apart from calico-lint's
 * own dependencies: Spectral alone brings some 220 packages (72 MB, 40 s to
 * install), which `npm ci` should not cost everyone who builds calico-lint.
 * bench/peers/package.json pins them and bench/peers/package-lock.json locks
 * the whole tree; the first `npm run bench` that measures peers runs `npm ci`
 * there (again whenever the lock's content changes), with
 * --ignore-scripts: a dependency's install script (Spectral's pulls in
 * @scarf/scarf, which reports installs over the network) never runs.
 *
 *   spectral:  @stoplight/spectral-cli with bench/peers/spectral-ruleset.yaml,
 *              calico-lint's no-host-network and selector-yaml-tag;
 *   yaml-lint: a js-yaml loadAll of every file; it refuses unknown tags, so
 *              it reports `nodeSelector: !all()` (and syntax errors), but it
 *              cannot express hostNetwork.
 * Not here: kube-linter, conftest/OPA and kubeconform (Go programs) are
 * neither on npm nor in Debian (npm's @open-policy-agent packages are an API
 * client and a runner of policies compiled by the missing `opa`); ajv-cli
 * reads one document per YAML file; checkov is Python, not in Debian;
 * yamllint (Debian) checks YAML style, nothing Kubernetes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchConfig, type ExpectedFinding } from './generate.js';

const PEERS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peers');

export const PEER_TOOLS = {
  spectral: path.join(PEERS, 'node_modules/@stoplight/spectral-cli/dist/index.js'),
  spectralRuleset: path.join(PEERS, 'spectral-ruleset.yaml'),
  yamlLint: path.join(PEERS, 'node_modules/yaml-lint/dist/cli.js'),
};

/** Installs the peers from their lock when missing or installed from another lock; undefined when ready, else why not. */
export function ensurePeers(): string | undefined {
  // The lock's hash, written after a good install: a checkout or rebase that only touches the lock's mtime installs nothing.
  const stamp = path.join(PEERS, 'node_modules/.calico-lint-bench-lock');
  const lockHash = createHash('sha256').update(readFileSync(path.join(PEERS, 'package-lock.json'))).digest('hex');
  const ready = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash && existsSync(PEER_TOOLS.spectral) && existsSync(PEER_TOOLS.yamlLint);
  if (ready()) return undefined;
  console.error('peers: installing Spectral and yaml-lint from bench/peers/package-lock.json (npm ci --ignore-scripts; once)');
  const npm = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: PEERS, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, SCARF_ANALYTICS: 'false' } });
  if (npm.status !== 0) return `npm ci in bench/peers failed (status ${npm.status})`;
  writeFileSync(stamp, lockHash);
  return ready() ? undefined : 'npm ci in bench/peers installed no Spectral or yaml-lint';
}

/** The rules bench/peers/spectral-ruleset.yaml restates for Spectral. */
export const SPECTRAL_RULES = ['no-host-network', 'selector-yaml-tag'] as const;

/**
 * calico-lint's configuration for the run equivalent to Spectral's: the
 * tree's own (bench/generate.ts benchConfig: its pools, allowances and
 * clusters, so that the only difference from the all-rules run is the rules)
 * with every rule and engine check off but SPECTRAL_RULES, written beside the
 * tree (`under`: the tree's folder) so that no tool lists it among the
 * manifests. Built from the rule ids calico-lint knows, so a rule added later
 * is off here too. Syntax errors are not a rule: calico-lint reports those of
 * every file its gate keeps, whatever is enabled.
 */
export function spectralRulesConfig(ruleIds: readonly string[], under: string): string {
  const off = ruleIds.filter((id) => !(SPECTRAL_RULES as readonly string[]).includes(id)).map((id) => `  ${id}: off\n`);
  return `${benchConfig(under)}rules:\n${off.join('')}`;
}

/** The planted findings a calico-lint run of SPECTRAL_RULES reports: theirs, and the syntax errors (ruleId null). */
export function spectralRulesExpected(expected: readonly ExpectedFinding[]): ExpectedFinding[] {
  return expected.filter((e) => e.ruleId === null || (SPECTRAL_RULES as readonly string[]).includes(e.ruleId));
}

/** What a peer can be compared on: file and line (columns differ: Spectral points at values, calico-lint at keys). */
const key = (file: string, line: number, ruleId: string | null) => `${file}:${line} ${ruleId}`;

/** The findings missing and unexpected, or undefined when both lists hold the same. */
export function compareSets(got: string[], expected: string[]): string | undefined {
  const gotSet = new Set(got);
  const expectedSet = new Set(expected);
  const missing = expected.filter((e) => !gotSet.has(e));
  const extra = got.filter((g) => !expectedSet.has(g));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return `missing ${JSON.stringify(missing.slice(0, 10))}, unexpected ${JSON.stringify(extra.slice(0, 10))}`;
}

interface SpectralResult { code: string; message: string; source?: string; range: { start: { line: number } } }

/**
 * Spectral's findings of the two rules against the planted ones (by file and
 * line), and how many files it read only the first document of.
 */
export function spectralFindings(dir: string, reportFile: string, expected: readonly ExpectedFinding[]):
  { mismatch?: string; firstDocumentOnly: number; found: number; inBrokenFiles: number } {
  const results = JSON.parse(readFileSync(reportFile, 'utf8')) as SpectralResult[];
  const rules: readonly string[] = SPECTRAL_RULES;
  // A file with a planted syntax error: calico-lint reports that error; Spectral's tolerant parser reads on
  // and its rules report what the broken text happens to leave (the broken pool's nodeSelector, empty).
  const broken = new Set(expected.filter((e) => e.ruleId === null).map((e) => e.file));
  const ours = results.filter((r) => rules.includes(r.code)).map((r) => ({ ...r, file: path.relative(dir, r.source ?? '') }));
  const got = ours.filter((r) => !broken.has(r.file)).map((r) => key(r.file, r.range.start.line + 1, r.code)).sort();
  const want = expected.filter((e) => rules.includes(e.ruleId ?? '')).map((e) => key(e.file, e.line, e.ruleId)).sort();
  const firstDocumentOnly = results.filter((r) => r.code === 'parser' && /single document/.test(r.message)).length;
  return { mismatch: compareSets(got, want), firstDocumentOnly, found: got.length, inBrokenFiles: ours.length - got.length };
}

/** The files yaml-lint refused against those with a planted unknown tag or syntax error. */
export function yamlLintFindings(dir: string, output: string, expected: readonly ExpectedFinding[]): { mismatch?: string; found: number } {
  // yaml-lint prints each refused file's absolute path on a line of its own, then js-yaml's error.
  const refused = [...new Set(output.split('\n').map((line) => line.trim()).filter((line) => line.startsWith(`${dir}${path.sep}`)).map((line) => path.relative(dir, line)))].sort();
  const want = [...new Set(expected.filter((e) => e.ruleId === 'selector-yaml-tag' || e.ruleId === null).map((e) => e.file))].sort();
  return { mismatch: compareSets(refused, want), found: refused.length };
}

export const peerFindings = { spectral: spectralFindings, yamlLint: yamlLintFindings };
