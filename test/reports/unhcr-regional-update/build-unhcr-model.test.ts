import type { Unhcr2025Words } from '../../../src/reports/unhcr-regional-update/wording-2025.js';
import { describe, expect, it } from 'vitest';
import { buildUnhcrFigures } from '../../../src/reports/unhcr-regional-update/build-unhcr-model.js';
import type { UnhcrMonth } from '../../../src/reports/unhcr-regional-update/schema.js';
import { historyOf, loadSampleUnhcrMonths } from '../../helpers/sample-history.js';

const months = loadSampleUnhcrMonths();

/** The sample months with one of them edited. */
function withEdited(month: string, edit: (data: UnhcrMonth) => void): Map<string, UnhcrMonth> {
  const copy = new Map(months);
  const data = structuredClone(months.get(month)!);
  edit(data);
  copy.set(month, data);
  return copy;
}

describe('UNHCR figures for December 2025 from the sample data', () => {
  const { model, warnings } = buildUnhcrFigures(historyOf(months, '2025-12'));

  // Every expectation below is printed in shared/reference/unhcr-regional-update-2025-12.txt.
  it('prints the published regional estimate and its change', () => {
    expect(model.regionalEstimate.yearToDate).toBe('11,814');
    expect((model.words as Unhcr2025Words).estimateChange).toBe('a 32% decrease');
    expect(model.period.label).toBe('January-December 2025');
    expect(model.period.previousLabel).toBe('January-December 2024');
    expect(model.period.sentenceStart).toBe('Between January and December 2025');
  });

  it('prints the published asylum statistics', () => {
    expect(model.asylum.intentions).toBe('14,088');
    expect(model.asylum.applications).toBe('838');
    expect(model.asylum.ratio).toBe('6%');
    expect(model.words.layout).toBe('2025');
    expect(model.words.layout === '2025' && model.words.intentionTerritories).toBe('Albania, Bosnia and Herzegovina, Montenegro and Serbia');
  });

  it('prints the published persons present, UASC and shares sentence', () => {
    expect(model.present.total).toBe('2,289');
    expect(model.present.uasc).toBe('134');
    expect((model.words as Unhcr2025Words).sharesSentence).toBe(
      '49% were present in Bosnia and Herzegovina, followed by Serbia (25%), Kosovo (10%), Albania and Montenegro (7% each) and North Macedonia (1%)',
    );
  });

  it('raises no warning when the whole history is there', () => {
    expect(warnings).toEqual([]);
  });

  it('says which blocks are illustrative', () => {
    expect(model.illustrative.map((note) => note.block)).toContain('Persons present by territory');
  });
});

describe('UNHCR figures with a month missing from the history', () => {
  it('shows year-to-date figures as n/a and names the missing month', () => {
    const partial = new Map(months);
    partial.delete('2025-03');
    const { model, warnings } = buildUnhcrFigures(historyOf(partial, '2025-12'));
    expect(model.regionalEstimate.yearToDate).toBe('n/a');
    expect(model.regionalEstimate.hasChange).toBe(false);
    expect(model.asylum.intentions).toBe('n/a');
    // Stocks at the end of the month do not depend on March.
    expect(model.present.total).toBe('2,289');
    expect(warnings.map((warning) => warning.message)).toContainEqual(expect.stringContaining('No data for 2025-03:'));
  });

  it('keeps a reported 0 distinct from a territory that did not report', () => {
    const edited = structuredClone(months.get('2025-12')!);
    edited.present.by_territory.MKD = { persons: 0, uasc: 0 };
    delete edited.present.by_territory.XKS;
    const copy = new Map(months);
    copy.set('2025-12', edited);
    const { model, warnings } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    const row = (name: string) => model.present.rows.find((each) => each.name === name)!;
    expect(row('North Macedonia').persons).toBe('0');
    expect(row('Kosovo').persons).toBe('n/a');
    expect(model.present.total).toBe('2,030'); // 2,289 - 233 (Kosovo) - 26 (North Macedonia)
    expect(warnings.some((warning) => warning.field === 'present.by_territory.XKS')).toBe(true);
  });
});

