/**
 * The syntax tree of a Calico label selector, one node type per node of
 * libcalico-go/lib/selector/parser/ast.go. Produced by `parseSelector`; every
 * analysis in this folder is a pure function of it.
 */

/** `all()`: matches every label set. Also what an empty selector means. */
export interface AllSelector {
  readonly type: 'all';
}

/** `global()`: matches every label set too; Calico uses it to mean "non-namespaced". */
export interface GlobalSelector {
  readonly type: 'global';
}

/** `has(label)`: the label is present, whatever its value. */
export interface HasSelector {
  readonly type: 'has';
  readonly label: string;
}

/** Operators comparing a label's value with one quoted string. */
export type ValueOperator = 'equals' | 'notEquals' | 'contains' | 'startsWith' | 'endsWith';

/** `label == 'v'`, `label != 'v'`, `label contains 'v'`, `label starts with 'v'`, `label ends with 'v'`. */
export interface ValueSelector {
  readonly type: ValueOperator;
  readonly label: string;
  readonly value: string;
}

/** `label in {…}` and `label not in {…}`. `values` are sorted and unique, as Calico stores them. */
export interface SetSelector {
  readonly type: 'in' | 'notIn';
  readonly label: string;
  readonly values: readonly string[];
}

export interface NotSelector {
  readonly type: 'not';
  readonly operand: Selector;
}

/** The parser only builds `and` / `or` with two or more operands (one operand collapses to itself). */
export interface AndSelector {
  readonly type: 'and';
  readonly operands: readonly Selector[];
}

export interface OrSelector {
  readonly type: 'or';
  readonly operands: readonly Selector[];
}

/** A test on one label: everything whose truth depends on a single label's value. */
export type LabelTest = HasSelector | ValueSelector | SetSelector;

export type Selector =
  | AllSelector
  | GlobalSelector
  | LabelTest
  | NotSelector
  | AndSelector
  | OrSelector;

/** Where a selector stopped making sense: `offset` is a 0-based index into the selector text. */
export interface SelectorError {
  message: string;
  offset: number;
  /**
   * The text may be valid for Calico: it only exceeds a limit of this parser
   * (MAX_NESTING), not Calico's grammar. Messages must not say Calico rejects it.
   */
  limit?: true;
}

export type SelectorParseResult = { ok: true; selector: Selector } | { ok: false; error: SelectorError };

export function isLabelTest(selector: Selector): selector is LabelTest {
  return 'label' in selector;
}
