/**
 * Configuration entries that silently change the policy because they match
 * nothing: an `infraPools` name no linted pool has (a typo turns every infra
 * check off for that pool), a `clusters[].paths` glob that matches no linted
 * file (the files meant for that cluster fall into the default scope, and are
 * compared with unrelated ones), a `helmValues[].paths` glob that matches no
 * linted file (the values are not read). Reported as warnings at the entry in the
 * configuration file.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { LintConfig } from '../config/schema.js';
import { parseManifest } from '../parse/parse-manifest.js';
import type { Path, SourceRange } from '../parse/source.js';
import { readRegularFileSync } from '../read/read-sources.js';
import type { Resource } from '../resources/resource.js';
import { closest, quote } from '../text.js';
import type { Finding, NumericSeverity } from './finding.js';
import { docsUrl } from './rule.js';
import { globMatcher } from './glob-matcher.js';
import type { EngineRuleMeta } from './suppressions.js';

export const configUnmatched: EngineRuleMeta = {
  id: 'config-unmatched',
  description: 'An `infraPools` name that no linted pool has, or a `clusters[].paths` or `helmValues[].paths` glob that matches no linted file.',
  remediation: 'Correct the name or the glob (a typo turns checks off or merges clusters silently), or remove the entry.',
  docsUrl: docsUrl('config-unmatched'),
  defaultSeverity: 'warn',
  fixable: false,
  scope: 'engine',
};

export interface ConfigCheckInput {
  config: LintConfig;
  resources: readonly Resource[];
  /** Every linted file (absolute paths). */
  lintedFiles: readonly string[];
  /**
   * Folders walked whole (absolute). A glob is checked only when the run
   * covered every file it could match: linting one subfolder must not warn
   * about the clusters of the others.
   */
  walkedFolders: readonly string[];
  quiet: boolean;
  /** Folder that paths in messages are shown relative to. */
  cwd: string;
}

const START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function isInside(folder: string, root: string): boolean {
  const relative = path.relative(root, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function checkConfiguration(input: ConfigCheckInput): Finding[] {
  const { config } = input;
  const setting = config.rules[configUnmatched.id] ?? configUnmatched.defaultSeverity;
  if (config.filePath === undefined || setting === 'off' || (input.quiet && setting === 'warn')) return [];
  const severity: NumericSeverity = setting === 'error' ? 2 : 1;
  const problems: Array<{ path: Path; message: string }> = [];

  const poolNames = new Set<string>();
  for (const resource of input.resources) {
    for (const pool of resource.pools) if (pool.name !== undefined) poolNames.add(pool.name);
  }
  // Only when the run linted every file the configuration governs (its folder was walked), and some
  // pool at all: linting one subfolder, or only workloads, says nothing about pools defined elsewhere.
  const wholeRepository = input.walkedFolders.some((folder) => isInside(config.baseDir, folder));
  if (wholeRepository && poolNames.size > 0) {
    config.infraPools.forEach((pool, i) => {
      if (poolNames.has(pool.name)) return;
      const suggestion = closest(pool.name, [...poolNames]);
      problems.push({
        path: ['infraPools', i, 'name'],
        message: `infraPools[${i}].name: no linted IPPool or Installation pool is named ${quote(pool.name)}` +
          (suggestion ? ` (did you mean ${quote(suggestion)}?)` : '') +
          ', so the infra-pool checks do nothing for it.',
      });
    });
  }

  const sortedFiles = config.clusters.length === 0 && config.helmValues.length === 0 ? [] : [...input.lintedFiles].sort();
  /** Whether a glob of the configuration matches no linted file, in a folder the run walked whole. */
  const matchesNothing = (glob: string): boolean => {
    const base = path.resolve(config.baseDir, picomatch.scan(glob).base);
    if (!input.walkedFolders.some((folder) => isInside(base, folder))) return false;
    const matches = globMatcher([glob]);
    // Only files under the glob's fixed base can match: a range of the sorted list, not all of it.
    const relative = (file: string) => path.relative(config.baseDir, file).split(path.sep).join('/');
    return !filesStartingWith(sortedFiles, base).some((file) => matches(relative(file)));
  };
  const from = `(paths start from ${quote(path.relative(input.cwd, config.baseDir) || '.')})`;
  config.clusters.forEach((cluster, i) => {
    cluster.paths.forEach((glob, j) => {
      if (!matchesNothing(glob)) return;
      problems.push({
        path: ['clusters', i, 'paths', j],
        message: `clusters[${i}].paths[${j}]: ${quote(glob)} matches no linted file, so cluster ${quote(cluster.name)} gets none from it ${from}.`,
      });
    });
  });
  config.helmValues.forEach((entry, i) => {
    entry.paths.forEach((glob, j) => {
      if (!matchesNothing(glob)) return;
      problems.push({
        path: ['helmValues', i, 'paths', j],
        message: `helmValues[${i}].paths[${j}]: ${quote(glob)} matches no linted file, so no ${entry.chart} values are read from it ${from}.`,
      });
    });
  });
  if (problems.length === 0) return [];

  const locate = configLocator(config.filePath);
  return problems.map(({ path: keyPath, message }) => ({
    ruleId: configUnmatched.id,
    severity,
    message,
    filePath: config.filePath!,
    range: locate(keyPath),
    fingerprintKey: `configuration ${keyPath.join('.')} ${message}`,
  }));
}

/** The files of a sorted list whose path starts with `prefix` (a contiguous range of it). */
function filesStartingWith(sorted: readonly string[], prefix: string): readonly string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < sorted.length && sorted[end]!.startsWith(prefix)) end++;
  return sorted.slice(low, end);
}

/** Positions in the configuration file (read again: the configuration keeps values, not positions). */
function configLocator(filePath: string): (keyPath: Path) => SourceRange {
  const read = readRegularFileSync(filePath, 1024 * 1024);
  if (!read.ok) return () => START;
  const doc = parseManifest(filePath, read.bytes.toString('utf8'), { yamlVersion: '1.2' }).documents[0];
  return (keyPath) => doc?.locate(keyPath) ?? START;
}
