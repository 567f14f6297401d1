/**
 * What a template's own syntax shows about its engine, for the notice that
 * replaces its syntax errors (src/pipeline.ts, templateNotices). Worded from
 * the text alone, never from folder or file names:
 *
 * - Jinja (Salt states, Ansible templates, …): a `{% … %}` statement or a
 *   `{# … #}` comment. Go's text/template has neither: its delimiters are
 *   `{{ }}` only, its comments `{{/* … *\/}}` (text/template/parse/lex.go).
 * - Go template (Helm): an action that only Go's grammar reads: it starts
 *   with a field or variable (`.Values.x`, `$root`), a comment `/*`, a
 *   control word used as Go uses it (`if`, `range`, `with`, `define`,
 *   `template`, `block`, `end`, `else`), or a function called with
 *   space-separated arguments (`include "x" .`). A Jinja name never starts
 *   with `.` or `$`, and Jinja writes control words inside `{% %}`.
 * - Either: only `{{ name }}`-like actions (`{{ salt['pillar.get']('x') }}`,
 *   `{{ version }}`), which both engines read.
 *
 * Only text outside YAML comments counts, as for firstTemplateAction.
 */

export type TemplateSyntax = 'jinja' | 'go' | 'either';

/** `{%` … `%}` or `{#` … `#}` on one line (Jinja's default delimiters; `-`/`+` whitespace control allowed). */
const JINJA_TAG = /\{%[-+]?\s*[A-Za-z_][\s\S]*?[-+]?%\}|\{#[\s\S]*?#\}|\{#-?\s*$/;

/** The start of a `{{ … }}` action that only Go's template grammar reads. */
const GO_ACTION = /\{\{-?\s*(?:[.$]|\/\*|(?:if|else|end|range|with|define|template|block)\b(?!\s*[(=|.[])|[A-Za-z_]\w*\s+["'.$])/;

/** The syntax the document's template text shows (its text outside YAML comments). */
export function templateSyntaxOf(documentText: string): TemplateSyntax {
  let go = false;
  for (const line of documentText.split('\n')) {
    const code = withoutComment(line);
    if (code.includes('{%') || code.includes('{#')) {
      if (JINJA_TAG.test(code)) return 'jinja';
    }
    if (!go && code.includes('{{') && GO_ACTION.test(code)) go = true;
  }
  return go ? 'go' : 'either';
}

/** The line up to a `#` that starts a YAML comment (at its start or after a blank); `{#` is no such `#`. */
function withoutComment(line: string): string {
  const match = /(?:^|[ \t])#/.exec(line);
  return match === null ? line : line.slice(0, match.index);
}

/**
 * Offset of the first Jinja statement or comment (`{% … %}`, `{# … #}`)
 * outside a YAML comment, or undefined: a document of Jinja statements and no
 * `{{ }}` is a template as surely as one with them (kubectl refuses a `{%`
 * that starts a node: "invalid character '%' looking for beginning of object
 * key string"; see opensNestedFlowMapping). Linear in the text.
 */
export function firstJinjaTag(text: string): number | undefined {
  if (!text.includes('{%') && !text.includes('{#')) return undefined;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const code = withoutComment(line);
    const match = (code.includes('{%') || code.includes('{#')) ? JINJA_TAG.exec(code) : null;
    if (match !== null) return lineStart + match.index;
    lineStart += line.length + 1;
  }
  return undefined;
}
