import { describe, expect, it } from 'vitest';
import { buildIomFigures } from '../../../src/reports/iom-dtm-brief/build-iom-model.js';
import type { IomMonth } from '../../../src/reports/iom-dtm-brief/schema.js';
import { historyOf, loadSampleIomMonths } from '../../helpers/sample-history.js';

const months = loadSampleIomMonths();

/** The sample's figures for December 2024 after one month of the sample is edited. */
function buildEdited(month: string, edit: (data: IomMonth) => void) {
  const copy = new Map(months);
  const data = structuredClone(months.get(month)!);
  edit(data);
  copy.set(month, data);
  return buildIomFigures(historyOf(copy, '2024-12'));
}

describe('IOM figures for December 2024 from the sample data', () => {
  const { model, warnings } = buildIomFigures(historyOf(months, '2024-12'));

  // Every expectation below is printed in shared/reference/iom-dtm-brief-2024-12.txt.
  it('prints the registrations on arrival key figures', () => {
    expect(model.registrations).toEqual({ month: '3,100', change: '- 33%', yearToDate: '56,213', unavailable: '' });
    expect(model.previousMonthLabel).toBe('November 2024');
  });

  it('prints the top 3 nationalities per territory with shares and changes', () => {
    const arrow = { up: '↑ ', down: '↓ ', flat: '', none: '' } as const;
    const text = model.nationalities.rows.map(
      (row) => `${row.name}: ${row.cells.map((cell) => `${cell.name} (${cell.share}) ${arrow[cell.direction]}${cell.change}`).join(' | ')}`,
    );
    expect(text).toEqual([
      'Albania: Syrian Arab Republic (36%) ↓ -8% | Pakistan (27%) ↑ +16% | Egypt (7%) ↓ -2%',
      'Bosnia and Herzegovina: Afghanistan (22%) ↑ +1% | Morocco (16%) ↓ -9% | Syrian Arab Republic (11%) ↓ -2%',
      'Montenegro: Afghanistan (37%) ↑ +14% | Egypt (22%) ↑ +11% | Morocco (9%) ↓ -1%',
      'North Macedonia: Syrian Arab Republic (31%) ↓ -15% | Egypt (17%) ↑ +13% | Morocco (10%) ↑ +4%',
      'Kosovo: Egypt (33%) ↑ +15% | Morocco (25%) ↓ -6% | Occupied Palestinian Territory (12%) ↑ +6%',
    ]);
  });

  // The edition numbers its notes 1 to 14; the tool adds one, to the voluntary returns table,
  // because its 2022 total (561) leaves out Serbia, printed "-" (issue 11: a partial figure says
  // what it leaves out). Every note after it moves down one.
  it('numbers the footnotes as the edition does, with the Serbia note and the partial 2022 total', () => {
    expect(model.marks.registrations).toBe('1,2');
    expect(model.marks.monthly).toBe('3');
    expect(model.marks.nationalities).toBe('5,6');
    expect(model.marks.reception).toBe('7,8');
    expect(model.marks.occupancy).toBe('9');
    expect(model.marks.voluntary).toBe('10,11');
    expect(model.marks.nonVoluntary).toBe('12,13');
    expect(model.marks.asylum).toBe('14');
    expect(model.marks.trafficking).toBe('15');
    expect(model.footnotes.returns.map((note) => note.text)[0]).toBe('The total of voluntary returns carried out in 2022 leaves out Serbia, which has no figure for it.');
    expect(model.authorities.voluntary!.rows[1]).toEqual({ label: 'Total voluntary returns carried out in 2022', values: ['561', '-'], total: '561' });
    expect(model.footnotes.nationalities.map((note) => note.text)).toEqual([
      'Data on nationalities on arrivals to Serbia is not available.',
      'Percentage increases or decreases refer to changes in the percentage share of nationalities, and not in total numbers, compared with the previous month, November 2024.',
    ]);
  });

  it('prints the assisted voluntary returns and their table', () => {
    expect([model.avrr.returns, model.avrr.male, model.avrr.female, model.avrr.grants]).toEqual(['343', '80%', '20%', '227']);
    expect(model.avrr.table.territories).toEqual(['Albania', 'Bosnia and Herzegovina', 'Montenegro', 'North Macedonia', 'Serbia', 'Kosovo']);
    expect(model.avrr.table.rows).toEqual([
      { label: 'Total returns in 2024', values: ['24', '142', '42', '10', '101', '24'], total: '343' },
      { label: 'Total returns 2016 - 2023', values: ['18', '1,420', '124', '115', '1,204', '45'], total: '2,926' },
    ]);
  });

  it('prints the returns carried out by the authorities with their totals', () => {
    expect(model.authorities.voluntary).toEqual({
      territories: ['Bosnia and Herzegovina', 'Serbia'],
      rows: [
        { label: 'Total voluntary returns carried out in 2023', values: ['381', '89'], total: '470' },
        { label: 'Total voluntary returns carried out in 2022', values: ['561', '-'], total: '561' },
      ],
    });
    expect(model.authorities.nonVoluntary!.rows.map((row) => row.total)).toEqual(['265', '324']);
  });

  it('prints the asylum figures, the published regional total included', () => {
    expect([model.asylum.applications, model.asylum.refugeeStatus, model.asylum.complementaryProtection]).toEqual(['1,017', '36', '114']);
    expect(model.asylum.table.rows).toEqual([
      { label: 'Total applications in 2024', values: ['17', '216', '113', '269', '172', '170'], total: '1,017' },
      { label: 'Total applications 2018-2023', values: ['13,259', '3,065', '6,155', '1,870', '1,413', '5,393'], total: '31,155' },
    ]);
  });

  it('prints trafficking permits, funders and the citation line', () => {
    expect(model.trafficking).toEqual({ count: '34', period: '2016 to 2023' });
    expect(model.funders).toHaveLength(4);
    expect(model.citation).toBe(
      'International Organization for Migration (IOM), 17 January 2025. DTM Western Balkans — Mixed Migratory Flows Report (December 2024). IOM, South Eastern Europe, Eastern Europe and Central Asia.',
    );
  });

  it('raises no warning: December 2023 to December 2024 is all there', () => {
    expect(warnings).toEqual([]);
  });
});

