/**
 * Canonical text of a selector, in the format of Calico's own `String()`
 * (libcalico-go/lib/selector/parser/ast.go, `collectFragments`): `&&` and `||`
 * groups always in parentheses, `!` glued to its operand, values in double
 * quotes unless they contain one. The result parses back to an equal tree.
 */
import type { Selector } from './ast.js';

export function selectorToString(selector: Selector): string {
  switch (selector.type) {
    case 'all': return 'all()';
    case 'global': return 'global()';
    case 'has': return `has(${selector.label})`;
    case 'equals': return `${selector.label} == ${quoteValue(selector.value)}`;
    case 'notEquals': return `${selector.label} != ${quoteValue(selector.value)}`;
    case 'contains': return `${selector.label} contains ${quoteValue(selector.value)}`;
    case 'startsWith': return `${selector.label} starts with ${quoteValue(selector.value)}`;
    case 'endsWith': return `${selector.label} ends with ${quoteValue(selector.value)}`;
    case 'in': return `${selector.label} in {${selector.values.map(quoteValue).join(', ')}}`;
    case 'notIn': return `${selector.label} not in {${selector.values.map(quoteValue).join(', ')}}`;
    case 'not': {
      // Calico prints `!!x` here, which parses back as `x` (a run of `!` collapses): keep the parentheses.
      const operand = selectorToString(selector.operand);
      return selector.operand.type === 'not' ? `!(${operand})` : `!${operand}`;
    }
    case 'and':
      return group(selector.operands, ' && ', 'all()');
    case 'or':
      return group(selector.operands, ' || ', '!all()');
  }
}

/** `(a && b)`; an empty group (never parsed, only built by hand) prints as its identity. */
function group(operands: readonly Selector[], separator: string, empty: string): string {
  if (operands.length === 0) return empty;
  return `(${operands.map(selectorToString).join(separator)})`;
}

/** Selector strings have no escapes: a value holding both quote kinds cannot be written at all. */
function quoteValue(value: string): string {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}
