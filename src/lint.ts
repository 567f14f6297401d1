/**
 * The pipeline after reading: analyse (parse the relevant texts) → typed
 * resources → rules → suppressions → findings. No output; the file system is
 * touched only to read a file's text again when a finding needs positions.
 */
import path from 'node:path';
import type { LintConfig } from './config/schema.js';
import { filterFindings, placeOnChangedSide, touch, type ChangeSet, type FilterMode } from './engine/changes.js';
import { bothSides, changeFingerprint, newFindings, onNearestChangedLine } from './engine/new-findings.js';
import type { Finding } from './engine/finding.js';
import type { ProjectScope, Rule } from './engine/rule.js';
import { enabledRules, groupByScope, runRules, withBaseScopes } from './engine/run-rules.js';
import { inferredScopeMatcher, scopeMatcher } from './engine/scopes.js';
import { applySuppressions, suppressionRules, type FileComments } from './engine/suppressions.js';
import { checkConfiguration, configUnmatched } from './engine/config-checks.js';
import { FixEnvironment } from './engine/fix.js';
import { filesRenderedFromChange } from './engine/kustomized-change.js';
import { describeCrash } from './errors.js';
import { lazyDocuments, readTextAgain, type FileAnalysis } from './analyze/analyze-file.js';
import { analysisGate, analyzeSource } from './analyze/prepare-analysis.js';
import { settleTemplates, templatePlaces } from './analyze/template-places.js';
import type { SourceRange } from './parse/source.js';
import type { Source } from './read/read-sources.js';
import { resourcesOf, type Resource } from './resources/resource.js';
import type { TreeFileReader } from './kustomize/helm-charts.js';
import type { KustomizePatches } from './kustomize/patch-targets.js';
import { helmValuesMatcher } from './resources/helm-values-file.js';

export interface LintOptions {
  config: LintConfig;
  rules: readonly Rule[];
  /** Skip warning-level rules (ESLint's --quiet). */
  quiet?: boolean;
  /** Folder that file paths inside messages are shown relative to (default: the configuration's folder). */
  cwd?: string;
  /** Parse every file, even those no rule could find anything in (and so report all their syntax errors). */
  parseAll?: boolean;
  /** Called with the cluster scopes the rules ran on (e.g. to draw the address map). */
  onScopes?: (scopes: readonly ProjectScope[]) => void;
  /** The namespace a kustomization renders a file's namespaced objects in (src/kustomize/namespaces.ts). */
  namespaceOf?: (filePath: string) => string | undefined;
  /** Reads the values files of a kustomization's `helmCharts`, inside the scanned tree only (src/kustomize/helm-charts.ts). */
  readTreeFile?: TreeFileReader;
  /**
   * Folders walked whole (absolute). When given, configuration entries that
   * match nothing in them are reported (src/engine/config-checks.ts).
   */
  walkedFolders?: readonly string[];
  /**
   * Moves findings on rendered output to the sources it came from (src/rendered/),
   * before suppressions, which then honour directives in those sources; called
   * again after them for the directive findings. (Rendered output is read from
   * standard input, so never with a change: --base refuses it.)
   */
  placeRendered?: (findings: Finding[]) => { findings: Finding[]; comments: FileComments[] };
  /** The base branch and what changed since (`--base`): base-side rules run, and findings are placed and filtered. */
  change?: ChangeOptions;
  /**
   * The text fixes apply to, undefined where nothing may be fixed (standard
   * input); default: the text findings are located in.
   */
  fixableText?: (filePath: string) => string | undefined;
  /** false: inline suppression directives are inert (`--no-inline-suppressions`). */
  inlineSuppressions?: boolean;
  /** Folders (absolute) a kustomization elsewhere includes: shared by inferred cluster scopes (src/kustomize/included-folders.ts). */
  kustomizeIncluded?: ReadonlyMap<string, readonly string[]>;
  /** Called with a one-line notice for standard error (e.g. cluster scopes left uninferred). */
  onNotice?: (notice: string) => void;
  /** What the kustomizations of the tree patch, by document (src/kustomize/patch-targets.ts). */
  kustomizePatches?: KustomizePatches;
}

