import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { untilDeadOrLate } from '../../src/pdf/print-pdf.js';
import type { LaunchedBrowser } from '../../src/pdf/browser-lifecycle.js';

/** Just enough of a browser: a connection flag and the 'disconnected' event. */
function fakeBrowser(connected = true) {
  const events = new EventEmitter();
  return Object.assign(events, { connected }) as unknown as LaunchedBrowser & EventEmitter;
}

const never = new Promise<never>(() => undefined);

describe('a print is bounded by the browser it runs on', () => {
  it('fails as soon as the browser goes away, instead of waiting on a step that never ends', async () => {
    const browser = fakeBrowser();
    const printing = untilDeadOrLate(browser, never, 60_000);
    setTimeout(() => browser.emit('disconnected'), 10);
    await expect(printing).rejects.toThrow('Chromium closed the connection');
    expect(browser.listenerCount('disconnected')).toBe(0);
  });

  it('fails at once on a browser already gone', async () => {
    await expect(untilDeadOrLate(fakeBrowser(false), never, 60_000)).rejects.toThrow('Chromium closed the connection');
  });

  it('fails after the timeout when nothing answers', async () => {
    await expect(untilDeadOrLate(fakeBrowser(), never, 50)).rejects.toThrow('printing timed out');
  });

  it('passes the result through and lets go of the browser', async () => {
    const browser = fakeBrowser();
    await expect(untilDeadOrLate(browser, Promise.resolve('pdf'), 60_000)).resolves.toBe('pdf');
    expect(browser.listenerCount('disconnected')).toBe(0);
  });
});
