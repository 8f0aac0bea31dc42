import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChrome } from '../../src/pdf/find-chrome.js';
import { startPreviewServer, type RunningPreview } from '../../src/preview/preview-server.js';
import { copySampleData, ROOT } from '../helpers/run-cli.js';

/** A real browser on the draft: the test edits the YAML and the page updates with no manual reload. */
describe('the preview in Chromium', () => {
  let preview: RunningPreview;
  let browser: Awaited<ReturnType<typeof puppeteer.launch>>;
  let file: string;
  let original: string;

  beforeAll(async () => {
    const data = await copySampleData();
    file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    original = await readFile(file, 'utf8');
    preview = await startPreviewServer({ dataDir: data, templatesDir: path.join(ROOT, 'templates'), host: '127.0.0.1', port: 0 });
    const isRoot = process.getuid?.() === 0;
    browser = await puppeteer.launch({
      executablePath: findChrome(),
      headless: true,
      args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', ...(isRoot ? ['--no-sandbox'] : [])],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('shows a new figure, then an error overlay, then the fix, all without a manual reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${preview.url}draft/2025-12/unhcr-regional-update`, { waitUntil: 'load' });
    expect(await page.$eval('body', (body) => body.innerText)).toContain('Some 2,289 persons were present');

    // 2,289 persons present: Montenegro's 160 become 171 (its accommodation parts follow).
    await writeFile(
      file,
      original.replace(
        / {4}MNE:\n {6}persons: 160\n {6}uasc: 10\n {6}accommodation: \{ asylum_centres: 99, reception_centres: 61 \}/,
        '    MNE:\n      persons: 171\n      uasc: 10\n      accommodation: { asylum_centres: 110, reception_centres: 61 }',
      ),
    );
    await page.waitForFunction(() => document.body.innerText.includes('Some 2,300 persons were present'), { timeout: 10_000 });

    await writeFile(file, original.replace('contact: im-officer@example.org', 'contact: [not, an, address]'));
    await page.waitForSelector('#wb-overlay', { timeout: 10_000 });
    expect(await page.$eval('#wb-overlay', (overlay) => (overlay as HTMLElement).innerText)).toMatch(/unhcr-regional-update\.yaml:\d+:\d+: error: contact/);

    await writeFile(file, original);
    await page.waitForFunction(() => !document.querySelector('#wb-overlay') && document.body.innerText.includes('Some 2,289 persons were present'), { timeout: 10_000 });
  });
});
