import type { TerritoryCode } from '../../core/territories.js';
import { sumRegion } from '../completeness/regional-sum.js';
import type { Baseline } from './cumulative-baseline.js';

/**
 * The regional cumulative total of a baseline: its territories added up with the cases the
 * published totals held beyond them; null (n/a) when a territory that reports the block
 * (`expected`) has no cumulative figure, since the sum of the others would understate it.
 */
export function baselineTotal(baseline: Baseline, expected: readonly TerritoryCode[]): number | null {
  const sum = sumRegion(baseline.byTerritory, expected, 'not-available');
  if (Object.values(baseline.byTerritory).some((value) => value === null)) return null;
  return sum.value === null ? null : sum.value + baseline.unattributed;
}
