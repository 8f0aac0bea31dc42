import type { ChartSpec } from '../../../charts/chart-spec.js';
import { findLeaders, noFigureClause } from '../../../charts/alt-text-phrases.js';
import { joinNames } from '../../../format/phrase-shares.js';
import { VEGA_LITE_SCHEMA } from '../../../charts/chart-spec.js';
import { chartTerritoryLabel } from '../footnote-markers.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../../core/territories.js';
import { formatCount } from '../../../format/format-number.js';
import type { UnhcrSeries } from '../build-unhcr-model.js';
import { ACCOMMODATION_LABELS, type AccommodationType } from '../schema.js';

/** Persons present by territory, stacked by where they stay (the "regional breakdown"). */
export function buildAccommodationChart(series: UnhcrSeries, width = 330, barHeight = 20): ChartSpec {
  const types = Object.keys(ACCOMMODATION_LABELS) as AccommodationType[];
  const usedTypes = types.filter((type) => series.presentByAccommodation.some((row) => row.type === type && row.persons > 0));
  const values = series.presentByAccommodation
    .filter((row) => row.persons > 0)
    .map((row) => ({
      territory: chartTerritoryLabel(row.code, row.name, series.kosovoMarker),
      type: ACCOMMODATION_LABELS[row.type as AccommodationType],
      typeOrder: types.indexOf(row.type as AccommodationType),
      persons: row.persons,
    }));
  const totals = new Map<TerritoryCode, number>();
  for (const row of series.presentByAccommodation) if (row.persons > 0) totals.set(row.code, (totals.get(row.code) ?? 0) + row.persons);
  const top = findLeaders([...totals], ([, persons]) => persons);
  const leaders = top ? joinNames(top.leaders.map(([code]) => TERRITORY_NAMES[code])) : '';
  // Territories with persons present but no breakdown (or none reported) have no bar; nor has
  // one with no one present. The note under the chart says which, so no bar vanishes unexplained.
  const withoutBreakdown = TERRITORY_CODES.filter(
    (code) => !totals.has(code) && !series.presentByAccommodation.some((row) => row.code === code) && !series.nonePresent.includes(code),
  ).map((code) => TERRITORY_NAMES[code]);
  const nonePresent = series.nonePresent.map((code) => TERRITORY_NAMES[code]);
  const notes = [
    withoutBreakdown.length > 0 && totals.size > 0 ? `No breakdown by accommodation for ${joinNames(withoutBreakdown)}.` : '',
    nonePresent.length > 0 ? `No one present in ${joinNames(nonePresent)}.` : '',
  ].filter(Boolean);
  return {
    id: 'accommodation',
    note: notes.length > 0 ? notes.join(' ') : undefined,
    altText: top
      ? `Stacked bar chart of persons present by territory and type of accommodation (${usedTypes.map((type) => lowerFirst(ACCOMMODATION_LABELS[type])).join(', ')}); ${leaders} ${top.leaders.length > 1 ? `have the most, ${formatCount(top.value)} each` : `has the most, ${formatCount(top.value)}`}${noFigureClause(withoutBreakdown, 'no breakdown')}${noFigureClause(nonePresent, 'no one present')}.`
      : 'Stacked bar chart of persons present by territory and type of accommodation; no breakdown is available.',
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      config: UNHCR_CHART_CONFIG,
      width,
      height: { step: barHeight },
      data: { values },
      mark: { type: 'bar', height: { band: 0.7 } },
      encoding: {
        // An explicit order: sorting by a field would sum it over the stacked parts.
        y: {
          field: 'territory',
          type: 'nominal',
          sort: TERRITORY_CODES.map((code) => chartTerritoryLabel(code, TERRITORY_NAMES[code], series.kosovoMarker)),
          title: null,
          axis: { labelLimit: 160, domain: false },
        },
        x: { field: 'persons', type: 'quantitative', title: null, axis: { format: ',d', tickCount: 4, grid: true } },
        color: {
          field: 'type',
          type: 'nominal',
          sort: usedTypes.map((type) => ACCOMMODATION_LABELS[type]),
          scale: { domain: usedTypes.map((type) => ACCOMMODATION_LABELS[type]), range: [UNHCR_COLORS.blue, UNHCR_COLORS.ramp[1], UNHCR_COLORS.navy, UNHCR_COLORS.categorical[1]] },
          legend: { orient: 'bottom', direction: 'horizontal', columns: 2, title: null, labelLimit: 200 },
        },
        order: { field: 'typeOrder' },
      },
    },
  };
}

/** "Asylum centres" → "asylum centres" inside a sentence, but "IOM-run centres" keeps its acronym. */
function lowerFirst(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
