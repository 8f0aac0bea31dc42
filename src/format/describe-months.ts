import { groupConsecutiveMonths, monthLabel, monthName, splitMonth, type YearMonth } from '../core/months.js';
import { joinNames } from './phrase-shares.js';

/**
 * Months in words, runs as one span: "June 2025", "January to March 2025", "November 2024 to
 * February 2025", joined with commas and "and". The months must be sorted.
 */
export function describeMonths(months: readonly YearMonth[]): string {
  return joinNames(groupConsecutiveMonths(months).map(describeRun));
}

function describeRun(run: readonly YearMonth[]): string {
  const first = run[0]!;
  const last = run.at(-1)!;
  if (run.length === 1) return monthLabel(first);
  const sameYear = splitMonth(first).year === splitMonth(last).year;
  return `${sameYear ? monthName(first) : monthLabel(first)} to ${monthLabel(last)}`;
}