describe('IOM cumulative totals in a later year', () => {
  it("adds last year's months to last year's baseline when the new year carries none", () => {
    const extended = new Map(months);
    const january: IomMonth = structuredClone(months.get('2024-12')!);
    january.month = '2025-01';
    delete january.avrr!.before_this_year;
    extended.set('2025-01', january);
    const { model } = buildIomFigures(historyOf(extended, '2025-01'));
    // 2016-2023 published (2,926) plus the 343 returns of 2024: 3,269; Bosnia and Herzegovina 1,420 + 142.
    expect(model.avrr.table.rows[1]).toEqual({
      label: 'Total returns 2016 - 2024',
      values: ['42', '1,562', '166', '125', '1,305', '69'],
      total: '3,269',
    });
  });

  it('shows n/a for the change when last month is missing, and warns about it', () => {
    const partial = new Map(months);
    partial.delete('2024-11');
    const { model, warnings } = buildIomFigures(historyOf(partial, '2024-12'));
    expect(model.registrations.change).toBe('n/a');
    expect(model.registrations.yearToDate).toBe('n/a');
    expect(model.nationalities.rows[0]!.cells[0]!.change).toBe('n/a');
    expect(warnings.map((warning) => warning.message)).toContainEqual(expect.stringContaining('2024-11'));
  });
});

describe('IOM sanity warnings', () => {
  it('flags a published total that differs from its parts unless a reason is given', () => {
    const copy = new Map(months);
    const december = structuredClone(months.get('2024-12')!);
    delete december.asylum!.applications_total_reason;
    copy.set('2024-12', december);
    const { warnings } = buildIomFigures(historyOf(copy, '2024-12'));
    expect(warnings).toContainEqual(
      expect.objectContaining({ field: 'asylum.applications_total', message: expect.stringContaining('differs from the applications by territory added up') }),
    );
  });

  it('flags a territory silent after reporting last month', () => {
    const copy = new Map(months);
    const december = structuredClone(months.get('2024-12')!);
    delete december.registrations.by_territory.MNE;
    delete december.nationalities_on_arrival!.by_territory.MNE;
    copy.set('2024-12', december);
    const { warnings } = buildIomFigures(historyOf(copy, '2024-12'));
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'registrations.by_territory.MNE' }));
  });
});

