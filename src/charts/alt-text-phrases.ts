/** Phrases the charts' alt texts share, so ties and gaps read the same in every chart. */
import { monthLabel, type YearMonth } from '../core/months.js';
import { joinNames } from '../format/phrase-shares.js';

/**
 * The items sharing the largest value, in their given order, and that value; undefined when
 * there is no item. An alt text that named only the first of two equal bars would mislead.
 */
export function findLeaders<T>(items: readonly T[], valueOf: (item: T) => number): { leaders: T[]; value: number } | undefined {
  if (items.length === 0) return undefined;
  const value = Math.max(...items.map(valueOf));
  return { leaders: items.filter((item) => valueOf(item) === value), value };
}

/**
 * The end of an alt text naming what the chart draws as an empty slot ("; no figure for June
 * 2025", "; no figure for Albania and Serbia"), or "" when nothing is missing. A reader of the
 * alt text must learn of a gap as a reader of the chart sees it.
 */
export function noFigureClause(labels: readonly string[], what = 'no figure'): string {
  return labels.length === 0 ? '' : `; ${what} for ${joinNames(labels)}`;
}

/** A month whose figure adds up only the territories that reported, and those it leaves out. */
export interface PartialMonth {
  month: YearMonth;
  leftOut: string[];
}

/** The note under a chart with partial months: "Leaving out territories that did not report: June 2025 (Kosovo)." or undefined. */
export function partialMonthsNote(partials: readonly PartialMonth[]): string | undefined {
  if (partials.length === 0) return undefined;
  return `Leaving out territories that did not report: ${partials.map(({ month, leftOut }) => `${monthLabel(month)} (${joinNames(leftOut)})`).join(', ')}.`;
}

/** The same for the alt text: "; June 2025 leaves out Kosovo", or "". */
export function partialMonthsClause(partials: readonly PartialMonth[]): string {
  return partials.map(({ month, leftOut }) => `; ${monthLabel(month)} leaves out ${joinNames(leftOut)}`).join('');
}
