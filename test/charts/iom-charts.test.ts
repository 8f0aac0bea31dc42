import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/charts/render-chart-svg.js';
import { iomDtmBrief } from '../../src/reports/iom-dtm-brief/index.js';
import { expectGolden, normaliseSpec, normaliseSvg } from '../helpers/golden.js';
import { historyOf, loadSampleIomMonths } from '../helpers/sample-history.js';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden', 'iom-dtm-brief');
const { charts } = iomDtmBrief.buildModel(historyOf(loadSampleIomMonths(), '2024-12'));

describe('IOM chart specs and SVGs for December 2024 match their golden files', () => {
  it('builds the charts the template places', () => {
    expect(charts.map((chart) => chart.id)).toEqual(['monthly-registrations', 'occupancy-trend']);
  });

  it.each(charts.map((chart) => [chart.id, chart] as const))('%s', async (id, chart) => {
    expectGolden(path.join(GOLDEN, `${id}.vl.json`), normaliseSpec(chart.spec));
    expectGolden(path.join(GOLDEN, `${id}.svg`), normaliseSvg((await renderChartSvg(chart)).svg));
  });

  it('orders the months January to December, not alphabetically', async () => {
    const { svg } = await renderChartSvg(charts[0]!);
    const labels = [...svg.matchAll(/>(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)</g)].map((match) => match[1]);
    expect(labels).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });
});

describe('IOM monthly charts with a month missing', () => {
  const partial = loadSampleIomMonths();
  partial.delete('2024-06');
  const byId = new Map(iomDtmBrief.buildModel(historyOf(partial, '2024-12')).charts.map((chart) => [chart.id, chart]));
  const xOf = (id: string) => {
    const encoding = (byId.get(id)!.spec as { encoding: { x: { scale: { domain: string[] } } } }).encoding;
    return encoding.x.scale.domain;
  };

  it('keep every month in calendar order, the missing one as an empty slot, and say so in the alt text', () => {
    expect(xOf('monthly-registrations')).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(xOf('occupancy-trend')).toContain('Jun 24');
    expect(byId.get('monthly-registrations')!.altText).toMatch(/; no figure for June 2024\.$/);
    expect(byId.get('occupancy-trend')!.altText).toMatch(/; no figure for June 2024\.$/);
  });
});

describe('IOM alt texts with ties and a single month', () => {
  it('names every month of a tie for the highest', () => {
    const months = loadSampleIomMonths();
    const july = structuredClone(months.get('2024-07')!);
    july.registrations.by_territory = structuredClone(months.get('2024-08')!.registrations.by_territory);
    months.set('2024-07', july);
    const chart = iomDtmBrief.buildModel(historyOf(months, '2024-12')).charts.find((each) => each.id === 'monthly-registrations')!;
    expect(chart.altText).toBe(
      'Stacked bar chart of monthly registrations on arrival in the Western Balkans in 2024, by territory; the highest months were July 2024 and August 2024 with 6,300 each.',
    );
  });

  it('states a one-month trend once', () => {
    const chart = iomDtmBrief.buildModel(historyOf(loadSampleIomMonths(), '2023-12')).charts.find((each) => each.id === 'occupancy-trend')!;
    expect(chart.altText).toMatch(/: \d+% at the end of December 2023; no figure for December 2022 to November 2023\.$/);
  });
});
