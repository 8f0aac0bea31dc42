/**
 * The largest count a data file (a month file or the archive) may hold: a billion is far above
 * any figure of the region, and keeps every sum of the reports (a few hundred counts at most)
 * exact in JavaScript's numbers.
 */
export const MAX_COUNT = 1_000_000_000;
