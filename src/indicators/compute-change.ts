import type { Figure } from './figure.js';

/**
 * Relative change from `previous` to `current` as a fraction (-0.32 for a 32% decrease).
 * Not available when either figure is missing or the previous one is 0 (no base to compare).
 */
export function computeChange(current: Figure, previous: Figure): Figure {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}
