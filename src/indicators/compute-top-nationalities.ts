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
 * The `limit` most common nationalities, largest first, ties by name; a nationality tied with
 * the last one listed is listed too (so the list may run longer), since cutting between equals
 * would drop one by the alphabet. `whole` is the total the shares refer to (persons present);
 * when it exceeds the listed counts, the rest is "other". Without a whole (no territory
 * reported persons present) the shares are not available.
 */
export function computeTopNationalities(counts: Readonly<Record<string, number | undefined>>, whole: number | null, limit: number): TopNationality[] {
  const sorted = Object.entries(counts)
    .filter((entry): entry is [string, number] => entry[1] !== undefined && entry[1] > 0)
    .map(([code, count]) => ({ code, name: nationalityName(code), count, fraction: whole !== null && whole > 0 ? count / whole : null }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return takeWithTies(sorted, limit, (each) => each.count);
}

/** The first `limit` items of a list sorted largest first, and any after them equal to the last one taken. */
export function takeWithTies<T>(sorted: readonly T[], limit: number, valueOf: (item: T) => number): T[] {
  if (sorted.length <= limit || limit === 0) return sorted.slice(0, limit);
  const last = valueOf(sorted[limit - 1]!);
  let end = limit;
  while (end < sorted.length && valueOf(sorted[end]!) === last) end++;
  return sorted.slice(0, end);
}
