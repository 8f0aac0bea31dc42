import { accessSync, constants, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EnvironmentError } from '../write/describe-file-system-error.js';
import { findBrowserProcesses, killBrowserProcesses } from './kill-process-tree.js';

/** Every folder a browser run of ours makes starts so; stale ones are recognised by it. */
const RUN_FOLDER_PREFIX = 'wb-report-chromium-';

/**
 * Chromium listens on a Unix socket at $TMPDIR/.org.chromium.Chromium.XXXXXX/SingletonSocket,
 * and a socket path holds at most 107 bytes. TMPDIR is set to the run folder, so the folder's
 * path may take 107 minus that tail.
 */
const MAX_RUN_FOLDER_LENGTH = 107 - '/.org.chromium.Chromium.XXXXXX/SingletonSocket'.length;

/** A browser's own folder: its profile, and Chromium's temporary folders (TMPDIR), removed together. */
export interface BrowserRunFolder {
  root: string;
  profile: string;
}

/**
 * Makes the folder of one browser run, named with our pid so a later run can tell whether it is
 * still in use. It goes in the system's temporary folder unless that path is too long for
 * Chromium's socket; then in /tmp; failing both, the message says what to do.
 */
export function createBrowserRunFolder(): BrowserRunFolder {
  const name = `${RUN_FOLDER_PREFIX}${process.pid}-XXXXXX`;
  const problemWith = (base: string): string | undefined => {
    if (path.join(base, name).length > MAX_RUN_FOLDER_LENGTH) return `its path (${base.length} characters) is too long for Chromium's socket, which must fit in 107 bytes`;
    if (!isWritableFolder(base)) return 'it is not a folder you can write to';
    const room = freeRoom(base);
    if (room && (room.bytes < MIN_FREE_BYTES || room.files < MIN_FREE_FILES))
      return `its disk has ${Math.floor(room.bytes / 1024 / 1024)} MB and ${room.files} files free, less than Chromium needs (${MIN_FREE_BYTES / 1024 / 1024} MB)`;
    return undefined;
  };
  const base = [tmpdir(), '/tmp'].find((each) => problemWith(each) === undefined);
  if (!base) {
    // The machine's trouble, not the browser's: no restart would help.
    throw new EnvironmentError(
      `Chromium cannot start from the temporary folder ${tmpdir()}: ${problemWith(tmpdir())}; /tmp cannot be used either.\n  Try: free some space there, or set TMPDIR to a short folder with free space that you can write to.`,
    );
  }
  let root: string;
  try {
    root = mkdtempSync(path.join(base, name.slice(0, -'XXXXXX'.length)));
  } catch (error) {
    throw new EnvironmentError(
      `Chromium's temporary folder cannot be made in ${base}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.\n  Try: free some space there, or set TMPDIR to a folder with free space that you can write to.`,
      undefined,
      error,
    );
  }
  const profile = path.join(root, 'profile');
  mkdirSync(profile);
  return { root, profile };
}

/** Room Chromium needs in its temporary folder: its profile (a few MB) and the PDF streamed through it. */
const MIN_FREE_BYTES = 64 * 1024 * 1024;
const MIN_FREE_FILES = 200;

/** Free space and free file slots on the disk holding a folder; undefined where the system cannot say. */
function freeRoom(folder: string): { bytes: number; files: number } | undefined {
  try {
    const stats = statfsSync(folder);
    return { bytes: stats.bavail * stats.bsize, files: stats.ffree };
  } catch {
    return undefined;
  }
}

/** Removes a run folder, best effort: a browser being killed may still write in it as it goes. */
export function removeRunFolder(root: string): void {
  try {
    rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  } catch {
    // Left for the next run's cleaning, or the system's.
  }
}

/**
 * Removes the run folders that runs killed outright (SIGKILL, a power cut) left behind: only
 * ours, by name, and only when neither the run that made it nor any process using it lives.
 */
export function removeStaleRunFolders(): void {
  for (const base of new Set([tmpdir(), '/tmp'])) {
    let names: string[];
    try {
      names = readdirSync(base).filter((each) => each.startsWith(RUN_FOLDER_PREFIX));
    } catch {
      continue;
    }
    for (const each of names) {
      // Only names we make (wb-report-chromium-<pid>-XXXXXX, or the older -XXXXXX), only real
      // folders (not links), only ours (same owner), only when the run that made it is gone.
      const match = /^wb-report-chromium-(?:(\d+)-)?[A-Za-z0-9]{6}$/.exec(each);
      if (!match) continue;
      const folder = path.join(base, each);
      const info = lstatOrUndefined(folder);
      if (!info?.isDirectory() || (typeof process.getuid === 'function' && info.uid !== process.getuid())) continue;
      const owner = Number(match[1]);
      if (owner && isAlive(owner)) continue;
      if (owner) {
        // The run is dead: whatever it started and left (a wrapper's child after a SIGKILL) is an
        // orphan of ours, named by this folder on its command line; it goes, then the folder.
        killBrowserProcesses(folder);
      } else if (findBrowserProcesses(folder).length > 0) {
        // An older name carries no owner: while a process uses it, it may be a live run's.
        continue;
      }
      removeRunFolder(folder);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isWritableFolder(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}
