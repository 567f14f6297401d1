/**
 * The second, targeted pass for rules that compare a document with the other
 * files of its folder (RuleMeta.relevantInFolder: no-host-network's
 * pod-network twins). The first pass parses only what some rule's
 * relevantText matches, so a Deployment beside a host-network DaemonSet is
 * not parsed at all; it records which parsed files' texts mark their folder
 * (FileAnalysis.folderMarks). Here, the files of those folders alone are
 * read again, with the marking entries' `documents` relevant in every text,
 * and every analysis of such a folder is told its `folder`. A run whose
 * files mark no folder (most runs) does nothing more.
 *
 * The folder is the one that directly holds the file: not its subfolders
 * (overlays and other environments of a kustomize tree, other charts) nor
 * its parents (which would make the whole tree one folder, both in cost and
 * in where a twin may hide). Only files this run lints count: the files
 * discovery found (an ignored or unnamed file is not read: the user said not
 * to), as they stand in this run (`--fix`'s texts), and with `--base` the base
 * versions of changed files. Standard input and texts held in memory have no
 * folder: what they compare is within the text.
 *
 * A folder that holds a kustomization is applied as that kustomization
 * builds it: only the files its `resources` (or `bases`) list are deployed,
 * so only those share the folder (another file of it may never run, and a
 * copy there would cost nothing); one kustomize refuses to build deploys
 * none. Without a kustomization, the folder is what `kubectl apply -f`,
 * Argo CD and Flux apply: all of it, unless kustomizations elsewhere in the
 * tree (that kustomize builds) list its files one by one: then it is deployed
 * as they build it, and only the files they list count.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { folderPassSpec, gateFromSpec, type RelevanceSpec } from '../engine/relevance.js';
import type { FileAnalysis } from '../analyze/analyze-file.js';
import { analyzeSource } from '../analyze/prepare-analysis.js';
import { analyzeFiles } from './analyze-files.js';
import { buildable, KUSTOMIZATION_FILE_NAMES, kustomizationCandidates, type KustomizeResolver } from '../kustomize/namespaces.js';

export interface FolderPassOptions {
  /** The files discovery found, in order: `analyses` begins with theirs. */
  files: readonly string[];
  gate: RelevanceSpec;
  maxFileSize: number;
  threads?: number;
  /** Texts that stand for what files hold (`--fix`'s later passes). */
  overrides?: ReadonlyMap<string, string>;
  /** With `--base`: the base versions of changed files, which mark their base folders too, and their texts. */
  base?: { analyses: readonly FileAnalysis[]; textOf: (filePath: string) => string };
  /** The run's kustomizations (read inside the repository's root only). */
  kustomizations: KustomizeResolver;
}

/**
 * Reads the files of marked folders again, in place in `analyses` (those of
 * `files` only); returns the base analyses, read again likewise (the same
 * list when nothing changed).
 */
export async function readMarkedFolders(analyses: FileAnalysis[], options: FolderPassOptions): Promise<readonly FileAnalysis[] | undefined> {
  const { files, gate } = options;
  const baseAnalyses = options.base?.analyses;
  if ((gate.inFolder ?? []).length === 0) return baseAnalyses;
  const head = analyses.slice(0, files.length);
  // Only the folders of files that mark something are ever asked about: the kustomizations above them, not above every file.
  const marking = [...head, ...(baseAnalyses ?? [])].filter(marksItsFolder).map((analysis) => analysis.filePath);
  const applied = appliedTogether(options.kustomizations, files, marking);
  const marks = folderMarks([...head, ...(baseAnalyses ?? [])], applied);
  if (marks.size === 0) return baseAnalyses;

  // Head files, by the entries their folder adds to what their own text marked: read again only when it adds some.
  const again = new Map<string, number[]>();
  head.forEach((analysis, index) => {
    const added = addedMarks(analysis, marks, applied);
    if (added === undefined) return;
    analysis.folder = path.dirname(analysis.filePath);
    if (added.length === 0 || gate.everything) return; // every document is parsed already
    const key = added.join(',');
    let list = again.get(key);
    if (list === undefined) again.set(key, (list = []));
    list.push(index);
  });
  for (const [key, indexes] of again) {
    const spec = folderPassSpec(gate, key.split(',').map(Number));
    const onDisk = indexes.filter((index) => !options.overrides?.has(files[index]!));
    const read = await analyzeFiles(onDisk.map((index) => files[index]!), { gate: spec, maxFileSize: options.maxFileSize, threads: options.threads });
    onDisk.forEach((index, i) => { analyses[index] = inFolder(read[i]!); });
    const folderGate = gateFromSpec(spec);
    for (const index of indexes.filter((index) => options.overrides?.has(files[index]!))) {
      analyses[index] = inFolder(analyzeSource({ filePath: files[index]!, text: options.overrides!.get(files[index]!)! }, folderGate));
    }
  }
  return baseAnalyses?.map((analysis) => {
    const added = addedMarks(analysis, marks, applied);
    if (added === undefined) return analysis;
    analysis.folder = path.dirname(analysis.filePath);
    if (added.length === 0 || gate.everything) return analysis;
    return inFolder(analyzeSource({ filePath: analysis.filePath, text: options.base!.textOf(analysis.filePath) }, gateFromSpec(folderPassSpec(gate, added))));
  });
}

