/**
 * A `${VAR}` written as an item of a flow collection: Cluster API templates'
 * `sshAuthorizedKeys: [${VM_SSH_KEYS}]` (ionos-cloud/cluster-api-provider-proxmox,
 * every cluster template), which clusterctl fills in with a quoted key before
 * anything parses the file. Inside `[ ]` or `{ }` a plain scalar may not hold a
 * `{`, so YAML reads `$` and then a flow mapping: kubectl refuses the document as
 * written ("did not find expected ',' or ']'"), and so does the `yaml` package
 * ("Missing , or : between flow sequence items"). Like a line that starts with a
 * variable (envsubst-template.ts), it is a template, with a notice, not a
 * document full of syntax errors the user cannot act on.
 *
 * Only errors that lie at or after such a variable on its line count, and only
 * when one lies at the variable's `{`: an error before it is about something
 * else, and a `${` inside a quoted scalar raises none.
 */
import { variableLineAt } from './envsubst-template.js';

/**
 * An envsubst variable that starts an item of a flow collection: after `[`, `{`, `,` or a flow mapping's `:`.
 * Blanks inside the braces are clusterctl's legacy form (`[ ${ VM_SSH_KEYS } ]` in the Proxmox provider's Flatcar
 * templates), which it rewrites to `${VM_SSH_KEYS}` before substituting (cluster-api
 * cmd/clusterctl/client/yamlprocessor/simple_processor.go, legacyVariableRegEx).
 */
const FLOW_ITEM_VARIABLE = /([[{,]|[[{][^\]}]*:)[ \t]*(\$\{(?:[A-Za-z_][A-Za-z0-9_]*(?::?[-=+?][^}\n]*)?|[ \t]*[A-Za-z0-9_$]+[ \t]*)\})/;

/** Offset of the `$` of the first flow-item variable on the line of `offset`, when `offset` lies at or after it. */
export function flowVariableAt(text: string, offset: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', Math.min(offset, text.length) - 1) + 1;
  const newline = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, newline === -1 ? text.length : newline);
  const match = FLOW_ITEM_VARIABLE.exec(line);
  if (match === null) return undefined;
  const at = lineStart + match.index + match[0].length - match[2]!.length;
  return offset >= at ? at : undefined;
}

/**
 * Offset of the first `${` that makes the document a template for envsubst or
 * clusterctl, when every error lies on a line that starts with a variable
 * (variableLineAt) or at a flow-item variable (flowVariableAt); otherwise undefined.
 */
export function envsubstVariableAt(text: string, errorOffsets: readonly number[]): number | undefined {
  if (errorOffsets.length === 0) return undefined;
  let first: number | undefined;
  for (const offset of errorOffsets) {
    const line = variableLineAt(text, [offset]);
    const flow = line === undefined ? flowVariableAt(text, offset) : undefined;
    // The flow mapping YAML reads must start at the variable's `{`: text that only looks like a flow item
    // (`['a, ${B}']`, inside a quoted scalar) raises no error there, and what errs after it may be YAML kubectl reads.
    if (flow !== undefined && !errorOffsets.includes(flow + 1)) return undefined;
    const at = line ?? flow;
    if (at === undefined) return undefined;
    first = first === undefined ? at : Math.min(first, at);
  }
  return first;
}
