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
