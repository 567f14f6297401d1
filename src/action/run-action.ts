/**
 * The GitHub Action (action.yml): lints with the command line's own pipeline,
 * prints annotations, appends the job summary, writes the SARIF file, and sets
 * the outputs `errors`, `warnings` and `sarif-file`. Exit code 1 fails the step
 * when there are errors or more warnings than `max-warnings`; 2 when the
 * inputs, the configuration or a path are wrong.
 *
 * Inputs arrive as INPUT_* variables and are only ever used as data (paths,
 * numbers): nothing is handed to a shell.
 */
import { didYouMean } from '../choices.js';
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_SOURCES, FILTER_MODES, type ConfigSource, type FilterMode } from '../engine/changes.js';
import { describeFsError, UsageError } from '../errors.js';
import { escapeMarkdown, formatGithub, workflowCommand } from '../format/github.js';
import { jobSummary } from '../format/job-summary.js';
import { plural, reportPath } from '../format/report.js';
import { formatSarif } from '../format/sarif.js';
import { refuseLinkedReportFolder, writeReportFile } from '../output.js';
import { parseReportSpec, prepareReports, REPORT_EXAMPLE, writeReports, type ReportSpec } from '../reports.js';
import type { Formatter } from '../format/formatters.js';
import { sanitize } from '../text.js';
import { exitCodeOf, formatterData, lintFiles, tooManyWarnings } from '../pipeline.js';
import { hasCommit } from '../git/git.js';
import { getInput, getMultilineInput, setOutputs } from './github-runner.js';

export interface ActionIo {
  /** Where the runner started the action; used when GITHUB_WORKSPACE is unset. */
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface ActionInputs {
  /** Files, folders or globs, one per line (default `.`), relative to the workspace. */
  paths: string[];
  /** Configuration file; '' finds one from the workspace upward. */
  config: string;
  /** Where to write the SARIF report, relative to the working directory; '' writes none. */
  sarifFile: string;
  maxWarnings: number;
  /** Git ref to compare with (`--base`); undefined when not a pull request and no `base` input. */
  base: string | undefined;
  filterMode: FilterMode;
  /** `base` came from the pull request event, not from the input. */
  baseFromEvent?: boolean;
  /** `filter-mode` was left empty. */
  filterModeDefaulted?: boolean;
  /** The folder to run in, relative to the workspace: path, config and sarif-file are relative to it. */
  workingDirectory: string;
  /** The SARIF run's category (runs[].automationDetails.id); '' sets none. */
  category: string;
  /** More reports from the same run (`--report`): FORMAT=PATH, relative to the working directory. */
  reports: ReportSpec[];
  /** With a base: whose configuration applies (`--config-from`); undefined: the base commit's. */
  configFrom?: ConfigSource;
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const paths = getMultilineInput(env, 'path');
  const maxWarningsText = getInput(env, 'max-warnings') || '-1';
  if (!/^-?\d+$/.test(maxWarningsText) || Number(maxWarningsText) < -1) {
    throw new UsageError(`input max-warnings must be an integer, -1 for no limit; got ${JSON.stringify(maxWarningsText)}`);
  }
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: getInput(env, 'config'),
    // The runner always passes the default; an unset variable means the same.
    sarifFile: env['INPUT_SARIF-FILE'] === undefined ? 'calico-lint.sarif' : getInput(env, 'sarif-file'),
    maxWarnings: Number(maxWarningsText),
    ...changeInputs(env),
    workingDirectory: getInput(env, 'working-directory') || '.',
    category: getInput(env, 'category'),
    reports: getMultilineInput(env, 'reports').map((line) => {
      const spec = parseReportSpec(line);
      if (spec === undefined) throw new UsageError(`input reports: each line must be ${REPORT_EXAMPLE}; got ${sanitize(JSON.stringify(line))}`);
      return spec;
    }),
    ...configFromInput(env),
  };
}

/** `config-from`: base (the default when empty) or head. */
function configFromInput(env: NodeJS.ProcessEnv): Pick<ActionInputs, 'configFrom'> {
  const value = getInput(env, 'config-from');
  if (value === '') return {};
  if (!(CONFIG_SOURCES as readonly string[]).includes(value)) {
    throw new UsageError(`input config-from must be one of ${CONFIG_SOURCES.join(', ')}; got ${JSON.stringify(value)}${didYouMean(value, CONFIG_SOURCES)}`);
  }
  return { configFrom: value as ConfigSource };
}

/**
 * `base` and `filter-mode`. On `pull_request` / `pull_request_target` events,
 * `base` defaults to the pull request's base SHA (from the event payload the
 * runner wrote) and `filter-mode` to `added`: annotations on the lines the
 * pull request adds. Otherwise no base, and `nofilter`.
 */
