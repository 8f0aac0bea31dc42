import type { DocumentMetadata } from '../reports/report-bundle.js';

/** Producer and creator stamped into every PDF. */
export interface ToolIdentity {
  name: string;
  version: string;
}

/**
 * Fills the document information Chromium leaves empty (Author, Subject, Keywords) and fixes
 * the dates, editing the PDF in place so its structure tags survive, and saves with object
 * streams to keep tagged PDFs small. With `date` fixed (SOURCE_DATE_EPOCH), builds are reproducible.
 * Returns the page count too, read while the document is open anyway.
 */
export async function setPdfMetadata(pdf: Uint8Array, metadata: DocumentMetadata, tool: ToolIdentity, date: Date): Promise<{ pdf: Uint8Array; pages: number }> {
  const { PDFDocument } = await loadPdfLib();
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setLanguage(metadata.lang);
  document.setProducer(`${tool.name} ${tool.version}`);
  document.setCreator(`${tool.name} ${tool.version}`);
  document.setCreationDate(date);
  document.setModificationDate(date);
  return { pdf: await document.save({ useObjectStreams: true }), pages: document.getPageCount() };
}

let pdfLib: Promise<typeof import('pdf-lib')> | undefined;

/**
 * pdf-lib, loaded on first use rather than at start-up: it takes a fifth of a second to import,
 * which --html, validate and the preview never need. A build calls this as Chromium starts
 * printing, so the import runs while Node would otherwise wait.
 */
export function loadPdfLib(): Promise<typeof import('pdf-lib')> {
  pdfLib ??= import('pdf-lib');
  return pdfLib;
}
