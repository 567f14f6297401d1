/**
 * Templates for envsubst: Cluster API's, filled in by `clusterctl generate
 * cluster` (`${VAR}`, `${VAR:=default}`, `${VAR:-default}`…), and files a
 * script pipes through `envsubst` before applying them. A variable in a value
 * (`cidr: ${POD_CIDR}`) is YAML already and is read as it is. A variable that
 * starts a line stands for YAML that is inserted there: metal3's
 * `${CTLPLANE_KUBEADM_EXTRA_CONFIG}` alone below a KubeadmControlPlane's
 * `initConfiguration` (marked `# yamllint disable-line rule:syntax`), or
 * projectcalico/vpp-dataplane's `${DISABLE_NODE_CIDR_MASK}- name: …`, which
 * becomes `#` to comment a line out. Until then the document is no YAML and
 * kubectl refuses it ("could not find expected ':'", "did not find expected
 * '-' indicator"), so its syntax errors say nothing the user can act on. Such a
 * document is a template, with a notice, as a Helm chart's are
 * (src/parse/go-template.ts).
 *
 * Only when every syntax error of the document lies on such a line, at or
 * before the end of its variable (the line's indentation, or the variable):
 * any other error is reported as usual. An error further on the line is about
 * what follows the variable, which can be YAML go-yaml reads
 * (`${X}: {}#c`: the key `${X}`, then a comment for go-yaml; the `yaml`
 * package wants a blank before the `#`).
 */

/** A line that starts (after its indentation, or a sequence's `- `) with an envsubst variable. */
const VARIABLE_FIRST = /^[ \t]*(?:-[ \t]+)?\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-=+?])[^}\n]*)?\}/;

/**
 * Offset of the `${` of the first such line of `text` that an error lies on,
 * when every error offset lies on such a line; otherwise undefined.
 */
export function variableLineAt(text: string, errorOffsets: readonly number[]): number | undefined {
  if (errorOffsets.length === 0) return undefined;
  let first: number | undefined;
  for (const offset of errorOffsets) {
    const lineStart = text.lastIndexOf('\n', Math.min(offset, text.length) - 1) + 1;
    const newline = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    const variable = VARIABLE_FIRST.exec(line);
    if (variable === null || offset >= lineStart + variable[0].length) return undefined;
    const at = lineStart + line.indexOf('${');
    first = first === undefined ? at : Math.min(first, at);
  }
  return first;
}
