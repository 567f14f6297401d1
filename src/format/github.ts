/**
 * `--format github`: GitHub Actions workflow commands, one annotation per
 * finding (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`),
 * escaped exactly as GitHub's toolkit (@actions/core) escapes them, so text
 * from a manifest can never start a command line of its own. The job summary
 * (GITHUB_STEP_SUMMARY) is src/format/job-summary.ts.
 */
import type { ESLint, Linter } from 'eslint';
import { sanitize } from '../text.js';
import type { CalicoLintMessage } from './lint-results.js';
import { plural, reportRuleId, shownPath, type FormatterData } from './report.js';

/** GitHub shows at most this many annotations of one type (error, warning) per step… */
export const ANNOTATIONS_PER_TYPE_PER_STEP = 10;
/** …and this many per job. */
export const ANNOTATIONS_PER_JOB = 50;
/** GitHub rejects a step summary over 1 MiB; stay clearly below. */
export const STEP_SUMMARY_MAX_BYTES = 1_000_000;

/** @actions/core's escapeData: the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core's escapeProperty: a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A workflow command line, as @actions/core's Command.toString() builds it
 * (properties with an empty value are left out).
 */
export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props === '' ? '' : ` ${props}`}::${escapeData(message)}`;
}

/**
 * Errors first, then warnings (each in report order): GitHub shows only the
 * first annotations of each type, and the errors are the ones that must show.
 * When some cannot show, a final `::notice` annotation says how many.
 */
export function formatGithub(results: readonly ESLint.LintResult[], data: FormatterData): string {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const result of results) {
    const file = shownPath(result.filePath, data.repositoryRoot);
    for (const message of result.messages) {
      (message.severity === 2 ? errors : warnings).push(annotation(file, message, data));
    }
  }
  const lines = [...errors, ...warnings];
  const notice = hiddenAnnotationsNotice(errors.length, warnings.length, (data.stepSummary ?? false) && !data.stepSummaryCut);
  if (notice !== undefined) lines.push(workflowCommand('notice', { title: 'calico-lint' }, notice));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * What GitHub leaves out of `errors` and `warnings` annotations in one step
 * (undefined: nothing). `summaryListsAll`: a job summary is written and lists
 * every finding (it may have been cut to GitHub's size limit).
 */
export function hiddenAnnotationsNotice(errors: number, warnings: number, summaryListsAll: boolean): string | undefined {
  const hiddenErrors = Math.max(0, errors - ANNOTATIONS_PER_TYPE_PER_STEP);
  const hiddenWarnings = Math.max(0, warnings - ANNOTATIONS_PER_TYPE_PER_STEP);
  if (hiddenErrors === 0 && hiddenWarnings === 0) return undefined;
  const hidden = [hiddenErrors > 0 ? plural(hiddenErrors, 'error') : '', hiddenWarnings > 0 ? plural(hiddenWarnings, 'warning') : '']
    .filter(Boolean).join(' and ');
  return `calico-lint found ${plural(errors, 'error')} and ${plural(warnings, 'warning')}; ${hidden} ` +
    `${hiddenErrors + hiddenWarnings === 1 ? 'is' : 'are'} not shown as annotations, because GitHub shows at most ` +
    `${ANNOTATIONS_PER_TYPE_PER_STEP} of each type per step (and ${ANNOTATIONS_PER_JOB} per job). ` +
    (summaryListsAll ? 'The job summary lists every finding.' : 'This step\'s log lists every finding.');
}

function annotation(file: string, message: Linter.LintMessage, data: FormatterData): string {
  const endLine = message.endLine ?? message.line;
  // GitHub accepts columns only for an annotation within one line.
  const oneLine = endLine === message.line;
  let text = message.message;
  for (const related of (message as CalicoLintMessage).relatedLocations ?? []) {
    text += `\n  ${shownPath(related.filePath, data.repositoryRoot)}:${related.range.line}:${related.range.column}: ${related.message}`;
  }
  return workflowCommand(message.severity === 2 ? 'error' : 'warning', {
    file,
    line: message.line,
    col: oneLine ? message.column : undefined,
    endLine,
    endColumn: oneLine ? (message.endColumn ?? message.column) : undefined,
    title: `calico-lint: ${reportRuleId(message)}`,
  }, text);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text that GitHub Markdown renders literally: control characters are made
 * visible, `&`, `<` and `>` become entities (no HTML), and the punctuation that
 * starts inline Markdown is backslash-escaped: code, emphasis, links and images,
 * table cells, strikethrough, math, `#123` references, `@` mentions, `:emoji:`
 * and autolinks (`http:`, `www.`).
 */
export function escapeMarkdown(text: string): string {
  return sanitize(text).replace(/[\\`*_[\]()#!|~:@$.&<>]/g, (char) => HTML_ENTITIES[char] ?? `\\${char}`);
}
