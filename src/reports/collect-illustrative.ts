import { monthLabel, monthRange, type YearMonth } from '../core/months.js';

/** A block of sample data that was filled in, not published, and the months it was filled in for. */
export interface IllustrativeNote {
  block: string;
  /** "January 2024 to December 2025", a single month, or "some months from … to …" when there are gaps (the banner prints it in parentheses). */
  months: string;
  /** The note of the latest month that carries one: it is the one that speaks of this edition. */
  note: string;
}

/**
 * Every block marked `illustrative:` in the months a report reads, one entry per block, so
 * the first page can say plainly, and briefly, which figures were never published.
 * `blockLabels` maps a top-level key of the month's document to the words printed for it.
 */
export function collectIllustrative(months: ReadonlyArray<{ month: YearMonth; data: object }>, blockLabels: Readonly<Record<string, string>>): IllustrativeNote[] {
  const notes: IllustrativeNote[] = [];
  for (const [block, label] of Object.entries(blockLabels)) {
    const marked = months
      .map(({ month, data }) => ({ month, note: (data as Record<string, { illustrative?: string } | undefined>)[block]?.illustrative }))
      .filter((entry): entry is { month: YearMonth; note: string } => Boolean(entry.note))
      .sort((a, b) => a.month.localeCompare(b.month));
    if (marked.length === 0) continue;
    const first = marked[0]!.month;
    const last = marked.at(-1)!.month;
    const span = first === last ? monthLabel(first) : `${monthLabel(first)} to ${monthLabel(last)}`;
    const gaps = marked.length < monthRange(first, last).length;
    notes.push({ block: label, months: gaps ? `some months from ${span}` : span, note: marked.at(-1)!.note });
  }
  return notes;
}