export function changeInputs(env: NodeJS.ProcessEnv): Pick<ActionInputs, 'base' | 'filterMode' | 'baseFromEvent' | 'filterModeDefaulted'> {
  const input = getInput(env, 'base');
  const base = input || pullRequestBaseSha(env);
  const modeInput = getInput(env, 'filter-mode');
  const mode = modeInput || (base === undefined ? 'nofilter' : 'added');
  if (!(FILTER_MODES as readonly string[]).includes(mode)) {
    throw new UsageError(`input filter-mode must be one of ${FILTER_MODES.join(', ')}; got ${JSON.stringify(mode)}${didYouMean(mode, FILTER_MODES)}`);
  }
  return { base, filterMode: mode as FilterMode, baseFromEvent: input === '' && base !== undefined, filterModeDefaulted: modeInput === '' };
}

/**
 * The pull request's base commit is missing from a shallow checkout
 * (actions/checkout fetches one commit by default). Lint without it rather
 * than fail: everything is reported, so nothing is hidden; say how to fix it.
 */
function withoutMissingBase(inputs: ActionInputs, workspace: string, warn: (text: string) => void): ActionInputs {
  if (!inputs.baseFromEvent || inputs.base === undefined || hasCommit(workspace, inputs.base)) return inputs;
  warn(`the pull request's base commit ${inputs.base} is not in the checkout, so migration checks do not run and every finding is reported. ` +
    'Fetch it: actions/checkout with fetch-depth: 0');
  return { ...inputs, base: undefined, filterMode: inputs.filterModeDefaulted ? 'nofilter' : inputs.filterMode };
}

function pullRequestBaseSha(env: NodeJS.ProcessEnv): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if ((event !== 'pull_request' && event !== 'pull_request_target') || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
    const sha = payload.pull_request?.base?.sha;
    return typeof sha === 'string' && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

export async function runAction(env: NodeJS.ProcessEnv, io: ActionIo): Promise<number> {
  const workspace = path.resolve(io.cwd, env.GITHUB_WORKSPACE || '.');
  try {
    const warn = (text: string): void => io.stdout(`${workflowCommand('warning', { title: 'calico-lint' }, text)}\n`);
    const inputs = withoutMissingBase(readInputs(env), workspace, warn);
    const cwd = await workingDirectory(workspace, inputs.workingDirectory);
    // Before anything runs or is created (mkdir below would create folders through a planted link).
    if (inputs.sarifFile !== '') refuseLinkedReportFolder(path.resolve(cwd, inputs.sarifFile), workspace, inputs.sarifFile);
    const reports = await prepareReports(inputs.reports, cwd, inputs.sarifFile === '' ? undefined : { path: inputs.sarifFile, option: 'input sarif-file' }, loadActionFormatter, workspace);
    for (const report of reports) if (!path.isAbsolute(report.path)) await assertInsideOrMissing(workspace, path.dirname(report.target), report.path);
    const run = await lintFiles({
      patterns: inputs.paths,
      cwd,
      configPath: inputs.config || undefined,
      base: inputs.base,
      filterMode: inputs.filterMode,
      // Without a base there is only the working tree's configuration.
      configFrom: inputs.base === undefined ? undefined : inputs.configFrom,
      // Skipped FIFOs, links leaving the workspace and the like: visible in the log, not silent.
      onNotice: (notice) => io.stdout(`${workflowCommand('warning', { title: 'calico-lint' }, notice)}\n`),
      // The job summary shows the address map of each cluster.
      addressMaps: env.GITHUB_STEP_SUMMARY !== undefined && env.GITHUB_STEP_SUMMARY !== '',
    });
    const summaryFile = env.GITHUB_STEP_SUMMARY || undefined;
    const data = formatterData(run, {
      cwd,
      stepSummary: summaryFile !== undefined,
      category: inputs.category || undefined,
      notice: (text) => io.stdout(`${workflowCommand('warning', { title: 'calico-lint' }, text)}\n`),
    });

    // Built before the annotations: their notice must know whether the summary lists every finding.
    const fullReport = [
      ...(inputs.sarifFile === '' ? [] : [`the SARIF report ${escapeMarkdown(reportPath(path.resolve(cwd, inputs.sarifFile), workspace))}`]),
      ...reports.map((report) => escapeMarkdown(reportPath(report.target, workspace))),
      'this step\'s log',
    ].join(' and ');
    const summary = summaryFile === undefined ? undefined : jobSummary(run.filteredResults, data, fullReport);
    data.stepSummaryCut = summary !== undefined && !summary.everyFinding;
    // Annotations and the summary show what filter-mode selects; the SARIF report and --report files are complete (docs/ci.md).
    io.stdout(formatGithub(run.filteredResults, data));

    let sarifPath = '';
    if (inputs.sarifFile !== '') {
      sarifPath = path.resolve(cwd, inputs.sarifFile);
      refuseLinkedReportFolder(sarifPath, workspace, inputs.sarifFile);
      await mkdir(path.dirname(sarifPath), { recursive: true });
      if (!path.isAbsolute(inputs.sarifFile)) await assertInside(workspace, path.dirname(sarifPath), inputs.sarifFile);
      await writeReportFile(sarifPath, formatSarif(run.results, data), inputs.sarifFile);
    }
    await writeReports(reports, run.results, data, workspace);
    const { errorCount, warningCount } = run.totals;
    await setOutputs(env, { errors: String(errorCount), warnings: String(warningCount), 'sarif-file': sarifPath });
    if (summaryFile !== undefined) {
      try {
        await appendFile(summaryFile, summary!.text);
      } catch (error) {
        io.stdout(`${workflowCommand('warning', { title: 'calico-lint' }, `cannot write the job summary: ${describeFsError(error)}`)}\n`);
      }
    }

    io.stdout(
      `calico-lint: ${plural(errorCount, 'error')} and ${plural(warningCount, 'warning')} in ${plural(run.results.length, 'file')}` +
        (sarifPath === '' ? '.\n' : `; SARIF report: ${sanitize(reportPath(sarifPath, workspace))}\n`),
    );
    if (errorCount === 0 && tooManyWarnings(run, inputs.maxWarnings)) {
      io.stdout(`${workflowCommand('error', { title: 'calico-lint' }, `too many warnings: ${warningCount}, the maximum is ${inputs.maxWarnings} (input max-warnings)`)}\n`);
    }
    return exitCodeOf(run, inputs.maxWarnings);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stdout(`${workflowCommand('error', { title: 'calico-lint' }, error.message)}\n`);
      return 2;
    }
    const err = error as Error;
    io.stdout(`${workflowCommand('error', { title: 'calico-lint internal error' }, err?.message ?? String(error))}\n`);
    io.stderr(`${err?.stack ?? String(error)}\n`);
    return 2;
  }
}

