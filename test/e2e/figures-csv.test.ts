import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { axisLabelsOf, printedNumbers } from '../helpers/printed-numbers.js';
import { copySampleData, makeTempDir, ROOT, runCli } from '../helpers/run-cli.js';

/** Removes a territory from an IOM month's registrations and nationalities on arrival, as if it did not report. */
async function silenceIom(file: string, code: string): Promise<void> {
  const document = parseDocument(await readFile(file, 'utf8'));
  document.deleteIn(['registrations', 'by_territory', code]);
  document.deleteIn(['nationalities_on_arrival', 'by_territory', code]);
  await writeFile(file, document.toString());
}

type Record = { [column: string]: string } & { note: string; value: string; chart: string; status: string };

async function readCsv(file: string): Promise<{ header: string[]; hashtags: string[]; records: Record[] }> {
  const [header, hashtags, ...rest] = parse(await readFile(file, 'utf8'), { relax_column_count: false }) as string[][];
  return { header: header!, hashtags: hashtags!, records: rest.map((cells) => Object.fromEntries(header!.map((name, index) => [name, cells[index] ?? ''])) as Record) };
}

/**
 * The CSV and the PDF print the same figures: every number the PDF prints (dates, years and the
 * charts' axis ticks aside) is a value of the CSV, and every figure the CSV says is printed (a row
 * with no chart) is in the PDF's text.
 */
async function expectSameFigures(folder: string, base: string): Promise<Record[]> {
  const html = await readFile(path.join(folder, `${base}.html`), 'utf8');
  const { numbers, text } = printedNumbers(path.join(folder, `${base}.pdf`), axisLabelsOf(html));
  const { records } = await readCsv(path.join(folder, `${base}.csv`));
  const values = new Set(records.filter((record) => record.value !== '').map((record) => Math.abs(Number(record.value))));
  expect(numbers.filter((number) => !values.has(number))).toEqual([]);
  const printedFigures = new Set(numbers);
  const notInPdf = records.filter((record) => record.chart === '' && record.value !== '' && !printedFigures.has(Math.abs(Number(record.value))));
  expect(notInPdf.map((record) => `${record.figure_code} ${record.territory_code} ${record.value}`)).toEqual([]);
  // A figure the CSV has as not available prints "n/a", or "-" where the source publishes none.
  const unavailable = records.filter((record) => record.chart === '' && record.status === 'not available');
  // One that is not printed at all says why, as the report does.
  if (unavailable.some((record) => record.note === '')) expect(text).toContain('n/a');
  for (const record of unavailable)
    if (!record.note.startsWith('The source'))
      expect(text.replace(/\s+/g, ' ')).toContain(record.note === '' ? 'n/a' : record.note.replace(/^No comparison: (.*)\.$/, '$1').slice(0, 40));
  if (unavailable.some((record) => record.note === 'The source publishes no figure')) expect(text).toMatch(/\s-\s/);
  return records;
}

