/**
 * Cluster scopes: project rules (overlaps, pool lookups) compare resources of
 * one cluster only, since a GitOps repository legitimately reuses CIDRs across
 * clusters. A file belongs to the first cluster whose `paths` match it.
 */
import path from 'node:path';
import { DEFAULT_SCOPE } from '../config/defaults.js';
import { globMatcher } from './glob-matcher.js';
import type { LintConfig } from '../config/schema.js';
import type { Resource } from '../resources/resource.js';
import { inferredScopes, splitFolders, type ScopesOf } from './inferred-scopes.js';

export { DEFAULT_SCOPE };

export type ScopeOf = (filePath: string) => string;

export function scopeMatcher(config: Pick<LintConfig, 'clusters' | 'baseDir'>): ScopeOf {
  const clusters = config.clusters.map((cluster) => ({
    name: cluster.name,
    matches: globMatcher(cluster.paths),
  }));
  if (clusters.length === 0) return () => DEFAULT_SCOPE;
  // Asked once per resource, and a file holds many: the answer is kept per file.
  const known = new Map<string, string>();
  return (filePath) => {
    let scope = known.get(filePath);
    if (scope === undefined) {
      const relative = path.relative(config.baseDir, path.resolve(config.baseDir, filePath)).split(path.sep).join('/');
      scope = clusters.find((cluster) => cluster.matches(relative))?.name ?? DEFAULT_SCOPE;
      known.set(filePath, scope);
    }
    return scope;
  };
}

/**
 * Scopes inferred when no `clusters` are configured (src/engine/inferred-scopes.ts):
 * the evidence comes from `evidence` (the base side's resources under --base),
 * the scopes from the files of `resources`. A shared resource is in every scope
 * below it, so the rules' work grows with scopes × shared resources: past
 * MAX_MEMBERSHIPS, nothing is inferred (one scope: every finding kept, none
 * hidden) and `onCapped` is told why.
 */
export function inferredScopeMatcher(
  evidence: readonly Resource[],
  resources: readonly Resource[],
  baseDir: string,
  onCapped?: (notice: string) => void,
  kustomizeIncluded: ReadonlyMap<string, readonly string[]> = new Map(),
): ScopesOf {
  const files = new Map<string, number>();
  for (const resource of resources) files.set(resource.doc.filePath, (files.get(resource.doc.filePath) ?? 0) + 1);
  const relative = (folder: string): string => path.relative(baseDir, path.resolve(baseDir, folder)).split(path.sep).join('/');
  const included = new Map([...kustomizeIncluded].map(([folder, includers]) => [relative(folder), includers.map(relative)]));
  const splits = splitFolders(evidence, baseDir, included);
  const scopesOf = inferredScopes(splits, [...files.keys()], baseDir, included);
  if (splits.size === 0) return scopesOf;
  let memberships = 0;
  for (const [file, count] of files) memberships += count * scopesOf(file).length;
  const budget = MEMBERSHIPS_PER_RESOURCE * resources.length + MIN_MEMBERSHIPS;
  if (memberships <= budget) return scopesOf;
  onCapped?.(
    `cluster scopes not inferred: ${new Set([...files.keys()].flatMap((file) => scopesOf(file))).size} alternative folders would each hold ` +
      'the shared files, more work than calico-lint allows; every file is linted as one cluster. Configure `clusters` to lint them apart.',
  );
  return () => [DEFAULT_SCOPE];
}

/** The rules' work stays within a constant factor of the input: each resource in 16 scopes on average at most. */
const MEMBERSHIPS_PER_RESOURCE = 16;
/** Small trees are never capped. */
const MIN_MEMBERSHIPS = 100_000;