describe('UNHCR figures for January 2024, the first sample month', () => {
  it('words a one-month period and has no earlier year to compare with', () => {
    const { model, warnings } = buildUnhcrFigures(historyOf(months, '2024-01'));
    expect(model.period.label).toBe('January 2024');
    expect(model.period.sentenceStart).toBe('In January 2024');
    expect(model.regionalEstimate.yearToDate).toBe('1,300');
    expect((model.words as Unhcr2025Words).estimateChange).toBe('n/a');
    // Published in the January 2024 edition: some 4,800 present, 290 UASC, BIH 56%.
    expect(model.present.total).toBe('4,800');
    expect(model.present.uasc).toBe('290');
    expect((model.words as Unhcr2025Words).sharesSentence).toBe(
      '56% were present in Bosnia and Herzegovina, followed by Serbia (30%), Kosovo (4%) and Albania, Montenegro and North Macedonia (3% each)',
    );
    // 2023 is before the first month on record: n/a without a warning about gaps.
    expect(warnings).toEqual([]);
  });
});

describe('UNHCR sanity warnings', () => {
  const withDecember = (edit: (data: ReturnType<typeof months.get> & object) => void) => {
    const copy = withEdited('2025-12', edit);
    return buildUnhcrFigures(historyOf(copy, '2025-12')).warnings;
  };

  it('flags a territory that reported arrivals before and is silent now, once', () => {
    const warnings = withDecember((data) => delete data.arrivals.by_territory.SRB);
    expect(warnings.filter((warning) => warning.field === 'arrivals.by_territory.SRB')).toEqual([
      expect.objectContaining({ month: '2025-12', message: 'Serbia has no arrivals figure for 2025-12 though it has them in other months; its new arrivals for 2025 show n/a' }),
    ]);
  });

  it("flags a territory silent in a past month of the year, on that month's file", () => {
    const copy = withEdited('2025-06', (data) => {
      delete data.arrivals.by_territory.XKS;
    });
    const { model, warnings } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(model.arrivals.rows.find((row) => row.code === 'XKS')!.value).toBe('n/a');
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2025-06', field: 'arrivals.by_territory.XKS' }));
  });

  it('flags a jump beyond three times last month in one territory', () => {
    // November 2025 has 452 arrivals in Bosnia and Herzegovina; 3,860 is over three times that.
    const warnings = withDecember((data) => (data.arrivals.by_territory.BIH = 3860));
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'arrivals.by_territory.BIH', message: expect.stringContaining('went from') }));
  });

  it('does not flag ordinary months', () => {
    expect(withDecember(() => undefined)).toEqual([]);
  });
});

describe('UNHCR figures that are not available say so in sentences', () => {
  it('words the estimate of a period with a month missing, and warns with what to try', () => {
    const partial = new Map(months);
    partial.delete('2025-07');
    const { model, warnings } = buildUnhcrFigures(historyOf(partial, '2025-12'));
    expect(model.regionalEstimate.available).toBe(false);
    expect(model.regionalEstimate.unavailable).toBe('The estimate for January-December 2025 is not available: there is no data for July 2025.');
    const warning = warnings.find((each) => each.message.startsWith('No data for 2025-07'))!;
    expect(warning.hint).toBe('Add 2025-07/unhcr-regional-update.yaml to the data folder, or accept n/a (--strict would stop on it).');
  });

  it('has no total of persons present, not 0, when no territory reported it', () => {
    const edited = structuredClone(months.get('2025-12')!);
    edited.present.by_territory = {};
    edited.nationalities = undefined;
    const copy = new Map(months);
    copy.set('2025-12', edited);
    const { model } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(model.present.available).toBe(false);
    expect(model.present.total).toBe('n/a');
    expect(model.present.uasc).toBe('n/a');
    expect(model.present.unavailable).toBe('The number of persons present at the end of December 2025 is not available: no territory reported it.');
  });

  it('names the territories a partial total leaves out', () => {
    const edited = structuredClone(months.get('2025-12')!);
    delete edited.present.by_territory.XKS;
    delete edited.present.by_territory.MKD;
    const copy = new Map(months);
    copy.set('2025-12', edited);
    const { model, warnings } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(model.present.total).toBe('2,030'); // 2,289 - 233 (Kosovo) - 26 (North Macedonia)
    expect(model.present.leftOut).toBe('These totals leave out Kosovo and North Macedonia, which did not report for December 2025.');
    expect(warnings.filter((each) => each.field?.startsWith('present.by_territory.')).every((each) => each.hint.length > 0)).toBe(true);
  });
});

