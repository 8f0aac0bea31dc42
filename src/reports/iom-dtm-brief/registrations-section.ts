import { addMonths, makeMonth, monthLabel, monthRange, splitMonth, yearToDateMonths, type YearMonth } from '../../core/months.js';
import { TERRITORY_NAMES } from '../../core/territories.js';
import { describeMonths } from '../../format/describe-months.js';
import { joinNames } from '../../format/phrase-shares.js';
import type { TerritoryCode } from '../../core/territories.js';
import { formatCount } from '../../format/format-number.js';
import { formatSignedChange } from '../../format/format-signed.js';
import { computeChange } from '../../indicators/compute-change.js';
import { sumFigures, type Figure } from '../../indicators/figure.js';
import { sumRegion } from '../completeness/regional-sum.js';
import { findSilentThisYear, silentThisYearWarnings, type IomContext } from './iom-context.js';
import { findSanityIssues } from '../find-sanity-issues.js';
import type { SilentTerritory } from '../completeness/silent-territories.js';
import { IOM_TERRITORY_ORDER } from './territory-order.js';
import type { IomModel } from './model-types.js';
import type { IomMonth } from './schema.js';

/** Registrations on arrival by territory for each month of the year so far, for the chart. */
export type MonthlyRegistrations = Array<{ month: YearMonth; code: TerritoryCode; registrations: number }>;

/**
 * The region's registrations in a month: n/a when a territory in `expected` (those that register
 * in other months) has no figure, or when none does.
 */
export function totalRegistrations(data: IomMonth | undefined, expected: readonly TerritoryCode[]): Figure {
  return data ? sumRegion(data.registrations.by_territory, expected, 'not-available').value : null;
}

/**
 * Registrations this month, the change against last month, and the total for the year so far.
 * A regional figure that would leave out a territory silent in a month it reports in others is
 * n/a (with a warning on that month's file); so is a change between months that do not cover
 * the same territories.
 */
export function buildRegistrationsSection(context: IomContext): { model: IomModel['registrations']; monthly: MonthlyRegistrations; silent: SilentTerritory[] } {
  const silent = findSilentThisYear(context, (data) => data.registrations.by_territory);
  const expected = IOM_TERRITORY_ORDER.filter((code) => typeof context.data.registrations.by_territory[code] === 'number' || silent.some((each) => each.code === code));
  const previousData = context.previous();
  const current = totalRegistrations(context.data, expected);
  // The change compares the two months over the territories either registers in: a territory
  // that registered in only one of them makes it n/a (last month may be of last year).
  const both = previousData && unionOfReporters(context.data, previousData);
  const change = both ? computeChange(totalRegistrations(context.data, both), totalRegistrations(previousData, both)) : null;
  const yearMonths = context.yearToDate();
  const yearToDate = yearMonths ? sumFigures(yearMonths.map((data) => totalRegistrations(data, expected))) : null;
  const { year, monthNumber } = splitMonth(context.month);
  const monthly = monthRange(makeMonth(year, 1), makeMonth(year, monthNumber)).flatMap((month) => {
    const data = context.history.get(month);
    if (!data) return [];
    return Object.entries(data.registrations.by_territory)
      .filter((entry): entry is [TerritoryCode, number] => typeof entry[1] === 'number')
      .map(([code, registrations]) => ({ month, code, registrations }));
  });
  // A jump since last month, or a territory silent after reporting; then the territories
  // silent in a month of the year (one warning per month and field).
  const lastMonth = context.history.get(addMonths(context.month, -1));
  for (const issue of findSanityIssues(context.data.registrations.by_territory, lastMonth?.registrations.by_territory, 'registrations.by_territory', 'registrations on arrival')) {
    context.warnings.push({ month: context.month, ...issue });
  }
  for (const warning of silentThisYearWarnings(silent, 'registrations.by_territory', 'registrations on arrival')) {
    if (!context.warnings.some((each) => each.month === warning.month && each.field === warning.field)) context.warnings.push(warning);
  }
  return {
    model: {
      month: formatCount(current),
      change: formatSignedChange(change),
      yearToDate: formatCount(yearToDate),
      unavailable: registrationsUnavailable(context, { current, change, yearToDate }, silent),
    },
    monthly,
    silent,
  };
}

/**
 * Why the key figures show n/a, in a sentence ("" when none does): the months of the year
 * without a file, and the territories that did not report in a month the figures add up.
 */
function registrationsUnavailable(context: IomContext, figures: { current: Figure; change: Figure; yearToDate: Figure }, silent: readonly SilentTerritory[]): string {
  const { month } = context;
  const lacking = [
    figures.current === null && `the registrations in ${monthLabel(month)}`,
    figures.change === null && `the change against ${monthLabel(addMonths(month, -1))}`,
    figures.yearToDate === null && `the total for ${splitMonth(month).year}`,
  ].filter((part): part is string => Boolean(part));
  if (lacking.length === 0) return '';
  const absent = yearToDateMonths(month).filter((each) => !context.history.get(each));
  const previous = addMonths(month, -1);
  const reasons = [
    ...(absent.length > 0 ? [`there is no data for ${describeMonths(absent)}`] : []),
    ...(figures.change === null && !context.history.get(previous) && !absent.includes(previous) ? [`there is no data for ${monthLabel(previous)}`] : []),
    ...[...new Set(silent.map((each) => each.month))].map(
      (each) => `${joinNames(silent.filter((entry) => entry.month === each).map((entry) => TERRITORY_NAMES[entry.code]))} did not report for ${monthLabel(each)}`,
    ),
  ];
  if (reasons.length === 0) return '';
  const subject = joinNames(lacking);
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${lacking.length === 1 ? 'is' : 'are'} not available: ${reasons.join('; ')}.`;
}

/** The territories that register in either month. */
function unionOfReporters(a: IomMonth, b: IomMonth): TerritoryCode[] {
  return IOM_TERRITORY_ORDER.filter((code) => typeof a.registrations.by_territory[code] === 'number' || typeof b.registrations.by_territory[code] === 'number');
}
