/**
 * What the CI formats (sarif, github, gitlab, junit) share: the rule catalog
 * they describe, paths relative to the repository root, the synthetic rule of
 * fatal findings, and stable fingerprints.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { docsUrl, type RuleMeta } from '../engine/rule.js';
import type { ClusterMap } from '../facts/address-map.js';
import type { CalicoLintMessage } from './lint-results.js';
import { sanitize } from '../text.js';

/** What a report says about a rule (a rule's meta, or one of the engine's own checks). */
export type RuleDescription = Pick<RuleMeta, 'id' | 'description' | 'remediation' | 'docsUrl' | 'defaultSeverity'>;

/**
 * Fatal findings (a file that cannot be read or parsed) have `ruleId: null`, as
 * in ESLint. Formats that need a rule for every result (SARIF, GitLab Code
 * Quality, JUnit, annotation titles) report them under this id. It is not a
 * rule: it cannot be configured or suppressed, and `--format json` keeps null.
 */
export const PARSE_ERROR_RULE: RuleDescription = {
  id: 'parse-error',
  description: 'A file that cannot be read or parsed as Kubernetes manifests (YAML or JSON syntax, duplicate keys, binary content): no rule could check it.',
  remediation: 'Fix the file at the reported position; kubectl rejects it too.',
  docsUrl: docsUrl('parse-error'),
  defaultSeverity: 'error',
};

/** ESLint's formatter data, plus what calico-lint's own formats need. */
export interface FormatterData extends ESLint.LintResultData {
  /** Every rule and engine check, in a fixed order (PARSE_ERROR_RULE not included). */
  rules: readonly RuleDescription[];
  /** Report paths are relative to this folder: the repository root. */
  repositoryRoot: string;
  /** calico-lint's version. */
  version: string;
  /** Whether a GitHub job summary is written beside the annotations (`github` format). */
  stepSummary?: boolean;
  /** The job summary left findings out (GitHub's size limit): the annotations' notice must not send readers there. */
  stepSummaryCut?: boolean;
  /** The address space of each cluster scope, when the run collected it (`html`, the GitHub job summary). */
  addressMaps?: readonly ClusterMap[];
  /** SARIF: keep suppressed findings as results with `suppressions` (GitHub code scanning ignores those, so the default leaves them out). */
  keepSuppressed?: boolean;
  /** SARIF: `runs[].automationDetails.id`, the category that keeps uploads of different runs apart. */
  category?: string;
  /** Where a formatter says what the user must know about the report itself (results left out); stderr for the CLI. */
  notice?: (text: string) => void;
}

/**
 * The repository root for report paths: the nearest folder at or above `start`
 * that holds `.git` (a folder, or a file in worktrees and submodules), else `start`.
 * GitHub code scanning and GitLab resolve report paths from the repository root.
 */
export function findRepositoryRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}

/**
 * The repository root for the report paths of `filePaths`: the Git root of the
 * folder that holds them all, so that paths do not depend on where calico-lint
 * was started (run from the parent of a checkout, they must still be
 * `apps/p.yaml`, not `repo/apps/p.yaml`). Falls back to `findRepositoryRoot(cwd)`
 * when the files are in no repository (or there are none).
 */
export function gitRootOfFiles(filePaths: readonly string[], cwd: string): string {
  const common = folderOfFiles(filePaths);
  if (common === undefined) return findRepositoryRoot(cwd);
  const root = findRepositoryRoot(common);
  return existsSync(path.join(root, '.git')) ? root : findRepositoryRoot(cwd);
}

/**
 * The deepest folder that holds every absolute path given (undefined: none).
 * A folder that holds the first and the last path in sorted order holds every
 * path between them: two paths to compare, not 100,000.
 */
export function folderOfFiles(filePaths: readonly string[]): string | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const filePath of filePaths) {
    if (!path.isAbsolute(filePath)) continue;
    if (first === undefined || filePath < first) first = filePath;
    if (last === undefined || filePath > last) last = filePath;
  }
  return first === undefined || last === undefined ? undefined : commonFolder([path.dirname(first), path.dirname(last)]);
}

