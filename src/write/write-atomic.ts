import { rmSync } from 'node:fs';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  pendingTemporaryFiles.add(temporary);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, content);
    await rename(temporary, file);
    completedWrites.push(file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    // A full disk or a folder gone read-only mid-run: the user's to fix, said plainly.
    throw isSystemError(error) ? describeFileSystemError(error, error.path && error.path !== temporary ? error.path : file) : error;
  } finally {
    pendingTemporaryFiles.delete(temporary);
  }
}

/**
 * Writes a new file whole, and only if there is none by that name: the bytes go to a temporary
 * file, which is then linked to the name (a link, unlike a rename, never replaces a file, even
 * one created a moment before). False when the name is taken.
 */
export async function writeNewFileAtomic(file: string, content: string): Promise<boolean> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  pendingTemporaryFiles.add(temporary);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, content);
    await link(temporary, file);
    completedWrites.push(file);
    return true;
  } catch (error) {
    if (isSystemError(error) && error.code === 'EEXIST') return false;
    throw isSystemError(error) ? describeFileSystemError(error, error.path && error.path !== temporary ? error.path : file) : error;
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined);
    pendingTemporaryFiles.delete(temporary);
  }
}
