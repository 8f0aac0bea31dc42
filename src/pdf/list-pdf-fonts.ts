import type { PDFDict, PDFDocument } from 'pdf-lib';

type PdfLib = typeof import('pdf-lib');

/**
 * The names of the fonts a PDF draws with, without the subset prefix ("Lato-Bold" for
 * "CAAAAA+Lato-Bold"), each once: those in the pages' resources and in the resources of the
 * form XObjects they use (Chromium draws some SVG content through them). Chromium embeds a
 * system font only when the chosen one lacks a character, so a name here that is not ours
 * means some text did not print in the report's font.
 */
export function listPdfFonts(document: PDFDocument, pdfLib: PdfLib): string[] {
  const names = new Set<string>();
  const seen = new Set<PDFDict>();
  const visit = (resources: unknown): void => {
    if (!(resources instanceof pdfLib.PDFDict) || seen.has(resources)) return;
    seen.add(resources);
    const fonts = resources.lookup(pdfLib.PDFName.of('Font'));
    if (fonts instanceof pdfLib.PDFDict) {
      for (const font of fonts.values().map((value) => document.context.lookup(value))) {
        const name = font instanceof pdfLib.PDFDict ? font.lookup(pdfLib.PDFName.of('BaseFont')) : undefined;
        if (name instanceof pdfLib.PDFName) names.add(name.decodeText().replace(/^[A-Z]{6}\+/, ''));
      }
    }
    const objects = resources.lookup(pdfLib.PDFName.of('XObject'));
    if (!(objects instanceof pdfLib.PDFDict)) return;
    for (const object of objects.values().map((value) => document.context.lookup(value))) {
      if (object instanceof pdfLib.PDFStream) visit(object.dict.lookup(pdfLib.PDFName.of('Resources')));
    }
  };
  for (const page of document.getPages()) visit(page.node.Resources());
  return [...names].sort();
}