/**
 * The working-directory input as an absolute folder inside the workspace: the
 * repository under review could make it a symbolic link that leads elsewhere.
 */
async function workingDirectory(workspace: string, input: string): Promise<string> {
  const dir = path.resolve(workspace, input);
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    throw new UsageError(`input working-directory ${sanitize(JSON.stringify(input))}: ${describeFsError(error)}`);
  }
  const root = await realpath(workspace);
  if (real !== root && !real.startsWith(`${root}${path.sep}`)) {
    throw new UsageError(`input working-directory ${sanitize(JSON.stringify(input))} leads out of the workspace`);
  }
  if (!(await stat(real)).isDirectory()) throw new UsageError(`input working-directory ${sanitize(JSON.stringify(input))} is not a folder`);
  return dir;
}

/** The formats the Action bundles for its `reports` input: the machine-readable ones (no pretty, no eslint-formatter-*). */
const ACTION_FORMATTERS: Record<string, () => Promise<Formatter>> = {
  json: async () => (await import('../format/json.js')).formatJson,
  sarif: async () => formatSarif,
  github: async () => formatGithub,
  gitlab: async () => (await import('../format/gitlab.js')).formatGitlab,
  junit: async () => (await import('../format/junit.js')).formatJunit,
  html: async () => (await import('../format/html.js')).formatHtml,
};

async function loadActionFormatter(format: string): Promise<Formatter> {
  const load = Object.hasOwn(ACTION_FORMATTERS, format) ? ACTION_FORMATTERS[format] : undefined;
  if (load === undefined) throw new UsageError(`input reports: unknown format ${sanitize(JSON.stringify(format))}: use ${Object.keys(ACTION_FORMATTERS).join(', ')}`);
  return load();
}

/** assertInside for the nearest existing folder of `dir` (report folders are created when missing). */
async function assertInsideOrMissing(workspace: string, dir: string, shown: string): Promise<void> {
  let existing = dir;
  while (!(await stat(existing).then(() => true, () => false))) existing = path.dirname(existing);
  await assertInside(workspace, existing, shown);
}

/**
 * A relative sarif-file must stay in the workspace: a folder on its way could
 * be a symbolic link that the repository under review planted.
 */
async function assertInside(workspace: string, dir: string, shown: string): Promise<void> {
  const [root, real] = await Promise.all([realpath(workspace), realpath(dir)]);
  if (real !== root && !real.startsWith(`${root}${path.sep}`)) {
    throw new UsageError(`cannot write ${shown}: its folder leads out of the workspace through a symbolic link`);
  }
}
