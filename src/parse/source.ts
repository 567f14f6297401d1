/**
 * The shapes that leave the parse stage. Everything after parsing (resources,
 * rules, findings) talks in these terms and never touches a YAML AST.
 */

import type { TemplateSyntax } from './template-syntax.js';

export type PathSegment = string | number;
/** A path into a document's plain value, e.g. ['spec', 'template', 'metadata']. */
export type Path = readonly PathSegment[];

/** 1-based, end exclusive — the convention of ESLint's messages and SARIF regions. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Which part of a `key: value` pair a finding points at. */
export type PairPart = 'key' | 'value';

/**
 * A scalar carrying a tag the YAML schema does not know (e.g. `!all()`).
 * Kubernetes drops such tags and keeps only the (often empty) scalar after them.
 */
export interface UnresolvedTag {
  path: Path;
  tag: string;
  /** The tag and the scalar after it, exactly as written (without the blanks that end it: `!all()   # x` is `!all()`). */
  written: string;
  range: SourceRange;
}

export interface SourceDocument {
  /** Absolute path of the file (or the name given to standard input). */
  readonly filePath: string;
  /** 0-based index of the document in its file. */
  readonly index: number;
  /**
   * The folder whose files were read together with this one for a rule's
   * `relevantInFolder` (src/parallel/folder-pass.ts); undefined elsewhere,
   * and always for standard input and texts in memory.
   */
  readonly folder?: string;
  /** The document as Kubernetes would read it (YAML 1.1). */
  readonly value: unknown;
  readonly unresolvedTags: readonly UnresolvedTag[];
  /**
   * Where `path` is written. When the path does not exist, the position of its
   * deepest existing ancestor key (so "missing field" findings land on the parent).
   */
  locate(path: Path, part?: PairPart): SourceRange;
  /** Whether the document has a value (even null) at `path`; a field from a `<<` merge key counts. */
  has(path: Path): boolean;
}

/** A problem that keeps a document (or a whole file) from being read at all. */
export interface ParseProblem {
  message: string;
  range: SourceRange;
}

/** A comment alone on its line: only blanks before its `#`. Trailing comments are not listed. */
export interface LineComment {
  /** The comment as written, from `#` to its last non-blank character. */
  text: string;
  range: SourceRange;
  /** The next line holding YAML content (neither blank nor a comment line); undefined at the end of the file. */
  nextContentLine: number | undefined;
}

export interface ParsedFile {
  filePath: string;
  documents: SourceDocument[];
  problems: ParseProblem[];
  /** Comments alone on their line, in file order (never a `#` inside a scalar). */
  comments: LineComment[];
  /**
   * Documents that do not parse because they are Go templates (src/parse/go-template.ts):
   * their syntax errors are not in `problems`. Filled only with the `templates` option.
   */
  templates?: TemplateDocument[];
}

export interface TemplateDocument {
  documentIndex: number;
  /** The first template action of the document. */
  range: SourceRange;
  /**
   * The document's syntax errors when kubectl might read it (no `{{` starts a
   * node: see opensNestedFlowMapping): excused only where templates live
   * (src/analyze/template-places.ts), reported otherwise. Absent when kubectl
   * certainly refuses the document.
   */
  problems?: ParseProblem[];
  /**
   * `envsubst`: no YAML until envsubst or clusterctl fills in the `${VAR}` that starts a line (envsubst-template.ts);
   * `terraform`: until Terraform's templatefile() renders its `%{ … }` directives (terraform-template.ts).
   */
  engine?: 'envsubst' | 'terraform';
  /** For the others: what the template's syntax shows about its engine (src/parse/template-syntax.ts). */
  syntax?: TemplateSyntax;
}
