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
 * A text holding one is always parsed.
 */
const ESCAPES = /\\(?:[xuU]|\r?\n)/;

/** Suppression directives and annotations (src/engine/suppressions.ts). */
const SUPPRESSIONS = /calico-lint/;

export interface RelevanceGate {
  /** True when some enabled rule declares no pattern: then every text is relevant. */
  readonly everything: boolean;
  isRelevant(text: string): boolean;
}

export function relevanceGate(rules: readonly Pick<Rule, 'meta'>[]): RelevanceGate {
  const patterns: RegExp[] = [];
  for (const { meta } of rules) {
    if (!meta.relevantText) return { everything: true, isRelevant: () => true };
    patterns.push(meta.relevantText);
  }
  const all = [...patterns, SUPPRESSIONS, ESCAPES];
  return { everything: false, isRelevant: (text) => all.some((pattern) => pattern.test(text)) };
}

/** The gate that parses everything: the unoptimised path, and --parse-all. */
export const EVERYTHING: RelevanceGate = { everything: true, isRelevant: () => true };
