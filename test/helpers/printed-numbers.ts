import { execFileSync } from 'node:child_process';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SHORT = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

/**
 * The figures a PDF prints, as numbers (a count "1,130" is 1130, "49%" 49, "+ 12%" 12), read with
 * pdftotext. Left out: what is not a figure but a date or a name: a year (a count of a thousand
 * or more always prints with a comma, so a bare four-digit number is a year or the resolution's
 * number), a day before a month's name, the year after a short month name ("Dec 24"), dates
 * written 31-01-2020, page numbers ("1/2"), and the values of the charts' axes, which are given.
 */
export function printedNumbers(pdf: string, axisLabels: readonly string[] = []): { numbers: number[]; text: string } {
  const raw = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const text = raw
    .replace(/\b\d{1,2}-\d{2}-\d{4}\b/g, ' ')
    .replace(new RegExp(`\\b\\d{1,2}(?= (?:${MONTHS})\\b)`, 'g'), ' ')
    .replace(new RegExp(`\\b(?:${SHORT}) \\d{2}\\b`, 'g'), ' ')
    .replace(/\b\d+\/\d+\b/g, ' ')
    .replace(/\S+@\S+/g, ' ');
  const tokens = [...text.matchAll(/(?<![\w.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?:\.\d+)?(?![\d,])/g)].map((match) => match[0]);
  const axis = new Map<string, number>();
  for (const label of axisLabels.map((each) => each.replace(/%$/, ''))) axis.set(label, (axis.get(label) ?? 0) + 1);
  const numbers: number[] = [];
  for (const token of tokens) {
    if (/^(19|20)\d{2}$/.test(token) || token === '1244') continue;
    const left = axis.get(token) ?? 0;
    if (left > 0) {
      axis.set(token, left - 1);
      continue;
    }
    numbers.push(Number(token.replace(/,/g, '')));
  }
  // The text in reading order, for sentences a two-column page would interleave line by line.
  return { numbers, text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }) };
}

/** The text of every axis label of the charts in a report's HTML (tick values, which are not figures). */
export function axisLabelsOf(html: string): string[] {
  return [...html.matchAll(/<g class="mark-text role-axis-label"[^>]*>(.*?)<\/g>/g)].flatMap(([, group]) =>
    [...group!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, label]) => label!),
  );
}
