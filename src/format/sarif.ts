/**
 * `--format sarif`: SARIF 2.1.0, what GitHub code scanning
 * (github/codeql-action/upload-sarif) and SARIF viewers read. One run; the
 * driver lists every rule and engine check (and `parse-error`, the rule of
 * fatal findings). Suppressed findings are left out unless `keepSuppressed`
 * asks for them (results with in-source suppressions); at most 25,000 results.
 */
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter } from 'eslint';
import type * as Sarif from 'sarif';
import { fixLocation, type CalicoLintMessage } from './lint-results.js';
import {
  fingerprints,
  PARSE_ERROR_RULE,
  plural,
  primaryLocationLineHashes,
  reportPath,
  reportRuleId,
  type FormatterData,
  type RuleDescription,
} from './report.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/calico-lint/calico-lint';
/** Base id of every artifact URI: the repository root (the name GitHub's and CodeQL's tools use). */
export const SRCROOT = '%SRCROOT%';
/** The key of calico-lint's fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'calicoLint/v1';
/** The only `partialFingerprints` key GitHub code scanning uses to track an alert. */
export const LINE_HASH_KEY = 'primaryLocationLineHash';

export function formatSarif(results: readonly ESLint.LintResult[], data: FormatterData): string {
  return `${JSON.stringify(sarifLog(results, data), null, 2)}\n`;
}

/** GitHub code scanning accepts at most this many results in one run (and rejects the upload beyond). */
export const MAX_RESULTS_PER_RUN = 25_000;

/** One finding on its way to a SARIF result. */
interface Entry {
  message: Linter.LintMessage;
  suppressions: Linter.LintSuppression[] | undefined;
  uri: string;
}

export function sarifLog(results: readonly ESLint.LintResult[], data: FormatterData, maxResults = MAX_RESULTS_PER_RUN): Sarif.Log {
  const rules = [...data.rules, PARSE_ERROR_RULE];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const descriptors: Sarif.ReportingDescriptor[] = rules.map(descriptor);
  const prints = fingerprints(results, data.repositoryRoot);
  const lineHashes = primaryLocationLineHashes(results, data.repositoryRoot);

  const entries: Entry[] = [];
  for (const lintResult of results) {
    const uri = artifactUri(reportPath(lintResult.filePath, data.repositoryRoot));
    for (const message of lintResult.messages) entries.push({ message, suppressions: undefined, uri });
    // GitHub code scanning ignores `suppressions` and would open an alert for each: left out unless asked for.
    if (data.keepSuppressed) {
      for (const message of lintResult.suppressedMessages ?? []) entries.push({ message, suppressions: message.suppressions, uri });
    }
  }
  const { kept, notification } = capResults(entries, maxResults);
  if (notification !== undefined) data.notice?.(notification);

  const sarifResults: Sarif.Result[] = [];
  for (const { message, suppressions, uri } of kept) {
    const ruleId = reportRuleId(message);
    let index = ruleIndex.get(ruleId);
    if (index === undefined) {
      // A rule outside the catalog (never expected): describe it so ruleIndex stays valid.
      index = descriptors.length;
      ruleIndex.set(ruleId, index);
      descriptors.push({ id: ruleId, name: pascalCase(ruleId), shortDescription: { text: `${ruleId}.` } });
    }
    const result: Sarif.Result = {
      ruleId,
      ruleIndex: index,
      level: message.severity === 2 ? 'error' : 'warning',
      message: { text: sarifText(message.message) },
      locations: [{ physicalLocation: physicalLocation(uri, message) }],
      partialFingerprints: { [LINE_HASH_KEY]: lineHashes.get(message)!, [FINGERPRINT_KEY]: prints.get(message)! },
    };
    const related = (message as CalicoLintMessage).relatedLocations;
    if (related?.length) {
      result.relatedLocations = related.map((location, i) => ({
        id: i + 1,
        physicalLocation: physicalLocation(artifactUri(reportPath(location.filePath, data.repositoryRoot)), location.range),
        message: { text: sarifText(location.message) },
      }));
    }
    const fixes = sarifFixes(uri, message);
    if (fixes.length > 0) result.fixes = fixes;
    if (suppressions?.length) {
      result.suppressions = suppressions.map((suppression) => ({ kind: 'inSource', justification: suppression.justification }));
    }
    sarifResults.push(result);
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'calico-lint',
        version: data.version,
        semanticVersion: data.version,
        informationUri: INFORMATION_URI,
        rules: descriptors,
      },
    },
  };
  if (data.category !== undefined) run.automationDetails = { id: automationId(data.category) };
  if (notification !== undefined) {
    run.invocations = [{
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'warning', descriptor: { id: 'result-limit' }, message: { text: notification } }],
    }];
  }
  run.originalUriBaseIds = {
    [SRCROOT]: { uri: directoryUri(data.repositoryRoot), description: { text: 'The repository root.' } },
  };
  run.columnKind = 'utf16CodeUnits';
  run.results = sarifResults;
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/**
 * At most `max` entries, the most severe kept: errors, then warnings, then
 * suppressed findings, each in report order (the order of the kept ones is
 * unchanged). Returns the text that says what was left out, when anything was.
 */
