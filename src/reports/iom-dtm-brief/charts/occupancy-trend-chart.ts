import type { ChartSpec } from '../../../charts/chart-spec.js';
import { VEGA_LITE_SCHEMA } from '../../../charts/chart-spec.js';
import { partialMonthsClause, partialMonthsNote } from '../../../charts/alt-text-phrases.js';
import { missingMonthsClause } from '../../../charts/missing-months-clause.js';
import { TERRITORY_NAMES } from '../../../core/territories.js';
import { IOM_CHART_CONFIG, IOM_COLORS } from '../../../charts/theme-iom.js';
import { monthLabel, shortMonthName, splitMonth } from '../../../core/months.js';
import { formatPercent } from '../../../format/format-number.js';
import { describeMonths } from '../../../format/describe-months.js';
import type { OccupancyTrend } from '../reception-section.js';

/** Regional occupancy rate of reception facilities at the end of each month of the trend, labelled. */
export function buildOccupancyTrendChart(trend: OccupancyTrend, width = 470, height = 120): ChartSpec {
  const values = trend.map((point) => ({
    label: `${shortMonthName(point.month)} ${String(splitMonth(point.month).year).slice(2)}`,
    occupancy: point.occupancy,
    text: formatPercent(point.occupancy),
  }));
  const known = trend.filter((point) => point.occupancy !== null);
  const first = known[0];
  const last = known.at(-1);
  const missing = trend.filter((point) => point.occupancy === null).map((point) => point.month);
  const partials = trend
    .filter((point) => point.occupancy !== null && point.leftOut.length > 0)
    .map((point) => ({ month: point.month, leftOut: point.leftOut.map((code) => TERRITORY_NAMES[code]) }));
  return {
    id: 'occupancy-trend',
    altText:
      first && last
        ? `Line chart of the occupancy rate of reception facilities from ${monthLabel(trend[0]!.month)} to ${monthLabel(trend.at(-1)!.month)}: ${formatPercent(first.occupancy)} at the end of ${monthLabel(first.month)}${first === last ? '' : ` and ${formatPercent(last.occupancy)} at the end of ${monthLabel(last.month)}`}${missingMonthsClause(missing)}${partialMonthsClause(partials)}.`
        : 'Line chart of the occupancy rate of reception facilities; no figures are available.',
    // A gap and a partial month are both named under the chart, not only in its alt text.
    note: [missing.length > 0 && known.length > 0 ? `No figure for ${describeMonths(missing)}.` : '', partialMonthsNote(partials) ?? ''].filter(Boolean).join(' ') || undefined,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      config: IOM_CHART_CONFIG,
      width,
      height,
      data: { values },
      encoding: {
        // Every month keeps its slot, so a month without a figure is a visible gap, in calendar order.
        x: { field: 'label', type: 'ordinal', sort: null, title: null, scale: { domain: values.map((value) => value.label) } },
        y: { field: 'occupancy', type: 'quantitative', title: null, axis: { format: '.0%', tickCount: 4, grid: true }, scale: { domainMin: 0 } },
      },
      layer: [
        { mark: { type: 'area', color: IOM_COLORS.pale, line: { color: IOM_COLORS.blue, strokeWidth: 2 } } },
        { mark: { type: 'point', filled: true, color: IOM_COLORS.blue, size: 28 } },
        { mark: { type: 'text', dy: -8, fontSize: 8, fontWeight: 'bold', color: IOM_COLORS.navy }, encoding: { text: { field: 'text' } } },
      ],
    },
  };
}
