/**
 * Findings on a rendered stream (kustomize or Helm output read from standard
 * input) moved to where the user writes the value: runs after the rules and
 * before suppressions and formatting, so directives in the source files count
 * and every format shows the source location. The rendered position stays as
 * a related location (`relatedLocations` in SARIF and JSON). Nothing is run:
 * only the stream and the files it names are read (src/rendered/source-tree.ts).
 */
import path from 'node:path';
import type { Finding, RelatedLocation } from '../engine/finding.js';
import type { FileComments } from '../engine/suppressions.js';
import { parseManifest } from '../parse/parse-manifest.js';
import type { SourceDocument, SourceRange } from '../parse/source.js';
import { readRegularFileSync } from '../read/read-sources.js';
import { quote, sanitize } from '../text.js';
import { pathAt, startsWithin } from './document-paths.js';
import { helmSourceOf, HelmSources } from './helm-source.js';
import { KustomizeSources, originOf } from './kustomize-origin.js';
import type { Placement, RenderedHit } from './placement.js';
import { SourceTree } from './source-tree.js';

export interface RenderedStream {
  /** The name findings on the stream carry (`<stdin>`, or the absolute --stdin-filename). */
  filePath: string;
  text: string;
}

export interface AttributionOptions {
  /** The kustomization's folder, or the Helm chart's. */
  root: string;
  /** No file outside this folder is read (by real path): the repository. */
  boundary: string;
  /** `-f` values files given to `helm template`, in order, absolute. */
  helmValues: readonly string[];
  /** Paths in messages are shown relative to it. */
  cwd: string;
}

export interface Attribution {
  findings: Finding[];
  /** Directive comments of the source files findings moved to (never reported as unused: another rendering may use them). */
  comments: FileComments[];
}

const VALUES_SIZE = 2 * 1024 * 1024;

export function attributeRendered(findings: readonly Finding[], stream: RenderedStream, options: AttributionOptions): Attribution {
  if (!findings.some((finding) => finding.filePath === stream.filePath)) return { findings: [...findings], comments: [] };
  const tree = new SourceTree(options.boundary);
  const parsed = parseManifest(stream.filePath, stream.text);
  const lines = stream.text.split(/\r?\n/);
  const documents = parsed.documents.map((doc) => ({ doc, range: doc.locate([]) }));
  const kustomize = new KustomizeSources(options.root, tree);
  let helm: HelmSources | undefined;
  const helmSources = (): HelmSources => (helm ??= new HelmSources(options.root, tree, loadValuesFiles(options.helmValues)));
  const shown = (filePath: string): string => sanitize(path.isAbsolute(filePath) ? path.relative(options.cwd, filePath).split(path.sep).join('/') : filePath);
  const touched = new Set<string>();

  const place = (range: SourceRange): { placement?: Placement; remote?: string; hasOrigin: boolean } => {
    const index = documents.findIndex((entry) => startsWithin(entry.range, range) || (entry.range.line === range.line && entry.range.column === range.column));
    if (index < 0) return { hasOrigin: false };
    const { doc, range: docRange } = documents[index]!;
    const found = pathAt(doc, range);
    if (found === undefined) return { hasOrigin: false };
    const hit: RenderedHit = { doc, lines, path: found.path, part: found.part, range: found.range, at: range };
    const origin = originOf(doc.value);
    if (origin !== undefined) {
      if (origin.repo !== undefined) return { remote: describeRemote(origin.repo, origin.ref, origin.path), hasOrigin: true };
      return { placement: kustomize.place(hit, origin), hasOrigin: true };
    }
    const previousEnd = index > 0 ? documents[index - 1]!.range.endLine : 0;
    const source = helmSourceOf(lines, docRange.line, previousEnd);
    if (source !== undefined) {
      const ordinal = documents.slice(0, index).filter((entry, i) => helmSourceOf(lines, entry.range.line, i > 0 ? documents[i - 1]!.range.endLine : 0) === source).length;
      return { placement: helmSources().place(hit, source, ordinal), hasOrigin: true };
    }
    return { hasOrigin: false };
  };

  const result = findings.map((finding): Finding => {
    if (finding.filePath !== stream.filePath) return finding;
    const { placement, remote } = place(finding.range);
    if (remote !== undefined) {
      return { ...finding, message: `${finding.message} (rendered from ${remote}: a remote base, not read, so the finding stays on the rendered line)` };
    }
    if (placement === undefined) return finding;
    touched.add(placement.filePath);
    let message = finding.message;
    const related: RelatedLocation[] = [...(placement.related ?? [])];
    for (const other of finding.related ?? []) {
      if (other.filePath !== stream.filePath) {
        related.push(other);
        continue;
      }
      const moved = place(other.range).placement;
      if (moved === undefined) {
        related.push(other);
        continue;
      }
      touched.add(moved.filePath);
      message = message.split(`${shown(stream.filePath)}:${other.range.line}:${other.range.column}`).join(`${shown(moved.filePath)}:${moved.range.line}:${moved.range.column}`);
      related.push({ ...other, filePath: moved.filePath, range: moved.range });
    }
    related.push({ filePath: stream.filePath, range: finding.range, message: 'rendered here' });
    return { ...finding, message, filePath: placement.filePath, range: placement.range, related, rendered: { filePath: stream.filePath, range: finding.range } };
  });

  const comments: FileComments[] = [];
  for (const filePath of touched) {
    const file = tree.parse(filePath) ?? (options.helmValues.includes(filePath) ? parseManifest(filePath, readText(filePath) ?? '') : undefined);
    if (file !== undefined && file.comments.length > 0) comments.push({ filePath, comments: file.comments, reportUnused: false });
  }
  return { findings: result, comments };
}

function describeRemote(repo: string, ref: string | undefined, file: string | undefined): string {
  return `${quote(repo)}${ref === undefined ? '' : ` at ${quote(ref)}`}${file === undefined ? '' : `, ${quote(file)}`}`;
}

function readText(filePath: string): string | undefined {
  const read = readRegularFileSync(filePath, VALUES_SIZE);
  return read.ok ? read.bytes.toString('utf8') : undefined;
}

/** The values files named on the command line: the user's own choice, read wherever they are. */
function loadValuesFiles(files: readonly string[]): { filePath: string; doc: SourceDocument; lines: readonly string[] }[] {
  const loaded: { filePath: string; doc: SourceDocument; lines: readonly string[] }[] = [];
  for (const filePath of files) {
    const text = readText(filePath);
    const doc = text === undefined ? undefined : parseManifest(filePath, text).documents[0];
    if (text !== undefined && doc !== undefined) loaded.push({ filePath, doc, lines: text.split(/\r?\n/) });
  }
  return loaded;
}
