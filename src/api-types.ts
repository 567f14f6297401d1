/**
 * The types of the programmatic API (src/api.ts), self-contained: the
 * package ships their declarations (dist/types/), which must not refer to
 * anything else of calico-lint or to packages it does not install.
 * Results have ESLint's LintResult shape, as `--format json` prints them.
 */

/** A position range, 1-based, end inclusive of the last character's column + 1 (ESLint's convention). */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The other place a finding is about (the pool a pool overlaps, the first definition of a name). */
export interface RelatedLocation {
  filePath: string;
  range: SourceRange;
  message: string;
}

/** Why a finding is not reported: an inline directive or annotation, with its reason. */
export interface Suppression {
  kind: 'directive';
  justification: string;
}

/** A text edit, as ESLint's: replace the characters in [range[0], range[1]) of the file's text with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** A fix offered, not applied by default (ESLint's suggestion). */
export interface Suggestion {
  desc: string;
  messageId?: string;
  fix: Fix;
}

/** One finding in one file (ESLint's LintMessage). */
export interface LintMessage {
  /** null when the file could not be read or parsed (then `fatal` is true). */
  ruleId: string | null;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  messageId?: string;
  relatedLocations?: RelatedLocation[];
  /** Present when the finding can be fixed automatically. */
  fix?: Fix;
  /** Fixes offered for the user to choose from. */
  suggestions?: Suggestion[];
}

/** A finding that inline directives suppressed: not counted, kept with their reasons. */
export interface SuppressedLintMessage extends LintMessage {
  suppressions: Suppression[];
}

/** One linted file (ESLint's LintResult): files without findings are included. */
export interface LintResult {
  /** Absolute path (a text given without a folder is resolved from `cwd`), or `<stdin>`. */
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: SuppressedLintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: unknown[];
}

/** A text to lint as if it were the file `filePath` (relative to `cwd`: cluster scopes and ignores match it). */
export interface TextInput {
  filePath: string;
  text: string;
}

/** What `.calico-lint.yaml` holds (schema/calico-lint.schema.json describes it in full). */
export interface ConfigObject {
  $schema?: string;
  defaultNamespace?: string;
  infraPools?: { name: string; allowedNamespaces?: string[] }[];
  hostNetwork?: { allow?: { namespace: string; name?: string }[]; allowNodeNetworkComponents?: boolean };
  reservedCidrs?: string[];
  intranetCidrs?: string[];
  clusters?: {
    name: string;
    paths: string[];
    podCidrs?: string[];
    serviceCidrs?: string[];
    nodeCidrs?: string[];
    maxNodes?: number;
  }[];
  ignores?: string[];
  rules?: Record<string, 'off' | 'warn' | 'error'>;
  maxFileSize?: number | string;
  calicoVersion?: string;
  podCidrs?: string[];
  serviceCidrs?: string[];
  nodeCidrs?: string[];
  maxNodes?: number;
}

export interface LintOptions {
  /** Files, folders or globs, as on the command line (folders are walked the same way). */
  paths?: readonly string[];
  /** Texts held in memory (an editor's unsaved buffer, a test's manifest). */
  texts?: readonly TextInput[];
  /** Folder that paths, texts' file paths and the configuration search start from (default: process.cwd()). */
  cwd?: string;
  /** A configuration file (`--config`). Without it and without `config`, `.calico-lint.yaml` is found from `cwd` upward. */
  configFile?: string;
  /** The configuration itself, validated as a file would be; relative paths in it start from `cwd`. */
  config?: ConfigObject;
  /** Errors only: warning-level rules do not run (`--quiet`). */
  quiet?: boolean;
  /** Globs of files to skip, relative to `cwd` (`--ignore-pattern`). */
  ignorePatterns?: readonly string[];
  /** Git ref of the base branch (`--base`): the base-branch rules run. */
  base?: string;
  /** Which findings to report, relative to `base` (`--filter-mode`). */
  filterMode?: 'added' | 'diff_context' | 'file' | 'nofilter';
  /** Parse every file and report every syntax error (`--parse-all`). */
  parseAll?: boolean;
  /** Threads for reading and parsing (default 1 here: no worker threads in the caller's process). */
  threads?: number;
  /** Files larger than this many bytes are reported, not read (`--max-file-size`). */
  maxFileSize?: number;
  /** Called with a one-line notice for each path skipped (a FIFO, a link out of the repository, a Helm template). */
  onNotice?: (notice: string) => void;
}
