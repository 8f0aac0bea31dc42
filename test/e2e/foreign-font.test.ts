import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/build-reports.js';
import { DataError } from '../../src/core/errors.js';
import { resolveRunOptions } from '../../src/options.js';
import { pdfFonts } from '../helpers/read-pdf.js';
import { makeTempDir, ROOT, SAMPLE_DATA } from '../helpers/run-cli.js';

/**
 * The data checks refuse characters Lato lacks, but a template is typed by hand too. A star
 * (U+2605, not in Lato; DejaVu Sans has it) in the UNHCR template makes Chromium fall back to a
 * system font: the build must say so, and a strict build must refuse to write the PDF.
 */
describe('a template character that Lato lacks', () => {
  async function templatesWithStar(): Promise<string> {
    const templates = path.join(await makeTempDir(), 'templates');
    await cp(path.join(ROOT, 'templates'), templates, { recursive: true });
    const file = path.join(templates, 'unhcr-regional-update', '2025', 'report.hbs');
    await writeFile(file, (await readFile(file, 'utf8')).replace('<span>Data as of:', '<span>★ Data as of:'));
    return templates;
  }

  it('is a warning naming the font Chromium fell back to', async () => {
    const out = await makeTempDir();
    const options = resolveRunOptions({ month: '2025-12', report: 'unhcr-regional-update', data: SAMPLE_DATA, templates: await templatesWithStar(), out, quiet: true });
    const { warnings } = await buildReports(options);
    const fonts = pdfFonts(path.join(out, '2025-12', 'unhcr-regional-update-2025-12.pdf')).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    const foreign = fonts.filter((name) => !name.startsWith('Lato-'));
    expect(foreign.length).toBeGreaterThan(0);
    expect(warnings.map((warning) => warning.message)).toEqual(
      foreign.map((name) => `the unhcr-regional-update PDF prints some characters in ${name}, not in the report's font (Lato), which lacks them`),
    );
  });

  it('fails a strict build before anything is written', async () => {
    const out = await makeTempDir();
    const options = resolveRunOptions({
      month: '2025-12',
      report: 'unhcr-regional-update',
      data: SAMPLE_DATA,
      templates: await templatesWithStar(),
      out,
      quiet: true,
      strict: true,
    });
    await expect(buildReports(options)).rejects.toBeInstanceOf(DataError);
    expect(await readdir(out)).toEqual([]);
  });
});
