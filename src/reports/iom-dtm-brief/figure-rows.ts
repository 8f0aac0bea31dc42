import { yearToDatePeriod, type FigurePeriod, type FigureRow, type FigureUnit } from '../../core/figure-row.js';
import { addMonths, makeMonth, splitMonth, type YearMonth } from '../../core/months.js';
import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { NOT_AVAILABLE } from '../../format/format-number.js';
import { joinNames } from '../../format/phrase-shares.js';
import { countRow, percentRow, type RowBase } from '../figure-rows.js';
import type { PartialMonth } from '../../charts/alt-text-phrases.js';
import type { MonthlyRegistrations } from './registrations-section.js';
import type { OccupancyTrend } from './reception-section.js';
import type { IomModel, TerritoryTable } from './model-types.js';

/**
 * Every figure the IOM brief prints, read back from the formatted model exactly as the template
 * prints it ("1,234", "+ 12%", "-", "n/a"), and the values behind its two charts. A regional
 * total beside a territory without a figure is partial, as the brief's footnote says.
 */
export function iomFigureRows(month: YearMonth, model: IomModel, monthly: MonthlyRegistrations, partialMonths: readonly PartialMonth[], trend: OccupancyTrend): FigureRow[] {
  return [
    ...registrationRows(month, model, monthly, partialMonths),
    ...nationalityRows(month, model),
    ...receptionRows(month, model, trend),
    ...returnRows(month, model),
    ...asylumRows(month, model),
    ...traffickingRows(month, model),
  ];
}

/** A figure as the template prints it: "1,234" 1234, "45%" 45, "+ 12%" 12, "- 33%" -33; "n/a" and "-" (none published) are null. */
export function printedValue(text: string): number | null {
  if (text === NOT_AVAILABLE || text === '-') return null;
  const value = Number(text.replace(/[,%\s+]/g, ''));
  if (!Number.isFinite(value)) throw new Error(`Not a printed figure: ${JSON.stringify(text)}`);
  return value;
}

function printedRow(base: RowBase & { unit: FigureUnit }, text: string, partial = false): FigureRow {
  // A share printed "<1%" has no whole number to give: the row says how it was printed.
  if (text.startsWith('<')) return { ...countRow(base, 0), value: null, note: `Printed as ${text}` };
  const value = printedValue(text);
  const row = countRow(base, value, partial);
  return text === '-' ? { ...row, note: 'The source publishes no figure' } : row;
}

function codeOf(name: string): TerritoryCode {
  return TERRITORY_CODES.find((code) => TERRITORY_NAMES[code] === name)!;
}

function registrationRows(month: YearMonth, model: IomModel, monthly: MonthlyRegistrations, partialMonths: readonly PartialMonth[]): FigureRow[] {
  const block = 'Registrations on arrival';
  // The model's sentence, as the brief prints it under the key figures.
  const why = () => model.registrations.unavailable || undefined;
  const unit = 'persons';
  const chart = 'monthly-registrations';
  // The chart prints each month's total over the territories that registered that month.
  const months = [...new Set(monthly.map((row) => row.month))];
  const totals = months.map((each) => {
    const leftOut = partialMonths.find((partial) => partial.month === each)?.leftOut ?? [];
    const note = leftOut.length > 0 ? `Leaves out ${leftOut.join(', ')}, which did not report that month` : undefined;
    const total = monthly.filter((row) => row.month === each).reduce((sum, row) => sum + row.registrations, 0);
    return countRow(
      { block, code: 'registrations.month', label: 'Registrations on arrival in the month', period: { from: each, to: each }, chart, note },
      total,
      leftOut.length > 0,
    );
  });
  return [
    printedRow(
      {
        block,
        code: 'registrations.month',
        label: 'Registrations on arrival in the month',
        period: { from: month, to: month },
        unit,
        note: model.registrations.month === NOT_AVAILABLE ? why() : undefined,
      },
      model.registrations.month,
    ),
    printedRow(
      {
        block,
        code: 'registrations.change',
        label: 'Change against the month before',
        period: { from: addMonths(month, -1), to: month },
        unit: 'percent change',
        note: model.registrations.change === NOT_AVAILABLE ? why() : undefined,
      },
      model.registrations.change,
    ),
    printedRow(
      {
        block,
        code: 'registrations.year_to_date',
        label: 'Registrations on arrival, year to date',
        period: yearToDatePeriod(month),
        unit,
        note: model.registrations.yearToDate === NOT_AVAILABLE ? why() : undefined,
      },
      model.registrations.yearToDate,
    ),
    ...monthly.map((row) =>
      countRow(
        { block, code: 'registrations.month', label: 'Registrations on arrival in the month', territory: row.code, period: { from: row.month, to: row.month }, chart },
        row.registrations,
      ),
    ),
    ...totals,
  ];
}

