import { groupConsecutiveMonths, monthLabel, monthName, splitMonth, type YearMonth } from '../core/months.js';
import { noFigureClause } from './alt-text-phrases.js';

/**
 * The end of a chart's alt text naming the months drawn as empty slots, runs of months as one
 * span ("; no figure for January to December 2023 and June 2024"), or "" when none is missing.
 */
export function missingMonthsClause(months: readonly YearMonth[]): string {
  return noFigureClause(groupConsecutiveMonths(months).map(describeRun));
}

function describeRun(run: readonly YearMonth[]): string {
  const first = run[0]!;
  const last = run.at(-1)!;
  if (run.length === 1) return monthLabel(first);
  const sameYear = splitMonth(first).year === splitMonth(last).year;
  return `${sameYear ? monthName(first) : monthLabel(first)} to ${monthLabel(last)}`;
}
