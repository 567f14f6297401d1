/**
 * The whole run without output: configuration → files → lint → ESLint results.
 * The command line (src/cli.ts) and the GitHub Action (src/action/) both call
 * it, then format the results their own way.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ESLint } from 'eslint';
import { allRules } from '../rules/index.js';
import { loadConfig } from './config/load-config.js';
import type { LintConfig } from './config/schema.js';
import { repositoryRootOf } from './config/config-root.js';
import { kustomizeIncludedFolders } from './kustomize/included-folders.js';
import { kustomizeNamespaces, KustomizeResolver } from './kustomize/namespaces.js';
import { kustomizePatches, undiscoveredPatchFiles } from './kustomize/patch-targets.js';
import { treeFileReader } from './kustomize/helm-charts.js';
import { discoverFiles, ignoreMatcher } from './discover/find-files.js';
import type { FilterMode } from './engine/changes.js';
import { suppressionRules } from './engine/suppressions.js';
import { configUnmatched } from './engine/config-checks.js';
import { configLoosened } from './engine/config-loosened.js';
import type { ConfigSource } from './config/base-config.js';
import type { ClusterMap } from './facts/address-map.js';
import { UsageError } from './errors.js';
import { rulesMeta, toLintResults, totals, type Totals } from './format/lint-results.js';
import { gitRootOfFiles, type FormatterData, type RuleDescription } from './format/report.js';
import { lintAnalyses, type LintOptions } from './lint.js';
import { analyzeFiles, analyzeHere } from './parallel/analyze-files.js';
import { readMarkedFolders } from './parallel/folder-pass.js';
import { readTextAgain, type FileAnalysis } from './analyze/analyze-file.js';
import { analysisGate, analyzeSource } from './analyze/prepare-analysis.js';
import { decodeSource, type Source } from './read/read-sources.js';
import { echo } from './text.js';
import type { ProjectScope } from './engine/rule.js';
import { templatedValuesNotices } from './resources/helm-values-file.js';
import { runStats, type RunStats } from './run-summary.js';
import { VERSION } from './version.js';
import { settleTemplates, templatePlaces } from './analyze/template-places.js';
import { profileMark } from './profile.js';

export interface LintRequest {
  /** Files, folders or globs; `-` is standard input. */
  patterns: readonly string[];
  /** Folder that patterns, --ignore-pattern and the configuration search start from. */
  cwd: string;
  /** Configuration file; found from `cwd` upward when undefined. */
  configPath?: string;
  /** Errors only: warning-level rules do not run. */
  quiet?: boolean;
  /** Name of standard input in the report (needs `-` among the patterns). */
  /** The kustomization's or Helm chart's folder the stream on standard input was rendered from (src/rendered/). */
  renderedFrom?: string;
  /** `-f` values files given to `helm template`, in order. */
  helmValues?: string[];
  stdinFilename?: string;
  ignorePatterns?: readonly string[];
  /** A folder or glob that matches nothing is an error (default true). */
  errorOnUnmatchedPattern?: boolean;
  readStdin?: (maxBytes: number) => Promise<Buffer>;
  /** Files larger than this many bytes are reported, not read (default: the configuration's maxFileSize). */
  maxFileSize?: number;
  /** Called with a one-line notice for each path skipped while finding files (a FIFO, a broken link, …). */
  onNotice?: (notice: string) => void;
  /** Parse every file, not only those a rule could find something in, and report every syntax error. */
  parseAll?: boolean;
  /** Threads for reading and parsing (default: one per core; 1 keeps it all in this thread). */
  threads?: number;
  /** Git ref of the base branch (`--base`): base-side rules run, and findings can be filtered by the change. */
  base?: string;
  /** Which findings to report (`--filter-mode`, reviewdog's names); anything but `nofilter` needs `base`. */
  filterMode?: FilterMode;
  /** Collect the address space of each cluster scope (for `--format html` and the GitHub job summary). */
  addressMaps?: boolean;
  /** Texts held in memory, linted beside the files (the programmatic API); `filePath` is resolved from `cwd`. */
  texts?: readonly { filePath: string; text: string }[];
  /** A configuration already validated (the API's `config` object); else it is loaded from `configPath` or found. */
  config?: LintConfig;
  /** Texts to lint in place of what the files hold (`--fix`'s later passes: src/fix/fix-files.ts). */
  textOverrides?: ReadonlyMap<string, string>;
  /** With `base`: whose configuration applies, the base commit's (default) or the change's (`--config-from head`). */
  configFrom?: ConfigSource;
  /** false: inline suppression directives are inert (`--no-inline-suppressions`). */
  inlineSuppressions?: boolean;
}

