/**
 * Folders a kustomization elsewhere includes (`resources:` / `bases:` /
 * `components:` naming a folder outside its own): bases and components. For
 * cluster scopes inferred from the tree (src/engine/inferred-scopes.ts) they
 * are shared, never alternatives: an overlay's patch of a base pool is not a
 * second cluster's pool, and the base's pools are those of every overlay that
 * includes it. Only local kustomizations inside the repository are read
 * (src/kustomize/namespaces.ts KustomizeResolver: size-limited, no link out).
 */
import path from 'node:path';
import { isInside, KUSTOMIZATION_FILE_NAMES, type KustomizeResolver } from './namespaces.js';

/** Each included folder (absolute) with the folders of the kustomizations that include it. */
export function kustomizeIncludedFolders(discoveredFiles: readonly string[], resolver: KustomizeResolver): Map<string, string[]> {
  const included = new Map<string, string[]>();
  for (const file of discoveredFiles) {
    if (!(KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(path.basename(file))) continue;
    const kustomization = resolver.load(path.resolve(file));
    if (kustomization === undefined) continue;
    const own = path.dirname(kustomization.file);
    for (const target of [...kustomization.children, ...kustomization.components]) {
      const folder = path.dirname(target);
      // A folder below its own is part of it; one above holds it (not a base beside it).
      if (isInside(folder, own) || isInside(own, folder)) continue;
      const includers = included.get(folder);
      if (includers) includers.push(own);
      else included.set(folder, [own]);
    }
  }
  return included;
}
