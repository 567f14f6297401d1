import type { SourceRange } from '../parse/source.js';

/** ESLint's numeric severities: 1 warning, 2 error. */
export type NumericSeverity = 1 | 2;

export interface RelatedLocation {
  filePath: string;
  range: SourceRange;
  message: string;
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
}
