/**
 * The Calico release a repository targets (`calicoVersion` in the
 * configuration). Calico's validation changes between releases: a check that
 * exists only from some release on applies only when the target is that
 * release or newer.
 */

/**
 * The newest Calico release whose rules calico-lint implements and that is
 * released: v3.32 (tag v3.32.1 in projectcalico/calico). Checks of the
 * unreleased v3.33 (branch release-v3.33) apply with `calicoVersion: "3.33"`.
 */
export const DEFAULT_CALICO_VERSION = '3.32';

/** The newest release whose checks calico-lint knows; a newer target gets all of them. */
export const NEWEST_KNOWN_CALICO_VERSION = '3.33';

/** `3.30`, `v3.30` or `3.30.2`: the minor release is what validation depends on. */
const VERSION = /^v?(\d+)\.(\d+)(?:\.\d+)?$/;

export const CALICO_VERSION_EXAMPLE = 'a Calico release such as "3.30" (major.minor)';

/** `v3.30.2` → `3.30`; undefined when the text is not a version. */
export function normalizeCalicoVersion(text: string): string | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major !== 3 || minor > 999) return undefined;
  return `${major}.${minor}`;
}

/** Whether the target release is `release` (e.g. "3.31") or newer. */
export function calicoAtLeast(target: string, release: string): boolean {
  const [targetMajor, targetMinor] = target.split('.').map(Number) as [number, number];
  const [major, minor] = release.split('.').map(Number) as [number, number];
  return targetMajor > major || (targetMajor === major && targetMinor >= minor);
}
