/**
 * A value outside a fixed list of choices (an option's, an Action input's, a
 * configuration enum's), answered as `-f jsn` is: with the choice that was
 * probably meant, so that a typo costs one look at the message.
 */
import { closest, quote } from './text.js';

/** ` (did you mean "added"?)` when `value` is a near spelling of one of `choices`; otherwise ''. */
export function didYouMean(value: unknown, choices: readonly string[]): string {
  if (typeof value !== 'string' || value === '') return '';
  // A choice the value starts with, or that starts with it (`warning` → warn, `err` → error), else the nearest spelling.
  const lower = value.toLowerCase();
  const near = choices.find((choice) => lower.startsWith(choice.toLowerCase()) || choice.toLowerCase().startsWith(lower)) ?? closest(value, choices);
  return near === undefined || near === value ? '' : ` (did you mean ${quote(near)}?)`;
}

/** The values of a comma-separated option that are not among `choices`, each with its near choice. */
export function unknownChoices(values: readonly string[], choices: readonly string[]): string[] {
  return values.filter((value) => !choices.includes(value)).map((value) => `${quote(value)}${didYouMean(value, choices)}`);
}
