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

/** A fraction as a whole percentage: 0.0595 → "6%"; a share above 0 that rounds to 0 is "<1%", never the "0%" of a reported 0. */
export function formatPercent(fraction: Figure | undefined): string {
  if (fraction === null || fraction === undefined) return NOT_AVAILABLE;
  return fraction > 0 && roundPercent(fraction) === 0 ? '<1%' : `${roundPercent(fraction)}%`;
}
