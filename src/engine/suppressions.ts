/**
 * Inline suppression of findings, applied by the engine after every rule has
 * run (no rule knows about it). Two forms:
 *
 * - a comment alone on its line, in YAML (never JSON, which has no comments):
 *     # calico-lint-disable-next-line <rule-id>[, <rule-id>...] -- <reason>
 *   suppresses those rules' findings that start on the next line holding YAML
 *   content (blank lines and other comment lines are skipped, so directives stack);
 * - an annotation, on an object or on its pod template:
 *     calico-lint/disable: "<rule-id>[, <rule-id>...] -- <reason>"
 *   suppresses those rules' findings anywhere inside the object (a List item
 *   only covers itself; a pod template's annotation covers the whole workload).
 *
 * A directive without a reason (one visible character at least), naming an
 * unknown rule or one the configuration's `suppressibleRules` leaves out, or
 * malformed is reported as `invalid-suppression` and suppresses nothing.
 * `--no-inline-suppressions` (ESLint's `--no-inline-config`) makes every
 * directive inert: nothing is suppressed, nothing is reported about them. A directive that
 * suppresses nothing is reported as `unused-suppression`. Fatal findings
 * (ruleId null) are never suppressed.
 */
import path from 'node:path';
import type { LintConfig } from '../config/schema.js';
import type { LineComment, Path, SourceRange } from '../parse/source.js';
import { getIn, isPlainObject, type Resource } from '../resources/resource.js';
import { closest, quote } from '../text.js';
import type { Finding, NumericSeverity, Suppression } from './finding.js';
import { docsUrl, type RuleMeta } from './rule.js';
import { REMOVED, type FixEnvironment, type FixRequest } from './fix.js';

/** The meta of a check the engine itself performs: it behaves like a rule towards users. */
export interface EngineRuleMeta extends Omit<RuleMeta, 'scope'> {
  scope: 'engine';
}

export const invalidSuppression: EngineRuleMeta = {
  id: 'invalid-suppression',
  description: 'A suppression directive without a reason, naming an unknown rule, or malformed: it suppresses nothing.',
  remediation: 'Write `<rule-id>[, <rule-id>...] -- <reason>` with existing rule ids and a reason after ` -- `.',
  docsUrl: docsUrl('invalid-suppression'),
  defaultSeverity: 'error',
  fixable: false,
  scope: 'engine',
};

export const unusedSuppression: EngineRuleMeta = {
  id: 'unused-suppression',
  description: 'A suppression directive that suppresses no finding of a rule it names.',
  remediation: 'Remove the directive, or the rule ids it names that no longer report anything there.',
  docsUrl: docsUrl('unused-suppression'),
  defaultSeverity: 'warn',
  fixable: 'code',
  scope: 'engine',
};

/** The engine's own checks, for `rules:` in the configuration and for formatters' rulesMeta. */
export const suppressionRules: readonly EngineRuleMeta[] = [invalidSuppression, unusedSuppression];

export const COMMENT_DIRECTIVE = 'calico-lint-disable-next-line';
export const ANNOTATION_KEY = 'calico-lint/disable';

const COMMENT_EXAMPLE = `# ${COMMENT_DIRECTIVE} <rule-id> -- <reason>`;
const ANNOTATION_EXAMPLE = `${ANNOTATION_KEY}: "<rule-id> -- <reason>"`;
/** What looks like an attempt at a comment directive (so typos are reported, not ignored). */
const COMMENT_KEYWORD = /^calico-lint-(?:disable|enable)[a-z-]*/i;
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ` -- ` between the rule ids and the reason (also at the very end, to report an empty reason). */
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;

/** The full-line comments of one parsed file. */
export interface FileComments {
  filePath: string;
  comments: readonly LineComment[];
  /** false: its directives suppress, but are never reported unused (a source of rendered output another rendering may need). */
  reportUnused?: false;
}

export interface SuppressionOptions {
  /** Every file's full-line comments; comments in `.json` files are not directives. */
  files: readonly FileComments[];
  /** Every resource, for `calico-lint/disable` annotations. */
  resources: readonly Resource[];
  config: LintConfig;
  quiet: boolean;
  /** Ids of every rule known (a directive may name only these). */
  knownRuleIds: readonly string[];
  /** Ids of the rules that ran: a directive naming a rule that did not run is never "unused". */
  ranRuleIds: readonly string[];
  /** Where fixes are verified; without it findings carry no fix. */
  fixes?: FixEnvironment;
  /** `--no-inline-suppressions`: every directive is inert. */
  inert?: boolean;
}

