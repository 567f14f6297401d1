/**
 * Where a YAML escape can change what a text says. Escapes (`\x50`, `\u0050`,
 * an escaped line break) are decoded only inside double-quoted scalars (YAML
 * 1.1 and 1.2, §5.7; a JSON string is one). Anywhere else a backslash is
 * itself: the line continuations of a shell script in a block scalar
 * (`go build \` in a CI job, a snapcraft part, cloud-init), a Windows path in
 * a plain or single-quoted scalar, a comment. Such a text hides no key or
 * value from a plain search, so the relevance gate need not parse it (and a
 * file no rule can use gets no parse errors: flannel's broken
 * `dist/snap/snapcraft.yaml` got nine, for its shell continuations).
 *
 * YAML written inside a string (Helm values in `valuesContent: |`, a kubeadm
 * ClusterConfiguration in a ConfigMap: src/resources/embedded.ts) is read
 * again by the rules, so the contents of block and single-quoted scalars are
 * searched the same way, as texts of their own.
 */
import { CST, Lexer } from 'yaml';

/**
 * Line breaks of go-yaml (kubectl) that the `yaml` package reads as content,
 * and a byte-order mark inside the text: where kubectl's reading may differ
 * from the lexer's, every escape is taken to count.
 */
const UNLIKE_KUBECTL = /\r(?!\n)|[\u0085\u2028\u2029]|(?!^)\uFEFF/;

/** Strings inside strings, at most: deeper, every escape is taken to count. */
const MAX_NESTING = 8;

/** The lexer's mark before a scalar (plain, quoted, or a block scalar's contents). */
const SCALAR_MARK = '\u001f';
/** The lexer's other marks, which stand for no text (a document's start, the end of a flow collection). */
const ZERO_WIDTH = new Set(['\u0002', '\u0018']);

/** Whether some double-quoted scalar of the text, or of YAML written in one of its strings, holds a match of `escapes`. */
export function escapeInDoubleQuotes(text: string, escapes: RegExp, depth = 0): boolean {
  if (depth > MAX_NESTING || UNLIKE_KUBECTL.test(text)) return true;
  let afterHeader = false;
  let afterMark = false;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === SCALAR_MARK) {
      afterMark = true;
      continue;
    }
    if (ZERO_WIDTH.has(token)) continue;
    const start = offset;
    offset += token.length;
    const type = CST.tokenType(token);
    if (type === 'block-scalar-header') afterHeader = true;
    else if (type === 'double-quoted-scalar') {
      // Unclosed: the lexer ended it at a line less indented than YAML allows, which go-yaml still reads as
      // part of the string (src/parse/flow-indentation.ts): the rest of the text counts.
      const closed = token.length > 1 && token.endsWith('"') && !/(?:^|[^\\])(?:\\\\)*\\"$/.test(token);
      if (escapes.test(closed ? token : text.slice(start))) return true;
    } else if (type === 'single-quoted-scalar') {
      if (escapes.test(token) && escapeInDoubleQuotes(token.slice(1, -1).replaceAll("''", "'"), escapes, depth + 1)) return true;
    } else if (afterMark && afterHeader) {
      // A block scalar's contents, as written (indented): YAML read as such.
      afterHeader = false;
      if (escapes.test(token) && escapeInDoubleQuotes(token, escapes, depth + 1)) return true;
    }
    afterMark = false;
  }
  return false;
}
