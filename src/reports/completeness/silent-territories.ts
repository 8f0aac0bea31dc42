import type { YearMonth } from '../../core/months.js';
import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { SILENT_HINT } from '../find-sanity-issues.js';
import type { ModelWarning } from '../report-bundle.js';

/** A territory without a figure in a month, although it has one in another month of the same span. */
export interface SilentTerritory {
  month: YearMonth;
  code: TerritoryCode;
}

/** One month of a block, by territory (a number, or an entry such as persons present); undefined or null is "not reported". */
export interface MonthValues {
  month: YearMonth;
  values: Partial<Record<TerritoryCode, unknown>> | undefined;
}

/**
 * The territories silent in some of `months` while they report the same block in another month,
 * of `months` or of `earlier` (the months before, that the report also reads, such as last
 * year): a regional figure over `months`, or a yearly figure of the territory, cannot be
 * complete. So a territory silent all year, or in January, after reporting last year, is found
 * too; `alsoExpected` adds territories known to report otherwise (those a cumulative baseline
 * holds). Each (month, territory) once, months in the order given, territories in `order`. Both
 * reports use it, for sums over the year and for monthly series alike.
 */
export function findSilentTerritories(
  months: readonly MonthValues[],
  order: readonly TerritoryCode[],
  earlier: readonly MonthValues[] = [],
  alsoExpected: readonly TerritoryCode[] = [],
): SilentTerritory[] {
  const reported = reportingTerritories([...earlier, ...months], order);
  const reporting = order.filter((code) => reported.includes(code) || alsoExpected.includes(code));
  return months.flatMap(({ month, values }) => reporting.filter((code) => !isReported(values, code)).map((code) => ({ month, code })));
}

/** The territories, in `order`, that report the block in any of the months. */
export function reportingTerritories(months: readonly MonthValues[], order: readonly TerritoryCode[]): TerritoryCode[] {
  return order.filter((code) => months.some(({ values }) => isReported(values, code)));
}

function isReported(values: MonthValues['values'], code: TerritoryCode): boolean {
  return values?.[code] !== undefined && values?.[code] !== null;
}

/** One warning per silent territory and month, on that month's file; `describe` says what it costs. */
export function silentTerritoryWarnings(silent: readonly SilentTerritory[], field: string, describe: (name: string, month: YearMonth) => string): ModelWarning[] {
  return silent.map(({ month, code }) => ({ month, field: `${field}.${code}`, message: describe(TERRITORY_NAMES[code], month), hint: SILENT_HINT }));
}
