/**
 * `--report FORMAT=PATH` (repeatable): more reports from the same run, beside
 * `-f`/`-o`. A CI job that needs Code Quality, JUnit and SARIF lints once and
 * writes all three; each is the formatter's output for the same results.
 */
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { UsageError } from './errors.js';
import { formatReport } from './format/chunks.js';
import type { Formatter } from './format/formatters.js';
import type { FormatterData } from './format/report.js';
import { refuseLinkedReportFolder, writeReportFile } from './output.js';
import { echo } from './text.js';
import type { ESLint } from 'eslint';

export interface ReportSpec {
  format: string;
  /** As written: relative to the working folder. */
  path: string;
}

/** Built-in formats for programs, which never color their output. */
const STRUCTURED: ReadonlySet<string> = new Set(['json', 'sarif', 'github', 'gitlab', 'junit', 'html']);

export const REPORT_EXAMPLE = 'FORMAT=PATH, e.g. sarif=calico-lint.sarif';

/** `FORMAT=PATH` (undefined when it is not). */
export function parseReportSpec(value: string): ReportSpec | undefined {
  const equals = value.indexOf('=');
  const format = value.slice(0, equals).trim();
  const file = value.slice(equals + 1);
  return equals <= 0 || format === '' || file.trim() === '' ? undefined : { format, path: file };
}

export interface PreparedReport extends ReportSpec {
  formatter: Formatter;
  /** Absolute. */
  target: string;
}

/**
 * Before linting: every format loads and every path can be written (no
 * linked folder on the way, no path named twice, `-o` included), so that a
 * mistake costs no run.
 */
export async function prepareReports(
  specs: readonly ReportSpec[],
  cwd: string,
  /** The main report's file, and what names it (`--output-file`, the Action's `sarif-file` input). */
  outputFile: { path: string; option: string } | undefined,
  /** Loads a formatter by name (the CLI: any format; the Action: its bundled ones). */
  load: (format: string) => Promise<Formatter>,
  /** The folder below which no linked folder may lead a report (default `cwd`; the Action: the workspace). */
  root: string = cwd,
): Promise<PreparedReport[]> {
  const seen = new Map<string, string>();
  if (outputFile !== undefined) seen.set(path.resolve(cwd, outputFile.path), outputFile.option);
  const prepared: PreparedReport[] = [];
  for (const spec of specs) {
    const target = path.resolve(cwd, spec.path);
    const earlier = seen.get(target);
    if (earlier !== undefined) throw new UsageError(`--report ${echo(spec.format, 100)}=${echo(spec.path, 200)}: ${earlier} writes the same file`);
    seen.set(target, `--report ${echo(spec.format, 100)}`);
    refuseLinkedReportFolder(target, root, spec.path);
    prepared.push({ ...spec, target, formatter: await load(spec.format) });
  }
  return prepared;
}

/**
 * Writes each report (creating missing folders) from the run's results, byte
 * for byte what `-f FORMAT -o PATH` writes. `colors`: whether colors were asked
 * for (--color, FORCE_COLOR); otherwise a text format loaded for a colored
 * terminal (chalk decides once per process) has its colors taken out, as `-o` writes none.
 */
export async function writeReports(reports: readonly PreparedReport[], results: ESLint.LintResult[], data: FormatterData, root: string, colors = false): Promise<void> {
  for (const report of reports) {
    // Only text formats for people (pretty, eslint-formatter-*): the structured ones print no colors, and their text stays as is.
    const text = colors || STRUCTURED.has(report.format)
      ? await formatReport(report.formatter, results, data)
      : stripVTControlCharacters(await report.formatter(results, data));
    refuseLinkedReportFolder(report.target, root, report.path);
    await writeReportFile(report.target, text, report.path);
  }
}
