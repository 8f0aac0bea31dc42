import { rmSync } from 'node:fs';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXIT_INTERNAL } from '../core/errors.js';
import { describeFileSystemError, isSystemError } from './describe-file-system-error.js';

/** Files this run has written (renamed into place), so an interrupted run can say what it left. */
const completedWrites: string[] = [];

/** What this run has written so far, for the message of an interrupted run. */
export function describeCompletedWrites(): string {
  if (completedWrites.length === 0) return 'nothing was written';
  const shown = completedWrites.slice(-4).map((file) => path.basename(file));
  return `${completedWrites.length} ${completedWrites.length === 1 ? 'file was' : 'files were'} written whole before it (${completedWrites.length > 4 ? '…, ' : ''}${shown.join(', ')}); nothing is half-written`;
}

/** Temporary files being written right now, so an interrupted build can remove them. */
const pendingTemporaryFiles = new Set<string>();

/** Removes every temporary file still being written; safe to call from a signal handler. */
export function removePendingTemporaryFiles(): void {
  for (const file of pendingTemporaryFiles) rmSync(file, { force: true });
  pendingTemporaryFiles.clear();
}

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * the bytes go to a temporary file beside the target, then a rename replaces it.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await writeViaTemporary(file, content, async (temporary) => {
    await rename(temporary, file);
    return true;
  });
}

/**
 * Writes a new file whole, and only if there is none by that name: the bytes go to a temporary
 * file, which is then linked to the name (a link, unlike a rename, never replaces a file, even
 * one created a moment before). False when the name is taken. A file-system failure names
 * `option`, the option that chose the folder, and exits with `exitCode`.
 */
export function writeNewFileAtomic(file: string, content: string, option = '--out', exitCode = EXIT_INTERNAL): Promise<boolean> {
  return writeViaTemporary(
    file,
    content,
    (temporary) =>
      link(temporary, file).then(
        () => true,
        (error: unknown) => {
          if (isSystemError(error) && error.code === 'EEXIST') return false;
          throw error;
        },
      ),
    option,
    exitCode,
  );
}

/**
 * The one way a file is written: into a temporary file beside it, then `place` puts it under its
 * name (true) or finds the name taken (false). The temporary file never outlives the call, and an
 * interrupted run removes it; a failure of the file system is described with its path.
 */
async function writeViaTemporary(
  file: string,
  content: string | Uint8Array,
  place: (temporary: string) => Promise<boolean>,
  option = '--out',
  exitCode = EXIT_INTERNAL,
): Promise<boolean> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  pendingTemporaryFiles.add(temporary);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, content);
    const placed = await place(temporary);
    if (placed) completedWrites.push(file);
    return placed;
  } catch (error) {
    // A full disk or a folder gone read-only mid-run: the user's to fix, said plainly.
    throw isSystemError(error) ? describeFileSystemError(error, error.path && error.path !== temporary ? error.path : file, exitCode, option) : error;
  } finally {
    // After a rename there is nothing left to remove; after a link or a failure, the temporary file goes.
    await rm(temporary, { force: true }).catch(() => undefined);
    pendingTemporaryFiles.delete(temporary);
  }
}
