import type { Browser } from 'puppeteer-core';
import { trace } from '../core/trace.js';
import { BrowserError, firstLineOf } from '../core/errors.js';
import { createBrowserRunFolder, removeRunFolder, removeStaleRunFolders } from './browser-run-folder.js';
import { findBrowserProcesses, killBrowserProcesses } from './kill-process-tree.js';
import { isHeadlessShell } from './find-chrome.js';

/** How long Chromium may take to start before we give up. */
export const DEFAULT_LAUNCH_TIMEOUT_MS = 30_000;

/** Extra seconds past the timeout before a launch that never settles is abandoned. */
const LAUNCH_GRACE_S = 5;

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
  // No crash handler: it would run outside the browser's process group and outlive a kill.
  '--disable-crash-reporter',
  '--disable-breakpad',
];

/** A started browser: the puppeteer handle, launched once per command. */
export type LaunchedBrowser = Browser;

/** Starts Chromium headless. --no-sandbox only when running as root, where the sandbox cannot start. */
export async function launchBrowser(executablePath: string, timeoutMs = DEFAULT_LAUNCH_TIMEOUT_MS): Promise<LaunchedBrowser> {
  trace(`browser: launch starts (${executablePath})`);
  const { default: puppeteer } = await import('puppeteer-core');
  trace('browser: puppeteer loaded');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // Folders that runs killed outright left behind go first (only ours, only when unused).
  if (!staleFoldersRemoved) {
    staleFoldersRemoved = true;
    removeStaleRunFolders();
  }
  // Our own folder: it holds the profile and Chromium's temporary folders (TMPDIR), so all go
  // together; and its path, on every command line the browser starts, marks every process of
  // this browser, so one that froze before puppeteer handed it over can still be found and killed.
  const run = createBrowserRunFolder();
  const profile = run.root;
  liveProfiles.add(profile);
  const launching = puppeteer.launch({
    executablePath,
    userDataDir: run.profile,
    env: { ...process.env, TMPDIR: run.root },
    // The headless shell is Chromium's old headless mode ('shell'); a full Chromium runs the new one.
    headless: isHeadlessShell(executablePath) ? 'shell' : true,
    // Pipes rather than a websocket: a frozen browser then fails the protocol timeout instead of hanging the connection.
    pipe: true,
    args: [...CHROMIUM_FLAGS, ...(isRoot ? ['--no-sandbox'] : [])],
    timeout: timeoutMs,
    // Every DevTools call gets the same bound, so a frozen browser cannot hang the build.
    protocolTimeout: timeoutMs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  // A last guard: if the launch itself never settles, give up, and kill the browser if it comes late.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within --timeout ${Math.round(timeoutMs / 1000)} s (and ${LAUNCH_GRACE_S} s of grace)`)),
      timeoutMs + LAUNCH_GRACE_S * 1000,
    );
  });
  try {
    const browser = await Promise.race([launching, deadline]);
    trace('browser: ready');
    // When Chromium is killed its end of the DevTools pipes resets; puppeteer leaves that
    // error unhandled, which would crash the process instead of failing the print.
    for (const stream of browser.process()?.stdio ?? []) stream?.on('error', () => undefined);
    profiles.set(browser, profile);
    return browser;
  } catch (error) {
    launching.then(killBrowserProcess, () => undefined);
    killBrowserProcesses(profile);
    removeRunFolder(profile);
    liveProfiles.delete(profile);
    throw new BrowserError(
      `Chromium at ${executablePath} did not start: ${firstLineOf(error)}\n  Try running it by hand (${executablePath} --headless --version) to see what is wrong.`,
      error,
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Closes the browser; if it does not close in time, kills its process so none is left behind.
 * The processes --chrome started are listed first, while they are still linked to it: a
 * wrapper that does not exec Chromium ends with it, and its other children would otherwise be
 * orphans no longer traceable to this browser.
 */
export async function closeBrowser(browser: LaunchedBrowser): Promise<void> {
  const profile = profiles.get(browser);
  const pid = browser.process()?.pid;
  const started = profile ? findBrowserProcesses(profile, pid ? [pid] : []) : [];
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
    if (profile) killBrowserProcesses(profile, started);
    removeProfile(browser);
  }
}

/**
 * Kills the browser at once, synchronously (for signal handlers): its process, its process
 * group (puppeteer starts it as a group leader on POSIX) and every descendant, so a --chrome
 * wrapper that does not exec Chromium leaves nothing running either.
 */
export function killBrowserProcess(browser: LaunchedBrowser): void {
  const child = browser.process();
  const profile = profiles.get(browser);
  if (profile) killBrowserProcesses(profile, child?.pid ? [child.pid] : []);
  else child?.kill('SIGKILL');
  removeProfile(browser);
}

/** Whether this process has cleaned stale run folders yet (once is enough). */
let staleFoldersRemoved = false;

/** The run folder of each browser we launched. */
const profiles = new WeakMap<LaunchedBrowser, string>();

/** Run folders of browsers started and not yet closed, launched or still launching. */
const liveProfiles = new Set<string>();

function removeProfile(browser: LaunchedBrowser): void {
  const profile = profiles.get(browser);
  if (profile) {
    removeRunFolder(profile);
    liveProfiles.delete(profile);
  }
  profiles.delete(browser);
}

/** Kills every browser this process started, launched or still launching, and removes its folder; for signal handlers. */
export function killAllBrowsers(): void {
  for (const profile of liveProfiles) {
    killBrowserProcesses(profile);
    removeRunFolder(profile);
  }
  liveProfiles.clear();
}
