import type { SourceRange } from '../parse/source.js';
import type { FindingFix, FindingSuggestion } from './fix.js';

/** ESLint's numeric severities: 1 warning, 2 error. */
export type NumericSeverity = 1 | 2;

export interface RelatedLocation {
  filePath: string;
  range: SourceRange;
  message: string;
}

/**
 * ESLint's LintSuppression: why a finding is not reported. `directive`: an
 * inline comment or annotation; `evidence`: the rule itself found, in the
 * manifest, what makes the finding acceptable (e.g. no-host-network on a pod
 * that needs the node's network), and says which in the justification.
 */
export interface Suppression {
  kind: 'directive' | 'evidence';
  /** The reason written after ` -- ` in the directive. */
  justification: string;
}

/** One problem found in one file. */
export interface Finding {
  /** null for problems that kept a file from being read or parsed (ESLint's convention). */
  ruleId: string | null;
  severity: NumericSeverity;
  message: string;
  filePath: string;
  range: SourceRange;
  /** The file (or document) could not be read; no rule saw it. */
  fatal?: true;
  related?: RelatedLocation[];
  /**
   * Where a finding on rendered output (kustomize, Helm) was found, once placed
   * (src/rendered/): when it moved to the source the user writes, directives in
   * both places count.
   */
  rendered?: { filePath: string; range: SourceRange };
  /** Set when inline directives or the rule's evidence suppress the finding: it is then reported in suppressedMessages, not counted. */
  suppressions?: Suppression[];
  /**
   * What the finding is about, independent of line numbers: the resource's kind,
   * namespace and name (document index when unnamed) and the path reported in it,
   * plus the same for related locations. Reports build stable fingerprints from it
   * (GitLab Code Quality, SARIF partialFingerprints). Set by the engine for rule
   * findings; absent for fatal and suppression-directive findings.
   */
  fingerprintKey?: string;
  /**
   * The same finding told from its other place (an overlap seen from the other
   * pool). With `--base`, the engine keeps the side the change touched
   * (src/engine/changes.ts); it never reaches the report.
   */
  otherSide?: Finding;
  /**
   * The cluster scope whose rules found it (rule findings; see withCluster).
   * Reports build GitHub's primaryLocationLineHash from it.
   */
  readonly cluster?: string;
  /** A verified fix that `--fix` applies (ESLint's message.fix). */
  fix?: FindingFix;
  /** Verified edits offered in review, never applied (ESLint's message.suggestions). */
  suggestions?: FindingSuggestion[];
}

/**
 * Records the cluster scope on a finding or report message. The property is
 * not enumerable: it is report metadata like the line hash built from it, so
 * it stays out of `--format json` and out of structural comparisons of findings.
 */
export function withCluster<T extends object>(target: T, cluster: string | undefined): T {
  if (cluster !== undefined) Object.defineProperty(target, 'cluster', { value: cluster, enumerable: false });
  return target;
}
