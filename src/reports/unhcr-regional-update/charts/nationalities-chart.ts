import type { ChartSpec } from '../../../charts/chart-spec.js';
import { buildLabelledBarsSpec } from '../../../charts/labelled-bars-spec.js';
import { UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { formatCount, formatPercent } from '../../../format/format-number.js';
import type { UnhcrSeries } from '../build-unhcr-model.js';

/** The most common nationalities among persons present, largest first, as labelled horizontal bars. */
export function buildNationalitiesChart(series: UnhcrSeries, monthLabel: string, width = 240, barHeight = 17): ChartSpec {
  const bars = series.topNationalities.map((row, order) => ({ category: row.name, order, value: row.count, label: formatCount(row.count) }));
  const top = series.topNationalities[0];
  return {
    id: 'nationalities',
    altText: top
      ? `Bar chart of the ${bars.length} most common nationalities of persons present at the end of ${monthLabel}; the largest group is ${top.name} with ${formatCount(top.count)} (${formatPercent(top.fraction)}).`
      : `Bar chart of nationalities of persons present at the end of ${monthLabel}; no figures are available.`,
    spec: buildLabelledBarsSpec(bars, { width, barHeight, color: UNHCR_COLORS.blue }),
  };
}
