import type { Figure } from '../indicators/figure.js';
import { roundPercent } from '../indicators/compute-shares.js';

/** What a figure that is not available prints as. */
export const NOT_AVAILABLE = 'n/a';

const thousands = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "56,213"; "n/a" for a missing figure. */
export function formatCount(value: Figure | undefined): string {
  if (value === null || value === undefined) return NOT_AVAILABLE;
  return thousands.format(value);
}

/** A fraction as a whole percentage: 0.0595 → "6%". */
export function formatPercent(fraction: Figure | undefined): string {
  if (fraction === null || fraction === undefined) return NOT_AVAILABLE;
  return `${roundPercent(fraction)}%`;
}
