/** One part of a whole with its share, as printed: whole percentages. */
export interface Share<Key extends string = string> {
  key: Key;
  count: number;
  /** Exact fraction of the whole, 0 to 1. */
  fraction: number;
  /** Whole percentage as printed (49 for 49%), rounded half up. */
  percent: number;
}

/**
 * Shares of a whole, largest first. Ties in count keep the order given (the display order),
 * so "Albania and Montenegro" come out as the editions print them. Parts with 0 are kept.
 */
export function computeShares<Key extends string>(parts: readonly { key: Key; count: number }[]): Share<Key>[] {
  const whole = parts.reduce((total, part) => total + part.count, 0);
  if (whole === 0) return [];
  return parts
    .map((part, index) => ({ part, index }))
    .sort((a, b) => b.part.count - a.part.count || a.index - b.index)
    .map(({ part }) => ({
      key: part.key,
      count: part.count,
      fraction: part.count / whole,
      percent: roundPercent(part.count / whole),
    }));
}

/** A fraction as a whole percentage, rounded half up (0.325 → 33). */
export function roundPercent(fraction: number): number {
  // The small epsilon keeps 0.325 from becoming 32 through binary floating point.
  return Math.round(fraction * 100 + 1e-9);
}

/** Groups consecutive shares that print the same percentage ("Albania and Montenegro (7% each)"). */
export function groupEqualShares<Key extends string>(shares: readonly Share<Key>[]): Share<Key>[][] {
  const groups: Share<Key>[][] = [];
  for (const share of shares) {
    const last = groups.at(-1);
    if (last && last[0]!.percent === share.percent) last.push(share);
    else groups.push([share]);
  }
  return groups;
}
