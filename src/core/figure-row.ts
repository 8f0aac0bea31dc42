import { lastDayOfMonth, yearToDateMonths, type YearMonth } from './months.js';
import type { TerritoryCode } from './territories.js';

/** Whether a figure counts everything it should (the completeness rule of design.md section 5). */
export type FigureStatus = 'complete' | 'partial' | 'not available';

/** What a figure counts. */
export type FigureUnit = 'persons' | 'percent' | 'percent change' | 'percentage points' | 'countries' | 'facilities' | 'places' | 'permits' | 'decisions' | 'applications';

/** The time a figure covers: months added up (a flow), or the end of one month (a stock). */
export type FigurePeriod = { from?: YearMonth; to: YearMonth } | { at: YearMonth };

/**
 * One figure a report prints, or one value behind one of its charts, as the CSV beside the PDF
 * carries it. `value` is the figure as printed (a percentage as the whole number printed), null
 * where the report prints "n/a".
 */
export interface FigureRow {
  /** The block of the brief that prints it, as its heading says. */
  block: string;
  /** A stable identifier of the figure, the same every month ("asylum.applications"). */
  code: string;
  /** What the figure is, in words. */
  label: string;
  /** A breakdown within the figure: a nationality, a kind of accommodation, a year. */
  category?: string;
  /** The territory; undefined for the region as a whole. */
  territory?: TerritoryCode;
  period: FigurePeriod;
  value: number | null;
  unit: FigureUnit;
  status: FigureStatus;
  /** What the figure leaves out, or why it is not available, as the report says it. */
  note?: string;
  /** The chart the value is drawn in, when the row is one of a chart's values. */
  chart?: string;
}

/** First and last day of a period, as ISO dates: a stock's period is the last day of its month; a total "before 2024" has no start. */
export function periodDates(period: FigurePeriod): { start: string; end: string } {
  const last = (month: YearMonth) => `${month}-${String(lastDayOfMonth(month)).padStart(2, '0')}`;
  if ('at' in period) return { start: last(period.at), end: last(period.at) };
  return { start: period.from ? `${period.from}-01` : '', end: last(period.to) };
}

/** January of the month's year to the month: the period of a year-to-date figure. */
export function yearToDatePeriod(month: YearMonth): FigurePeriod {
  return { from: yearToDateMonths(month)[0]!, to: month };
}
