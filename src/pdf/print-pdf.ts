import { BrowserError, firstLineOf, PrintAuditError, WbError } from '../core/errors.js';
import { trace } from '../core/trace.js';
import { checkPrintLayout, type PrintLayout } from './check-print-layout.js';
import type { LaunchedBrowser } from './browser-lifecycle.js';

/** How long one report may take to print before we call it hung. */
export const DEFAULT_PRINT_TIMEOUT_MS = 60_000;

/** A printed report, the requests the page tried to make and was refused, and its headings. */
export interface PrintedPdf {
  pdf: Uint8Array;
  blockedRequests: string[];
  /** Each heading's text as laid out (CSS text-transform applied), in document order. */
  headings: string[];
  /** The page size the layout asks for, for the audit of the printed file. */
  layout: PrintLayout;
}

type PrintPage = Awaited<ReturnType<LaunchedBrowser['newPage']>>;

/**
 * Prints one self-contained HTML document to PDF bytes: JavaScript off and every network
 * request blocked, so a report can neither run scripts nor phone out. A4 and margins come
 * from the document's @page rules; tags and bookmarks are on.
 */
export async function printPdf(
  browser: LaunchedBrowser,
  html: string,
  timeoutMs = DEFAULT_PRINT_TIMEOUT_MS,
  /** Where the page comes from: the session's page opened ahead of time, or a new one. */
  openPage: () => Promise<PrintPage> = () => browser.newPage(),
): Promise<PrintedPdf> {
  const blockedRequests: string[] = [];
  // Set once the page is open, so whichever way the print ends, the page gets closed.
  const opened: { page?: PrintPage } = {};
  let headings: string[] = [];
  let layout: PrintLayout | undefined;
  // Setting the content navigates nowhere; any navigation afterwards (a meta refresh in a
  // template) replaces the report, and Chromium would print a blank page of another size.
  let navigatedTo: string | undefined;
  const stayed = () => {
    if (navigatedTo !== undefined) throw navigationError(navigatedTo);
  };
  const print = async (): Promise<Uint8Array> => {
    trace('print: page opening');
    const page = (opened.page = await openPage());
    await lockDown(page, blockedRequests, (url) => (navigatedTo ??= url));
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
    trace('print: content loaded');
    await page.evaluateHandle('document.fonts.ready').catch(() => undefined);
    stayed();
    layout = await checkPrintLayout(page);
    // Evaluated through DevTools, which works with the page's JavaScript off. Chromium's bookmarks
    // join the lines of a wrapped heading without a space; these texts put the spaces back.
    headings = await page.evaluate(HEADING_TEXTS).then(
      (texts) => (Array.isArray(texts) ? texts.map(String) : []),
      () => [],
    );
    trace('print: layout checked');
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      timeout: timeoutMs,
    });
    trace('print: pdf printed');
    stayed();
    return pdf;
  };
  try {
    const pdf = await untilDeadOrLate(browser, print(), timeoutMs);
    await opened.page?.close().catch(() => undefined);
    return { pdf, blockedRequests, headings, layout: layout! };
  } catch (error) {
    // Not awaited: a browser that hung would make the close hang too; the session kills it.
    void opened.page?.close().catch(() => undefined);
    // The audit's findings are about the report, not the browser: no restart, no retry. A
    // navigation may also surface as a step that lost its page ("execution context destroyed").
    if (error instanceof WbError && !(error instanceof BrowserError)) throw error;
    if (navigatedTo !== undefined || /because of a navigation/.test((error as Error).message)) throw navigationError(navigatedTo ?? 'another page');
    throw new BrowserError(`Chromium failed while printing: ${firstLineOf(error)}\n  Try the build again; if it keeps failing, run with --html to check the draft.`, error);
  }
}

/**
 * Makes a fresh page safe to print on: no script runs, nothing loads but data: URLs (inline
 * fonts; the rest is listed in `blocked`), and a navigation of the main frame is reported.
 */
async function lockDown(page: PrintPage, blocked: string[], onNavigation: (url: string) => void): Promise<void> {
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) onNavigation(frame.url());
  });
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // The document itself is set from memory; data: URLs (inline fonts) are our own.
    if (request.url().startsWith('data:')) {
      void request.continue();
    } else {
      blocked.push(request.url());
      void request.abort('blockedbyclient');
    }
  });
}

function navigationError(to: string): PrintAuditError {
  return new PrintAuditError(
    `The print audit stopped the build: the page navigated away (to ${to}) before it printed; a template holds a <meta http-equiv="refresh"> or the like.\n  Try removing it from the template; nothing was written.`,
    { causedByData: false },
  );
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
