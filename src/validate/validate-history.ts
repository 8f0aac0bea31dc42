import type { YearMonth } from '../core/months.js';
import type { DataFileRef } from '../load/discover-data.js';
import type { ReportBundle } from '../reports/report-bundle.js';
import { validateMonthFile } from './validate-month-file.js';
import { validateReportData, type ValidatedReportData, type ValidateFile } from './validate-report-data.js';

/**
 * Validates the month being built and the months before it that its model reads. The month's own
 * file comes first: its layout says how far back the model reads (the 2020 dashboard draws four
 * years, the later layouts two), so only the files that build needs are read.
 */
export async function validateHistory<Month>(
  bundle: ReportBundle<Month>,
  month: YearMonth,
  refs: readonly DataFileRef[],
  validateFile: ValidateFile = validateMonthFile,
): Promise<ValidatedReportData<Month> & { read: DataFileRef[] }> {
  const ownRefs = refs.filter((ref) => ref.reportId === bundle.id);
  const own = await validateReportData(
    bundle,
    ownRefs.filter((ref) => ref.month === month),
    validateFile,
  );
  const needed = new Set(bundle.historyMonthsNeeded(month, own.months.get(month)?.data));
  const read = ownRefs.filter((ref) => ref.month === month || needed.has(ref.month));
  const before = await validateReportData(
    bundle,
    read.filter((ref) => ref.month !== month),
    validateFile,
  );
  // Earlier months first, as the files are listed everywhere else.
  return { months: new Map([...before.months, ...own.months]), problems: [...before.problems, ...own.problems], read };
}
