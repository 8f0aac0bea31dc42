import { yearToDateMonths, type YearMonth } from '../core/months.js';
import type { Figure } from './figure.js';

/** A year-to-date total and the months it could not find. */
export interface YearToDate {
  total: Figure;
  missingMonths: YearMonth[];
}

/**
 * Adds a monthly flow from January to `month`. `valueOf` returns undefined when the month's
 * file is missing (the missing months are named), or null when the month's figure is not
 * available; either way the total is not available.
 */
export function computeYearToDate(month: YearMonth, valueOf: (month: YearMonth) => Figure | undefined): YearToDate {
  let total: Figure = 0;
  const missingMonths: YearMonth[] = [];
  for (const each of yearToDateMonths(month)) {
    const value = valueOf(each);
    if (value === undefined) missingMonths.push(each);
    else if (value === null || total === null) total = null;
    else total += value;
  }
  return { total: missingMonths.length > 0 ? null : total, missingMonths };
}
