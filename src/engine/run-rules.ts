/**
 * Runs rules over resources and collects findings. Knows no rule by name:
 * severity comes from the configuration or the rule's own default.
 */
import path from 'node:path';
import type { LintConfig } from '../config/schema.js';
import type { Path } from '../parse/source.js';
import { PoolIndex } from '../resources/pool-index.js';
import type { Resource } from '../resources/resource.js';
import type { Finding, NumericSeverity } from './finding.js';
import type { Location, ProjectRule, ProjectScope, Report, Rule, RuleContext, SeveritySetting } from './rule.js';

export interface EnabledRule {
  rule: Rule;
  severity: NumericSeverity;
}

export function severityOf(rule: Rule, config: LintConfig): SeveritySetting {
  return config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/** The rules to run, with their numeric severity. `quiet` drops warning rules, as ESLint does. */
export function enabledRules(rules: readonly Rule[], config: LintConfig, quiet: boolean): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const setting = severityOf(rule, config);
    if (setting === 'off' || (quiet && setting === 'warn')) continue;
    enabled.push({ rule, severity: setting === 'error' ? 2 : 1 });
  }
  return enabled;
}

export function runRules(
  rules: readonly EnabledRule[],
  scopes: readonly ProjectScope[],
  config: LintConfig,
  cwd: string = config.baseDir,
): Finding[] {
  const findings: Finding[] = [];
  const where = (location: Location): string => {
    const { line, column } = locateFinding(location);
    const file = location.resource.doc.filePath;
    const shown = path.isAbsolute(file) ? path.relative(cwd, file).split(path.sep).join('/') : file;
    return `${shown}:${line}:${column}`;
  };
  for (const { rule, severity } of rules) {
    const context: RuleContext = {
      config,
      where,
      report: (report) => findings.push(toFinding(rule.meta.id, severity, report)),
    };
    for (const scope of scopes) {
      if (isProjectRule(rule)) {
        rule.check(scope, context);
      } else {
        for (const resource of scope.resources) rule.check(resource, context);
      }
    }
  }
  return findings;
}

/** Where a finding about a whole resource points: its name, or failing that its kind. */
const RESOURCE_ANCHORS: readonly Path[] = [['metadata', 'name'], ['kind']];

function isProjectRule(rule: Rule): rule is ProjectRule {
  return rule.meta.scope === 'project';
}

function locateFinding(location: Location) {
  if (location.range) return location.range;
  const { resource } = location;
  const path = location.path ?? RESOURCE_ANCHORS.find((anchor) => resource.has(anchor)) ?? [];
  return resource.locate(path, location.part);
}

function toFinding(ruleId: string, severity: NumericSeverity, report: Report): Finding {
  const finding: Finding = {
    ruleId,
    severity,
    message: report.message,
    filePath: report.resource.doc.filePath,
    range: locateFinding(report),
  };
  if (report.related?.length) {
    finding.related = report.related.map((related) => ({
      filePath: related.resource.doc.filePath,
      range: locateFinding(related),
      message: related.message,
    }));
  }
  return finding;
}

/** Groups resources by cluster scope, keeping the order in which scopes first appear. */
export function groupByScope(
  resources: readonly Resource[],
  scopeOf: (resource: Resource) => string,
  config: LintConfig,
): ProjectScope[] {
  const byName = new Map<string, Resource[]>();
  for (const resource of resources) {
    const name = scopeOf(resource);
    const list = byName.get(name) ?? [];
    list.push(resource);
    byName.set(name, list);
  }
  return [...byName].map(([name, list]) => ({ name, resources: list, pools: new PoolIndex(list, config) }));
}
