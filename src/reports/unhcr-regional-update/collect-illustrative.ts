import { monthLabel, type YearMonth } from '../../core/months.js';
import type { UnhcrMonth } from './schema.js';

/** A block of sample data that was filled in, not published, and the months it was filled in for. */
export interface IllustrativeNote {
  block: string;
  /** "January 2024 to December 2025", or a single month. */
  months: string;
  /** The note of the latest month that carries one: it is the one that speaks of this edition. */
  note: string;
}

const BLOCK_LABELS: Readonly<Record<string, string>> = {
  regional_estimate: 'Regional estimate of new arrivals',
  arrivals: 'New arrivals by territory',
  asylum: 'Asylum intentions and applications',
  present: 'Persons present by territory',
  nationalities: 'Nationalities of persons present',
};

/**
 * Every block marked illustrative in the months a report reads, one entry per block, so the
 * first page can say plainly, and briefly, which figures are not UNHCR's.
 */
export function collectIllustrative(months: ReadonlyArray<{ month: YearMonth; data: UnhcrMonth }>): IllustrativeNote[] {
  const notes: IllustrativeNote[] = [];
  for (const [block, label] of Object.entries(BLOCK_LABELS)) {
    const marked = months
      .map(({ month, data }) => ({ month, note: (data[block as keyof UnhcrMonth] as { illustrative?: string } | undefined)?.illustrative }))
      .filter((entry): entry is { month: YearMonth; note: string } => Boolean(entry.note))
      .sort((a, b) => a.month.localeCompare(b.month));
    if (marked.length === 0) continue;
    const first = marked[0]!.month;
    const last = marked.at(-1)!;
    notes.push({
      block: label,
      months: first === last.month ? monthLabel(first) : `${monthLabel(first)} to ${monthLabel(last.month)}${marked.length < monthsBetween(first, last.month) ? ' (some months)' : ''}`,
      note: last.note,
    });
  }
  return notes;
}

function monthsBetween(first: YearMonth, last: YearMonth): number {
  const [y1, m1] = first.split('-').map(Number) as [number, number];
  const [y2, m2] = last.split('-').map(Number) as [number, number];
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}