interface Directive {
  form: 'comment' | 'annotation';
  filePath: string;
  /** Where the directive is written: the comment, or the annotation value. */
  range: SourceRange;
  ruleIds: readonly string[];
  reason: string;
  covers: (finding: Finding) => boolean;
  /** The `unused-suppression` message, given the rule ids that suppressed nothing. */
  unusedMessage: (ruleIds: readonly string[]) => string;
  /** The rule ids that suppressed at least one finding. */
  used: Set<string>;
  /** Never reported unused (see FileComments.reportUnused). */
  silent?: true;
  /** The annotation's object and path (annotation form). */
  annotation?: { resource: Resource; path: Path };
}

interface InvalidDirective {
  filePath: string;
  range: SourceRange;
  message: string;
}

type Parsed =
  | { ok: true; ruleIds: string[]; reason: string }
  | { ok: false; problem: string };

/**
 * Marks the findings that a directive suppresses (they get `suppressions`), and
 * adds `invalid-suppression` and `unused-suppression` findings.
 */
export function applySuppressions(findings: readonly Finding[], options: SuppressionOptions): Finding[] {
  if (options.inert) return [...findings];
  const allowed = { knownRuleIds: options.knownRuleIds, suppressible: options.config.suppressibleRules };
  const directives: Directive[] = [];
  const invalid: InvalidDirective[] = [];
  const collect = (
    form: Directive['form'],
    filePath: string,
    range: SourceRange,
    parsed: Parsed,
    covers: Directive['covers'],
    unusedMessage: Directive['unusedMessage'],
    annotation?: Directive['annotation'],
  ) => {
    if (parsed.ok) {
      directives.push({ form, filePath, range, ruleIds: parsed.ruleIds, reason: parsed.reason, covers, unusedMessage, used: new Set(), ...(annotation && { annotation }) });
    } else {
      invalid.push({ filePath, range, message: parsed.problem });
    }
  };
  for (const file of options.files) {
    if (path.extname(file.filePath).toLowerCase() === '.json') continue;
    for (const comment of file.comments) {
      const parsed = parseComment(comment.text, allowed);
      if (parsed === undefined) continue;
      const target = comment.nextContentLine;
      if (file.reportUnused === false && parsed.ok === false) continue;
      collect(
        'comment',
        file.filePath,
        comment.range,
        parsed,
        (finding) => finding.range.line === target,
        (ids) => target === undefined
          ? 'Unused suppression: no YAML content follows it'
          : `Unused suppression: no ${listOfIds(ids)} finding on line ${target} to suppress`,
      );
      if (file.reportUnused === false && parsed.ok) directives[directives.length - 1]!.silent = true;
    }
  }
  for (const resource of options.resources) {
    for (const metadataPath of annotatedMetadataPaths(resource)) {
      const annotationPath = [...metadataPath, 'annotations', ANNOTATION_KEY];
      const annotations = getIn(resource.object, [...metadataPath, 'annotations']);
      if (!isPlainObject(annotations) || !Object.hasOwn(annotations, ANNOTATION_KEY)) continue;
      const value = annotations[ANNOTATION_KEY];
      const objectRange = resource.locate([]);
      collect(
        'annotation',
        resource.doc.filePath,
        resource.locate(annotationPath),
        parseAnnotation(value, allowed),
        (finding) => contains(objectRange, finding.range),
        (ids) => `Unused suppression: no ${listOfIds(ids)} finding in ${quote(resource.displayName)} to suppress`,
        { resource, path: annotationPath },
      );
    }
  }

  const byFile = new Map<string, Directive[]>();
  for (const directive of directives) {
    const list = byFile.get(directive.filePath) ?? [];
    list.push(directive);
    byFile.set(directive.filePath, list);
  }
  const result: Finding[] = findings.map((finding) => {
    // A finding the rule itself exempted needs no directive: one that names it is unused.
    if (finding.ruleId === null || finding.fatal || finding.suppressions) return finding;
    const ruleId = finding.ruleId;
    const suppressions: Suppression[] = [];
    // A finding moved from rendered output to its source: directives in either place count.
    const places = finding.rendered && finding.rendered.filePath !== finding.filePath ? [finding, { ...finding, ...finding.rendered }] : [finding];
    for (const [directive, place] of places.flatMap((at) => (byFile.get(at.filePath) ?? []).map((directive) => [directive, at] as const))) {
      if (!directive.ruleIds.includes(ruleId) || !directive.covers(place)) continue;
      directive.used.add(ruleId);
      suppressions.push({ kind: 'directive', justification: directive.reason });
    }
    return suppressions.length > 0 ? { ...finding, suppressions } : finding;
  });

  const invalidSeverity = severityOf(invalidSuppression, options);
  if (invalidSeverity !== undefined) {
    for (const problem of invalid) {
      result.push({
        ruleId: invalidSuppression.id,
        severity: invalidSeverity,
        message: problem.message,
        filePath: problem.filePath,
        range: problem.range,
        // What the directive says, not where: CI fingerprints stay put when unrelated lines move.
        fingerprintKey: `invalid directive: ${problem.message}`,
      });
    }
  }
  const unusedSeverity = severityOf(unusedSuppression, options);
  if (unusedSeverity !== undefined) {
    // A file that could not be parsed whole may hide the findings its comments were meant for
    // (an annotation sits in an object that was parsed, so its findings are known).
    const brokenFiles = new Set(findings.filter((finding) => finding.fatal).map((finding) => finding.filePath));
    const ran = new Set(options.ranRuleIds);
    for (const directive of directives) {
      const unused = directive.ruleIds.filter((id) => ran.has(id) && !directive.used.has(id));
      if (unused.length === 0) continue;
      if (directive.form === 'comment' && brokenFiles.has(directive.filePath)) continue;
      if (directive.silent) continue;
      const finding: Finding = {
        ruleId: unusedSuppression.id,
        severity: unusedSeverity,
        message: directive.unusedMessage(unused),
        filePath: directive.filePath,
        range: directive.range,
        // The directive's own words (its message names a line number): stable when other lines move.
        fingerprintKey: `unused ${directive.form}: ${unused.join(', ')} -- ${directive.reason}`,
      };
      if (unused.length === directive.ruleIds.length) {
        options.fixes?.request(directive.filePath, directive.annotation?.resource, removeDirective(directive), (fix) => (finding.fix = fix));
      }
      result.push(finding);
    }
  }
  return result;
}

