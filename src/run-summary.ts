/**
 * What a run did, in one line on standard error: a clean run is otherwise
 * silent, and a user cannot tell "nothing wrong" from "nothing read" (a
 * folder of Helm templates, a values file of an unknown shape). Printed by
 * the command line after a clean run and after every run that writes its
 * report to a file (`-o`); `--quiet` silences it.
 */
import type { FileAnalysis } from './analyze/analyze-file.js';
import type { ProjectScope } from './engine/rule.js';
import type { Resource } from './resources/resource.js';
import type { Totals } from './format/lint-results.js';

export interface RunStats {
  /** Files read (each is read; only those a rule could use are parsed). */
  files: number;
  /** YAML documents parsed. */
  documents: number;
  /** Cluster scopes that hold at least one resource. */
  clusters: number;
  /** Pool definitions checked: IPPools, Installation pools (Helm values included). */
  pools: number;
  /** Pods and pod templates (Deployments, DaemonSets, Jobs, …) checked. */
  workloads: number;
  /** Files and values skipped as Go templates (each with its own notice). */
  templates: number;
}

/** Counts what the run read and checked. */
export function runStats(analyses: readonly FileAnalysis[], scopes: readonly ProjectScope[], templatedValues: number): RunStats {
  let documents = 0;
  let templates = templatedValues;
  for (const analysis of analyses) {
    documents += analysis.documents.length;
    if ((analysis.templateDocuments ?? 0) > 0) templates++;
  }
  let pools = 0;
  let workloads = 0;
  let clusters = 0;
  const counted = new Set<Resource>(); // a shared file of inferred scopes is in several
  for (const scope of scopes) {
    if (scope.resources.length > 0) clusters++;
    for (const resource of scope.resources) {
      if (counted.has(resource)) continue;
      counted.add(resource);
      pools += resource.pools.length;
      if (resource.podTemplates.length > 0) workloads++;
    }
  }
  return { files: analyses.length, documents, clusters, pools, workloads, templates };
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

/**
 * The summary without the time, e.g. `12 files read, 30 documents parsed,
 * 1 cluster: 3 pools and 5 workloads checked, 1 template skipped: no
 * problems`. Stable for tests; the time is added by `withTime`.
 */
export function summaryLine(stats: RunStats, totals: Pick<Totals, 'errorCount' | 'warningCount'>): string {
  const problems = totals.errorCount + totals.warningCount;
  const outcome = problems === 0
    ? 'no problems'
    : `${count(problems, 'problem')} (${count(totals.errorCount, 'error')}, ${count(totals.warningCount, 'warning')})`;
  return `${count(stats.files, 'file')} read, ${count(stats.documents, 'document')} parsed, ` +
    `${count(stats.clusters, 'cluster')}: ${count(stats.pools, 'pool')} and ${count(stats.workloads, 'workload')} checked, ` +
    `${count(stats.templates, 'template')} skipped: ${outcome}`;
}

/** ` in 0.21 s` (two decimals under 10 s, one above). */
export function withTime(line: string, milliseconds: number): string {
  const seconds = milliseconds / 1000;
  return `${line} in ${seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1)} s`;
}

/**
 * A count with thousands separators, as toLocaleString('en-US') writes it:
 * without starting ICU, which cost every run some 60 ms for this one line.
 */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
