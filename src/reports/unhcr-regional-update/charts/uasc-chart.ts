import type { ChartSpec } from '../../../charts/chart-spec.js';
import { findLeaders, noFigureClause } from '../../../charts/alt-text-phrases.js';
import { joinNames } from '../../../format/phrase-shares.js';
import { buildLabelledBarsSpec } from '../../../charts/labelled-bars-spec.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { formatCount } from '../../../format/format-number.js';
import type { UnhcrSeries } from '../build-unhcr-model.js';
import { chartTerritoryLabel } from '../footnote-markers.js';

/** Unaccompanied and separated children present, by territory, in display order; n/a where not reported. */
export function buildUascChart(series: UnhcrSeries, width = 240, barHeight = 18): ChartSpec {
  const bars = series.uascByTerritory.map((row, order) => ({
    category: chartTerritoryLabel(row.code, row.name, series.kosovoMarker),
    order,
    value: row.uasc,
    label: formatCount(row.uasc),
  }));
  const reported = series.uascByTerritory.filter((row) => row.uasc !== null);
  const top = findLeaders(reported, (row) => row.uasc!);
  const missing = series.uascByTerritory.filter((row) => row.uasc === null).map((row) => row.name);
  return {
    id: 'uasc',
    // A territory without a figure has an empty slot: the note under the chart says whose.
    note: missing.length > 0 && reported.length > 0 ? `No figure for ${joinNames(missing)}.` : undefined,
    altText: top
      ? `Bar chart of unaccompanied and separated children present by territory; ${joinNames(top.leaders.map((row) => row.name))} ${top.leaders.length > 1 ? `have the most, ${formatCount(top.value)} each` : `has the most, ${formatCount(top.value)}`}${noFigureClause(missing)}.`
      : 'Bar chart of unaccompanied and separated children present by territory; no figures are available.',
    spec: buildLabelledBarsSpec(bars, { width, barHeight, color: UNHCR_COLORS.navy, config: UNHCR_CHART_CONFIG }),
  };
}