/**
 * The fix of a directive that suppresses nothing at all: its line goes (a
 * comment alone on its line; an annotation written on one line, when others
 * remain beside it — the check in fix.ts refuses anything else).
 */
function removeDirective(directive: Directive): FixRequest {
  return (source) => {
    const [start, end] = directive.annotation
      ? [source.span(directive.annotation.resource, directive.annotation.path, 'key')[0], source.span(directive.annotation.resource, directive.annotation.path)[1]]
      : source.offsetsOf(directive.range);
    const lineStart = source.lineStart(start);
    const lineEnd = source.nextLineStart(end);
    // Only blanks before it, and only blanks (a comment for an annotation) after it on its last line.
    if (source.text.slice(lineStart, start).trim() !== '') return undefined;
    const after = source.text.slice(end, lineEnd).trim();
    if (after !== '' && !(directive.annotation && after.startsWith('#'))) return undefined;
    return {
      edits: [{ range: [lineStart, lineEnd], text: '' }],
      expect: directive.annotation ? [{ path: directive.annotation.path, value: REMOVED }] : [],
    };
  };
}

/**
 * Whether a reason shows at least one character: spaces, control and format
 * characters (zero-width space, bidirectional marks), default-ignorable ones
 * (U+3164 HANGUL FILLER, variation selectors), lone combining marks and the
 * blank braille pattern all render as nothing.
 */
