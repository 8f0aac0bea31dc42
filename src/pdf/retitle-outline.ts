import type { PDFDict, PDFDocument } from 'pdf-lib';

type PdfLib = typeof import('pdf-lib');

/**
 * Gives the bookmarks the headings' own text. Chromium titles each bookmark with its heading's
 * lines joined without a space where the heading wraps ("…vs.January-December 2024"). The
 * bookmarks are in document order, as the headings are; each title is replaced only when the
 * two agree letter for letter once white space is set aside, so a bookmark is never given
 * another heading's text. Returns how many titles were replaced.
 */
export function retitleOutline(document: PDFDocument, pdfLib: PdfLib, headings: readonly string[]): number {
  const items = outlineItems(document, pdfLib);
  const titles = headings.map((heading) => heading.replace(/\s+/g, ' ').trim());
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  if (items.length !== titles.length) return 0;
  if (items.some((item, index) => squeeze(readTitle(item, pdfLib)) !== squeeze(titles[index]!))) return 0;
  let replaced = 0;
  items.forEach((item, index) => {
    if (readTitle(item, pdfLib) === titles[index]) return;
    item.set(pdfLib.PDFName.of('Title'), pdfLib.PDFHexString.fromText(titles[index]!));
    replaced += 1;
  });
  return replaced;
}

type OutlineItem = PDFDict;

/** Every bookmark, depth first: the order of the headings they come from. */
function outlineItems(document: PDFDocument, pdfLib: PdfLib): OutlineItem[] {
  const items: OutlineItem[] = [];
  const seen = new Set<OutlineItem>();
  const visit = (first: unknown): void => {
    for (let item = first; item instanceof pdfLib.PDFDict && !seen.has(item); item = item.lookup(pdfLib.PDFName.of('Next'))) {
      seen.add(item);
      items.push(item);
      visit(item.lookup(pdfLib.PDFName.of('First')));
    }
  };
  const outlines = document.catalog.lookup(pdfLib.PDFName.of('Outlines'));
  if (outlines instanceof pdfLib.PDFDict) visit(outlines.lookup(pdfLib.PDFName.of('First')));
  return items;
}

function readTitle(item: OutlineItem, pdfLib: PdfLib): string {
  const title = item.lookup(pdfLib.PDFName.of('Title'));
  return title instanceof pdfLib.PDFString || title instanceof pdfLib.PDFHexString ? title.decodeText() : '';
}
