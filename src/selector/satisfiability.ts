/**
 * Can any label set satisfy a selector? Used to decide whether an IP pool's
 * nodeSelector can ever pick a node (`!all()`, `has(a) && !has(a)`: never).
 *
 * The method is a tableau: push `!` down to the label tests, collect the
 * tests that must hold (or fail) per label, and branch on one operand of each
 * `||` (or negated `&&`). Labels are independent of each other, so a branch
 * is satisfiable exactly when each label's tests are, and that per-label
 * question is decided exactly by `satisfyingValue` below. Search is bounded by
 * a budget; past it the answer is 'unknown', never a guess.
 *
 * Per label the decision is:
 *  1. absent, if every test allows absence (`!=`, `not in`, negated positives);
 *  2. otherwise, if some test pins the value to a finite set (`== v`, `in {…}`,
 *     or their negations `!(a != v)`, `!(a not in {…})`), one of those values;
 *  3. otherwise the string P·s·C1·s·…·Cn·s·S, where P is the longest required
 *     prefix, S the longest required suffix, C1…Cn the required substrings and
 *     s a character that appears in no value of the selector. Any string
 *     meeting the positive tests contains every piece, so any forbidden
 *     prefix, suffix or substring found in this one (which cannot span an s)
 *     is in all of them: if this string fails, every string fails. Being new,
 *     it also avoids every value that `!=` or `not in` forbids.
 */
import type { LabelTest, Selector } from './ast.js';
import { matches, nodesOf, testLabel } from './evaluate.js';

/** Work units (roughly: tree nodes visited and label tests checked) before giving up with 'unknown'. */
export const DEFAULT_BUDGET = 1_000_000;

export interface AnalysisOptions {
  /** Work allowed before answering 'unknown'; DEFAULT_BUDGET when omitted. */
  budget?: number;
}

/**
 * false: no label set matches (provably); true: some label set matches;
 * 'unknown': the analysis budget ran out first.
 */
export function canMatch(selector: Selector, options: AnalysisOptions = {}): boolean | 'unknown' {
  const found = findMatchingLabels(selector, options);
  return found === 'unknown' ? 'unknown' : found !== null;
}

/**
 * A label set that `selector` matches (a witness for `canMatch` = true), null
 * when none exists, 'unknown' when the budget runs out.
 */
export function findMatchingLabels(selector: Selector, options: AnalysisOptions = {}): Record<string, string> | null | 'unknown' {
  const meter = new Meter(options.budget ?? DEFAULT_BUDGET);
  try {
    const context: Context = { meter, separator: freshSeparator(selector, meter) };
    const root = settle({ constraints: new Map(), choices: [] }, [{ node: selector, negated: false }], context);
    if (root === undefined) return null;
    const values = new Map<string, string | undefined>();
    for (const [label, state] of root.branch.constraints) values.set(label, state.value);
    for (const component of independentParts(root.branch, meter)) {
      const solved = solve(component, context);
      if (solved === undefined) return null;
      for (const [label, state] of solved) values.set(label, state.value);
    }
    const labels = Object.fromEntries([...values].filter((entry): entry is [string, string] => entry[1] !== undefined));
    // A cheap proof of the positive answer: the witness really matches.
    return matches(selector, labels) ? labels : 'unknown';
  } catch (error) {
    if (error instanceof BudgetExceeded) return 'unknown';
    throw error;
  }
}

class BudgetExceeded extends Error {}

class Meter {
  constructor(private remaining: number) {}

  spend(units: number): void {
    this.remaining -= units;
    if (this.remaining < 0) throw new BudgetExceeded('selector analysis budget exceeded');
  }
}

interface Context {
  meter: Meter;
  /** A character in no value of the selector, to glue witness strings together. */
  separator: string;
}

/** A label test that must come out `expected`. */
interface Literal {
  test: LabelTest;
  expected: boolean;
}

interface LabelState {
  literals: Literal[];
  /** `literalKey` of each literal, to notice one already known. */
  keys: Set<string>;
  /** A value meeting every literal; undefined: the label absent. */
  value: string | undefined;
}

/** A sub-selector to satisfy; `negated` carries a `!` down without building nodes. */
interface Goal {
  node: Selector;
  negated: boolean;
}

interface Branch {
  constraints: ReadonlyMap<string, LabelState>;
  /** Disjunctions still to satisfy (an `||`, or a negated `&&`): one operand each. */
  choices: readonly Goal[];
}

/**
 * Adds `goals` to `base`, breaking conjunctions down to label literals and
 * setting disjunctions aside as choices. undefined: a contradiction.
 * `changed` is false when nothing new was learned (the goals were already implied).
 */
