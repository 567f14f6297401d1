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

export function gateFromSpec(spec: RelevanceSpec): RelevanceGate {
  if (spec.everything) return EVERYTHING;
  // Global or sticky flags would make test() stateful across texts.
  const all = [...spec.patterns.map(({ source, flags }) => new RegExp(source, flags.replace(/[gy]/g, ''))), SUPPRESSIONS, ESCAPES];
  return { everything: false, spec, isRelevant: (text) => all.some((pattern) => pattern.test(text)) };
}

/** The gate that parses everything: the unoptimised path, and --parse-all. */
export const EVERYTHING: RelevanceGate = { everything: true, spec: { everything: true, patterns: [] }, isRelevant: () => true };
