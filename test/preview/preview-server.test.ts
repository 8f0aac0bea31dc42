import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type RunningPreview } from '../../src/preview/preview-server.js';
import { openEventStream, type EventStream } from '../helpers/event-stream.js';
import { rawGet } from '../helpers/raw-get.js';
import { copySampleData, makeTempDir, ROOT, runCli } from '../helpers/run-cli.js';

const DRAFT = 'draft/2025-12/unhcr-regional-update';

describe('the preview server', () => {
  let data: string;
  let file: string;
  let original: string;
  let preview: RunningPreview;
  let events: EventStream;
  const log: string[] = [];

  beforeAll(async () => {
    data = await copySampleData();
    file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    original = await readFile(file, 'utf8');
    preview = await startPreviewServer({ dataDir: data, templatesDir: path.join(ROOT, 'templates'), host: '127.0.0.1', port: 0, log: (line) => log.push(line) });
    events = await openEventStream(`${preview.url}events`);
  });

  afterAll(async () => {
    events.close();
    await preview.close();
  });

  const draft = async () => (await fetch(`${preview.url}${DRAFT}`)).text();

  it('lists every month and report with data on its index', async () => {
    const index = await (await fetch(preview.url)).text();
    expect(index).toContain('href="/draft/2025-12/unhcr-regional-update"');
    expect(index).toContain('href="/draft/2024-12/iom-dtm-brief"');
    expect(index).toContain('December 2025');
  });

  it('names on its index a folder named almost like a month, whose files it cannot read', async () => {
    await mkdir(path.join(data, '2026-1'));
    const index = await (await fetch(preview.url)).text();
    expect(index).toContain('2026-1: warning: this folder looks like a month but is not a month written YYYY-MM');
    await rm(path.join(data, '2026-1'), { recursive: true });
  });

  it('serves the very HTML the PDF is printed from, with a DRAFT mark added for the screen only', async () => {
    const out = await makeTempDir();
    const built = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--html', '--data', data, '--out', out]);
    expect(built.code, built.stderr).toBe(0);
    const html = await readFile(path.join(out, '2025-12', 'unhcr-regional-update-2025-12.html'), 'utf8');
    const page = await draft();
    expect(page).toContain(html.slice(html.indexOf('<body>'), html.lastIndexOf('</body>')));
    expect(page).toContain('<div id="wb-draft-mark" aria-hidden="true">DRAFT</div>');
    expect(html).not.toContain('DRAFT');
    expect(html).not.toContain('<script');
  });

  it('rebuilds on a save, tells the page through the event stream, and serves the new figure', async () => {
    await draft();
    await writeFile(file, original.replace('    AFG: 640', '    AFG: 777'));
    const event = (await events.next('rebuilt')) as { keys: string[] };
    expect(event.keys).toContain('2025-12/unhcr-regional-update');
    expect(await draft()).toContain('>777<');
    expect(log.some((line) => /^rebuilt unhcr-regional-update 2025-12 in \d+ ms$/.test(line))).toBe(true);
  });

  it('shows an overlay with file, line and column for invalid data, and clears it on the next good save', async () => {
    // Its own good version first, so the test does not lean on the one before.
    await draft();
    await writeFile(file, original.replace('    AFG: 640', '    AFG: 777'));
    await events.next('rebuilt');
    expect(await draft()).toContain('>777<');
    await writeFile(file, original.replace('    AFG: 640', '    AFG: -3'));
    await events.next('rebuilt');
    const broken = await draft();
    expect(broken).toContain('<div id="wb-overlay" role="alert">');
    expect(broken).toMatch(/data\/2025-12\/unhcr-regional-update\.yaml:\d+:10: error: nationalities\.persons\.AFG: must be 0 or more, found -3/);
    // The last good version stays behind the overlay.
    expect(broken).toContain('>777<');

    await writeFile(file, original);
    await events.next('rebuilt');
    const fixed = await draft();
    expect(fixed).not.toContain('id="wb-overlay"');
    expect(fixed).toContain('>640<');
  });

  it('follows saves made the way editors make them: a temporary file renamed over, or the old one moved aside', async () => {
    const own = await copySampleData();
    const target = path.join(own, '2025-12', 'unhcr-regional-update.yaml');
    const text = await readFile(target, 'utf8');
    const fourth = await startPreviewServer({ dataDir: own, templatesDir: path.join(ROOT, 'templates'), host: '127.0.0.1', port: 0 });
    const stream = await openEventStream(`${fourth.url}events`);
    const page = async () => (await fetch(`${fourth.url}${DRAFT}`)).text();
    try {
      await page();
      // Three saves in a row by rename: a watcher that loses the file after the first misses the rest.
      for (const figure of ['701', '702', '703']) {
        const temporary = path.join(own, '2025-12', `.unhcr-regional-update.yaml.${figure}.tmp`);
        await writeFile(temporary, text.replace('    AFG: 640', `    AFG: ${figure}`));
        await rename(temporary, target);
        await stream.next('rebuilt');
        expect(await page()).toContain(`>${figure}<`);
      }
      // Moved aside, written anew, the backup deleted (vim without backupcopy).
      await rename(target, `${target}~`);
      await writeFile(target, text.replace('    AFG: 640', '    AFG: 704'));
      await rm(`${target}~`);
      await stream.next('rebuilt');
      expect(await page()).toContain('>704<');
      // A new month folder is watched as it appears.
      await mkdir(path.join(own, '2026-01'));
      await writeFile(path.join(own, '2026-01', 'unhcr-regional-update.yaml'), text.replace('month: 2025-12', 'month: 2026-01'));
      expect(((await stream.next('rebuilt')) as { indexChanged: boolean }).indexChanged).toBe(true);
      expect(await (await fetch(fourth.url)).text()).toContain('href="/draft/2026-01/unhcr-regional-update"');
    } finally {
      stream.close();
      await fourth.close();
    }
  });

  it('follows the layout each month names, and a change of layout on save', async () => {
    const own = await copySampleData();
    const target = path.join(own, '2025-12', 'unhcr-regional-update.yaml');
    const text = await readFile(target, 'utf8');
    const fifth = await startPreviewServer({ dataDir: own, templatesDir: path.join(ROOT, 'templates'), host: '127.0.0.1', port: 0 });
    const stream = await openEventStream(`${fifth.url}events`);
    const page = async () => (await fetch(`${fifth.url}${DRAFT}`)).text();
    try {
      expect(await page()).toContain('reflecting');
      await writeFile(target, text.replace(/^month: 2025-12$/m, 'month: 2025-12\nlayout: 2023'));
      await stream.next('rebuilt');
      const draft2023 = await page();
      expect(draft2023).toContain('Forcibly Displaced and Stateless People presents at the end of December in each country');
      expect(draft2023).not.toContain('reflecting');
    } finally {
      stream.close();
      await fifth.close();
    }
  });

  it('follows saves again after its data folder was moved away and back, and the page of a missing draft says so and reloads', async () => {
    const own = await copySampleData();
    const target = path.join(own, '2025-12', 'unhcr-regional-update.yaml');
    const text = await readFile(target, 'utf8');
    const sixth = await startPreviewServer({ dataDir: own, templatesDir: path.join(ROOT, 'templates'), host: '127.0.0.1', port: 0 });
    const stream = await openEventStream(`${sixth.url}events`);
    const page = async () => (await fetch(`${sixth.url}${DRAFT}`)).text();
    try {
      await page();
      await rename(own, `${own}-away`);
      await stream.next('rebuilt');
      const missing = await fetch(`${sixth.url}${DRAFT}`);
      expect(missing.status).toBe(404);
      const missingPage = await missing.text();
      expect(missingPage).toContain('No data for unhcr-regional-update 2025-12');
      expect(missingPage).toContain("new EventSource('/events')");
      await rename(`${own}-away`, own);
      // Saves still being handled from the move away may come first; the return is announced as an index change.
      while (!((await stream.next('rebuilt')) as { indexChanged: boolean }).indexChanged);
      expect(await page()).toContain('>640<');
      for (const figure of ['711', '712', '713']) {
        await writeFile(target, text.replace('    AFG: 640', `    AFG: ${figure}`));
        await stream.next('rebuilt');
        expect(await page()).toContain(`>${figure}<`);
      }
    } finally {
      stream.close();
      await sixth.close();
    }
  });

  it('shows a broken template in the overlay and keeps serving', async () => {
    const templates = await makeTempDir();
    const { cp } = await import('node:fs/promises');
    await cp(path.join(ROOT, 'templates'), templates, { recursive: true });
    const second = await startPreviewServer({ dataDir: data, templatesDir: templates, host: '127.0.0.1', port: 0 });
    try {
      const stream = await openEventStream(`${second.url}events`);
      await (await fetch(`${second.url}${DRAFT}`)).text();
      const report = path.join(templates, 'unhcr-regional-update', '2025', 'report.hbs');
      const good = await readFile(report, 'utf8');
      await writeFile(report, good.replace('{{present.total}}', '{{present.totl}}'));
      await stream.next('rebuilt');
      const page = await (await fetch(`${second.url}${DRAFT}`)).text();
      expect(page).toContain('id="wb-overlay"');
      expect(page).toMatch(/report\.hbs:\d+:\d+: the template asks for &quot;totl&quot;/);
      await writeFile(report, good);
      await stream.next('rebuilt');
      expect(await (await fetch(`${second.url}${DRAFT}`)).text()).not.toContain('id="wb-overlay"');
      stream.close();
    } finally {
      await second.close();
    }
  });

  it('keeps running when its data folder goes away, says so on the index, and serves again when it is back', async () => {
    const own = await copySampleData();
    const third = await startPreviewServer({ dataDir: own, templatesDir: path.join(ROOT, 'templates'), host: '127.0.0.1', port: 0 });
    try {
      expect((await fetch(`${third.url}${DRAFT}`)).status).toBe(200);
      const moved = `${own}-moved`;
      await rename(own, moved);
      await writeFile(path.join(moved, '..', 'nudge.txt'), 'x'); // the watcher's folder is gone; the index reads afresh
      await new Promise((resolve) => setTimeout(resolve, 400));
      const index = await (await fetch(third.url)).text();
      expect(index).toContain('does not exist');
      await rename(moved, own);
      expect(await (await fetch(third.url)).text()).toContain('href="/draft/2025-12/unhcr-regional-update"');
    } finally {
      await third.close();
    }
  });

  it.each([
    '/draft/../../etc/passwd',
    '/draft/2025-12/../../../package.json',
    '/draft/%2e%2e/%2e%2e/etc/passwd',
    '/draft/2025-12/..%2f..%2fpackage.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..\\..\\package.json',
    '//etc/passwd',
    '/etc/passwd',
    '/package.json',
    '/templates/unhcr-regional-update/report.hbs',
    '/draft/2025-12/unknown-report',
    '/draft/1999-01/unhcr-regional-update',
    'http://example.org/',
  ])('answers 404 to %s', async (rawPath) => {
    const response = await rawGet(preview.url, rawPath);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('"name": "wb-report"');
    expect(response.body).not.toContain('root:');
  });
});
