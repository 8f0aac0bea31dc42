import { TERRITORY_NAMES, type TerritoryCode } from '../../core/territories.js';
import { formatCount } from '../../format/format-number.js';
import { sumPresent } from '../../indicators/figure.js';
import type { TerritoryTable } from './model-types.js';

/** How a territory's missing figure prints in the brief's tables. */
const NOT_REPORTED = '-';

/**
 * A table with one column per territory and a total column. A territory that did not report
 * prints "-", as in the edition, and the total adds the figures that are there, unless the
 * row brings its own (a published regional total that includes unattributed cases, or null
 * when a figure it needs is missing).
 */
export function buildTerritoryTable(
  territories: readonly TerritoryCode[],
  rows: Array<{ label: string; values: Partial<Record<TerritoryCode, number | null>> | undefined; total?: number | null }>,
): TerritoryTable {
  return {
    territories: territories.map((code) => TERRITORY_NAMES[code]),
    rows: rows.map((row) => {
      const values = territories.map((code) => row.values?.[code]);
      return {
        label: row.label,
        values: values.map((value) => (value === undefined || value === null ? NOT_REPORTED : formatCount(value))),
        total: row.total !== undefined ? formatCount(row.total) : row.values ? formatCount(sumPresent(values)) : NOT_REPORTED,
      };
    }),
  };
}
