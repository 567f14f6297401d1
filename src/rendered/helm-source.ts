/**
 * `helm template` output: each document follows a `# Source: <chart>/templates/<file>`
 * comment (helm pkg/action/action.go writes "---\n# Source: %s\n%s\n"). A
 * finding lands in that template, on the line that writes its key, when the
 * template writes the value literally; when the line takes it from `.Values`
 * (`{{ .Values.a.b }}`, `{{- toYaml .Values.a | nindent 8 }}`), on the line of
 * the values file that holds it (the last `--helm-values` file that sets it,
 * else the chart's values.yaml), with the template line as related location.
 *
 * Templates are not YAML: their keys are found line by line, by indentation,
 * skipping lines that are only template actions. What cannot be matched lands
 * on the document's first line in the template.
 */
import path from 'node:path';
import type { RelatedLocation } from '../engine/finding.js';
import type { Path, SourceDocument, SourceRange } from '../parse/source.js';
import { getIn, isPlainObject } from '../resources/resource.js';
import { carryPosition, sameValue } from './document-paths.js';
import type { Placement, RenderedHit } from './placement.js';
import type { LoadedFile, SourceTree } from './source-tree.js';

const SOURCE_COMMENT = /^# Source: (\S.*?)\s*$/;

/** The `# Source:` path of the document starting at `line` (1-based): the last such comment above it, after `after`. */
export function helmSourceOf(lines: readonly string[], line: number, after: number): string | undefined {
  for (let i = line - 2; i >= Math.max(0, after); i--) {
    const match = SOURCE_COMMENT.exec(lines[i] ?? '');
    if (match) return match[1];
  }
  return undefined;
}

/** One `key:` line of a template, with the keys above it (list items do not count). */
interface TemplateKey {
  line: number;
  column: number;
  key: string;
  keys: string[];
  /** What follows `key:` on the line, as written. */
  value: string;
  valueColumn: number;
  /** Index of the YAML document in the template (`---` lines). */
  document: number;
}

const KEY_LINE = /^(\s*)((?:-\s+)*)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{][^:#]*?):(?:\s+(.*?))?\s*$/;
const ONLY_ACTIONS = /^\s*(?:\{\{.*?\}\}\s*)+$/;

export function templateKeys(lines: readonly string[]): TemplateKey[] {
  const keys: TemplateKey[] = [];
  let stack: { column: number; key: string }[] = [];
  let document = 0;
  lines.forEach((text, i) => {
    if (/^---(?:\s|$)/.test(text)) {
      if (keys.some((key) => key.document === document)) document++;
      stack = [];
      return;
    }
    if (text.trim() === '' || text.trimStart().startsWith('#') || ONLY_ACTIONS.test(text)) return;
    const match = KEY_LINE.exec(text);
    if (!match) return;
    const column = match[1]!.length + match[2]!.length + 1;
    const key = unquote(match[3]!.trim());
    while (stack.length > 0 && stack[stack.length - 1]!.column >= column) stack.pop();
    // A list item's first key sits deeper than its `-`: the keys above are the list's.
    const dashColumn = match[1]!.length + 1;
    if (match[2] !== '') while (stack.length > 0 && stack[stack.length - 1]!.column >= dashColumn) stack.pop();
    stack.push({ column, key });
    const value = match[4] ?? '';
    const valueColumn = value === '' ? text.length + 1 : text.indexOf(value, column - 1 + match[3]!.length + 1) + 1;
    keys.push({ line: i + 1, column, key, keys: stack.map((entry) => entry.key), value, valueColumn, document });
  });
  return keys;
}

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  return key.startsWith("'") ? key.slice(1, -1).replace(/''/g, "'") : key;
}

const VALUES_REFERENCE = /\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/;

export class HelmSources {
  /** The chart of the template being placed (see place). */
  private currentRoot: string;

  constructor(
    /** The chart's folder (where Chart.yaml is). */
    readonly chartRoot: string,
    private readonly tree: SourceTree,
    /** `-f` files in the order given to helm (later ones win), read as the user named them. */
    private readonly valuesFiles: readonly { filePath: string; doc: SourceDocument; lines: readonly string[] }[],
  ) {
    this.currentRoot = chartRoot;
  }

