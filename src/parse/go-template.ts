/**
 * Helm charts (and other Go-template sources) are templates, not manifests:
 * `{{- if .Values.x }}` lines and `{{ .Values.y }}` values make most of their
 * documents invalid YAML, and kubectl refuses them as they are. Reporting
 * those syntax errors one by one (1,305 for projectcalico/calico's charts/)
 * says nothing useful; the rendered output is what can be linted.
 *
 * The criterion keeps the linter sound: a document that parses is linted as
 * always, whatever `{{` it holds (kubectl would apply it). Only a document
 * that does not parse, and holds a template action outside YAML comments,
 * counts as a template instead of a parse error. A `{{` in a comment cannot
 * turn a broken document into a template.
 */

/** A Go template action: `{{ … }}`, `{{- … -}}`, a template comment, on one line or several. */
const ACTION = /\{\{[\s\S]*?\}\}/g;

/** Offset of the first template action outside a comment in `text`, or undefined. */
export function firstTemplateAction(text: string): number | undefined {
  for (const match of text.matchAll(ACTION)) {
    if (!inComment(text, match.index)) return match.index;
  }
  return undefined;
}

/**
 * Whether the offset follows a `#` that starts a comment on its line (at the
 * start or after a blank). A `#` inside a quoted scalar counts too: then the
 * action is taken as a comment and the document's parse errors are kept, the
 * safe side.
 */
function inComment(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /(?:^|[ \t])#/.test(text.slice(lineStart, offset));
}
