import type { ChartSpec, LegendItem } from '../../../charts/chart-spec.js';
import { VEGA_LITE_SCHEMA } from '../../../charts/chart-spec.js';
import { COUNT_FORMAT } from '../../../charts/format-for-charts.js';
import { missingMonthsClause } from '../../../charts/missing-months-clause.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { monthLabel, shortMonthName, splitMonth } from '../../../core/months.js';
import { TERRITORY_NAMES } from '../../../core/territories.js';
import { sumFigures } from '../../../indicators/figure.js';
import { formatCount } from '../../../format/format-number.js';
import { joinNames } from '../../../format/phrase-shares.js';
import type { DashboardSeries } from '../dashboard-section.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One colour per year, the oldest lightest, this year UNHCR blue (the legend is printed once, above the six). */
export function fourYearsLegend(years: readonly number[]): LegendItem[] {
  const colors = [UNHCR_COLORS.ramp[1], UNHCR_COLORS.categorical[1], UNHCR_COLORS.categorical[2], UNHCR_COLORS.blue];
  return years.map((year, index) => ({ label: String(year), color: colors[index + colors.length - years.length]! }));
}

/**
 * One territory's monthly new arrivals over four calendar years, one line per year on a January to
 * December axis (the dashboard's last page). Each territory has its own scale: the page compares a
 * territory's years with each other, and a shared scale would flatten the smaller territories'
 * lines into the axis. A month without a figure breaks its year's line.
 */
export function buildFourYearsChart(series: DashboardSeries, row: DashboardSeries['fourYears'][number], width = 310, height = 150): ChartSpec {
  const values = row.months.map((each) => ({ month: shortMonthName(each.month), year: String(splitMonth(each.month).year), arrivals: each.arrivals }));
  const legend = fourYearsLegend(series.years);
  const totals = series.years.map((year) => {
    const months = row.months.filter((each) => splitMonth(each.month).year === year);
    const span = months.length === 12 ? String(year) : months.length === 1 ? monthLabel(months[0]!.month) : `January-${monthLabel(months.at(-1)!.month)}`;
    return `${formatCount(sumFigures(months.map((each) => each.arrivals)))} in ${span}`;
  });
  const gaps = row.months.filter((each) => each.arrivals === null).map((each) => each.month);
  return {
    id: `four-years-${row.code}`,
    imageTitle: TERRITORY_NAMES[row.code],
    legend,
    altText: `Line chart of monthly new arrivals in ${TERRITORY_NAMES[row.code]}, one line per year from ${series.years[0]} to ${series.years.at(-1)}: ${joinNames(totals)}${missingMonthsClause(gaps)}.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      config: UNHCR_CHART_CONFIG,
      width,
      height,
      data: { values },
      mark: { type: 'line', strokeWidth: 1.5, point: { size: 10 } },
      encoding: {
        x: { field: 'month', type: 'ordinal', sort: null, title: null, scale: { domain: MONTHS }, axis: { labelAngle: 0, labelFontSize: 7.5 } },
        y: { field: 'arrivals', type: 'quantitative', title: null, axis: { format: COUNT_FORMAT, tickCount: 4, grid: true, labelFontSize: 7.5 } },
        color: {
          field: 'year',
          type: 'nominal',
          sort: legend.map((item) => item.label),
          scale: { domain: legend.map((item) => item.label), range: legend.map((item) => item.color) },
          legend: null,
        },
      },
    },
  };
}
