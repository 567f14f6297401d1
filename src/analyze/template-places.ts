/**
 * Where Go templates live, so that a document that does not parse may be
 * taken for one (src/parse/go-template.ts). A document kubectl certainly
 * refuses (a `{{` that starts a node) is a template anywhere. One kubectl
 * might read, but the `yaml` package rejects (`labels: {}#{{ x }}` beside
 * `hostNetwork: true`), is a template only in a Helm chart's `templates/`
 * folder (beside its `Chart.yaml`: Helm renders templates/** and nothing else)
 * or in a file the configuration's `templates` globs name; anywhere else its
 * syntax errors are reported: what kubectl reads must be read or refused,
 * never skipped.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { LintConfig } from '../config/schema.js';
import type { FileAnalysis } from './analyze-file.js';

/**
 * The Chart.yaml that makes `filePath` a chart's template: the nearest folder
 * named `templates` (at any depth) whose parent holds one. Undefined when none.
 */
export function chartOfTemplate(filePath: string): string | undefined {
  const absolute = path.resolve(filePath);
  for (let folder = path.dirname(absolute); ; ) {
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    const chart = path.join(parent, 'Chart.yaml');
    // lstat: a Chart.yaml link is not followed out of the tree (it still marks a chart).
    if (path.basename(folder) === 'templates' && lstatSync(chart, { throwIfNoEntry: false }) !== undefined) return chart;
    folder = parent;
  }
}

/** Whether `filePath` is in a folder named `templates` (at any depth) whose parent holds a Chart.yaml. */
export function isInChartTemplates(filePath: string): boolean {
  return chartOfTemplate(filePath) !== undefined;
}

/**
 * The test for template places under `config`: a chart's templates/, or the
 * configuration's `templates` globs. Under `--base`, `chartExisted` says
 * whether a Chart.yaml was there in the base commit: a pull request that adds
 * one beside a `templates/` folder would otherwise excuse, as templates, the
 * documents there that kubectl reads but the `yaml` package refuses (the
 * configuration's globs are guarded the same way by config-loosened).
 */
export function templatePlaces(config: Pick<LintConfig, 'templates' | 'baseDir'>, chartExisted?: (chartFile: string) => boolean): (filePath: string) => boolean {
  const declared = (config.templates ?? []).length > 0 ? picomatch(config.templates, { dot: true }) : () => false;
  return (filePath) => {
    const relative = path.relative(config.baseDir, path.resolve(config.baseDir, filePath)).split(path.sep).join('/');
    if (declared(relative)) return true;
    const chart = chartOfTemplate(filePath);
    return chart !== undefined && (chartExisted === undefined || chartExisted(chart));
  };
}

/**
 * Settles the documents the parse set aside as possible templates (those
 * kubectl might read): excused, and counted for the file's notice, in a
 * template place; their syntax errors reported anywhere else. Changes the
 * analyses in place (plain data, once per run, before notices and rules).
 */
export function settleTemplates(analyses: readonly FileAnalysis[], isTemplatePlace: (filePath: string) => boolean): void {
  for (const analysis of analyses) {
    const pending = analysis.templateProblems;
    if (pending === undefined) continue;
    delete analysis.templateProblems;
    const documents = analysis.uncertainTemplates ?? 0;
    const { uncertainJinja = 0, uncertainGo = 0 } = analysis;
    delete analysis.uncertainTemplates;
    delete analysis.uncertainJinja;
    delete analysis.uncertainGo;
    if (isTemplatePlace(analysis.filePath)) {
      analysis.templateDocuments = (analysis.templateDocuments ?? 0) + documents;
      if (uncertainJinja > 0) analysis.jinjaTemplates = (analysis.jinjaTemplates ?? 0) + uncertainJinja;
      if (uncertainGo > 0) analysis.goTemplates = (analysis.goTemplates ?? 0) + uncertainGo;
    } else {
      analysis.problems = [...analysis.problems, ...pending].sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
    }
  }
}
