import type { Figure } from './figure.js';

/**
 * Change in a share between two months, in percentage points (-8 when a nationality went from
 * 44% to 36% of registrations). Not available when last month's breakdown is missing; a
 * nationality absent last month had a share of 0.
 */
export function computeShareChange(currentFraction: number, previousFraction: number | undefined | null): Figure {
  if (previousFraction === undefined || previousFraction === null) return null;
  return (currentFraction - previousFraction) * 100;
}
