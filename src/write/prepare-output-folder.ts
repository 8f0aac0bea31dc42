import { stat, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXIT_BAD_INPUT } from '../core/errors.js';
import { describeFileSystemError, isSystemError } from './describe-file-system-error.js';

/**
 * Makes sure the output folder exists and can be written, before Chromium starts or any report
 * is printed: a folder that cannot take the files fails at once (exit 2), with the real reason.
 * A file is written and removed to prove it; on a read-only file system Node's recursive mkdir
 * says ENOENT, so the nearest existing folder is tried to find the true cause (EROFS).
 */
export async function prepareOutputFolder(folder: string, monthFolders: readonly string[] = [], files: readonly string[] = []): Promise<void> {
  await prepareFolder(folder);
  // A folder where a report file must go would stop the write after the printing.
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) throw describeFileSystemError(Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR', path: file }), file, EXIT_BAD_INPUT);
  }
  // A month's folder that is already there must take the files too (it may belong to someone else).
  for (const month of monthFolders) {
    const info = await stat(month).catch(() => undefined);
    if (info) await prepareFolder(month);
  }
}

/** Creates the folder when missing and proves a file can be written in it. */
async function prepareFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
    const probe = path.join(folder, `.wb-report-write-check-${process.pid}`);
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    if (!isSystemError(error)) throw error;
    const cause = error.code === 'ENOENT' ? ((await findTrueCause(folder)) ?? error) : error;
    throw describeFileSystemError(cause, folder, EXIT_BAD_INPUT);
  }
}

/** Why a folder cannot be created under its nearest existing ancestor: that ancestor is a file, or cannot be written. */
async function findTrueCause(folder: string) {
  for (let ancestor = path.dirname(folder); ; ancestor = path.dirname(ancestor)) {
    const info = await stat(ancestor).catch(() => undefined);
    if (info) {
      if (!info.isDirectory()) return Object.assign(new Error(`${ancestor} is not a folder`), { code: 'ENOTDIR', path: ancestor });
      const probe = path.join(ancestor, `.wb-report-write-check-${process.pid}`);
      try {
        await writeFile(probe, '');
        await rm(probe, { force: true });
        return undefined;
      } catch (error) {
        return isSystemError(error) ? error : undefined;
      }
    }
    if (ancestor === path.dirname(ancestor)) return undefined;
  }
}
