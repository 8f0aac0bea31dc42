import { nationalityName } from '../core/nationalities.js';

/** A nationality among the most common, with its count and share of all persons counted. */
export interface TopNationality {
  code: string;
  name: string;
  count: number;
  /** Share of the whole (all persons, including nationalities not listed), 0 to 1; null when the whole is not known. */
  fraction: number | null;
}

/**
 * The `limit` most common nationalities, largest first, ties by name. `whole` is the total
 * the shares refer to (persons present); when it exceeds the listed counts, the rest is "other".
 * Without a whole (no territory reported persons present) the shares are not available.
 */
export function computeTopNationalities(counts: Readonly<Record<string, number | undefined>>, whole: number | null, limit: number): TopNationality[] {
  return Object.entries(counts)
    .filter((entry): entry is [string, number] => entry[1] !== undefined && entry[1] > 0)
    .map(([code, count]) => ({ code, name: nationalityName(code), count, fraction: whole !== null && whole > 0 ? count / whole : null }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit);
}
