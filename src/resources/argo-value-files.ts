/**
 * An Argo CD Application's `helm.valueFiles` (`spec.source` or each of
 * `spec.sources`): Helm's `--values` files, before `values` /
 * `valuesObject` and `parameters` (argoproj/argo-cd
 * reposerver/repository/repository.go helmTemplate, getResolvedValueFiles):
 * - a plain path is relative to the source's `path` in its repository, an
 *   absolute one to the repository's root, and never out of it
 *   (util/io/path ResolveValueFilePathOrUrl); an http(s) URL is downloaded;
 * - `$name/rest` is `rest` in the repository of the source whose `ref` is
 *   `name` (getReferencedSource, getResolvedRefValueFile); any other `$` is
 *   an environment variable Argo CD substitutes (env.Envsubst);
 * - a missing file fails the render, unless `ignoreMissingValueFiles`.
 *
 * calico-lint reads a file of the scanned repository, taking the source's
 * repository for this one when its `path` is a folder here (it cannot check
 * `repoURL`); for the tigera-operator chart, what it cannot read (a URL, a
 * chart fetched from a Helm repository, a `path` or a `$ref` file that is not
 * here, a variable) is reported by rule helm-values-unread, never dropped.
 */
import type { TreeFileReader, UnreadValues } from '../kustomize/helm-charts.js';
import { TIGERA_REPOSITORY } from '../kustomize/helm-charts.js';
import type { Path } from '../parse/source.js';
import type { ValuesLayer } from './helm-values-layers.js';
import { getIn, isPlainObject, type Resource } from './resource.js';

export const ARGO_CONSEQUENCE = 'the Installation Argo CD renders from the tigera-operator chart of this Application was not checked. ' +
  'Keep the values file in this repository beside the chart source (or write the values in `helm.valuesObject`), or lint the rendered output (`helm template … | calico-lint -`).';

export interface ArgoValueFiles {
  layers: ValuesLayer[];
  unread: UnreadValues[];
  /** The files read (their own views as plain values files give way to this source's). */
  files: string[];
  /** The source installs the tigera-operator chart: by `chart`, the `path`'s last folder, a `repoURL` of Calico's, or values writing `installation`. */
  tigeraOperator: boolean;
}

export function argoValueFiles(host: Resource, sourcePath: Path, read: TreeFileReader | undefined): ArgoValueFiles {
  const source = getIn(host.object, sourcePath);
  const result: ArgoValueFiles = { layers: [], unread: [], files: [], tigeraOperator: false };
  if (!isPlainObject(source)) return result;
  const helm = isPlainObject(source.helm) ? source.helm : {};
  const folder = typeof source.path === 'string' && source.path !== '' ? source.path : undefined;
  const lastFolder = folder?.replace(/\/+$/, '').split('/').pop();
  const inline = helm.valuesObject ?? helm.values;
  result.tigeraOperator = source.chart === 'tigera-operator' || lastFolder === 'tigera-operator' ||
    (typeof source.repoURL === 'string' && TIGERA_REPOSITORY.test(source.repoURL)) ||
    (isPlainObject(inline) && Object.hasOwn(inline, 'installation')) || (typeof inline === 'string' && /^installation\s*:/m.test(inline));
  // `helm.fileParameters` are Helm's `--set-file name=path` (util/helm/cmd.go): a value read from a file, never followed here.
  if (Array.isArray(helm.fileParameters)) {
    helm.fileParameters.forEach((entry, j) => {
      if (!isPlainObject(entry)) return;
      const at: Path = [...sourcePath, 'helm', 'fileParameters', j];
      result.unread.push({ path: at, part: 'value', message: `\`${dottedOf(at)}\` is a value Argo CD reads from a file (\`--set-file\`), which calico-lint does not read`, consequence: ARGO_CONSEQUENCE });
    });
  }
  const valueFiles = helm.valueFiles;
  if (!Array.isArray(valueFiles)) return result;
  const ignoreMissing = helm.ignoreMissingValueFiles === true;
  const refs = getIn(host.object, ['spec', 'sources']);
  valueFiles.forEach((entry, j) => {
    if (typeof entry !== 'string' || entry === '') return;
    const at: Path = [...sourcePath, 'helm', 'valueFiles', j];
    const label = `\`${dottedOf(at)}\``;
    const unread = (reason: string): void => {
      result.unread.push({ path: at, part: 'value', message: `${label} is ${reason}`, consequence: ARGO_CONSEQUENCE });
    };
    let relative: string;
    if (entry.startsWith('$')) {
      const [variable, ...rest] = entry.split('/');
      const named = Array.isArray(refs) && refs.some((other) => isPlainObject(other) && `$${String(other.ref)}` === variable);
      if (!named) return unread('a path with a variable Argo CD substitutes, which calico-lint does not');
      relative = rest.join('/');
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
      return unread('a URL, which Argo CD downloads and calico-lint never fetches');
    } else if (folder === undefined) {
      return unread('a file of the chart Argo CD fetches from its Helm repository, which calico-lint does not read');
    } else if (read === undefined || !read.hasFolder(folder)) {
      return unread(`relative to the source's \`path\` ${JSON.stringify(folder)}, which is not a folder of this repository`);
    } else {
      relative = entry.startsWith('/') ? entry : `${folder.replace(/\/+$/, '')}/${entry}`;
    }
    if (read === undefined) return unread('a file calico-lint could not read here (no repository to read it from)');
    const got = read.inRepository(relative);
    if (!got.ok) {
      if (/does not exist/.test(got.reason)) {
        if (ignoreMissing) return; // Argo CD skips it: nothing is rendered from it.
        return unread('a file that does not exist in this repository: Argo CD fails the render unless `ignoreMissingValueFiles`');
      }
      return unread(got.reason);
    }
    if (!isPlainObject(got.doc.value)) return;
    result.layers.push({ label, doc: got.doc, prefix: [], values: got.doc.value });
    result.files.push(got.doc.filePath);
  });
  return result;
}

function dottedOf(path: Path): string {
  return path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').slice(1);
}
