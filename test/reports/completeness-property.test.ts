import fc from 'fast-check';
import { describe, it } from 'vitest';
import { buildIomFigures } from '../../src/reports/iom-dtm-brief/build-iom-model.js';
import type { IomMonth } from '../../src/reports/iom-dtm-brief/schema.js';
import { buildUnhcrFigures } from '../../src/reports/unhcr-regional-update/build-unhcr-model.js';
import type { UnhcrMonth } from '../../src/reports/unhcr-regional-update/schema.js';
import { historyOf, loadSampleIomMonths, loadSampleUnhcrMonths } from '../helpers/sample-history.js';

/**
 * Complete or n/a, never a short figure: valid sample data loses a random month, loses a
 * territory's line of a random block in a random month, or has a figure set to 0; the model is
 * built, and each headline figure is checked against an oracle computed here, independently
 * of the code: a plain sum over what is present, or n/a where an input is absent. A reported 0
 * must stay a number.
 */
const TERRITORIES = ['ALB', 'BIH', 'XKS', 'MNE', 'MKD', 'SRB'] as const;
type Code = (typeof TERRITORIES)[number];
const NAMES: Record<Code, string> = { ALB: 'Albania', BIH: 'Bosnia and Herzegovina', XKS: 'Kosovo', MNE: 'Montenegro', MKD: 'North Macedonia', SRB: 'Serbia' };
const thousands = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const print = (value: number | null) => (value === null ? 'n/a' : thousands.format(value));
const monthsOf = (year: number, last: number) => Array.from({ length: last }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);

/**
 * One change to the data: a month removed, a territory's line removed, a figure set to 0, or an
 * optional figure of a line removed (UNHCR: a territory's intentions or its UASC).
 */
const change = fc.record({
  kind: fc.constantFrom('remove-month', 'remove-line', 'zero', 'remove-optional'),
  month: fc.integer({ min: 0, max: 23 }),
  territory: fc.integer({ min: 0, max: 5 }),
  block: fc.integer({ min: 0, max: 3 }),
});

function fail(what: string, expected: string, actual: string, edit: unknown): never {
  throw new Error(`${what}: expected ${expected}, printed ${actual} after ${JSON.stringify(edit)}`);
}

