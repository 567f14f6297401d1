/**
 * File sizes as people write them: `10MB`, `512 KB`, `1.5GB`, or a number of
 * bytes. Units are binary (1 KB = 1024 bytes), as file managers and `ls -h`
 * count them.
 */

/** 10 MB: a file larger than this is reported, not parsed (see README, "Hostile input"). */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** No size needs more characters than this, even written `  10240.5 MB  `. */
const MAX_SIZE_TEXT_LENGTH = 64;

export const SIZE_EXAMPLE = 'a number of bytes, or a number with KB, MB or GB, such as 10MB';

/** Bytes, or undefined when `value` is not a positive size. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  // The value can come from a repository's configuration: never let it cost more than a glance.
  if (value.length > MAX_SIZE_TEXT_LENGTH) return undefined;
  // Trimmed first, and no two neighbouring parts of the pattern can take the same character:
  // `\s*(\d+)\s*([a-z]*)\s*` backtracked quadratically on `1` + spaces + `1` (160,000 spaces: 38 s).
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  if (!match) return undefined;
  const unitName = match[2]!.toLowerCase();
  if (!Object.hasOwn(UNITS, unitName)) return undefined;
  const unit = UNITS[unitName]!;
  const bytes = Math.floor(Number(match[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** `10 MB`, `512 KB`, `40.2 MB`: for messages. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  for (const [unit, size] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]] as const) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}
