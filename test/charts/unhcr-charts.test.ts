import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/charts/render-chart-svg.js';
import { unhcrRegionalUpdate } from '../../src/reports/unhcr-regional-update/index.js';
import { expectGolden, normaliseSpec, normaliseSvg } from '../helpers/golden.js';
import { historyOf, loadSampleUnhcrMonths } from '../helpers/sample-history.js';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden', 'unhcr-regional-update');
const { charts } = unhcrRegionalUpdate.buildModel(historyOf(loadSampleUnhcrMonths(), '2025-12'));

describe('UNHCR chart specs and SVGs for December 2025 match their golden files', () => {
  it('builds the six charts the template places', () => {
    expect(charts.map((chart) => chart.id)).toEqual(['arrivals-comparison', 'arrivals-map', 'accommodation', 'present-by-month', 'nationalities', 'uasc']);
  });

  it.each(charts.map((chart) => [chart.id, chart] as const))('%s', async (id, chart) => {
    expectGolden(path.join(GOLDEN, `${id}.vl.json`), normaliseSpec(chart.spec));
    const rendered = await renderChartSvg(chart);
    expectGolden(path.join(GOLDEN, `${id}.svg`), normaliseSvg(rendered.svg));
  });
});

describe('chart text is measured with Lato, not estimated', () => {
  it('sizes the nationality labels to their real width', async () => {
    const chart = charts.find((each) => each.id === 'nationalities')!;
    const { svg } = await renderChartSvg(chart);
    // The y axis sits after the widest label. Vega's estimate (0.8 × 30 characters × 9 px = 216 px
    // for "Occupied Palestinian Territory") would push the plot far right; Lato at 9 px is about 125 px.
    const translate = /<g class="mark-group role-scope[^"]*"[^>]*transform="translate\(([\d.]+),/.exec(svg) ?? /transform="translate\(([\d.]+),/.exec(svg);
    expect(Number(translate![1])).toBeLessThan(160);
    expect(Number(translate![1])).toBeGreaterThan(100);
  });

  it('puts the alt text from the data on every chart', () => {
    const map = charts.find((each) => each.id === 'arrivals-map')!;
    expect(map.altText).toBe('Map of the six territories shaded by new arrivals January-December 2025: Bosnia and Herzegovina 5,393, Serbia 4,619, North Macedonia 1,848, Albania 1,541, Montenegro 1,233, Kosovo 769.');
  });
});