export interface LintRun {
  /**
   * Every finding, whatever `--filter-mode` says: what reports for CI services
   * hold (JSON, SARIF, GitLab Code Quality, JUnit, HTML). GitLab computes
   * resolved issues as the target branch's fingerprints minus the merge
   * request's, so a filtered report would show every untouched finding as resolved.
   */
  results: ESLint.LintResult[];
  /**
   * What `--filter-mode` reports: the exit status, annotations, the job
   * summary and the terminal output. The same as `results` without a filter.
   */
  filteredResults: ESLint.LintResult[];
  /** The totals of `filteredResults`: they decide the exit status. */
  totals: Totals;
  /** Every rule and engine check, for formatters. */
  rules: readonly RuleDescription[];
  /** Set when the request asked for `addressMaps`. */
  addressMaps?: ClusterMap[];
  /** What the run read and checked (src/run-summary.ts). */
  stats: RunStats;
}

/** The rules towards users: every rule, then the engine's own checks. */
export const RULE_DESCRIPTIONS: readonly RuleDescription[] = [...allRules.map((rule) => rule.meta), ...suppressionRules, configUnmatched, configLoosened].map(
  ({ id, description, remediation, docsUrl, defaultSeverity }) => ({ id, description, remediation, docsUrl, defaultSeverity }),
);

