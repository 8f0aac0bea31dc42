import { lstat, readdir, stat } from 'node:fs/promises';
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
  const months = entries.filter(isYearMonth).sort();
  if (months.length === 0) {
    throw new UsageError(
      `The data folder ${dataDir} has no month folders (named YYYY-MM, such as 2025-12).\n  Try --data with the folder that holds them, or create data/2025-12/<report>.yaml.`,
    );
  }
  const refs: DataFileRef[] = [];
  for (const month of months) {
    for (const reportId of reportIds) {
      const file = path.join(dataDir, month, `${reportId}.yaml`);
      // Only a file that is not there is skipped; one that cannot be read (no permission, a broken
      // link, a month that is not a folder) is listed, so reading it reports why.
      const error = await stat(file).then(
        () => undefined,
        (failure: NodeJS.ErrnoException) => failure.code,
      );
      if (error === undefined || !(await isAbsent(file, error))) refs.push({ month, reportId, file });
    }
  }
  return refs;
}

/** Whether a path that stat refused is simply not there (nothing at all at that name), rather than unreadable or broken. */
async function isAbsent(file: string, code: string | undefined): Promise<boolean> {
  if (code !== 'ENOENT' && code !== 'ENOTDIR') return false;
  // A dangling link answers ENOENT too; lstat still finds the link itself.
  const link = await lstat(file).catch(() => undefined);
  if (link) return false;
  // A month "folder" that is a file or a broken link: its files are not absent, the folder is wrong.
  const folder = await stat(path.dirname(file)).catch(() => undefined);
  return folder === undefined ? !(await lstat(path.dirname(file)).catch(() => undefined)) : folder.isDirectory();
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
 * ("unhcr-regional-updte.yaml", "….yml"). Each is a problem: an error for validate, a warning for
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
  const known = new Set(reportIds.map((id) => `${id}.yaml`));
  for (const month of entries.filter((entry) => isYearMonth(entry.name)).map((entry) => entry.name)) {
    const files = await readdir(path.join(dataDir, month)).catch(() => []);
    for (const file of files.filter((name) => /\.ya?ml$/i.test(name) && !known.has(name))) {
      problems.push({
        file: displayPath(path.join(dataDir, month, file)),
        severity,
        message: 'this YAML file is not a report wb-report reads, so it is not read',
        hint: `Name it after its report (${[...known].join(' or ')}), or move it out of the month folder.`,
      });
    }
  }
  return problems;
}
