/**
 * The pipeline after reading: parse with positions → typed resources → rules →
 * findings. Pure: no file system, no output.
 */
import type { LintConfig } from './config/schema.js';
import type { Finding } from './engine/finding.js';
import type { Rule } from './engine/rule.js';
import { enabledRules, groupByScope, runRules } from './engine/run-rules.js';
import { scopeMatcher } from './engine/scopes.js';
import { applySuppressions, type FileComments } from './engine/suppressions.js';
import { parseManifest } from './parse/parse-manifest.js';
import type { Source } from './read/read-sources.js';
import { resourcesOf, type Resource } from './resources/resource.js';

export interface LintOptions {
  config: LintConfig;
  rules: readonly Rule[];
  /** Skip warning-level rules (ESLint's --quiet). */
  quiet?: boolean;
  /** Folder that file paths inside messages are shown relative to (default: the configuration's folder). */
  cwd?: string;
}

export function lintSources(sources: readonly Source[], options: LintOptions): Finding[] {
  const { config } = options;
  const findings: Finding[] = [];
  const resources: Resource[] = [];
  const comments: FileComments[] = [];
  for (const source of sources) {
    if (source.problem !== undefined) {
      findings.push(fatal(source.filePath, source.problem));
      continue;
    }
    const parsed = parseManifest(source.filePath, source.text);
    for (const problem of parsed.problems) {
      findings.push({ ruleId: null, severity: 2, fatal: true, message: problem.message, filePath: source.filePath, range: problem.range });
    }
    for (const doc of parsed.documents) resources.push(...resourcesOf(doc, config));
    comments.push({ filePath: source.filePath, comments: parsed.comments });
  }
  const scopeOf = scopeMatcher(config);
  const scopes = groupByScope(resources, (resource) => scopeOf(resource.doc.filePath), config);
  const quiet = options.quiet ?? false;
  const enabled = enabledRules(options.rules, config, quiet);
  findings.push(...runRules(enabled, scopes, config, options.cwd));
  // Suppressed findings stay in the list, marked with `suppressions`; toLintResults sets them apart.
  return applySuppressions(findings, {
    files: comments,
    resources,
    config,
    quiet,
    knownRuleIds: options.rules.map((rule) => rule.meta.id),
    ranRuleIds: enabled.map(({ rule }) => rule.meta.id),
  });
}

function fatal(filePath: string, message: string): Finding {
  return {
    ruleId: null,
    severity: 2,
    fatal: true,
    message,
    filePath,
    range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
  };
}
