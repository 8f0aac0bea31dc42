import { TERRITORY_NAMES } from '../../core/territories.js';
import { formatCount, formatPercent } from '../../format/format-number.js';
import { joinNames } from '../../format/phrase-shares.js';
import { describeMonths } from '../../format/describe-months.js';
import { demographicParts } from './demographics-section.js';
import type { DashboardSeries } from './dashboard-section.js';
import type { DashboardModel, UnhcrModel, UnhcrRawFigures } from './model-types.js';

/** The 2020 dashboard's series and demographics, formatted for its template. */
export function formatDashboard(
  series: DashboardSeries,
  context: { figures: UnhcrRawFigures; arrivals: UnhcrModel['arrivals']; previousLabel: string; currentLabel: string },
): DashboardModel {
  const { demographics } = context.figures;
  const markerOf = new Map(context.arrivals.rows.map((row) => [row.code, row.marker]));
  const leftOut = demographics?.leftOut.map((code) => TERRITORY_NAMES[code]) ?? [];
  const absent = series.absent.length === 1 ? 'it' : 'them';
  return {
    gaps:
      series.absent.length === 0
        ? ''
        : `There is no data for ${describeMonths(series.absent)} (neither a month file nor lines in the archive): the charts leave ${series.absent.length === 1 ? 'that month' : 'those months'} empty and the figures that need ${absent} show n/a.`,
    intentions: formatCount(context.figures.comparableIntentions),
    comparison: {
      previousLabel: context.previousLabel,
      currentLabel: context.currentLabel,
      rows: series.yearComparison.map((row) => ({
        name: TERRITORY_NAMES[row.code],
        marker: markerOf.get(row.code) ?? '',
        previous: formatCount(row.previousYear),
        current: formatCount(row.thisYear),
      })),
    },
    demographics: {
      available: demographics !== undefined,
      total: formatCount(demographics?.total ?? null),
      rows: demographicParts(demographics).map(({ label, count, share }) => ({ label, count: formatCount(count), share: formatPercent(share) })),
      leftOut: leftOut.length === 0 ? '' : `These figures leave out ${joinNames(leftOut)}, which gave no breakdown of ${leftOut.length === 1 ? 'its' : 'their'} persons present.`,
    },
    evolution: {
      max: formatCount(series.evolutionMax),
      panels: series.evolution.map((row) => ({
        code: row.code,
        name: TERRITORY_NAMES[row.code],
        arrivals: formatCount(row.arrivals),
        applications: formatCount(row.applications),
      })),
    },
    fourYears: { panels: series.fourYears.map((row) => ({ code: row.code, name: TERRITORY_NAMES[row.code] })) },
  };
}
