/** A figure that may not be available: null prints "n/a", which is not the same as a reported 0. */
export type Figure = number | null;

/** Adds the figures; null when any is missing, because a partial sum would understate the total. */
export function sumFigures(figures: readonly Figure[]): Figure {
  let total = 0;
  for (const figure of figures) {
    if (figure === null) return null;
    total += figure;
  }
  return total;
}

/** Adds the values that are present; for regional totals where a silent territory adds nothing. */
export function sumPresent(values: readonly (number | null | undefined)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}