export function hasVisibleCharacter(text: string): boolean {
  return /[^\p{White_Space}\p{C}\p{Z}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u.test(text);
}

function listOfIds(ids: readonly string[]): string {
  return ids.map((id) => quote(id)).join(' or ');
}

function severityOf(meta: EngineRuleMeta, options: SuppressionOptions): NumericSeverity | undefined {
  const setting = options.config.rules[meta.id] ?? meta.defaultSeverity;
  if (setting === 'off' || (options.quiet && setting === 'warn')) return undefined;
  return setting === 'error' ? 2 : 1;
}

/** Whether `inner` starts inside `outer` (end exclusive). */
function contains(outer: SourceRange, inner: SourceRange): boolean {
  const afterStart = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const beforeEnd = inner.line < outer.endLine || (inner.line === outer.endLine && inner.column < outer.endColumn);
  return afterStart && beforeEnd;
}

/** Paths (relative to the resource) of the metadata whose annotations are honoured: its own, and its pod template's. */
function annotatedMetadataPaths(resource: Resource): Path[] {
  const paths: Path[] = [['metadata']];
  for (const template of resource.podTemplates) {
    if (template.path.length > 0) paths.push([...template.path, 'metadata']);
  }
  return paths;
}

/** Parses a full-line comment; undefined when it is not a directive at all. */
/** The rules a directive may name: known ones, and among them those the configuration lets be suppressed. */
interface AllowedRules {
  knownRuleIds: readonly string[];
  /** `suppressibleRules` of the configuration; undefined: every rule. */
  suppressible: readonly string[] | undefined;
}

function parseComment(text: string, allowed: AllowedRules): Parsed | undefined {
  const content = text.replace(/^#/, '').trim();
  const keyword = COMMENT_KEYWORD.exec(content)?.[0];
  if (keyword === undefined) return undefined;
  if (keyword !== COMMENT_DIRECTIVE) {
    return {
      ok: false,
      problem: `Unknown directive ${quote(keyword)}: comments support only \`${COMMENT_DIRECTIVE}\` ` +
        `(write \`${COMMENT_EXAMPLE}\`; for a whole object use the annotation \`${ANNOTATION_EXAMPLE}\`)`,
    };
  }
  const body = content.slice(keyword.length);
  if (body !== '' && !/^\s/.test(body)) {
    return { ok: false, problem: `Malformed suppression: write \`${COMMENT_EXAMPLE}\`` };
  }
  return parseBody(body, COMMENT_EXAMPLE, allowed);
}

function parseAnnotation(value: unknown, allowed: AllowedRules): Parsed {
  if (typeof value !== 'string') {
    return { ok: false, problem: `Malformed suppression: the annotation must be a string, write \`${ANNOTATION_EXAMPLE}\`` };
  }
  return parseBody(value, ANNOTATION_EXAMPLE, allowed);
}

/** `<rule-id>[, <rule-id>...] -- <reason>` */
function parseBody(body: string, example: string, { knownRuleIds, suppressible }: AllowedRules): Parsed {
  const separator = REASON_SEPARATOR.exec(body);
  const list = (separator ? body.slice(0, separator.index) : body).trim();
  const reason = separator ? body.slice(separator.index + separator[0].length).trim() : '';
  if (list === '') {
    return { ok: false, problem: `Malformed suppression: name the rules it suppresses, \`${example}\`` };
  }
  const noReason: Parsed = { ok: false, problem: `Suppression without a reason: say why after " -- ", \`${example}\`` };
  // `selector-yaml-tag because …`: the reason is there, the separator is not.
  if (!separator && /\s/.test(list)) return noReason;
  const ruleIds: string[] = [];
  for (const written of list.split(',')) {
    const id = written.trim();
    if (id === '') {
      return { ok: false, problem: `Malformed suppression: empty rule id in ${quote(list)}, separate rule ids with ", "` };
    }
    if (/\s/.test(id)) {
      return { ok: false, problem: `Malformed suppression: ${quote(id)} is not a rule id, separate rule ids with ", "` };
    }
    if (suppressionRules.some((meta) => meta.id === id)) {
      return { ok: false, problem: `${quote(id)} cannot be suppressed by a directive: set its severity under \`rules:\` in the configuration` };
    }
    if (!RULE_ID.test(id) || !knownRuleIds.includes(id)) {
      const suggestion = closest(id, knownRuleIds);
      return {
        ok: false,
        problem: `Unknown rule ${quote(id)} in a suppression` + (suggestion ? ` (did you mean ${quote(suggestion)}?)` : ''),
      };
    }
    if (suppressible !== undefined && !suppressible.includes(id)) {
      return { ok: false, problem: `${quote(id)} may not be suppressed inline: the configuration's \`suppressibleRules\` does not list it` };
    }
    if (!ruleIds.includes(id)) ruleIds.push(id);
  }
  if (!hasVisibleCharacter(reason)) return noReason;
  return { ok: true, ruleIds, reason };
}
