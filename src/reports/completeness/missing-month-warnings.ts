import { groupConsecutiveMonths, type YearMonth } from '../../core/months.js';
import { gapsInRecord, type ModelWarning } from '../report-bundle.js';

/**
 * One warning per run of months missing inside the record ("No data for 2025-03 to 2025-05 (3
 * months)"), on the built month's file, saying which figures show n/a for it and what to do.
 * Months before the record's first month are not gaps and raise nothing.
 */
export function missingMonthWarnings(month: YearMonth, missing: Iterable<YearMonth>, firstMonth: YearMonth | undefined, reportId: string, figures: string): ModelWarning[] {
  return groupConsecutiveMonths(gapsInRecord(missing, firstMonth)).map((run) => {
    const one = run.length === 1;
    const span = one ? run[0]! : `${run[0]} to ${run.at(-1)} (${run.length} months)`;
    return {
      month,
      message: `No data for ${span}: the figures that need ${one ? 'it' : 'them'} (${figures}) show n/a`,
      hint: `Add ${one ? `${run[0]}/${reportId}.yaml` : `the file ${reportId}.yaml of each of those months`} to the data folder, or accept n/a (--strict would stop on it).`,
    };
  });
}
