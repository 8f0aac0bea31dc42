import type { Figure } from './figure.js';
import { roundPercent } from './compute-shares.js';

/**
 * Change in a share between two months, in percentage points (-8 when a nationality went from
 * 44% to 36% of registrations), between the shares as printed: a reader who sees 36% now and
 * 38% last month must read -2, not the -3 of the unrounded shares. Not available when last
 * month's breakdown is missing.
 */
export function computeShareChange(currentFraction: number, previousFraction: number | undefined | null): Figure {
  if (previousFraction === undefined || previousFraction === null) return null;
  return roundPercent(currentFraction) - roundPercent(previousFraction);
}
