import type { ChartSpec } from '../../../charts/chart-spec.js';
import { noFigureClause } from '../../../charts/alt-text-phrases.js';
import { VEGA_LITE_SCHEMA } from '../../../charts/chart-spec.js';
import { chartTerritoryLabel } from '../footnote-markers.js';
import { UNHCR_CHART_CONFIG, UNHCR_COLORS } from '../../../charts/theme-unhcr.js';
import { fitMercator } from '../../../charts/fit-mercator.js';
import { loadWesternBalkansGeo } from '../../../charts/western-balkans-geo.js';
import { formatCount } from '../../../format/format-number.js';
import type { UnhcrSeries } from '../build-unhcr-model.js';

/** Label anchor for each territory, in longitude and latitude, placed inside the shape where it reads best. */
const LABEL_POSITIONS: Readonly<Record<string, [number, number]>> = {
  ALB: [20.05, 40.95],
  BIH: [17.65, 44.3],
  XKS: [21.05, 42.62],
  MNE: [18.75, 42.4],
  MKD: [21.65, 41.55],
  SRB: [20.8, 44.1],
};

/**
 * Labels are navy on every shade, and the shades stop at a mid blue where navy still reads:
 * a long name or a large figure runs past its shape onto the sea or a lighter neighbour, where
 * white text (the usual choice on a dark fill) would vanish. (A halo would need stroked text,
 * which Chromium prints in a Type 3 font of its own, not in Lato.)
 */
const LABEL_COLOR = UNHCR_COLORS.navy;
const SHADES = [UNHCR_COLORS.ramp[0], UNHCR_COLORS.ramp[2]];

/**
 * A map of the six territories shaded by new arrivals in the year to date, each labelled with
 * its name and figure. Kosovo is its own shape. The template prints the UN disclaimer under it.
 */
export function buildArrivalsMapChart(series: UnhcrSeries, periodLabel: string, width = 290, height = 240): ChartSpec {
  const { territories, neighbours } = loadWesternBalkansGeo();
  const byCode = new Map(series.arrivalsYearToDate.map((row) => [row.code, row]));
  const shapes = territories.map((shape) => ({
    ...shape,
    properties: { ...shape.properties, persons: byCode.get(shape.properties.code)?.persons ?? null },
  }));
  const labels = mapLabels(series);
  const projection = fitMercator(territories, width, height);
  return {
    // The page prints the disclaimer beside the map; an image of the map on its own carries it.
    caption:
      'Includes Serbia and Kosovo. The boundaries and names shown, and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
    id: 'arrivals-map',
    altText: mapAltText(series, periodLabel),
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      config: { ...UNHCR_CHART_CONFIG, geoshape: { stroke: UNHCR_COLORS.border, strokeWidth: 0.8 } },
      width,
      height,
      projection,
      layer: [
        { data: { values: neighbours }, mark: { type: 'geoshape', fill: UNHCR_COLORS.land, clip: true } },
        {
          data: { values: shapes },
          mark: { type: 'geoshape', clip: true },
          encoding: {
            color: {
              field: 'properties.persons',
              type: 'quantitative',
              scale: { range: SHADES },
              legend: null,
            },
          },
        },
        {
          data: { values: labels },
          mark: { type: 'text', fontWeight: 'bold', fontSize: 9, dy: -6 },
          encoding: {
            longitude: { field: 'longitude', type: 'quantitative' },
            latitude: { field: 'latitude', type: 'quantitative' },
            text: { field: 'name' },
            color: { value: LABEL_COLOR },
          },
        },
        {
          data: { values: labels },
          mark: { type: 'text', fontWeight: 900, fontSize: 10, dy: 6 },
          encoding: {
            longitude: { field: 'longitude', type: 'quantitative' },
            latitude: { field: 'latitude', type: 'quantitative' },
            text: { field: 'value' },
            color: { value: LABEL_COLOR },
          },
        },
      ],
    },
  };
}

/** Each territory's name and figure, placed at its label position. */
function mapLabels(series: UnhcrSeries) {
  return series.arrivalsYearToDate.map((row) => ({
    code: row.code,
    name: row.code === 'BIH' ? 'Bosnia and Herz.' : chartTerritoryLabel(row.code, row.name, series.kosovoMarker),
    value: formatCount(row.persons),
    longitude: LABEL_POSITIONS[row.code]![0],
    latitude: LABEL_POSITIONS[row.code]![1],
  }));
}

/** The map in words: territories from most arrivals to fewest, and those without a figure. */
function mapAltText(series: UnhcrSeries, periodLabel: string): string {
  const ranked = [...series.arrivalsYearToDate].filter((row) => row.persons !== null).sort((a, b) => b.persons! - a.persons!);
  if (ranked.length === 0) return `Map of the six territories; no arrival figures are available for ${periodLabel}.`;
  const withoutFigure = series.arrivalsYearToDate.filter((row) => row.persons === null).map((row) => row.name);
  return `Map of the six territories shaded by new arrivals ${periodLabel}: ${ranked.map((row) => `${row.name} ${formatCount(row.persons)}`).join(', ')}${noFigureClause(withoutFigure)}.`;
}
