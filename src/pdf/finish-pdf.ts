import type { DocumentMetadata } from '../core/document-metadata.js';
import { listPdfFonts } from './list-pdf-fonts.js';
import { loadPdfLib } from './load-pdf-lib.js';
import { markUntaggedContentAsArtifacts } from './mark-artifacts.js';
import { readPageTexts, type PageText } from './read-page-text.js';
import { retitleOutline } from './retitle-outline.js';
import { setPdfMetadata, type ToolIdentity } from './set-pdf-metadata.js';
import { stabilizeStructureIds } from './stable-pdf-ids.js';

/** A finished PDF, and what the audit needs to know of it. */
export interface FinishedPdf {
  pdf: Uint8Array;
  pages: number;
  /** The fonts it draws with, without subset prefixes. */
  fonts: string[];
  /** Each page's size in points. */
  pageSizes: Array<{ width: number; height: number }>;
  /** Each page's text, decoration apart. */
  texts: PageText[];
}

/**
 * Chromium's PDF made ready to publish, in one pass of pdf-lib: what lies outside the
 * structure tree marked as artifacts, the bookmarks titled with the headings' text (`headings`,
 * as the print read them), the structure ids numbered in reading order (the same whatever
 * Chromium handed out), the document information filled in, saved with object streams to
 * keep tagged PDFs small. pdf-lib edits the document in place, so Chromium's structure tags
 * and outline survive. Returns, read while the document is open, what the print audit checks.
 */
export async function finishPdf(pdf: Uint8Array, headings: readonly string[], metadata: DocumentMetadata, tool: ToolIdentity, date: Date): Promise<FinishedPdf> {
  const pdfLib = await loadPdfLib();
  // All objects in one go: pdf-lib otherwise yields to the event loop every 100 objects when
  // parsing and every 50 when saving, each yield a timer of at least a millisecond (a tagged
  // report has thousands of objects). The bytes written are the same.
  const document = await pdfLib.PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Infinity });
  markUntaggedContentAsArtifacts(document, pdfLib);
  retitleOutline(document, pdfLib, headings);
  stabilizeStructureIds(document, pdfLib);
  setPdfMetadata(document, metadata, tool, date);
  return {
    pdf: await document.save({ useObjectStreams: true, objectsPerTick: Infinity }),
    pages: document.getPageCount(),
    fonts: listPdfFonts(document, pdfLib),
    pageSizes: document.getPages().map((page) => page.getSize()),
    texts: readPageTexts(document, pdfLib),
  };
}
