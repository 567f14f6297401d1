/**
 * Cluster scopes: project rules (overlaps, pool lookups) compare resources of
 * one cluster only, since a GitOps repository legitimately reuses CIDRs across
 * clusters. A file belongs to the first cluster whose `paths` match it.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_SCOPE } from '../config/defaults.js';
import type { LintConfig } from '../config/schema.js';
import type { Resource } from '../resources/resource.js';
import { inferredScopes, splitFolders, type ScopesOf } from './inferred-scopes.js';

export { DEFAULT_SCOPE };

export type ScopeOf = (filePath: string) => string;

export function scopeMatcher(config: Pick<LintConfig, 'clusters' | 'baseDir'>): ScopeOf {
  const clusters = config.clusters.map((cluster) => ({
    name: cluster.name,
    matches: picomatch(cluster.paths, { dot: true }),
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
 * the scopes from the files of `resources`.
 */
export function inferredScopeMatcher(evidence: readonly Resource[], resources: readonly Resource[], baseDir: string): ScopesOf {
  return inferredScopes(splitFolders(evidence, baseDir), [...new Set(resources.map((resource) => resource.doc.filePath))], baseDir);
}
