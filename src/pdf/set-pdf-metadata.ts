import type { PDFDocument } from 'pdf-lib';
import type { DocumentMetadata } from '../core/document-metadata.js';

/** Producer and creator stamped into every PDF. */
export interface ToolIdentity {
  name: string;
  version: string;
}

/**
 * Fills the document information Chromium leaves empty (Author, Subject, Keywords), asks
 * viewers to show the title rather than the file name, states the language, and fixes the
 * dates. With `date` fixed (SOURCE_DATE_EPOCH), builds are reproducible.
 */
export function setPdfMetadata(document: PDFDocument, metadata: DocumentMetadata, tool: ToolIdentity, date: Date): void {
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setLanguage(metadata.lang);
  document.setProducer(`${tool.name} ${tool.version}`);
  document.setCreator(`${tool.name} ${tool.version}`);
  document.setCreationDate(date);
  document.setModificationDate(date);
}
