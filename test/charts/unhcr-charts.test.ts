import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/charts/render-chart-svg.js';
import { unhcrRegionalUpdate } from '../../src/reports/unhcr-regional-update/index.js';
import { expectGolden, normaliseSpec, normaliseSvg } from '../helpers/golden.js';
import type { UnhcrMonth } from '../../src/reports/unhcr-regional-update/schema.js';
import { historyOf, loadSampleMonths, loadSampleUnhcrMonths } from '../helpers/sample-history.js';
import { parseArchive } from '../../src/load/parse-archive.js';
import { unhcrMonthSchema } from '../../src/reports/unhcr-regional-update/schema.js';

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
    expect(map.altText).toBe(
      'Map of the six territories shaded by new arrivals January-December 2025: Bosnia and Herzegovina 5,393, Serbia 4,619, North Macedonia 1,848, Albania 1,541, Montenegro 1,233, Kosovo 769.',
    );
  });
});

describe('UNHCR monthly charts with a month missing', () => {
  const partial = loadSampleUnhcrMonths();
  partial.delete('2025-06');
  partial.delete('2024-06');
  const byId = new Map(unhcrRegionalUpdate.buildModel(historyOf(partial, '2025-12')).charts.map((chart) => [chart.id, chart]));
  const xOf = (id: string) => (byId.get(id)!.spec as { encoding: { x: { scale: { domain: string[] } } } }).encoding.x.scale.domain;

  it('keep every month in calendar order, the missing one as an empty slot', () => {
    expect(xOf('arrivals-comparison')).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(xOf('present-by-month')).toEqual(['Dec 24', 'Jan 25', 'Feb 25', 'Mar 25', 'Apr 25', 'May 25', 'Jun 25', 'Jul 25', 'Aug 25', 'Sep 25', 'Oct 25', 'Nov 25', 'Dec 25']);
  });

  it('say in the alt text which months have no figure', () => {
    expect(byId.get('arrivals-comparison')!.altText).toMatch(/; no figure for June 2024 and June 2025\.$/);
    expect(byId.get('present-by-month')!.altText).toMatch(/; no figure for June 2025\.$/);
  });

  it('say so when last year has no figures at all (December 2024, the data begin in January 2024)', () => {
    const charts = unhcrRegionalUpdate.buildModel(historyOf(loadSampleUnhcrMonths(), '2024-12')).charts;
    expect(charts.find((chart) => chart.id === 'arrivals-comparison')!.altText).toMatch(/; no figures for 2023\.$/);
    expect(charts.find((chart) => chart.id === 'present-by-month')!.altText).toBe(
      'Bar chart of persons present at the end of each month from December 2023 to December 2024: 4,800 at the end of January 2024 and 3,663 at the end of December 2024; no figure for December 2023.',
    );
  });
});

describe('UNHCR alt texts say what the chart shows when bars tie or a territory has no figure', () => {
  /** December 2025 of the sample, edited. */
  function chartsWith(edit: (december: UnhcrMonth, months: Map<string, UnhcrMonth>) => void): Map<string, string> {
    const edited = loadSampleUnhcrMonths();
    const december = structuredClone(edited.get('2025-12')!);
    edit(december, edited);
    edited.set('2025-12', december);
    return new Map(unhcrRegionalUpdate.buildModel(historyOf(edited, '2025-12')).charts.map((chart) => [chart.id, chart.altText]));
  }

  it('names every leader of a tie', () => {
    const alt = chartsWith((december, months) => {
      const july = structuredClone(months.get('2025-07')!);
      july.regional_estimate.persons = 1200; // as August, the highest month of the sample
      months.set('2025-07', july);
      december.nationalities!.persons.SYR = 640; // as Afghanistan
      december.present.by_territory.SRB!.uasc = 60; // as Bosnia and Herzegovina
    });
    expect(alt.get('arrivals-comparison')).toContain('; the highest months of 2025 were July and August with 1,200 each.');
    expect(alt.get('nationalities')).toContain('; the largest groups are Afghanistan and Syrian Arab Republic with 640 (28%) each.');
    expect(alt.get('uasc')).toBe('Bar chart of unaccompanied and separated children present by territory; Bosnia and Herzegovina and Serbia have the most, 60 each.');
  });

  it('names a territory drawn without a figure, and keeps an acronym in capitals', () => {
    const alt = chartsWith((december) => {
      delete december.arrivals.by_territory.BIH;
      delete december.present.by_territory.BIH;
      december.present.by_territory.SRB!.accommodation = { asylum_centres: 203, reception_centres: 231, iom_centres: 100, outside_centres: 46 };
    });
    expect(alt.get('arrivals-map')).toMatch(/: Serbia [\d,]+, .*Kosovo [\d,]+; no figure for Bosnia and Herzegovina\.$/);
    expect(alt.get('uasc')).toBe('Bar chart of unaccompanied and separated children present by territory; Serbia has the most, 40; no figure for Bosnia and Herzegovina.');
    expect(alt.get('accommodation')).toBe(
      'Stacked bar chart of persons present by territory and type of accommodation (asylum centres, reception and transit centres, IOM-run centres, outside government-run centres); Serbia has the most, 580; no breakdown for Bosnia and Herzegovina.',
    );
  });

  it('words the first month of a year and of the record without repeating itself', () => {
    const charts = new Map(unhcrRegionalUpdate.buildModel(historyOf(loadSampleUnhcrMonths(), '2024-01')).charts.map((chart) => [chart.id, chart.altText]));
    expect(charts.get('arrivals-comparison')).toMatch(/^Bar chart of new arrivals in January 2024 against January 2023: [\d,]+ in January 2024; no figures for 2023\.$/);
    expect(charts.get('present-by-month')).toBe(
      'Bar chart of persons present at the end of each month from January 2023 to January 2024: 4,800 at the end of January 2024; no figure for January to December 2023.',
    );
  });
});

