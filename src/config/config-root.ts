/**
 * The folder that relative paths of a configuration (`clusters[].paths`,
 * `ignores`) start from. Normally the configuration file's own folder. But
 * docs/ci.md recommends linting untrusted pull requests with the base
 * branch's configuration, checked out elsewhere (`--config
 * /tmp/base/.calico-lint.yaml`): resolving its paths against /tmp/base would
 * match no linted file, and cluster scoping and ignores would silently
 * disappear. So a configuration from outside the repository being linted
 * applies to that repository as if it sat at the same place in it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The nearest folder at or above `start` holding `.git`, or undefined. */
export function repositoryRootOf(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isInside(folder: string, root: string): boolean {
  const relative = path.relative(root, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Where a configuration file's relative paths start, when linting from `cwd`:
 * - inside the linted repository (the Git checkout holding `cwd`), or when
 *   `cwd` is in no checkout: the file's folder, as always;
 * - inside another checkout (the base branch's): the same folder of the linted
 *   repository (`/tmp/base/k8s/.calico-lint.yaml` → `<repository>/k8s`);
 * - anywhere else (`git show main:.calico-lint.yaml > /tmp/x.yaml`): the
 *   linted repository's root.
 */
export function configBaseDir(configFile: string, cwd: string): string {
  const configDir = path.dirname(path.resolve(cwd, configFile));
  const root = repositoryRootOf(cwd);
  if (root === undefined || isInside(configDir, root)) return configDir;
  const otherCheckout = repositoryRootOf(configDir);
  if (otherCheckout === undefined) return root;
  return path.join(root, path.relative(otherCheckout, configDir));
}
