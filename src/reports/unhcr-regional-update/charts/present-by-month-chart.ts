import type { ChartSpec } from '../../../charts/chart-spec.js';
import { VEGA_LITE_SCHEMA } from '../../../charts/chart-spec.js';
import { COUNT_FORMAT } from '../../../charts/format-for-charts.js';
import { partialMonthsClause, partialMonthsNote } from '../../../charts/alt-text-phrases.js';
import { missingMonthsClause } from '../../../charts/missing-months-clause.js';
import { TERRITORY_NAMES } from '../../../core/territories.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { monthLabel, shortMonthName, splitMonth } from '../../../core/months.js';
import { formatCount } from '../../../format/format-number.js';
import type { UnhcrSeries } from '../build-unhcr-model.js';

/** Persons present at the end of each month, the last 13 months, labelled; missing months stay empty. */
export function buildPresentByMonthChart(series: UnhcrSeries, width = 695, height = 130): ChartSpec {
  const values = series.presentByMonth.map((point) => ({
    label: `${shortMonthName(point.month)} ${String(splitMonth(point.month).year).slice(2)}`,
    month: point.month,
    persons: point.persons,
  }));
  const known = series.presentByMonth.filter((point) => point.persons !== null);
  const first = known[0];
  const last = known.at(-1);
  const missing = series.presentByMonth.filter((point) => point.persons === null).map((point) => point.month);
  const partials = series.presentByMonth
    .filter((point) => point.persons !== null && point.leftOut.length > 0)
    .map((point) => ({ month: point.month, leftOut: point.leftOut.map((code) => TERRITORY_NAMES[code]) }));
  return {
    id: 'present-by-month',
    altText:
      first && last
        ? `Bar chart of persons present at the end of each month from ${monthLabel(series.presentByMonth[0]!.month)} to ${monthLabel(series.presentByMonth.at(-1)!.month)}: ${formatCount(first.persons)} at the end of ${monthLabel(first.month)}${first === last ? '' : ` and ${formatCount(last.persons)} at the end of ${monthLabel(last.month)}`}${missingMonthsClause(missing)}${partialMonthsClause(partials)}.`
        : 'Bar chart of persons present at the end of each month; no figures are available.',
    note: partialMonthsNote(partials),
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      config: UNHCR_CHART_CONFIG,
      width,
      height,
      data: { values },
      encoding: {
        // Every month keeps its slot, so a month without a figure is a visible gap, in calendar order.
        x: { field: 'label', type: 'ordinal', sort: null, title: null, scale: { domain: values.map((value) => value.label) } },
        y: { field: 'persons', type: 'quantitative', title: null, axis: null },
      },
      layer: [
        { mark: { type: 'bar', color: UNHCR_COLORS.blue, width: { band: 0.7 } } },
        { mark: { type: 'text', dy: -6, fontSize: 8.5, fontWeight: 'bold' }, encoding: { text: { field: 'persons', type: 'quantitative', format: COUNT_FORMAT } } },
      ],
    },
  };
}