describe('IOM figures are complete or say what they lack', () => {
  it('keeps, in a new year, the applications the published 2024 total held beyond the territories', () => {
    const extended = new Map(months);
    const january: IomMonth = structuredClone(months.get('2024-12')!);
    january.month = '2025-01';
    delete january.asylum!.before_this_year;
    delete january.asylum!.applications_total;
    delete january.asylum!.applications_total_reason;
    extended.set('2025-01', january);
    const { model } = buildIomFigures(historyOf(extended, '2025-01'));
    // 2018-2023 as published (31,155) plus 2024 as published (1,017, of which 957 by territory).
    expect(model.asylum.table.rows[1]).toEqual(expect.objectContaining({ label: 'Total applications 2018-2024', total: '32,172' }));
  });

  it('shows n/a, never a short sum, for a year in which a territory fell silent, and warns on that month', () => {
    const copy = new Map(months);
    const june = structuredClone(months.get('2024-06')!);
    delete june.asylum!.applications_by_territory.SRB;
    // Without a published regional total for June, nothing else holds Serbia's applications.
    delete june.asylum!.applications_total;
    delete june.asylum!.applications_total_reason;
    delete june.avrr!.returns_by_territory.SRB;
    copy.set('2024-06', june);
    const { model, warnings } = buildIomFigures(historyOf(copy, '2024-12'));
    expect(model.asylum.applications).toBe('n/a');
    expect(model.asylum.table.rows[0]!.total).toBe('n/a');
    expect(model.avrr.table.rows[0]!.total).toBe('n/a');
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2024-06', field: 'asylum.applications_by_territory.SRB', hint: expect.stringContaining('Add the figure') }));
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2024-06', field: 'avrr.returns_by_territory.SRB' }));
  });

  it('keeps a territory that registered no one in the nationality table, saying so', () => {
    const copy = new Map(months);
    const december = structuredClone(months.get('2024-12')!);
    december.registrations.by_territory.XKS = 0;
    delete december.nationalities_on_arrival!.by_territory.XKS;
    copy.set('2024-12', december);
    const { model } = buildIomFigures(historyOf(copy, '2024-12'));
    expect(model.nationalities.rows.find((row) => row.name === 'Kosovo')).toEqual({ name: 'Kosovo', cells: [], note: 'No registrations on arrival in December 2024' });
  });
});

describe('IOM registrations and reception with a territory silent in a month', () => {
  it('give no regional total for that month or the year, and the chart names the partial month', () => {
    const copy = new Map(months);
    const june = structuredClone(months.get('2024-06')!);
    delete june.registrations.by_territory.SRB;
    delete june.nationalities_on_arrival?.by_territory.SRB;
    delete june.reception!.by_territory.SRB;
    copy.set('2024-06', june);
    const { model, partialRegistrationMonths, occupancyTrend, warnings } = buildIomFigures(historyOf(copy, '2024-12'));
    expect(model.registrations.yearToDate).toBe('n/a');
    expect(model.registrations.month).toBe('3,100'); // December itself is complete
    expect(partialRegistrationMonths).toEqual([{ month: '2024-06', leftOut: ['Serbia'] }]);
    expect(occupancyTrend.find((point) => point.month === '2024-06')!.leftOut).toEqual(['SRB']);
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2024-06', field: 'registrations.by_territory.SRB' }));
  });

  it('footnote the regional reception totals of a month that leave a territory out', () => {
    const copy = new Map(months);
    const december = structuredClone(months.get('2024-12')!);
    delete december.reception!.by_territory.XKS;
    copy.set('2024-12', december);
    const { model, warnings } = buildIomFigures(historyOf(copy, '2024-12'));
    expect(model.footnotes.reception.map((note) => note.text)).toContain('The Western Balkans totals leave out Kosovo, which did not report for December 2024.');
    // 2,240 accommodated in the edition, less Kosovo's 40.
    expect(model.reception.total.accommodated).toBe('2,200');
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'reception.by_territory.XKS' }));
  });
});

