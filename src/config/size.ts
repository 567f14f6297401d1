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

export const SIZE_EXAMPLE = 'a number of bytes, or a number with KB, MB or GB, such as 10MB';

/** Bytes, or undefined when `value` is not a positive size. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
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
