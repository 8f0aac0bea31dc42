import { makeMonth, monthRange, splitMonth, type YearMonth } from '../../core/months.js';
import type { TerritoryCode } from '../../core/territories.js';

/** Totals by territory from a first year up to the end of the year before the one being built. */
export interface Baseline {
  since: number;
  /** A territory's total; null when a month it should add is missing its figure. */
  byTerritory: Partial<Record<TerritoryCode, number | null>>;
  /** Cases in the published regional totals not attributed to a territory, over the same years. */
  unattributed: number;
}

interface BaselineSource<Month> {
  get(month: YearMonth): Month | undefined;
  baselineOf(data: Month): { since: number; by_territory: Partial<Record<TerritoryCode, number | null>> } | undefined;
  monthlyOf(data: Month): Partial<Record<TerritoryCode, number | null>> | undefined;
  /** A month's published regional total beyond its territories added up (asylum's applications_total); 0 when none. */
  unattributedOf?(data: Month): number;
}

/**
 * The cumulative totals up to the end of last year, for `month`'s year. Taken from the latest
 * month of the year that carries them; otherwise last year's baseline plus last year's twelve
 * months, so a baseline is typed once and later years follow from the monthly figures.
 * Undefined when neither is available. A territory that appears in the baseline or in any of
 * those months but lacks a figure in one of them gets null (n/a), never a total that quietly
 * leaves the month out; what last year's published totals held beyond the territories is kept
 * in `unattributed`, so the regional cumulative total does not drop it.
 */
export function findBaseline<Month>(month: YearMonth, source: BaselineSource<Month>, depth = 1): Baseline | undefined {
  const { year, monthNumber } = splitMonth(month);
  for (const each of monthRange(makeMonth(year, 1), makeMonth(year, monthNumber)).reverse()) {
    const found = source.get(each);
    const baseline = found ? source.baselineOf(found) : undefined;
    if (baseline) return { since: baseline.since, byTerritory: baseline.by_territory, unattributed: 0 };
  }
  if (depth === 0) return undefined;
  const previous = findBaseline(makeMonth(year - 1, 12), source, depth - 1);
  if (!previous) return undefined;
  const lastYear = monthRange(makeMonth(year - 1, 1), makeMonth(year - 1, 12)).map((each) => source.get(each));
  if (lastYear.some((data) => !data)) return undefined;
  const monthly = lastYear.map((data) => source.monthlyOf(data!) ?? {});
  const codes = new Set([...Object.keys(previous.byTerritory), ...monthly.flatMap((values) => Object.keys(values))] as TerritoryCode[]);
  const byTerritory: Partial<Record<TerritoryCode, number | null>> = {};
  for (const code of codes) {
    // A territory missing from last year's baseline has no known start: n/a, not 0.
    const start = previous.byTerritory[code];
    const values = monthly.map((values) => values[code]);
    byTerritory[code] =
      start === null || start === undefined || values.some((value) => value === null || value === undefined)
        ? null
        : values.reduce<number>((total, value) => total + value!, start);
  }
  const unattributed = lastYear.reduce((total, data) => total + (source.unattributedOf?.(data!) ?? 0), previous.unattributed);
  return { since: previous.since, byTerritory, unattributed };
}
