import { makeMonth, monthRange, splitMonth, type YearMonth } from '../../core/months.js';
import type { TerritoryCode } from '../../core/territories.js';

/** Totals by territory from a first year up to the end of the year before the one being built. */
export interface Baseline {
  since: number;
  byTerritory: Partial<Record<TerritoryCode, number | null>>;
}

interface BaselineSource<Month> {
  get(month: YearMonth): Month | undefined;
  baselineOf(data: Month): { since: number; by_territory: Partial<Record<TerritoryCode, number | null>> } | undefined;
  monthlyOf(data: Month): Partial<Record<TerritoryCode, number | null>> | undefined;
}

/**
 * The cumulative totals up to the end of last year, for `month`'s year. Taken from the latest
 * month of the year that carries them; otherwise last year's baseline plus last year's twelve
 * months, so a baseline is typed once and later years follow from the monthly figures.
 * Undefined when neither is available.
 */
export function findBaseline<Month>(month: YearMonth, source: BaselineSource<Month>, depth = 1): Baseline | undefined {
  const { year, monthNumber } = splitMonth(month);
  for (const each of monthRange(makeMonth(year, 1), makeMonth(year, monthNumber)).reverse()) {
    const found = source.get(each);
    const baseline = found ? source.baselineOf(found) : undefined;
    if (baseline) return { since: baseline.since, byTerritory: baseline.by_territory };
  }
  if (depth === 0) return undefined;
  const previous = findBaseline(makeMonth(year - 1, 12), source, depth - 1);
  if (!previous) return undefined;
  const lastYear = monthRange(makeMonth(year - 1, 1), makeMonth(year - 1, 12)).map((each) => source.get(each));
  if (lastYear.some((data) => !data)) return undefined;
  const byTerritory: Partial<Record<TerritoryCode, number | null>> = { ...previous.byTerritory };
  for (const data of lastYear) {
    for (const [code, value] of Object.entries(source.monthlyOf(data!) ?? {})) {
      const key = code as TerritoryCode;
      byTerritory[key] = (byTerritory[key] ?? 0) + (value ?? 0);
    }
  }
  return { since: previous.since, byTerritory };
}
