import type { ChartSpec } from '../../../charts/chart-spec.js';
import { COUNT_FORMAT } from '../../../charts/format-for-charts.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { formatCount, formatPercent } from '../../../format/format-number.js';
import type { UnhcrSeries } from '../build-unhcr-model.js';

/** The most common nationalities among persons present, largest first, as labelled horizontal bars. */
export function buildNationalitiesChart(series: UnhcrSeries, monthLabel: string, width = 240, barHeight = 17): ChartSpec {
  const values = series.topNationalities.map((row, rank) => ({ name: row.name, rank, persons: row.count }));
  const top = series.topNationalities[0];
  return {
    id: 'nationalities',
    altText: top
      ? `Bar chart of the ${values.length} most common nationalities of persons present at the end of ${monthLabel}; the largest group is ${top.name} with ${formatCount(top.count)} (${formatPercent(top.fraction)}).`
      : `Bar chart of nationalities of persons present at the end of ${monthLabel}; no figures are available.`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: UNHCR_CHART_CONFIG,
      width,
      height: { step: barHeight },
      data: { values },
      encoding: {
        y: { field: 'name', type: 'nominal', sort: { field: 'rank' }, title: null, axis: { labelLimit: 170, domain: false } },
        x: { field: 'persons', type: 'quantitative', title: null, axis: null, scale: { nice: false } },
      },
      layer: [
        { mark: { type: 'bar', color: UNHCR_COLORS.blue, height: { band: 0.72 } } },
        { mark: { type: 'text', align: 'left', dx: 3, fontSize: 8.5 }, encoding: { text: { field: 'persons', type: 'quantitative', format: COUNT_FORMAT } } },
      ],
    },
  };
}