function nationalityRows(month: YearMonth, model: IomModel): FigureRow[] {
  const block = 'Top 3 nationalities on arrival';
  return model.nationalities.rows.flatMap((row) =>
    row.cells.flatMap((cell) => {
      const base = { block, territory: codeOf(row.name), category: cell.name, period: { from: month, to: month } };
      return [
        printedRow({ ...base, code: 'nationalities.share', label: 'Share of the registrations on arrival', unit: 'percent' }, cell.share),
        printedRow({ ...base, code: 'nationalities.share_change', label: 'Change of that share against the month before', unit: 'percentage points' }, cell.change),
      ];
    }),
  );
}

function receptionRows(month: YearMonth, model: IomModel, trend: OccupancyTrend): FigureRow[] {
  const block = 'Migrant reception facilities';
  const period = { at: month };
  const columns = [
    ['facilities', 'Reception facilities', 'facilities'],
    ['capacity', 'Capacity (places)', 'places'],
    ['accommodated', 'Migrants accommodated', 'persons'],
    ['occupancy', 'Occupancy rate', 'percent'],
  ] as const;
  if (!model.reception.available) return trendRows(trend);
  const silent = model.reception.rows.filter((row) => row.facilities === NOT_AVAILABLE).map((row) => row.name);
  const partial = silent.length > 0 && model.reception.total.facilities !== NOT_AVAILABLE;
  const note = partial ? `Leaves out ${joinNames(silent)}, which gave no reception figures` : undefined;
  return [
    ...model.reception.rows.flatMap((row) =>
      columns.map(([key, label, unit]) => printedRow({ block, code: `reception.${key}`, label, territory: codeOf(row.name), period, unit }, row[key])),
    ),
    ...columns.map(([key, label, unit]) => printedRow({ block, code: `reception.${key}`, label, period, unit, note }, model.reception.total[key], partial)),
    ...trendRows(trend),
  ];
}

function trendRows(trend: OccupancyTrend): FigureRow[] {
  return trend.flatMap((row) => {
    const base = { block: 'Migrant reception facilities', period: { at: row.month }, chart: 'occupancy-trend' };
    const partial = row.leftOut.length > 0;
    const note = partial ? `Leaves out ${row.leftOut.map((code) => TERRITORY_NAMES[code]).join(', ')}, which did not report that month` : undefined;
    return [
      countRow({ ...base, code: 'reception.accommodated', label: 'Migrants accommodated', note }, row.accommodated, partial),
      countRow({ ...base, code: 'reception.capacity', label: 'Capacity (places)', unit: 'places', note }, row.capacity, partial),
      percentRow({ ...base, code: 'reception.occupancy', label: 'Occupancy rate', note }, row.occupancy, partial),
    ];
  });
}

function returnRows(month: YearMonth, model: IomModel): FigureRow[] {
  const block = 'Return, reintegration and readmission';
  const period = yearToDatePeriod(month);
  const { avrr, authorities } = model;
  return [
    printedRow({ block, code: 'avrr.returns', label: 'Assisted voluntary returns (IOM)', period, unit: 'persons' }, avrr.returns),
    ...(avrr.sharesAvailable
      ? [
          printedRow({ block, code: 'avrr.male', label: 'Share of men among the assisted voluntary returns', period, unit: 'percent' }, avrr.male),
          printedRow({ block, code: 'avrr.female', label: 'Share of women among the assisted voluntary returns', period, unit: 'percent' }, avrr.female),
        ]
      : []),
    printedRow({ block, code: 'avrr.reintegration_grants', label: 'Reintegration grants', period, unit: 'persons' }, avrr.grants),
    ...tableRows(month, avrr.table, { block, code: 'avrr.returns', unit: 'persons' }),
    ...(authorities.voluntary ? tableRows(month, authorities.voluntary, { block, code: 'authorities.voluntary_returns', unit: 'persons' }) : []),
    ...(authorities.nonVoluntary ? tableRows(month, authorities.nonVoluntary, { block, code: 'authorities.non_voluntary_returns', unit: 'persons' }) : []),
  ];
}

