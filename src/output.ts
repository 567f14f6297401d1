/**
 * Writing reports. A repository under review could commit a symbolic link
 * where a report is written (`calico-lint.sarif -> ~/.bashrc`); reports are
 * therefore never written through a symbolic link.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { describeFsError, UsageError } from './errors.js';

/** Creates or truncates `target` and writes `text`; refuses a symbolic link. `shown` names the file in errors. */
export async function writeReportFile(target: string, text: string, shown: string = target): Promise<void> {
  let handle;
  try {
    // O_NOFOLLOW: opening a symbolic link fails (ELOOP) instead of writing where it points.
    handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o666);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ELOOP' ? 'it is a symbolic link, and reports are never written through one' : describeFsError(error);
    throw new UsageError(`cannot write ${shown}: ${reason}`);
  }
  try {
    await handle.writeFile(text);
  } catch (error) {
    throw new UsageError(`cannot write ${shown}: ${describeFsError(error)}`);
  } finally {
    await handle.close();
  }
}
