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
 * is also in data/ is a problem (the two could disagree, and which one a figure used would not
 * show), and so is one after data/ begins (its place is a month file).
 */
export async function readArchive(dataDir: string, reportId: string, dataMonths: readonly YearMonth[]): Promise<ReadArchive | undefined> {
  const file = archivePath(dataDir, reportId);
  if (
    !(await lstat(file).then(
      () => true,
      () => false,
    ))
  )
    return undefined;
  const read = await readDataText(file, 'archive');
  if ('problems' in read) return { file, months: new Map(), lines: new Map(), problems: read.problems };
  const parsed = parseArchive(file, read.text);
  const first = [...dataMonths].sort()[0];
  const inData = new Set(dataMonths);
  const overlap: DataProblem[] = [...parsed.months.keys()]
    .filter((month) => first !== undefined && month >= first)
    .sort()
    .map((month) => ({
      file,
      line: parsed.lines.get(month),
      column: 1,
      severity: 'error',
      ...(inData.has(month)
        ? { message: `${month} is in the archive and in data/`, hint: `Keep the archive to the months before ${first}, when data/ begins, or remove the month folder.` }
        : {
            message: `${month} comes after data/ begins (${first}); the archive holds only the months before it`,
            hint: `Give ${month} a month file (data/${month}/${reportId}.yaml), or remove its lines.`,
          }),
    }));
  return { file, ...parsed, problems: [...parsed.problems, ...overlap] };
}
