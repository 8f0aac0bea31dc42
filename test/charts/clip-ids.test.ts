import { describe, expect, it } from 'vitest';
import { ownClipIds, renderChartSvg } from '../../src/charts/render-chart-svg.js';

describe('clip path ids in chart SVGs', () => {
  it('numbers them within the chart, prefixed with its id, references included', () => {
    const svg = '<g clip-path="url(#clip41)"></g><g clip-path="url(#clip40)"></g><defs><clipPath id="clip40"/><clipPath id="clip41"/></defs>';
    expect(ownClipIds(svg, 'map')).toBe('<g clip-path="url(#map-clip1)"></g><g clip-path="url(#map-clip2)"></g><defs><clipPath id="map-clip2"/><clipPath id="map-clip1"/></defs>');
  });

  it('gives the same SVG however many charts were drawn before it', async () => {
    const chart = {
      id: 'bars',
      altText: 'two bars',
      spec: {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        width: 100,
        height: 50,
        data: {
          values: [
            { a: 'x', b: 1 },
            { a: 'y', b: 2 },
          ],
        },
        mark: { type: 'bar', clip: true },
        encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
      },
    } as Parameters<typeof renderChartSvg>[0];
    const first = await renderChartSvg(chart);
    await renderChartSvg({ ...chart, id: 'other' });
    const again = await renderChartSvg(chart);
    expect(first.svg).toContain('clip-path="url(#bars-clip1)"');
    expect(again.svg).toBe(first.svg);
  });
});
