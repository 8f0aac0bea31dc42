import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseArchive } from '../../../src/load/parse-archive.js';
import { buildUnhcrFigures, unhcrHistoryMonths } from '../../../src/reports/unhcr-regional-update/build-unhcr-model.js';
import { unhcrMonthSchema, type UnhcrMonth } from '../../../src/reports/unhcr-regional-update/schema.js';
import type { MonthHistory } from '../../../src/reports/report-bundle.js';
import { dashedDate, intentionNote2020, wordUnhcr2020, type Unhcr2020Words } from '../../../src/reports/unhcr-regional-update/wording-2020.js';
import { ROOT } from '../../helpers/run-cli.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'layout-2020', 'data');
const january = unhcrMonthSchema.parse(parse(readFileSync(path.join(FIXTURE, '2020-01', 'unhcr-regional-update.yaml'), 'utf8')));
const archiveFile = path.join(FIXTURE, 'archive', 'unhcr-regional-update.csv');
const archive = parseArchive(archiveFile, readFileSync(archiveFile, 'utf8'));

/** A later month of 2020: January's file with Serbia's arrivals and applications replaced. */
function monthOf(month: string, serbia: { arrivals: number; applications: number }): UnhcrMonth {
  return {
    ...january,
    month,
    data_as_of: undefined,
    arrivals: { ...january.arrivals, by_territory: { ...january.arrivals.by_territory, SRB: serbia.arrivals } },
    asylum: { ...january.asylum, by_territory: { ...january.asylum.by_territory, SRB: { intentions: 0, applications: serbia.applications } } },
  };
}

/** A history as the pipeline hands it over: data/ from January 2020, the test archive before it. */
function historyOf(months: Map<string, UnhcrMonth>, month: string, archived = archive.months): MonthHistory<UnhcrMonth> {
  return {
    month,
    data: months.get(month)!,
    get: (each) => months.get(each),
    firstMonth: [...months.keys()].sort()[0],
    archived: (each) => archived.get(each),
    archiveIllustrative: archive.illustrative,
  };
}

const months = new Map<string, UnhcrMonth>([
  ['2020-01', january],
  ['2020-02', monthOf('2020-02', { arrivals: 1_000, applications: 40 })],
]);

describe('the months a build reads follow its layout', () => {
  it('reads four calendar years for the 2020 dashboard, last year and a 13-month series for the others', () => {
    expect(unhcrHistoryMonths('2020-03', january)[0]).toBe('2017-01');
    expect(unhcrHistoryMonths('2020-03', { ...january, layout: '2025' })[0]).toBe('2019-01');
    // The later layouts read last January onwards (and 13 months of persons present, which never reach further).
    expect(unhcrHistoryMonths('2020-12', { ...january, layout: '2023' })[0]).toBe('2019-01');
    // Without the month's data (its file is broken, or the preview asks), the widest window.
    expect(unhcrHistoryMonths('2020-03')[0]).toBe('2017-01');
    expect(unhcrHistoryMonths('2020-03').at(-1)).toBe('2020-03');
  });
});

