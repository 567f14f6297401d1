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
import { describeCrash } from './errors.js';
import { parseManifest } from './parse/parse-manifest.js';
import type { ParsedFile, SourceRange } from './parse/source.js';
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
      findings.push(fatal(source.filePath, source.problem, source.problemRange));
      continue;
    }
    // Whatever one file holds, the others are still linted: a crash here is a bug, reported on the file.
    let parsed: ParsedFile;
    const fileResources: Resource[] = [];
    try {
      parsed = parseManifest(source.filePath, source.text);
      // Loops, not push(...list): a List of 200,000 items would overflow the arguments of one call.
      for (const doc of parsed.documents) for (const resource of resourcesOf(doc, config)) fileResources.push(resource);
    } catch (error) {
      findings.push(fatal(source.filePath, `Internal error while reading this file (a bug in calico-lint; please report it): ${describeCrash(error)}`));
      continue;
    }
    for (const problem of parsed.problems) {
      findings.push({ ruleId: null, severity: 2, fatal: true, message: problem.message, filePath: source.filePath, range: problem.range });
    }
    for (const resource of fileResources) resources.push(resource);
    comments.push({ filePath: source.filePath, comments: parsed.comments });
  }
  const scopeOf = scopeMatcher(config);
  const scopes = groupByScope(resources, (resource) => scopeOf(resource.doc.filePath), config);
  const quiet = options.quiet ?? false;
  const enabled = enabledRules(options.rules, config, quiet);
  for (const finding of runRules(enabled, scopes, config, options.cwd)) findings.push(finding);
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

function fatal(filePath: string, message: string, range?: SourceRange): Finding {
  return {
    ruleId: null,
    severity: 2,
    fatal: true,
    message,
    filePath,
    range: range ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
  };
}
