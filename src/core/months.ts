/** Calendar months as "YYYY-MM" strings, the unit every report and data folder is keyed by. */

/** A month written "YYYY-MM", e.g. "2025-12". */
export type YearMonth = string;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The years wb-report accepts in month folders, --month, --from and --to: the briefs go back to
 * 2017, and a few years before leave room for back-filled history; 2099 keeps every month a
 * report reads (up to two years back) and the month after it inside four-digit years.
 */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2099;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** True when the text is a real month written "YYYY-MM", in a year wb-report accepts. */
export function isYearMonth(text: string): boolean {
  const match = MONTH_PATTERN.exec(text);
  return match !== null && Number(match[1]) >= FIRST_YEAR && Number(match[1]) <= LAST_YEAR;
}

/**
 * True for names that look meant as a month ("2026-1", "2025-13", "0000-01", "2025_12",
 * "2025-12 " with a space, "２０２５-１２" in full-width digits, "2O25-12" with a letter O,
 * "2026-01.bak"): a folder so named that is not a month is reported, never silently skipped.
 */
export function looksLikeMonth(text: string): boolean {
  const plain = text.normalize('NFKC').trim();
  if (plain !== text && MONTH_PATTERN.test(plain)) return true;
  return /^[\dOoIl]{1,4}[-_. ][\dOoIl]{1,3}$/.test(plain) || /^\d{6}$/.test(plain) || /^\d{4}-\d{2}[^\da-z]/i.test(plain);
}

/** Why a text is not a month wb-report accepts, with what to try: the one message for folders and options. */
export function describeNotAMonth(text: string): string {
  const match = MONTH_PATTERN.exec(text);
  if (match) return `${JSON.stringify(text)} is outside the years wb-report accepts (${FIRST_YEAR} to ${LAST_YEAR})`;
  return `${JSON.stringify(text)} is not a month written YYYY-MM (such as 2025-12)`;
}

/** Splits "2025-12" into its year and month number (1-12). */
export function splitMonth(month: YearMonth): { year: number; monthNumber: number } {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new Error(`Not a month: ${month}`);
  return { year: Number(match[1]), monthNumber: Number(match[2]) };
}

/** Builds "YYYY-MM" from a year and a month number (1-12). */
export function makeMonth(year: number, monthNumber: number): YearMonth {
  return `${year}-${String(monthNumber).padStart(2, '0')}`;
}

/** The month `count` months after (or before, when negative) the given one. */
export function addMonths(month: YearMonth, count: number): YearMonth {
  const { year, monthNumber } = splitMonth(month);
  const index = year * 12 + (monthNumber - 1) + count;
  return makeMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** Every month from `first` to `last`, both included. */
export function monthRange(first: YearMonth, last: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** January to the given month of the same year: the months a year-to-date figure adds up. */
export function yearToDateMonths(month: YearMonth): YearMonth[] {
  const { year } = splitMonth(month);
  return monthRange(makeMonth(year, 1), month);
}

/** The same month one year earlier. */
export function sameMonthLastYear(month: YearMonth): YearMonth {
  return addMonths(month, -12);
}

/** "December", for the month number 12. */
export function monthName(month: YearMonth): string {
  return MONTH_NAMES[splitMonth(month).monthNumber - 1]!;
}

/** "Dec", the short form used on chart axes. */
export function shortMonthName(month: YearMonth): string {
  return monthName(month).slice(0, 3);
}

/** "December 2025". */
export function monthLabel(month: YearMonth): string {
  return `${monthName(month)} ${splitMonth(month).year}`;
}

/** The last calendar day of the month, 28 to 31. */
export function lastDayOfMonth(month: YearMonth): number {
  const { year, monthNumber } = splitMonth(month);
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

/** Splits sorted months into runs of consecutive months: [2025-01, 2025-02, 2025-05] → [[2025-01, 2025-02], [2025-05]]. */
export function groupConsecutiveMonths(months: readonly YearMonth[]): YearMonth[][] {
  const runs: YearMonth[][] = [];
  for (const month of months) {
    const run = runs.at(-1);
    if (run && addMonths(run.at(-1)!, 1) === month) run.push(month);
    else runs.push([month]);
  }
  return runs;
}

/** This calendar month, by the machine's clock. */
export function currentMonth(now = new Date()): YearMonth {
  return makeMonth(now.getFullYear(), now.getMonth() + 1);
}
