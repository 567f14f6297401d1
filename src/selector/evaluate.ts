/**
 * Calico's evaluation semantics (libcalico-go/lib/selector/parser/ast.go,
 * the `Evaluate` methods). The surprising parts are all about absent labels:
 * `!=` and `not in` match when the label is absent, while `==`, `in`,
 * `contains`, `starts with` and `ends with` do not.
 */
import type { LabelTest, Selector } from './ast.js';

export type Labels = Readonly<Record<string, string>>;

/** Whether `selector` selects an object carrying `labels`. */
export function matches(selector: Selector, labels: Labels): boolean {
  switch (selector.type) {
    case 'all':
    case 'global': // GlobalNode.Evaluate is always true: global() only narrows which objects are considered.
      return true;
    case 'not':
      return !matches(selector.operand, labels);
    case 'and':
      return selector.operands.every((operand) => matches(operand, labels));
    case 'or':
      return selector.operands.some((operand) => matches(operand, labels));
    default:
      // Own properties only: a selector on `constructor` must not see Object.prototype.
      return testLabel(selector, Object.hasOwn(labels, selector.label) ? labels[selector.label] : undefined);
  }
}

/** The truth of one label test when the label has `value` (`undefined`: the label is absent). */
export function testLabel(test: LabelTest, value: string | undefined): boolean {
  if (value === undefined) return test.type === 'notEquals' || test.type === 'notIn';
  switch (test.type) {
    case 'has': return true;
    case 'equals': return value === test.value;
    case 'notEquals': return value !== test.value;
    case 'contains': return value.includes(test.value);
    case 'startsWith': return value.startsWith(test.value);
    case 'endsWith': return value.endsWith(test.value);
    case 'in': return test.values.includes(value);
    case 'notIn': return !test.values.includes(value);
  }
}

/** Whether `global()` appears anywhere (Calico rejects it in an IPPool's selectors since v3.31). */
export function usesGlobal(selector: Selector): boolean {
  return someNode(selector, (node) => node.type === 'global');
}

/** Every node of the tree, depth first; iterative, so any tree depth is safe. */
export function* nodesOf(selector: Selector): Generator<Selector> {
  const stack: Selector[] = [selector];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (node.type === 'not') stack.push(node.operand);
    else if (node.type === 'and' || node.type === 'or') for (let i = node.operands.length - 1; i >= 0; i--) stack.push(node.operands[i]!);
  }
}

function someNode(selector: Selector, predicate: (node: Selector) => boolean): boolean {
  for (const node of nodesOf(selector)) if (predicate(node)) return true;
  return false;
}
