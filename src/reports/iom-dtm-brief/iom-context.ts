import { addMonths, yearToDateMonths, type YearMonth } from '../../core/months.js';
import type { TerritoryCode } from '../../core/territories.js';
import type { ModelWarning, MonthHistory } from '../report-bundle.js';
import { FootnoteList } from './footnote-list.js';
import type { IomMonth } from './schema.js';

/** What every section of the IOM model reads: the month, its history, and the shared footnote list. */
export interface IomContext {
  month: YearMonth;
  data: IomMonth;
  history: MonthHistory<IomMonth>;
  footnotes: FootnoteList;
  warnings: ModelWarning[];
  /** Months the figures needed but data/ does not have. */
  missing: Set<YearMonth>;
  /** Looks up another month, recording it as missing when its file does not exist. */
  monthData(month: YearMonth): IomMonth | undefined;
  /** The year-to-date months that exist, or undefined (and recorded) when any is missing. */
  yearToDate(): IomMonth[] | undefined;
  previous(): IomMonth | undefined;
}

/** Builds the context the sections share. */
export function createIomContext(history: MonthHistory<IomMonth>): IomContext {
  const missing = new Set<YearMonth>();
  const monthData = (month: YearMonth) => {
    const found = history.get(month);
    if (!found) missing.add(month);
    return found;
  };
  return {
    month: history.month,
    data: history.data,
    history,
    footnotes: new FootnoteList(),
    warnings: [],
    missing,
    monthData,
    yearToDate() {
      const months = yearToDateMonths(history.month).map(monthData);
      return months.every(Boolean) ? (months as IomMonth[]) : undefined;
    },
    previous: () => monthData(addMonths(history.month, -1)),
  };
}

/** Adds a territory figure over months; null when any month lacks it for that territory. */
export function sumByTerritory(months: readonly IomMonth[], pick: (data: IomMonth) => Partial<Record<TerritoryCode, number | null>> | undefined, code: TerritoryCode): number | null {
  let total = 0;
  for (const data of months) {
    const value = pick(data)?.[code];
    if (value === undefined || value === null) return null;
    total += value;
  }
  return total;
}
