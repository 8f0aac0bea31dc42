import { addMonths, monthLabel, monthRange, type YearMonth } from '../../core/months.js';
import { leftOutSentence } from '../completeness/left-out-sentence.js';
import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { computeRatio } from '../../indicators/compute-ratio.js';
import type { Figure } from '../../indicators/figure.js';
import { sumRegion } from '../completeness/regional-sum.js';
import { SILENT_HINT } from '../find-sanity-issues.js';
import type { IomContext } from './iom-context.js';
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
 * occupancy trend. The regional row adds up the territories that reported; `notes` (the footnotes) names
 * those it leaves out, for the footnote and the warnings.
 */
export function buildReceptionSection(context: IomContext): { model: IomModel['reception']; trend: OccupancyTrend; notes: string[] } {
  // A territory that reports reception in any month of the trend is expected in every month:
  // a month-end without it adds up the others and names it (footnote, chart note, warnings).
  const trendMonths = monthRange(addMonths(context.month, -(OCCUPANCY_TREND_MONTHS - 1)), context.month);
  const reporters = IOM_TERRITORY_ORDER.filter((code) => trendMonths.some((month) => context.history.get(month)?.reception?.by_territory[code]));
  const totals = regionalTotals(context.data, reporters);
  const trend = occupancyTrend(context, trendMonths, reporters);
  warnAboutTrendGaps(context, trend);
  return {
    notes: receptionNotes(context, totals?.leftOut ?? []),
    model: {
      available: Boolean(context.data.reception),
      rows: territoryRows(context.data),
      total: {
        facilities: formatCount(totals?.facilities ?? null),
        capacity: formatCount(totals?.capacity ?? null),
        accommodated: formatCount(totals?.accommodated ?? null),
        occupancy: formatPercent(totals ? computeRatio(totals.accommodated, totals.capacity) : null),
      },
    },
    trend,
  };
}

/** One row per territory, n/a where it gave no reception figures. */
function territoryRows(data: IomMonth): IomModel['reception']['rows'] {
  const snapshot = data.reception?.by_territory ?? {};
  return IOM_TERRITORY_ORDER.map((code) => {
    const entry = snapshot[code];
    return {
      name: TERRITORY_NAMES[code],
      facilities: formatCount(entry?.facilities ?? null),
      capacity: formatCount(entry?.capacity ?? null),
      accommodated: formatCount(entry?.accommodated ?? null),
      occupancy: formatPercent(entry ? computeRatio(entry.accommodated, entry.capacity) : null),
    };
  });
}

function occupancyTrend(context: IomContext, months: readonly YearMonth[], reporters: readonly TerritoryCode[]): OccupancyTrend {
  return months.map((month) => {
    const data = context.monthData(month);
    const monthTotals = data ? regionalTotals(data, reporters) : undefined;
    return {
      month,
      accommodated: monthTotals?.accommodated ?? null,
      capacity: monthTotals?.capacity ?? null,
      occupancy: monthTotals ? computeRatio(monthTotals.accommodated, monthTotals.capacity) : null,
      leftOut: monthTotals?.leftOut ?? [],
    };
  });
}

/**
 * Past months of the trend that leave a territory out, or have no reception figures at all, are
 * warned about on their own files (this month's gap is the footnote's, warned about there).
 */
function warnAboutTrendGaps(context: IomContext, trend: OccupancyTrend): void {
  for (const point of trend.filter((each) => each.month !== context.month)) {
    const data = context.history.get(point.month);
    if (data && !data.reception) {
      context.warnings.push({
        month: point.month,
        field: 'reception',
        message: `${point.month} has no reception figures; the occupancy trend has a gap there`,
        hint: "Add the month's reception block, or accept the gap (--strict would stop on it).",
      });
    }
    for (const code of point.leftOut) {
      context.warnings.push({
        month: point.month,
        field: `reception.by_territory.${code}`,
        message: `${TERRITORY_NAMES[code]} has no reception figures for ${point.month} though it has them in other months; the occupancy trend leaves it out of that month, with a note`,
        hint: SILENT_HINT,
      });
    }
  }
}

/**
 * The territories' own notes, and a footnote naming the territories silent now that the regional
 * row leaves out; the month's file gets a warning for each.
 */
function receptionNotes(context: IomContext, leftOutNow: readonly TerritoryCode[]): string[] {
  const notes = IOM_TERRITORY_ORDER.map((code) => context.data.reception?.notes?.[code]).filter(Boolean) as string[];
  if (leftOutNow.length > 0) notes.push(leftOutSentence('The Western Balkans totals leave out', leftOutNow, `did not report for ${monthLabel(context.month)}`));
  for (const code of leftOutNow) {
    context.warnings.push({
      month: context.month,
      field: `reception.by_territory.${code}`,
      message: `${TERRITORY_NAMES[code]} has no reception figures for ${context.month} though it has them in other months; the regional totals leave it out, with a footnote`,
      hint: SILENT_HINT,
    });
  }
  return notes;
}

/** The month's regional snapshot: the territories that reported, added up (the brief's convention, with a footnote naming those of `expected` left out); undefined when none did. */
function regionalTotals(data: IomMonth, expected: readonly TerritoryCode[]): { facilities: number; capacity: number; accommodated: number; leftOut: TerritoryCode[] } | undefined {
  const snapshot = data.reception?.by_territory;
  const total = (pick: (entry: ReceptionEntry) => number) => sumRegion(snapshot, expected, 'partial', pick);
  const [facilities, capacity, accommodated] = [total((entry) => entry.facilities), total((entry) => entry.capacity), total((entry) => entry.accommodated)];
  if (facilities.value === null || capacity.value === null || accommodated.value === null) return undefined;
  return { facilities: facilities.value, capacity: capacity.value, accommodated: accommodated.value, leftOut: facilities.leftOut };
}

type ReceptionEntry = NonNullable<NonNullable<IomMonth['reception']>['by_territory'][TerritoryCode]>;
