import path from 'node:path';
import type { DataProblem } from './core/errors.js';
import { addMonths, type YearMonth } from './core/months.js';
import { displayPath } from './core/display-path.js';
import { firstMonthOf, type DataFileRef } from './load/discover-data.js';
import type { ReadArchive } from './load/read-archive.js';
import { RECORD_RESTARTS_FIELD, type BuiltModel, type ModelWarning, type ReportBundle } from './reports/report-bundle.js';
import type { ValidatedReportData } from './validate/validate-report-data.js';

/**
 * Builds one month's model from validated months, with its warnings located on the files they
 * concern. The build and `validate` both call it, so validate warns of what the build would.
 */
export function buildReportModel(
  bundle: ReportBundle,
  month: YearMonth,
  months: ValidatedReportData<unknown>['months'],
  refs: readonly DataFileRef[],
  dataDir: string,
  archive?: ReadArchive,
): { built: BuiltModel<unknown>; warnings: DataProblem[] } {
  const { restart, ignored } = findRestart(bundle, month, months, refs);
  const built = bundle.buildModel({
    month,
    data: months.get(month)!.data,
    get: (each) => months.get(each)?.data,
    firstMonth: restart ?? firstMonthOf(refs, bundle.id),
    archived: (each) => archive?.months.get(each),
    archiveIllustrative: archive?.illustrative,
  });
  const fileOf = (each: YearMonth) => displayPath(months.get(each)?.file ?? path.join(dataDir, each, `${bundle.id}.yaml`));
  // A warning about a field points at it in its month's file, as far as the file has it.
  const warnings: DataProblem[] = [...ignored, ...built.warnings].map((warning) => ({
    file: fileOf(warning.month ?? month),
    ...(warning.field ? months.get(warning.month ?? month)?.locate?.(warning.field) : undefined),
    // A warning about the archive points at it, at the first line of the month concerned.
    ...(warning.archiveMonth && archive ? { file: displayPath(archive.file), ...archivePlace(archive, warning.archiveMonth, warning.archiveCell) } : undefined),
    field: warning.field,
    message: warning.message,
    hint: warning.hint,
    severity: 'warning',
  }));
  return { built, warnings };
}

/**
 * The month that restarts the record for this build: the latest one at or before it whose file
 * says so and that follows a real break (no file for the month before). A restart with a file
 * right before it would hide real gaps (a line copied from another month): it is ignored, with a
 * warning.
 */
function findRestart(
  bundle: ReportBundle,
  month: YearMonth,
  months: ValidatedReportData<unknown>['months'],
  refs: readonly DataFileRef[],
): { restart?: YearMonth; ignored: ModelWarning[] } {
  const hasFile = (each: YearMonth) => refs.some((ref) => ref.reportId === bundle.id && ref.month === each);
  const candidates = [...months]
    .filter(([each, entry]) => each <= month && bundle.restartsRecord?.(entry.data))
    .map(([each]) => each)
    .sort();
  const ignored = candidates
    .filter((each) => hasFile(addMonths(each, -1)))
    .map((each) => ({
      month: each,
      field: RECORD_RESTARTS_FIELD,
      message: `true, but the month before (${addMonths(each, -1)}) has a file: there is no break in the record here, so the line is ignored and gaps after it are warned about as usual`,
      hint: `Remove the line; it belongs only on the first month after months left out of the data folder.`,
    }));
  return { restart: candidates.filter((each) => !hasFile(addMonths(each, -1))).at(-1), ignored };
}

/** Where in the archive a warning points: a figure's cell, its territory's line, or the month's first line. */
function archivePlace(archive: ReadArchive, month: YearMonth, cell: ModelWarning['archiveCell']): { line?: number; column: number } {
  const row = cell && archive.cells?.get(`${month} ${cell.territory}`);
  if (row && cell) return { line: row.line, column: row[cell.figure] };
  return { line: archive.lines.get(month), column: 1 };
}