describe('UNHCR asylum totals with a territory silent in a month', () => {
  it('show n/a, never a short sum (13,779 for 14,088), name the gap and warn on that month', () => {
    const copy = withEdited('2025-12', (data) => {
      delete data.asylum.by_territory.SRB;
    });
    const { model, warnings } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect([model.asylum.intentions, model.asylum.applications, model.asylum.ratio]).toEqual(['n/a', 'n/a', 'n/a']);
    expect(model.asylum.unavailable).toBe('The 2025 totals are not available: there are no figures from Serbia for December 2025.');
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2025-12', field: 'asylum.by_territory.SRB' }));
  });

  it('keep the intentions and the ratio when the silent territory has no intention step', () => {
    const copy = withEdited('2025-03', (data) => {
      delete data.asylum.by_territory.XKS;
    });
    const { model } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    // The edition's figures for the four territories with an intention step are untouched.
    expect([model.asylum.intentions, model.asylum.ratio]).toEqual(['14,088', '6%']);
    expect(model.asylum.applications).toBe('n/a');
    expect(model.asylum.unavailable).toBe('The 2025 total of new asylum applications is not available: there are no figures from Kosovo for March 2025.');
  });
});

describe('UNHCR persons present by month with a territory silent in a past month', () => {
  it('adds up the others for that month, names what it leaves out, and warns on that month', () => {
    const copy = withEdited('2025-06', (data) => {
      delete data.present.by_territory.XKS;
    });
    const { series, warnings } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    const point = series.presentByMonth.find((each) => each.month === '2025-06')!;
    expect(point.leftOut).toEqual(['XKS']);
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2025-06', field: 'present.by_territory.XKS' }));
  });
});

describe('UNHCR figures with an optional figure left out of a line', () => {
  it('leave a territory without its UASC out of the UASC total, with a note and a warning', () => {
    const copy = withEdited('2025-12', (data) => {
      delete data.present.by_territory.BIH!.uasc;
    });
    const { model, warnings } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(model.present.total).toBe('2,289'); // persons present are all there
    expect(model.present.uasc).toBe('74'); // 134 published - 60 (Bosnia and Herzegovina)
    expect(model.present.leftOut).toBe('The number of unaccompanied and separated children leaves out Bosnia and Herzegovina, which gave no figure for them.');
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2025-12', field: 'present.by_territory.BIH.uasc' }));
  });

  it('print no number of UASC at all when no territory gives one, never 0', () => {
    const copy = withEdited('2025-12', (data) => {
      for (const entry of Object.values(data.present.by_territory)) delete entry!.uasc;
    });
    const { model } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(model.present.uasc).toBe('n/a');
    expect(model.present.uascAvailable).toBe(false);
    expect(model.present.leftOut).toBe('');
  });

  it('show the intentions and the ratio as n/a when a territory with an intention step gives no intentions', () => {
    const copy = withEdited('2025-05', (data) => {
      delete data.asylum.by_territory.SRB!.intentions;
    });
    const { model, warnings } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect([model.asylum.intentions, model.asylum.ratio]).toEqual(['n/a', 'n/a']);
    expect(model.asylum.applications).toBe('838'); // every application is there
    expect(model.asylum.unavailable).toBe(
      'The 2025 total of intentions and the application-vs-intention ratio are not available: there are no intentions from Serbia for May 2025.',
    );
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2025-05', field: 'asylum.by_territory.SRB.intentions' }));
  });
});

describe('UNHCR application-vs-intention ratio', () => {
  it('counts only the applications of territories with an intention step (780 of 838 in 2025)', () => {
    const copy = withEdited('2025-12', (data) => {
      data.asylum.by_territory.XKS = { applications: 502 };
    });
    const { model } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(model.asylum.applications).toBe('1,338'); // 838 - 2 + 502
    // (780 applications with an intention step) / 14,088 intentions = 5.5%; all 1,338 would give 9%.
    expect(model.asylum.ratio).toBe('6%');
  });
});

