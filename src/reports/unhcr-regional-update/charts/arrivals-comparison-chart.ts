import type { ChartSpec } from '../../../charts/chart-spec.js';
import { VEGA_LITE_SCHEMA } from '../../../charts/chart-spec.js';
import { findLeaders } from '../../../charts/alt-text-phrases.js';
import { joinNames } from '../../../format/phrase-shares.js';
import { COUNT_FORMAT } from '../../../charts/format-for-charts.js';
import { missingMonthsClause } from '../../../charts/missing-months-clause.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { monthLabel, monthName, shortMonthName } from '../../../core/months.js';
import { formatCount } from '../../../format/format-number.js';
import type { UnhcrSeries } from '../build-unhcr-model.js';

/** Monthly regional estimate of new arrivals: this year's months against the same months last year. */
export function buildArrivalsComparisonChart(series: UnhcrSeries, year: number, width = 330, height = 112): ChartSpec {
  const lastMonth = series.monthlyEstimate.at(-1)!.monthNumber;
  const shown = series.monthlyEstimate.filter((point) => point.monthNumber <= lastMonth);
  const values = shown
    .filter((point) => point.persons !== null)
    .map((point) => ({ month: shortMonthName(point.month), order: point.monthNumber, year: String(point.year), persons: point.persons }));
  // January to the built month, always all of them: a month without a figure keeps its empty slot.
  const months = shown.filter((point) => point.year === year).map((point) => shortMonthName(point.month));
  return {
    id: 'arrivals-comparison',
    altText: describeComparison(shown, year),
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      config: UNHCR_CHART_CONFIG,
      width,
      height,
      data: { values },
      mark: { type: 'bar', cornerRadiusEnd: 1 },
      encoding: {
        x: { field: 'month', type: 'ordinal', sort: months, scale: { domain: months }, title: null, axis: { labelFontSize: 8 } },
        xOffset: { field: 'year', type: 'nominal', sort: [String(year - 1), String(year)] },
        y: { field: 'persons', type: 'quantitative', title: null, axis: { format: COUNT_FORMAT, tickCount: 4, grid: true } },
        color: {
          field: 'year',
          type: 'nominal',
          sort: [String(year - 1), String(year)],
          scale: { domain: [String(year - 1), String(year)], range: [UNHCR_COLORS.ramp[1], UNHCR_COLORS.blue] },
          legend: { orient: 'top', direction: 'horizontal', title: null },
        },
      },
    },
  };
}

/**
 * What the bars show, in words: over one month, both figures; over several, the highest month
 * of this year (every month of a tie); then the months drawn empty.
 */
function describeComparison(shown: UnhcrSeries['monthlyEstimate'], year: number): string {
  const thisYear = shown.filter((point) => point.year === year && point.persons !== null);
  const top = findLeaders(thisYear, (point) => point.persons!);
  const last = shown.at(-1)!;
  if (!top) return `Bar chart of monthly new arrivals in ${year} against ${year - 1}; no monthly figures are available.`;
  if (last.monthNumber === 1) {
    const before = shown.find((point) => point.year === year - 1);
    const comparison = before?.persons === null || before === undefined ? '' : ` and ${formatCount(before.persons)} in ${monthLabel(before.month)}`;
    return `Bar chart of new arrivals in ${monthLabel(last.month)} against ${monthLabel(`${year - 1}-01`)}: ${formatCount(top.value)} in ${monthLabel(last.month)}${comparison}${describeGaps(shown, year)}.`;
  }
  const months = joinNames(top.leaders.map((point) => monthName(point.month)));
  const highest =
    top.leaders.length > 1
      ? `the highest months of ${year} were ${months} with ${formatCount(top.value)} each`
      : `the highest month of ${year} was ${months} with ${formatCount(top.value)}`;
  return `Bar chart of monthly new arrivals in ${year} against ${year - 1}, January to ${monthName(last.month)}; ${highest}${describeGaps(shown, year)}.`;
}

/** The months drawn empty: last year as a whole when it has no figure at all, else month by month. */
function describeGaps(shown: UnhcrSeries['monthlyEstimate'], year: number): string {
  const missing = shown.filter((point) => point.persons === null);
  const lastYearShown = shown.filter((point) => point.year === year - 1);
  if (lastYearShown.length > 0 && lastYearShown.every((point) => point.persons === null)) {
    return `; no figures for ${year - 1}${missingMonthsClause(missing.filter((point) => point.year === year).map((point) => point.month)).replace(/^;/, ',')}`;
  }
  return missingMonthsClause(missing.map((point) => point.month));
}