function settle(base: Branch, goals: readonly Goal[], context: Context): { branch: Branch; changed: boolean } | undefined {
  const { meter } = context;
  meter.spend(1 + base.constraints.size + base.choices.length);
  const constraints = new Map(base.constraints);
  // Label states are shared with other branches: copy one before its first change here, then change it in place.
  const owned = new Set<LabelState>();
  const choices = [...base.choices];
  const pending = [...goals];
  let changed = false;
  while (pending.length > 0) {
    const goal = pending.pop()!;
    const { node, negated } = goal;
    meter.spend(1);
    switch (node.type) {
      case 'all':
      case 'global':
        if (negated) return undefined;
        break;
      case 'not':
        pending.push({ node: node.operand, negated: !negated });
        break;
      case 'and':
      case 'or':
        if ((node.type === 'and') !== negated) {
          meter.spend(node.operands.length);
          for (const operand of node.operands) pending.push({ node: operand, negated });
        } else {
          choices.push(goal);
          changed = true;
        }
        break;
      default: {
        const outcome = constrain(constraints, owned, { test: node, expected: !negated }, context);
        if (outcome === 'impossible') return undefined;
        if (outcome === 'added') changed = true;
      }
    }
  }
  return { branch: { constraints, choices }, changed };
}

function constrain(
  constraints: Map<string, LabelState>,
  owned: Set<LabelState>,
  literal: Literal,
  context: Context,
): 'added' | 'known' | 'impossible' {
  const { label } = literal.test;
  const key = literalKey(literal);
  context.meter.spend(1 + (key.length >> 10));
  const state = constraints.get(label);
  if (state?.keys.has(key)) return 'known';
  let value: string | undefined;
  if (state !== undefined && testLabel(literal.test, state.value) === literal.expected) {
    value = state.value; // still meets every literal, the new one included: no need to look again
  } else {
    const found = satisfyingValue([...(state?.literals ?? []), literal], context);
    if (found === undefined) return 'impossible';
    value = found.value;
  }
  let mine = state;
  if (mine === undefined || !owned.has(mine)) {
    context.meter.spend(1 + (state?.literals.length ?? 0));
    mine = { literals: [...(state?.literals ?? [])], keys: new Set(state?.keys), value };
    owned.add(mine);
    constraints.set(label, mine);
  }
  mine.literals.push(literal);
  mine.keys.add(key);
  mine.value = value;
  return 'added';
}