describe('IOM comparisons and tables over territories that differ', () => {
  it('show no change against last month when last month lacks a territory this month has', () => {
    const { model } = buildEdited('2024-11', (data) => {
      delete data.registrations.by_territory.SRB;
      delete data.nationalities_on_arrival?.by_territory.SRB;
    });
    expect(model.registrations.month).toBe('3,100');
    expect(model.registrations.change).toBe('n/a');
  });

  it('show no registrations this month when a territory that registered last month is silent now', () => {
    const { model } = buildEdited('2024-12', (data) => {
      delete data.registrations.by_territory.SRB;
      delete data.nationalities_on_arrival?.by_territory.SRB;
    });
    expect([model.registrations.month, model.registrations.change, model.registrations.yearToDate]).toEqual(['n/a', 'n/a', 'n/a']);
  });

  it('footnote and warn when a year of the authorities table lacks a territory it has in the other year', () => {
    const { model, warnings } = buildEdited('2024-12', (data) => {
      delete data.returns_by_authorities!.non_voluntary['2022']!.SRB;
    });
    expect(model.authorities.nonVoluntary!.rows[1]).toEqual({ label: 'Total non-voluntary returns carried out in 2022', values: ['7', '-'], total: '7' });
    expect(model.footnotes.returns.map((note) => note.text)).toContain('The total of non-voluntary returns carried out in 2022 leaves out Serbia, which has no figure for it.');
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2024-12', field: 'returns_by_authorities.non_voluntary.2022' }));
  });
});

describe('IOM nationality changes against a month whose list is partial', () => {
  it('give no change for a nationality last month did not list, since it may be among the others', () => {
    const { model } = buildEdited('2024-11', (data) => {
      delete data.nationalities_on_arrival!.by_territory.ALB!.EGY;
    });
    const albania = model.nationalities.rows.find((row) => row.name === 'Albania')!;
    // Syria and Pakistan keep the edition's changes (-8, +16 points); Egypt's is unknown.
    expect(albania.cells.map((cell) => [cell.name, cell.change])).toEqual([
      ['Syrian Arab Republic', '-8%'],
      ['Pakistan', '+16%'],
      ['Egypt', 'n/a'],
    ]);
  });
});

describe('IOM figures after a second round of trying (issue 11)', () => {
  it('give no registrations when a territory that reported last December is silent all year', () => {
    const copy = new Map(months);
    for (const [month, data] of months) {
      if (!month.startsWith('2024-')) continue;
      const edited = structuredClone(data);
      delete edited.registrations.by_territory.XKS;
      delete edited.nationalities_on_arrival?.by_territory.XKS;
      copy.set(month, edited);
    }
    const { model, warnings } = buildIomFigures(historyOf(copy, '2024-12'));
    // 3,100 and 56,213 with Kosovo; without it the sums would read 2,852 and 51,716.
    expect([model.registrations.month, model.registrations.yearToDate]).toEqual(['n/a', 'n/a']);
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2024-01', field: 'registrations.by_territory.XKS' }));
  });

  it('show the returns, and the shares of men and women, as n/a when a territory is silent in a month', () => {
    const { model } = buildEdited('2024-05', (data) => {
      const returned = data.avrr!.returns_by_territory.MKD!;
      delete data.avrr!.returns_by_territory.MKD;
      data.avrr!.male -= returned;
    });
    expect([model.avrr.returns, model.avrr.male, model.avrr.female, model.avrr.sharesAvailable]).toEqual(['n/a', 'n/a', 'n/a', false]);
    expect(model.avrr.table.rows[0]).toEqual(expect.objectContaining({ total: 'n/a' }));
    expect(model.avrr.table.rows[0]!.values[3]).toBe('n/a'); // North Macedonia's year, not "-"
  });

  it('give whole percentages of men and women that add up to 100', () => {
    const { model } = buildEdited('2024-12', () => undefined);
    // 343 returns, 274 men: 79.9% and 20.1% print as 80% and 20%, as the edition.
    expect([model.avrr.male, model.avrr.female]).toEqual(['80%', '20%']);
  });

  it('show the cumulative total as n/a, with a warning, when the baseline leaves out a territory that reports', () => {
    const { model, warnings } = buildEdited('2024-01', (data) => {
      delete data.avrr!.before_this_year!.by_territory.XKS;
    });
    // 2,926 with Kosovo's 45; 2,881 without.
    expect(model.avrr.table.rows[1]).toEqual({ label: 'Total returns 2016 - 2023', values: ['18', '1,420', '124', '115', '1,204', 'n/a'], total: 'n/a' });
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2024-01', field: 'avrr.before_this_year.by_territory.XKS' }));
  });

  it('warn when two months of the year carry different baselines, and when there is none', () => {
    const twice = buildEdited('2024-06', (data) => {
      data.avrr!.before_this_year = { since: 2016, by_territory: { ALB: 1, BIH: 1, MNE: 1, MKD: 1, SRB: 1, XKS: 1 } };
    });
    expect(twice.warnings).toContainEqual(
      expect.objectContaining({ month: '2024-06', field: 'avrr.before_this_year', message: expect.stringContaining('they differ (2024-01, 2024-06)') }),
    );
    const none = buildEdited('2024-01', (data) => {
      delete data.avrr!.before_this_year;
    });
    expect(none.model.avrr.table.rows[1]).toEqual(expect.objectContaining({ label: 'Total returns before 2024', total: 'n/a' }));
    expect(none.warnings).toContainEqual(expect.objectContaining({ field: 'avrr.before_this_year', message: expect.stringContaining('no cumulative baseline') }));
  });

  it('name in a footnote the nationalities tied with the third that the table has no room for', () => {
    const { model } = buildEdited('2024-12', (data) => {
      data.nationalities_on_arrival!.by_territory.ALB = { SYR: 134, PAK: 100, EGY: 26, IRQ: 26, TUR: 16, AFG: 26 };
    });
    const albania = model.nationalities.rows.find((row) => row.name === 'Albania')!;
    expect(albania.cells.map((cell) => cell.name)).toEqual(['Syrian Arab Republic', 'Pakistan', 'Afghanistan']);
    expect(model.footnotes.nationalities.map((note) => note.text)).toContain('In Albania, Egypt and Iraq each had the same share as Afghanistan (7%).');
  });

  it('warn of a year of returns by the authorities the brief has no room for', () => {
    const { warnings } = buildEdited('2024-12', (data) => {
      data.returns_by_authorities!.voluntary['2021'] = { BIH: 100, SRB: 50 };
    });
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'returns_by_authorities.voluntary', message: expect.stringContaining('2021 is not printed') }));
  });
});

