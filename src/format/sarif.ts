/**
 * `--format sarif`: SARIF 2.1.0, what GitHub code scanning
 * (github/codeql-action/upload-sarif) and SARIF viewers read. One run; the
 * driver lists every rule and engine check (and `parse-error`, the rule of
 * fatal findings); suppressed findings are results with in-source suppressions.
 */
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter } from 'eslint';
import type * as Sarif from 'sarif';
import type { CalicoLintMessage } from './lint-results.js';
import { fingerprints, PARSE_ERROR_RULE, reportPath, reportRuleId, type FormatterData, type RuleDescription } from './report.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/calico-lint/calico-lint';
/** Base id of every artifact URI: the repository root (the name GitHub's and CodeQL's tools use). */
export const SRCROOT = '%SRCROOT%';
/** The key of calico-lint's fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'calicoLint/v1';

export function formatSarif(results: readonly ESLint.LintResult[], data: FormatterData): string {
  return `${JSON.stringify(sarifLog(results, data), null, 2)}\n`;
}

export function sarifLog(results: readonly ESLint.LintResult[], data: FormatterData): Sarif.Log {
  const rules = [...data.rules, PARSE_ERROR_RULE];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const descriptors: Sarif.ReportingDescriptor[] = rules.map(descriptor);
  const prints = fingerprints(results, data.repositoryRoot);

  const sarifResults: Sarif.Result[] = [];
  for (const lintResult of results) {
    const uri = artifactUri(reportPath(lintResult.filePath, data.repositoryRoot));
    const messages: Array<[Linter.LintMessage, Linter.LintSuppression[] | undefined]> = [
      ...lintResult.messages.map((message) => [message, undefined] as [Linter.LintMessage, undefined]),
      ...(lintResult.suppressedMessages ?? []).map((message) => [message, message.suppressions] as [Linter.LintMessage, Linter.LintSuppression[]]),
    ];
    for (const [message, suppressions] of messages) {
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
        message: { text: message.message },
        locations: [{ physicalLocation: physicalLocation(uri, message) }],
        partialFingerprints: { [FINGERPRINT_KEY]: prints.get(message)! },
      };
      const related = (message as CalicoLintMessage).relatedLocations;
      if (related?.length) {
        result.relatedLocations = related.map((location, i) => ({
          id: i + 1,
          physicalLocation: physicalLocation(artifactUri(reportPath(location.filePath, data.repositoryRoot)), location.range),
          message: { text: location.message },
        }));
      }
      if (suppressions?.length) {
        result.suppressions = suppressions.map((suppression) => ({ kind: 'inSource', justification: suppression.justification }));
      }
      sarifResults.push(result);
    }
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'calico-lint',
          version: data.version,
          semanticVersion: data.version,
          informationUri: INFORMATION_URI,
          rules: descriptors,
        },
      },
      originalUriBaseIds: {
        [SRCROOT]: { uri: directoryUri(data.repositoryRoot), description: { text: 'The repository root.' } },
      },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
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