describe('the 2020 dashboard’s figures, from the month files and the archive', () => {
  const { series, model, warnings } = buildUnhcrFigures(historyOf(months, '2020-02'));
  const dashboard = series.dashboard!;
  const serbia = <T extends { code: string }>(rows: T[]) => rows.find((row) => row.code === 'SRB')!;

  it('compares this year so far with the whole of last year, per territory', () => {
    // Serbia 2019: 12 × (200 × 3) + (1 + … + 12) = 7,278; 2020: 2,260 + 1,000.
    expect(serbia(dashboard.yearComparison)).toEqual({ code: 'SRB', previousYear: 7_278, thisYear: 3_260 });
    // Kosovo 2019: 12 × 3 + 78 = 114; 2020: 35 + 35.
    expect(dashboard.yearComparison.find((row) => row.code === 'XKS')).toEqual({ code: 'XKS', previousYear: 114, thisYear: 70 });
    expect(model.dashboard!.comparison.rows.find((row) => row.name === 'Serbia')).toMatchObject({ previous: '7,278', current: '3,260' });
  });

  it('draws the last twelve months on one scale for all six territories', () => {
    const row = serbia(dashboard.evolution);
    expect(row.months.map((each) => each.month)).toEqual([
      '2019-03',
      '2019-04',
      '2019-05',
      '2019-06',
      '2019-07',
      '2019-08',
      '2019-09',
      '2019-10',
      '2019-11',
      '2019-12',
      '2020-01',
      '2020-02',
    ]);
    // March-December 2019: 10 × 600 + (3 + … + 12) = 6,075; then 2,260 and 1,000.
    expect(row.arrivals).toBe(9_335);
    // Applications: 3 + … + 12 = 75, then 17 and 40.
    expect(row.applications).toBe(132);
    // The highest monthly figure of any territory: Serbia's January 2020 (2,260).
    expect(dashboard.evolutionMax).toBe(2_260);
    expect(model.dashboard!.evolution.max).toBe('2,260');
  });

  it('draws four calendar years per territory, this year up to the built month', () => {
    expect(dashboard.years).toEqual([2017, 2018, 2019, 2020]);
    const row = serbia(dashboard.fourYears);
    expect(row.months).toHaveLength(38);
    expect(row.months[0]).toEqual({ month: '2017-01', arrivals: 201, applications: 1 });
    expect(row.months.at(-1)).toEqual({ month: '2020-02', arrivals: 1_000, applications: 40 });
  });

  it('counts applications as intentions where there is no intention step, as the edition’s note says', () => {
    // January: intentions 2,140 + 690 + 1,105 = 3,935, plus the applications of Albania, Kosovo and
    // North Macedonia (95 + 14 + 36); February adds the same again, with Serbia's 0 intentions.
    // January 3,935 + 145 = 4,080; February 2,140 + 690 + 0 + 145 = 2,975.
    expect(model.dashboard!.intentions).toBe('7,055');
  });

  it('adds up who is present over the territories that give it, with each part’s share', () => {
    // Men: 86 + 4,480 + 40 + 104 + 90 + 4,260 = 9,060 of 11,950 present (75.8%).
    expect(model.dashboard!.demographics.rows[0]).toEqual({ label: 'Men', count: '9,060', share: '76%' });
    expect(model.dashboard!.demographics.total).toBe('11,950');
    expect(model.dashboard!.demographics.leftOut).toBe('');
  });

  it('says the archive’s figures were filled in, and raises no warning when nothing is missing', () => {
    expect(model.illustrative.map((note) => note.block)).toContain('Monthly arrivals and applications from the archive');
    expect(model.illustrative.find((note) => note.block.includes('archive'))!.months).toBe('January 2017 to December 2019');
    expect(warnings).toEqual([]);
  });
});