describe('UNHCR persons present by month with a partial month', () => {
  it('prints a note under the chart and says it in the alt text', () => {
    const edited = loadSampleUnhcrMonths();
    const june = structuredClone(edited.get('2025-06')!);
    delete june.present.by_territory.XKS;
    edited.set('2025-06', june);
    const chart = unhcrRegionalUpdate.buildModel(historyOf(edited, '2025-12')).charts.find((each) => each.id === 'present-by-month')!;
    expect(chart.note).toBe('Leaving out territories that did not report: June 2025 (Kosovo).');
    expect(chart.altText).toMatch(/; June 2025 leaves out Kosovo\.$/);
  });
});

describe('the 2020 dashboard’s charts match their golden files', () => {
  const data = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'layout-2020', 'data');
  const archiveFile = path.join(data, 'archive', 'unhcr-regional-update.csv');
  const archive = parseArchive(archiveFile, readFileSync(archiveFile, 'utf8'));
  const months = loadSampleMonths('unhcr-regional-update', unhcrMonthSchema, data);
  const history = { ...historyOf(months, '2020-01'), archived: (month: string) => archive.months.get(month), archiveFirstMonth: '2017-01' };
  const dashboardCharts = unhcrRegionalUpdate.buildModel(history).charts;

  it('builds the comparison, the demographics, the nationalities and six of each per-territory chart', () => {
    expect(dashboardCharts.map((chart) => chart.id)).toEqual([
      'arrivals-year-comparison',
      'demographics',
      'nationalities',
      ...['ALB', 'BIH', 'XKS', 'MNE', 'MKD', 'SRB'].map((code) => `evolution-${code}`),
      ...['ALB', 'BIH', 'XKS', 'MNE', 'MKD', 'SRB'].map((code) => `four-years-${code}`),
    ]);
  });

  it.each(['arrivals-year-comparison', 'demographics', 'evolution-SRB', 'four-years-SRB'])('%s', async (id) => {
    const chart = dashboardCharts.find((each) => each.id === id)!;
    expectGolden(path.join(GOLDEN, '2020', `${id}.vl.json`), normaliseSpec(chart.spec));
    const rendered = await renderChartSvg(chart);
    expectGolden(path.join(GOLDEN, '2020', `${id}.svg`), normaliseSvg(rendered.svg));
  });

  it('gives every evolution chart the same scale, from 0 to the highest monthly figure of any territory', () => {
    const domains = dashboardCharts
      .filter((chart) => chart.id.startsWith('evolution-'))
      .map((chart) => (chart.spec as { layer: Array<{ encoding: { y: { scale: { domain: number[] } } } }> }).layer[0]!.encoding.y.scale.domain);
    // Serbia's January 2020 (2,260) is higher than any archived month (at most 12 × … 600 + 12).
    expect(new Set(domains.map((domain) => domain.join()))).toEqual(new Set(['0,2260']));
  });

  it('says in the alt text what each chart shows', () => {
    const serbia = dashboardCharts.find((each) => each.id === 'four-years-SRB')!;
    // 2017: 12 × 200 + 78 = 2,478; 2018: 12 × 400 + 78 = 4,878; 2019: 7,278.
    expect(serbia.altText).toBe(
      'Line chart of monthly new arrivals in Serbia, one line per year from 2017 to 2020: 2,478 in 2017, 4,878 in 2018, 7,278 in 2019 and 2,260 in January 2020.',
    );
  });
});
