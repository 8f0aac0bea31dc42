import { addMonths, makeMonth, monthLabel, monthRange, splitMonth, yearToDateMonths, type YearMonth } from '../../core/months.js';
import { TERRITORY_CODES, type TerritoryCode } from '../../core/territories.js';
import { sumFigures, type Figure } from '../../indicators/figure.js';
import { describeMonths } from '../../format/describe-months.js';
import { gapsInRecord, type ModelWarning } from '../report-bundle.js';
import type { UnhcrContext } from './unhcr-context.js';
import type { IllustrativeNote } from '../collect-illustrative.js';

/** Calendar years the 2020 dashboard's last page draws: the built month's and the three before. */
export const DASHBOARD_YEARS = 4;
/** Months each territory's evolution chart on the dashboard's second page covers. */
export const EVOLUTION_MONTHS = 12;

/** One territory's figures for one month, from data/ or the archive; null where neither has it. */
export interface TerritoryMonth {
  month: YearMonth;
  arrivals: Figure;
  applications: Figure;
}

/** The series the 2020 dashboard draws, per territory, before any formatting. */
export interface DashboardSeries {
  /** This year's arrivals so far against the whole of last year, per territory. */
  yearComparison: Array<{ code: TerritoryCode; previousYear: Figure; thisYear: Figure }>;
  /** The last twelve months, per territory, with their totals (null when a month lacks a figure). */
  evolution: Array<{ code: TerritoryCode; months: TerritoryMonth[]; arrivals: Figure; applications: Figure }>;
  /** The highest monthly figure any territory has in the twelve months: the scale all six share. */
  evolutionMax: number;
  /** Four calendar years of monthly arrivals, per territory (this year up to the built month). */
  fourYears: Array<{ code: TerritoryCode; months: TerritoryMonth[] }>;
  /** The years the four-year chart draws, oldest first. */
  years: number[];
  /** The months whose figures came from the archive, for the illustrative-data notice. */
  archivedMonths: YearMonth[];
}

/**
 * The figures of the 2020 dashboard: arrivals and applications per territory and month over four
 * calendar years, read from each month's file, or, before data/ begins, from the archive. A month
 * in neither is recorded: inside data/'s record it joins the month reader's missing months (one
 * warning for every section); inside the archive's span it gets a warning of its own.
 */
export function buildDashboardSection(context: UnhcrContext): DashboardSeries {
  const { month, history } = context;
  const { year } = splitMonth(month);
  const years = Array.from({ length: DASHBOARD_YEARS }, (_, index) => year - DASHBOARD_YEARS + 1 + index);
  const window = monthRange(makeMonth(years[0]!, 1), month);
  const absent = new Set<YearMonth>();
  const archivedMonths: YearMonth[] = [];
  const figuresOf = new Map<YearMonth, Map<TerritoryCode, TerritoryMonth>>();
  for (const each of window) {
    const data = history.get(each);
    const archived = data ? undefined : history.archived?.(each);
    if (!data && !archived) absent.add(each);
    if (archived) archivedMonths.push(each);
    figuresOf.set(
      each,
      new Map(
        TERRITORY_CODES.map((code) => [
          code,
          {
            month: each,
            arrivals: data ? (data.arrivals.by_territory[code] ?? null) : (archived?.[code]?.arrivals ?? null),
            applications: data ? (data.asylum.by_territory[code]?.applications ?? null) : (archived?.[code]?.applications ?? null),
          },
        ]),
      ),
    );
  }
  const seriesOf = (code: TerritoryCode, months: readonly YearMonth[]) => months.map((each) => figuresOf.get(each)!.get(code)!);
  const lastTwelve = monthRange(addMonths(month, -(EVOLUTION_MONTHS - 1)), month);
  const evolution = TERRITORY_CODES.map((code) => {
    const months = seriesOf(code, lastTwelve);
    return { code, months, arrivals: sumFigures(months.map((each) => each.arrivals)), applications: sumFigures(months.map((each) => each.applications)) };
  });
  recordAbsentMonths(context, absent);
  return {
    yearComparison: TERRITORY_CODES.map((code) => ({
      code,
      previousYear: sumFigures(seriesOf(code, monthRange(makeMonth(year - 1, 1), makeMonth(year - 1, 12))).map((each) => each.arrivals)),
      thisYear: sumFigures(seriesOf(code, yearToDateMonths(month)).map((each) => each.arrivals)),
    })),
    evolution,
    evolutionMax: Math.max(0, ...evolution.flatMap((row) => row.months.flatMap((each) => [each.arrivals ?? 0, each.applications ?? 0]))),
    fourYears: TERRITORY_CODES.map((code) => ({ code, months: seriesOf(code, window) })),
    years,
    archivedMonths,
  };
}

/** The notice's entry for archived figures filled in for a sample ("# illustrative: …" in the archive), or none. */
export function archiveIllustrativeNote(series: DashboardSeries, note: string | undefined): IllustrativeNote[] {
  const first = series.archivedMonths[0];
  const last = series.archivedMonths.at(-1);
  if (!note || !first || !last) return [];
  const span = first === last ? monthLabel(first) : `${monthLabel(first)} to ${monthLabel(last)}`;
  return [{ block: 'Monthly arrivals and applications from the archive', months: span, note }];
}

/**
 * Months in neither data/ nor the archive: those inside data/'s record join the reader's missing
 * months (its one warning names them); those inside the archive's span are gaps in the archive.
 * Months before both began are outside the record: their slots stay empty without a warning.
 */
function recordAbsentMonths(context: UnhcrContext, absent: ReadonlySet<YearMonth>): void {
  const { history } = context;
  const inData = gapsInRecord(absent, history.firstMonth);
  for (const each of inData) context.missing.add(each);
  const archiveGaps = gapsInRecord(
    [...absent].filter((each) => !inData.includes(each)),
    history.archiveFirstMonth,
  );
  if (archiveGaps.length === 0 || history.archiveFirstMonth === undefined) return;
  context.warnings.push(archiveGapWarning(context.month, archiveGaps, context.data.report));
}

function archiveGapWarning(month: YearMonth, gaps: readonly YearMonth[], reportId: string): ModelWarning {
  return {
    month,
    message: `No data for ${describeMonths(gaps)} in the archive or data/: the dashboard's charts show ${gaps.length === 1 ? 'that month' : 'those months'} empty and the totals that need ${gaps.length === 1 ? 'it' : 'them'} show n/a`,
    hint: `Add the lines of ${gaps.length === 1 ? gaps[0] : 'those months'} to data/archive/${reportId}.csv, or accept n/a (--strict would stop on it).`,
  };
}
