import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserError } from '../core/errors.js';
import { findBrowserProcesses } from './kill-process-tree.js';

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
  const fits = (base: string) => path.join(base, name).length <= MAX_RUN_FOLDER_LENGTH;
  const base = [tmpdir(), '/tmp'].find((each) => fits(each) && isWritableFolder(each));
  if (!base) {
    throw new BrowserError(
      `Chromium cannot start from the temporary folder ${tmpdir()}: ${fits(tmpdir()) ? 'it cannot be written to' : `its path (${tmpdir().length} characters) is too long for Chromium's socket, which must fit in 107 bytes`}, and /tmp cannot be used either.\n  Try TMPDIR=/tmp (or another short folder you can write to).`,
    );
  }
  const root = mkdtempSync(path.join(base, name.slice(0, -'XXXXXX'.length)));
  const profile = path.join(root, 'profile');
  mkdirSync(profile);
  return { root, profile };
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
      const owner = Number(/^wb-report-chromium-(\d+)-/.exec(each)?.[1]);
      if (owner && isAlive(owner)) continue;
      const folder = path.join(base, each);
      if (findBrowserProcesses(folder).length > 0) continue;
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
