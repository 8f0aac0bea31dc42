import { watch } from 'chokidar';

/** How long to wait for an editor's burst of writes (temp file, rename, touch) to settle. */
const DEBOUNCE_MS = 40;

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
  const watcher = watch([...folders], { ignoreInitial: true, atomic: true });
  watcher.on('all', (_event, file) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  });
  // Errors of one folder (gone, unreadable, too many watches) leave the others watched.
  watcher.on('error', () => undefined);
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  return {
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
