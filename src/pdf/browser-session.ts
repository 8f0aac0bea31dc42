import { BrowserError } from '../core/errors.js';
import { ConcurrencyLimit } from '../core/limit-concurrency.js';
import { closeBrowser, killAllBrowsers, killBrowserProcess, launchBrowser, type LaunchedBrowser } from './browser-lifecycle.js';

/**
 * The one browser of a command: started early (while the data work runs), printing up to
 * `pages` reports at once (`--jobs`), restarted once if it dies or hangs, closed on every
 * path, and killable at once from a signal handler.
 */
export class BrowserSession {
  private current: Promise<LaunchedBrowser> | undefined;
  private launched: LaunchedBrowser | undefined;
  private readonly pages: ConcurrencyLimit;

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
      (browser) => (this.launched = browser),
      () => undefined,
    );
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
          `${second.message.split('\n')[0]} (also after restarting Chromium once)\n  Try the build again; if it keeps failing, check that Chromium runs (chromium --headless --version) or use --timeout with more seconds on a slow machine.`,
          second,
        );
      }
    }
  }

  /** Closes the browser politely, killing it if it does not close in time. */
  async close(): Promise<void> {
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
