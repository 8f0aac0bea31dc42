import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { formatCount } from '../../format/format-number.js';
import { sumRegion } from '../completeness/regional-sum.js';
import { leftOutSentence } from '../completeness/left-out-sentence.js';
import type { TerritoryTable } from './model-types.js';

/** How a territory's missing figure prints in the brief's tables. */
const NOT_REPORTED = '-';

/** A row whose total adds up only some of the table's territories, and those it leaves out. */
export interface PartialRow {
  label: string;
  leftOut: TerritoryCode[];
}

/**
 * A table with one column per territory and a total column. A territory that did not report
 * prints "-", as in the edition (or the row's `missing`, "n/a" where a figure is incomplete), and the total adds the figures that are there (the edition's
 * convention) and names in `partialRows` those it leaves out, for a footnote; unless the row
 * brings its own total (a published regional total that includes unattributed cases, or null
 * when a figure it needs is missing).
 */
export function buildTerritoryTable(
  territories: readonly TerritoryCode[],
  rows: Array<{ label: string; values: Partial<Record<TerritoryCode, number | null>> | undefined; total?: number | null; missing?: string }>,
): { table: TerritoryTable; partialRows: PartialRow[] } {
  const partialRows: PartialRow[] = [];
  const table = {
    territories: territories.map((code) => TERRITORY_NAMES[code]),
    rows: rows.map((row) => {
      const values = territories.map((code) => row.values?.[code]);
      const sum = sumRegion(row.values, territories, 'partial');
      if (row.total === undefined && sum.value !== null && sum.leftOut.length > 0) partialRows.push({ label: row.label, leftOut: sum.leftOut });
      return {
        label: row.label,
        values: values.map((value) => (value === undefined || value === null ? (row.missing ?? NOT_REPORTED) : formatCount(value))),
        total: row.total !== undefined ? formatCount(row.total) : row.values ? formatCount(sum.value) : (row.missing ?? NOT_REPORTED),
      };
    }),
  };
  return { table, partialRows };
}

/** The footnote of each partial row: "The total of voluntary returns carried out in 2022 leaves out Serbia, which has no figure for it." */
export function partialRowNotes(partialRows: readonly PartialRow[]): string[] {
  return partialRows.map((row) =>
    leftOutSentence(`The ${row.label.replace(/^Total /, 'total of ')} leaves out`, row.leftOut, { one: 'has no figure for it', many: 'have no figure for it' }),
  );
}