/** The base side of a change (`--base`), and how to filter findings by it. */
export interface ChangeOptions {
  changes: ChangeSet;
  filterMode: FilterMode;
  /**
   * The base versions of files that differ from the head (modified, renamed
   * or deleted), analysed like the head's, named by their absolute path on the
   * base side. Files the change does not list are the same on both sides.
   */
  baseAnalyses: readonly FileAnalysis[];
  /** The base text of one of `baseAnalyses`, for positions in messages. */
  loadBaseText: (filePath: string) => string;
  /** The head file a base file became (a renamed file's new path); itself when unchanged or deleted. */
  headPathOf?: (baseFilePath: string) => string;
  /**
   * Folders (absolute) of the kustomizations the change edits, adds or
   * deletes. The base side is read with the head's kustomization namespaces,
   * so where these re-home manifests the comparison cannot tell: findings in
   * the files under them, and in every kustomized file, count as new.
   */
  changedKustomizationFolders?: readonly string[];
  /** Whether a file (absolute path) was in the base commit: a Chart.yaml the change adds makes no template place (src/analyze/template-places.ts). */
  existedAtBase?: (filePath: string) => boolean;
}

/** What linting gives: every finding, and with a change, what its filter mode reports. */
export interface LintOutcome {
  /** Every finding (suppressed ones marked): what reports for CI services hold. */
  findings: Finding[];
  /**
   * With `--base`: the findings the filter mode reports, which decide the exit
   * status, the annotations and the summary. Undefined without a change.
   */
  filtered?: Finding[];
}

/** Lints sources held in memory, in this thread. */
export function lintSources(sources: readonly Source[], options: LintOptions): Finding[] {
  const gate = analysisGate(options);
  const texts = new Map(sources.map((source) => [source.filePath, source.text]));
  const analyses = sources.map((source) => analyzeSource(source, gate));
  // Documents set aside as possible templates: excused where templates live, errors elsewhere (the pipeline does this before its notices).
  settleTemplates(analyses, templatePlaces(options.config, options.change?.existedAtBase));
  return lintAnalyses(analyses, (filePath) => texts.get(filePath) ?? readTextAgain(filePath), options).findings;
}

/**
 * Lints analysed files: resources → rules → suppressions. `loadText` gives a
 * file's text again when a finding needs positions.
 */
