/**
 * Writing reports. A repository under review could commit a symbolic link
 * where a report is written (`calico-lint.sarif -> ~/.bashrc`), or a folder
 * link on its way (`reports -> /home/runner/.ssh`); reports are therefore
 * never written through a symbolic link, and a report path with a linked
 * folder is refused before anything is created.
 */
import { constants, lstatSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError, UsageError } from './errors.js';
import type { Report } from './format/chunks.js';
import { echo } from './text.js';

/**
 * Throws UsageError when a folder on the way from `root` to `target` is a
 * symbolic link. Only the part below `root` (the working folder, or the
 * workspace) is checked: that is the part a repository can plant links in;
 * what lies above it is the machine's own layout. Folders that do not exist
 * yet end the check (they will be created as real folders).
 */
export function refuseLinkedReportFolder(target: string, root: string, shown: string = target): void {
  const relative = path.relative(root, path.dirname(target));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return;
  let folder = root;
  for (const part of relative.split(path.sep)) {
    folder = path.join(folder, part);
    let isLink: boolean;
    try {
      isLink = lstatSync(folder).isSymbolicLink();
    } catch {
      return;
    }
    if (isLink) {
      throw new UsageError(`cannot write ${echo(shown, 200)}: its folder ${echo(path.relative(root, folder), 200)} is a symbolic link, ` +
        'and reports are never written through one');
    }
  }
}

/**
 * Creates or truncates `target` and writes `text` (or its pieces, one at a
 * time), creating missing folders (refuseLinkedReportFolder has checked the
 * existing ones); refuses a symbolic link. `shown` names the file in errors.
 */
export async function writeReportFile(target: string, text: Report, shown: string = target): Promise<void> {
  let handle;
  try {
    await mkdir(path.dirname(target), { recursive: true });
    // O_NOFOLLOW: opening a symbolic link fails (ELOOP) instead of writing where it points.
    handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o666);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ELOOP' ? 'it is a symbolic link, and reports are never written through one' : describeFsError(error);
    throw new UsageError(`cannot write ${shown}: ${reason}`);
  }
  try {
    // writeFile encodes and writes an iterable's pieces one by one (as a whole, a string).
    await writeFile(handle, text);
  } catch (error) {
    throw new UsageError(`cannot write ${shown}: ${describeFsError(error)}`);
  } finally {
    await handle.close();
  }
}

/**
 * Prints a report on standard output, ending it with a new line when it has
 * none; prints nothing for an empty report. Pieces are printed as they come.
 */
export function printReport(report: Report, print: (text: string) => void): void {
  if (typeof report === 'string') {
    if (report.length > 0) print(report.endsWith('\n') ? report : `${report}\n`);
    return;
  }
  let last = '';
  for (const piece of report) {
    if (piece.length === 0) continue;
    print(piece);
    last = piece;
  }
  if (last !== '' && !last.endsWith('\n')) print('\n');
}
