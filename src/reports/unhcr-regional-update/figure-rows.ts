import { yearToDatePeriod, type FigureRow } from '../../core/figure-row.js';
import { makeMonth, monthLabel, splitMonth, yearToDateMonths, type YearMonth } from '../../core/months.js';
import { changeRow, countRow, percentRow } from '../figure-rows.js';
import type { AsylumTotals } from './asylum-section.js';
import type { UnhcrSeries } from './build-unhcr-model.js';
import { demographicParts } from './demographics-section.js';
import type { DashboardSeries } from './dashboard-section.js';
import type { UnhcrModel } from './model-types.js';
import type { UnhcrMonth } from './schema.js';
import type { MonthHistory } from '../report-bundle.js';
import { describeMonths } from '../../format/describe-months.js';
import { joinNames } from '../../format/phrase-shares.js';
import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { roundedInText } from './wording-2023.js';

/** What the rows are made from: the built model, its raw figures and series, and the month's data. */
export interface UnhcrRowsInput {
  month: YearMonth;
  data: UnhcrMonth;
  history: MonthHistory<UnhcrMonth>;
  model: UnhcrModel;
  series: UnhcrSeries;
  asylum: AsylumTotals;
}

/**
 * Every figure the month's layout prints, and the values behind each of its charts, as rows of
 * the CSV. The 2020 dashboard prints other blocks than the 2023 and 2025 layouts; each row is a
 * figure its layout shows, with the value as printed (the 2023 layout's rounded running text
 * included).
 */
export function unhcrFigureRows(input: UnhcrRowsInput): FigureRow[] {
  const { model, series } = input;
  return series.dashboard
    ? [...asylumRows(input, true), ...dashboardRows(input, series.dashboard), ...presentTotalRows(input), ...nationalityRows(input)]
    : [
        ...estimateRows(input),
        ...asylumRows(input, model.words.layout === '2023'),
        ...arrivalsRows(input),
        ...presentTotalRows(input),
        ...presentRows(input),
        ...presentChartRows(input),
        ...nationalityRows(input),
      ];
}

function estimateRows({ month, model, series }: UnhcrRowsInput): FigureRow[] {
  const block = 'Regional estimate of new arrivals';
  const { estimate, estimateChange } = model.figures;
  const rows = [
    countRow(
      {
        block,
        code: 'estimate.year_to_date',
        label: 'New arrivals in the region (estimate), year to date',
        period: yearToDatePeriod(month),
        note: model.regionalEstimate.unavailable,
      },
      estimate,
    ),
    changeRow(
      {
        block,
        code: 'estimate.change',
        label: 'Change against the same months of last year',
        period: yearToDatePeriod(month),
        // The report prints no n/a here but says why there is no comparison.
        note: model.regionalEstimate.noComparisonReason
          ? `No comparison: ${model.regionalEstimate.noComparisonReason.trim().replace(/^\((.*)\)$/, '$1')}.`
          : model.regionalEstimate.unavailable,
      },
      estimateChange,
    ),
  ];
  const roundedEstimate = estimate === null ? undefined : roundedInText(estimate);
  if (model.words.layout === '2023' && roundedEstimate !== undefined) {
    rows.push(
      countRow(
        { block, code: 'estimate.year_to_date.rounded', label: 'The same, rounded to the hundred as the running text prints it ("some …")', period: yearToDatePeriod(month) },
        roundedEstimate,
      ),
    );
  }
  const chart = 'arrivals-comparison';
  // The chart compares the months of this year so far with the same months of last year.
  const lastMonth = series.monthlyEstimate.at(-1)!.monthNumber;
  rows.push(
    ...series.monthlyEstimate
      .filter((each) => each.monthNumber <= lastMonth)
      .map((each) =>
        countRow(
          {
            block,
            code: 'estimate.month',
            label: 'New arrivals in the region (estimate), in the month',
            category: String(each.year),
            period: { from: each.month, to: each.month },
            chart,
            note: each.persons === null ? `There is no data for ${monthLabel(each.month)}.` : undefined,
          },
          each.persons,
        ),
      ),
  );
  return rows;
}

function asylumRows({ month, model, asylum }: UnhcrRowsInput, printsStepCount: boolean): FigureRow[] {
  const block = 'Asylum statistics';
  const period = yearToDatePeriod(month);
  const note = model.asylum.unavailable;
  const dashboard = model.dashboard !== undefined;
  return [
    dashboard
      ? countRow(
          { block, code: 'asylum.intentions_comparable', label: 'Intentions to seek asylum (applications counted as intentions where there is no intention step)', period, note },
          model.figures.comparableIntentions,
        )
      : countRow({ block, code: 'asylum.intentions', label: 'Intentions to seek asylum', period, note }, asylum.intentions),
    countRow({ block, code: 'asylum.applications', label: 'New asylum applications', period, note }, asylum.applications),
    percentRow({ block, code: 'asylum.application_vs_intention', label: 'Applications against intentions, territories with an intention step', period, note }, asylum.ratio),
    ...(printsStepCount
      ? [
          countRow(
            { block, code: 'asylum.intention_step_countries', label: 'Territories whose procedure has an intention step', period: { at: month }, unit: 'countries' },
            model.figures.intentionStep.length,
          ),
        ]
      : []),
  ];
}

