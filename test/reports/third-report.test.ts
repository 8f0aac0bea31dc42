import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMonthReports } from '../../src/build-reports.js';
import { discoverDataFiles } from '../../src/load/discover-data.js';
import { resolveRunOptions } from '../../src/options.js';
import { BrowserSession } from '../../src/pdf/browser-session.js';
import { findChrome } from '../../src/pdf/find-chrome.js';
import { arrivalsNote } from '../fixtures/third-report/bundle.js';
import { pdfText } from '../helpers/read-pdf.js';
import { makeTempDir, ROOT } from '../helpers/run-cli.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'third-report');

describe('a third report, from a bundle in the test tree', () => {
  it('builds through the real pipeline (validation, model, chart, template, Chromium, audit) with no edit outside its bundle and templates', async () => {
    // The shipped shared templates beside the bundle's own folder.
    const templates = await makeTempDir();
    await cp(path.join(ROOT, 'templates', 'shared'), path.join(templates, 'shared'), { recursive: true });
    await cp(path.join(FIXTURE, 'templates', 'arrivals-note'), path.join(templates, 'arrivals-note'), { recursive: true });
    const out = await makeTempDir();
    const options = resolveRunOptions({ month: '2025-12', data: path.join(FIXTURE, 'data'), out, templates, quiet: true }, {});
    const refs = await discoverDataFiles(options.dataDir, [arrivalsNote.id]);
    const session = new BrowserSession(findChrome(), options.timeoutMs, 1);
    try {
      const result = await buildMonthReports([arrivalsNote], refs, '2025-12', options, session);
      expect(result.warnings.map((warning) => warning.message)).toEqual([]);
      expect(result.written.map((each) => path.relative(out, each.pdfPath!))).toEqual(['2025-12/arrivals-note-2025-12.pdf']);
    } finally {
      await session.close();
    }
    const text = pdfText(path.join(out, '2025-12', 'arrivals-note-2025-12.pdf'));
    // 120 + 330 + 150 = 600 this month, against 100 + 200 + 200 = 500 last month: 20% more.
    expect(text).toContain('New arrivals in the region this month: 600 (+ 20% on last month).');
    const html = await readFile(path.join(out, '2025-12', 'arrivals-note-2025-12.html'), 'utf8');
    expect(html).toContain('aria-label="Bar chart of new arrivals by territory in December 2025."');
  }, 60_000);
});
