/**
 * `--fix` and `--fix-dry-run`, as ESLint runs them: lint, apply the fixes
 * that do not overlap (sorted by range; a fix that starts before the previous
 * one ends waits for the next pass), lint the fixed texts again, and repeat
 * up to 10 passes. Fixed texts stay in memory between passes (the pipeline
 * lints them in place of the files), so a dry run writes nothing; `--fix`
 * writes each changed file once, at the end, keeping its byte-order mark.
 */
import { constants, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ESLint, Linter } from 'eslint';
import { describeFsError, UsageError } from '../errors.js';
import type { LintRequest, LintRun } from '../pipeline.js';

/** ESLint's limit (linter.js MAX_AUTOFIX_PASSES). */
export const MAX_FIX_PASSES = 10;

export interface FixOptions {
  /** Which fixes to apply; default all. */
  accept?: (message: Linter.LintMessage) => boolean;
}

export interface FixedRun {
  /** The last lint: what remains after the fixes. Results of fixed files carry `output` (ESLint's field). */
  run: LintRun;
  /** Fixed texts by file (without a byte-order mark). */
  outputs: Map<string, string>;
  /** How many fixes were applied, over all passes. */
  applied: number;
}

/** Lints, fixes in memory and lints again until nothing more is fixed (at most MAX_FIX_PASSES passes). */
export async function lintAndFix(
  request: LintRequest,
  lint: (request: LintRequest) => Promise<LintRun>,
  options: FixOptions = {},
): Promise<FixedRun> {
  const outputs = new Map<string, string>();
  let applied = 0;
  for (let pass = 0; ; pass++) {
    const run = await lint({ ...request, textOverrides: outputs });
    if (pass === MAX_FIX_PASSES) return finish(run, outputs, applied);
    let changed = false;
    for (const result of run.results) {
      const fixes = result.messages.filter((message) => message.fix !== undefined && (options.accept?.(message) ?? true));
      if (fixes.length === 0) continue;
      const text = outputs.get(result.filePath) ?? withoutBom(readFileSync(result.filePath, 'utf8'));
      const fixed = applyFixes(text, fixes.map((message) => message.fix!));
      if (fixed.applied === 0 || fixed.output === text) continue;
      outputs.set(result.filePath, fixed.output);
      applied += fixed.applied;
      changed = true;
    }
    if (!changed) return finish(run, outputs, applied);
  }
}

function finish(run: LintRun, outputs: Map<string, string>, applied: number): FixedRun {
  for (const result of run.results) {
    const output = outputs.get(result.filePath);
    if (output !== undefined) (result as ESLint.LintResult).output = withBomOf(result.filePath, output);
  }
  return { run, outputs, applied };
}

/**
 * ESLint's SourceCodeFixer: fixes sorted by range, each applied unless it
 * starts at or before the end of the last one applied (it waits for the next pass).
 */
export function applyFixes(text: string, fixes: readonly Linter.LintMessage['fix'][]): { output: string; applied: number } {
  const sorted = fixes.filter((fix) => fix !== undefined).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let lastEnd = -Infinity;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start <= lastEnd || start > end || end > text.length) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function withBomOf(filePath: string, text: string): string {
  let hadBom = false;
  try {
    hadBom = readFileSync(filePath, 'utf8').charCodeAt(0) === 0xfeff;
  } catch {
    // the file is gone: written without one
  }
  return hadBom ? `\uFEFF${text}` : text;
}

/**
 * Writes the fixed files (their full text, BOM included, from `output`). A
 * symbolic link is never written through: the repository under review could
 * point one anywhere.
 */
export async function writeFixedFiles(results: readonly ESLint.LintResult[]): Promise<number> {
  let written = 0;
  for (const result of results) {
    if (result.output === undefined) continue;
    let handle;
    try {
      handle = await open(result.filePath, constants.O_WRONLY | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot write the fix of ${result.filePath}: ${code === 'ELOOP' ? 'it is a symbolic link, never written through' : describeFsError(error)}`);
    }
    try {
      await handle.writeFile(result.output);
      written++;
    } finally {
      await handle.close();
    }
  }
  return written;
}
