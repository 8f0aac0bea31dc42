import type { FigureRow } from '../core/figure-row.js';
import { roundPercent } from '../indicators/compute-shares.js';
import type { Figure } from '../indicators/figure.js';

/** A row without its value and status, which the helpers below fill in. */
export type RowBase = Omit<FigureRow, 'value' | 'status' | 'unit'> & { unit?: FigureRow['unit'] };

/** A count as printed; n/a when missing; `partial` when the report says the sum leaves territories out. */
export function countRow(base: RowBase, value: Figure | undefined, partial = false): FigureRow {
  return finish({ ...base, unit: base.unit ?? 'persons' }, value ?? null, partial);
}

/**
 * A share or ratio (a fraction) as printed: the whole percentage ("49%" is 49). One printed as
 * "<1%" keeps two significant figures (0.4, 0.0003), since its whole number (0) would say none.
 */
export function percentRow(base: RowBase, fraction: Figure | undefined, partial = false): FigureRow {
  return finish({ ...base, unit: 'percent' }, fraction === null || fraction === undefined ? null : printedPercent(fraction), partial);
}

/** A change as printed ("a 32% decrease" is -32). */
export function changeRow(base: RowBase, change: Figure): FigureRow {
  return finish({ ...base, unit: 'percent change' }, change === null ? null : Math.sign(change) * roundPercent(Math.abs(change)), false);
}

function printedPercent(fraction: number): number {
  const percent = roundPercent(fraction);
  // Two significant figures keep a share printed "<1%" apart from a real 0 however small it is.
  return fraction > 0 && percent === 0 ? Number((fraction * 100).toPrecision(2)) : percent;
}

function finish(base: RowBase & { unit: FigureRow['unit'] }, value: number | null, partial: boolean): FigureRow {
  const status = value === null ? 'not available' : partial ? 'partial' : 'complete';
  // Every figure that is not available says why; where the section gives no sentence of its own, the build's warnings name what is missing.
  const note = base.note || (status === 'not available' ? 'Not available: a figure it needs is missing (the build warns which, at its file and line).' : undefined);
  return { ...base, value: value === null ? null : value === 0 ? 0 : value, status, note };
}
