/**
 * Reads files as UTF-8 text. A file that cannot be read, is not text or is too
 * large becomes a source with a `problem`, reported as a fatal finding on that
 * file; the other files go on.
 *
 * Only regular files are opened: a named pipe (FIFO) would block the read
 * forever, a device (`/dev/zero`) would never end. A file is read through a
 * bounded buffer, so a file larger than the limit (or one that grows, or a
 * /proc file whose size says 0) never fills the memory.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { DEFAULT_MAX_FILE_SIZE, formatSize } from '../size.js';
import { describeFileType, describeFsError } from '../errors.js';
import type { SourceRange } from '../parse/source.js';

export interface Source {
  filePath: string;
  text: string;
  /** Set when the file could not be read as text; `text` is then empty. */
  problem?: string;
  /** Where the problem is, when it has a place (the first NUL byte, the first invalid UTF-8 byte); else 1:1. */
  problemRange?: SourceRange;
}

export interface ReadOptions {
  /** Files larger than this many bytes are reported, not read (default 10 MB). */
  maxFileSize?: number;
}

export async function readSource(filePath: string, options: ReadOptions = {}): Promise<Source> {
  return readSourceSync(filePath, options);
}

/** O_RDONLY | O_NONBLOCK | O_NOCTTY. Node takes numeric flags; its types only list the string forms. */
const NON_BLOCKING_READ = (constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0)) as unknown as string;

/**
 * The common case in two calls into Node: the size from stat, then the text
 * from readFileSync's own UTF-8 path (one native call for open, read, decode
 * and close; 4 to 5 times cheaper per file than the checked path below). The
 * checked path takes over whenever the text is not plain: a replacement
 * character (invalid UTF-8, UTF-16), a NUL byte, or anything unexpected.
 */
