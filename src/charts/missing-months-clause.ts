import { monthLabel, type YearMonth } from '../core/months.js';

/**
 * The end of a chart's alt text naming the months drawn as empty slots ("; no figure for June
 * 2025"), or "" when every month has its figure. A reader of the alt text must learn of a gap
 * as a reader of the chart sees it.
 */
export function missingMonthsClause(months: readonly YearMonth[]): string {
  if (months.length === 0) return '';
  const labels = months.map(monthLabel);
  const list = labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`;
  return `; no figure for ${list}`;
}
