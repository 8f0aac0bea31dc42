import { makeMonth, monthRange, splitMonth, type YearMonth } from '../../core/months.js';
import type { TerritoryCode } from '../../core/territories.js';
import { formatCount } from '../../format/format-number.js';
import { formatSignedChange } from '../../format/format-signed.js';
import { computeChange } from '../../indicators/compute-change.js';
import { sumFigures, sumPresent, type Figure } from '../../indicators/figure.js';
import type { IomContext } from './iom-context.js';
import type { IomModel } from './model-types.js';
import type { IomMonth } from './schema.js';

/** Registrations on arrival by territory for each month of the year so far, for the chart. */
export type MonthlyRegistrations = Array<{ month: YearMonth; code: TerritoryCode; registrations: number }>;

/** The region's registrations in a month: the territories that reported. */
export function totalRegistrations(data: IomMonth | undefined): Figure {
  if (!data) return null;
  const values = Object.values(data.registrations.by_territory).filter((value) => value !== undefined && value !== null);
  return values.length === 0 ? null : sumPresent(values);
}

/** Registrations this month, the change against last month, and the total for the year so far. */
export function buildRegistrationsSection(context: IomContext): { model: IomModel['registrations']; monthly: MonthlyRegistrations } {
  const current = totalRegistrations(context.data);
  const previous = totalRegistrations(context.previous());
  const yearMonths = context.yearToDate();
  const yearToDate = yearMonths ? sumFigures(yearMonths.map(totalRegistrations)) : null;
  const { year, monthNumber } = splitMonth(context.month);
  const monthly = monthRange(makeMonth(year, 1), makeMonth(year, monthNumber)).flatMap((month) => {
    const data = context.history.get(month);
    if (!data) return [];
    return Object.entries(data.registrations.by_territory)
      .filter((entry): entry is [TerritoryCode, number] => typeof entry[1] === 'number')
      .map(([code, registrations]) => ({ month, code, registrations }));
  });
  return {
    model: { month: formatCount(current), change: formatSignedChange(computeChange(current, previous)), yearToDate: formatCount(yearToDate) },
    monthly,
  };
}
