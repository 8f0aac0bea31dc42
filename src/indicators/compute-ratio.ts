import type { Figure } from './figure.js';

/** `part / whole` as a fraction; not available when the whole is 0 or either side is missing. */
export function computeRatio(part: Figure, whole: Figure): Figure {
  if (part === null || whole === null || whole === 0) return null;
  return part / whole;
}
