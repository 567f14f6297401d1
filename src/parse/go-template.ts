import { Parser, type CST, type YAMLError } from 'yaml';

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
 *
 * And kubectl must refuse it too (opensNestedFlowMapping), or the file must
 * sit where templates live (a chart's `templates/`, or paths the
 * configuration declares: src/analyze/template-places.ts): a document the
 * `yaml` package rejects and go-yaml reads (`labels: {}#{{ x }}`, where
 * go-yaml takes `#…` after `}` for a comment) is an error otherwise, never a
 * silent skip.
 */

/**
 * Offset of the first Go template action (`{{ … }}`, `{{- … -}}`, a template
 * comment, on one line or several) outside a YAML comment in `text`, or
 * undefined. Linear in the text, whatever it holds: a hostile file of
 * millions of `{{` must not take quadratic time.
 */
export function firstTemplateAction(text: string): number | undefined {
  let close = -1;
  let lineEnd = -1; // the line of the previous `{{` ends here (its newline, or the text's end)
  let commentStart = Infinity;
  for (let open = text.indexOf('{{'); open !== -1; open = text.indexOf('{{', open + 2)) {
    // The first `}}` after this `{{`: the one found for an earlier `{{` serves while it lies beyond.
    if (close < open + 2) {
      close = text.indexOf('}}', open + 2);
      if (close === -1) return undefined; // no later `{{` can be closed either
    }
    if (open > lineEnd) {
      // A new line: each stretch of text is scanned once, however many `{{` a line holds.
      const lineStart = text.lastIndexOf('\n', open - 1) + 1;
      const newline = text.indexOf('\n', open);
      lineEnd = newline === -1 ? text.length : newline;
      commentStart = commentStartOf(text.slice(lineStart, lineEnd), lineStart);
    }
    if (open < commentStart) return open;
  }
  return undefined;
}

/**
 * Where a `#` that starts a comment (at the start of the line or after a
 * blank) lies on `line`, which starts at `lineStart`; Infinity when none. A `#`
 * inside a quoted scalar counts too: then the action is taken as a comment
 * and the document's parse errors are kept, the safe side.
 */
function commentStartOf(line: string, lineStart: number): number {
  const match = /(?:^|[ \t])#/.exec(line);
  return match === null ? Infinity : lineStart + match.index;
}

/**
 * Whether the document holds a `{{` that starts a YAML node, which kubectl
 * certainly refuses: go-yaml v2 reads `{{ x }}` as a flow mapping whose key is
 * itself a mapping (`{{x: null}: null}`), and decoding it into an interface{}
 * (what sigs.k8s.io/yaml does) fails: "invalid map key" (decode.go,
 * mapping()). A `{{` inside a scalar (quoted, plain or block) or a comment
 * does not start a node, and proves nothing. A Jinja `{%` that starts a node
 * is refused as surely: go-yaml finds a `%`, which cannot start a token
 * (Ansible's templates mix both). Read on the `yaml` package's
 * syntax tree, which keeps going past the errors that made the document a
 * template candidate; the tree is walked with an explicit stack.
 */
