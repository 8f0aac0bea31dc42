import { readdirSync, readFileSync } from 'node:fs';

/** One process as /proc shows it. */
interface ProcessEntry {
  pid: number;
  parent: number;
  group: number;
  commandLine: string;
}

/** Every process we can read in /proc (Linux); empty elsewhere. */
function listProcesses(): ProcessEntry[] {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      // The command name (field 2) is in parentheses and may hold spaces: read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const commandLine = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      // The browser's TMPDIR names its run folder, and every child of a --chrome wrapper
      // inherits it: an orphan left by a killed run is found by it too.
      const environment = readOrEmpty(`/proc/${name}/environ`).replaceAll('\0', ' ');
      return [{ pid: Number(name), parent: Number(fields[1]), group: Number(fields[2]), commandLine: `${commandLine} ${environment}` }];
    } catch {
      return [];
    }
  });
}

/**
 * The processes started for a browser: those whose command line names `marker` (our profile
 * folder, passed to whatever --chrome is, wrapper scripts included), every process in their
 * process groups, and all their descendants, even ones that left the group. Never this
 * process or its own group.
 */
export function findBrowserProcesses(marker: string, roots: readonly number[] = []): number[] {
  const processes = listProcesses();
  const ownGroup = processes.find((each) => each.pid === process.pid)?.group;
  const found = new Set<number>([...roots, ...processes.filter((each) => each.commandLine.includes(marker)).map((each) => each.pid)]);
  const groups = new Set(
    processes
      .filter((each) => found.has(each.pid))
      .map((each) => each.group)
      .filter((group) => group !== ownGroup),
  );
  for (const each of processes) if (groups.has(each.group)) found.add(each.pid);
  // Descendants: repeat until no new child turns up (a tree is shallow; a few passes suffice).
  for (let grown = true; grown;) {
    grown = false;
    for (const each of processes) {
      if (!found.has(each.pid) && found.has(each.parent)) {
        found.add(each.pid);
        grown = true;
      }
    }
  }
  found.delete(process.pid);
  return [...found];
}

/** Kills, at once and synchronously (for signal handlers), every process findBrowserProcesses names. */
export function killBrowserProcesses(marker: string, roots: readonly number[] = []): void {
  for (const pid of findBrowserProcesses(marker, roots)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already, or not ours to kill.
    }
  }
}

/** A /proc file's text, or "" when it cannot be read (another user's process). */
function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
