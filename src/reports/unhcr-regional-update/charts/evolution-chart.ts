import type { ChartSpec, LegendItem } from '../../../charts/chart-spec.js';
import { VEGA_LITE_SCHEMA } from '../../../charts/chart-spec.js';
import { COUNT_FORMAT } from '../../../charts/format-for-charts.js';
import { missingMonthsClause } from '../../../charts/missing-months-clause.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { monthLabel, shortMonthName, splitMonth } from '../../../core/months.js';
import { TERRITORY_NAMES } from '../../../core/territories.js';
import { formatCount } from '../../../format/format-number.js';
import type { DashboardSeries } from '../dashboard-section.js';

/** The two series of each evolution chart, with their colours (the legend is printed once, above the six). */
export const EVOLUTION_LEGEND: LegendItem[] = [
  { label: 'New arrivals', color: UNHCR_COLORS.ramp[2] },
  { label: 'Asylum applications', color: UNHCR_COLORS.navy },
];

/**
 * One territory's last twelve months on the dashboard's second page: new arrivals as bars and
 * asylum applications as a line over the same months. All six charts share one scale, from 0 to
 * the highest monthly figure of any territory, so that their heights compare across territories
 * (the page's point); a month without a figure is an empty slot and breaks the line.
 */
export function buildEvolutionChart(series: DashboardSeries, row: DashboardSeries['evolution'][number], width = 200, height = 200): ChartSpec {
  const values = row.months.map((each) => ({
    label: `${shortMonthName(each.month)} ${String(splitMonth(each.month).year).slice(2)}`,
    arrivals: each.arrivals,
    applications: each.applications,
  }));
  const domain = values.map((each) => each.label);
  const scale = { domain: [0, Math.max(1, series.evolutionMax)], nice: true };
  const first = row.months[0]!.month;
  const last = row.months.at(-1)!.month;
  // A month where either figure is missing (a whole month, or a territory silent in it).
  const gaps = row.months.filter((each) => each.arrivals === null || each.applications === null).map((each) => each.month);
  return {
    id: `evolution-${row.code}`,
    imageTitle: TERRITORY_NAMES[row.code],
    legend: EVOLUTION_LEGEND,
    altText: `Chart of monthly new arrivals (bars) and asylum applications (line) in ${TERRITORY_NAMES[row.code]} from ${monthLabel(first)} to ${monthLabel(last)}, on the scale all six territories share (0 to ${formatCount(series.evolutionMax)}): ${formatCount(row.arrivals)} arrivals and ${formatCount(row.applications)} applications in the twelve months${missingMonthsClause(gaps)}.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      config: UNHCR_CHART_CONFIG,
      width,
      height,
      data: { values },
      encoding: {
        // Every month keeps its slot, in calendar order, so a missing month is a visible gap.
        x: { field: 'label', type: 'ordinal', sort: null, title: null, scale: { domain }, axis: { labelAngle: -90, labelFontSize: 7, labelPadding: 2 } },
      },
      layer: [
        {
          mark: { type: 'bar', color: EVOLUTION_LEGEND[0]!.color, width: { band: 0.7 } },
          encoding: { y: { field: 'arrivals', type: 'quantitative', title: null, scale, axis: { format: COUNT_FORMAT, tickCount: 3, grid: true, labelFontSize: 7 } } },
        },
        {
          mark: { type: 'line', color: EVOLUTION_LEGEND[1]!.color, strokeWidth: 1.5, point: { size: 12, color: EVOLUTION_LEGEND[1]!.color } },
          encoding: { y: { field: 'applications', type: 'quantitative', title: null, scale } },
        },
      ],
    },
  };
}