function asylumRows(month: YearMonth, model: IomModel): FigureRow[] {
  const block = 'Applications for asylum';
  const period = yearToDatePeriod(month);
  const { asylum } = model;
  return [
    printedRow({ block, code: 'asylum.applications', label: 'Applications for asylum', period, unit: 'applications' }, asylum.applications),
    printedRow({ block, code: 'asylum.refugee_status', label: 'Decisions to grant refugee status', period, unit: 'decisions' }, asylum.refugeeStatus),
    printedRow(
      { block, code: 'asylum.complementary_protection', label: 'Decisions to grant complementary forms of protection', period, unit: 'decisions' },
      asylum.complementaryProtection,
    ),
    ...tableRows(month, asylum.table, { block, code: 'asylum.table', unit: 'applications' }),
  ];
}

function traffickingRows(month: YearMonth, model: IomModel): FigureRow[] {
  if (!model.trafficking) return [];
  const { period, count } = model.trafficking;
  // The period is text as the source gives it ("2016 to 2023"): its years make the dates, else the note keeps it.
  const years = /(\d{4})(?:\D+(\d{4}))?/.exec(period);
  const dates: FigurePeriod = years ? { from: makeMonth(Number(years[1]), 1), to: makeMonth(Number(years[2] ?? years[1]), 12) } : { at: month };
  return [
    printedRow(
      {
        block: 'Temporary residence permits to victims of trafficking',
        code: 'trafficking.permits',
        label: `Temporary residence permits granted to victims of trafficking from ${period}`,
        period: dates,
        unit: 'permits',
        ...(years ? {} : { note: `The period as the source gives it: ${period}` }),
      },
      count,
    ),
  ];
}

/**
 * A table of the brief, territory by territory with its total, one row per cell; the period is
 * read from the row's label ("… in 2024", "… 2017 - 2023", "… before 2024"), the year so far
 * where the label names the built month's year.
 */
function tableRows(month: YearMonth, table: TerritoryTable, base: { block: string; code: string; unit: FigureUnit }): FigureRow[] {
  return table.rows.flatMap((row) => {
    const period = periodOfLabel(row.label, month);
    const without = table.territories.filter((_, index) => row.values[index] === '-' || row.values[index] === NOT_AVAILABLE);
    const partial = without.length > 0 && row.total !== NOT_AVAILABLE && row.total !== '-';
    return [
      ...row.values.map((value, index) => printedRow({ ...base, label: row.label, territory: codeOf(table.territories[index]!), period }, value)),
      printedRow(
        { ...base, label: row.label, period, note: partial ? `Leaves out ${joinNames(without)}, which ${without.length === 1 ? 'has' : 'have'} no figure for it` : undefined },
        row.total,
        partial,
      ),
    ];
  });
}

function periodOfLabel(label: string, month: YearMonth): FigurePeriod {
  const { year } = splitMonth(month);
  const range = /(\d{4})\s*[-–]\s*(\d{4})$/.exec(label);
  if (range) return { from: makeMonth(Number(range[1]), 1), to: makeMonth(Number(range[2]), 12) };
  const before = /before (\d{4})$/.exec(label);
  if (before) return { to: makeMonth(Number(before[1]) - 1, 12) };
  const single = /(\d{4})$/.exec(label);
  const labelYear = single ? Number(single[1]) : year;
  return labelYear === year ? yearToDatePeriod(month) : { from: makeMonth(labelYear, 1), to: makeMonth(labelYear, 12) };
}
