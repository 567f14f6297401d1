/**
 * Under `--base`, the files whose findings the base side cannot vouch for
 * because kustomize patches are involved. The base side reads an unchanged
 * file as the head's resource, and the head's resources carry the head's
 * renderings (src/kustomize/patch-targets.ts): a pull request that strips the
 * evidence from a workload (its own file), edits a patch that lands in it, or
 * edits any kustomization, leaves an unchanged patch or workload whose verdict
 * it changes with the same finding on both sides, which the comparison then
 * drops as old. A finding on such a file counts as new instead, as findings
 * in files a changed kustomization re-homes do (never hidden, at worst shown
 * again).
 */
import type { Kustomized } from '../kustomize/patch-targets.js';

interface Patched {
  readonly doc: { readonly filePath: string };
  readonly kustomized?: Kustomized | undefined;
}

/**
 * The files (absolute) of `resources` whose kustomize renderings read a file
 * the change edits or adds (`changed`), or any rendering at all when the
 * change edits, adds or deletes a kustomization (`kustomizationChanged`).
 */
export function filesRenderedFromChange(resources: readonly Patched[], changed: (filePath: string) => boolean, kustomizationChanged: boolean): Set<string> {
  const files = new Set<string>();
  for (const resource of resources) {
    const { kustomized } = resource;
    if (kustomized === undefined) continue;
    const renderings = [...kustomized.asPatch, ...kustomized.asTarget];
    if (renderings.length + kustomized.missed.length === 0) continue;
    const inputs = [
      ...renderings.flatMap((rendering) => [rendering.kustomization, rendering.target.file, ...rendering.patches.map((ref) => ref.file)]),
      ...kustomized.missed.map((miss) => miss.kustomization),
    ];
    if (kustomizationChanged || inputs.some(changed)) files.add(resource.doc.filePath);
  }
  return files;
}