  /** `ordinal`: how many documents of the same `# Source:` come before this one in the stream. */
  place(hit: RenderedHit, source: string, ordinal: number): Placement | undefined {
    // `<chart>/templates/x.yaml`, or `<chart>/charts/<sub>/templates/x.yaml` for a subchart.
    const segments = source.split('/');
    if (segments.length < 3) return undefined;
    const relative = segments.slice(1).join('/');
    // --rendered-from names the chart, or the folder that holds it under its name.
    let chartRoot = this.chartRoot;
    let file = this.tree.resolve(chartRoot, relative);
    if (file === undefined || this.tree.text(file) === undefined) {
      chartRoot = path.join(this.chartRoot, segments[0]!);
      file = this.tree.resolve(chartRoot, relative);
    }
    const template = file === undefined ? undefined : this.tree.text(file);
    if (file === undefined || template === undefined) return undefined;
    this.currentRoot = chartRoot;
    const subchart = segments[1] === 'charts' && segments.length >= 5 ? segments[2] : undefined;
    const keys = templateKeys(template.lines);
    const kind = getIn(hit.doc.value, ['kind']);
    const document = templateDocument(keys, kind, getIn(hit.doc.value, ['metadata', 'name']), ordinal);
    const inDocument = keys.filter((key) => document === undefined || key.document === document);
    const wanted = hit.path.filter((segment): segment is string => typeof segment === 'string');
    const renderedValue = getIn(hit.doc.value, hit.path);

    const exact = inDocument.filter((key) => sameKeys(key.keys, wanted));
    // Several lines can write the key (list items, `{{ if }}`/`{{ else }}` branches): the one that writes
    // the rendered value, else one that takes it from a template action, else the first.
    const text = typeof renderedValue === 'object' || renderedValue === undefined ? undefined : String(renderedValue);
    const literal = exact.find((key) => !key.value.includes('{{') && text !== undefined && unquote(key.value) === text)
      ?? exact.find((key) => key.value.includes('{{'))
      ?? exact[0];
    if (literal !== undefined) {
      const reference = VALUES_REFERENCE.exec(literal.value);
      if (reference) {
        const fromValues = this.inValues(reference[1]!.slice(1).split('.'), [], hit, renderedValue, subchart, file, literal);
        if (fromValues) return fromValues;
      }
      return { filePath: file, range: this.keyOrValue(literal, hit, template), kind: literal.value.includes('{{') ? 'patch' : 'written' };
    }
    // An ancestor key whose content comes whole from values: `annotations: {{- toYaml .Values.podAnnotations | nindent 8 }}`,
    // or a line of its own under it.
    for (let depth = wanted.length - 1; depth >= 1; depth--) {
      const prefix = wanted.slice(0, depth);
      for (const key of inDocument.filter((candidate) => sameKeys(candidate.keys, prefix))) {
        const action = this.actionUnder(key, template.lines) ?? key.value;
        const reference = VALUES_REFERENCE.exec(withDot(action, template.lines, key.line));
        if (!reference) continue;
        const placed = this.inValues(reference[1]!.slice(1).split('.'), wanted.slice(depth), hit, renderedValue, subchart, file, key);
        if (placed) return placed;
      }
    }
    const first = inDocument[0];
    const line = first?.line ?? 1;
    return { filePath: file, range: { line, column: 1, endLine: line, endColumn: (template.lines[line - 1]?.trimEnd().length ?? 0) + 1 }, kind: 'object' };
  }

  /** The template action on the lines right under a key with no value (`{{- toYaml .Values.x | nindent 4 }}`). */
  private actionUnder(key: TemplateKey, lines: readonly string[]): string | undefined {
    if (key.value !== '') return undefined;
    const next = lines[key.line];
    return next !== undefined && ONLY_ACTIONS.test(next) ? next : undefined;
  }

  private keyOrValue(key: TemplateKey, hit: RenderedHit, template: LoadedFile): SourceRange {
    if (hit.part === 'key' || key.value === '') {
      const keyText = (template.lines[key.line - 1] ?? '').slice(key.column - 1).split(':')[0] ?? key.key;
      return { line: key.line, column: key.column, endLine: key.line, endColumn: key.column + keyText.length };
    }
    const range: SourceRange = { line: key.line, column: key.valueColumn, endLine: key.line, endColumn: key.valueColumn + key.value.length };
    if (key.value.includes('{{')) {
      // `{{ .Values.cidr | default "10.244.0.0/16" }}`: the value is written in the template after all.
      const written = getIn(hit.doc.value, hit.path);
      const at = typeof written === 'string' || typeof written === 'number' ? key.value.indexOf(String(written)) : -1;
      if (at < 0 || String(written) === '') return range;
      const column = key.valueColumn + at;
      return { line: key.line, column, endLine: key.line, endColumn: column + String(written).length };
    }
    return carryPosition(hit.at, { range: hit.range, lines: hit.lines }, { range, lines: template.lines });
  }