/** Lints what the request names. Throws UsageError for what the user must fix (exit code 2). */
export async function lintFiles(request: LintRequest): Promise<LintRun> {
  profileMark('startup');
  const patterns = [...request.patterns];
  if (request.stdinFilename !== undefined && !patterns.includes('-')) {
    throw new UsageError('--stdin-filename needs - among the paths (standard input)');
  }
  const filterMode = request.filterMode ?? 'nofilter';
  if (filterMode !== 'nofilter' && request.base === undefined) {
    throw new UsageError(`--filter-mode ${filterMode} needs --base <git-ref>: the change is what findings are filtered by`);
  }
  if (request.base !== undefined && patterns.includes('-')) {
    throw new UsageError('--base cannot be used with standard input (-): it has no base version in Git');
  }
  if (request.renderedFrom !== undefined || request.helmValues?.length) {
    (await import('./rendered/setup.js')).checkRenderedRequest(request, patterns.includes('-'));
  }
  if (request.configFrom !== undefined && request.base === undefined) {
    throw new UsageError(`--config-from ${request.configFrom} needs --base <git-ref>: it chooses between the base commit's configuration and the change's`);
  }
  // With --base the policy is the base commit's configuration (src/policy.ts); what the change loosens is a finding.
  // A configuration object the caller passes (the API) is the caller's own, like a --config file outside the repository.
  const policy = request.base === undefined || request.config !== undefined
    ? { config: request.config ?? await loadConfig({ configPath: request.configPath, cwd: request.cwd, knownRuleIds: RULE_DESCRIPTIONS.map((rule) => rule.id) }), findings: [] }
    : await (await import('./policy.js')).basePolicy({
      cwd: request.cwd,
      ref: request.base,
      configPath: request.configPath,
      configFrom: request.configFrom ?? 'base',
      rules: RULE_DESCRIPTIONS,
      onNotice: request.onNotice,
    });
  const { config } = policy;
  profileMark('config');
  // Under --base, only what the base commit vendored is skipped (src/discover/go-vendor.ts).
  const goVendorBase = request.base === undefined ? undefined : (await import('./discover/go-vendor-base.js')).goVendorBase(request.cwd, request.base);
  const ignores = [
    { globs: config.ignores, baseDir: config.baseDir },
    { globs: [...(request.ignorePatterns ?? [])], baseDir: request.cwd },
  ];
  const discovered = await discoverFiles(patterns, {
    cwd: request.cwd,
    ignores,
    errorOnUnmatchedPattern: request.errorOnUnmatchedPattern ?? true,
    onNotice: request.onNotice,
    goVendorBase,
  });
  // The tree's kustomizations, read once for every pass below that reads them.
  const kustomizations = new KustomizeResolver(repositoryRootOf(request.cwd) ?? request.cwd);
  if (discovered.vendored.length > 0) {
    const { lintKustomizedVendorFiles } = await import('./kustomize/vendor-kustomized.js');
    lintKustomizedVendorFiles(discovered, kustomizations, request.cwd, request.onNotice);
  }
  // Patch files of any name that kustomizations apply are manifests too (src/kustomize/patch-targets.ts).
  const patchFiles = undiscoveredPatchFiles(kustomizations, discovered.files, ignoredBy(ignores));
  if (patchFiles.length > 0) discovered.files = [...discovered.files, ...patchFiles].sort();

  profileMark('discovery');
  const maxFileSize = request.maxFileSize ?? config.maxFileSize;
  let maps: ClusterMap[] | undefined;
  let headScopes: readonly ProjectScope[] = [];
  // Loaded only when asked for, like the base side below: a plain run needs neither.
  const addressMaps = request.addressMaps ? (await import('./facts/address-map.js')).addressMaps : undefined;
  const options: LintOptions = {
    config,
    rules: allRules,
    quiet: request.quiet ?? false,
    cwd: request.cwd,
    parseAll: request.parseAll ?? false,
    inlineSuppressions: request.inlineSuppressions ?? true,
    onNotice: request.onNotice,
    onScopes: (scopes) => {
      headScopes = scopes;
      if (addressMaps) maps = addressMaps(scopes, config, request.cwd);
    },
  };
  const gate = analysisGate(options);
  const analyses = await analyzeFiles(discovered.files, { gate: gate.spec, maxFileSize, threads: request.threads });
  const overrides = request.textOverrides;
  if (overrides !== undefined && overrides.size > 0) {
    analyses.forEach((analysis, i) => {
      const text = overrides.get(analysis.filePath);
      if (text !== undefined) analyses[i] = analyzeSource({ filePath: analysis.filePath, text }, gate);
    });
  }
  // Standard input cannot be read twice: its text stays here for positions.
  let stdin: Source | undefined;
  if (discovered.stdin) {
    if (request.readStdin === undefined) throw new UsageError('standard input (-) cannot be read here');
    const name = request.stdinFilename === undefined ? '<stdin>' : path.resolve(request.cwd, request.stdinFilename);
    stdin = decodeSource(name, await request.readStdin(maxFileSize), { maxFileSize });
    analyses.push(analyzeHere(stdin, gate));
    if (request.renderedFrom !== undefined || request.stdinFilename !== undefined) {
      options.placeRendered = (await import('./rendered/setup.js')).renderedPlacer(stdin, { ...request });
    }
  }
  const inMemory = new Map<string, string>(stdin === undefined ? [] : [[stdin.filePath, stdin.text]]);
  for (const { filePath, text } of request.texts ?? []) {
    const source = decodeSource(path.resolve(request.cwd, filePath), Buffer.from(text, 'utf8'), { maxFileSize });
    inMemory.set(source.filePath, source.text);
    analyses.push(analyzeSource(source, gate));
  }

  profileMark('analyze');
  if (request.base !== undefined) {
    const { readBaseSide } = await import('./base-side.js');
    options.change = await readBaseSide({
      ref: request.base,
      filterMode,
      cwd: request.cwd,
      patterns,
      ignorePatterns: request.ignorePatterns ?? [],
      config,
      headFiles: discovered.files,
      gate,
      maxFileSize,
      goVendorBase: goVendorBase!,
    });
  }
  // Rules that compare the files of a folder (relevantInFolder): the folders some file marked, read again for them.
  if (gate.spec.inFolder !== undefined) {
    const { change } = options;
    const base = change === undefined ? undefined : { analyses: change.baseAnalyses, textOf: change.loadBaseText };
    const baseAnalyses = await readMarkedFolders(analyses, { files: discovered.files, gate: gate.spec, maxFileSize, threads: request.threads, overrides, base, kustomizations });
    if (change !== undefined && baseAnalyses !== undefined) options.change = { ...change, baseAnalyses };
  }
  settleTemplates(analyses, templatePlaces(config, options.change?.existedAtBase));
  for (const notice of templateNotices(analyses, request.cwd)) request.onNotice?.(notice);

  const loadText = (filePath: string): string => inMemory.get(filePath) ?? overrides?.get(filePath) ?? readTextAgain(filePath);
  // Standard input is never fixed: there is no file to write the fix to.
  options.fixableText = (filePath) => (filePath === stdin?.filePath ? undefined : loadText(filePath));
  // Sources, not rendered output: a kustomization's `namespace:` decides where its manifests land.
  const withObjects = analyses.filter((analysis) => analysis.documents.length > 0 && analysis.filePath !== stdin?.filePath);
  const namespaces = kustomizeNamespaces(withObjects.map((analysis) => analysis.filePath), kustomizations, discovered.files);
  options.namespaceOf = (filePath) => namespaces.get(filePath);
  options.readTreeFile = treeFileReader(kustomizations, (filePath) => inMemory.get(filePath));
  options.kustomizePatches = kustomizePatches(withObjects.map((analysis) => analysis.filePath), kustomizations, discovered.files);
  if (config.clusters.length === 0) options.kustomizeIncluded = kustomizeIncludedFolders(discovered.files, kustomizations);
  options.walkedFolders = walkedFolders(patterns, request.cwd);
  const outcome = lintAnalyses(analyses, loadText, options);
  profileMark('rules');
  const shown = (filePath: string): string => echo(path.relative(request.cwd, filePath) || filePath, 200);
  const templated = templatedValuesNotices([...new Set(headScopes.flatMap((scope) => scope.resources))], shown);
  for (const notice of templated) request.onNotice?.(notice);
  const files = analyses.map((analysis) => analysis.filePath);
  const results = toLintResults(files, [...outcome.findings, ...policy.findings]);
  // Findings about the configuration stand in every filter mode: the change made them.
  const filteredResults = outcome.filtered === undefined ? results : toLintResults(files, [...outcome.filtered, ...policy.findings]);
  const stats = runStats(analyses, headScopes, templated.length);
  return { results, filteredResults, totals: totals(filteredResults), rules: RULE_DESCRIPTIONS, ...(maps && { addressMaps: maps }), stats };
}

