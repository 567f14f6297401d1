/**
 * Calico's label-selector language (libcalico-go/lib/selector): parsing with
 * positioned errors, evaluation, canonical text, and whether a selector can
 * match anything at all.
 */
export type {
  AllSelector,
  AndSelector,
  GlobalSelector,
  HasSelector,
  LabelTest,
  NotSelector,
  OrSelector,
  Selector,
  SelectorError,
  SelectorParseResult,
  SetSelector,
  ValueOperator,
  ValueSelector,
} from './ast.js';
export { parseSelector, MAX_NESTING, MAX_SELECTOR_LENGTH } from './parser.js';
export { isValidLabel, MAX_LABEL_LENGTH } from './tokenizer.js';
export { matches, usesGlobal, type Labels } from './evaluate.js';
export { selectorToString } from './format.js';
export { canMatch, findMatchingLabels, DEFAULT_BUDGET, type AnalysisOptions } from './satisfiability.js';