describe('UNHCR figures after a second round of trying (issue 11)', () => {
  it('show the asylum totals as n/a when a territory that reported last December is silent in January', () => {
    const copy = withEdited('2025-01', (data) => {
      delete data.asylum.by_territory.MNE;
    });
    const { model, warnings } = buildUnhcrFigures(historyOf(copy, '2025-01'));
    expect([model.asylum.intentions, model.asylum.applications, model.asylum.ratio]).toEqual(['n/a', 'n/a', 'n/a']);
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2025-01', field: 'asylum.by_territory.MNE' }));
  });

  it('show the asylum totals as n/a when a territory that reported last year is silent all this year', () => {
    const copy = new Map(months);
    for (const [month, data] of months) {
      if (!month.startsWith('2025-')) continue;
      const edited = structuredClone(data);
      delete edited.asylum.by_territory.XKS;
      copy.set(month, edited);
    }
    const { model } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    // 838 with Kosovo's applications; 805 without.
    expect(model.asylum.applications).toBe('n/a');
    expect(model.asylum.unavailable).toBe('The 2025 total of new asylum applications is not available: there are no figures from Kosovo for January to December 2025.');
  });

  it('list every nationality tied with the tenth', () => {
    const copy = withEdited('2025-12', (data) => {
      data.nationalities!.persons.LBY = 68;
    });
    const { series } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(series.topNationalities.map((row) => row.code).slice(8)).toEqual(['IRN', 'LBY', 'PSE']);
  });

  it('print a share above 0 that rounds to 0 as "<1%", never as the 0% of a reported 0', () => {
    const copy = withEdited('2025-12', (data) => {
      data.present.by_territory.MKD = { persons: 5, uasc: 0, accommodation: { reception_centres: 5 } };
      data.present.by_territory.MNE = { persons: 0, uasc: 0 };
    });
    const { model } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(model.present.rows.find((row) => row.name === 'North Macedonia')!.share).toBe('<1%');
    expect(model.present.rows.find((row) => row.name === 'Montenegro')!.share).toBe('0%');
    expect((model.words as Unhcr2025Words).sharesSentence).toContain('North Macedonia (<1%)');
  });

  it('end a note with one full stop, whether or not it was typed', () => {
    const copy = withEdited('2025-12', (data) => {
      data.arrivals.notes = { MKD: 'Estimated by UNHCR.', SRB: 'Provided by the Commissariat' };
    });
    const { model } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(model.arrivals.notes.map((note) => note.text)).toEqual(['Estimated by UNHCR.', 'Provided by the Commissariat.']);
  });

  it('warn when a territory with persons present has no accommodation breakdown beside others that have one', () => {
    const copy = withEdited('2025-12', (data) => {
      delete data.present.by_territory.SRB!.accommodation;
    });
    const { warnings } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(warnings).toContainEqual(expect.objectContaining({ field: 'present.by_territory.SRB.accommodation' }));
  });

  it('say why there is no comparison with last year at the start of the record', () => {
    const { model } = buildUnhcrFigures(historyOf(months, '2024-01'));
    expect(model.regionalEstimate.hasChange).toBe(false);
    expect(model.regionalEstimate.noComparisonReason).toBe(' (there is no data for January 2023)');
  });
});

describe('UNHCR sanity warnings on the regional estimate', () => {
  it('flags an estimate more than three times last month', () => {
    const copy = withEdited('2025-12', (data) => {
      data.regional_estimate.persons *= 10;
    });
    const { warnings } = buildUnhcrFigures(historyOf(copy, '2025-12'));
    expect(warnings).toContainEqual(expect.objectContaining({ month: '2025-12', field: 'regional_estimate.persons', message: expect.stringContaining('more than 3 times up') }));
  });
});

describe('the 2023 layout’s markers and change', () => {
  it('keeps a Kosovo arrival note’s stars apart from Kosovo’s own star', () => {
    const edited = withEdited('2025-12', (data) => {
      data.layout = '2023';
      data.arrivals.notes = { ALB: 'Albania note', XKS: 'Kosovo note', SRB: 'Serbia note' };
    });
    const { model } = buildUnhcrFigures(historyOf(edited, '2025-12'));
    const marker = (name: string) => model.arrivals.rows.find((row) => row.name === name)!.marker;
    // Kosovo's "*" comes first in the 2023 layout, so the notes are **, ***, ****.
    expect([marker('Albania'), marker('Kosovo'), marker('Serbia')]).toEqual(['**', ',***', '****']);
    expect(model.arrivals.notes.map((note) => note.marker)).toEqual(['**', '***', '****']);
  });

  it('says "about as many as" when the change rounds to 0%', () => {
    // The same regional estimate as a year before in every month: the change is 0.
    const edited = new Map([...months].map(([month, data]) => [month, { ...data, layout: '2023' as const, regional_estimate: { persons: 1_000 } }]));
    const { model } = buildUnhcrFigures(historyOf(edited, '2025-12'));
    expect(model.words).toMatchObject({ layout: '2023', estimateChange: 'about as many', estimateCompare: 'as' });
  });
});
