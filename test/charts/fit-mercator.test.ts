import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitMercator } from '../../src/charts/fit-mercator.js';
import { loadWesternBalkansGeo } from '../../src/charts/western-balkans-geo.js';

describe('the map projection frames the six territories', () => {
  it('fills the box less its margin on one axis and stays inside it on the other', () => {
    const { territories } = loadWesternBalkansGeo();
    const [width, height, margin] = [290, 240, 0.06];
    const fixed = fitMercator(territories, width, height, margin);
    const project = geoMercator().scale(fixed.scale).translate(fixed.translate);
    const points = territories
      .flatMap((feature) =>
        feature.geometry.type === 'Polygon' ? feature.geometry.coordinates.flat() : feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates.flat(2) : [],
      )
      .map((position) => project(position as [number, number])!);
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const tolerance = 0.5; // half a point: edges are drawn between vertices
    expect(left).toBeGreaterThanOrEqual(width * margin - tolerance);
    expect(right).toBeLessThanOrEqual(width * (1 - margin) + tolerance);
    expect(top).toBeGreaterThanOrEqual(height * margin - tolerance);
    expect(bottom).toBeLessThanOrEqual(height * (1 - margin) + tolerance);
    // Centred, and touching the margin on the tighter axis.
    expect((left + right) / 2).toBeCloseTo(width / 2, 0);
    expect((top + bottom) / 2).toBeCloseTo(height / 2, 0);
    const fillsWidth = Math.abs(right - left - width * (1 - 2 * margin)) < 1;
    const fillsHeight = Math.abs(bottom - top - height * (1 - 2 * margin)) < 1;
    expect(fillsWidth || fillsHeight).toBe(true);
  });
});
