/**
 * The contract between the engine and a rule. The engine knows no rule by
 * name: it runs whatever `rules/index.ts` exports, through these types.
 */
import type { LintConfig } from '../config/schema.js';
import type { PairPart, Path, SourceRange } from '../parse/source.js';
import type { FieldReads } from '../resources/field-reads.js';
import type { PoolIndex } from '../resources/pool-index.js';
import type { Resource } from '../resources/resource.js';
import type { FixRequest, SuggestionRequest } from './fix.js';

export type Severity = 'warn' | 'error';
export type SeveritySetting = Severity | 'off';

export interface RuleMeta {
  /** Kebab-case id, also the file name in `rules/` and `docs/rules/`. */
  id: string;
  /** One sentence: what the rule catches. */
  description: string;
  /** What to do about a finding. */
  remediation: string;
  docsUrl: string;
  defaultSeverity: Severity;
  /** `code`: some findings carry a fix that `--fix` applies (ESLint's meta.fixable). */
  fixable?: false | 'code';
  /** Some findings carry suggestions: edits offered in review, never applied by `--fix` (ESLint's meta.hasSuggestions). */
  hasSuggestions?: true;
  /** `resource` rules see one object at a time; `project` rules see a whole cluster scope. */
  scope: 'resource' | 'project';
  /**
   * Text that every manifest this rule could report on, or reads (e.g. pools
   * for lookups), contains. Files and documents that match no enabled rule's
   * pattern are not parsed (src/engine/relevance.ts). Omit it and every file
   * is parsed.
   */
  relevantText?: RegExp;
  /**
   * For a rule that compares a document with the others of its file: in a
   * file whose whole text matches `file`, the documents matching `documents`
   * are parsed too (no-host-network's pod-network twins).
   */
  relevantInFile?: { file: RegExp; documents: RegExp };
  /**
   * The same across the files of a folder: where some file of a folder
   * matches `file`, the documents matching `documents` are parsed in that
   * file and in the folder's other files linted in the same run (a second,
   * targeted pass over those folders only: src/parallel/folder-pass.ts); their
   * documents then know their `folder`. `file` is asked only of texts some
   * rule's relevantText passes. Standard input and texts in memory have no folder.
   */
  relevantInFolder?: { file: RegExp; documents: RegExp };
  /**
   * What the rule reads inside the bulk of a manifest (containers, volumes,
   * status, managedFields, ConfigMap and Secret data), which is dropped before
   * rules run but for what the enabled rules declare here
   * (src/resources/field-reads.ts). The rest of an object is always kept.
   */
  reads?: readonly FieldReads[];
  /**
   * The rule compares the head with the base branch (`--base`): it finds
   * nothing without one, and its findings exist only because of the change,
   * so every `--filter-mode` keeps them.
   */
  comparesBase?: true;
}

/** A place a finding points at: a path inside a resource, or an exact range of it. */
export interface Location {
  resource: Resource;
  /** Relative to the resource; defaults to the resource itself. */
  path?: Path;
  /** Key or value of the pair at `path`; defaults to the value. */
  part?: PairPart;
  /** When the finding is not at a whole key or value (e.g. a YAML tag). */
  range?: SourceRange;
}

export interface Report extends Location {
  message: string;
  /**
   * What, read from the manifest, makes this finding acceptable: the engine
   * reports it as suppressed (kind `evidence`, this text as justification),
   * so that `--format json` shows why the rule let it pass.
   */
  exemption?: string;
  /** Other places that explain the finding (e.g. the pool it overlaps). */
  related?: Array<Location & { message: string }>;
  /**
   * The same finding told from its other place, for a finding about two places
   * that either could carry (an overlap, a duplicate name). With `--base` the
   * engine reports the side the change touched; otherwise this report.
   */
  otherSide?: Omit<Report, 'otherSide' | 'fix' | 'suggest'>;
  /**
   * A safe fix (src/engine/fix.ts): text edits plus what Kubernetes must read
   * afterwards; the engine verifies it and drops it when the check fails.
   */
  fix?: FixRequest;
  /** Edits that need a human's judgement, offered in review (ESLint's `suggest`). */
  suggest?: SuggestionRequest[];
}

export interface RuleContext {
  readonly config: LintConfig;
  /** "file:line:column" of a place, relative to the working folder, for messages that point elsewhere. */
  where(location: Location): string;
  report(report: Report): void;
}

/** All resources of one cluster scope (see `clusters` in the configuration). */
export interface ProjectScope {
  /** The cluster name from the configuration, or `default`. */
  readonly name: string;
  readonly resources: readonly Resource[];
  /** The pools of this scope (IPPool and Installation), indexed by name, CIDR and address. */
  readonly pools: PoolIndex;
  /**
   * The same cluster scope on the base branch (`--base`): its resources as
   * they were there, read from Git and scoped with the same `clusters`
   * configuration (by their path on the base side). Undefined without `--base`;
   * an empty scope when the cluster is new.
   */
  readonly base?: ProjectScope;
  /**
   * With scopes inferred from the tree (src/engine/inferred-scopes.ts): the
   * resources of this scope that other scopes share (files outside the
   * alternative folders), and every resource of the run as one scope. A
   * lookup from a shared resource (a pool named in an annotation) succeeds
   * when any scope holds what it asks for.
   */
  readonly shared?: ReadonlySet<Resource>;
  readonly whole?: ProjectScope;
}

export interface ResourceRule {
  meta: RuleMeta & { scope: 'resource' };
  check(resource: Resource, context: RuleContext): void;
}

export interface ProjectRule {
  meta: RuleMeta & { scope: 'project' };
  check(project: ProjectScope, context: RuleContext): void;
}

export type Rule = ResourceRule | ProjectRule;

export const DOCS_BASE_URL = 'https://github.com/calico-lint/calico-lint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
