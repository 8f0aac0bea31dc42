import { EXIT_INTERNAL, WbError } from '../core/errors.js';
import { displayPath } from '../core/display-path.js';

/**
 * The machine, not the data, stopped the run: a full disk, a read-only or forbidden folder, a
 * file where a folder should be. The user's to fix, so a message with the path and a Try line,
 * never a stack trace. Exit 2 when the folder the command was given cannot be used (found
 * before any work), 1 when the file system fails during the run.
 */
export class EnvironmentError extends WbError {
  constructor(message: string, exitCode = EXIT_INTERNAL, cause?: unknown) {
    super(message, { exitCode, cause });
  }
}

/** A Node system error: a code such as ENOSPC, and usually the path and the call that failed. */
export interface SystemError {
  code: string;
  path?: string;
  syscall?: string;
}

/** True for the errors Node's fs and child_process raise (they carry a string code like "ENOSPC"). */
export function isSystemError(error: unknown): error is SystemError & Error {
  return error instanceof Error && typeof (error as Partial<SystemError>).code === 'string' && /^E[A-Z]+$/.test((error as unknown as SystemError).code);
}

/** What happened and what to try, for each file-system failure a user can meet. */
const CAUSES: Record<string, { what: string; tryThis: string }> = {
  ENOSPC: { what: 'the disk is full', tryThis: 'Free some space on that disk, or write elsewhere with --out DIR.' },
  EDQUOT: { what: 'your disk quota is used up', tryThis: 'Free some space, or write elsewhere with --out DIR.' },
  EROFS: { what: 'the file system is read-only', tryThis: 'Write to a folder on a writable disk with --out DIR.' },
  EACCES: { what: 'permission is denied', tryThis: "Use a folder you may write to (--out DIR), or change the folder's permissions." },
  EPERM: { what: 'the operation is not permitted', tryThis: "Use a folder you may write to (--out DIR), or change the folder's permissions." },
  ENOTDIR: { what: 'a part of the path is a file, not a folder', tryThis: 'Give --out a folder (it is created when missing), not a file.' },
  EEXIST: { what: 'a file is in the way of a folder', tryThis: 'Give --out a folder (it is created when missing), not a file.' },
  EISDIR: { what: 'a folder is where a file must be written', tryThis: 'Remove or rename that folder, then run again.' },
  ENAMETOOLONG: { what: 'the path is too long', tryThis: 'Use a shorter --out folder.' },
  EMFILE: { what: 'too many files are open', tryThis: 'Close other programs, or use fewer --jobs, and run again.' },
  ENFILE: { what: 'the system has too many files open', tryThis: 'Close other programs, or use fewer --jobs, and run again.' },
  EIO: { what: 'the disk reported an input/output error', tryThis: 'Check the disk, or write elsewhere with --out DIR.' },
  ENOENT: { what: 'a folder on the path does not exist', tryThis: 'Check the path, or give --out a folder that can be created.' },
};

/** Turns a file-system failure into a message for the person at the keyboard. */
export function describeFileSystemError(error: SystemError & Error, path = error.path, exitCode = EXIT_INTERNAL, option = '--out'): EnvironmentError {
  const cause = CAUSES[error.code];
  const where = path ? `${displayPath(path)}: ` : '';
  const what = cause?.what ?? `the system refused (${error.syscall ?? 'the call'} failed: ${error.message.split('\n')[0]})`;
  const reading = ['read', 'scandir', 'stat', 'lstat', 'access', 'readlink'].includes(error.syscall ?? '');
  return new EnvironmentError(
    // The advice names the option that chose the folder (--data for `new`, which writes there).
    `${reading ? 'Cannot read' : 'Cannot write'} ${where}${what} (${error.code}).\n  Try: ${(cause?.tryThis ?? 'Check the folder and the disk, then run again.').replaceAll('--out', option)}`,
    exitCode,
    error,
  );
}