describe('every headline figure is exact or n/a, whatever is left out (property)', () => {
  it('UNHCR regional update, December 2025', () => {
    const sample = loadSampleUnhcrMonths();
    const keys = [...sample.keys()].filter((key) => key >= '2024-01' && key < '2025-12').sort();
    fc.assert(
      fc.property(change, (edit) => {
        const months = new Map([...sample].map(([key, value]) => [key, structuredClone(value)]));
        const target = keys[edit.month % keys.length]!;
        const code = TERRITORIES[edit.territory]!;
        const data = months.get(edit.kind === 'remove-month' ? target : edit.month % 2 ? target : '2025-12')!;
        const blocks = [data.arrivals.by_territory, data.asylum.by_territory, data.present.by_territory, data.arrivals.by_territory] as Array<Partial<Record<Code, unknown>>>;
        if (edit.kind === 'remove-month') months.delete(target);
        else if (edit.kind === 'remove-line') delete blocks[edit.block]![code];
        else if (edit.kind === 'remove-optional') removeOptional(data, code, edit.block);
        else zeroFigure(data, code, edit.block);

        const { model } = buildUnhcrFigures(historyOf(months, '2025-12'));
        const oracle = unhcrOracle(months);
        if (model.regionalEstimate.yearToDate !== oracle.estimate) fail('estimate', oracle.estimate, model.regionalEstimate.yearToDate, edit);
        if (model.asylum.intentions !== oracle.intentions) fail('intentions', oracle.intentions, model.asylum.intentions, edit);
        if (model.asylum.applications !== oracle.applications) fail('applications', oracle.applications, model.asylum.applications, edit);
        if (model.present.total !== oracle.present) fail('persons present', oracle.present, model.present.total, edit);
        if (model.present.uasc !== oracle.uasc) fail('UASC', oracle.uasc, model.present.uasc, edit);
        // A partial total names every territory it leaves out, and a complete one has no such note.
        for (const name of oracle.leftOut) if (!model.present.leftOut.includes(name)) fail('the note on persons present', `a mention of ${name}`, model.present.leftOut, edit);
        if (oracle.leftOut.length === 0 && model.present.leftOut !== '') fail('the note on persons present', 'no note', model.present.leftOut, edit);
        model.arrivals.rows.forEach((row, index) => {
          if (row.value !== oracle.arrivals[index]) fail(`arrivals of ${row.name}`, oracle.arrivals[index]!, row.value, edit);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('IOM DTM brief, December 2024', () => {
    const sample = loadSampleIomMonths();
    const keys = [...sample.keys()].filter((key) => key >= '2024-01' && key < '2024-12').sort();
    fc.assert(
      fc.property(change, (edit) => {
        const months = new Map([...sample].map(([key, value]) => [key, structuredClone(value)]));
        const target = keys[edit.month % keys.length]!;
        const code = TERRITORIES[edit.territory]!;
        const data = months.get(edit.kind === 'remove-month' ? target : edit.month % 2 ? target : '2024-12')!;
        const blocks = [data.registrations.by_territory, data.asylum!.applications_by_territory, data.avrr!.returns_by_territory, data.reception!.by_territory] as Array<
          Partial<Record<Code, unknown>>
        >;
        if (edit.kind === 'remove-month') months.delete(target);
        else if (edit.kind === 'remove-line' || edit.kind === 'remove-optional') {
          delete blocks[edit.block]![code];
          delete data.nationalities_on_arrival?.by_territory[code];
          // Without its published total, a month's asylum figure rests on the territories alone.
          if (edit.block === 1) delete data.asylum!.applications_total;
        } else {
          (blocks[edit.block] as Record<Code, unknown>)[code] = edit.block === 3 ? { facilities: 0, capacity: 0, accommodated: 0 } : 0;
        }

        const { model } = buildIomFigures(historyOf(months, '2024-12'));
        const oracle = iomOracle(months);
        if (model.registrations.month !== oracle.registrations) fail('registrations this month', oracle.registrations, model.registrations.month, edit);
        if (model.registrations.yearToDate !== oracle.registrationsYear) fail('registrations this year', oracle.registrationsYear, model.registrations.yearToDate, edit);
        if (model.asylum.applications !== oracle.applications) fail('asylum applications', oracle.applications, model.asylum.applications, edit);
        if (model.avrr.returns !== oracle.returns) fail('returns', oracle.returns, model.avrr.returns, edit);
        if (model.reception.total.accommodated !== oracle.accommodated) fail('accommodated', oracle.accommodated, model.reception.total.accommodated, edit);
      }),
      { numRuns: 300 },
    );
  });
});

function removeOptional(data: UnhcrMonth, code: Code, block: number): void {
  const asylum = data.asylum.by_territory[code];
  const present = data.present.by_territory[code];
  if (block % 2 === 1 && asylum) delete asylum.intentions;
  if (block % 2 === 0 && present) delete present.uasc;
}

function zeroFigure(data: UnhcrMonth, code: Code, block: number): void {
  if (block === 0 || block === 3) {
    if (data.arrivals.by_territory[code] !== undefined) data.arrivals.by_territory[code] = 0;
  } else if (block === 1) {
    const entry = data.asylum.by_territory[code];
    if (entry) data.asylum.by_territory[code] = { ...entry, applications: 0, ...(entry.intentions !== undefined ? { intentions: 0 } : {}) };
  } else {
    const entry = data.present.by_territory[code];
    if (entry) data.present.by_territory[code] = { ...entry, persons: 0, uasc: 0, accommodation: undefined };
  }
}

/** The figures of December 2025 as this test computes them from what the months hold. */
function unhcrOracle(months: Map<string, UnhcrMonth>) {
  const year = monthsOf(2025, 12);
  const all = year.every((month) => months.has(month));
  const estimate = all ? year.reduce((total, month) => total + months.get(month)!.regional_estimate.persons, 0) : null;
  // A territory that reports asylum in one month of this year or last must report it in every month of this year.
  const step = months.get('2025-12')!.asylum.intention_step;
  const twoYears = [...monthsOf(2024, 12), ...year];
  const reporting = (codes: readonly Code[]) => codes.filter((code) => twoYears.some((month) => months.get(month)?.asylum.by_territory[code]));
  const complete = (codes: readonly Code[]) => all && reporting(codes).every((code) => year.every((month) => months.get(month)!.asylum.by_territory[code]));
  // A territory with an intention step gives its intentions every month it gives asylum figures.
  const intentionsComplete = (codes: readonly Code[]) =>
    complete(codes) &&
    codes.every((code) =>
      year.every((month) => {
        const entry = months.get(month)!.asylum.by_territory[code];
        return !entry || entry.intentions !== undefined;
      }),
    );
  const asylumSum = (codes: readonly Code[], pick: (entry: { intentions?: number; applications: number }) => number | undefined) =>
    year.reduce((total, month) => total + codes.reduce((sum, code) => sum + (pick(months.get(month)!.asylum.by_territory[code] ?? { applications: 0 }) ?? 0), 0), 0);
  const stepCodes = TERRITORIES.filter((code) => step.includes(code));
  const december = months.get('2025-12')!.present.by_territory;
  const reported = TERRITORIES.filter((code) => december[code]);
  const withUasc = reported.filter((code) => december[code]!.uasc !== undefined);
  const arrivals = TERRITORIES.map((code) =>
    all && year.every((month) => typeof months.get(month)!.arrivals.by_territory[code] === 'number')
      ? print(year.reduce((total, month) => total + months.get(month)!.arrivals.by_territory[code]!, 0))
      : 'n/a',
  );
  return {
    estimate: print(estimate),
    intentions: print(intentionsComplete(stepCodes) ? asylumSum(stepCodes, (entry) => entry.intentions) : null),
    applications: print(complete(TERRITORIES) ? asylumSum(TERRITORIES, (entry) => entry.applications) : null),
    present: print(reported.length === 0 ? null : reported.reduce((total, code) => total + december[code]!.persons, 0)),
    uasc: print(withUasc.length === 0 ? null : withUasc.reduce((total, code) => total + december[code]!.uasc!, 0)),
    arrivals,
    leftOut: reported.length === 0 ? [] : TERRITORIES.filter((code) => !withUasc.includes(code)).map((code) => NAMES[code]),
  };
}

/** The figures of December 2024 as this test computes them from what the months hold. */
function iomOracle(months: Map<string, IomMonth>) {
  const year = monthsOf(2024, 12);
  const all = year.every((month) => months.has(month));
  const registrationsOf = (month: string) => months.get(month)?.registrations.by_territory ?? {};
  const twoYears = [...monthsOf(2023, 12), ...year];
  const reportingRegistrations = TERRITORIES.filter((code) => twoYears.some((month) => typeof registrationsOf(month)[code] === 'number'));
  const monthComplete = (month: string) => reportingRegistrations.every((code) => typeof registrationsOf(month)[code] === 'number');
  const monthTotal = (month: string) => Object.values(registrationsOf(month)).reduce<number>((total, value) => total + (value ?? 0), 0);
  const asylumOf = (month: string) => months.get(month)!.asylum!;
  const reportingAsylum = TERRITORIES.filter((code) => twoYears.some((month) => typeof months.get(month)?.asylum?.applications_by_territory[code] === 'number'));
  const asylumMonth = (month: string): number | null => {
    const asylum = asylumOf(month);
    if (asylum.applications_total !== undefined) return asylum.applications_total;
    if (!reportingAsylum.every((code) => typeof asylum.applications_by_territory[code] === 'number')) return null;
    return Object.values(asylum.applications_by_territory).reduce<number>((total, value) => total + (value ?? 0), 0);
  };
  const asylumMonths = all ? year.map(asylumMonth) : [null];
  const reception = Object.values(months.get('2024-12')!.reception!.by_territory).filter((entry) => entry);
  const reportingAvrr = TERRITORIES.filter((code) => twoYears.some((month) => typeof months.get(month)?.avrr?.returns_by_territory[code] === 'number'));
  const avrrComplete = all && year.every((month) => reportingAvrr.every((code) => typeof months.get(month)!.avrr!.returns_by_territory[code] === 'number'));
  return {
    registrations: print(monthComplete('2024-12') ? monthTotal('2024-12') : null),
    registrationsYear: print(all && year.every(monthComplete) ? year.reduce((total, month) => total + monthTotal(month), 0) : null),
    applications: print(asylumMonths.includes(null) ? null : (asylumMonths as number[]).reduce((total, value) => total + value, 0)),
    // Male and female add up to the territories each month: a territory silent in one leaves them short.
    returns: print(all && avrrComplete ? year.reduce((total, month) => total + months.get(month)!.avrr!.male + months.get(month)!.avrr!.female, 0) : null),
    accommodated: print(reception.length === 0 ? null : reception.reduce((total, entry) => total + entry!.accommodated, 0)),
  };
}