/** Whether a file is one the configuration's `ignores` or --ignore-pattern leave out. */
function ignoredBy(ignores: ReadonlyArray<{ globs: readonly string[]; baseDir: string }>): (file: string) => boolean {
  const matchers = ignores.map(({ globs, baseDir }) => ignoreMatcher(globs, baseDir));
  return (file) => matchers.some((matches) => matches(file));
}

/** The folders among the paths given, which were walked whole. */
function walkedFolders(patterns: readonly string[], cwd: string): string[] {
  return patterns
    .filter((pattern) => pattern !== '-')
    .map((pattern) => path.resolve(cwd, pattern))
    .filter((folder) => statSync(folder, { throwIfNoEntry: false })?.isDirectory() === true);
}

/**
 * One notice per file whose documents are templates, in place of their
 * syntax errors: what can be linted is the rendered output. Worded from the
 * syntax seen (src/parse/template-syntax.ts), never from the file's name:
 * Jinja where a `{% %}` statement or `{# #}` comment shows it, a Go template
 * where an action only Go reads does, and "Go template or Jinja" where the
 * `{{ }}` actions could be either's.
 */
export function templateNotices(analyses: readonly FileAnalysis[], cwd: string): string[] {
  return analyses
    .filter((analysis) => (analysis.templateDocuments ?? 0) > 0)
    .map((analysis) => {
      const shown = echo(path.relative(cwd, analysis.filePath) || analysis.filePath, 200);
      if (analysis.envsubstTemplates === analysis.templateDocuments) return envsubstNotice(shown);
      if ((analysis.terraformTemplates ?? 0) > 0) {
        return `${shown}: a Terraform template (its %{ … } directives are for templatefile()), not a manifest: what holds them and is not YAML was not linted. ` +
          'Lint what it renders: pipe the rendered manifest to calico-lint -';
      }
      if ((analysis.jinjaTemplates ?? 0) > 0) {
        return `${shown}: a Jinja template (it holds {% … %} statements or {# … #} comments), not a manifest: what holds them and is not YAML was not linted. ` +
          'Lint what it renders: pipe the rendered manifest to calico-lint -';
      }
      if ((analysis.goTemplates ?? 0) > 0) {
        return `${shown}: a Go template (its {{ … }} actions are Go template syntax, as in a Helm chart), not a manifest: what holds them and is not YAML was not linted. ` +
          'Lint the rendered output: helm template <release> <chart> | calico-lint -';
      }
      return `${shown}: a template ({{ … }} actions, which a Go template and Jinja both read), not a manifest: what holds them and is not YAML was not linted. ` +
        'Lint the rendered output: pipe it to calico-lint - (a Helm chart: helm template <release> <chart> | calico-lint -)';
    });
}

