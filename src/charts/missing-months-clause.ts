import type { YearMonth } from '../core/months.js';
import { describeMonths } from '../format/describe-months.js';

/** The end of a chart's alt text naming the months drawn as empty slots, runs as one span ("; no figure for January to December 2023 and June 2024"), or "". */
export function missingMonthsClause(months: readonly YearMonth[]): string {
  return months.length === 0 ? '' : `; no figure for ${describeMonths(months)}`;
}