describe('the figures as data: a CSV beside every PDF', () => {
  let out: string;
  beforeAll(async () => {
    out = await makeTempDir();
    for (const month of ['2025-12', '2024-12']) {
      const result = await runCli(['--month', month, '--out', out]);
      expect(result.stderr).not.toMatch(/failed unexpectedly/);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`wrote ${path.join(out, month, `unhcr-regional-update-${month}.csv`)}`);
    }
  }, 180_000);

  it('carries a header row and an HXL hashtag row that HXL tools accept', async () => {
    const { header, hashtags } = await readCsv(path.join(out, '2025-12', 'unhcr-regional-update-2025-12.csv'));
    expect(header).toHaveLength(hashtags.length);
    // HXL: every cell of the row is a hashtag with lower-case attributes, and the row is recognised by its hashtags.
    for (const tag of hashtags) expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$/);
    expect(hashtags).toEqual(expect.arrayContaining(['#date+reported', '#country+code', '#country+name', '#indicator+name', '#indicator+value+num', '#meta+source', '#status']));
    expect(header.slice(0, 3)).toEqual(['report', 'report_month', 'block']);
  });

  it('has the December 2025 figures the edition publishes', async () => {
    const { records } = await readCsv(path.join(out, '2025-12', 'unhcr-regional-update-2025-12.csv'));
    const printed = (code: string, territory = '') => records.filter((record) => record.figure_code === code && record.territory_code === territory && record.chart === '');
    // The December 2025 edition: 11,814 arrivals in the year, a 32% decrease, 14,088 intentions, 838 applications, 6%, 2,289 present, 134 UASC.
    expect(printed('estimate.year_to_date')[0]).toMatchObject({ value: '11814', unit: 'persons', status: 'complete', period_start: '2025-01-01', period_end: '2025-12-31' });
    expect(printed('estimate.change')[0]).toMatchObject({ value: '-32', unit: 'percent change' });
    expect(printed('asylum.intentions')[0]!.value).toBe('14088');
    expect(printed('asylum.applications')[0]!.value).toBe('838');
    expect(printed('asylum.application_vs_intention')[0]).toMatchObject({ value: '6', unit: 'percent' });
    expect(printed('present.total')[0]).toMatchObject({ value: '2289', period_start: '2025-12-31', period_end: '2025-12-31' });
    expect(printed('present.uasc')[0]!.value).toBe('134');
    expect(printed('arrivals.year_to_date', 'BIH')[0]).toMatchObject({ value: '5393', territory: 'Bosnia and Herzegovina' });
    expect(printed('arrivals.year_to_date', 'XKS')[0]).toMatchObject({ value: '769', territory: 'Kosovo (S/RES/1244 (1999))' });
    expect(printed('present.share', 'BIH')[0]!.value).toBe('49');
    // The sample fills in figures the edition does not publish: every row says so.
    expect(new Set(records.map((record) => record.illustrative))).toEqual(new Set(['yes']));
  });

  it('gives the values behind each chart, named by the chart', async () => {
    const { records } = await readCsv(path.join(out, '2025-12', 'unhcr-regional-update-2025-12.csv'));
    const charts = new Set(records.map((record) => record.chart).filter(Boolean));
    expect([...charts].sort()).toEqual(['accommodation', 'arrivals-comparison', 'arrivals-map', 'nationalities', 'present-by-month', 'uasc']);
    // Persons present at the end of each month: 13 month-ends, December 2024 first (3,663 in the chart).
    const byMonth = records.filter((record) => record.chart === 'present-by-month');
    expect(byMonth).toHaveLength(13);
    expect(byMonth[0]).toMatchObject({ period_end: '2024-12-31', value: '3663' });
    expect(records.find((record) => record.chart === 'nationalities' && record.category === 'Afghanistan')!.value).toBe('640');
  });

  it('prints in the PDF every figure it carries, and carries every figure the PDF prints (2025 layout)', async () => {
    await expectSameFigures(path.join(out, '2025-12'), 'unhcr-regional-update-2025-12');
  });

  it('does the same for the IOM brief, with its tables, changes and n/a', async () => {
    const records = await expectSameFigures(path.join(out, '2024-12'), 'iom-dtm-brief-2024-12');
    expect(records.find((record) => record.figure_code === 'registrations.change')).toMatchObject({ unit: 'percent change' });
    await expectSameFigures(path.join(out, '2024-12'), 'unhcr-regional-update-2024-12');
  });

  it('gives a table row the period its label names, and the trafficking permits the years the source gives', async () => {
    const { records } = await readCsv(path.join(out, '2024-12', 'iom-dtm-brief-2024-12.csv'));
    const range = records.filter((record) => /2018 ?- ?2023$/.test(record.figure ?? ''));
    expect(range.length).toBeGreaterThan(0);
    for (const record of range) expect(record).toMatchObject({ period_start: '2018-01-01', period_end: '2023-12-31' });
    expect(records.find((record) => record.figure_code === 'trafficking.permits')).toMatchObject({ value: '34', period_start: '2016-01-01', period_end: '2023-12-31' });
  });

  it('says why a figure is not available or partial, naming the month or territory, as the report does', async () => {
    const data = await copySampleData();
    await rm(path.join(data, '2025-07'), { recursive: true });
    const file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/ {4}MKD:\n {6}persons: 26\n {6}uasc: 2\n {6}accommodation: \{ reception_centres: 26 \}\n/, ''));
    const html = out + '-notes';
    const result = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--html', '--data', data, '--out', html]);
    expect(result.code, result.stderr).toBe(0);
    const { records } = await readCsv(path.join(html, '2025-12', 'unhcr-regional-update-2025-12.csv'));
    const printed = (code: string, territory = '') => records.find((record) => record.figure_code === code && record.territory_code === territory && record.chart === '')!;
    expect(printed('asylum.applications')).toMatchObject({ status: 'not available', note: 'The 2025 totals are not available: there is no data for July 2025.' });
    expect(printed('arrivals.year_to_date', 'ALB')).toMatchObject({ status: 'not available', note: 'There is no data for July 2025.' });
    expect(printed('present.persons', 'MKD')).toMatchObject({ status: 'not available', note: 'North Macedonia did not report for December 2025.' });
    expect(printed('present.total')).toMatchObject({ status: 'partial', value: '2263' });
    expect(printed('present.total').note).toMatch(/leave out North Macedonia/);
    // Shares of a partial total are partial too; the nationalities, given for the region, are not.
    expect(printed('present.share', 'BIH')).toMatchObject({ status: 'partial', value: '50' });
    expect(records.filter((record) => record.figure_code === 'present.nationality').map((record) => record.status)).not.toContain('partial');
    expect(records.find((record) => record.chart === 'present-by-month' && record.period_end === '2025-07-31')).toMatchObject({
      status: 'not available',
      note: 'There is no data for July 2025.',
    });
  }, 60_000);

  it('gives only the values a chart draws, and no rows for a chart the layout leaves out', async () => {
    const data = await copySampleData();
    const file = path.join(data, '2025-06', 'unhcr-regional-update.yaml');
    // No accommodation breakdown: the page says so in a sentence instead of the chart.
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n {6}accommodation: \{[^}]*\}/g, ''));
    const own = out + '-charts';
    const result = await runCli(['--month', '2025-06', '--report', 'unhcr-regional-update', '--html', '--charts', '--data', data, '--out', own]);
    expect(result.code, result.stderr).toBe(0);
    const { records } = await readCsv(path.join(own, '2025-06', 'unhcr-regional-update-2025-06.csv'));
    // January to June of both years, as the chart draws them.
    const comparison = records.filter((record) => record.chart === 'arrivals-comparison');
    expect(comparison.map((record) => (record.period_start ?? '').slice(0, 7))).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    expect(records.filter((record) => record.chart === 'accommodation')).toEqual([]);
    expect((await readdir(path.join(own, '2025-06', 'charts'))).filter((name) => name.includes('accommodation'))).toEqual([]);
  }, 60_000);

  it('says why an IOM regional figure is n/a: the territory that did not report', async () => {
    const data = await copySampleData();
    const file = path.join(data, '2024-12', 'iom-dtm-brief.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    SRB: 620\n', ''));
    const own = out + '-iom';
    const result = await runCli(['--month', '2024-12', '--report', 'iom-dtm-brief', '--html', '--data', data, '--out', own]);
    expect(result.code, result.stderr).toBe(0);
    const { records } = await readCsv(path.join(own, '2024-12', 'iom-dtm-brief-2024-12.csv'));
    const printed = records.find((record) => record.figure_code === 'registrations.month' && record.territory_code === '' && record.chart === '')!;
    const sentence = 'The registrations in December 2024, the change against November 2024 and the total for 2024 are not available: Serbia did not report for December 2024.';
    expect(printed).toMatchObject({ status: 'not available', note: sentence });
    // The brief says it under its key figures, as the CSV does.
    expect(await readFile(path.join(own, '2024-12', 'iom-dtm-brief-2024-12.html'), 'utf8')).toContain(sentence);
    // The chart beside it adds up the others, and says so.
    const drawn = records.find(
      (record) => record.figure_code === 'registrations.month' && record.territory_code === '' && record.period_start === '2024-12-01' && record.chart !== '',
    )!;
    expect(drawn).toMatchObject({ status: 'partial', value: String(3100 - 620) });
    expect(records.filter((record) => record.status === 'not available' && record.note === '')).toEqual([]);
  }, 60_000);

  it('keeps a regional IOM figure n/a when a territory is silent and a month of the year is missing besides, naming both', async () => {
    const data = await copySampleData();
    await silenceIom(path.join(data, '2024-12', 'iom-dtm-brief.yaml'), 'XKS');
    await rm(path.join(data, '2024-06', 'iom-dtm-brief.yaml'));
    const own = out + '-iom-gap';
    const result = await runCli(['--month', '2024-12', '--report', 'iom-dtm-brief', '--html', '--data', data, '--out', own]);
    expect(result.code, result.stderr).toBe(0);
    const { records } = await readCsv(path.join(own, '2024-12', 'iom-dtm-brief-2024-12.csv'));
    // Before: the month's figure added up the others (2,852) and was marked complete.
    expect(records.find((record) => record.figure_code === 'registrations.month' && record.chart === '')).toMatchObject({
      value: '',
      status: 'not available',
      note: 'The registrations in December 2024, the change against November 2024 and the total for 2024 are not available: there is no data for June 2024; Kosovo did not report for December 2024.',
    });
  }, 60_000);

  it('says why the January change is n/a when a territory did not report in December, and warns at that file', async () => {
    const data = await copySampleData();
    await silenceIom(path.join(data, '2023-12', 'iom-dtm-brief.yaml'), 'XKS');
    const own = out + '-iom-january';
    const result = await runCli(['--month', '2024-01', '--report', 'iom-dtm-brief', '--html', '--data', data, '--out', own]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /2023-12\/iom-dtm-brief\.yaml:\d+:\d+: warning: registrations\.by_territory\.XKS: Kosovo has no registrations on arrival figure for 2023-12 though it has one for 2024-01/,
    );
    const { records } = await readCsv(path.join(own, '2024-01', 'iom-dtm-brief-2024-01.csv'));
    expect(records.find((record) => record.figure_code === 'registrations.change')!.note).toBe(
      'The change against December 2023 is not available: Kosovo did not report for December 2023.',
    );
    const strict = await runCli(['--month', '2024-01', '--report', 'iom-dtm-brief', '--html', '--strict', '--data', data, '--out', own]);
    expect(strict.code).toBe(2);
  }, 60_000);

  it('follows the 2023 layout, rounded running text included', async () => {
    const data = await copySampleData();
    const file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}\nlayout: 2023\n`);
    const result = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--data', data, '--out', out + '-2023']);
    expect(result.code).toBe(0);
    const records = await expectSameFigures(path.join(out + '-2023', '2025-12'), 'unhcr-regional-update-2025-12');
    // "some 11,800" in the running text, 11,814 in the box.
    expect(records.find((record) => record.figure_code === 'estimate.year_to_date.rounded')!.value).toBe('11800');
  }, 120_000);

  it('follows the 2020 dashboard', async () => {
    const cwd = path.join(ROOT, 'test', 'fixtures', 'layout-2020');
    const result = await runCli(['--month', '2020-01', '--out', out + '-2020'], { cwd });
    expect(result.code).toBe(0);
    const records = await expectSameFigures(path.join(out + '-2020', '2020-01'), 'unhcr-regional-update-2020-01');
    expect(records.find((record) => record.figure_code === 'asylum.intention_step_countries')!.value).toBe('3');
  }, 120_000);
});
