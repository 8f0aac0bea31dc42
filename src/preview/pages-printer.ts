import { performance } from 'node:perf_hooks';
import { printAndAudit } from '../build-reports.js';
import { BrowserError } from '../core/errors.js';
import { BrowserSession } from '../pdf/browser-session.js';
import { findChrome } from '../pdf/find-chrome.js';
import type { Draft } from './draft-store.js';

/** A draft's printed pages: the PDF as the build would write it, with what the print audit flags. */
export type PrintedPages =
  | {
      status: 'printed';
      key: string;
      html: string;
      pdf: Uint8Array;
      pages: number;
      problems: string[];
      durationMs: number;
      /** Why the latest version could not be printed, when these are the pages of an earlier one. */
      stale?: string;
    }
  | { status: 'unavailable'; key: string; html?: string; message: string };

/**
 * Prints drafts for the preview's pages view, on one browser started at the first request and
 * kept warm, one print at a time. A draft is printed again only when its HTML changed; the
 * drafts whose pages were asked for are reprinted after each save that rebuilt them.
 */
export class PagesPrinter {
  private session: BrowserSession | undefined;
  private noBrowser: string | undefined;
  private readonly printed = new Map<string, PrintedPages>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The latest version of each draft asked for, and the print waiting for it (not yet begun). */
  private readonly latest = new Map<string, Draft>();
  private readonly waiting = new Map<string, Promise<PrintedPages>>();
  /** Drafts whose pages were asked for: a save that rebuilds one prints it again. */
  readonly watched = new Set<string>();

  constructor(private readonly options: { chrome?: string; timeoutMs: number }) {}

  /** The draft's pages, printed now unless its HTML is the one printed last. */
  pagesOf(draft: Draft): Promise<PrintedPages> {
    this.watched.add(draft.key);
    const last = this.printed.get(draft.key);
    if (last && last.html === draft.html) return Promise.resolve(last);
    return this.print(draft);
  }

  /**
   * Prints the draft (after any print already running) and keeps the result. Saves in quick
   * succession share one print, of the latest version: a version saved over before its turn
   * came is never printed.
   */
  print(draft: Draft): Promise<PrintedPages> {
    this.latest.set(draft.key, draft);
    const waiting = this.waiting.get(draft.key);
    if (waiting) return waiting;
    const job = this.queue.then(() => {
      this.waiting.delete(draft.key);
      return this.printNow(this.latest.get(draft.key) ?? draft);
    });
    this.waiting.set(draft.key, job);
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async printNow(draft: Draft): Promise<PrintedPages> {
    const last = this.printed.get(draft.key);
    if (last && last.html === draft.html) return last;
    const result = await this.attempt(draft);
    // A version that cannot be printed (a template the print checks refuse) keeps the last pages
    // that printed on screen, with the reason above them.
    const kept = result.status === 'unavailable' && last?.status === 'printed' && draft.report ? { ...last, html: draft.html!, stale: result.message } : result;
    this.printed.set(draft.key, kept);
    return kept;
  }

  private async attempt(draft: Draft): Promise<PrintedPages> {
    const { key, html, report } = draft;
    if (!report) return { status: 'unavailable', key, html, message: 'The draft has not built yet: fix the problems it shows, and its pages print on the next save.' };
    const session = this.startSession();
    if (!session) return { status: 'unavailable', key, html, message: this.noBrowser! };
    const started = performance.now();
    try {
      const { printed, problems } = await printAndAudit(report, { timeoutMs: this.options.timeoutMs, quiet: true, buildDate: new Date() }, session);
      return { status: 'printed', key, html: report.html, pdf: printed.pdf, pages: printed.pages ?? 0, problems, durationMs: performance.now() - started };
    } catch (error) {
      // A layout the print checks refuse, or a browser that failed twice: said on the page, in the
      // preview's words (the build's "nothing was written" and its Try line do not apply here).
      const [first] = (error as Error).message.split('\n');
      return { status: 'unavailable', key, html, message: first!.replace(/^The print audit stopped the build(?: of [^:]+)?: /, '').replace(/;? ?nothing was written.*$/, '') };
    }
  }

  private startSession(): BrowserSession | undefined {
    if (this.session || this.noBrowser) return this.session;
    try {
      this.session = new BrowserSession(findChrome(this.options.chrome), this.options.timeoutMs, 1);
      this.session.start();
    } catch (error) {
      if (!(error instanceof BrowserError)) throw error;
      // The finder's own words (what is missing, how to install it), minus its advice for builds.
      const [what, tryLine] = error.message.split('\n');
      this.noBrowser = `The printed pages need Chromium. ${what} ${tryLine?.trim() ?? ''} The HTML draft works without it.`;
    }
    return this.session;
  }

  async close(): Promise<void> {
    await this.session?.close();
  }

  /** Ends the browser at once (a second Ctrl-C). */
  kill(): void {
    this.session?.killEverything();
  }
}
