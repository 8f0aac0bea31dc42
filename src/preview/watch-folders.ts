import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** How long to wait for an editor's burst of writes (temp file, rename, touch) to settle. */
const DEBOUNCE_MS = 40;

/**
 * Watches folders and every folder below them, and reports the changed files once per burst
 * of saves. Each directory gets its own watcher rather than one recursive watcher: editors
 * and tools save by writing a temporary file and renaming it over the old one, and directory
 * watchers see every such rename, where Node 20's recursive mode on Linux loses track of a
 * replaced file after the first save. New folders (a new month) are picked up as they appear.
 * Returns a function that stops watching.
 */
export function watchFolders(folders: readonly string[], onChange: (files: string[]) => void): () => void {
  const pending = new Set<string>();
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    const files = [...pending];
    pending.clear();
    onChange(files);
  };
  const watchTree = (dir: string) => {
    if (watchers.has(dir) || !isDirectory(dir)) return;
    try {
      const watcher = watch(dir, (_event, name) => {
        const file = path.join(dir, name ? String(name) : '');
        if (isDirectory(file)) watchTree(file);
        pending.add(file);
        clearTimeout(timer);
        timer = setTimeout(flush, DEBOUNCE_MS);
      });
      // A folder deleted while watched must not bring the server down.
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(dir);
      });
      watchers.set(dir, watcher);
    } catch {
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) watchTree(path.join(dir, entry.name));
    }
  };
  folders.forEach(watchTree);
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