describe('IOM figures after a third round of trying (issue 11)', () => {
  it('show returns as n/a when a territory the baseline holds is silent all year', () => {
    const copy = new Map(months);
    for (const [month, data] of months) {
      if (!month.startsWith('2024-')) continue;
      const edited = structuredClone(data);
      const returned = edited.avrr!.returns_by_territory.XKS ?? 0;
      delete edited.avrr!.returns_by_territory.XKS;
      edited.avrr!.male -= Math.min(returned, edited.avrr!.male);
      copy.set(month, edited);
    }
    const { model, warnings } = buildIomFigures(historyOf(copy, '2024-12'));
    // 343 with Kosovo's 24; 319 without. Kosovo holds 45 in the 2016-2023 baseline.
    expect(model.avrr.returns).toBe('n/a');
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2024-01', field: 'avrr.returns_by_territory.XKS' }));
  });

  it('warn of a past month of the occupancy trend that leaves a territory out, or has no reception figures', () => {
    const copy = new Map(months);
    const june = structuredClone(months.get('2024-06')!);
    delete june.reception!.by_territory.MKD;
    copy.set('2024-06', june);
    const march = structuredClone(months.get('2024-03')!);
    delete march.reception;
    copy.set('2024-03', march);
    const { warnings } = buildIomFigures(historyOf(copy, '2024-12'));
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2024-06', field: 'reception.by_territory.MKD' }));
    expect(warnings).toContainEqual(
      expect.objectContaining({ month: '2024-03', field: 'reception', message: '2024-03 has no reception figures; the occupancy trend has a gap there' }),
    );
  });

  it('warn when a cumulative figure is n/a because a month of last year lacks it', () => {
    const copy = new Map(months);
    const may = structuredClone(months.get('2024-05')!);
    const returned = may.avrr!.returns_by_territory.XKS ?? 0;
    delete may.avrr!.returns_by_territory.XKS;
    may.avrr!.male -= Math.min(returned, may.avrr!.male);
    copy.set('2024-05', may);
    const january: IomMonth = structuredClone(months.get('2024-12')!);
    january.month = '2025-01';
    delete january.avrr!.before_this_year;
    copy.set('2025-01', january);
    const { model, warnings } = buildIomFigures(historyOf(copy, '2025-01'));
    expect(model.avrr.table.rows[1]).toEqual(expect.objectContaining({ label: 'Total returns 2016 - 2024', total: 'n/a' }));
    expect(warnings).toContainEqual(
      expect.objectContaining({ field: 'avrr.before_this_year', message: expect.stringContaining('the cumulative returns of Kosovo to the end of 2024 show n/a') }),
    );
  });
});
