import { yearToDateMonths, type YearMonth } from '../core/months.js';
import type { Figure } from './figure.js';

/** A year-to-date total and the months it could not find. */
export interface YearToDate {
  total: Figure;
  missingMonths: YearMonth[];
}

/**
 * Adds a monthly flow from January to `month`. `valueOf` returns undefined when the month's
 * file is missing; then the total is not available and the missing months are named.
 */
export function computeYearToDate(month: YearMonth, valueOf: (month: YearMonth) => number | undefined): YearToDate {
  let total = 0;
  const missingMonths: YearMonth[] = [];
  for (const each of yearToDateMonths(month)) {
    const value = valueOf(each);
    if (value === undefined) missingMonths.push(each);
    else total += value;
  }
  return { total: missingMonths.length > 0 ? null : total, missingMonths };
}
