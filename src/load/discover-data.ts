import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeNotAMonth, FIRST_YEAR, isYearMonth, LAST_YEAR, looksLikeMonth, type YearMonth } from '../core/months.js';
import { UsageError, type DataProblem } from '../core/errors.js';
import { displayPath } from '../core/display-path.js';

/** A data file found on disk: data/<month>/<reportId>.yaml. */
export interface DataFileRef {
  month: YearMonth;
  reportId: string;
  file: string;
}

/**
 * Lists every data/<YYYY-MM>/<report>.yaml for the given report ids, sorted by month.
 * Folders that are not months are ignored, so notes or archives can sit beside them; one whose
 * name looks meant as a month is reported by misnamedMonthFolders.
 */
export async function discoverDataFiles(dataDir: string, reportIds: readonly string[]): Promise<DataFileRef[]> {
  let entries: string[];
  try {
    entries = await readdir(dataDir);
  } catch (error) {
    throw new UsageError(
      `The data folder ${dataDir} ${describeUnreadable((error as NodeJS.ErrnoException).code)}.\n  Try --data DIR with the folder that holds the YYYY-MM month folders.`,
    );
  }
  // Listing needs read access, opening what is listed needs search (x) access too.
  if (
    !(await access(dataDir, constants.X_OK).then(
      () => true,
      () => false,
    ))
  ) {
    throw new UsageError(
      `The data folder ${dataDir} can be listed but not searched (permission denied), so no file in it can be read.\n  Try: chmod u+x ${dataDir}, or run as its owner.`,
    );
  }
  const months = entries.filter(isYearMonth).sort();
  if (months.length === 0) {
    throw new UsageError(
      `The data folder ${dataDir} has no month folders (named YYYY-MM, such as 2025-12).\n  Try --data with the folder that holds them, or create data/2025-12/<report>.yaml.`,
    );
  }
  const refs: DataFileRef[] = [];
  for (const month of months) {
    // The month's listing says which report files are there; a month folder that cannot be
    // listed (or is not a folder) holds nothing readable, and misnamedMonthFolders says why, once.
    const listing = await readdir(path.join(dataDir, month)).catch(() => undefined);
    if (!listing) continue;
    for (const reportId of reportIds) {
      // Listed but unreadable (no permission, a broken link): kept, so reading it reports why.
      if (listing.includes(`${reportId}.yaml`)) refs.push({ month, reportId, file: path.join(dataDir, month, `${reportId}.yaml`) });
    }
  }
  return refs;
}

/** The months data/ holds for a report, in order. */
export function monthsOf(refs: readonly DataFileRef[], reportId: string): YearMonth[] {
  return refs
    .filter((ref) => ref.reportId === reportId)
    .map((ref) => ref.month)
    .sort();
}

/** The first month data/ holds for a report, if any. */
export function firstMonthOf(refs: readonly DataFileRef[], reportId: string): YearMonth | undefined {
  return monthsOf(refs, reportId)[0];
}

/** Why a folder could not be listed, in words. */
export function describeUnreadable(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'ENOTDIR':
      return 'is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ELOOP':
      return 'is a symbolic link that points back to itself';
    default:
      return `cannot be read (${code ?? 'unknown error'})`;
  }
}

/**
 * What in the data folder would be skipped in silence: entries whose names look meant as months
 * but are not months wb-report accepts ("2026-1", "2025-13", "0000-01", "2025-12 " with a space,
 * full-width digits, "2026-01.bak"), and YAML files in a month folder that are no report's file
 * ("unhcr-regional-updte.yaml", "….yml"), and files in data/archive/ that are no report's archive.
 * Each is a problem: an error for validate, a warning for
 * a build. (A month-named entry that is not a folder is reported when its files are read.)
 */
export async function misnamedMonthFolders(dataDir: string, severity: DataProblem['severity'], reportIds: readonly string[]): Promise<DataProblem[]> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
  const problems: DataProblem[] = entries
    .filter((entry) => !isYearMonth(entry.name) && looksLikeMonth(entry.name))
    .map((entry) => ({
      file: displayPath(path.join(dataDir, entry.name)),
      severity,
      message: `${entry.isDirectory() ? 'this folder' : 'this entry'} looks like a month but ${describeNotAMonth(entry.name).replace(/^"[^"]*" /, '')}, so its files are not read`,
      hint: `Rename it to a month from ${FIRST_YEAR}-01 to ${LAST_YEAR}-12 written YYYY-MM (such as 2026-01), or move it out of the data folder.`,
    }));
  for (const entry of entries.filter((each) => isYearMonth(each.name))) {
    const folder = await stat(path.join(dataDir, entry.name)).catch(() => undefined);
    if (folder?.isDirectory()) continue;
    problems.push({
      file: displayPath(path.join(dataDir, entry.name)),
      severity,
      message: `this month is not a folder (${folder ? 'it is a file' : entry.isSymbolicLink() ? 'it is a link to nothing' : 'it cannot be read'}), so it holds no data`,
      hint: "Make it a folder holding the month's YAML files, or remove it.",
    });
  }
  const known = new Set(reportIds.map((id) => `${id}.yaml`));
  for (const month of entries.filter((entry) => isYearMonth(entry.name)).map((entry) => entry.name)) {
    let files: string[];
    try {
      files = await readdir(path.join(dataDir, month));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Not a folder at all is said above; a folder that cannot be listed is said here.
      if (code !== 'ENOTDIR' && code !== 'ENOENT') {
        problems.push({
          file: displayPath(path.join(dataDir, month)),
          severity,
          message: `this month folder ${describeUnreadable(code)}, so its files are not read`,
          hint: 'Give yourself read and search access to it (chmod u+rx), or run as its owner.',
        });
      }
      continue;
    }
    for (const file of files.filter((name) => /\.ya?ml$/i.test(name) && !known.has(name))) {
      problems.push({
        file: displayPath(path.join(dataDir, month, file)),
        severity,
        message: 'this YAML file is not a report wb-report reads, so it is not read',
        hint: `Name it after its report (${[...known].join(' or ')}), or move it out of the month folder.`,
      });
    }
  }
  problems.push(...(await unreadArchiveFiles(dataDir, severity, reportIds)));
  return problems;
}

/** Files in data/archive/ that are no report's archive (<report>.csv), which would not be read. */
async function unreadArchiveFiles(dataDir: string, severity: DataProblem['severity'], reportIds: readonly string[]): Promise<DataProblem[]> {
  const archives = new Set(reportIds.map((id) => `${id}.csv`));
  const files = await readdir(path.join(dataDir, 'archive')).catch(() => [] as string[]);
  return files
    .filter((name) => !archives.has(name) && !name.startsWith('.'))
    .map((name) => ({
      file: displayPath(path.join(dataDir, 'archive', name)),
      severity,
      message: "this file in the archive folder is no report's archive, so it is not read",
      hint: `Name it after its report (${[...archives].join(' or ')}), or move it out of the archive folder.`,
    }));
}
