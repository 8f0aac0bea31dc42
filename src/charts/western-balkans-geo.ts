import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { TerritoryCode } from '../core/territories.js';

/**
 * Natural Earth names in world-atlas for our six territories. Kosovo is its own shape with no
 * id, and North Macedonia still carries the name "Macedonia", so features are matched by name.
 */
const NATURAL_EARTH_NAMES: Readonly<Record<string, TerritoryCode>> = {
  Albania: 'ALB',
  'Bosnia and Herz.': 'BIH',
  Kosovo: 'XKS',
  Montenegro: 'MNE',
  Macedonia: 'MKD',
  Serbia: 'SRB',
};

/** Neighbours drawn in grey around the six, so the map reads as a region and not floating shapes. */
const NEIGHBOUR_NAMES = ['Croatia', 'Slovenia', 'Hungary', 'Romania', 'Bulgaria', 'Greece', 'Italy', 'Austria'];

/** A territory's outline, tagged with our code. */
export type TerritoryFeature = Feature<Geometry, { code: TerritoryCode; name: string }>;

let cache: { territories: TerritoryFeature[]; neighbours: Feature[] } | undefined;

/** The six territories and their neighbours as GeoJSON, read once from world-atlas (Natural Earth, 1:50m). */
export function loadWesternBalkansGeo(): { territories: TerritoryFeature[]; neighbours: Feature[] } {
  if (cache) return cache;
  // Parsed by hand rather than require()d: require would keep the whole world's topology in
  // its cache for the life of the process; only the fourteen shapes below are kept.
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  // Only the fourteen shapes drawn are turned into GeoJSON, not the world's 240.
  const wanted = new Set([...Object.keys(NATURAL_EARTH_NAMES), ...NEIGHBOUR_NAMES]);
  const countries = {
    ...topology.objects.countries,
    geometries: topology.objects.countries.geometries.filter((shape) => wanted.has((shape.properties as { name?: string } | undefined)?.name ?? '')),
  };
  const all = (feature(topology, countries) as FeatureCollection<Geometry, { name: string }>).features;
  const territories: TerritoryFeature[] = [];
  const neighbours: Feature[] = [];
  for (const shape of all) {
    const code = NATURAL_EARTH_NAMES[shape.properties.name];
    if (code) territories.push({ ...shape, properties: { code, name: shape.properties.name } });
    else if (NEIGHBOUR_NAMES.includes(shape.properties.name)) neighbours.push(shape);
  }
  if (territories.length !== Object.keys(NATURAL_EARTH_NAMES).length) {
    throw new Error('world-atlas no longer has all six Western Balkans territories under the expected names.');
  }
  cache = { territories, neighbours };
  return cache;
}
