import { addMonths, makeMonth, monthLabel, monthRange, splitMonth, yearToDateMonths, type YearMonth } from '../../core/months.js';
import { TERRITORY_CODES, TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { sumFigures, type Figure } from '../../indicators/figure.js';
import { describeMonths } from '../../format/describe-months.js';
import { gapsInRecord, type ModelWarning } from '../report-bundle.js';
import type { UnhcrContext } from './unhcr-context.js';
import type { IllustrativeNote } from '../collect-illustrative.js';
import { findJump, JUMP_FACTOR } from '../find-sanity-issues.js';
import { formatCount } from '../../format/format-number.js';

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
  /** The months in neither data/ nor the archive, which the pages say they leave empty. */
  absent: YearMonth[];
}

/** The dashboard's months as read: each territory's figures, where each month came from, and what is missing. */
interface DashboardMonths {
  figuresOf: Map<YearMonth, Map<TerritoryCode, TerritoryMonth>>;
  sourceOf: Map<YearMonth, 'data' | 'archive'>;
  /** Months in neither data/ nor the archive. */
  absent: YearMonth[];
}

/**
 * The figures of the 2020 dashboard: arrivals and applications per territory and month over four
 * calendar years, read from each month's file, or, before data/ begins, from the archive. Every
 * month or territory's figure the dashboard lacks is warned about, whatever its place in the
 * record: the dashboard exists to draw those years, and its totals show n/a without them.
 */
export function buildDashboardSection(context: UnhcrContext): DashboardSeries {
  const { month } = context;
  const { year } = splitMonth(month);
  const years = Array.from({ length: DASHBOARD_YEARS }, (_, index) => year - DASHBOARD_YEARS + 1 + index);
  const window = monthRange(makeMonth(years[0]!, 1), month);
  const read = readDashboardMonths(context, window);
  const seriesOf = (code: TerritoryCode, months: readonly YearMonth[]) => months.map((each) => read.figuresOf.get(each)!.get(code)!);
  const lastTwelve = monthRange(addMonths(month, -(EVOLUTION_MONTHS - 1)), month);
  const evolution = TERRITORY_CODES.map((code) => {
    const months = seriesOf(code, lastTwelve);
    return { code, months, arrivals: sumFigures(months.map((each) => each.arrivals)), applications: sumFigures(months.map((each) => each.applications)) };
  });
  recordAbsentMonths(context, read.absent);
  context.warnings.push(...territoryGapWarnings(context, read, window, new Set(lastTwelve)));
  context.warnings.push(...archiveJumpWarnings(context, read, window));
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
    archivedMonths: window.filter((each) => read.sourceOf.get(each) === 'archive'),
    absent: read.absent,
  };
}

