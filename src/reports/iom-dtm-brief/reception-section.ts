import { addMonths, monthRange, type YearMonth } from '../../core/months.js';
import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { computeRatio } from '../../indicators/compute-ratio.js';
import { sumPresent, type Figure } from '../../indicators/figure.js';
import type { IomContext } from './iom-context.js';
import { findSilentTerritories } from '../silent-territories.js';
import type { IomModel } from './model-types.js';
import type { IomMonth } from './schema.js';
import { IOM_TERRITORY_ORDER } from './territory-order.js';

/** How many month-ends the occupancy trend covers: this month and the 12 before. */
export const OCCUPANCY_TREND_MONTHS = 13;

/**
 * Regional occupancy at the end of each month of the trend; null where the month is missing.
 * `leftOut` names the territories a month's figure leaves out: silent then, reporting in another
 * month of the trend.
 */
export type OccupancyTrend = Array<{ month: YearMonth; occupancy: Figure; accommodated: Figure; capacity: Figure; leftOut: TerritoryCode[] }>;

/**
 * The reception snapshot of the month (facilities, capacity, accommodated, occupancy) and the
 * occupancy trend. The regional row adds up the territories that reported; `leftOutNow` names
 * those it leaves out, for the footnote and the warnings.
 */
export function buildReceptionSection(context: IomContext): { model: IomModel['reception']; trend: OccupancyTrend; leftOutNow: TerritoryCode[] } {
  const snapshot = context.data.reception?.by_territory ?? {};
  const rows = IOM_TERRITORY_ORDER.map((code) => {
    const entry = snapshot[code];
    return {
      name: TERRITORY_NAMES[code],
      facilities: formatCount(entry?.facilities ?? null),
      capacity: formatCount(entry?.capacity ?? null),
      accommodated: formatCount(entry?.accommodated ?? null),
      occupancy: formatPercent(entry ? computeRatio(entry.accommodated, entry.capacity) : null),
    };
  });
  const totals = regionalTotals(context.data);
  const trendMonths = monthRange(addMonths(context.month, -(OCCUPANCY_TREND_MONTHS - 1)), context.month);
  const silent = findSilentTerritories(trendMonths.flatMap((month) => {
    const data = context.history.get(month);
    return data?.reception ? [{ month, values: data.reception.by_territory }] : [];
  }), IOM_TERRITORY_ORDER);
  const leftOutIn = (month: YearMonth) => silent.filter((each) => each.month === month).map((each) => each.code);
  const trend = trendMonths.map((month) => {
    const data = context.monthData(month);
    const monthTotals = data ? regionalTotals(data) : undefined;
    return {
      month,
      accommodated: monthTotals?.accommodated ?? null,
      capacity: monthTotals?.capacity ?? null,
      occupancy: monthTotals ? computeRatio(monthTotals.accommodated, monthTotals.capacity) : null,
      leftOut: monthTotals ? leftOutIn(month) : [],
    };
  });
  return {
    model: {
      available: Boolean(context.data.reception),
      rows,
      total: {
        facilities: formatCount(totals?.facilities ?? null),
        capacity: formatCount(totals?.capacity ?? null),
        accommodated: formatCount(totals?.accommodated ?? null),
        occupancy: formatPercent(totals ? computeRatio(totals.accommodated, totals.capacity) : null),
      },
    },
    trend,
    leftOutNow: totals ? leftOutIn(context.month) : [],
  };
}

function regionalTotals(data: IomMonth): { facilities: number; capacity: number; accommodated: number } | undefined {
  const entries = Object.values(data.reception?.by_territory ?? {}).filter((entry) => entry);
  if (entries.length === 0) return undefined;
  return {
    facilities: sumPresent(entries.map((entry) => entry!.facilities)),
    capacity: sumPresent(entries.map((entry) => entry!.capacity)),
    accommodated: sumPresent(entries.map((entry) => entry!.accommodated)),
  };
}
