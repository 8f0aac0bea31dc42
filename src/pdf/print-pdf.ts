import { BrowserError } from '../core/errors.js';
import type { LaunchedBrowser } from './with-browser.js';

/** How long one report may take to print before we call it hung. */
export const DEFAULT_PRINT_TIMEOUT_MS = 60_000;

/** A printed report, the requests the page tried to make and was refused, and its headings. */
export interface PrintedPdf {
  pdf: Uint8Array;
  blockedRequests: string[];
  /** Each heading's text as laid out (CSS text-transform applied), in document order. */
  headings: string[];
}

/**
 * Prints one self-contained HTML document to PDF bytes: JavaScript off and every network
 * request blocked, so a report can neither run scripts nor phone out. A4 and margins come
 * from the document's @page rules; tags and bookmarks are on.
 */
export async function printPdf(browser: LaunchedBrowser, html: string, timeoutMs = DEFAULT_PRINT_TIMEOUT_MS): Promise<PrintedPdf> {
  const blockedRequests: string[] = [];
  // Set once the page is open, so whichever way the print ends, the page gets closed.
  const opened: { page?: Awaited<ReturnType<LaunchedBrowser['newPage']>> } = {};
  let headings: string[] = [];
  const print = async (): Promise<Uint8Array> => {
    const page = (opened.page = await browser.newPage());
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // The document itself is set from memory; data: URLs (inline fonts) are our own.
      if (request.url().startsWith('data:')) {
        void request.continue();
      } else {
        blockedRequests.push(request.url());
        void request.abort('blockedbyclient');
      }
    });
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
    await page.evaluateHandle('document.fonts.ready').catch(() => undefined);
    // Evaluated through DevTools, which works with the page's JavaScript off. Chromium's bookmarks
    // join the lines of a wrapped heading without a space; these texts put the spaces back.
    headings = await page.evaluate(HEADING_TEXTS).then((texts) => (Array.isArray(texts) ? texts.map(String) : []), () => []);
    return page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: timeoutMs,
    });
  };
  try {
    const pdf = await untilDeadOrLate(browser, print(), timeoutMs);
    await opened.page?.close().catch(() => undefined);
    return { pdf, blockedRequests, headings };
  } catch (error) {
    // Not awaited: a browser that hung would make the close hang too; the session kills it.
    void opened.page?.close().catch(() => undefined);
    throw new BrowserError(`Chromium failed while printing: ${(error as Error).message.split('\n')[0]}\n  Try the build again; if it keeps failing, run with --html to check the draft.`, error);
  }
}

/** The rendered text of every heading, in document order: what a bookmark should read. */
const HEADING_TEXTS = `[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => heading.innerText)`;

/**
 * The print, bounded: it fails as soon as the browser goes away, and after `timeoutMs` in all.
 * Puppeteer's own bounds do not cover every step: opening a page waits up to 30 s for an event
 * that a browser killed at the wrong moment never sends.
 */
export async function untilDeadOrLate<T>(browser: LaunchedBrowser, work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onDisconnect: (() => void) | undefined;
  const failure = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`printing timed out after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    onDisconnect = () => reject(new Error('Chromium closed the connection'));
    if (!browser.connected) onDisconnect();
    browser.once('disconnected', onDisconnect);
  });
  try {
    return await Promise.race([work, failure]);
  } finally {
    clearTimeout(timer);
    browser.off('disconnected', onDisconnect!);
  }
}
