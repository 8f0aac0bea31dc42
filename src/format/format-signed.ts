import type { Figure } from '../indicators/figure.js';
import { formatCount, NOT_AVAILABLE } from './format-number.js';

/** Rounds half away from zero, so -2.5 points print as -3, like +2.5 as +3. */
function roundAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) + 1e-9);
}

/** A relative change as the IOM key figure prints it: "- 33%", "+ 12%", "0%". */
export function formatSignedChange(change: Figure): string {
  if (change === null) return NOT_AVAILABLE;
  const percent = roundAway(change * 100);
  if (percent === 0) return '0%';
  return `${percent < 0 ? '-' : '+'} ${formatCount(Math.abs(percent))}%`;
}

/** A change in share, in points, signed: "-8%", "+16%", "0%". The template draws the arrow. */
export function formatPointChange(points: Figure): string {
  if (points === null) return NOT_AVAILABLE;
  const rounded = roundAway(points);
  if (rounded === 0) return '0%';
  return rounded < 0 ? `-${Math.abs(rounded)}%` : `+${rounded}%`;
}

/** Which arrow goes with a change in points, after rounding: "up", "down", "flat", or "none" when unknown. */
export function pointChangeDirection(points: Figure): 'up' | 'down' | 'flat' | 'none' {
  if (points === null) return 'none';
  const rounded = roundAway(points);
  return rounded === 0 ? 'flat' : rounded < 0 ? 'down' : 'up';
}
