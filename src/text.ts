/**
 * Helpers for echoing text that came from a scanned repository. Such text must
 * never be able to forge output: no control characters, no terminal escapes,
 * no new lines, bounded length.
 */

const MAX_ECHO_LENGTH = 80;

/** Returns `value` as a double-quoted, escaped, length-limited string. */
export function quote(value: unknown, maxLength = MAX_ECHO_LENGTH): string {
  // Render only what can be shown: echoed values can be megabytes long or nested thousands deep.
  const text = typeof value === 'string' ? value : preview(value, maxLength * 2 + 1);
  return `"${escapeControl(clip(text, maxLength))}"`;
}

/**
 * Text from a scanned repository made safe to print without quotes (a key
 * shown as code, a file name): control characters escaped, length limited.
 */
export function echo(text: string, maxLength = MAX_ECHO_LENGTH): string {
  return sanitize(clip(text, maxLength));
}

/** At most `maxLength` code points, with `…` when cut. */
function clip(text: string, maxLength: number): string {
  // Slice before splitting into code points: echoed values can be megabytes long.
  const head = [...text.slice(0, maxLength * 2)];
  return head.length > maxLength || text.length > maxLength * 2 ? head.slice(0, maxLength).join('') + '…' : text;
}

/** Escapes quotes and backslashes too: for text shown inside double quotes. */
export function escapeControl(text: string): string {
  return sanitize(text.replace(/["\\]/g, (char) => `\\${char}`));
}

/**
 * Makes text safe to print: every character of the Unicode categories Cc
 * (C0/C1 controls: terminal escapes, carriage returns, new lines), Cf (format
 * characters, invisible: bidi controls such as U+202E and U+061C, U+200B,
 * U+FEFF, U+00AD), Zl and Zp (U+2028, U+2029), lone surrogates, and what
 * renders as nothing without being a format character: Unicode's
 * Default_Ignorable_Code_Point (the Hangul fillers U+3164, U+115F, U+FFA0,
 * variation selectors such as U+FE0F, U+034F, U+180B…) and the blank Braille
 * pattern U+2800, becomes a visible escape, so echoed text can neither forge
 * output nor hide or reorder what a reviewer sees.
 */
export function sanitize(text: string): string {
  return text.replace(INVISIBLE, (char) => {
    switch (char) {
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
      default: return escapeCodePoint(char);
    }
  });
}

/** Characters that must never be echoed raw (see sanitize); with the `u` flag a lone surrogate is matched as Cs. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** `\u061c`, or `\u{e0001}` beyond the Basic Multilingual Plane (tag characters are Cf too). */
function escapeCodePoint(char: string): string {
  const code = char.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * What JSON.stringify would write for `value`, cut off after about `limit`
 * characters, and bounded in depth: never a stack overflow, never megabytes of
 * text for a value only its first characters of are shown. Numbers JSON cannot
 * write (.inf, .nan) are written as JavaScript does.
 */
export function preview(value: unknown, limit: number): string {
  if (value === undefined) return 'undefined';
  const out: string[] = [];
  let length = 0;
  const emit = (text: string): boolean => {
    out.push(text);
    length += text.length;
    return length < limit;
  };
  const write = (item: unknown, depth: number): boolean => {
    if (item === null || item === undefined || typeof item === 'function' || typeof item === 'symbol') return emit('null');
    if (typeof item === 'string') return emit(JSON.stringify(item.length > limit ? item.slice(0, limit) : item));
    if (typeof item === 'number') return emit(Number.isFinite(item) ? JSON.stringify(item) : String(item));
    if (typeof item === 'bigint' || typeof item === 'boolean') return emit(String(item));
    if (item instanceof Date) return emit(JSON.stringify(item));
    if (depth >= PREVIEW_DEPTH) return emit(Array.isArray(item) ? '[…]' : '{…}');
    if (Array.isArray(item)) {
      if (!emit('[')) return false;
      for (let i = 0; i < item.length; i++) {
        if ((i > 0 && !emit(',')) || !write(item[i], depth + 1)) return false;
      }
      return emit(']');
    }
    if (!emit('{')) return false;
    let first = true;
    for (const key in item as Record<string, unknown>) {
      if (!Object.hasOwn(item as object, key)) continue;
      const child = (item as Record<string, unknown>)[key];
      if (child === undefined || typeof child === 'function' || typeof child === 'symbol') continue;
      if ((!first && !emit(',')) || !emit(`${JSON.stringify(key.length > limit ? key.slice(0, limit) : key)}:`)) return false;
      first = false;
      if (!write(child, depth + 1)) return false;
    }
    return emit('}');
  };
  write(value, 0);
  return out.join('');
}

/** Nesting shown in an echoed value before `[…]`; quote() shows 80 characters anyway. */
const PREVIEW_DEPTH = 32;

/** The candidate closest to `word` by edit distance, when it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  const lowerWord = word.toLowerCase();
  for (const candidate of candidates) {
    // The distance is at least the difference in length: most candidates stop here.
    const lengths = Math.abs(word.length - candidate.length);
    if (lengths > MAX_LENGTH_DIFFERENCE || lengths >= bestDistance) continue;
    const distance = editDistance(lowerWord, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Words whose lengths differ more than this are never typos of each other. */
const MAX_LENGTH_DIFFERENCE = 10;

/** Levenshtein distance, or `bound` (or more) as soon as it cannot be less than `bound`. */
function editDistance(a: string, b: string, bound: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    if (rowMin >= bound) return bound;
    previous = current;
  }
  return previous[b.length]!;
}