/** The deepest folder that contains every one of `folders` (absolute paths). */
function commonFolder(folders: readonly string[]): string {
  let common = folders[0]!;
  for (const folder of folders.slice(1)) {
    while (folder !== common && !folder.startsWith(common.endsWith(path.sep) ? common : `${common}${path.sep}`)) {
      common = path.dirname(common);
    }
  }
  return common;
}

/** A file path as reports show it: relative to the root, with `/` separators (names like `<stdin>` as they are). */
export function reportPath(filePath: string, root: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  return path.relative(root, filePath).split(path.sep).join('/');
}

/**
 * The path as reports show it to people (GitHub annotations, JUnit, GitLab
 * Code Quality): a file name comes from the scanned repository and may hold
 * a terminal escape, a new line or a bidi override (sanitize). Fingerprints
 * and SARIF URIs keep reportPath, the name as it is.
 */
export function shownPath(filePath: string, root: string): string {
  return sanitize(reportPath(filePath, root));
}

/** The rule a message belongs to in reports (fatal findings: PARSE_ERROR_RULE). */
export function reportRuleId(message: Linter.LintMessage): string {
  return message.ruleId ?? PARSE_ERROR_RULE.id;
}

/** `rules` plus PARSE_ERROR_RULE, by id. */
export function ruleCatalog(rules: readonly RuleDescription[]): Map<string, RuleDescription> {
  return new Map([...rules, PARSE_ERROR_RULE].map((rule) => [rule.id, rule]));
}

/**
 * One fingerprint per message (reported and suppressed), unique within the run
 * and stable when unrelated lines move: a SHA-256 of the rule, the file's report
 * path and the finding's line-independent identity (`fingerprintKey`; the
 * message text for findings without one). Messages that share all three are
 * numbered in the order they are reported.
 */
export function fingerprints(results: readonly ESLint.LintResult[], root: string): Map<Linter.LintMessage, string> {
  const byMessage = new Map<Linter.LintMessage, string>();
  const seen = new Map<string, number>();
  for (const result of results) {
    const file = reportPath(result.filePath, root);
    for (const message of [...result.messages, ...(result.suppressedMessages ?? [])]) {
      const key = (message as CalicoLintMessage).fingerprintKey ?? message.message;
      const base = sha256(`${reportRuleId(message)}\n${file}\n${key}`);
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      byMessage.set(message, count === 1 ? base : sha256(`${base}\n${count}`));
    }
  }
  return byMessage;
}

/**
 * GitHub code scanning's `primaryLocationLineHash` per message: GitHub tracks an
 * alert by this key alone, so it must not change when lines are inserted above
 * the finding or the flagged value is edited. For rule findings it hashes the
 * rule, the cluster scope and the finding's identity (resource kind, namespace,
 * name and the path inside it: `fingerprintKey`), so it also survives moving
 * the resource to another file of the same cluster. Findings that are not about
 * a resource (parse errors, suppression directives) use the file and their key
 * or message. Like GitHub's own, the value is `<hash>:<occurrence>`.
 */
export function primaryLocationLineHashes(results: readonly ESLint.LintResult[], root: string): Map<Linter.LintMessage, string> {
  const byMessage = new Map<Linter.LintMessage, string>();
  const seen = new Map<string, number>();
  for (const result of results) {
    const file = reportPath(result.filePath, root);
    for (const message of [...result.messages, ...(result.suppressedMessages ?? [])]) {
      const { cluster, fingerprintKey } = message as CalicoLintMessage;
      const identity = cluster !== undefined && fingerprintKey !== undefined
        ? `cluster ${cluster}\n${fingerprintKey}`
        : `file ${file}\n${fingerprintKey ?? message.message}`;
      const hash = sha256(`${reportRuleId(message)}\n${identity}`).slice(0, 32);
      const count = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, count);
      byMessage.set(message, `${hash}:${count}`);
    }
  }
  return byMessage;
}

/** node:crypto, loaded on first use: only the reports with fingerprints hash, and loading it took some 10 ms of CPU (load average ~10) in every run. */
let crypto: typeof import('node:crypto') | undefined;

function sha256(text: string): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** "1 error", "2 warnings". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
