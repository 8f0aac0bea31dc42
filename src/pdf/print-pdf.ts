import { BrowserError } from '../core/errors.js';
import type { LaunchedBrowser } from './with-browser.js';

/** How long one report may take to print before we call it hung. */
export const DEFAULT_PRINT_TIMEOUT_MS = 60_000;

/**
 * Prints one self-contained HTML document to PDF bytes: JavaScript off and every network
 * request blocked, so a report can neither run scripts nor phone out. A4 and margins come
 * from the document's @page rules; tags and bookmarks are on.
 */
export async function printPdf(browser: LaunchedBrowser, html: string, timeoutMs = DEFAULT_PRINT_TIMEOUT_MS): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // The document itself is set from memory; data: URLs (inline fonts) never reach here.
      if (request.url().startsWith('data:')) void request.continue();
      else void request.abort('blockedbyclient');
    });
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
    await page.evaluateHandle('document.fonts.ready').catch(() => undefined);
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: timeoutMs,
    });
    return pdf;
  } catch (error) {
    throw new BrowserError(`Chromium failed while printing: ${(error as Error).message.split('\n')[0]}\n  Try the build again; if it keeps failing, run with --html to check the draft.`, error);
  } finally {
    await page.close().catch(() => undefined);
  }
}
