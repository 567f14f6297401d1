/**
 * What a pull request changed, as far as findings are concerned, and the
 * reviewdog filter modes (https://github.com/reviewdog/reviewdog#filter-mode):
 *
 * - `added`: findings on added or changed lines;
 * - `diff_context`: findings inside the diff's hunks (changed lines and the
 *   3 lines of context around them);
 * - `file`: findings in changed files;
 * - `nofilter`: every finding.
 *
 * The whole repository is still linted (overlaps and pool references cross
 * files); only what is reported is filtered. Three exceptions keep the change's
 * consequences visible:
 * - a cross-file finding the rule can tell from either side (an overlap, a
 *   duplicate name) is moved to the side the change touched (see `placeOnChangedSide`);
 * - findings of rules that compare with the base branch exist only because of
 *   the change, so every mode keeps them, even where the file is untouched
 *   (a pool removed in this change has no line left to point at);
 * - a finding the base commit does not have is new whatever its line (see
 *   src/engine/new-findings.ts), and is reported in every mode.
 *
 * The filter decides what gates (exit status, annotations, summary); reports
 * written for CI services stay complete (src/pipeline.ts).
 */
import type { SourceRange } from '../parse/source.js';
import { withCluster, type Finding } from './finding.js';

export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

/** `--config-from`: with --base, whose configuration applies (src/config/base-config.ts). */
export const CONFIG_SOURCES = ['base', 'head'] as const;
export type ConfigSource = (typeof CONFIG_SOURCES)[number];

export interface ChangedLines {
  /** Added or changed lines of the new side (1-based). */
  readonly added: ReadonlySet<number>;
  /** Line ranges covered by the diff's hunks, inclusive. */
  readonly hunks: ReadonlyArray<{ start: number; end: number }>;
  /** Where lines were only removed: the line that now follows the removal. */
  readonly removedAt?: ReadonlySet<number>;
  /** A new file Git does not track yet: every line counts as added. */
  readonly whole?: true;
}

export interface ChangeSet {
  /** Changed lines per linted file (absolute path); a file not listed is unchanged. */
  readonly files: ReadonlyMap<string, ChangedLines>;
}

/** How closely a change touches a place: 3 added line, 2 inside a hunk, 1 changed file, 0 untouched. */
export function touch(changes: ChangeSet, filePath: string, range: SourceRange): 0 | 1 | 2 | 3 {
  const file = changes.files.get(filePath);
  if (file === undefined) return 0;
  if (file.whole) return 3;
  const last = Math.max(range.line, range.endLine);
  for (let line = range.line; line <= last; line++) {
    if (file.added.has(line)) return 3;
  }
  if (file.hunks.some((hunk) => hunk.start <= last && range.line <= hunk.end)) return 2;
  return 1;
}

/** The lines of a file the change touched (added, or where lines were removed), in order; none for an untouched file. */
export function touchedLines(changes: ChangeSet, filePath: string): number[] {
  const file = changes.files.get(filePath);
  if (file === undefined || file.whole) return [];
  return [...new Set([...file.added, ...(file.removedAt ?? [])])].sort((a, b) => a - b);
}

export const NEEDED_TOUCH: Record<FilterMode, 0 | 1 | 2 | 3> = { added: 3, diff_context: 2, file: 1, nofilter: 0 };

/**
 * Chooses, for each finding that has another side (`otherSide`), the side the
 * change touched more closely; the first side wins a tie, so without a change
 * set the rule's own choice stands. `otherSide` is dropped either way.
 */
export function placeOnChangedSide(findings: readonly Finding[], changes: ChangeSet | undefined): Finding[] {
  return findings.map((finding) => {
    const { otherSide, ...first } = finding;
    if (otherSide === undefined) return finding;
    if (changes !== undefined && touch(changes, otherSide.filePath, otherSide.range) > touch(changes, first.filePath, first.range)) {
      return otherSide;
    }
    return withCluster(first, finding.cluster); // the rest spread leaves out the non-enumerable cluster
  });
}

/**
 * The findings a filter mode reports; `keepAlways` tells findings that stand
 * whatever their place, and `otherwise` may still show one the mode leaves out
 * (a finding the change creates, moved to a line the change touched).
 */
export function filterFindings(
  findings: readonly Finding[],
  changes: ChangeSet,
  mode: FilterMode,
  keepAlways: (finding: Finding) => boolean,
  otherwise: (finding: Finding) => Finding | undefined = () => undefined,
): Finding[] {
  if (mode === 'nofilter') return [...findings];
  const needed = NEEDED_TOUCH[mode];
  const shown: Finding[] = [];
  for (const finding of findings) {
    if (keepAlways(finding) || touch(changes, finding.filePath, finding.range) >= needed) {
      shown.push(finding);
      continue;
    }
    const instead = otherwise(finding);
    if (instead !== undefined) shown.push(instead);
  }
  return shown;
}
