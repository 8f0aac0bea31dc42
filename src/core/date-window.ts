import { addMonths, type YearMonth } from './months.js';

/** How long after its month a date of a month's file (data as of, publication) may plausibly fall. */
export const LATEST_MONTHS_AFTER = 12;

/**
 * Why a date given for a month's figures is implausibly late, or undefined when it is not: in
 * the future (unless `future` is allowed, as for a planned publication), or more than a year
 * after the month ended (a mistyped year, such as 2099). Dates before the month are each
 * field's own error.
 */
export function describeLateDate(isoDate: string, month: YearMonth, options: { future?: boolean; today?: Date } = {}): string | undefined {
  const todayIso = (options.today ?? new Date()).toISOString().slice(0, 10);
  if (!options.future && isoDate > todayIso) return `is in the future (today is ${todayIso})`;
  const lastAllowed = addMonths(month, LATEST_MONTHS_AFTER + 1);
  if (isoDate.slice(0, 7) >= lastAllowed) return `is more than ${LATEST_MONTHS_AFTER} months after ${month} ended`;
  return undefined;
}
