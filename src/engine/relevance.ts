/**
 * Which manifest text is worth parsing. Each rule may declare the text any
 * manifest it could report on (or read, e.g. pools for lookups) must contain;
 * a file or document that matches no enabled rule's pattern cannot change the
 * findings, so it is not parsed at all. This is what keeps calico-lint close
 * to the cost of reading the files in repositories where most manifests have
 * nothing to do with Calico.
 */
import type { Rule } from './rule.js';

/**
 * Text that can hide any key or value from a plain substring search: YAML
 * double-quoted escapes (\x, \u, \U) and escaped line breaks, and JSON's \u.
 * For kubectl (go-yaml v2, YAML 1.1) a lone CR, NEL, LS and PS are line breaks
 * too, so `"IP\<U+2028>Pool"` is `IPPool`. A text holding one is always parsed.
 */
const ESCAPES = /\\(?:[xuU]|[\r\n\u0085\u2028\u2029])/;

/**
 * Text that can spell anything in base64: a `!!binary` scalar, which kubectl
 * decodes to a string (`kind: !!binary SVBQb29s` is an IPPool), under any of
 * its spellings: `!!binary`, `!<tag:yaml.org,2002:binary>`, a tag written with
 * %-escapes (`!!%62inary`), or a handle a `%TAG` directive defines.
 */
const BINARY_TAGS = /!!binary|:binary|%TAG|%[0-9A-Fa-f]{2}/;

/** Suppression directives and annotations (src/engine/suppressions.ts). */
const SUPPRESSIONS = /calico-lint/;

/** A gate as plain data, to send to worker threads. */
export interface RelevanceSpec {
  everything: boolean;
  patterns: Array<{ source: string; flags: string }>;
}

export interface RelevanceGate {
  /** True when some enabled rule declares no pattern: then every text is relevant. */
  readonly everything: boolean;
  readonly spec: RelevanceSpec;
  isRelevant(text: string): boolean;
}

export function relevanceGate(rules: readonly Pick<Rule, 'meta'>[]): RelevanceGate {
  const patterns: RegExp[] = [];
  for (const { meta } of rules) {
    if (!meta.relevantText) return EVERYTHING;
    patterns.push(meta.relevantText);
  }
  return gateFromSpec({ everything: false, patterns: patterns.map(({ source, flags }) => ({ source, flags })) });
}

/** `a|b|c` made only of plain words (letters, digits, `-`, escaped `.`): the words, else undefined. */
function literalAlternatives(source: string): string[] | undefined {
  const words = source.split('|');
  if (!words.every((word) => /^(?:[A-Za-z0-9-]|\\\.)+$/.test(word))) return undefined;
  return words.map((word) => word.replace(/\\\./g, '.'));
}

/**
 * Every pattern, checked as cheaply as it can be: plain words with
 * String.includes (a fast scan), everything else in one regular expression,
 * so that a text that matches nothing is scanned a handful of times, not once
 * per rule.
 */
export function gateFromSpec(spec: RelevanceSpec): RelevanceGate {
  if (spec.everything) return EVERYTHING;
  const words = new Set<string>();
  const others: RegExp[] = [SUPPRESSIONS, ESCAPES, BINARY_TAGS];
  for (const { source, flags } of spec.patterns) {
    const literal = flags === '' ? literalAlternatives(source) : undefined;
    if (literal) for (const word of literal) words.add(word);
    // Global or sticky flags would make test() stateful across texts.
    else others.push(new RegExp(source, flags.replace(/[gy]/g, '')));
  }
  const wordList = [...words];
  const caseSensitive = others.filter((pattern) => !pattern.flags.includes('i'));
  const combined = caseSensitive.length > 0 ? new RegExp(caseSensitive.map((p) => `(?:${p.source})`).join('|')) : undefined;
  const rest = others.filter((pattern) => pattern.flags.includes('i'));
  return {
    everything: false,
    spec,
    isRelevant: (text) =>
      wordList.some((word) => text.includes(word)) || (combined?.test(text) ?? false) || rest.some((pattern) => pattern.test(text)),
  };
}

/** The gate that parses everything: the unoptimised path, and --parse-all. */
export const EVERYTHING: RelevanceGate = { everything: true, spec: { everything: true, patterns: [] }, isRelevant: () => true };
