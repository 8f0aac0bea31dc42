import type { DataProblem } from '../core/errors.js';
import type { YearMonth } from '../core/months.js';
import type { DataFileRef } from '../load/discover-data.js';
import type { ReportBundle } from '../reports/report-bundle.js';
import { validateMonthFile, type ValidatedMonth } from './validate-month-file.js';
import { displayPath } from '../core/display-path.js';

/** Validates one file; the preview passes a version that remembers unchanged files. */
export type ValidateFile = <Month>(bundle: ReportBundle<Month>, file: string, month: YearMonth) => Promise<ValidatedMonth<Month>>;

/** The validated months of one report, keyed by month, and the problems of every file read. */
export interface ValidatedReportData<Month> {
  months: Map<YearMonth, { file: string; data: Month; locate?: ValidatedMonth<Month>['locate'] }>;
  problems: DataProblem[];
}

/** Validates the given data files of one report together, collecting every problem of every file. */
export async function validateReportData<Month>(
  bundle: ReportBundle<Month>,
  refs: readonly DataFileRef[],
  validateFile: ValidateFile = validateMonthFile,
  cwd = process.cwd(),
): Promise<ValidatedReportData<Month>> {
  const results = await Promise.all(refs.map((ref) => validateFile(bundle, ref.file, ref.month)));
  const months: ValidatedReportData<Month>['months'] = new Map();
  const problems: DataProblem[] = [];
  for (const result of results) {
    problems.push(...result.problems.map((problem) => ({ ...problem, file: displayPath(problem.file, cwd) })));
    if (result.data !== undefined) months.set(result.month, { file: result.file, data: result.data, locate: result.locate });
  }
  return { months, problems };
}
