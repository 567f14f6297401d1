import { docsUrl, type ResourceRule } from '../src/engine/rule.js';
import type { FixRequest } from '../src/engine/fix.js';
import type { Path, SourceRange } from '../src/parse/source.js';
import { unresolvedTagsIn } from '../src/parse/parse-manifest.js';
import { getIn } from '../src/resources/resource.js';
import { echo, escapeControl } from '../src/text.js';

const SELECTOR_KEY = /selector$/i;

/** Selectors are short; a tag followed by a long scalar is shown cut. */
const MAX_WRITTEN = 200;

function clipped(text: string): string {
  return text.length <= MAX_WRITTEN ? text : `${text.slice(0, MAX_WRITTEN)}…`;
}

/** What an empty selector selects, by field. */
const EVERYTHING: Readonly<Record<string, string>> = {
  nodeSelector: 'every node',
  namespaceSelector: 'every namespace',
};

/**
 * `nodeSelector: !all()` written unquoted is a YAML tag on an empty scalar.
 * Kubernetes drops unknown tags, the selector becomes "" and Calico reads an
 * empty selector as `all()`: the exact opposite of what was meant. With a
 * blank after the `!` (`! all()`), the `!` is YAML's non-specific tag and the
 * selector reads `all()`: the opposite again.
 */
export const selectorYamlTag: ResourceRule = {
  meta: {
    id: 'selector-yaml-tag',
    description: 'A selector written unquoted after `!` is a YAML tag: the field silently becomes empty, which selects everything.',
    remediation: 'Quote every selector that starts with `!`: nodeSelector: "!all()".',
    docsUrl: docsUrl('selector-yaml-tag'),
    defaultSeverity: 'error',
    fixable: 'code',
    scope: 'resource',
    // A key ending in `selector`, then (past blanks, comments or an anchor) a `!`. Each alternative
    // starts with its own character, so the pattern runs in linear time on any text.
    // (Letter classes rather than the i flag, so the gate can join it with the other patterns.)
    relevantText: /[sS][eE][lL][eE][cC][tT][oO][rR]["']?\s*:(?:\s|#[^\n]*\n|&\S*(?=\s))*!/,
  },
  check(resource, context) {
    const base = resource.path;
    for (const tag of unresolvedTagsIn(resource.doc, base)) {
      const inResource = base.every((segment, i) => tag.path[i] === segment);
      const key = tag.path[tag.path.length - 1];
      if (!inResource || typeof key !== 'string' || !SELECTOR_KEY.test(key)) continue;
      const readAs = getIn(resource.doc.value, tag.path);
      // Both come from the manifest: escaped, and shortened (the scalar after a tag can be megabytes long).
      const written = escapeControl(clipped(tag.written));
      const field = echo(key, 80);
      if (tag.tag === '!' && typeof readAs === 'string') {
        // YAML's non-specific tag: `! all()` is the string "all()", so the negation is lost.
        const meant = escapeControl(clipped(`!${readAs}`));
        const read = escapeControl(clipped(readAs));
        context.report({
          resource,
          range: tag.range,
          fix: quoteSelector(tag.range, tag.path.slice(base.length), `!${readAs}`),
          message: `Unquoted \`${written}\` is YAML's non-specific tag \`!\` followed by \`${read}\`: Kubernetes reads ` +
            `\`${field}\` as \`${read}\`, without the \`!\`, the opposite of what was meant. Quote it: \`${field}: "${meant}"\``,
        });
        continue;
      }
      const problem =
        readAs === '' || readAs === null || readAs === undefined
          ? `Unquoted \`${written}\` is a YAML tag, not a selector: \`${field}\` is read as empty, ` +
            `which Calico treats as \`all()\` (${EVERYTHING[key] ?? 'everything'})`
          : `Unquoted \`${written}\` starts with the YAML tag \`${escapeControl(clipped(tag.tag))}\`: ` +
            'kubectl cannot parse it, and other YAML readers drop the tag';
      context.report({
        resource,
        range: tag.range,
        fix: quoteSelector(tag.range, tag.path.slice(base.length), tag.written),
        message: `${problem}. Quote it: \`${field}: "${written}"\``,
      });
    }
  },
};

/**
 * The fix: exactly the selector as written (the tag and the scalar after it,
 * never the blanks before a comment) in double quotes, which Kubernetes reads
 * as that very string. A selector over more than one line is left alone (a
 * line break makes it invalid anyway: the author must rewrite it).
 */
function quoteSelector(range: SourceRange, path: Path, selector: string): FixRequest {
  return (source) => {
    if (/[\r\n]/.test(selector)) return undefined;
    const [start, end] = source.offsetsOf(range);
    return { edits: [{ range: [start, end], text: JSON.stringify(selector) }], expect: [{ path, value: selector }] };
  };
}
