import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isYearMonth, type YearMonth } from '../core/months.js';
import { UsageError } from '../core/errors.js';

/** A data file found on disk: data/<month>/<reportId>.yaml. */
export interface DataFileRef {
  month: YearMonth;
  reportId: string;
  file: string;
}

/**
 * Lists every data/<YYYY-MM>/<report>.yaml for the given report ids, sorted by month.
 * Folders that are not months are ignored, so notes or archives can sit beside them.
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
    throw new UsageError(`The data folder ${dataDir} has no month folders (named YYYY-MM, such as 2025-12).\n  Try --data with the folder that holds them, or create data/2025-12/<report>.yaml.`);
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
