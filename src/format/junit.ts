/**
 * `--format junit`: JUnit XML for GitLab's `artifacts:reports:junit` (and
 * other CI test reports).
 *
 * Layout: one <testsuite> per linted file, one <testcase> per finding, and one
 * passing <testcase> for a file without findings. GitLab merges the suites of a
 * job and tracks each test by classname and name across pipelines, to tell new
 * failures from existing ones in the merge request widget; so the classname is
 * the file (the widget shows it, and a file is what a reviewer opens) and the
 * name is the rule plus the finding's line-independent identity
 * (`selector-yaml-tag: IPPool/infra spec.nodeSelector`), never a line number.
 * Errors and warnings are <failure>s (type says which), a file that cannot be
 * parsed is an <error>, and a suppressed finding is <skipped> with its reason
 * (in the `message` attribute and in the element's text, which GitLab shows).
 */
import type { ESLint, Linter } from 'eslint';
import type { CalicoLintMessage } from './lint-results.js';
import { reportRuleId, ruleCatalog, shownPath, type FormatterData } from './report.js';
import { sanitize } from '../text.js';

/** Longest testcase name kept: names come partly from manifests. */
const MAX_NAME_LENGTH = 200;

export function formatJunit(results: readonly ESLint.LintResult[], data: FormatterData): string {
  const rules = ruleCatalog(data.rules);
  const suites: string[] = [];
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const result of results) {
    const file = shownPath(result.filePath, data.repositoryRoot);
    const cases: string[] = [];
    const count = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    const names = new Map<string, number>();
    const uniqueName = (name: string): string => {
      const seen = (names.get(name) ?? 0) + 1;
      names.set(name, seen);
      return seen === 1 ? name : `${name} (${seen})`;
    };
    const open = (name: string) =>
      `    <testcase classname="${escapeXml(file)}" name="${escapeXml(uniqueName(name))}" file="${escapeXml(file)}" time="0"`;

    for (const message of result.messages) {
      count.tests++;
      const ruleId = reportRuleId(message);
      const severity = message.severity === 2 ? 'error' : 'warning';
      const element = message.fatal ? 'error' : 'failure';
      if (message.fatal) count.errors++;
      else count.failures++;
      let body = `${file}:${message.line}:${message.column}: ${severity}: ${message.message}`;
      for (const related of (message as CalicoLintMessage).relatedLocations ?? []) {
        body += `\n  ${shownPath(related.filePath, data.repositoryRoot)}:${related.range.line}:${related.range.column}: ${related.message}`;
      }
      const docs = rules.get(ruleId)?.docsUrl;
      if (docs !== undefined) body += `\nRule ${ruleId}: ${docs}`;
      cases.push(
        `${open(testName(ruleId, message))}>\n` +
          `      <${element} type="${escapeXml(severity)}" message="${escapeXml(message.message)}">${escapeXmlText(body)}</${element}>\n` +
          '    </testcase>',
      );
    }
    for (const message of result.suppressedMessages ?? []) {
      count.tests++;
      count.skipped++;
      const reasons = message.suppressions.map((suppression) => suppression.justification).join('; ');
      const severity = message.severity === 2 ? 'error' : 'warning';
      // GitLab shows the element's text (not the message attribute) as the skipped test's output: the reason goes there too.
      const body = `suppressed: ${reasons}\n${file}:${message.line}:${message.column}: ${severity}: ${message.message}`;
      cases.push(
        `${open(testName(reportRuleId(message), message))}>\n` +
          `      <skipped message="${escapeXml(`suppressed: ${reasons}`)}">${escapeXmlText(body)}</skipped>\n` +
          '    </testcase>',
      );
    }
    if (cases.length === 0) {
      count.tests++;
      cases.push(`${open('calico-lint')}/>`);
    }
    for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += count[key];
    suites.push(
      `  <testsuite name="${escapeXml(file)}" tests="${count.tests}" failures="${count.failures}" errors="${count.errors}" ` +
        `skipped="${count.skipped}" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="calico-lint" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" ` +
    `skipped="${total.skipped}" time="0">\n${suites.map((suite) => `${suite}\n`).join('')}</testsuites>\n`;
}

/** The rule and the finding's identity (its position only when it has no identity). */
function testName(ruleId: string, message: Linter.LintMessage): string {
  const key = (message as CalicoLintMessage).fingerprintKey;
  // The key holds names from the manifest as written (it identifies the finding): escape what would be invisible.
  const name = sanitize(`${ruleId}: ${key ?? `line ${message.line}, column ${message.column}`}`);
  const chars = [...name];
  return chars.length > MAX_NAME_LENGTH ? `${chars.slice(0, MAX_NAME_LENGTH).join('')}…` : name;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text for a double-quoted XML 1.0 attribute. Tabs and line breaks become
 * character references (attribute-value normalization would turn them into
 * spaces); characters XML 1.0 forbids (other C0 controls, lone surrogates,
 * U+FFFE, U+FFFF) become visible `\uXXXX` escapes, as everywhere calico-lint
 * echoes text.
 */
export function escapeXml(text: string): string {
  return visibleInvalidChars(text).replace(/[&<>"'\t\n\r]/g, (char) => XML_ESCAPES[char]!);
}

/** Text for XML element content: as escapeXml, but tabs and new lines stay (a CR is kept as a reference). */
export function escapeXmlText(text: string): string {
  return visibleInvalidChars(text).replace(/[&<>\r]/g, (char) => XML_ESCAPES[char]!);
}

function visibleInvalidChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
