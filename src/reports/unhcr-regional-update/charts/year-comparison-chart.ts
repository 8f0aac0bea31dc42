import type { ChartSpec } from '../../../charts/chart-spec.js';
import { VEGA_LITE_SCHEMA } from '../../../charts/chart-spec.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { TERRITORY_NAMES } from '../../../core/territories.js';
import { formatCount } from '../../../format/format-number.js';
import { joinNames } from '../../../format/phrase-shares.js';
import type { DashboardSeries } from '../dashboard-section.js';
import { chartTerritoryLabel } from '../footnote-markers.js';

/**
 * The 2020 dashboard's comparison of new arrivals per territory: the whole of last year against
 * this year so far, as labelled horizontal bar pairs; a figure that is not available is labelled
 * n/a and has no bar.
 */
export function buildYearComparisonChart(
  series: DashboardSeries,
  labels: { previous: string; current: string },
  kosovoMarker: string,
  /** The arrival-note marker after each territory's name ("**"), as in the table beside the chart. */
  noteMarkers: ReadonlyMap<string, string> = new Map(),
  width = 220,
  barHeight = 8,
): ChartSpec {
  const values = series.yearComparison.flatMap((row, order) =>
    (
      [
        [labels.previous, row.previousYear],
        [labels.current, row.thisYear],
      ] as const
    ).map(([period, value]) => ({
      territory: `${chartTerritoryLabel(row.code, TERRITORY_NAMES[row.code], kosovoMarker)}${noteMarkers.get(row.code) ?? ''}`,
      order,
      period,
      value,
      position: value ?? 0,
      label: formatCount(value),
    })),
  );
  // An explicit domain from 0: with every figure n/a, Vega would centre a zero-width domain.
  const scale = { domain: [0, Math.max(1, ...values.map((value) => value.position))], nice: false };
  const unavailable = series.yearComparison.filter((row) => row.previousYear === null || row.thisYear === null).map((row) => TERRITORY_NAMES[row.code]);
  const pairs = series.yearComparison.map((row) => `${TERRITORY_NAMES[row.code]} ${formatCount(row.previousYear)} and ${formatCount(row.thisYear)}`);
  return {
    id: 'arrivals-year-comparison',
    altText: `Bar chart of new arrivals per territory in ${labels.previous} against ${labels.current}: ${joinNames(pairs)}${unavailable.length > 0 ? `; n/a where a month has no figure (${joinNames(unavailable)})` : ''}.`,
    legend: [
      { label: labels.previous, color: UNHCR_COLORS.ramp[1] },
      { label: labels.current, color: UNHCR_COLORS.blue },
    ],
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      config: UNHCR_CHART_CONFIG,
      width,
      // A fixed height: a step would apply to each bar of a pair, not to the pair.
      height: series.yearComparison.length * (barHeight * 2 + 6),
      data: { values },
      encoding: {
        y: { field: 'territory', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelLimit: 170, domain: false, ticks: false } },
        yOffset: { field: 'period', type: 'nominal', sort: [labels.previous, labels.current] },
        x: { field: 'position', type: 'quantitative', title: null, axis: null, scale },
      },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.9 } },
          encoding: {
            x: { field: 'value', type: 'quantitative', title: null, axis: null, scale },
            color: { field: 'period', type: 'nominal', scale: { domain: [labels.previous, labels.current], range: [UNHCR_COLORS.ramp[1], UNHCR_COLORS.blue] }, legend: null },
          },
        },
        { mark: { type: 'text', align: 'left', dx: 3, fontSize: 7.5 }, encoding: { text: { field: 'label' } } },
      ],
    },
  };
}
