import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChrome } from '../../src/pdf/find-chrome.js';
import { startPreviewServer, type RunningPreview } from '../../src/preview/preview-server.js';
import { copySampleData, copyTemplates, makeTempDir, ROOT, runCli } from '../helpers/run-cli.js';

/** Pages and text of a PDF, read by poppler. */
async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const file = path.join(await makeTempDir(), 'pages.pdf');
  await writeFile(file, bytes);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { pages, text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }) };
}

/** Five long arrival notes: enough to push the notes onto a third page. */
function withLongNotes(text: string): string {
  const note = (code: string) =>
    `    ${code}: ${`For ${code}, a long note on how the arrivals were counted this month, with the sources and their limits, as an officer might write it. `.repeat(6).trim()}`;
  return text.replace(/ {2}notes:\n(?: {4}[A-Z]{3}: .*\n)+/, `  notes:\n${['ALB', 'BIH', 'XKS', 'MNE', 'MKD', 'SRB'].map(note).join('\n')}\n`);
}

describe('the preview’s pages view, in Chromium', () => {
  let preview: RunningPreview;
  let browser: Awaited<ReturnType<typeof puppeteer.launch>>;
  let data: string;
  let file: string;
  let original: string;
  const pagesUrl = () => `${preview.url}pages/2025-12/unhcr-regional-update`;
  const fetchPdf = async () => new Uint8Array(await (await fetch(`${preview.url}pdf/2025-12/unhcr-regional-update.pdf`)).arrayBuffer());

  beforeAll(async () => {
    data = await copySampleData();
    file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    original = await readFile(file, 'utf8');
    preview = await startPreviewServer({ dataDir: data, templatesDir: path.join(ROOT, 'templates'), host: '127.0.0.1', port: 0 });
    const isRoot = process.getuid?.() === 0;
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--disable-gpu', '--no-first-run', ...(isRoot ? ['--no-sandbox'] : [])] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('shows the printed pages with the page count of the PDF the build writes', async () => {
    const page = await browser.newPage();
    await page.goto(pagesUrl(), { waitUntil: 'domcontentloaded' });
    const shown = Number(await page.$eval('#wb-page-count', (element) => element.getAttribute('data-pages')));
    const out = await makeTempDir();
    const built = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--data', data, '--out', out]);
    expect(built.code, built.stderr).toBe(0);
    const written = await readPdf(await readFile(path.join(out, '2025-12', 'unhcr-regional-update-2025-12.pdf')));
    expect(shown).toBe(written.pages);
    const served = await readPdf(await fetchPdf());
    expect(served.pages).toBe(written.pages);
    expect(served.text).toContain('2,289');
    // The page frames the PDF itself; the draft links to its pages.
    expect(await page.$eval('iframe', (frame) => frame.getAttribute('src'))).toBe('/pdf/2025-12/unhcr-regional-update.pdf#view=FitH');
    await page.goto(`${preview.url}draft/2025-12/unhcr-regional-update`, { waitUntil: 'domcontentloaded' });
    expect(await page.$eval('#wb-pages-link', (link) => link.getAttribute('href'))).toBe('/pages/2025-12/unhcr-regional-update');
    await page.close();
  }, 90_000);

  it('follows a save: the pages are printed again and the page reloads with them', async () => {
    const page = await browser.newPage();
    await page.goto(pagesUrl(), { waitUntil: 'domcontentloaded' });
    const before = Number(await page.$eval('#wb-page-count', (element) => element.getAttribute('data-pages')));
    await writeFile(file, withLongNotes(original));
    // The count the page shows after it reloaded by itself, against the build of the same file.
    await page.waitForFunction((count) => Number(document.querySelector('#wb-page-count')?.getAttribute('data-pages')) !== count, { timeout: 20_000 }, before);
    const after = Number(await page.$eval('#wb-page-count', (element) => element.getAttribute('data-pages')));
    const out = await makeTempDir();
    const built = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--data', data, '--out', out]);
    expect(built.code, built.stderr).toBe(0);
    expect(after).toBe((await readPdf(await readFile(path.join(out, '2025-12', 'unhcr-regional-update-2025-12.pdf')))).pages);
    expect(after).toBeGreaterThan(before);
    expect((await readPdf(await fetchPdf())).text).toContain('a long note on how the arrivals were counted');
    await writeFile(file, original);
    await page.waitForFunction((count) => Number(document.querySelector('#wb-page-count')?.getAttribute('data-pages')) === count, { timeout: 20_000 }, before);
    await page.close();
  }, 120_000);

  it('marks what the print audit flags, naming the block', async () => {
    const templates = await copyTemplates();
    const style = path.join(templates, 'unhcr-regional-update', '2025', 'style.css');
    await writeFile(style, `${await readFile(style, 'utf8')}\ntable.figures td.number { visibility: hidden; }\n`);
    const flagged = await startPreviewServer({ dataDir: data, templatesDir: templates, host: '127.0.0.1', port: 0 });
    try {
      const page = await browser.newPage();
      await page.goto(`${flagged.url}pages/2025-12/unhcr-regional-update`, { waitUntil: 'domcontentloaded' });
      const flags = await page.$eval('.flags', (list) => (list as HTMLElement).innerText);
      expect(flags).toContain('the PDF lacks figures the HTML prints, cut off or clipped: "1,541" (1 of 2)');
      expect(flags).toMatch(/look under the heading/);
      await page.close();
    } finally {
      await flagged.close();
    }
  }, 90_000);

  it('keeps the last pages that printed when a template edit makes the print checks refuse the next, saying why', async () => {
    const templates = await copyTemplates();
    const style = path.join(templates, 'unhcr-regional-update', '2025', 'style.css');
    const css = await readFile(style, 'utf8');
    const edited = await startPreviewServer({ dataDir: data, templatesDir: templates, host: '127.0.0.1', port: 0 });
    try {
      const page = await browser.newPage();
      await page.goto(`${edited.url}pages/2025-12/unhcr-regional-update`, { waitUntil: 'domcontentloaded' });
      const pages = await page.$eval('#wb-page-count', (element) => element.getAttribute('data-pages'));
      await writeFile(style, `${css}\n.kpi .value { height: 6px; overflow: hidden; }\n`);
      await page.waitForSelector('.flags', { timeout: 20_000 });
      const flags = await page.$eval('.flags', (list) => (list as HTMLElement).innerText);
      expect(flags).toMatch(/the latest save could not be printed: span\.value \("11,814"\) holds more than it shows/);
      expect(flags).toContain('The pages below are those of the last version that printed.');
      expect(flags).not.toMatch(/nothing was written/);
      expect(await page.$eval('#wb-page-count', (element) => element.getAttribute('data-pages'))).toBe(pages);
      expect((await fetch(`${edited.url}pdf/2025-12/unhcr-regional-update.pdf`)).status).toBe(200);
      // The fix saved: printed again, the flags gone.
      await writeFile(style, css);
      await page.waitForFunction(() => !document.querySelector('.flags'), { timeout: 20_000 });
      await page.close();
    } finally {
      await edited.close();
    }
  }, 90_000);

  it('without a Chromium says how to get one, and the HTML draft still works', async () => {
    const without = await startPreviewServer({ dataDir: data, templatesDir: path.join(ROOT, 'templates'), host: '127.0.0.1', port: 0, chrome: '/nonexistent/chromium' });
    try {
      const pages = await (await fetch(`${without.url}pages/2025-12/unhcr-regional-update`)).text();
      expect(pages).toMatch(/The printed pages need Chromium\. .*apt-get install/);
      expect(pages).toContain('The HTML draft works without it.');
      const draft = await fetch(`${without.url}draft/2025-12/unhcr-regional-update`);
      expect(draft.status).toBe(200);
      expect(await draft.text()).toContain('2,289');
    } finally {
      await without.close();
    }
  });
});
