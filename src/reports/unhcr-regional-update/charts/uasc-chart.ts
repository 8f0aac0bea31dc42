import type { ChartSpec } from '../../../charts/chart-spec.js';
import { chartTerritoryLabel } from '../footnote-markers.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { formatCount } from '../../../format/format-number.js';
import type { UnhcrSeries } from '../build-unhcr-model.js';

/** Unaccompanied and separated children present, by territory, in display order; n/a where not reported. */
export function buildUascChart(series: UnhcrSeries, width = 240, barHeight = 18): ChartSpec {
  const values = series.uascByTerritory.map((row, order) => ({
    territory: chartTerritoryLabel(row.code, row.name),
    order,
    uasc: row.uasc,
    label: formatCount(row.uasc),
  }));
  const reported = series.uascByTerritory.filter((row) => row.uasc !== null);
  const largest = [...reported].sort((a, b) => b.uasc! - a.uasc!)[0];
  return {
    id: 'uasc',
    altText: largest
      ? `Bar chart of unaccompanied and separated children present by territory; ${largest.name} has the most, ${formatCount(largest.uasc)}.`
      : 'Bar chart of unaccompanied and separated children present by territory; no figures are available.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: UNHCR_CHART_CONFIG,
      width,
      height: { step: barHeight },
      data: { values },
      encoding: {
        y: { field: 'territory', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelLimit: 160, domain: false } },
        x: { field: 'uasc', type: 'quantitative', title: null, axis: null, scale: { nice: false } },
      },
      layer: [
        { mark: { type: 'bar', color: UNHCR_COLORS.navy, height: { band: 0.7 } } },
        { mark: { type: 'text', align: 'left', dx: 3, fontSize: 8.5 }, encoding: { text: { field: 'label' } } },
      ],
    },
  };
}