/** Depth-first search over the choices, one branch at a time. The constraints of a solution, or undefined. */
function solve(start: Branch, context: Context): ReadonlyMap<string, LabelState> | undefined {
  const stack: Branch[] = [start];
  while (stack.length > 0) {
    const next = narrow(stack.pop()!, context);
    if (next === 'dead') continue;
    if (!Array.isArray(next)) return next.constraints;
    // Push in reverse so that the first operand is tried first.
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  return undefined;
}

/**
 * Resolves every choice that needs no guessing: one already implied is dropped,
 * one with a single viable operand is taken. Returns a solved branch (no choices
 * left), 'dead', or the viable branches of the choice with the fewest of them.
 */
function narrow(branch: Branch, context: Context): Branch | Branch[] | 'dead' {
  for (;;) {
    if (branch.choices.length === 0) return branch;
    let fewest: Branch[] | undefined;
    let simplified: Branch | undefined;
    for (let index = 0; index < branch.choices.length && simplified === undefined; index++) {
      const rest: Branch = { constraints: branch.constraints, choices: branch.choices.filter((_, i) => i !== index) };
      const options = optionsOf(branch.choices[index]!, rest, context);
      if (options === 'implied') simplified = rest;
      else if (options.length === 0) return 'dead';
      else if (options.length === 1) simplified = options[0];
      else if (fewest === undefined || options.length < fewest.length) fewest = options;
    }
    if (simplified === undefined) return fewest!;
    branch = simplified;
  }
}

/** The consistent branches that take one operand of `choice` each, or 'implied' when `rest` already satisfies it. */
function optionsOf(choice: Goal, rest: Branch, context: Context): Branch[] | 'implied' {
  const { node, negated } = choice;
  if (node.type !== 'and' && node.type !== 'or') throw new Error(`not a choice: ${node.type}`);
  const options: Branch[] = [];
  for (const operand of node.operands) {
    const settled = settle(rest, [{ node: operand, negated }], context);
    if (settled === undefined) continue;
    if (!settled.changed) return 'implied';
    options.push(settled.branch);
  }
  return options;
}

/**
 * Splits the choices into groups that share no label, each with the
 * constraints on its labels: such groups can be solved one at a time, which
 * keeps the search from multiplying unrelated alternatives. Smallest first, so
 * that an impossible small group answers before a big one exhausts the budget.
 */
function independentParts(branch: Branch, meter: Meter): Branch[] {
  const parent = new Map<string, string>();
  const find = (label: string): string => {
    let root = label;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(label, root);
    return root;
  };
  const choiceLabels = branch.choices.map((choice) => labelsOf(choice.node, meter));
  for (const labels of choiceLabels) {
    for (const label of labels) if (!parent.has(label)) parent.set(label, label);
    for (const label of labels.slice(1)) parent.set(find(label), find(labels[0]!));
  }
  const parts = new Map<string, { constraints: Map<string, LabelState>; choices: Goal[] }>();
  const partOf = (key: string): { constraints: Map<string, LabelState>; choices: Goal[] } => {
    const part = parts.get(key) ?? { constraints: new Map<string, LabelState>(), choices: [] };
    parts.set(key, part);
    return part;
  };
  branch.choices.forEach((choice, index) => {
    const first = choiceLabels[index]![0];
    // A choice mentioning no label (e.g. `all() || global()`) is a part of its own.
    partOf(first === undefined ? `#${index}` : `=${find(first)}`).choices.push(choice);
  });
  for (const [label, state] of branch.constraints) {
    if (parent.has(label)) partOf(`=${find(label)}`).constraints.set(label, state);
  }
  return [...parts.values()].sort((a, b) => a.choices.length - b.choices.length);
}

function labelsOf(selector: Selector, meter: Meter): string[] {
  const labels = new Set<string>();
  for (const node of nodesOf(selector)) {
    meter.spend(1);
    if ('label' in node) labels.add(node.label);
  }
  return [...labels];
}

/** A value meeting every literal (`{ value: undefined }`: absent), or undefined when none exists. See the file comment. */
function satisfyingValue(literals: readonly Literal[], context: Context): { value: string | undefined } | undefined {
  const { meter } = context;
  meter.spend(literals.length);
  const meetsAll = (value: string | undefined): boolean => {
    meter.spend(literals.length + (value === undefined ? 0 : value.length >> 10));
    return literals.every((literal) => testLabel(literal.test, value) === literal.expected);
  };
  if (meetsAll(undefined)) return { value: undefined };
  const pinned = pinnedValues(literals);
  if (pinned !== undefined) {
    const value = pinned.find(meetsAll);
    return value === undefined ? undefined : { value };
  }
  const witness = stringWitness(literals, context.separator);
  return witness !== undefined && meetsAll(witness) ? { value: witness } : undefined;
}

/** The smallest finite set the value must come from, if some literal pins it. */
function pinnedValues(literals: readonly Literal[]): readonly string[] | undefined {
  let smallest: readonly string[] | undefined;
  for (const { test, expected } of literals) {
    let pinned: readonly string[] | undefined;
    if ((test.type === 'equals' && expected) || (test.type === 'notEquals' && !expected)) pinned = [test.value];
    if ((test.type === 'in' && expected) || (test.type === 'notIn' && !expected)) pinned = test.values;
    if (pinned !== undefined && (smallest === undefined || pinned.length < smallest.length)) smallest = pinned;
  }
  return smallest;
}

/** The least committal present value meeting the required prefixes, suffixes and substrings. */
function stringWitness(literals: readonly Literal[], separator: string): string | undefined {
  const required = (type: 'startsWith' | 'endsWith' | 'contains'): string[] =>
    literals.flatMap(({ test, expected }) => (expected && test.type === type ? [test.value] : []));
  const prefix = longestNested(required('startsWith'), (long, short) => long.startsWith(short));
  const suffix = longestNested(required('endsWith'), (long, short) => long.endsWith(short));
  if (prefix === undefined || suffix === undefined) return undefined;
  return [prefix, ...required('contains'), suffix].join(separator);
}

/** The longest value, when it extends every other one (no string starts with both "ab" and "ac"). */
function longestNested(values: readonly string[], extends_: (long: string, short: string) => boolean): string | undefined {
  const longest = values.reduce((a, b) => (b.length > a.length ? b : a), '');
  return values.every((value) => extends_(longest, value)) ? longest : undefined;
}

/** Equal for literals that say the same thing (sets are already sorted and unique). */
function literalKey({ test, expected }: Literal): string {
  const operand = 'values' in test ? test.values : 'value' in test ? test.value : '';
  return `${expected ? '+' : '-'}${test.type}:${JSON.stringify(operand)}`;
}

/** A character in none of the selector's values: '#' when possible, else a private-use one. */
function freshSeparator(selector: Selector, meter: Meter): string {
  const used = new Set<number>();
  for (const node of nodesOf(selector)) {
    const values = 'values' in node ? node.values : 'value' in node ? [node.value] : [];
    for (const value of values) {
      meter.spend(1 + (value.length >> 10));
      for (let i = 0; i < value.length; i++) used.add(value.charCodeAt(i));
    }
  }
  for (const code of separatorCandidates()) if (!used.has(code)) return String.fromCharCode(code);
  throw new Error('unreachable: a selector cannot use every UTF-16 code unit');
}

function* separatorCandidates(): Generator<number> {
  yield 0x23; // '#'
  for (let code = 0xe000; code <= 0xfffd; code++) yield code;
  for (let code = 0x21; code < 0xd800; code++) yield code;
}
