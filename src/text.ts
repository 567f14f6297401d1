/**
 * Helpers for echoing text that came from a scanned repository. Such text must
 * never be able to forge output: no control characters, no terminal escapes,
 * no new lines, bounded length.
 */

const MAX_ECHO_LENGTH = 80;

/** Returns `value` as a double-quoted, escaped, length-limited string. */
export function quote(value: unknown, maxLength = MAX_ECHO_LENGTH): string {
  const text = typeof value === 'string' ? value : safeStringify(value);
  // Slice before splitting into code points: echoed values can be megabytes long.
  const head = [...text.slice(0, maxLength * 2)];
  const clipped = head.length > maxLength || text.length > maxLength * 2
    ? head.slice(0, maxLength).join('') + '…'
    : text;
  return `"${escapeControl(clipped)}"`;
}

/** Escapes quotes and backslashes too: for text shown inside double quotes. */
export function escapeControl(text: string): string {
  return sanitize(text.replace(/["\\]/g, (char) => `\\${char}`));
}

/**
 * Makes text safe to print: C0/C1 control characters (terminal escapes,
 * carriage returns, new lines) and Unicode line and bidi controls become
 * visible escapes, so echoed text cannot forge output.
 */
export function sanitize(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => {
      switch (char) {
        case '\n': return '\\n';
        case '\r': return '\\r';
        case '\t': return '\\t';
        default: return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
      }
    },
  );
}

function safeStringify(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The candidate closest to `word` by edit distance, when it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
