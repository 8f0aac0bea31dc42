import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { DataProblem } from '../core/errors.js';
import type { YearMonth } from '../core/months.js';
import { parseArchive, type ParsedArchive } from './parse-archive.js';
import { readDataText } from './read-data-file.js';

/** Where a report's archive lives: data/archive/<report>.csv. */
export function archivePath(dataDir: string, reportId: string): string {
  return path.join(dataDir, 'archive', `${reportId}.csv`);
}

/** A report's archive as read, or nothing when the report has none. */
export interface ReadArchive extends ParsedArchive {
  file: string;
}

/**
 * Reads a report's archive of the months before data/ begins, when there is one. A month that
 * is also in data/ (from `firstDataMonth` on) is a problem: the same month in two places could
 * disagree, and which one a figure used would not show.
 */
export async function readArchive(dataDir: string, reportId: string, firstDataMonth: YearMonth | undefined): Promise<ReadArchive | undefined> {
  const file = archivePath(dataDir, reportId);
  if (
    !(await lstat(file).then(
      () => true,
      () => false,
    ))
  )
    return undefined;
  const read = await readDataText(file);
  if ('problems' in read) return { file, months: new Map(), lines: new Map(), problems: read.problems };
  const parsed = parseArchive(file, read.text);
  const overlap: DataProblem[] = [...parsed.months.keys()]
    .filter((month) => firstDataMonth !== undefined && month >= firstDataMonth)
    .sort()
    .map((month) => ({
      file,
      line: parsed.lines.get(month),
      column: 1,
      severity: 'error',
      message: `${month} is in the archive and in data/ (which begins with ${firstDataMonth})`,
      hint: `Keep the archive to the months before ${firstDataMonth}, or remove the month folder.`,
    }));
  return { file, ...parsed, problems: [...parsed.problems, ...overlap] };
}