export function readSourceSync(filePath: string, options: ReadOptions = {}): Source {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const small = readSmallSource(filePath, maxFileSize);
  if (small !== undefined) return small;
  try {
    const info = statSync(filePath);
    if (info.isFile() && info.size <= maxFileSize) {
      // Non-blocking: if the path was swapped for a FIFO since it was listed, the read fails instead of waiting.
      const text = readFileSync(filePath, { encoding: 'utf8', flag: NON_BLOCKING_READ });
      if (text.length <= maxFileSize && !text.includes('\uFFFD') && !text.includes('\u0000')) {
        return { filePath, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
      }
    }
  } catch {
    // The checked path below says what is wrong.
  }
  return readSourceChecked(filePath, maxFileSize, options);
}

/** Files up to this size (most manifests) are read into one reused buffer; larger ones take the path below. */
const SMALL_FILE = 256 * 1024;
let scratch: Buffer | undefined;

/**
 * A small file of plain UTF-8, read without a stat: open, read into a reused
 * buffer (so no more than SMALL_FILE bytes are ever read here), read again to
 * see the end, close. The stat cost as much as the read itself (25,000 files:
 * about 0.2 s of CPU). Undefined for anything else (larger than the buffer or
 * the limit, not valid UTF-8, a NUL byte, any error): readSourceSync's other
 * paths give the same text or say what is wrong. The paths come from
 * discovery, which lists regular files only; opened without blocking, a FIFO
 * swapped in since cannot hang the read.
 */
function readSmallSource(filePath: string, maxFileSize: number): Source | undefined {
  const capacity = Math.min(SMALL_FILE, maxFileSize + 1);
  scratch ??= Buffer.allocUnsafe(SMALL_FILE);
  let length = 0;
  let fd: number;
  try {
    fd = openSync(filePath, NON_BLOCKING_READ);
  } catch {
    return undefined;
  }
  try {
    for (;;) {
      const bytesRead = readSync(fd, scratch, length, capacity - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length >= capacity) return undefined; // possibly over the limit, or a large file: the other paths decide
    }
  } catch {
    return undefined;
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing to do: the descriptor is gone either way
    }
  }
  const bytes = scratch.subarray(0, length);
  // As decodeSource: NUL bytes and invalid UTF-8 (a UTF-16 byte-order mark among it) are problems it describes.
  if (bytes.indexOf(0) !== -1 || !isUtf8(bytes)) return undefined;
  const text = bytes.toString('utf8');
  return { filePath, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function readSourceChecked(filePath: string, maxFileSize: number, options: ReadOptions): Source {
  const read = readRegularFileSync(filePath, maxFileSize);
  if (!read.ok) return { filePath, text: '', problem: read.problem };
  return decodeSource(filePath, read.bytes, options);
}

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; problem: string; tooLarge?: true };

/**
 * The bytes of a regular file, at most `maxBytes` of them. Never opens anything
 * but a regular file, and opens without blocking, so a FIFO swapped in after the
 * check cannot hang the read either.
 */
export async function readRegularFile(filePath: string, maxBytes: number): Promise<ReadResult> {
  return readRegularFileSync(filePath, maxBytes);
}

/**
 * The same, with synchronous calls: a file read is five system calls, and
 * each asynchronous one is a round trip through libuv's thread pool that costs
 * more than the call itself. Callers read one file after another (in worker
 * threads for large runs), so nothing waits on the blocking.
 */
export function readRegularFileSync(filePath: string, maxBytes: number): ReadResult {
  // Opening without blocking is safe whatever the path is now (a FIFO does not wait for a writer);
  // the descriptor is checked before a byte is read. Paths come from discovery, which lists regular files only.
  let fd: number;
  try {
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    return { ok: false, problem: cannotRead(filePath, error) };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, problem: `not linted: ${describeFileType(opened)}` };
    if (opened.size > maxBytes) return tooLarge(opened.size, maxBytes, true);
    // One byte more than the size tells a file that grew since (or a /proc file that says 0) from one that did not.
    let chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1, opened.size + 1));
    let length = 0;
    for (;;) {
      if (length === chunk.length) {
        if (length > maxBytes) return tooLarge(Math.max(length, opened.size), maxBytes, opened.size > maxBytes);
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const bytesRead = readSync(fd, chunk, length, chunk.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return tooLarge(Math.max(length, opened.size), maxBytes, opened.size > maxBytes);
    return { ok: true, bytes: chunk.subarray(0, length) };
  } catch (error) {
    return { ok: false, problem: cannotRead(filePath, error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing to do: the descriptor is gone either way
    }
  }
}

function cannotRead(filePath: string, error: unknown): string {
  // Node reads file names as UTF-8; a name that is not UTF-8 comes back with U+FFFD and cannot be opened by it.
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' && filePath.includes('\uFFFD')) {
    return 'cannot read file: its name is not valid UTF-8';
  }
  return `cannot read file: ${describeFsError(error)}`;
}

/** `exact`: the size is known (from the file system), not only that it passes the limit. */
function tooLarge(size: number, maxBytes: number, exact: boolean): ReadResult {
  return {
    ok: false,
    tooLarge: true,
    problem:
      `File too large to lint: ${formatSize(size)}${exact ? '' : ' or more'}, over the ${formatSize(maxBytes)} limit. ` +
      'Raise the limit with --max-file-size or `maxFileSize` in the configuration to lint it',
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(filePath: string, bytes: Uint8Array, options: ReadOptions = {}): Source {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > maxFileSize) {
    const result = tooLarge(bytes.length, maxFileSize, true) as { problem: string };
    return { filePath, text: '', problem: result.problem };
  }
  if (startsWithUtf16Bom(bytes)) {
    return { filePath, text: '', problem: 'UTF-16 text (it starts with a UTF-16 byte-order mark): save the file as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      filePath,
      text: '',
      problem: 'binary file (contains NUL bytes), not a manifest',
      problemRange: positionOf(bytes, nul),
    };
  }
  try {
    return { filePath, text: utf8.decode(bytes) };
  } catch {
    return {
      filePath,
      text: '',
      problem: 'not valid UTF-8 text, so not a manifest kubectl would read',
      problemRange: positionOf(bytes, firstInvalidUtf8(bytes)),
    };
  }
}

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Line and column (1-based, in UTF-16 code units, a leading BOM not counted) of a byte offset. */
function positionOf(bytes: Uint8Array, offset: number): SourceRange {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  if (line === 1 && before.charCodeAt(0) === 0xfeff) before = before.slice(1);
  const column = before.length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    let length: number;
    let min: number;
    if (byte < 0x80) {
      i++;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + length > bytes.length) return i;
    let code = byte & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}
