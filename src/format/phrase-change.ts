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
  return `${articleFor(percent)} ${formatCount(percent)}% ${change < 0 ? 'decrease' : 'increase'}`;
}

/** The short form of the older editions: "14% more", "14% less", "the same". */
export function phraseChangeShort(change: Figure): string {
  if (change === null) return NOT_AVAILABLE;
  const percent = roundPercent(Math.abs(change));
  if (percent === 0) return 'the same';
  return `${formatCount(percent)}% ${change < 0 ? 'less' : 'more'}`;
}

/** "an" before a number said with a vowel first: 8, 11, 18, 80-89, 800-899, 8,000…, 11,000, 18,000; "a" otherwise. */
function articleFor(count: number): 'a' | 'an' {
  const digits = String(count);
  // 11 and 18 are "eleven" and "eighteen" alone and as the thousands (11,000); 110 is "a hundred and ten".
  const leading = digits.length % 3 === 2 ? digits.slice(0, 2) : '';
  return digits.startsWith('8') || leading === '11' || leading === '18' ? 'an' : 'a';
}
