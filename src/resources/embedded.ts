/**
 * YAML written inside a string of another manifest: Helm values in an RKE2
 * `HelmChartConfig.spec.valuesContent: |-` block, Argo CD's
 * `spec.source.helm.values`, the kubeadm-config ConfigMap's
 * `ClusterConfiguration`, the CNI config in `calico-config`. The inner text
 * is parsed on its own (YAML 1.1, as Helm and kubeadm read it through
 * sigs.k8s.io/yaml), and its positions are moved to where the text is
 * written in the embedding file, so findings point at the exact line and
 * column there.
 *
 * Exact for a literal block scalar (`|`, `|-`, `|+`, with or without an
 * indentation indicator: every content line is the file line with the same
 * indentation cut off) and for a single-line scalar without escapes. For any
 * other style (folded `>`, escapes, a multi-line quoted string) the offset
 * cannot be known from the value alone: positions fall back to the string
 * itself.
 */
import { parseManifest } from '../parse/parse-manifest.js';
import type { PairPart, Path, SourceDocument, SourceRange } from '../parse/source.js';

/** How a line of the inner text maps to the embedding file. */
interface Placement {
  /** File line of the inner text's first line. */
  firstLine: number;
  /** Columns to add on the first line (single-line scalars) or on every line (block scalars). */
  columnOffset: number;
}

/**
 * Where the inner text's lines sit in the file, from the range of the scalar
 * as written (`outer`) and its value. Undefined when the style cannot be
 * mapped exactly.
 */
export function placementOf(outer: SourceRange, value: string): Placement | undefined {
  const lines = value.split('\n');
  if (outer.line === outer.endLine) {
    if (lines.length !== 1) return undefined;
    const written = outer.endColumn - outer.column;
    // `value`, `"value"` or `'value'` with nothing escaped: the lengths tell.
    if (written === value.trimEnd().length) return { firstLine: outer.line, columnOffset: outer.column - 1 };
    if (written === value.length + 2) return { firstLine: outer.line, columnOffset: outer.column };
    return undefined;
  }
  // A block scalar: its range starts at the `|` header; content starts on the next line.
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === '') last--;
  if (last < 0) return undefined;
  const firstLine = outer.line + 1;
  if (firstLine + last !== outer.endLine) return undefined; // folded, or not a block scalar
  const indent = outer.endColumn - 1 - lines[last]!.trimEnd().length;
  if (indent < 0) return undefined;
  return { firstLine, columnOffset: indent };
}

/** Block scalars cut the same indentation off every line; a single-line scalar has one line. */
function moveRange(range: SourceRange, placement: Placement): SourceRange {
  return {
    line: range.line + placement.firstLine - 1,
    column: range.column + placement.columnOffset,
    endLine: range.endLine + placement.firstLine - 1,
    endColumn: range.endColumn + placement.columnOffset,
  };
}

/**
 * The range of characters `start`..`end` of the string at `path` (e.g. the
 * CIDR in `--cluster-cidr=10.244.0.0/16`, or one entry of `a,b`), or the
 * whole string when its style cannot be mapped exactly.
 */
export function substringRange(doc: SourceDocument, path: Path, value: string, start: number, end: number): SourceRange {
  const outer = doc.locate(path);
  if (value.includes('\n') || outer.line !== outer.endLine) return outer;
  const placed = placementOf(outer, value);
  if (placed === undefined) return outer;
  return { line: outer.line, column: placed.columnOffset + start + 1, endLine: outer.line, endColumn: placed.columnOffset + end + 1 };
}

/**
 * The YAML documents inside the string at `path` of `host`, positioned in the
 * host's file. Documents that do not parse are left out: Helm or kubeadm
 * would refuse them, and no fact can be read from them.
 */
export function embeddedDocuments(host: SourceDocument, path: Path, text: string): SourceDocument[] {
  return embeddedYaml(host, path, text).documents;
}

/** A problem found reading embedded YAML, positioned in the host's file. */
export interface EmbeddedProblem {
  message: string;
  range: SourceRange;
}

/**
 * The YAML documents inside the string at `path` of `host`, and what kept any
 * part of it from being read as go-yaml v2 reads it (a syntax error, a
 * construct kubectl's decoder reads differently), positioned in the host's
 * file. For Helm values, which must never vanish silently: Helm decodes them
 * with sigs.k8s.io/yaml (go-yaml v2, YAML 1.1), as kubectl decodes a manifest,
 * so escapes resolve, `<<` merges apply and `!!binary` keys decode here too.
 */
export function embeddedYaml(
  host: SourceDocument,
  path: Path,
  text: string,
  /** YAML 1.2 where the consumer reads with go-yaml v3 (kustomize's kyaml: a strategic merge patch). */
  yamlVersion: '1.1' | '1.2' = '1.1',
): { documents: SourceDocument[]; problems: EmbeddedProblem[]; /** Each document's index in the inner text. */ innerIndexes: number[] } {
  const inner = parseManifest(host.filePath, text, { yamlVersion });
  let placement: Placement | undefined | null = null;
  const place = (): Placement | undefined => {
    if (placement === null) placement = placementOf(host.locate(path), text);
    return placement;
  };
  const hostRange = (): SourceRange => host.locate(path);
  const documents = inner.documents.map((doc) => ({
    filePath: host.filePath,
    index: host.index,
    value: doc.value,
    unresolvedTags: doc.unresolvedTags.map((tag) => ({ ...tag, range: mapped(tag.range) })),
    locate(innerPath: Path, part?: PairPart): SourceRange {
      return mapped(doc.locate(innerPath, part));
    },
    has: (innerPath: Path) => doc.has(innerPath),
  }));
  const problems = inner.problems.map((problem) => ({ message: problem.message, range: mapped(problem.range) }));
  return { documents, problems, innerIndexes: inner.documents.map((doc) => doc.index) };
  function mapped(range: SourceRange): SourceRange {
    const placed = place();
    return placed === undefined ? hostRange() : moveRange(range, placed);
  }
}
