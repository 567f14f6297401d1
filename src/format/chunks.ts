/**
 * Reports written in pieces. The JSON report of a tree of 25,000 files is some
 * 6 MB as one string, and as many bytes again once encoded for writing, at the
 * run's peak of memory (issue 23): a formatter that has `chunks` gives its
 * text in pieces instead, written as they come.
 */
import type { ESLint } from 'eslint';
import type { Formatter } from './formatters.js';
import type { FormatterData } from './report.js';

/** A formatter's report: its text, or its pieces. */
export type Report = string | Iterable<string>;

/** The report of `formatter`: in pieces when it has `chunks` (joined, they are its text). */
export async function formatReport(formatter: Formatter, results: ESLint.LintResult[], data: FormatterData): Promise<Report> {
  const { chunks } = formatter as Formatter & { chunks?: (results: ESLint.LintResult[], data: FormatterData) => Iterable<string> };
  return typeof chunks === 'function' ? chunks(results, data) : formatter(results, data);
}
