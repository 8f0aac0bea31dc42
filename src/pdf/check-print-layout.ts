import type { Page } from 'puppeteer-core';
import { PrintAuditError } from '../core/errors.js';

/** The page the layout asks for, in points, read from its @page rules. */
export interface PrintLayout {
  pageSize: { width: number; height: number };
}

/** A run of this many characters without a space is text that cannot wrap by itself. */
const LONG_RUN = 30;
/** CSS pixels to points. */
const POINTS_PER_PX = 0.75;

/**
 * The @page size and side margins in CSS pixels, measured in the page (the browser converts
 * mm and in); named sizes as CSS defines them, US Letter when none is given, as Chromium does.
 */
const PAGE_GEOMETRY = `(() => {
  const NAMED = { a5: ['148mm', '210mm'], a4: ['210mm', '297mm'], a3: ['297mm', '420mm'], b5: ['176mm', '250mm'], b4: ['250mm', '353mm'], letter: ['8.5in', '11in'], legal: ['8.5in', '14in'], ledger: ['11in', '17in'] };
  let size = '';
  const margin = {};
  for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) {
    if (!(rule instanceof CSSPageRule)) continue;
    size = rule.style.getPropertyValue('size').trim() || size;
    for (const side of ['left', 'right']) margin[side] = rule.style.getPropertyValue('margin-' + side) || margin[side];
  }
  const words = size.toLowerCase().split(/\\s+/).filter(Boolean);
  let [width, height] = ['8.5in', '11in'];
  const named = words.find((word) => NAMED[word]);
  if (named) [width, height] = NAMED[named];
  const lengths = words.filter((word) => /^[\\d.]/.test(word));
  if (lengths.length > 0) [width, height] = [lengths[0], lengths[1] ?? lengths[0]];
  if (words.includes('landscape')) [width, height] = [height, width];
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;height:0';
  document.body.append(probe);
  const px = (length) => { probe.style.width = length || '0'; return probe.getBoundingClientRect().width; };
  const result = { width: px(width), height: px(height), content: px(width) - px(margin.left) - px(margin.right) };
  probe.remove();
  return result;
})()`;

/**
 * What does not fit: content wider than the page (the element holding the longest unbroken run
 * of text, else the innermost element sticking out), or an element that clips its content
 * (overflow hidden with more inside than shows). SVG charts clip to their own frame by design
 * and are left out.
 */
const OVERFLOW = `(() => {
  const limit = document.documentElement.clientWidth + 1;
  const elements = [...document.body.querySelectorAll('*')].filter((element) => !element.closest('svg'));
  const ownText = (element) => [...element.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent).join(' ');
  const longestRun = (text) => (text.match(/\\S+/g) || []).reduce((best, word) => (word.length > best.length ? word : best), '');
  const describe = (element) => element.tagName.toLowerCase() + (element.getAttribute('class') ? '.' + element.getAttribute('class').trim().split(/\\s+/).join('.') : '');
  const report = (kind, element) => {
    // innerText, as laid out: a box's lines stay apart ("14,088 Intentions", not "14,088Intentions").
    const text = (element.innerText || element.textContent).replace(/\\s+/g, ' ').trim();
    return { kind, width: document.documentElement.scrollWidth, limit: limit - 1, element: describe(element), text: text.slice(0, 60), longest: longestRun(ownText(element)) };
  };
  if (document.documentElement.scrollWidth > limit) {
    const sticksOut = (element) => element.getBoundingClientRect().right > limit;
    const out = elements.filter(sticksOut);
    const withRun = out.map((element) => [element, longestRun(ownText(element))]).sort((a, b) => b[1].length - a[1].length)[0];
    const innermost = out.find((element) => ![...element.children].some(sticksOut));
    const culprit = withRun && withRun[1].length >= ${LONG_RUN} ? withRun[0] : innermost || document.body;
    return report('wide', culprit);
  }
  const clipping = elements.find((element) => {
    const style = getComputedStyle(element);
    const clips = (value) => value !== 'visible';
    return (clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1) || (clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1);
  });
  return clipping ? report('clipped', clipping) : null;
})()`;

/**
 * Lays the page out at the width it will print at and fails if anything is wider: Chromium
 * would otherwise shrink the whole page to fit, or clip what sticks out. Evaluated through
 * DevTools, which works with the page's JavaScript off. Returns the page size for the audit.
 */
export async function checkPrintLayout(page: Page): Promise<PrintLayout> {
  const geometry = (await page.evaluate(PAGE_GEOMETRY)) as { width: number; height: number; content: number };
  await page.setViewport({ width: Math.max(1, Math.floor(geometry.content)), height: Math.max(1, Math.floor(geometry.height)) });
  const overflow = (await page.evaluate(OVERFLOW)) as { kind: 'wide' | 'clipped'; width: number; limit: number; element: string; text: string; longest: string } | null;
  if (overflow) throw layoutError(overflow);
  return { pageSize: { width: geometry.width * POINTS_PER_PX, height: geometry.height * POINTS_PER_PX } };
}

function layoutError(overflow: { kind: 'wide' | 'clipped'; width: number; limit: number; element: string; text: string; longest: string }): PrintAuditError {
  const cannotWrap = overflow.longest.length >= LONG_RUN;
  if (overflow.kind === 'clipped') {
    return new PrintAuditError(
      `The print audit stopped the build: ${overflow.element} ("${overflow.text}") holds more than it shows, so part of it would not print.\n  Try giving it room in the template (no fixed width or height with overflow hidden); nothing was written.`,
      { causedByData: false },
    );
  }
  const what = cannotWrap
    ? `the text "${overflow.longest.slice(0, 50)}…" (${overflow.longest.length} characters without a space) cannot wrap`
    : `${overflow.element} ("${overflow.text}") is wider than the page`;
  return new PrintAuditError(
    `The print audit stopped the build: ${what}; the content is ${Math.round(overflow.width)} px wide where the page has ${Math.round(overflow.limit)} px, so Chromium would shrink or cut the page.\n  Try: ${cannotWrap ? 'put spaces in that text (a web address can be shortened or left out)' : 'narrow that element in the template'}; nothing was written.`,
    { causedByData: cannotWrap },
  );
}