function envsubstNotice(shown: string): string {
  return `${shown}: a template for envsubst or clusterctl (a \`\${VAR}\` where YAML syntax is expected), not a manifest: it was not linted. ` +
    `Lint what it becomes: envsubst < ${shown} | calico-lint - (Cluster API: clusterctl generate cluster <name> --from ${shown} | calico-lint -)`;
}

/** 0: no errors and warnings within the limit (-1: none); 1 otherwise. */
export function exitCodeOf(run: Pick<LintRun, 'totals'>, maxWarnings: number): 0 | 1 {
  if (run.totals.errorCount > 0) return 1;
  return tooManyWarnings(run, maxWarnings) ? 1 : 0;
}

export function tooManyWarnings(run: Pick<LintRun, 'totals'>, maxWarnings: number): boolean {
  return maxWarnings >= 0 && run.totals.warningCount > maxWarnings;
}

/** What formatters receive: ESLint's data (cwd, rulesMeta) and calico-lint's own. */
export function formatterData(
  run: LintRun,
  options: { cwd: string; repositoryRoot?: string; stepSummary?: boolean } & Pick<FormatterData, 'keepSuppressed' | 'category' | 'notice'>,
): FormatterData {
  return {
    cwd: options.cwd,
    rulesMeta: rulesMeta(run.rules.map((meta) => ({ meta }))),
    rules: run.rules,
    // The Git root of the linted files, not of the working folder: reports must not depend on where calico-lint started.
    repositoryRoot: options.repositoryRoot ?? gitRootOfFiles(run.results.map((result) => result.filePath), options.cwd),
    version: VERSION,
    stepSummary: options.stepSummary ?? false,
    ...(run.addressMaps && { addressMaps: run.addressMaps }),
    keepSuppressed: options.keepSuppressed ?? false,
    category: options.category,
    notice: options.notice,
  };
}
