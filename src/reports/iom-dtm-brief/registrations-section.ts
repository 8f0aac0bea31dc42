import { makeMonth, monthRange, splitMonth, type YearMonth } from '../../core/months.js';
import type { TerritoryCode } from '../../core/territories.js';
import { formatCount } from '../../format/format-number.js';
import { formatSignedChange } from '../../format/format-signed.js';
import { computeChange } from '../../indicators/compute-change.js';
import { sumFigures, sumPresent, type Figure } from '../../indicators/figure.js';
import { findSilentThisYear, type IomContext } from './iom-context.js';
import type { SilentTerritory } from '../silent-territories.js';
import { IOM_TERRITORY_ORDER } from './territory-order.js';
import type { IomModel } from './model-types.js';
import type { IomMonth } from './schema.js';

/** Registrations on arrival by territory for each month of the year so far, for the chart. */
export type MonthlyRegistrations = Array<{ month: YearMonth; code: TerritoryCode; registrations: number }>;

/** The region's registrations in a month: the territories that reported. */
export function totalRegistrations(data: IomMonth | undefined): Figure {
  if (!data) return null;
  const values = Object.values(data.registrations.by_territory).filter((value) => value !== undefined && value !== null);
  return values.length === 0 ? null : sumPresent(values);
}

/**
 * Registrations this month, the change against last month, and the total for the year so far.
 * A regional figure that would leave out a territory silent in a month it reports in others is
 * n/a (with a warning on that month's file); so is a change between months that do not cover
 * the same territories.
 */
export function buildRegistrationsSection(context: IomContext): { model: IomModel['registrations']; monthly: MonthlyRegistrations; silent: SilentTerritory[] } {
  const silent = findSilentThisYear(context, (data) => data.registrations.by_territory);
  const silentIn = (month: YearMonth) => silent.some((each) => each.month === month);
  const previousData = context.previous();
  const current = silentIn(context.month) ? null : totalRegistrations(context.data);
  const previous = totalRegistrations(previousData);
  const comparable = previousData !== undefined && sameTerritories(context.data, previousData);
  const yearMonths = context.yearToDate();
  const yearToDate = yearMonths && silent.length === 0 ? sumFigures(yearMonths.map(totalRegistrations)) : null;
  const { year, monthNumber } = splitMonth(context.month);
  const monthly = monthRange(makeMonth(year, 1), makeMonth(year, monthNumber)).flatMap((month) => {
    const data = context.history.get(month);
    if (!data) return [];
    return Object.entries(data.registrations.by_territory)
      .filter((entry): entry is [TerritoryCode, number] => typeof entry[1] === 'number')
      .map(([code, registrations]) => ({ month, code, registrations }));
  });
  return {
    model: { month: formatCount(current), change: formatSignedChange(comparable ? computeChange(current, previous) : null), yearToDate: formatCount(yearToDate) },
    monthly,
    silent,
  };
}

/** Whether two months have registrations from the same territories. */
function sameTerritories(a: IomMonth, b: IomMonth): boolean {
  const reporting = (data: IomMonth) => IOM_TERRITORY_ORDER.filter((code) => typeof data.registrations.by_territory[code] === 'number').join();
  return reporting(a) === reporting(b);
}
