import type { TerritoryCode } from '../../core/territories.js';
import type { Figure } from '../../indicators/figure.js';

/**
 * What a regional figure does when a territory it expects has no figure:
 * - `not-available`: the figure is n/a. For totals the brief prints as complete (registrations,
 *   asylum applications), where a partial sum would read as a fall.
 * - `partial`: the territories that reported are added up and the figure names those it leaves
 *   out, for a footnote. The briefs' convention for month-end snapshots (persons present,
 *   reception).
 * Either way nothing reported at all is n/a, never 0.
 */
export type WhenSilent = 'not-available' | 'partial';

/** A regional figure and the expected territories it could not include. */
export interface RegionalFigure {
  value: Figure;
  leftOut: TerritoryCode[];
}

/**
 * Adds up one month's figure over the territories. `expected` are the territories the figure
 * should cover (all of them, or those that report this block in other months); any of them
 * without a figure is left out, and `whenSilent` decides what that costs. `pick` reads the
 * figure from a territory's entry when the entry is more than a number. `within` limits the
 * sum to a group of territories (those with an intention step, say); by default every
 * territory with a figure counts, expected or not.
 */
export function sumRegion<T>(
  byTerritory: Partial<Record<TerritoryCode, T | null | undefined>> | undefined,
  expected: readonly TerritoryCode[],
  whenSilent: WhenSilent,
  pick: (entry: T) => number | null | undefined = (entry) => entry as number,
  within?: readonly TerritoryCode[],
): RegionalFigure {
  const figureOf = (code: TerritoryCode): number | undefined => {
    const entry = byTerritory?.[code];
    if (entry === undefined || entry === null) return undefined;
    return pick(entry) ?? undefined;
  };
  const codes = (Object.keys(byTerritory ?? {}) as TerritoryCode[]).filter((code) => !within || within.includes(code));
  const reported = codes.filter((code) => figureOf(code) !== undefined);
  const leftOut = expected.filter((code) => figureOf(code) === undefined);
  if (reported.length === 0) return { value: null, leftOut };
  if (leftOut.length > 0 && whenSilent === 'not-available') return { value: null, leftOut };
  return { value: reported.reduce((total, code) => total + figureOf(code)!, 0), leftOut };
}