export function capResults<T extends { message: Linter.LintMessage; suppressions?: unknown[] | undefined }>(
  entries: readonly T[],
  max: number,
): { kept: T[]; notification?: string } {
  if (entries.length <= max) return { kept: [...entries] };
  const rank = (entry: T): number => (entry.suppressions?.length ? 2 : entry.message.severity === 2 ? 0 : 1);
  const order = entries.map((entry, index) => ({ entry, index, rank: rank(entry) }));
  order.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const keptIndexes = order.slice(0, max).map((item) => item.index).sort((a, b) => a - b);
  const left = order.slice(max);
  const count = (r: number) => left.filter((item) => item.rank === r).length;
  const parts = [plural(count(0), 'error'), plural(count(1), 'warning'), `${count(2)} suppressed`].filter((part) => !part.startsWith('0 '));
  const notification =
    `the SARIF report holds the ${max.toLocaleString('en-US')} most severe of ${entries.length.toLocaleString('en-US')} findings, ` +
    `GitHub code scanning's limit per run; left out: ${parts.join(', ')}. Other formats (e.g. --format json) list them all.`;
  return { kept: keptIndexes.map((index) => entries[index]!), notification };
}

/**
 * `runs[].automationDetails.id`: GitHub code scanning reads everything up to
 * the last `/` as the category (the rest as a run id), so a category is given a
 * trailing `/` to be taken whole.
 */
export function automationId(category: string): string {
  return category.endsWith('/') ? category : `${category}/`;
}

function descriptor(rule: RuleDescription): Sarif.ReportingDescriptor {
  const level = rule.defaultSeverity === 'error' ? 'error' : 'warning';
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${rule.remediation}` },
    help: {
      text: `${rule.remediation} Documentation: ${rule.docsUrl}`,
      markdown: `${rule.remediation}\n\n[Documentation of ${rule.id}](${rule.docsUrl})`,
    },
    helpUri: rule.docsUrl,
    defaultConfiguration: { level },
    properties: { tags: ['kubernetes', 'calico'] },
  };
}

/**
 * The fix `--fix` applies and the suggestions, as SARIF fixes: one change of
 * the finding's own file each. Never an empty `artifactChanges` (GitHub
 * rejects the whole upload for one): a fix without a known region is left out.
 */
function sarifFixes(uri: string, message: Linter.LintMessage): Sarif.Fix[] {
  const candidates: Array<{ description: string; fix: Linter.LintMessage['fix'] }> = [];
  if (message.fix) candidates.push({ description: 'Safe fix (calico-lint --fix applies it)', fix: message.fix });
  for (const suggestion of message.suggestions ?? []) candidates.push({ description: `Suggestion: ${suggestion.desc}`, fix: suggestion.fix });
  const fixes: Sarif.Fix[] = [];
  for (const { description, fix } of candidates) {
    const location = fix && fixLocation(fix);
    if (!fix || !location) continue;
    fixes.push({
      description: { text: description },
      artifactChanges: [{
        artifactLocation: { uri, uriBaseId: SRCROOT },
        replacements: [{
          deletedRegion: { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn },
          insertedContent: { text: fix.text },
        }],
      }],
    });
  }
  return fixes;
}

/** A region as ESLint gives it (1-based, end column exclusive): SARIF's convention too. */
function physicalLocation(
  uri: string,
  range: Pick<Linter.LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>,
): Sarif.PhysicalLocation {
  const endLine = range.endLine ?? range.line;
  return {
    artifactLocation: { uri, uriBaseId: SRCROOT },
    region: {
      startLine: range.line,
      startColumn: range.column,
      endLine,
      endColumn: range.endColumn ?? range.column,
    },
  };
}

/** A relative URI reference for a report path: each segment percent-encoded. */
/**
 * A plain-text SARIF message: `[text](target)` is an embedded link there
 * (SARIF 2.1.0 §3.11.6; GitHub code scanning renders it), so brackets that
 * echo a manifest (`'["infra"]'`) are escaped with a backslash, and so is a
 * backslash right before one (other backslashes, such as calico-lint's own
 * `\u200b` escapes, stay as they are).
 */
export function sarifText(text: string): string {
  return text.replace(/\\(?=[[\]])|[[\]]/g, (char) => `\\${char}`);
}

export function artifactUri(reportedPath: string): string {
  return reportedPath.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

/** `file:///…/` for a folder: an absolute URI ending with a slash, as SARIF requires of a base. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** `selector-yaml-tag` → `SelectorYamlTag`: SARIF's "friendly name" convention. */
function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}
