import { addMonths, splitMonth, type YearMonth } from '../../core/months.js';
import type { TerritoryCode } from '../../core/territories.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { computeRatio } from '../../indicators/compute-ratio.js';
import { sumFigures, type Figure } from '../../indicators/figure.js';
import { findBaseline } from './cumulative-baseline.js';
import { sumByTerritory, type IomContext } from './iom-context.js';
import type { IomModel, TerritoryTable } from './model-types.js';
import type { IomMonth } from './schema.js';
import { buildTerritoryTable } from './territory-table.js';
import { IOM_TERRITORY_ORDER } from './territory-order.js';

/** How far back an annual block (returns by the authorities, trafficking permits, funders) is carried forward. */
export const CARRY_FORWARD_MONTHS = 12;

/** How many past years of returns by the authorities the brief prints, newest first. */
export const AUTHORITY_YEARS = 2;

/**
 * Assisted voluntary returns in the year so far (total, male and female shares, reintegration
 * grants) and the table per territory: this year and the cumulative total since the baseline year.
 */
export function buildAvrrSection(context: IomContext): IomModel['avrr'] {
  const { year } = splitMonth(context.month);
  const months = context.yearToDate()?.map((data) => data.avrr);
  const complete = months && months.every(Boolean) ? (months as NonNullable<IomMonth['avrr']>[]) : undefined;
  const sum = (pick: (avrr: NonNullable<IomMonth['avrr']>) => number): Figure => (complete ? sumFigures(complete.map(pick)) : null);
  const male = sum((avrr) => avrr.male);
  const female = sum((avrr) => avrr.female);
  const returns = male !== null && female !== null ? male + female : null;
  const thisYear = byTerritoryThisYear(context, (data) => data.avrr?.returns_by_territory);
  const baseline = findBaseline(context.month, baselineSource(context, (data) => data.avrr));
  return {
    available: Boolean(complete),
    returns: formatCount(returns),
    male: formatPercent(computeRatio(male, returns)),
    female: formatPercent(computeRatio(female, returns)),
    grants: formatCount(sum((avrr) => avrr.reintegration_grants)),
    table: buildTerritoryTable(IOM_TERRITORY_ORDER, [
      { label: `Total returns in ${year}`, values: thisYear },
      { label: baseline ? `Total returns ${baseline.since} - ${year - 1}` : `Total returns before ${year}`, values: baseline?.byTerritory },
    ]),
  };
}

/** Voluntary and non-voluntary returns carried out by the authorities, as carried by the latest month that has them. */
export function buildAuthoritiesSection(context: IomContext): { model: IomModel['authorities']; source?: string } {
  const block = latestBlock(context, (data) => data.returns_by_authorities);
  if (!block) return { model: {} };
  return {
    model: {
      voluntary: authorityTable(block.voluntary, 'Total voluntary returns carried out in'),
      nonVoluntary: authorityTable(block.non_voluntary, 'Total non-voluntary returns carried out in'),
    },
    source: block.source,
  };
}

function authorityTable(byYear: Record<string, Partial<Record<TerritoryCode, number | null>>>, label: string): TerritoryTable {
  const years = Object.keys(byYear).sort().reverse().slice(0, AUTHORITY_YEARS);
  const territories = IOM_TERRITORY_ORDER.filter((code) => years.some((year) => byYear[year]?.[code] !== undefined));
  return buildTerritoryTable(territories, years.map((year) => ({ label: `${label} ${year}`, values: byYear[year] })));
}

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
  monthly: (data: IomMonth) => Partial<Record<TerritoryCode, number | null>> | undefined = (data) => (block(data) as { returns_by_territory?: Partial<Record<TerritoryCode, number | null>> } | undefined)?.returns_by_territory,
) {
  return {
    get: (month: YearMonth) => context.history.get(month),
    baselineOf: (data: IomMonth) => block(data)?.before_this_year,
    monthlyOf: monthly,
  };
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
