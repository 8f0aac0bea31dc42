import { readdir, stat } from 'node:fs/promises';
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
  } catch {
    throw new UsageError(`The data folder ${dataDir} does not exist.\n  Try --data DIR with the folder that holds the YYYY-MM month folders.`);
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
      const info = await stat(file).catch(() => undefined);
      if (info) refs.push({ month, reportId, file });
    }
  }
  return refs;
}

/**
 * Folders of the data folder whose names look meant as months but are not months wb-report
 * accepts ("2026-1", "2025-13", "0000-01"): their files would be skipped, so each is a problem
 * (an error for validate, a warning for a build).
 */
export async function misnamedMonthFolders(dataDir: string, severity: DataProblem['severity']): Promise<DataProblem[]> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && looksLikeMonth(entry.name) && !isYearMonth(entry.name))
    .map((entry) => ({
      file: displayPath(path.join(dataDir, entry.name)),
      severity,
      message: `this folder looks like a month but ${describeNotAMonth(entry.name).replace(/^"[^"]*" /, '')}, so its files are not read`,
      hint: `Rename it to a month from ${FIRST_YEAR}-01 to ${LAST_YEAR}-12 written YYYY-MM (such as 2026-01), or move it out of the data folder.`,
    }));
}
