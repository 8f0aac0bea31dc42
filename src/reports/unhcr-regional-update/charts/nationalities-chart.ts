import type { ChartSpec } from '../../../charts/chart-spec.js';
import { findLeaders } from '../../../charts/alt-text-phrases.js';
import { joinNames } from '../../../format/phrase-shares.js';
import { buildLabelledBarsSpec } from '../../../charts/labelled-bars-spec.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { formatCount, formatPercent } from '../../../format/format-number.js';
import type { UnhcrSeries } from '../build-unhcr-model.js';

/** The most common nationalities among persons present, largest first, as labelled horizontal bars. */
export function buildNationalitiesChart(series: UnhcrSeries, monthLabel: string, width = 240, barHeight = 17): ChartSpec {
  const bars = series.topNationalities.map((row, order) => ({ category: row.name, order, value: row.count, label: formatCount(row.count) }));
  const top = findLeaders(series.topNationalities, (row) => row.count);
  const first = series.topNationalities[0];
  const largest =
    top && top.leaders.length > 1
      ? `the largest groups are ${joinNames(top.leaders.map((row) => row.name))} with ${formatCount(top.value)} (${formatPercent(first!.fraction)}) each`
      : first && `the largest group is ${first.name} with ${formatCount(first.count)} (${formatPercent(first.fraction)})`;
  return {
    id: 'nationalities',
    altText: largest
      ? `Bar chart of the ${bars.length} most common nationalities of persons present at the end of ${monthLabel}; ${largest}.`
      : `Bar chart of nationalities of persons present at the end of ${monthLabel}; no figures are available.`,
    spec: buildLabelledBarsSpec(bars, { width, barHeight, color: UNHCR_COLORS.blue, config: UNHCR_CHART_CONFIG }),
  };
}
