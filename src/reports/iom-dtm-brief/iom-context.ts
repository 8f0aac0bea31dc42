import { addMonths, yearToDateMonths, type YearMonth } from '../../core/months.js';
import { IOM_TERRITORY_ORDER } from './territory-order.js';
import type { TerritoryCode } from '../../core/territories.js';
import { findSilentTerritories, silentTerritoryWarnings, type SilentTerritory } from '../completeness/silent-territories.js';
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

/** How far back an annual block (returns by the authorities, trafficking permits, funders) is carried forward. */
export const CARRY_FORWARD_MONTHS = 12;

/** A territory's total over the months of this year so far; null where any month lacks it. */
export function byTerritoryThisYear(context: IomContext, pick: (data: IomMonth) => Partial<Record<TerritoryCode, number | null>> | undefined): Partial<Record<TerritoryCode, number | null>> | undefined {
  const months = context.yearToDate();
  if (!months) return undefined;
  return Object.fromEntries(IOM_TERRITORY_ORDER.map((code) => [code, sumByTerritory(months, pick, code)]));
}

/** Reads a baseline and the monthly figures it accumulates from a block of the IOM month. */
export function baselineSource(
  context: IomContext,
  block: (data: IomMonth) => { before_this_year?: { since: number; by_territory: Partial<Record<TerritoryCode, number | null>> } } | undefined,
  monthly: (data: IomMonth) => Partial<Record<TerritoryCode, number | null>> | undefined,
  unattributed?: (data: IomMonth) => number,
) {
  return {
    get: (month: YearMonth) => context.history.get(month),
    baselineOf: (data: IomMonth) => block(data)?.before_this_year,
    monthlyOf: monthly,
    unattributedOf: unattributed,
  };
}

/**
 * The territories silent in some month of this year so far while reporting the same block in
 * another (see findSilentTerritories). Empty when a month of the year is missing: the missing
 * month is reported on its own.
 */
export function findSilentThisYear(context: IomContext, pick: (data: IomMonth) => Partial<Record<TerritoryCode, number | null>> | undefined): SilentTerritory[] {
  const months = context.yearToDate();
  if (!months) return [];
  const keys = yearToDateMonths(context.month);
  return findSilentTerritories(months.map((data, index) => ({ month: keys[index]!, values: pick(data) })), IOM_TERRITORY_ORDER);
}

/** Warnings for territories silent in a month of the year: their yearly and regional totals show n/a. */
export function silentThisYearWarnings(silent: readonly SilentTerritory[], field: string, what: string): ModelWarning[] {
  return silentTerritoryWarnings(silent, field, (name, month) => `${name} has no ${what} figure for ${month} though it has one in other months of the year; its total for the year and the regional total show n/a`);
}

/** The block from this month, or the latest earlier month in the history that has it. */
export function latestBlock<T>(context: IomContext, pick: (data: IomMonth) => T | undefined): T | undefined {
  const own = pick(context.data);
  if (own !== undefined) return own;
  for (let offset = 1; offset <= CARRY_FORWARD_MONTHS; offset++) {
    const data = context.history.get(addMonths(context.month, -offset));
    const found = data ? pick(data) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}
