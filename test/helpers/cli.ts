/** Runs the built CLI (what `npx calico-lint` runs) as a child process. */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(REPO_ROOT, 'dist/src/bin.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
}

export function runBin(args: readonly string[], options: CliRunOptions = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  for (const [key, value] of Object.entries(options.env ?? {})) env[key] = value;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input ?? '',
    env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Creates a temporary folder holding the given files. */
export async function workspace(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'calico-lint-cli-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

/**
 * The line the CLI prints on standard error after a clean run and after a
 * report written to a file (src/run-summary.ts), time included.
 */
export const SUMMARY_LINE = /^calico-lint: [\d,]+ files? read, [\d,]+ documents? parsed, [\d,]+ clusters?: [\d,]+ pools? and [\d,]+ workloads? checked, [\d,]+ templates? skipped: (?:no problems|[\d,]+ problems? \([\d,]+ errors?, [\d,]+ warnings?\)) in \d+\.\d+ s$/m;

/** Standard error without the summary line: the notices and errors, as before the summary existed. */
export function withoutSummary(stderr: string): string {
  return stderr.split(/(?<=\n)/).filter((line) => !SUMMARY_LINE.test(line.replace(/\n$/, ''))).join('');
}

/** The summary line of a run, time cut off (` in 0.21 s`), or undefined when there is none. */
export function summaryOf(stderr: string): string | undefined {
  const line = stderr.split('\n').find((candidate) => SUMMARY_LINE.test(candidate));
  return line?.replace(/ in \d+\.\d+ s$/, '');
}
