import type { Browser } from 'puppeteer-core';
import { BrowserError } from '../core/errors.js';

/** How long Chromium may take to start before we give up. */
export const DEFAULT_LAUNCH_TIMEOUT_MS = 30_000;

/** How long a polite close may take before the browser process is killed. */
const CLOSE_TIMEOUT_MS = 5_000;

/** Flags that keep headless Chromium quiet on a closed network and in containers. */
const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--font-render-hinting=none',
];

/** A started browser: the puppeteer handle, launched once per command. */
export type LaunchedBrowser = Browser;

/** Starts Chromium headless. --no-sandbox only when running as root, where the sandbox cannot start. */
export async function launchBrowser(executablePath: string): Promise<LaunchedBrowser> {
  const { default: puppeteer } = await import('puppeteer-core');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS, ...(isRoot ? ['--no-sandbox'] : [])],
      timeout: DEFAULT_LAUNCH_TIMEOUT_MS,
      protocolTimeout: 120_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    throw new BrowserError(`Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}\n  Try running it by hand (${executablePath} --headless --version) to see what is wrong.`, error);
  }
}

/** Closes the browser; if it does not close in time, kills its process so none is left behind. */
export async function closeBrowser(browser: LaunchedBrowser): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('close timed out')), CLOSE_TIMEOUT_MS);
  });
  try {
    await Promise.race([browser.close(), timeout]);
  } catch {
    killBrowserProcess(browser);
  } finally {
    // A pending timer would keep the process alive for its whole delay after the work is done.
    clearTimeout(timer);
  }
}

/** Runs `fn` with a browser that is started lazily once and closed on every path. */
export async function withBrowser<T>(start: () => Promise<LaunchedBrowser>, fn: (browser: () => Promise<LaunchedBrowser>) => Promise<T>): Promise<T> {
  let started: Promise<LaunchedBrowser> | undefined;
  const get = () => (started ??= start());
  try {
    return await fn(get);
  } finally {
    if (started) await started.then(closeBrowser, () => undefined);
  }
}

/**
 * Kills the browser at once, synchronously (for signal handlers). Puppeteer starts Chromium as
 * the leader of its own process group on POSIX, so the whole group goes: renderers included.
 */
export function killBrowserProcess(browser: LaunchedBrowser): void {
  const child = browser.process();
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}