/**
 * The entries that mark each folder: those of its files' texts. A file that
 * gave no document (a template, a syntax error, a read problem) holds nothing
 * a rule could compare, and marks nothing.
 */
function folderMarks(analyses: readonly FileAnalysis[], applied: (filePath: string) => boolean): Map<string, Set<number>> {
  const marks = new Map<string, Set<number>>();
  for (const analysis of analyses) {
    if (!marksItsFolder(analysis) || !applied(analysis.filePath)) continue;
    const folder = path.dirname(analysis.filePath);
    let set = marks.get(folder);
    if (set === undefined) marks.set(folder, (set = new Set()));
    for (const mark of analysis.folderMarks ?? []) set.add(mark);
  }
  return marks;
}

function marksItsFolder(analysis: FileAnalysis): boolean {
  return analysis.folderMarks !== undefined && analysis.documents.length > 0;
}

/** Undefined outside a marked folder; else the folder's entries the file's own text did not mark (its first read parsed those). */
function addedMarks(analysis: FileAnalysis, marks: ReadonlyMap<string, ReadonlySet<number>>, applied: (filePath: string) => boolean): number[] | undefined {
  const folder = marks.get(path.dirname(analysis.filePath));
  if (folder === undefined || !applied(analysis.filePath)) return undefined;
  const own = new Set(analysis.folderMarks ?? []);
  return [...folder].filter((mark) => !own.has(mark)).sort((a, b) => a - b);
}

function inFolder(analysis: FileAnalysis): FileAnalysis {
  analysis.folder = path.dirname(analysis.filePath);
  return analysis;
}

/**
 * Whether a file is applied with the rest of its folder: without a
 * kustomization in the folder, unless kustomizations elsewhere in the tree
 * list files of it one by one (a base's `resources: [../runner/runner.yaml]`):
 * then only the files some kustomization lists are deployed, as kustomize
 * builds them, and a copy beside them that none lists never runs. With a
 * kustomization in the folder, when it lists the file and kustomize would
 * build it (src/kustomize/namespaces.ts reads it, inside the repository only).
 */
function appliedTogether(resolver: KustomizeResolver, files: readonly string[], marking: readonly string[]): (filePath: string) => boolean {
  const listed = new Map<string, ReadonlySet<string> | undefined>();
  let elsewhere: Map<string, Set<string>> | undefined;
  // The files each folder's files are listed from by the kustomizations kustomize builds (absolute paths).
  const listedElsewhere = (): Map<string, Set<string>> => {
    if (elsewhere !== undefined) return elsewhere;
    elsewhere = new Map();
    // Kustomizations among the files, and those in the folders above a marking file (the only folders asked about).
    const candidates = kustomizationCandidates(resolver, marking, files);
    for (const file of buildable(resolver, [...candidates].sort())) {
      for (const listedFile of resolver.load(file)?.files ?? []) {
        const absolute = path.resolve(listedFile);
        let set = elsewhere.get(path.dirname(absolute));
        if (set === undefined) elsewhere.set(path.dirname(absolute), (set = new Set()));
        set.add(absolute);
      }
    }
    return elsewhere;
  };
  return (filePath) => {
    const folder = path.dirname(filePath);
    if (!listed.has(folder)) {
      // One calico-lint cannot read (a link out of the repository, a folder outside it) deploys what it says: nothing known.
      const present = KUSTOMIZATION_FILE_NAMES.some((name) => lstatSync(path.join(folder, name), { throwIfNoEntry: false }) !== undefined);
      const file = present ? resolver.kustomizationIn(folder) : undefined;
      const kustomization = file === undefined ? undefined : resolver.load(file);
      listed.set(folder, present ? new Set(kustomization?.valid ? kustomization.files : []) : undefined);
    }
    const own = listed.get(folder);
    if (own !== undefined) return own.has(filePath);
    const fromElsewhere = listedElsewhere().get(path.resolve(folder));
    return fromElsewhere === undefined || fromElsewhere.has(path.resolve(filePath));
  };
}
