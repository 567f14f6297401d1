/**
 * Which findings a change creates. Filtering by changed lines alone hides
 * what a change causes elsewhere: deleting an infra pool's
 * `nodeSelector: "!all()"` line leaves no added line, yet the pool becomes
 * auto-assignable; moving a host-network pod out of an allowed namespace
 * flags a `hostNetwork: true` line the change never touched. So, as
 * diff-aware scanners do, the base side is linted too and findings are
 * compared by a fingerprint that does not depend on line numbers: a head
 * finding is new when the base does not have it (as many times). New
 * findings are reported in every filter mode, on their own line when the
 * mode shows it, else on the nearest line the change touched in their file,
 * else where they are (the change was in another file); never dropped.
 */
import type { SourceRange } from '../parse/source.js';
import { touchedLines, type ChangeSet } from './changes.js';
import { withCluster, type Finding } from './finding.js';

/**
 * What a finding is, without line numbers: rule, cluster scope, what it is
 * about (resource kind, namespace, name and path: `fingerprintKey`) and its
 * message with positions taken out (`at a.yaml:6:9` → `at a.yaml`,
 * `line 12` → `line N`). Without a resource identity (a file that cannot be parsed) the
 * file stands in for it: `fileOf` names a base file by its head path.
 */
export function changeFingerprint(finding: Finding, fileOf: (filePath: string) => string = (file) => file): string {
  const subject = finding.fingerprintKey ?? `file ${fileOf(finding.filePath)}`;
  return [finding.ruleId ?? 'parse-error', finding.cluster ?? '', subject, normalizeMessage(finding.message)].join('\n');
}

/** A message without the positions in it, which move when unrelated lines do. */
export function normalizeMessage(message: string): string {
  return message
    .replace(/:\d+:\d+\b/g, '')
    .replace(/\b(lines?|columns?) \d+(?:[-–]\d+)?/gi, '$1 N');
}

/** The fingerprint of a finding told from two places (an overlap): both sides', in a fixed order. */
export function bothSides(finding: Finding, fileOf?: (filePath: string) => string): string {
  const sides = [changeFingerprint(finding, fileOf)];
  if (finding.otherSide !== undefined) sides.push(changeFingerprint(finding.otherSide, fileOf));
  return sides.sort().join('\n--\n');
}

/**
 * The head findings the base side does not have. `base` holds the base side's
 * findings, linted with the same rules and configuration; `headKey` and
 * `baseKey` give fingerprints (changeFingerprint, bothSides). A fingerprint the
 * head has more often than the base is new as many times: the occurrences the
 * change touches most closely count first.
 */
export function newFindings(
  head: readonly Finding[],
  base: readonly Finding[],
  touchOf: (finding: Finding) => number,
  headKey: (finding: Finding) => string,
  baseKey: (finding: Finding) => string,
): Set<Finding> {
  const remaining = new Map<string, number>();
  for (const finding of base) {
    const key = baseKey(finding);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const byKey = new Map<string, Finding[]>();
  for (const finding of head) {
    const key = headKey(finding);
    const list = byKey.get(key) ?? [];
    list.push(finding);
    byKey.set(key, list);
  }
  const found = new Set<Finding>();
  for (const [key, list] of byKey) {
    const excess = list.length - (remaining.get(key) ?? 0);
    if (excess <= 0) continue;
    const ordered = list.length === 1 ? list : [...list].sort((a, b) => touchOf(b) - touchOf(a));
    for (const finding of ordered.slice(0, excess)) found.add(finding);
  }
  return found;
}

/**
 * A new finding the filter mode would not show at its own line, moved to the
 * nearest line the change touched in its file (added, or where lines were
 * removed), with the real place in its message and as a related location.
 * Left where it is when the change touched no line of that file.
 */
export function onNearestChangedLine(finding: Finding, changes: ChangeSet): Finding {
  const lines = touchedLines(changes, finding.filePath);
  if (lines.length === 0) return finding;
  const { line, column } = finding.range;
  let nearest = lines[0]!;
  for (const candidate of lines) {
    if (Math.abs(candidate - line) < Math.abs(nearest - line)) nearest = candidate;
  }
  if (nearest === line) return finding;
  const range: SourceRange = { line: nearest, column: 1, endLine: nearest, endColumn: 1 };
  const moved: Finding = {
    ...finding,
    message: `${finding.message} (at line ${line}:${column}, which this change did not touch: the change causes it)`,
    range,
    related: [{ filePath: finding.filePath, range: finding.range, message: 'where the finding is' }, ...(finding.related ?? [])],
  };
  return withCluster(moved, finding.cluster);
}
