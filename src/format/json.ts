/** `--format json`: ESLint's JSON, without the internal `fingerprintKey` of each message. */
import type { ESLint } from 'eslint';

export function formatJson(results: ESLint.LintResult[]): string {
  // Only results with messages need copying; a replacer function would slow down every value of every file.
  return JSON.stringify(results.map((result) =>
    result.messages.length === 0 && result.suppressedMessages.length === 0
      ? result
      : { ...result, messages: result.messages.map(withoutKey), suppressedMessages: result.suppressedMessages.map(withoutKey) }));
}

function withoutKey<T extends object>(message: T): T {
  if (!('fingerprintKey' in message)) return message;
  const { fingerprintKey: _internal, ...rest } = message as T & { fingerprintKey?: unknown };
  return rest as T;
}
