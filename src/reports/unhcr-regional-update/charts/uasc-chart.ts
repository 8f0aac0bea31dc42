import type { ChartSpec } from '../../../charts/chart-spec.js';
import { buildLabelledBarsSpec } from '../../../charts/labelled-bars-spec.js';
import { UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { formatCount } from '../../../format/format-number.js';
import type { UnhcrSeries } from '../build-unhcr-model.js';
import { chartTerritoryLabel } from '../footnote-markers.js';

/** Unaccompanied and separated children present, by territory, in display order; n/a where not reported. */
export function buildUascChart(series: UnhcrSeries, width = 240, barHeight = 18): ChartSpec {
  const bars = series.uascByTerritory.map((row, order) => ({
    category: chartTerritoryLabel(row.code, row.name),
    order,
    value: row.uasc,
    label: formatCount(row.uasc),
  }));
  const reported = series.uascByTerritory.filter((row) => row.uasc !== null);
  const largest = [...reported].sort((a, b) => b.uasc! - a.uasc!)[0];
  return {
    id: 'uasc',
    altText: largest
      ? `Bar chart of unaccompanied and separated children present by territory; ${largest.name} has the most, ${formatCount(largest.uasc)}.`
      : 'Bar chart of unaccompanied and separated children present by territory; no figures are available.',
    spec: buildLabelledBarsSpec(bars, { width, barHeight, color: UNHCR_COLORS.navy }),
  };
}
