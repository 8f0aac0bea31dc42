import type { DocumentMetadata } from '../reports/report-bundle.js';
import { listPdfFonts } from './list-pdf-fonts.js';
import { loadPdfLib } from './load-pdf-lib.js';
import { markUntaggedContentAsArtifacts } from './mark-artifacts.js';
import { retitleOutline } from './retitle-outline.js';
import { setPdfMetadata, type ToolIdentity } from './set-pdf-metadata.js';

/**
 * Chromium's PDF made ready to publish, in one pass of pdf-lib: what lies outside the
 * structure tree marked as artifacts, the bookmarks titled with the headings' text (`headings`,
 * as the print read them), the document information filled in, saved with object
 * streams to keep tagged PDFs small. pdf-lib edits the document in place, so Chromium's
 * structure tags and outline survive. Returns the page count and the fonts drawn with too,
 * read while the document is open.
 */
export async function finishPdf(pdf: Uint8Array, headings: readonly string[], metadata: DocumentMetadata, tool: ToolIdentity, date: Date): Promise<{ pdf: Uint8Array; pages: number; fonts: string[] }> {
  const pdfLib = await loadPdfLib();
  const document = await pdfLib.PDFDocument.load(pdf, { updateMetadata: false });
  markUntaggedContentAsArtifacts(document, pdfLib);
  retitleOutline(document, pdfLib, headings);
  setPdfMetadata(document, metadata, tool, date);
  return { pdf: await document.save({ useObjectStreams: true }), pages: document.getPageCount(), fonts: listPdfFonts(document, pdfLib) };
}
