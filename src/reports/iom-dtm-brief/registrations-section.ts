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
  // In January last month is last year's, which the year's silent territories do not cover: one
  // that registered now but not in December makes the change n/a, and is warned about here.
  const previousMonth = addMonths(context.month, -1);
  const silentInDecember: SilentTerritory[] =
    previousData && both && splitMonth(context.month).monthNumber === 1
      ? both.filter((code) => typeof previousData.registrations.by_territory[code] !== 'number').map((code) => ({ month: previousMonth, code }))
      : [];
  for (const { code } of silentInDecember) {
    context.warnings.push({
      month: previousMonth,
      field: `registrations.by_territory.${code}`,
      message: `${TERRITORY_NAMES[code]} has no registrations on arrival figure for ${previousMonth} though it has one for ${context.month}; the change against ${monthLabel(previousMonth)} shows n/a`,
      hint: 'Add its figure to that month (0 if it registered no one), or accept n/a (--strict would stop on it).',
    });
  }
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
      unavailable: registrationsUnavailable(context, { current, change, yearToDate }, [...silentInDecember, ...silent]),
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
    // Territories silent in the same months together: "Serbia and Kosovo did not report for November and December 2024".
    ...groupBySilentMonths(silent).map(({ codes, months }) => `${joinNames(codes.map((code) => TERRITORY_NAMES[code]))} did not report for ${describeMonths(months)}`),
  ];
  if (reasons.length === 0) return '';
  const subject = joinNames(lacking);
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${lacking.length === 1 ? 'is' : 'are'} not available: ${reasons.join('; ')}.`;
}

/** The territories that register in either month. */
function unionOfReporters(a: IomMonth, b: IomMonth): TerritoryCode[] {
  return IOM_TERRITORY_ORDER.filter((code) => typeof a.registrations.by_territory[code] === 'number' || typeof b.registrations.by_territory[code] === 'number');
}

/** The silent territories grouped by the months they are silent in, in territory order. */
function groupBySilentMonths(silent: readonly SilentTerritory[]): Array<{ codes: TerritoryCode[]; months: YearMonth[] }> {
  const groups = new Map<string, { codes: TerritoryCode[]; months: YearMonth[] }>();
  for (const code of IOM_TERRITORY_ORDER) {
    const months = silent
      .filter((entry) => entry.code === code)
      .map((entry) => entry.month)
      .sort();
    if (months.length === 0) continue;
    const key = months.join(',');
    if (!groups.has(key)) groups.set(key, { codes: [], months });
    groups.get(key)!.codes.push(code);
  }
  return [...groups.values()];
}
