import { BrowserError } from '../core/errors.js';
import { ConcurrencyLimit } from '../core/limit-concurrency.js';
import { closeBrowser, killAllBrowsers, killBrowserProcess, launchBrowser, type LaunchedBrowser } from './browser-lifecycle.js';

/** A browser tab, as the session hands it to a print. */
export type SessionPage = Awaited<ReturnType<LaunchedBrowser['newPage']>>;

/**
 * The one browser of a command: started early (while the data work runs), printing up to
 * `pages` reports at once (`--jobs`), restarted once if it dies or hangs, closed on every
 * path, and killable at once from a signal handler.
 */
export class BrowserSession {
  private current: Promise<LaunchedBrowser> | undefined;
  private launched: LaunchedBrowser | undefined;
  private readonly pages: ConcurrencyLimit;
  /** A page opened ahead of time on the current browser, for the next print (Chromium takes about 50 ms to open one). */
  private spare: { browser: LaunchedBrowser; page: Promise<SessionPage> } | undefined;
  /** Prints announced and not yet begun: a spare page is opened only while one is to come. */
  private expected = 0;

  constructor(
    private readonly executablePath: string,
    private readonly timeoutMs: number,
    pages = 1,
  ) {
    this.pages = new ConcurrencyLimit(pages);
  }

  /** Starts Chromium now without waiting for it; failures surface at the first get(). */
  start(): void {
    if (this.current) return;
    this.current = launchBrowser(this.executablePath, this.timeoutMs);
    this.current.then(
      (browser) => {
        this.launched = browser;
        this.openSpare(browser);
      },
      () => undefined,
    );
  }

  /** Announces prints to come, so that a page is ready for each when the browser is. */
  expectPrints(count: number): void {
    this.expected += count;
    if (this.launched) this.openSpare(this.launched);
  }

  /**
   * A fresh page of `browser` for a print: the one opened ahead of time when there is one, and,
   * while more prints are to come, the next one opened now, so it is ready when they are.
   */
  openPage(browser: LaunchedBrowser): Promise<SessionPage> {
    this.expected = Math.max(0, this.expected - 1);
    const spare = this.spare?.browser === browser ? this.spare.page : undefined;
    this.spare = undefined;
    this.openSpare(browser);
    // A spare that failed to open (the browser died meanwhile) is tried again the usual way.
    return spare ? spare.catch(() => browser.newPage()) : browser.newPage();
  }

  private openSpare(browser: LaunchedBrowser): void {
    if (this.spare || this.expected === 0 || browser !== this.launched) return;
    const page = browser.newPage();
    page.catch(() => undefined);
    this.spare = { browser, page };
  }

  /** The running browser, started if need be. */
  get(): Promise<LaunchedBrowser> {
    this.start();
    return this.current!;
  }

  /**
   * Runs a print job on one of the session's pages; when Chromium fails (crash, hang, lost
   * connection) it is killed, started again and the job runs once more. A second failure is final.
   */
  async withRetry<T>(job: (browser: LaunchedBrowser) => Promise<T>, onRetry: (error: BrowserError) => void): Promise<T> {
    const attempt = () =>
      this.pages.run(async () => {
        const used = this.get();
        try {
          return await job(await used);
        } catch (error) {
          // Jobs printing side by side all fail when the browser dies; only the first to notice
          // restarts it, the others retry on the new one.
          if (error instanceof BrowserError && this.current === used) this.discard();
          throw error;
        }
      });
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof BrowserError)) throw error;
      onRetry(error);
      try {
        return await attempt();
      } catch (second) {
        if (!(second instanceof BrowserError)) throw second;
        throw new BrowserError(
          `${second.message.split('\n')[0]} (also after restarting Chromium once)\n  Try the build again; if it keeps failing, check that the browser runs (${this.executablePath} --headless --version) or use --timeout with more seconds on a slow machine.`,
          second,
        );
      }
    }
  }

  /** Closes the browser politely, killing it if it does not close in time. */
  async close(): Promise<void> {
    this.spare = undefined;
    const current = this.current;
    this.current = undefined;
    this.launched = undefined;
    if (current) await current.then(closeBrowser, () => undefined);
  }

  /** Kills the browser's whole process group at once; safe inside a signal handler. */
  killNow(): void {
    if (this.launched) killBrowserProcess(this.launched);
  }

  /** Kills this and any browser still launching, for a signal handler on the way out. */
  killEverything(): void {
    this.killNow();
    killAllBrowsers();
  }

  /** Kills a failed browser and forgets it; a polite close would only wait on a dead or frozen process. */
  private discard(): void {
    this.spare = undefined;
    const current = this.current;
    this.killNow();
    this.current = undefined;
    this.launched = undefined;
    // Drop the connection without waiting on the dead browser's answer.
    void current
      ?.then(
        (browser) => browser.disconnect(),
        () => undefined,
      )
      .catch(() => undefined);
  }
}