export function opensNestedFlowMapping(documentText: string): boolean {
  if (!documentText.includes('{{') && !documentText.includes('{%')) return false;
  const pending: unknown[] = [...new Parser().parse(documentText)];
  while (pending.length > 0) {
    const token = pending.pop() as CST.Token | CST.CollectionItem | undefined;
    if (token === undefined || token === null || typeof token !== 'object') continue;
    if ('type' in token && token.type === 'flow-collection') {
      const first = token.items[0];
      const inner = first?.key ?? first?.value;
      if (token.start.source === '{' && (isFlowMapAt(inner, token.offset + 1) || documentText[token.offset + 1] === '%')) return true;
    }
    if ('type' in token && (token.type === 'document' || token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection')) {
      if (token.type === 'document') pending.push(token.value);
      else for (const item of token.items) pending.push(item.key, item.value);
    } else if (!('type' in token)) {
      pending.push(token.key, token.value);
    }
  }
  return false;
}

function isFlowMapAt(token: CST.Token | null | undefined, offset: number): boolean {
  return token?.type === 'flow-collection' && token.start.source === '{' && token.offset === offset;
}

/** A block value that opens a quoted scalar with a template action: `key: "{{`, `- '{{`. */
const QUOTED_ACTION = /^\s*(?:-\s+)?(?:[^\s"'#{[\]-][^#]*?:\s+)?(["'])\{\{/;

/**
 * Whether a line of the document quotes a template action that itself holds
 * the same quote, so the scalar closes inside the action and the line goes on
 * (`kubernetes: "{{ required ".VERSION is required" .VERSION }}"`, kubermatic/kubeone
 * test/e2e/testdata). go-yaml refuses that line whatever follows: after a quoted
 * scalar in a block, only a comment, the line's end or a `:` (the scalar was a
 * key) may come; kubectl says "did not find expected key". The `:` case is left
 * out, so the document is a template anywhere only when kubectl certainly refuses it.
 * The quote must open a quoted scalar of the syntax tree: the same line inside a
 * block scalar (`note: |`) or a plain scalar's continuation is text go-yaml reads,
 * and a yaml-only error elsewhere (`labels: {}#x`) must not make it a template.
 */
export function breaksQuotedAction(documentText: string): boolean {
  if (!documentText.includes('{{')) return false;
  let quotedScalars: Set<number> | undefined;
  let lineStart = 0;
  for (const line of documentText.split('\n')) {
    const at = lineStart;
    lineStart += line.length + 1;
    const match = QUOTED_ACTION.exec(line);
    if (match === null) continue;
    const quote = match[1]!;
    const open = match[0].length - 2; // the `{{`
    // The quote must open a quoted scalar, not sit inside a block scalar, a plain scalar's
    // continuation or a multi-line quoted string, which go-yaml reads whatever the line holds.
    quotedScalars ??= quotedScalarStarts(documentText);
    if (!quotedScalars.has(at + open - 1)) continue;
    const actionEnd = line.indexOf('}}', open + 2);
    const closing = closingQuote(line, open, quote);
    if (closing === -1 || actionEnd === -1 || closing > actionEnd) continue;
    const rest = line.slice(closing + 1).trim();
    if (rest !== '' && !rest.startsWith('#') && !rest.startsWith(':')) return true;
  }
  return false;
}

/** Offsets of the quoted scalars of the document's syntax tree (the `yaml` package's, which reads on past errors). */
function quotedScalarStarts(documentText: string): Set<number> {
  const starts = new Set<number>();
  const pending: unknown[] = [...new Parser().parse(documentText)];
  while (pending.length > 0) {
    const token = pending.pop() as CST.Token | CST.CollectionItem | undefined;
    if (token === undefined || token === null || typeof token !== 'object') continue;
    if (!('type' in token)) {
      pending.push(token.key, token.value);
      continue;
    }
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') starts.add(token.offset);
    else if (token.type === 'document') pending.push(token.value);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) pending.push(item.key, item.value);
    }
  }
  return starts;
}

/** Offset in `line` of the quote that closes a scalar whose text starts at `from`, or -1 on this line. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let at = from; at < line.length; at++) {
    const char = line[at];
    if (quote === '"' && char === '\\') at++; // an escape: the next character is taken as it is
    else if (char === quote) {
      if (quote === "'" && line[at + 1] === "'") at++; // '' is one quote in a single-quoted scalar
      else return at;
    }
  }
  return -1;
}

/**
 * Whether the `yaml` package found a block mapping key that runs over two
 * lines, which go-yaml refuses as surely: a simple key cannot span a line
 * break (libyaml's stale simple keys), so the `:` after it is "mapping values
 * are not allowed in this context" or "could not find expected ':'". A Go
 * template action glued to a key does this: `ipPools:{{ range $cidr := … }}`
 * is a plain scalar that runs on into the next line's `- cidr: …`
 * (nutanix-cloud-native/cluster-api-runtime-extensions-nutanix a3310a6,
 * charts/…/addons/cni/calico/docker/values-template.yaml). Checked with
 * kubectl 1.32 (test/helm-template.test.ts). The flow-context message ("Implicit
 * keys of flow sequence pairs…") is left out: go-yaml's flow rules differ.
 */
export function splitsBlockKey(errors: readonly YAMLError[]): boolean {
  return errors.some((error) => error.code === 'MULTILINE_IMPLICIT_KEY' && error.message.startsWith('Implicit keys need to be on a single line'));
}
