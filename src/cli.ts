/**
 * The command line: arguments → the shared pipeline (src/pipeline.ts:
 * configuration → files → lint) → formatter → exit code. Exit codes follow
 * ESLint: 0 clean (or warnings within --max-warnings), 1 findings, 2
 * usage/configuration error or crash.
 */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { didYouMean, unknownChoices } from './choices.js';
import { parseSize, SIZE_EXAMPLE } from './size.js';
import { CONFIG_SOURCES, FILTER_MODES, type ConfigSource, type FilterMode } from './engine/changes.js';
import { describeFsError, UsageError } from './errors.js';
import { ADDRESS_MAP_FORMATS, BUILT_IN_FORMATS, COMPLETE_REPORT_FORMATS, DEFAULT_PRETTY_WIDTH, loadFormatter, type Formatter } from './format/formatters.js';
import { formatReport } from './format/chunks.js';
import type { FormatterData } from './format/report.js';
import { printReport, refuseLinkedReportFolder, writeReportFile } from './output.js';
import { parseReportSpec, prepareReports, REPORT_EXAMPLE, writeReports, type ReportSpec } from './reports.js';
import { colorWanted } from './color.js';
import { VERSION } from './version.js';
import { summaryLine, withTime } from './run-summary.js';

export interface CliOptions {
  config?: string;
  format: string;
  outputFile?: string;
  maxWarnings: number;
  quiet: boolean;
  parseAll: boolean;
  threads?: number;
  color?: boolean;
  stdinFilename?: string;
  renderedFrom?: string;
  helmValues: string[];
  ignorePattern: string[];
  errorOnUnmatchedPattern: boolean;
  maxFileSize?: number;
  base?: string;
  filterMode?: FilterMode;
  configFrom?: ConfigSource;
  inlineSuppressions: boolean;
  category?: string;
  keepSuppressed: boolean;
  report: ReportSpec[];
  printConfig?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string[];
}

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input; reading may stop once it holds more than `maxBytes`. */
  readStdin: (maxBytes: number) => Promise<Buffer>;
  /** Whether standard output is a terminal (colors are off otherwise, unless --color). */
  stdoutIsTTY: boolean;
  /** The terminal's width, when standard output is one (`pretty` wraps to it; to DEFAULT_PRETTY_WIDTH otherwise). */
  stdoutColumns?: number;
}

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/.test(value) || Number(value) < -1) {
    throw new InvalidArgumentError('must be an integer, -1 for no limit.');
  }
  return Number(value);
}

function parseMaxFileSize(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined) throw new InvalidArgumentError(`must be ${SIZE_EXAMPLE}.`);
  return bytes;
}

function parseThreads(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) {
    throw new InvalidArgumentError('must be a whole number from 1 to 64.');
  }
  return Number(value);
}

function parseCategory(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('must not be empty.');
  return value;
}

const FIX_TYPES = ['problem', 'directive'];