function arrivalsRows({ month, series, history }: UnhcrRowsInput): FigureRow[] {
  const label = 'New arrivals, year to date';
  return ['', 'arrivals-map'].flatMap((chart) =>
    series.arrivalsYearToDate.map((row) =>
      countRow(
        {
          block: 'New arrivals by territory',
          code: 'arrivals.year_to_date',
          label,
          territory: row.code,
          period: yearToDatePeriod(month),
          note: row.persons === null ? lacking(history, row.code, yearToDateMonths(month), (data) => data.arrivals.by_territory[row.code]) : undefined,
          ...(chart ? { chart } : {}),
        },
        row.persons,
      ),
    ),
  );
}

/**
 * Why a territory's figure over `months` is not available, in a sentence: the months without a
 * file, and those whose file has no figure for it.
 */
function lacking(history: MonthHistory<UnhcrMonth>, code: TerritoryCode, months: readonly YearMonth[], pick: (data: UnhcrMonth) => unknown): string {
  const absent = months.filter((each) => !history.get(each));
  const silent = months.filter((each) => {
    const found = history.get(each);
    return found !== undefined && (pick(found) === undefined || pick(found) === null);
  });
  return [
    absent.length > 0 ? `There is no data for ${describeMonths(absent)}.` : '',
    silent.length > 0 ? `${TERRITORY_NAMES[code]} has no figure for ${describeMonths(silent)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The regional totals of persons present, which every layout prints. */
function presentTotalRows({ month, data, model }: UnhcrRowsInput): FigureRow[] {
  const block = 'Persons present';
  const period = { at: month };
  const leftOutUasc = TERRITORY_CODES.some((code) => data.present.by_territory[code] && data.present.by_territory[code]?.uasc === undefined);
  const rows = [
    countRow(
      { block, code: 'present.total', label: 'Persons present at the end of the month', period, note: model.present.leftOut || model.present.unavailable },
      model.figures.present,
      model.present.leftOut !== '',
    ),
  ];
  const roundedPresent = model.figures.present === null ? undefined : roundedInText(model.figures.present);
  if (model.words.layout === '2023' && roundedPresent !== undefined) {
    rows.push(countRow({ block, code: 'present.total.rounded', label: 'The same, rounded to the hundred as the running text prints it ("Some …")', period }, roundedPresent));
  }
  if (model.dashboard) return [...rows, ...demographicRows(month, model)];
  rows.push(
    countRow(
      { block, code: 'present.uasc', label: 'Unaccompanied and separated children (UASC) present', period, note: model.present.leftOut },
      model.figures.uasc,
      model.present.leftOut !== '' || leftOutUasc,
    ),
  );
  return rows;
}

function demographicRows(month: YearMonth, model: UnhcrModel): FigureRow[] {
  const demographics = model.figures.demographics;
  const note = model.dashboard?.demographics.leftOut;
  const partial = (demographics?.leftOut.length ?? 0) > 0;
  const base = { block: 'Persons present', period: { at: month }, chart: 'demographics', note };
  return demographicParts(demographics).flatMap(({ label, count, share }) => [
    countRow({ ...base, code: 'present.demographics', label: 'Persons present, by group', category: label }, count, partial),
    percentRow({ ...base, code: 'present.demographics.share', label: 'Share of persons present, by group', category: label }, share, partial),
  ]);
}

function presentRows({ month, data, model }: UnhcrRowsInput): FigureRow[] {
  const block = 'Persons present';
  const period = { at: month };
  // Shares are of the regional total, so they are partial where it is.
  const partial = model.present.leftOut !== '';
  return TERRITORY_CODES.flatMap((code) => {
    const entry = data.present.by_territory[code];
    const share = model.figures.presentShares.find((each) => each.key === code);
    const silent = `${TERRITORY_NAMES[code]} did not report for ${monthLabel(month)}.`;
    const noUasc = entry ? `${TERRITORY_NAMES[code]} gave no figure for unaccompanied and separated children.` : silent;
    // The UASC column of the table and the bars of the UASC chart: the same figure, twice.
    const uasc = (chart?: string) =>
      countRow(
        {
          block,
          code: 'present.uasc',
          label: 'Unaccompanied and separated children (UASC) present',
          territory: code,
          period,
          note: entry?.uasc === undefined ? noUasc : undefined,
          ...(chart ? { chart } : {}),
        },
        entry?.uasc,
      );
    return [
      countRow({ block, code: 'present.persons', label: 'Persons present at the end of the month', territory: code, period, note: entry ? undefined : silent }, entry?.persons),
      uasc(),
      percentRow(
        { block, code: 'present.share', label: 'Share of the persons present in the region', territory: code, period, note: entry ? model.present.leftOut : silent },
        share?.fraction,
        partial && share !== undefined,
      ),
      uasc('uasc'),
    ];
  });
}

function presentChartRows({ series }: UnhcrRowsInput): FigureRow[] {
  const block = 'Persons present';
  return [
    ...series.presentByAccommodation.map((row) =>
      countRow(
        {
          block,
          code: 'present.accommodation',
          label: 'Persons present, by accommodation',
          category: row.type,
          territory: row.code,
          period: { at: seriesMonth(series) },
          chart: 'accommodation',
        },
        row.persons,
      ),
    ),
    ...series.presentByMonth.map((row) =>
      countRow(
        {
          block,
          code: 'present.month_end',
          label: 'Persons present at the end of the month',
          period: { at: row.month },
          chart: 'present-by-month',
          note: row.persons === null ? `There is no data for ${monthLabel(row.month)}.` : leftOutNote(row.leftOut),
        },
        row.persons,
        row.leftOut.length > 0,
      ),
    ),
  ];
}

function seriesMonth(series: UnhcrSeries): YearMonth {
  return series.presentByMonth.at(-1)!.month;
}

function leftOutNote(leftOut: readonly TerritoryCode[]): string | undefined {
  return leftOut.length > 0 ? `Leaves out ${joinNames(leftOut.map((code) => TERRITORY_NAMES[code]))}, which did not report that month.` : undefined;
}

function nationalityRows({ month, series }: UnhcrRowsInput): FigureRow[] {
  // The nationalities are given for the region as a whole, so they are complete as given.
  const base = { block: 'Nationalities of persons present', period: { at: month }, chart: 'nationalities' };
  return series.topNationalities.map((row) =>
    countRow({ ...base, code: 'present.nationality', label: 'Persons present, by nationality (the most common)', category: row.name }, row.count),
  );
}

/** The 2020 dashboard's own blocks: the year against last year, twelve months and four years per territory. */
function dashboardRows({ month }: UnhcrRowsInput, dashboard: DashboardSeries): FigureRow[] {
  const { year } = splitMonth(month);
  const block = 'New arrivals: this year against last year';
  const lastYear = { from: makeMonth(year - 1, 1), to: makeMonth(year - 1, 12) };
  const comparison = ['', 'arrivals-year-comparison'].flatMap((chart) =>
    dashboard.yearComparison.flatMap((row) => [
      countRow(
        { block, code: 'arrivals.previous_year', label: 'New arrivals, the whole of last year', territory: row.code, period: lastYear, ...(chart ? { chart } : {}) },
        row.previousYear,
      ),
      countRow(
        { block, code: 'arrivals.year_to_date', label: 'New arrivals, year to date', territory: row.code, period: yearToDatePeriod(month), ...(chart ? { chart } : {}) },
        row.thisYear,
      ),
    ]),
  );
  const twelve = 'Arrivals and asylum applications, last 12 months';
  const evolution = dashboard.evolution.flatMap((row) => {
    const period = { from: row.months[0]!.month, to: row.months.at(-1)!.month };
    const chart = `evolution-${row.code}`;
    return [
      countRow({ block: twelve, code: 'arrivals.last_12_months', label: 'New arrivals, last 12 months', territory: row.code, period }, row.arrivals),
      countRow({ block: twelve, code: 'asylum.applications.last_12_months', label: 'Asylum applications, last 12 months', territory: row.code, period }, row.applications),
      ...row.months.flatMap((each) => [
        countRow(
          { block: twelve, code: 'arrivals.month', label: 'New arrivals, in the month', territory: row.code, period: { from: each.month, to: each.month }, chart },
          each.arrivals,
        ),
        countRow(
          {
            block: twelve,
            code: 'asylum.applications.month',
            label: 'Asylum applications, in the month',
            territory: row.code,
            period: { from: each.month, to: each.month },
            chart,
          },
          each.applications,
        ),
      ]),
    ];
  });
  const scale = countRow(
    {
      block: twelve,
      code: 'arrivals.month.highest',
      label: 'The highest monthly figure of any territory (the top of the shared scale)',
      period: { from: dashboard.evolution[0]!.months[0]!.month, to: month },
    },
    dashboard.evolutionMax,
  );
  const fourYears = dashboard.fourYears.flatMap((row) =>
    row.months.map((each) =>
      countRow(
        {
          block: 'Monthly new arrivals, four years',
          code: 'arrivals.month',
          label: 'New arrivals, in the month',
          territory: row.code,
          category: each.month.slice(0, 4),
          period: { from: each.month, to: each.month },
          chart: `four-years-${row.code}`,
        },
        each.arrivals,
      ),
    ),
  );
  return [...comparison, ...evolution, scale, ...fourYears];
}
