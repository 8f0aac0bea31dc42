import { watch } from 'chokidar';
import { statSync } from 'node:fs';
import path from 'node:path';

/** How long to wait for an editor's burst of writes (temp file, rename, touch) to settle. */
const DEBOUNCE_MS = 40;
/** How often a watched folder that went away is looked for. */
const RETURN_POLL_MS = 250;

/** A running watch: stop it with `close`. */
export interface FolderWatch {
  close(): Promise<void>;
}

/**
 * Watches folders and every folder below them, and reports the changed files once per burst
 * of saves. chokidar does the watching: editors save by writing a temporary file and renaming
 * it over the old one (or by moving the old one aside first), and its `atomic` handling turns
 * such a rename into one change of the file, where Node 20's own recursive watcher on Linux
 * loses track of a replaced file after the first save. New folders (a new month) are picked up
 * as they appear, and a folder deleted while watched does not bring the server down. Resolves
 * once the folders are being watched, so a save right after is not missed.
 */
export async function watchFolders(folders: readonly string[], onChange: (files: string[]) => void): Promise<FolderWatch> {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    const files = [...pending];
    pending.clear();
    onChange(files);
  };
  const report = (file: string) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  };
  const roots = folders.map((folder) => path.resolve(folder));
  const watcher = watch(roots, { ignoreInitial: true, atomic: true });
  // chokidar forgets a watched folder that is removed or moved away, and does not pick it up
  // when it comes back (a folder moved aside and back, or deleted and copied again): such a
  // folder is looked for until it is there, then watched afresh and reported as changed.
  const missing = new Set<string>();
  const lookForMissing = setInterval(() => {
    for (const root of missing) {
      if (!isDirectory(root)) continue;
      missing.delete(root);
      watcher.unwatch(root);
      watcher.add(root);
      report(root);
    }
  }, RETURN_POLL_MS);
  lookForMissing.unref();
  watcher.on('all', (event, file) => {
    if (event === 'unlinkDir' && roots.includes(path.resolve(file))) missing.add(path.resolve(file));
    report(file);
  });
  // Errors of one folder (gone, unreadable, too many watches) leave the others watched.
  watcher.on('error', () => undefined);
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  return {
    async close() {
      clearTimeout(timer);
      clearInterval(lookForMissing);
      await watcher.close();
    },
  };
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