/** Commander's check of `.choices()` (kept for the help text), with the choice probably meant. */
function choiceParser<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}${didYouMean(value, choices)}.`);
  };
}

function parseFixTypes(value: string): string[] {
  const types = value.split(',').map((type) => type.trim()).filter((type) => type !== '');
  const unknown = unknownChoices(types, FIX_TYPES);
  if (unknown.length > 0 || types.length === 0) {
    throw new InvalidArgumentError(`must be a comma-separated list of ${FIX_TYPES.join(', ')}${unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''}.`);
  }
  return types;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function collectReport(value: string, previous: ReportSpec[]): ReportSpec[] {
  const spec = parseReportSpec(value);
  if (spec === undefined) throw new InvalidArgumentError(`must be ${REPORT_EXAMPLE}.`);
  return [...previous, spec];
}

function buildProgram(io: CliIo): Command {
  return new Command('calico-lint')
    .description('Lint Kubernetes manifests for Calico IP pool mistakes.')
    .argument(
      '[paths...]',
      'files, folders or globs to lint; folders are walked for *.yaml, *.yml and *.json: every file Git tracks, ' +
        'and untracked ones .gitignore does not hide (untracked node_modules skipped); - reads standard input',
      ['.'],
    )
    .configureHelp({ helpWidth: 100 })
    .option('-c, --config <file>', 'configuration file (default: .calico-lint.yaml, .yml or .json found from the working folder upward)')
    .option('--print-config <file>', 'print the configuration that applies to the file (cluster scope, its facts, policy, rule severities) as JSON, and lint nothing')
    .option(
      '-f, --format <name>',
      `output format: ${BUILT_IN_FORMATS.join(', ')} (built-in names win), or an installed eslint-formatter-<name>; ` +
        'sarif is SARIF 2.1.0 (GitHub code scanning), github prints workflow-command annotations ' +
        '(and a job summary when GITHUB_STEP_SUMMARY is set), gitlab is a GitLab Code Quality report, junit is JUnit XML',
      'pretty',
    )
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output (missing folders are created)')
    .option('--report <format=path>', `also write the report in another format to a file, from the same run: ${REPORT_EXAMPLE}; repeatable`, collectReport, [])
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)', parseMaxWarnings, -1)
    .option('--quiet', 'report errors only: warning-level rules do not run, and no summary line is printed', false)
    .option('--parse-all', 'parse every file and report every YAML syntax error, not only in files a rule could find something in', false)
    .option('--threads <n>', 'threads that read and parse files (default: one per core; 1: no worker threads)', parseThreads)
    .option('--color', 'force colored output (FORCE_COLOR=1 does the same)')
    .option('--no-color', 'disable colored output (NO_COLOR=1 or FORCE_COLOR=0 does the same)')
    .option('--stdin-filename <name>', 'file name to show for standard input, and to match against cluster paths')
    .option('--rendered-from <dir>', 'standard input is kustomize or Helm output rendered from this kustomization or chart folder: findings land in its source files')
    .option('--helm-values <file>', 'with --rendered-from <chart>: a values file given to helm template -f; repeatable, in the same order', collect, [])
    .option('--ignore-pattern <glob>', 'skip files matching the glob (relative to the working folder); repeatable', collect, [])
    .option('--no-error-on-unmatched-pattern', 'do not fail when a folder or glob matches no file')
    .option('--max-file-size <size>', 'report files larger than this instead of reading them: bytes, or a number with KB, MB or GB (default: maxFileSize in the configuration, else 10MB)', parseMaxFileSize)
    .option('--base <git-ref>', 'compare with this commit of the base branch (read with git): migration checks run, and --filter-mode can limit findings to the change')
    .addOption(
      new Option('--filter-mode <mode>', 'findings that count and are shown: on added lines (added), inside the diff hunks (diff_context), in changed files (file), or all (nofilter, the default); findings the change creates elsewhere always count; reports (json, sarif, gitlab, junit, html) stay complete; needs --base except nofilter')
        .choices(FILTER_MODES).argParser(choiceParser(FILTER_MODES)),
    )
    .addOption(
      new Option('--config-from <side>', 'with --base: the configuration that applies, the base commit\'s (base, the default: a pull request cannot loosen its own checks) or the change\'s (head)')
        .choices(CONFIG_SOURCES).argParser(choiceParser(CONFIG_SOURCES)),
    )
    .option('--no-inline-suppressions', 'make every inline suppression directive (comment or annotation) inert: nothing is suppressed')
    .option('--category <id>', 'sarif: the run\'s category (runs[].automationDetails.id), so that code scanning keeps the uploads of different runs apart, e.g. one per cluster', parseCategory)
    .option('--fix', 'apply the safe fixes to the files, in place (never to standard input or a Helm chart\'s templates/); the report and exit code tell what remains', false)
    .option('--fix-dry-run', 'apply the safe fixes in memory only: nothing is written; with -f json each fixed file\'s full text is its `output`', false)
    .option('--fix-type <types>', 'fix only these kinds: problem (rule findings), directive (unused suppressions); comma-separated', parseFixTypes)
    .option('--keep-suppressed', 'sarif: keep suppressed findings as results marked suppressed (left out by default: GitHub code scanning ignores the mark and would open alerts)', false)
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText(
      'after',
      '\nExit codes:\n' +
        '  0  no errors, and no more warnings than --max-warnings\n' +
        '  1  errors found, or too many warnings\n' +
        '  2  usage or configuration error, unreadable path, or internal error\n\n' +
        'Examples:\n' +
        '  calico-lint                          lint the current folder\n' +
        '  calico-lint clusters/ -f json -o report.json\n' +
        '  calico-lint -f sarif -o calico-lint.sarif   for github/codeql-action/upload-sarif\n' +
        '  calico-lint -f gitlab -o gl-code-quality-report.json\n' +
        '  kubectl kustomize overlays/prod | calico-lint --rendered-from overlays/prod -\n' +
        '  kubectl get ippools,pods,ns -A -o yaml | calico-lint -\n' +
        '  calico-lint --base origin/main --filter-mode added   a pull request: findings on its added lines',
    )
    .showHelpAfterError('(run calico-lint --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(`calico-lint: ${message.replace(/^error: /, '')}`),
    })
    .allowExcessArguments(false);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  let patterns: string[];
  let options: CliOptions;
  try {
    program.parse([...argv], { from: 'user' });
    patterns = program.processedArgs[0] as string[];
    options = program.opts<CliOptions>();
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end parsing with exit code 0; everything else is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  try {
    return await lintCommand(patterns, options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`calico-lint: ${error.message}\n`);
      return 2;
    }
    const err = error as Error;
    io.stderr(`calico-lint: internal error: ${err?.message ?? String(error)}\n${err?.stack ?? ''}\n`);
    return 2;
  }
}

async function lintCommand(patterns: string[], options: CliOptions, io: CliIo): Promise<number> {
  if (options.printConfig !== undefined) {
    const { effectiveConfig } = await import('./print-config.js');
    const config = await effectiveConfig({ file: options.printConfig, cwd: io.cwd, configPath: options.config, quiet: options.quiet });
    io.stdout(`${JSON.stringify(config, null, 2)}\n`);
    return 0;
  }
  const startedAt = performance.now();
  // Before anything runs or is created: a report folder planted as a link is refused.
  if (options.outputFile !== undefined) refuseLinkedReportFolder(path.resolve(io.cwd, options.outputFile), io.cwd, options.outputFile);
  const reports = await prepareReports(options.report, io.cwd, options.outputFile === undefined ? undefined : { path: options.outputFile, option: '--output-file' }, loadFormatter);
  // Loaded here, not above: `--version` and `--help` need none of the pipeline (YAML, rules, schemas).
  const { exitCodeOf, formatterData, lintFiles, tooManyWarnings } = await import('./pipeline.js');
  // Before configureColor, which sets FORCE_COLOR for the formatters: were colors asked for, whatever the terminal?
  const colorsForced = colorWanted(options.color, io.env, false);
  // Before the run: a mistyped format (`-f jsn`) is a usage error, not a surprise after linting.
  configureColor(options, io);
  const toTerminal = options.outputFile === undefined && io.stdoutIsTTY && (io.stdoutColumns ?? 0) > 0;
  const formatter = await loadFormatter(options.format, { width: toTerminal ? io.stdoutColumns : DEFAULT_PRETTY_WIDTH });
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (options.fixType && !options.fix && !options.fixDryRun) throw new UsageError('--fix-type needs --fix or --fix-dry-run');
  const request: Parameters<typeof lintFiles>[0] = {
    patterns,
    cwd: io.cwd,
    configPath: options.config,
    quiet: options.quiet,
    parseAll: options.parseAll,
    threads: options.threads,
    stdinFilename: options.stdinFilename,
    renderedFrom: options.renderedFrom,
    helmValues: options.helmValues,
    ignorePatterns: options.ignorePattern,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    maxFileSize: options.maxFileSize,
    base: options.base,
    filterMode: options.filterMode,
    configFrom: options.configFrom,
    inlineSuppressions: options.inlineSuppressions,
    onNotice: (notice) => io.stderr(`calico-lint: ${notice}\n`),
    readStdin: io.readStdin,
    addressMaps: [options.format, ...options.report.map((report) => report.format)].some((format) => ADDRESS_MAP_FORMATS.includes(format)),
  };
  let run;
  if (options.fix || options.fixDryRun) {
    const { lintAndFix, writeFixedFiles } = await import('./fix/fix-files.js');
    const types = options.fixType;
    const accept = types === undefined ? undefined : (message: { ruleId: string | null }) =>
      types.includes(message.ruleId === 'unused-suppression' ? 'directive' : 'problem');
    run = (await lintAndFix(request, lintFiles, accept ? { accept } : {})).run;
    if (options.fix) await writeFixedFiles(run.results);
  } else {
    run = await lintFiles(request);
  }

  const summaryFile = options.format === 'github' ? io.env.GITHUB_STEP_SUMMARY : undefined;
  const data = formatterData(run, {
    cwd: io.cwd,
    stepSummary: Boolean(summaryFile),
    category: options.category,
    keepSuppressed: options.keepSuppressed,
    notice: (text) => io.stderr(`calico-lint: ${text}\n`),
  });
  // Built before the annotations: their notice must know whether the summary lists every finding.
  // The summary, annotations and pretty show what --filter-mode selects; reports for CI services are complete.
  const summary = summaryFile ? await buildJobSummary(run.filteredResults, data, [options.outputFile ?? 'this step\'s log', ...options.report.map((r) => r.path)]) : undefined;
  const report = await formatReport(formatter, COMPLETE_REPORT_FORMATS.includes(options.format) ? run.results : run.filteredResults, data);
  if (options.outputFile !== undefined) {
    refuseLinkedReportFolder(path.resolve(io.cwd, options.outputFile), io.cwd, options.outputFile);
    await writeReportFile(path.resolve(io.cwd, options.outputFile), report, options.outputFile);
  } else {
    printReport(report, io.stdout);
  }
  await writeReports(reports, run.results, data, io.cwd, colorsForced);
  if (summaryFile && summary !== undefined) {
    try {
      await appendFile(summaryFile, summary);
    } catch (error) {
      io.stderr(`calico-lint: cannot write the job summary (GITHUB_STEP_SUMMARY): ${describeFsError(error)}\n`);
    }
  }

  // What the run did: after a clean run (otherwise silent) and after a report written to a file.
  const clean = run.totals.errorCount + run.totals.warningCount === 0;
  if (!options.quiet && (clean || options.outputFile !== undefined)) {
    io.stderr(`calico-lint: ${withTime(summaryLine(run.stats, run.totals), performance.now() - startedAt)}\n`);
  }
  if (tooManyWarnings(run, options.maxWarnings) && run.totals.errorCount === 0) {
    io.stderr(`calico-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
  }
  return exitCodeOf(run, options.maxWarnings);
}

/** The job summary's Markdown, and whether it was cut (recorded in `data` for the annotations' notice). */
async function buildJobSummary(results: Parameters<Formatter>[0], data: FormatterData, fullReport: string[]): Promise<string> {
  const { jobSummary } = await import('./format/job-summary.js');
  const { escapeMarkdown } = await import('./format/github.js');
  const summary = jobSummary(results, data, fullReport.map((place, i) => (i === 0 && place === 'this step\'s log' ? place : escapeMarkdown(place))).join(' and '));
  data.stepSummaryCut = !summary.everyFinding;
  return summary.text;
}

/**
 * chalk and log-symbols (inside the pretty formatter) decide on colors when
 * first imported, ignore NO_COLOR and look at the environment rather than at
 * our stream: settle FORCE_COLOR before loading the formatter.
 */
function configureColor(options: CliOptions, io: CliIo): void {
  process.env.FORCE_COLOR = colorWanted(options.color, io.env, options.outputFile === undefined && io.stdoutIsTTY) ? '1' : '0';
}
