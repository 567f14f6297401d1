/**
 * Runs rules over resources and collects findings. Knows no rule by name:
 * severity comes from the configuration or the rule's own default.
 */
import path from 'node:path';
import type { LintConfig } from '../config/schema.js';
import type { Path } from '../parse/source.js';
import { DEFAULT_SCOPE } from '../config/defaults.js';
import { PoolIndex } from '../resources/pool-index.js';
import { withHelmChartConfigs } from '../resources/helm-chart-config.js';
import { withFluxValuesFrom } from '../resources/flux-values-from.js';
import type { Resource } from '../resources/resource.js';
import { describeCrash } from '../errors.js';
import { quote, sanitize } from '../text.js';
import { withCluster, type Finding, type NumericSeverity } from './finding.js';
import type { FixEnvironment } from './fix.js';
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
  fixes?: FixEnvironment,
): Finding[] {
  const findings: Finding[] = [];
  const where = (location: Location): string => {
    const { line, column } = locateFinding(location);
    const file = location.resource.doc.filePath;
    const shown = path.isAbsolute(file) ? path.relative(cwd, file).split(path.sep).join('/') : file;
    return `${sanitize(shown)}:${line}:${column}`; // a file name can hold control characters
  };
  const overlapping = sharesResources(scopes);
  const sharedFiles = new Set([...(scopes[0]?.shared ?? [])].map((resource) => resource.doc.filePath));
  for (const { rule, severity } of rules) {
    let cluster: string | undefined;
    // A resource shared by several scopes is checked once by a resource rule, and a project rule's
    // finding that holds in several scopes (about shared resources) is reported once.
    const checked = new Set<Resource>();
    const reported = new Set<string>();
    // A place in a shared file already reported from another scope: the same mistake seen from another alternative.
    const placeReportedIn = new Map<string, string | undefined>();
    const context: RuleContext = {
      config,
      where,
      report: (report) => {
        const finding = withCluster(toFinding(rule.meta.id, severity, report), cluster);
        if (overlapping) {
          const key = findingKey(finding);
          if (reported.has(key)) return;
          reported.add(key);
          // Not a finding about two places: under --base it lands on the side the change touched, which differs.
          const place = finding.otherSide === undefined ? JSON.stringify([finding.filePath, finding.range]) : undefined;
          if (place !== undefined && !placeReportedIn.has(place)) placeReportedIn.set(place, cluster);
          else if (place !== undefined && placeReportedIn.get(place) !== cluster && sharedFiles.has(finding.filePath)) return;
        }
        if (finding.otherSide) withCluster(finding.otherSide, cluster);
        if (fixes) attachFixes(finding, report, fixes);
        findings.push(finding);
      },
    };
    for (const scope of scopes) {
      cluster = scope.name;
      if (isProjectRule(rule)) {
        guarded(rule.meta.id, findings, () => rule.check(scope, context), scope.resources[0], scope.name);
      } else {
        for (const resource of scope.resources) {
          if (overlapping) {
            if (checked.has(resource)) continue;
            checked.add(resource);
          }
          guarded(rule.meta.id, findings, () => rule.check(resource, context), resource);
        }
      }
    }
  }
  return findings;
}

/** True when some resource belongs to more than one scope (the shared files of inferred scopes). */
function sharesResources(scopes: readonly ProjectScope[]): boolean {
  if (scopes.length < 2) return false;
  const seen = new Set<Resource>();
  for (const scope of scopes) {
    for (const resource of scope.resources) {
      if (seen.has(resource)) return true;
      seen.add(resource);
    }
  }
  return false;
}

/** What makes two findings of one rule the same: place, message, and the other side's. */
function findingKey(finding: Finding): string {
  const { filePath, range, message, otherSide } = finding;
  const other = otherSide === undefined ? [] : [otherSide.filePath, otherSide.range, otherSide.message];
  return JSON.stringify([filePath, range, message, ...other]);
}

/**
 * One rule's bug must not hide every other finding: an exception thrown by a
 * rule becomes an error of that rule on the resource it was checking (for a
 * project rule, the first resource of the cluster scope), and linting goes on.
 * Always an error, whatever the rule's severity: a check that could not run
 * must not pass.
 */
