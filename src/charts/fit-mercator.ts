import type { Feature, Geometry, Position } from 'geojson';

/** A Mercator projection fixed by hand: centre, scale and translation, in Vega-Lite's terms. */
export interface FixedMercator {
  type: 'mercator';
  center: [number, number];
  scale: number;
  translate: [number, number];
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + toRadians(latitude) / 2));

/**
 * A Mercator projection that frames `features` in a width × height box with a margin.
 * Vega-Lite would fit the projection to every layer, neighbours included; fixing the scale
 * keeps the six territories filling the map while the neighbours are clipped at its edges.
 */
export function fitMercator(features: readonly Feature<Geometry>[], width: number, height: number, margin = 0.06): FixedMercator {
  let west = Infinity,
    east = -Infinity,
    south = Infinity,
    north = -Infinity;
  for (const [longitude, latitude] of features.flatMap((feature) => positionsOf(feature.geometry))) {
    west = Math.min(west, longitude!);
    east = Math.max(east, longitude!);
    south = Math.min(south, latitude!);
    north = Math.max(north, latitude!);
  }
  const spanX = toRadians(east - west);
  const spanY = mercatorY(north) - mercatorY(south);
  const scale = Math.min((width * (1 - 2 * margin)) / spanX, (height * (1 - 2 * margin)) / spanY);
  // The centre latitude is the one half-way between the edges on the projected axis, not in degrees.
  const middleY = (mercatorY(north) + mercatorY(south)) / 2;
  const centerLatitude = (2 * Math.atan(Math.exp(middleY)) - Math.PI / 2) * (180 / Math.PI);
  return { type: 'mercator', center: [(west + east) / 2, centerLatitude], scale, translate: [width / 2, height / 2] };
}

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}
