import { geoMercator } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

/** A Mercator projection fixed in advance: scale and translation, in Vega-Lite's terms. */
export interface FixedMercator {
  type: 'mercator';
  scale: number;
  translate: [number, number];
}

/**
 * A Mercator projection that frames `features` in a width × height box with a margin (a share
 * of each side). Vega-Lite would fit the projection to every layer, neighbours included; fixing
 * the scale keeps the six territories filling the map while the neighbours are clipped at its
 * edges. d3-geo (Vega's own projection library) does the fitting.
 */
export function fitMercator(features: readonly Feature<Geometry>[], width: number, height: number, margin = 0.06): FixedMercator {
  const box: [[number, number], [number, number]] = [
    [width * margin, height * margin],
    [width * (1 - margin), height * (1 - margin)],
  ];
  const projection = geoMercator().fitExtent(box, { type: 'FeatureCollection', features: [...features] });
  return { type: 'mercator', scale: projection.scale(), translate: projection.translate() };
}
