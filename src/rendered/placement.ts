/** Where a finding on a rendered object is placed in the files the user writes. */
import type { RelatedLocation } from '../engine/finding.js';
import type { Path, SourceDocument, SourceRange } from '../parse/source.js';

export type PlacementKind =
  /** The value is written in the origin file (or template) as rendered. */
  | 'written'
  /** A patch, a transformer field of a kustomization (`namespace:`, `namePrefix`, …), a generator entry. */
  | 'patch'
  /** A Helm values file holds the value; the template line is a related location. */
  | 'values'
  /** Neither: the object's first line in its origin file. */
  | 'object';

export interface Placement {
  filePath: string;
  range: SourceRange;
  kind: PlacementKind;
  /** Further places worth showing (the template line of a value from values.yaml). */
  related?: RelatedLocation[];
}

/** One object of the rendered stream, and where the finding is inside it. */
export interface RenderedHit {
  doc: SourceDocument;
  /** The rendered text's lines. */
  lines: readonly string[];
  path: Path;
  part: 'key' | 'value';
  /** The range of that key or value in the rendered text. */
  range: SourceRange;
  /** The finding's own range (inside `range`, or equal to it). */
  at: SourceRange;
}

/** A range covering the first line of `range` only. */
export function firstLineOf(range: SourceRange, lines: readonly string[]): SourceRange {
  const text = lines[range.line - 1] ?? '';
  const endColumn = range.endLine === range.line ? range.endColumn : Math.max(range.column + 1, text.trimEnd().length + 1);
  return { line: range.line, column: range.column, endLine: range.line, endColumn };
}
