import type { Figure } from '../indicators/figure.js';
import { roundPercent } from '../indicators/compute-shares.js';
import { formatCount, NOT_AVAILABLE } from './format-number.js';

/**
 * A change worded as the 2025 editions word it: "a 32% decrease", "a 14% increase",
 * or "no change" when it rounds to 0%.
 */
export function phraseChange(change: Figure): string {
  if (change === null) return NOT_AVAILABLE;
  const percent = roundPercent(Math.abs(change));
  if (percent === 0) return 'no change';
  return `a ${formatCount(percent)}% ${change < 0 ? 'decrease' : 'increase'}`;
}

/** The short form of the older editions: "14% more", "14% less", "the same". */
export function phraseChangeShort(change: Figure): string {
  if (change === null) return NOT_AVAILABLE;
  const percent = roundPercent(Math.abs(change));
  if (percent === 0) return 'the same';
  return `${formatCount(percent)}% ${change < 0 ? 'less' : 'more'}`;
}