function readDashboardMonths(context: UnhcrContext, window: readonly YearMonth[]): DashboardMonths {
  const { history } = context;
  const read: DashboardMonths = { figuresOf: new Map(), sourceOf: new Map(), absent: [] };
  for (const each of window) {
    const data = history.get(each);
    const archived = data ? undefined : history.archived?.(each);
    if (data) read.sourceOf.set(each, 'data');
    else if (archived) read.sourceOf.set(each, 'archive');
    else read.absent.push(each);
    const figures = (code: TerritoryCode): TerritoryMonth => ({
      month: each,
      arrivals: data ? (data.arrivals.by_territory[code] ?? null) : (archived?.[code]?.arrivals ?? null),
      applications: data ? (data.asylum.by_territory[code]?.applications ?? null) : (archived?.[code]?.applications ?? null),
    });
    read.figuresOf.set(each, new Map(TERRITORY_CODES.map((code) => [code, figures(code)])));
  }
  return read;
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
 * months (its one warning names them, with every figure that needs them); those before data/
 * begins, or before a month that restarts the record, are missing from the archive.
 */
function recordAbsentMonths(context: UnhcrContext, absent: readonly YearMonth[]): void {
  const { history } = context;
  const inData = gapsInRecord(absent, history.firstMonth);
  for (const each of inData) context.missing.add(each);
  const beforeData = absent.filter((each) => !inData.includes(each));
  if (beforeData.length === 0) return;
  const one = beforeData.length === 1;
  context.warnings.push({
    month: context.month,
    message: `No data for ${describeMonths(beforeData)} in the archive or data/: the dashboard's charts show ${one ? 'that month' : 'those months'} empty and the totals that need ${one ? 'it' : 'them'} show n/a`,
    hint: `Add ${one ? 'that month' : 'those months'}: before data/ begins as lines of archive/${context.data.report}.csv in the data folder (README: "The archive of earlier months"), after it as month files; or accept n/a (--strict would stop on it).`,
  });
}

/**
 * A territory without a figure in a month the dashboard reads (a line or a cell left out of the
 * archive, a territory silent in an earlier month file): its line has a gap and its totals show
 * n/a, so the build says which. This year's months are left to the arrivals and asylum sections,
 * which warn about them already; applications count only where the dashboard prints them (the
 * last twelve months).
 */
function territoryGapWarnings(context: UnhcrContext, read: DashboardMonths, window: readonly YearMonth[], lastTwelve: ReadonlySet<YearMonth>): ModelWarning[] {
  const thisYear = new Set(yearToDateMonths(context.month));
  const earlier = window.filter((each) => !thisYear.has(each) && read.sourceOf.has(each));
  return TERRITORY_CODES.flatMap((code) => {
    const lacking = (kind: 'arrivals' | 'applications') =>
      earlier.filter((each) => (kind === 'arrivals' || lastTwelve.has(each)) && read.figuresOf.get(each)!.get(code)![kind] === null);
    return (['arrivals', 'applications'] as const).flatMap((kind) => {
      const months = lacking(kind);
      const inArchive = months.filter((each) => read.sourceOf.get(each) === 'archive');
      const inData = months.filter((each) => read.sourceOf.get(each) === 'data');
      const consequence = `the dashboard's ${kind === 'arrivals' ? 'charts leave' : 'twelve-month chart leaves'} ${months.length === 1 ? 'that month' : 'those months'} empty and its totals that need ${months.length === 1 ? 'it' : 'them'} show n/a`;
      return [
        ...(inArchive.length > 0
          ? [
              {
                month: context.month,
                archiveMonth: inArchive[0],
                archiveCell: { territory: code, figure: kind },
                message: `${TERRITORY_NAMES[code]} has no ${kind} figure for ${describeMonths(inArchive)} in the archive: ${consequence}`,
                hint: `Add a line (or the missing cell) for ${code} in ${inArchive.length === 1 ? inArchive[0] : 'each of those months'}, or accept n/a (--strict would stop on it).`,
              },
            ]
          : []),
        ...inData.map((each) => ({
          month: each,
          field: kind === 'arrivals' ? `arrivals.by_territory` : `asylum.by_territory`,
          message: `${TERRITORY_NAMES[code]} has no ${kind} figure for ${each}: ${consequence}`,
          hint: `Add ${code}'s ${kind} to ${each}'s file, or accept n/a (--strict would stop on it).`,
        })),
      ];
    });
  });
}

/**
 * The archive's figures get the month files' plausibility check: a territory's arrivals or
 * applications more than JUMP_FACTOR times up or down from one archived month to the next (a
 * typo of a zero too many would otherwise reach the charts unremarked). The month files' own
 * consecutive months are checked where they are read.
 */
function archiveJumpWarnings(context: UnhcrContext, read: DashboardMonths, window: readonly YearMonth[]): ModelWarning[] {
  const warnings: ModelWarning[] = [];
  for (const [index, each] of window.entries()) {
    const before = window[index - 1];
    // Within the archive: where it meets data/, the sources (and their ways of counting) may differ.
    if (!before || read.sourceOf.get(each) !== 'archive' || read.sourceOf.get(before) !== 'archive') continue;
    for (const code of TERRITORY_CODES) {
      for (const kind of ['arrivals', 'applications'] as const) {
        const from = read.figuresOf.get(before)?.get(code)?.[kind];
        const to = read.figuresOf.get(each)?.get(code)?.[kind];
        const jump = findJump('', '', from, to);
        if (!jump) continue;
        warnings.push({
          month: context.month,
          archiveMonth: each,
          archiveCell: { territory: code, figure: kind },
          message: `${TERRITORY_NAMES[code]}'s ${kind} in the archive went from ${formatCount(from!)} in ${monthLabel(before)} to ${formatCount(to!)} in ${monthLabel(each)}, more than ${JUMP_FACTOR} times ${to! > from! ? 'up' : 'down'}`,
          hint: jump.hint,
        });
      }
    }
  }
  return warnings;
}
