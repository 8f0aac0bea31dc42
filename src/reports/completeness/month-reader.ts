import { addMonths, makeMonth, monthRange, splitMonth, yearToDateMonths, type YearMonth } from '../../core/months.js';
import type { ModelWarning, MonthHistory } from '../report-bundle.js';
import type { ArchivedFigures } from '../../load/parse-archive.js';
import { missingMonthWarnings } from './missing-month-warnings.js';
import type { MonthValues } from './silent-territories.js';

/**
 * How a report's sections read the months around the one being built, the same for every
 * report: each lookup of a month whose file is missing is recorded, so the figures that needed
 * it show n/a and one warning names the gap; the warnings of every section gather in one list.
 */
export interface MonthReader<Month> {
  month: YearMonth;
  data: Month;
  history: MonthHistory<Month>;
  warnings: ModelWarning[];
  /** Months the figures needed but data/ does not have. */
  missing: Set<YearMonth>;
  /** Another month, recorded as missing when its file does not exist. */
  monthData(month: YearMonth): Month | undefined;
  /** A figure of another month, or undefined (and the month recorded as missing) when its file does not exist. */
  read<T>(month: YearMonth, pick: (data: Month) => T): T | undefined;
  /** The months of this year so far, or undefined (and recorded) when any is missing. */
  yearToDate(): Month[] | undefined;
  /** Last month, recorded as missing when its file does not exist. */
  previous(): Month | undefined;
  /** A block of the months among `months` that exist (a missing one is a gap of its own), for findSilentTerritories. */
  blockOf(months: readonly YearMonth[], pick: (data: Month) => MonthValues['values']): MonthValues[];
  /**
   * The same block over last year's twelve months: who reported then is expected this year. A
   * month before data/ begins counts through the archive when `fromArchive` says what of a
   * territory's archived figures stands for the block (its arrivals, its applications).
   */
  lastYearBlock(pick: (data: Month) => MonthValues['values'], fromArchive?: (figures: ArchivedFigures) => unknown): MonthValues[];
  /** The months of `window` that exist, with their data, for the illustrative-data notice. */
  used(window: readonly YearMonth[]): Array<{ month: YearMonth; data: Month }>;
  /** One warning per run of missing months inside the record, saying which figures show n/a. */
  missingMonthWarnings(reportId: string, figures: string): ModelWarning[];
}

/** The month reader of one build. */
export function createMonthReader<Month>(history: MonthHistory<Month>): MonthReader<Month> {
  const missing = new Set<YearMonth>();
  const monthData = (month: YearMonth) => {
    const found = history.get(month);
    if (!found) missing.add(month);
    return found;
  };
  const blockOf = (months: readonly YearMonth[], pick: (data: Month) => MonthValues['values']) =>
    months.flatMap((month) => {
      const found = history.get(month);
      return found ? [{ month, values: pick(found) }] : [];
    });
  const lastYear = splitMonth(history.month).year - 1;
  return {
    month: history.month,
    data: history.data,
    history,
    warnings: [],
    missing,
    monthData,
    read(month, pick) {
      const found = monthData(month);
      return found ? pick(found) : undefined;
    },
    yearToDate() {
      const months = yearToDateMonths(history.month).map(monthData);
      return months.every(Boolean) ? (months as Month[]) : undefined;
    },
    previous: () => monthData(addMonths(history.month, -1)),
    blockOf,
    lastYearBlock: (pick, fromArchive) => {
      const months = monthRange(makeMonth(lastYear, 1), makeMonth(lastYear, 12));
      const archived = fromArchive ? months.filter((month) => !history.get(month)).flatMap((month) => archivedBlock(history, month, fromArchive)) : [];
      return [...blockOf(months, pick), ...archived];
    },
    used: (window) =>
      window.flatMap((month) => {
        const found = history.get(month);
        return found ? [{ month, data: found }] : [];
      }),
    missingMonthWarnings: (reportId, figures) => missingMonthWarnings(history.month, missing, history.firstMonth, reportId, figures),
  };
}

/** One archived month as a block: each territory's figure that stands for it, or none when the archive lacks the month. */
function archivedBlock<Month>(history: MonthHistory<Month>, month: YearMonth, fromArchive: (figures: ArchivedFigures) => unknown): MonthValues[] {
  const figures = history.archived?.(month);
  if (!figures) return [];
  return [{ month, values: Object.fromEntries(Object.entries(figures).map(([code, each]) => [code, each ? fromArchive(each) : undefined])) }];
}