export function lintAnalyses(
  analyses: readonly FileAnalysis[],
  loadText: (filePath: string) => string,
  options: LintOptions,
): LintOutcome {
  const { config } = options;
  const findings: Finding[] = [];
  const resources: Resource[] = [];
  const comments: FileComments[] = [];
  const helmValuesOf = helmValuesMatcher(config);
  for (const analysis of analyses) {
    const { filePath } = analysis;
    for (const problem of analysis.problems) {
      findings.push({ ruleId: null, severity: 2, fatal: true, message: problem.message, filePath, range: problem.range });
    }
    if (analysis.documents.length === 0 && analysis.comments.length === 0) continue; // most files of a large repository
    // Whatever one file holds, the others are still linted: a crash here is a bug, reported on the file.
    const fileResources: Resource[] = [];
    try {
      // Loops, not push(...list): a List of 200,000 items would overflow the arguments of one call.
      const resourceOptions = { defaultNamespace: config.defaultNamespace, namespaceOverride: options.namespaceOf?.(filePath), helmValuesOf, readTreeFile: options.readTreeFile };
      for (const doc of lazyDocuments(analysis, () => loadText(filePath))) {
        for (const resource of resourcesOf(doc, resourceOptions)) {
          // An inline patch of a kustomization has its own renderings, not its document's.
          const inline = resource.inlinePatch;
          const kustomized = resource.path.length > 0 ? undefined : inline === undefined
            ? options.kustomizePatches?.of(filePath, doc.index)
            : options.kustomizePatches?.of(filePath, inline.document, inline.entry);
          fileResources.push(kustomized !== undefined ? Object.assign(resource, { kustomized }) : resource);
        }
      }
    } catch (error) {
      findings.push(fatal(filePath, `Internal error while reading this file (a bug in calico-lint; please report it): ${describeCrash(error)}`));
      continue;
    }
    for (const resource of fileResources) {
      resources.push(resource);
      // Helm values that cannot be read as Helm reads them: an error where they are written, never a silent drop.
      for (const problem of resource.embeddedProblems ?? []) findings.push(fatal(filePath, problem.message, problem.range));
    }
    if (analysis.comments.length > 0) comments.push({ filePath, comments: analysis.comments });
  }
  const { change } = options;
  const baseSide = change === undefined ? undefined : baseResources(resources, change, config, options.namespaceOf, options.readTreeFile);
  // Without `clusters`, scopes are inferred from the tree; from the base side's under --base, so that a change cannot split its own.
  const scopeOf = config.clusters.length > 0 ? scopeMatcher(config) : inferredScopeMatcher(baseSide ?? resources, resources, config.baseDir, options.onNotice, options.kustomizeIncluded);
  const byScope = (resource: Resource): string | readonly string[] => scopeOf(resource.doc.filePath);
  let scopes = groupByScope(resources, byScope, config);
  const quiet = options.quiet ?? false;
  const enabled = enabledRules(options.rules, config, quiet);
  const fixes = new FixEnvironment(options.fixableText ?? loadText);
  let baseFindings: Finding[] | undefined;
  if (change !== undefined) {
    const baseScopes = groupByScope(baseSide!, byScope, config);
    scopes = withBaseScopes(scopes, baseScopes, config);
    // The base side linted as the head is, to tell the findings the change creates (src/engine/new-findings.ts).
    if (change.filterMode !== 'nofilter') baseFindings = lintBaseSide(analyses, change, baseScopes, enabled, options);
  }
  // A finding about two places lands on the side the change touched.
  const ruleFindings = runRules(enabled, scopes, config, options.cwd, fixes);
  fixes.finish();
  const onChangedSide = placeOnChangedSide(ruleFindings, change?.changes);
  // A finding about two places is the same whichever side it is told from: its fingerprint holds both.
  const twoSided = new Map<Finding, string>();
  onChangedSide.forEach((finding, i) => {
    findings.push(finding);
    if (ruleFindings[i]!.otherSide !== undefined) twoSided.set(finding, bothSides(ruleFindings[i]!));
  });
  if (options.walkedFolders !== undefined) {
    const lintedFiles = analyses.map((analysis) => analysis.filePath);
    const input = { config, resources, lintedFiles, walkedFolders: options.walkedFolders, quiet, cwd: options.cwd ?? config.baseDir };
    for (const finding of checkConfiguration(input)) findings.push(finding);
  }
  options.onScopes?.(scopes);
  const placed = options.placeRendered?.(findings) ?? { findings, comments: [] };
  // Suppressed findings stay in the list, marked with `suppressions`; toLintResults sets them apart.
  const all = applySuppressions(placed.findings, {
    files: [...comments, ...placed.comments],
    resources,
    config,
    quiet,
    knownRuleIds: options.rules.map((rule) => rule.meta.id),
    ranRuleIds: enabled.map(({ rule }) => rule.meta.id),
    fixes,
    inert: options.inlineSuppressions === false,
  });
  fixes.finish(); // the fixes of unused directives
  // The engine's own findings on the stream (an unused directive it carries) move too.
  if (options.placeRendered) return { findings: options.placeRendered(all).findings };
  if (change === undefined) return { findings: all };
  const aboutTheChange = new Set(options.rules.filter((rule) => rule.meta.comparesBase).map((rule) => rule.meta.id));
  const compared = all.filter((finding) => finding.ruleId === null || !ENGINE_CHECK_IDS.has(finding.ruleId));
  const baseFileOf = change.headPathOf ?? ((file: string) => file);
  const created = baseFindings === undefined
    ? new Set<Finding>()
    : newFindings(
      compared,
      baseFindings,
      (finding) => touch(change.changes, finding.filePath, finding.range),
      (finding) => twoSided.get(finding) ?? changeFingerprint(finding),
      (finding) => (finding.otherSide === undefined ? changeFingerprint(finding, baseFileOf) : bothSides(finding, baseFileOf)),
    );
  const kustomizations = change.changedKustomizationFolders ?? [];
  // Kustomize patches: the base side read unchanged files with the head's renderings (src/engine/kustomized-change.ts).
  const patchedByChange = filesRenderedFromChange(resources, (file) => change.changes.files.has(file), kustomizations.length > 0);
  const rehomed = (file: string): boolean => patchedByChange.has(file) ||
    (kustomizations.length > 0 && (options.namespaceOf?.(file) !== undefined || kustomizations.some((folder) => isInside(file, folder))));
  const filtered = filterFindings(
    all,
    change.changes,
    change.filterMode,
    (finding) => finding.ruleId !== null && aboutTheChange.has(finding.ruleId),
    (finding) => (created.has(finding) || (finding.ruleId !== null && rehomed(finding.filePath)) ? onNearestChangedLine(finding, change.changes) : undefined),
  );
  return { findings: all, filtered };
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The engine's own checks (suppression directives, configuration entries): they follow the filter mode. */
const ENGINE_CHECK_IDS = new Set([...suppressionRules, configUnmatched].map((meta) => meta.id));

/**
 * The base side's findings, before suppressions: rule findings on its cluster
 * scopes, and the problems of the base versions of changed files (the
 * unchanged files' are the head's own).
 */
function lintBaseSide(
  analyses: readonly FileAnalysis[],
  change: ChangeOptions,
  baseScopes: readonly ProjectScope[],
  enabled: ReturnType<typeof enabledRules>,
  options: LintOptions,
): Finding[] {
  const findings: Finding[] = [];
  for (const analysis of analyses) {
    if (change.changes.files.has(analysis.filePath)) continue;
    for (const problem of analysis.problems) {
      findings.push({ ruleId: null, severity: 2, fatal: true, message: problem.message, filePath: analysis.filePath, range: problem.range });
    }
  }
  for (const analysis of change.baseAnalyses) {
    for (const problem of analysis.problems) {
      findings.push({ ruleId: null, severity: 2, fatal: true, message: problem.message, filePath: analysis.filePath, range: problem.range });
    }
  }
  for (const finding of runRules(enabled, baseScopes, options.config, options.cwd)) findings.push(finding);
  return findings;
}

/**
 * The resources of the base side: head resources of files the change leaves
 * alone, and the base versions of the files it changed, renamed or deleted.
 * A base file that does not parse gives nothing: only the head is linted.
 */
function baseResources(
  headResources: readonly Resource[],
  change: ChangeOptions,
  config: LintConfig,
  namespaceOf: LintOptions['namespaceOf'],
  readTreeFile?: LintOptions['readTreeFile'],
): Resource[] {
  // A kustomization the change leaves alone whose helmCharts read a changed values file is read again with the base's values.
  const rederived = new Set(headResources.filter((resource) => resource.valuesFiles?.some((file) => change.changes.files.has(file))).map((resource) => resource.doc));
  const resources = headResources.filter((resource) => !change.changes.files.has(resource.doc.filePath) &&
    !rederived.has(resource.doc) && !(resource.valuesHost !== undefined && rederived.has(resource.valuesHost.doc)));
  const helmValuesOf = helmValuesMatcher(config);
  // Values files of kustomize's helmCharts as the base has them: a changed file's base text, none for a file the change adds.
  const basePaths = new Set(change.baseAnalyses.map((analysis) => analysis.filePath));
  const baseRead = readTreeFile?.withTexts((file) => (basePaths.has(file) ? change.loadBaseText(file) : change.changes.files.has(file) ? null : undefined));
  for (const doc of rederived) {
    const resourceOptions = { defaultNamespace: config.defaultNamespace, namespaceOverride: namespaceOf?.(doc.filePath), helmValuesOf, readTreeFile: baseRead };
    for (const resource of resourcesOf(doc, resourceOptions)) resources.push(resource);
  }
  for (const analysis of change.baseAnalyses) {
    // The head's kustomization namespaces, by the file the base file became: both sides are read alike.
    const namespaceOverride = namespaceOf?.(change.headPathOf?.(analysis.filePath) ?? analysis.filePath);
    const resourceOptions = { defaultNamespace: config.defaultNamespace, namespaceOverride, helmValuesOf, readTreeFile: baseRead };
    try {
      for (const doc of lazyDocuments(analysis, () => change.loadBaseText(analysis.filePath))) {
        for (const resource of resourcesOf(doc, resourceOptions)) resources.push(resource);
      }
    } catch {
      // Only the head is linted; a base file the reader cannot take is left out of the comparison.
    }
  }
  return resources;
}

function fatal(filePath: string, message: string, range?: SourceRange): Finding {
  return {
    ruleId: null,
    severity: 2,
    fatal: true,
    message,
    filePath,
    range: range ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
  };
}
