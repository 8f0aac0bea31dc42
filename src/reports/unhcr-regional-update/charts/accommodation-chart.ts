import type { ChartSpec } from '../../../charts/chart-spec.js';
import { VEGA_LITE_SCHEMA } from '../../../charts/labelled-bars-spec.js';
import { chartTerritoryLabel, KOSOVO_MARKER } from '../footnote-markers.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { TERRITORY_CODES, TERRITORY_NAMES } from '../../../core/territories.js';
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
      territory: chartTerritoryLabel(row.code, row.name),
      type: ACCOMMODATION_LABELS[row.type as AccommodationType],
      typeOrder: types.indexOf(row.type as AccommodationType),
      persons: row.persons,
    }));
  const totals = new Map<string, number>();
  for (const value of values) totals.set(value.territory, (totals.get(value.territory) ?? 0) + value.persons);
  const largest = [...totals].sort((a, b) => b[1] - a[1])[0];
  return {
    id: 'accommodation',
    altText: largest
      ? `Stacked bar chart of persons present by territory and type of accommodation (${usedTypes.map((type) => ACCOMMODATION_LABELS[type].toLowerCase()).join(', ')}); ${largest[0].replace(KOSOVO_MARKER, '')} has the most, ${formatCount(largest[1])}.`
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
        y: { field: 'territory', type: 'nominal', sort: TERRITORY_CODES.map((code) => chartTerritoryLabel(code, TERRITORY_NAMES[code])), title: null, axis: { labelLimit: 160, domain: false } },
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
