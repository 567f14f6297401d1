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
  const kustomize = new KustomizeSources(options.root, tree).withStream(parsed.documents, lines);
  let helm: HelmSources | undefined;
  const helmSources = (): HelmSources => (helm ??= new HelmSources(options.root, tree, loadValuesFiles(options.helmValues)));
  const shown = (filePath: string): string => sanitize(path.isAbsolute(filePath) ? path.relative(options.cwd, filePath).split(path.sep).join('/') : filePath);
  const touched = new Set<string>();

  // Documents are in stream order: the one holding a position is found by bisection.
  const documentAt = (range: SourceRange): number => {
    let low = 0;
    let high = documents.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = documents[middle]!.range;
      if (start.line < range.line || (start.line === range.line && start.column <= range.column)) low = middle + 1;
      else high = middle - 1;
    }
    const index = low - 1;
    if (index < 0) return -1;
    const found = documents[index]!.range;
    return startsWithin(found, range) || (found.line === range.line && found.column === range.column) ? index : -1;
  };
  let helmSourcesOfDocuments: (string | undefined)[] | undefined;
  const helmSourceOfDocument = (index: number): string | undefined => {
    helmSourcesOfDocuments ??= documents.map((entry, i) => helmSourceOf(lines, entry.range.line, i > 0 ? documents[i - 1]!.range.endLine : 0));
    return helmSourcesOfDocuments[index];
  };

  const place = (range: SourceRange): { placement?: Placement; remote?: string } => {
    const index = documentAt(range);
    if (index < 0) return {};
    const { doc } = documents[index]!;
    const found = pathAt(doc, range);
    if (found === undefined) return {};
    const hit: RenderedHit = { doc, lines, path: found.path, part: found.part, range: found.range, at: range };
    const origin = originOf(doc.value);
    if (origin !== undefined) {
      if (origin.repo !== undefined) return { remote: describeRemote(origin.repo, origin.ref, origin.path) };
      return { placement: kustomize.place(hit, origin) };
    }
    const source = helmSourceOfDocument(index);
    if (source === undefined) return {};
    let ordinal = 0;
    for (let i = 0; i < index; i++) if (helmSourceOfDocument(i) === source) ordinal++;
    return { placement: helmSources().place(hit, source, ordinal) };
  };

  const kustomizeNamespace = (range: SourceRange) => {
    const index = documentAt(range);
    const origin = index < 0 ? undefined : originOf(documents[index]!.doc.value);
    return origin === undefined ? undefined : kustomize.namespaceSetter(documents[index]!.doc.value, origin);
  };

  const result = findings.map((finding): Finding => {
    // A stream that does not parse is the renderer's problem, not a value someone wrote; and a finding
    // placed already stays (this runs before suppressions and again after them).
    if (finding.filePath !== stream.filePath || finding.fatal || finding.rendered !== undefined) return finding;
    const { placement, remote } = place(finding.range);
    if (remote !== undefined) {
      const message = `${finding.message} (rendered from ${remote}: a remote base, not read, so the finding stays on the rendered line)`;
      return { ...finding, message, rendered: { filePath: finding.filePath, range: finding.range } };
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
    const setter = kustomizeNamespace(finding.range);
    if (setter !== undefined && message.includes(`namespace ${quote(setter.namespace)}`)) {
      touched.add(setter.filePath);
      related.push({ filePath: setter.filePath, range: setter.range, message: `kustomize puts the object in namespace ${quote(setter.namespace)} here` });
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