function guarded(ruleId: string, findings: Finding[], check: () => void, resource: Resource | undefined, scope?: string): void {
  try {
    check();
  } catch (error) {
    if (resource === undefined) throw error;
    let range;
    try {
      range = locateFinding({ resource });
    } catch {
      range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    }
    const subject = scope === undefined ? resource.displayName : `the resources of cluster scope ${quote(scope)}`;
    findings.push({
      ruleId,
      severity: 2,
      message: `rule crashed: ${describeCrash(error)}, while checking ${subject}. ` +
        'This is a bug in calico-lint (please report it); the other rules still ran',
      filePath: resource.doc.filePath,
      range,
    });
  }
}

/** Asks for the report's fix and suggestions; they are verified, and set on the finding, in FixEnvironment.finish. */
function attachFixes(finding: Finding, report: Report, fixes: FixEnvironment): void {
  const filePath = report.resource.doc.filePath;
  if (report.fix) fixes.request(filePath, report.resource, report.fix, (fix) => (finding.fix = fix));
  for (const { desc, fix } of report.suggest ?? []) {
    fixes.request(filePath, report.resource, fix, (resolved) => (finding.suggestions ??= []).push({ desc, fix: resolved }), true);
  }
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
  if (report.exemption !== undefined) finding.suppressions = [{ kind: 'evidence', justification: report.exemption }];
  if (report.related?.length) {
    finding.related = report.related.map((related) => ({
      filePath: related.resource.doc.filePath,
      range: locateFinding(related),
      message: related.message,
    }));
  }
  finding.fingerprintKey = [report, ...(report.related ?? [])].map(identityOf).join('; related ');
  if (report.otherSide) finding.otherSide = toFinding(ruleId, severity, report.otherSide);
  return finding;
}

/**
 * A place named without line numbers, e.g. `Pod/ci/runner spec.hostNetwork`:
 * kind, namespace, name (the document's number when unnamed) and the path in it.
 */
function identityOf(location: Location): string {
  const { resource } = location;
  const name = resource.name ?? `(document ${resource.doc.index + 1}${resource.path.length > 0 ? ` ${formatPath(resource.path)}` : ''})`;
  const id = [resource.kind, resource.namespace, name].filter((part) => part !== undefined).join('/');
  const where = formatPath(location.path ?? []);
  return where === '' ? id : `${id} ${where}`;
}

/** `spec.containers[0].name`; keys that are not plain words are quoted: `metadata.annotations["a.b/c"]`. */
function formatPath(segments: Path): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/**
 * Gives each head scope its base side: the base scope of the same name, or an
 * empty one when the cluster is new on the head side. The base side's pools
 * are the pools in the cluster when the head is applied: the operator names
 * unnamed Installation pools after them (tigera/operator
 * pkg/controller/ippool/defaults.go 169-174, 225-229).
 */
export function withBaseScopes(scopes: readonly ProjectScope[], baseScopes: readonly ProjectScope[], config: LintConfig): ProjectScope[] {
  const byName = new Map(baseScopes.map((scope) => [scope.name, scope]));
  return scopes.map((scope) => {
    const base = byName.get(scope.name);
    if (base === undefined) return { ...scope, base: { name: scope.name, resources: [], pools: new PoolIndex([], config) } };
    return { ...scope, pools: scope.pools.namedAfter(base.pools), base };
  });
}

/** Groups resources by cluster scope, keeping the order in which scopes first appear. */
export function groupByScope(
  resources: readonly Resource[],
  scopeOf: (resource: Resource) => string | readonly string[],
  config: LintConfig,
): ProjectScope[] {
  const byName = new Map<string, Resource[]>();
  const shared = new Set<Resource>();
  for (const resource of resources) {
    // A shared file of inferred scopes (src/engine/inferred-scopes.ts) belongs to several.
    const names = scopeOf(resource);
    if (typeof names !== 'string' && names.length > 1) shared.add(resource);
    for (const name of typeof names === 'string' ? [names] : names) {
      const list = byName.get(name) ?? [];
      list.push(resource);
      byName.set(name, list);
    }
  }
  const scope = (name: string, list: readonly Resource[]): ProjectScope => {
    // A HelmChartConfig overrides its HelmChart's values: one Installation of the pair (src/resources/helm-chart-config.ts).
    // A Flux HelmRelease's `valuesFrom` ConfigMaps are layered under its values (src/resources/flux-values-from.ts).
    const scoped = withFluxValuesFrom(withHelmChartConfigs(list));
    return { name, resources: scoped, pools: new PoolIndex(scoped, config) };
  };
  if (shared.size === 0) return [...byName].map(([name, list]) => scope(name, list));
  const whole = scope(DEFAULT_SCOPE, resources);
  return [...byName].map(([name, list]) => ({ ...scope(name, list), shared, whole }));
}
