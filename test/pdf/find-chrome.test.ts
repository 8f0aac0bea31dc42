import { describe, expect, it } from 'vitest';
import { findChrome, isHeadlessShell } from '../../src/pdf/find-chrome.js';

describe('finding the browser', () => {
  it('prefers Debian’s headless shell, which puppeteer drives in its shell mode', () => {
    expect(findChrome(undefined, {})).toBe('/usr/bin/chromium-headless-shell');
    expect(isHeadlessShell('/usr/bin/chromium-headless-shell')).toBe(true);
    expect(isHeadlessShell('/usr/bin/chromium')).toBe(false);
  });

  it('lets --chrome and the environment win, and looks a bare name up on PATH as a shell would', () => {
    expect(findChrome('/usr/bin/chromium', {})).toBe('/usr/bin/chromium');
    expect(findChrome(undefined, { CHROME_PATH: '/usr/bin/chromium' })).toBe('/usr/bin/chromium');
    expect(findChrome('chromium', { PATH: '/nowhere:/usr/bin' })).toBe('/usr/bin/chromium');
    expect(() => findChrome('chromium', { PATH: '/nowhere' })).toThrow('The browser given by --chrome (chromium) does not exist');
  });
});
