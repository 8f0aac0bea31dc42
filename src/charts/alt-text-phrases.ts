/** Phrases the charts' alt texts share, so ties and gaps read the same in every chart. */
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