  /** The values file line holding `.Values.<reference>.<rest>`; the template line becomes a related location. */
  private inValues(
    reference: string[],
    rest: string[],
    hit: RenderedHit,
    renderedValue: unknown,
    subchart: string | undefined,
    templateFile: string,
    templateKey: TemplateKey,
  ): Placement | undefined {
    const related: RelatedLocation[] = [{
      filePath: templateFile,
      range: { line: templateKey.line, column: templateKey.column, endLine: templateKey.line, endColumn: templateKey.column + templateKey.key.length },
      message: `the template takes the value from .Values.${reference.join('.')}`,
    }];
    const candidates = [...this.valuesFiles].reverse().map((values) => ({ ...values, prefix: subchart === undefined ? [] : [subchart] }));
    const chartValues = this.chartValues(subchart === undefined ? '' : path.join('charts', subchart));
    if (chartValues) candidates.push({ ...chartValues, prefix: [] });
    if (subchart !== undefined) {
      const parent = this.chartValues('');
      if (parent) candidates.splice(candidates.length - 1, 0, { ...parent, prefix: [subchart] });
    }
    const valuesPath: Path = [...reference, ...rest];
    for (const values of candidates) {
      const fullPath = [...values.prefix, ...valuesPath];
      if (!values.doc.has(fullPath)) continue;
      // A value other than the rendered one came from elsewhere (--set, a -f file not named): not this line.
      const written = getIn(values.doc.value, fullPath);
      if (!sameValue(written, renderedValue) && String(written) !== String(renderedValue)) continue;
      const range = values.doc.locate(fullPath, hit.part === 'key' && rest.length > 0 ? 'key' : 'value');
      return { filePath: values.filePath, range: carryPosition(hit.at, { range: hit.range, lines: hit.lines }, { range, lines: values.lines }), kind: 'values', related };
    }
    return undefined;
  }

  private chartValues(folder: string): { filePath: string; doc: SourceDocument; lines: readonly string[] } | undefined {
    for (const name of ['values.yaml', 'values.yml']) {
      const file = this.tree.resolve(this.currentRoot, path.join(folder, name));
      const doc = file === undefined ? undefined : this.tree.parse(file)?.documents[0];
      const text = file === undefined ? undefined : this.tree.text(file);
      if (file !== undefined && doc !== undefined && text !== undefined && isPlainObject(doc.value)) return { filePath: file, doc, lines: text.lines };
    }
    return undefined;
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/**
 * The template document a rendered one came from (a template may hold
 * several): same `kind:`, then the same literal `name:`, then the same rank
 * among the documents of this template (a document left out by `{{ if }}` can
 * shift the rank, hence the other tests first).
 */
function templateDocument(keys: readonly TemplateKey[], kind: unknown, name: unknown, ordinal: number): number | undefined {
  const documents = [...new Set(keys.map((key) => key.document))];
  if (documents.length <= 1) return undefined;
  const top = (document: number, field: string) => keys.find((key) => key.document === document && key.keys.length === 1 && key.key === field)?.value;
  const nested = (document: number) => keys.find((key) => key.document === document && key.keys.join('.') === 'metadata.name')?.value;
  const sameKind = documents.filter((document) => top(document, 'kind') === kind || top(document, 'kind')?.includes('{{'));
  if (sameKind.length === 1) return sameKind[0];
  const named = sameKind.filter((document) => nested(document) === name);
  if (named.length === 1) return named[0];
  return documents[ordinal] ?? sameKind[0];
}

/** `toYaml .` inside `{{- with .Values.x }}`: the dot is `.Values.x` (the nearest `with` above the line). */
function withDot(action: string, lines: readonly string[], line: number): string {
  if (!/\b(?:toYaml|toJson|quote)\s+\.(?:\s|\}|\|)/.test(action) && !/\{\{-?\s*\.\s*(?:\||-?\}\})/.test(action)) return action;
  for (let i = line - 2; i >= 0; i--) {
    const match = /\{\{-?\s*with\s+(\.Values(?:\.[A-Za-z_][A-Za-z0-9_]*)+)/.exec(lines[i] ?? '');
    if (match) return match[1]!;
    if (/\{\{-?\s*end\b/.test(lines[i] ?? '')) return action;
  }
  return action;
}
