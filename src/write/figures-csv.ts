import { stringify } from 'csv-stringify/sync';
import { periodDates, type FigureRow } from '../core/figure-row.js';
import type { YearMonth } from '../core/months.js';
import { TERRITORY_NAMES } from '../core/territories.js';

/** The region every figure belongs to. */
const REGION = 'Western Balkans';

/**
 * The CSV's columns: a header for people, then the HXL hashtag each carries (the Humanitarian
 * Exchange Language that HDX and the HXL tools read), from the HXL dictionary's core hashtags
 * and attributes. README "The figures as data" documents each.
 */
export const CSV_COLUMNS = [
  ['report', '#meta+report'],
  ['report_month', '#date+reported'],
  ['block', '#indicator+type'],
  ['figure_code', '#indicator+code'],
  ['figure', '#indicator+name'],
  ['category', '#indicator+category'],
  ['region', '#region+name'],
  ['territory_code', '#country+code'],
  ['territory', '#country+name'],
  ['period_start', '#date+start'],
  ['period_end', '#date+end'],
  ['value', '#indicator+value+num'],
  ['unit', '#indicator+unit'],
  ['status', '#status'],
  ['note', '#description'],
  ['chart', '#meta+chart'],
  ['illustrative', '#meta+illustrative'],
  ['source', '#meta+source'],
] as const;

/**
 * Kosovo as the CSV names it: a data file has no footnotes, so the resolution the reports cite
 * beside every "Kosovo" goes into the name, as UN data portals write it.
 */
export const KOSOVO_CSV_NAME = 'Kosovo (S/RES/1244 (1999))';

/** What the CSV needs besides the rows: which report and month, whose figures, and whether any were filled in. */
export interface CsvContext {
  reportId: string;
  month: YearMonth;
  source: string;
  illustrative: boolean;
}

/** The report's figures as CSV: a header row, the HXL hashtag row, then one row per figure (UTF-8, RFC 4180 quoting). */
export function formatFiguresCsv(rows: readonly FigureRow[], context: CsvContext): string {
  const records = rows.map((row) => {
    const { start, end } = periodDates(row.period);
    return [
      context.reportId,
      context.month,
      row.block,
      row.code,
      row.label,
      row.category ?? '',
      REGION,
      row.territory ?? '',
      row.territory === undefined ? '' : row.territory === 'XKS' ? KOSOVO_CSV_NAME : TERRITORY_NAMES[row.territory],
      start,
      end,
      row.value === null ? '' : String(row.value),
      row.unit,
      row.status,
      row.note ?? '',
      row.chart ?? '',
      context.illustrative ? 'yes' : 'no',
      context.source,
    ];
  });
  return stringify([CSV_COLUMNS.map(([header]) => header), CSV_COLUMNS.map(([, tag]) => tag), ...records], { record_delimiter: 'windows' });
}