describe('the 2020 dashboard with months missing', () => {
  it('warns of a month missing inside the archive, and shows the totals that need it as n/a', () => {
    const gappy = new Map(archive.months);
    gappy.delete('2019-05');
    const { series, warnings } = buildUnhcrFigures(historyOf(months, '2020-02', gappy));
    expect(series.dashboard!.yearComparison.find((row) => row.code === 'SRB')!.previousYear).toBeNull();
    expect(series.dashboard!.evolution.find((row) => row.code === 'SRB')!.arrivals).toBeNull();
    expect(warnings.map((warning) => warning.message)).toEqual([expect.stringMatching(/^No data for May 2019 in the archive or data\//)]);
  });

  it('warns of the months before the archive begins: the dashboard draws them, so they are not outside its record', () => {
    const later = new Map([...archive.months].filter(([month]) => month >= '2018-01'));
    const { series, warnings } = buildUnhcrFigures(historyOf(months, '2020-02', later));
    const serbia = series.dashboard!.fourYears.find((row) => row.code === 'SRB')!;
    expect(serbia.months.filter((each) => each.arrivals === null).map((each) => each.month)).toHaveLength(12);
    expect(warnings.map((warning) => warning.message)).toEqual([expect.stringMatching(/^No data for January to December 2017 in the archive or data\//)]);
  });

  it('warns of a territory left out of an archived month, pointing at that month in the archive', () => {
    const gappy = new Map(archive.months);
    gappy.set('2019-06', { ...gappy.get('2019-06'), BIH: undefined });
    gappy.set('2018-03', { ...gappy.get('2018-03'), XKS: { arrivals: 4 } });
    const { series, warnings } = buildUnhcrFigures(historyOf(months, '2020-02', gappy));
    expect(series.dashboard!.yearComparison.find((row) => row.code === 'BIH')!.previousYear).toBeNull();
    expect(warnings.map(({ message, archiveMonth }) => ({ message, archiveMonth }))).toEqual([
      { message: expect.stringMatching(/^Bosnia and Herzegovina has no arrivals figure for June 2019 in the archive: /), archiveMonth: '2019-06' },
      { message: expect.stringMatching(/^Bosnia and Herzegovina has no applications figure for June 2019 in the archive: /), archiveMonth: '2019-06' },
    ]);
    // Kosovo's missing applications of March 2018 are outside the twelve months, where no applications are printed.
  });

  it('warns of a territory giving no demographics while others do', () => {
    const withoutBih = new Map(months);
    const bih = january.present.by_territory.BIH!;
    withoutBih.set('2020-01', { ...january, present: { ...january.present, by_territory: { ...january.present.by_territory, BIH: { ...bih, demographics: undefined } } } });
    const { model, warnings } = buildUnhcrFigures(historyOf(withoutBih, '2020-01'));
    // Men without Bosnia and Herzegovina: 9,060 − 4,480 = 4,580 of 11,950 − 5,600 = 6,350 (72%).
    expect(model.dashboard!.demographics.rows[0]).toEqual({ label: 'Men', count: '4,580', share: '72%' });
    expect(warnings).toEqual([expect.objectContaining({ field: 'present.by_territory.BIH', message: expect.stringMatching(/^Bosnia and Herzegovina gives no demographics/) })]);
  });

  it('warns of a month missing from data/ once, with the other figures that need it', () => {
    const withGap = new Map([...months, ['2020-03', monthOf('2020-03', { arrivals: 500, applications: 5 })]]);
    withGap.delete('2020-02');
    const { series, warnings } = buildUnhcrFigures(historyOf(withGap, '2020-03'));
    expect(series.dashboard!.yearComparison.find((row) => row.code === 'SRB')!.thisYear).toBeNull();
    expect(warnings.map((warning) => warning.message)).toEqual([expect.stringMatching(/^No data for 2020-02: .*the dashboard’s charts\) show n\/a$/)]);
    // The pages say it too, not only the build.
    const { model } = buildUnhcrFigures(historyOf(withGap, '2020-03'));
    expect(model.dashboard!.gaps).toBe(
      'There is no data for February 2020 (neither a month file nor lines in the archive): the charts leave that month empty and the figures that need it show n/a.',
    );
  });
});

describe('warnings about charts', () => {
  const onlyAlbania = (layout: '2020' | '2025') => {
    const byTerritory = Object.fromEntries(
      Object.entries(january.present.by_territory).map(([code, entry]) => [code, code === 'ALB' ? { ...entry!, accommodation: { asylum_centres: entry!.persons } } : entry]),
    );
    return new Map([['2020-01', { ...january, layout, present: { ...january.present, by_territory: byTerritory } }]]);
  };

  it('warn about the accommodation breakdown only in the layouts that draw it', () => {
    const accommodationWarnings = (layout: '2020' | '2025') =>
      buildUnhcrFigures(historyOf(onlyAlbania(layout), '2020-01')).warnings.filter((warning) => /accommodation/.test(warning.message));
    expect(accommodationWarnings('2020')).toEqual([]);
    expect(accommodationWarnings('2025')).toHaveLength(5);
  });

  it('say so when no territory gives an accommodation breakdown, instead of an empty chart', () => {
    const { model, warnings } = buildUnhcrFigures(historyOf(new Map([['2020-01', { ...january, layout: '2025' as const }]]), '2020-01'));
    expect(model.present.accommodationAvailable).toBe(false);
    expect(warnings.map((warning) => warning.message)).toContain('No territory gives an accommodation breakdown; the regional breakdown chart is replaced by a sentence saying so');
  });
});

describe('asylum in the first month of the record', () => {
  it('shows n/a and warns when a territory with an intention step gives no figures, rather than a ratio over the others', () => {
    const { MNE: _montenegro, ...others } = january.asylum.by_territory;
    const withoutMontenegro = new Map([['2020-01', { ...january, asylum: { ...january.asylum, by_territory: others } }]]);
    const { model, warnings } = buildUnhcrFigures(historyOf(withoutMontenegro, '2020-01'));
    expect(model.asylum.intentions).toBe('n/a');
    expect(model.asylum.ratio).toBe('n/a');
    expect(model.dashboard!.intentions).toBe('n/a');
    // The archive shows Montenegro reporting applications through 2019: it is silent this month.
    expect(warnings).toEqual([expect.objectContaining({ field: 'asylum.by_territory.MNE', message: expect.stringMatching(/^Montenegro has no asylum figures for 2020-01/) })]);
  });
});

describe('an intention step that changes during the year', () => {
  it('counts each month with the territories its own file lists, and words the note from the built month', () => {
    const year = new Map<string, UnhcrMonth>();
    for (let number = 1; number <= 8; number++) {
      const month = `2020-0${number}`;
      const july = number >= 7;
      const by_territory = { ...january.asylum.by_territory, ALB: july ? { intentions: 10, applications: 95 } : { applications: 95 } };
      year.set(month, {
        ...january,
        month,
        data_as_of: undefined,
        asylum: { ...january.asylum, intention_step: july ? ['ALB', 'BIH', 'MNE', 'SRB'] : ['BIH', 'MNE', 'SRB'], by_territory },
      });
    }
    const { model, warnings } = buildUnhcrFigures(historyOf(year, '2020-08'));
    // January-June: 2,140 + 690 + 1,105 = 3,935 a month; July-August: 3,945 with Albania's 10.
    expect(model.asylum.intentions).toBe('31,500');
    // Applications of the territories with the step: 126 a month, then 221 with Albania's 95: 1,198 / 31,500 = 3.8%.
    expect(model.asylum.ratio).toBe('4%');
    expect(model.figures.intentionStep).toEqual(['ALB', 'BIH', 'MNE', 'SRB']);
    expect((model.words as Unhcr2020Words).intentionNote).toMatch(/^Only 4 countries are having/);
    expect(warnings.filter((warning) => /intention/.test(warning.message))).toEqual([]);
  });
});

describe('a territory with an intention step and no asylum entry, with nothing before to go by', () => {
  it('makes the intentions and the ratio n/a with a warning on its intention step (2025 layout, no archive)', () => {
    const { MNE: _montenegro, ...others } = january.asylum.by_territory;
    const alone = new Map([['2020-01', { ...january, layout: '2025' as const, asylum: { ...january.asylum, by_territory: others } }]]);
    const { model, warnings } = buildUnhcrFigures(historyOf(alone, '2020-01', new Map()));
    expect(model.asylum.intentions).toBe('n/a');
    expect(model.asylum.ratio).toBe('n/a');
    expect(warnings.map((warning) => warning.field)).toContain('asylum.by_territory.MNE.intentions');
  });
});

describe('a territory the archive shows reporting, silent in the record’s first month', () => {
  it('makes the regional asylum totals n/a with a warning, and warns of its missing arrivals', () => {
    const { XKS: _kosovo, ...asylumWithoutKosovo } = january.asylum.by_territory;
    const { ALB: _albania, ...arrivalsWithoutAlbania } = january.arrivals.by_territory;
    const silent = new Map([
      ['2020-01', { ...january, asylum: { ...january.asylum, by_territory: asylumWithoutKosovo }, arrivals: { ...january.arrivals, by_territory: arrivalsWithoutAlbania } }],
    ]);
    const { model, warnings } = buildUnhcrFigures(historyOf(silent, '2020-01'));
    // Without the archive's 2019 as evidence, 271 - 14 = 257 applications would print as if complete.
    expect(model.asylum.applications).toBe('n/a');
    expect(model.dashboard!.intentions).toBe('n/a');
    expect(warnings.map((warning) => warning.field)).toEqual(['arrivals.by_territory.ALB', 'asylum.by_territory.XKS']);
  });
});

describe('the 2020 dashboard’s words, as the January 2020 edition prints them', () => {
  const words = wordUnhcr2020('2020-01', buildUnhcrFigures(historyOf(months, '2020-01')).model.figures, '2020-01-31', [2017, 2018, 2019, 2020]) as Unhcr2020Words;

  it('prints the edition’s headings', () => {
    expect(words.comparisonHeading).toBe('Mixed Migrations "new arrivals" comparison between current year and total of 2019');
    expect(words.asylumHeading).toBe('Asylum Statistics in WB in 2020');
    expect(words.fourYearsHeading).toBe('Monthly Mixed Movements (new arrivals) 2017 - 2018 - 2019 - 2020');
    expect(words.dataAsOf).toBe('31-01-2020');
  });

  it('counts the countries with an intention step from the data', () => {
    // The edition: "Only 3 countries are having an asylum policy with a procedure including
    // Intention before the application to asylum. The percentage is reflacting [sic] …".
    expect(words.intentionNote).toBe(
      'Only 3 countries are having an asylum policy with a procedure including Intention before the application to asylum. The percentage is reflecting this information for only the concerned countries.',
    );
    expect(intentionNote2020(1)).toMatch(/^Only 1 country is having an asylum policy/);
    expect(intentionNote2020(6)).toBe('All 6 countries are having an asylum policy with a procedure including Intention before the application to asylum.');
    expect(dashedDate('2019-12-05')).toBe('05-12-2019');
  });
});
