/** `--format json`: ESLint's JSON, without the internal `fingerprintKey` of each message. */
import type { ESLint } from 'eslint';

/** The report as one string (the API's `json`); `chunks`: the same text in pieces, for writing (jsonChunks). */
export const formatJson = Object.assign(
  // Only results with messages need copying; a replacer function would slow down every value of every file.
  (results: ESLint.LintResult[]): string => JSON.stringify(results.map(forJson)),
  { chunks: (results: ESLint.LintResult[]): Iterable<string> => jsonChunks(results) },
);

/**
 * The characters a piece of jsonChunks holds, about: a few writes for a large
 * report, each buffer small.
 */
const CHUNK_CHARACTERS = 64 * 1024;

/**
 * formatJson's text in pieces of about `size` characters (one result is never
 * split), joined exactly formatJson's text: JSON.stringify of an array is its
 * elements' JSON between `[` `]`, joined by `,`. For writing: the report of a
 * tree of 25,000 files is some 6 MB as one string, and as many bytes again
 * when it is encoded to be written, at the run's peak of memory (issue 23).
 */
export function* jsonChunks(results: readonly ESLint.LintResult[], size = CHUNK_CHARACTERS): Generator<string> {
  let pending = '[';
  for (let i = 0; i < results.length; i++) {
    if (i > 0) pending += ',';
    pending += JSON.stringify(forJson(results[i]!));
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}]`;
}

/** A result as `--format json` writes it: copied only when it has messages. */
function forJson(result: ESLint.LintResult): ESLint.LintResult {
  return result.messages.length === 0 && result.suppressedMessages.length === 0
    ? result
    : { ...result, messages: result.messages.map(withoutKey), suppressedMessages: result.suppressedMessages.map(withoutKey) };
}

function withoutKey<T extends object>(message: T): T {
  if (!('fingerprintKey' in message)) return message;
  const { fingerprintKey: _internal, ...rest } = message as T & { fingerprintKey?: unknown };
  return rest as T;
}
