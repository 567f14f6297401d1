/**
 * Terraform templates: manifests that a Terraform module renders with
 * `templatefile()` (poseidon/terraform-render-bootstrap's kube-proxy, flannel
 * and Cilium DaemonSets, Typhoon's and other installers' addons). Their
 * `${var}` interpolations sit in values and are YAML already; their directives
 * (`%{ for key in tolerations ~}` … `%{ endfor ~}`, `%{ if … }` … `%{ else }`
 * … `%{ endif }`, `~` trimming the whitespace around them) stand where YAML
 * expects a node. `%` may not start a plain scalar (it is YAML's directive
 * indicator), so kubectl refuses the document as written ("found character
 * that cannot start any token", "could not find expected directive name") and
 * its syntax errors say nothing the user can act on. Such a document is a
 * template, with a notice, as a Helm chart's are (src/parse/go-template.ts).
 *
 * Only a directive where a node starts counts: at the start of a line (after
 * its indentation or a sequence's `- `) or after a mapping's `: `; `%{`
 * elsewhere inside a scalar (`a%{x}`) is text YAML reads, and a directive in
 * a YAML comment is none. Terraform's grammar: hashicorp/hcl
 * hclsyntax/spec.md, "Template Directives".
 */

/** A template directive where a YAML node starts (its keyword: for, endfor, if, else, endif). */
const DIRECTIVE_AT_NODE = /(?:^[ \t]*(?:-[ \t]+)?|:[ \t]+)(%\{~?[ \t]*(?:for|endfor|if|else|endif)\b[^}\n]*\})/;

/** Offset in `documentText` of the `%{` of its first directive where a node starts, outside comments; else undefined. */
export function firstTerraformDirective(documentText: string): number | undefined {
  if (!documentText.includes('%{')) return undefined;
  let lineStart = 0;
  for (const line of documentText.split('\n')) {
    const comment = /(?:^|[ \t])#/.exec(line);
    const code = comment === null ? line : line.slice(0, comment.index);
    const match = code.includes('%{') ? DIRECTIVE_AT_NODE.exec(code) : null;
    if (match !== null) return lineStart + match.index + match[0].length - match[1]!.length;
    lineStart += line.length + 1;
  }
  return undefined;
}
