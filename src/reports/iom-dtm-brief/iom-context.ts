import { addMonths, makeMonth, monthRange, splitMonth, yearToDateMonths, type YearMonth } from '../../core/months.js';
import { IOM_TERRITORY_ORDER } from './territory-order.js';
import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { joinNames } from '../../format/phrase-shares.js';
import { findSilentTerritories, reportingTerritories, silentTerritoryWarnings, type SilentTerritory } from '../completeness/silent-territories.js';
import { findBaseline, type Baseline } from './cumulative-baseline.js';
import { baselineTotal } from './baseline-total.js';
import type { ModelWarning, MonthHistory } from '../report-bundle.js';
import { createMonthReader, type MonthReader } from '../completeness/month-reader.js';
import { FootnoteList } from './footnote-list.js';
import type { IomMonth } from './schema.js';

/** What every section of the IOM model reads: the shared month reader, and the brief's numbered footnotes. */
export interface IomContext extends MonthReader<IomMonth> {
  footnotes: FootnoteList;
}

/** Builds the context the sections share. */
export function createIomContext(history: MonthHistory<IomMonth>): IomContext {
  return { ...createMonthReader(history), footnotes: new FootnoteList() };
}

/** Adds a territory figure over months; null when any month lacks it for that territory. */
export function sumByTerritory(
  months: readonly IomMonth[],
  pick: (data: IomMonth) => Partial<Record<TerritoryCode, number | null>> | undefined,
  code: TerritoryCode,
): number | null {
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
export function byTerritoryThisYear(
  context: IomContext,
  pick: (data: IomMonth) => Partial<Record<TerritoryCode, number | null>> | undefined,
): Partial<Record<TerritoryCode, number | null>> | undefined {
  const months = context.yearToDate();
  if (!months) return undefined;
  return Object.fromEntries(IOM_TERRITORY_ORDER.map((code) => [code, sumByTerritory(months, pick, code)]));
}

/** A row of cumulative totals ("Total returns 2016 - 2023") for a territory table, with the warnings it raised. */
export interface CumulativeRow {
  label: string;
  values: Partial<Record<TerritoryCode, number | null>> | undefined;
  total: number | null;
  missing: string;
  /** The territories the baseline holds a figure for: they reported the block before, so this year expects them too. */
  baselineTerritories: TerritoryCode[];
}

type BaselineBlock = { before_this_year?: { since: number; by_territory: Partial<Record<TerritoryCode, number | null>> } } | undefined;

/**
 * The cumulative row of a block (AVRR, asylum): from the baseline typed this year, or last
 * year's carried forward. Complete or n/a: a territory that reports the block this year or last
 * but has no cumulative figure makes the total n/a. Warns when there is no baseline, when one
 * leaves out such a territory, and when two months of the year carry different baselines (the
 * latest is used).
 */
export function cumulativeRow(
  context: IomContext,
  field: 'avrr' | 'asylum',
  labels: { since: (since: number, lastYear: number) => string; none: (year: number) => string },
  block: (data: IomMonth) => BaselineBlock,
  monthly: (data: IomMonth) => Partial<Record<TerritoryCode, number | null>> | undefined,
  unattributed?: (data: IomMonth) => number,
): CumulativeRow {
  const { year } = splitMonth(context.month);
  const baseline = findBaseline(context.month, baselineSource(context, block, monthly, unattributed));
  const twoYears = monthRange(makeMonth(year - 1, 1), context.month).flatMap((month) => {
    const data = context.history.get(month);
    return data ? [{ month, values: monthly(data) }] : [];
  });
  const expected = reportingTerritories(twoYears, IOM_TERRITORY_ORDER);
  warnAboutBaseline(context, field, block, baseline, expected);
  return {
    label: baseline ? labels.since(baseline.since, year - 1) : labels.none(year),
    values: baseline?.byTerritory,
    total: baseline ? baselineTotal(baseline, expected) : null,
    missing: 'n/a',
    baselineTerritories: baseline ? IOM_TERRITORY_ORDER.filter((code) => typeof baseline.byTerritory[code] === 'number') : [],
  };
}

/**
 * The cumulative row's warnings: no baseline, a baseline leaving out a reporting territory,
 * months of the year carrying different baselines, and figures n/a because last year lacks them.
 */
function warnAboutBaseline(
  context: IomContext,
  field: 'avrr' | 'asylum',
  block: (data: IomMonth) => BaselineBlock,
  baseline: Baseline | undefined,
  expected: readonly TerritoryCode[],
): void {
  const { year } = splitMonth(context.month);
  const baselineField = `${field}.before_this_year`;
  const typed = yearToDateMonths(context.month).flatMap((month) => {
    const found = context.history.get(month);
    const own = found ? block(found)?.before_this_year : undefined;
    return own ? [{ month, baseline: own }] : [];
  });
  if (!baseline && block(context.data)) {
    context.warnings.push({
      month: context.month,
      field: baselineField,
      message: `there is no cumulative baseline (${baselineField}) for ${year} or ${year - 1}; the cumulative row shows n/a`,
      hint: `Add ${baselineField} (since, by_territory) to the ${field} block of a month of ${year}, or accept n/a (--strict would stop on it).`,
    });
  }
  if (baseline) {
    for (const code of expected.filter((each) => baseline.byTerritory[each] === undefined)) {
      context.warnings.push({
        month: typed.at(-1)?.month ?? context.month,
        field: `${baselineField}.by_territory.${code}`,
        message: `the cumulative baseline has no figure for ${TERRITORY_NAMES[code]}, which reports ${field === 'avrr' ? 'returns' : 'applications'}; its cumulative figure and the regional one show n/a`,
        hint: 'Add its cumulative figure to by_territory, or accept n/a (--strict would stop on it).',
      });
    }
  }
  const distinct = new Set(typed.map((each) => JSON.stringify(each.baseline)));
  if (distinct.size > 1) {
    context.warnings.push({
      month: typed.at(-1)!.month,
      field: baselineField,
      message: `${typed.length} months of ${year} carry a cumulative baseline and they differ (${typed.map((each) => each.month).join(', ')}); the latest, ${typed.at(-1)!.month}, is used`,
      hint: 'Keep the baseline in one month of the year (January), or make them equal.',
    });
  }
  // A cumulative figure that is n/a because a month of last year lacks it says so.
  const incomplete = baseline ? IOM_TERRITORY_ORDER.filter((code) => baseline.byTerritory[code] === null) : [];
  if (incomplete.length > 0) {
    context.warnings.push({
      month: context.month,
      field: baselineField,
      message: `the cumulative ${field === 'avrr' ? 'returns' : 'applications'} of ${joinNames(incomplete.map((code) => TERRITORY_NAMES[code]))} to the end of ${year - 1} show n/a: a month of ${year - 1} lacks ${incomplete.length === 1 ? 'its' : 'their'} figure`,
      hint: `Add the missing figures to the months of ${year - 1}, or type ${baselineField} for ${year} in this year's January file.`,
    });
  }
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
 * another (see findSilentTerritories), over the months of the year that have a file. A missing
 * month is reported on its own, and must not hide a territory silent in the others: this
 * month's regional figure would add up the rest as if complete.
 */
export function findSilentThisYear(
  context: IomContext,
  pick: (data: IomMonth) => Partial<Record<TerritoryCode, number | null>> | undefined,
  alsoExpected: readonly TerritoryCode[] = [],
): SilentTerritory[] {
  // Last year's months count for who reports: a territory silent all year, or in January, after
  // reporting last year would leave this year's totals short.
  return findSilentTerritories(context.blockOf(yearToDateMonths(context.month), pick), IOM_TERRITORY_ORDER, context.lastYearBlock(pick), alsoExpected);
}

/** Warnings for territories silent in a month of the year: their yearly and regional totals show n/a. */
export function silentThisYearWarnings(silent: readonly SilentTerritory[], field: string, what: string): ModelWarning[] {
  return silentTerritoryWarnings(
    silent,
    field,
    (name, month) => `${name} has no ${what} figure for ${month} though it has them in other months (this year or last); its total for the year and the regional total show n/a`,
  );
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
