/**
 * Cluster API's templates are filled in by `clusterctl generate cluster`
 * (envsubst: `${VAR}`, `${VAR:=default}`, `${VAR:-default}`…) before they are
 * applied. A variable in a value (`cidr: ${POD_CIDR}`) is YAML already and is
 * read as it is. A variable alone on its line stands for YAML that clusterctl
 * inserts there (metal3's `${CTLPLANE_KUBEADM_EXTRA_CONFIG}` below a
 * KubeadmControlPlane's `initConfiguration`, marked `# yamllint disable-line
 * rule:syntax`): until then the document is no YAML, and kubectl refuses it
 * ("could not find expected ':'", "did not find expected key"), so its syntax
 * errors say nothing the user can act on. Such a document is a template, with
 * a notice, as a Helm chart's are (src/parse/go-template.ts).
 *
 * Only when every syntax error of the document lies on such a line: any other
 * error is reported as usual.
 */

/** A line that is one envsubst variable and nothing else (a comment aside). */
const LONE_VARIABLE = /^[ \t]*(?:-[ \t]+)?\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-=+?])[^}\n]*)?\}[ \t]*(?:#[^\n]*)?\r?$/;

/**
 * Offset of the `${` of the first lone-variable line of `text` that an error
 * lies on, when every error offset lies on such a line; otherwise undefined.
 */
export function loneVariableAt(text: string, errorOffsets: readonly number[]): number | undefined {
  if (errorOffsets.length === 0) return undefined;
  let first: number | undefined;
  for (const offset of errorOffsets) {
    const lineStart = text.lastIndexOf('\n', Math.min(offset, text.length) - 1) + 1;
    const newline = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    if (!LONE_VARIABLE.test(line)) return undefined;
    const at = lineStart + line.indexOf('${');
    first = first === undefined ? at : Math.min(first, at);
  }
  return first;
}
