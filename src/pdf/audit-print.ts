import type { PageText } from './read-page-text.js';

/** What the audit compares: the HTML that was printed, and what the PDF holds. */
export interface PrintAuditInput {
  html: string;
  pages: readonly PageText[];
  /** Each page's size in points, as the PDF states it. */
  pageSizes: ReadonlyArray<{ width: number; height: number }>;
  /** The size the layout's @page rule asks for, in points; unchecked when unknown. */
  expectedPageSize?: { width: number; height: number };
}

/** A figure as the reports print it: digits with thousands separators or decimals, maybe a percent sign. */
const FIGURE = /\d+(?:[.,]\d+)*%?/g;
/** Points of difference tolerated between the page size asked for and the one printed (rounding). */
const SIZE_TOLERANCE = 1;

/**
 * Checks a printed report before it may replace the last good one: every page has the layout's
 * size and something on it besides decoration, and every figure the HTML prints appears whole
 * in the PDF's text at least as often as in the HTML (Chromium leaves no text behind for what
 * it clips, so a figure cut from a table is missing there). Returns the problems, in words.
 */
export function auditPrint(input: PrintAuditInput): string[] {
  const problems: string[] = [];
  const expected = input.expectedPageSize;
  input.pageSizes.forEach((size, index) => {
    if (expected && (Math.abs(size.width - expected.width) > SIZE_TOLERANCE || Math.abs(size.height - expected.height) > SIZE_TOLERANCE)) {
      problems.push(`page ${index + 1} is ${describeSize(size)}, not the ${describeSize(expected)} the layout asks for`);
    }
  });
  input.pages.forEach((page, index) => {
    if (page.content.trim() === '') problems.push(`page ${index + 1} is blank`);
  });
  const printed = countFigures(input.pages.map((page) => page.all).join(' '));
  const lost = [...countFigures(visibleText(input.html))].filter(([figure, count]) => (printed.get(figure) ?? 0) < count);
  if (lost.length > 0) {
    const shown = lost
      .slice(0, 6)
      .map(([figure, count]) => `"${figure}" (${printed.get(figure) ?? 0} of ${count})`)
      .join(', ');
    const blocks = [
      ...new Set(
        lost
          .slice(0, 6)
          .map(([figure]) => headingBefore(input.html, figure))
          .filter(Boolean),
      ),
    ];
    const where = blocks.length === 0 ? '' : `; look under the heading${blocks.length > 1 ? 's' : ''} ${blocks.map((heading) => `“${heading}”`).join(', ')}`;
    problems.push(`the PDF lacks figures the HTML prints, cut off or clipped: ${shown}${lost.length > 6 ? ` and ${lost.length - 6} more` : ''}${where}`);
  }
  return problems;
}

/** How often each figure occurs in a text. */
export function countFigures(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [figure] of text.matchAll(FIGURE)) counts.set(figure, (counts.get(figure) ?? 0) + 1);
  return counts;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text of an HTML document's body, as our renderer writes it (no scripts, styles only in
 * the head): tags become spaces, entities their characters.
 */
export function visibleText(html: string): string {
  const start = html.indexOf('<body');
  const end = html.lastIndexOf('</body>');
  const body = html.slice(start < 0 ? 0 : start, end < 0 ? undefined : end);
  return (
    body
      .replace(/<style[\s\S]*?<\/style>/gi, ' ')
      // Labels a chart hides (Vega drops overlapping axis labels with opacity 0) are not printed.
      .replace(/<text\b[^>]*\sopacity="0"[^>]*>[\s\S]*?<\/text>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
        return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      })
  );
}

/** The heading the figure first appears under (shortened), to say where to look; "" when none. */
function headingBefore(html: string, figure: string): string {
  const at = html.search(new RegExp(`>[^<]*(?<![\\d.,])${figure.replace(/[.%]/g, '\\$&')}(?![\\d])`));
  if (at < 0) return '';
  const headings = [...html.slice(0, at).matchAll(/<h[1-4][^>]*>([\s\S]*?)<\/h[1-4]>/gi)];
  const heading =
    headings
      .at(-1)?.[1]
      ?.replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim() ?? '';
  return heading.length > 60 ? `${heading.slice(0, 57)}…` : heading;
}

function describeSize({ width, height }: { width: number; height: number }): string {
  return `${Math.round(width)} × ${Math.round(height)} pt`;
}
