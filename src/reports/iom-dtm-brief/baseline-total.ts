import { sumPresent } from '../../indicators/figure.js';
import type { Baseline } from './cumulative-baseline.js';

/**
 * The regional cumulative total of a baseline: its territories added up with the cases the
 * published totals held beyond them; null (n/a) when a territory's cumulative is not available,
 * since the sum of the others would understate it.
 */
export function baselineTotal(baseline: Baseline): number | null {
  const values = Object.values(baseline.byTerritory);
  if (values.some((value) => value === null)) return null;
  return sumPresent(values) + baseline.unattributed;
}
