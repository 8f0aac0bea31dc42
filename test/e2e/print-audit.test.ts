import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countFigures } from '../../src/pdf/audit-print.js';
import { readPageTexts } from '../../src/pdf/read-page-text.js';
import { pdfText } from '../helpers/read-pdf.js';
import { copySampleData, copyTemplates, makeTempDir, runCli } from '../helpers/run-cli.js';

/**
 * The print audit between Chromium and the output folder: each broken template or text below
 * once printed a wrong PDF with exit 0. Now the build stops, says why, and the last good PDF
 * stays byte for byte.
 */
describe('the print audit keeps a wrong PDF from replacing the last good one', () => {
  let out: string;
  let pdf: string;
  let goodHash: string;

  beforeAll(async () => {
    out = await makeTempDir();
    const result = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--out', out, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    pdf = path.join(out, '2025-12', 'unhcr-regional-update-2025-12.pdf');
    goodHash = await hashOf(pdf);
  });

  /** A copy of the templates with `edit` applied to one file. */
  async function templatesWith(file: string, edit: (text: string) => string): Promise<string> {
    const templates = await copyTemplates();
    const target = path.join(templates, file);
    await writeFile(target, edit(await readFile(target, 'utf8')));
    return templates;
  }

  async function buildWith(templates: string, data?: string) {
    const args = ['--month', '2025-12', '--report', 'unhcr-regional-update', '--out', out, '--templates', templates];
    return runCli(data ? [...args, '--data', data] : args, data ? { cwd: path.dirname(data) } : {});
  }

  async function expectUntouched(): Promise<void> {
    expect(await hashOf(pdf)).toBe(goodHash);
    expect((await readdir(path.join(out, '2025-12'))).sort()).toEqual([
      'unhcr-regional-update-2025-12.csv',
      'unhcr-regional-update-2025-12.html',
      'unhcr-regional-update-2025-12.pdf',
    ]);
  }

  it("reads the PDF's figures as poppler does (the audit's own text reader)", async () => {
    const pdfLib = await import('pdf-lib');
    const document = await pdfLib.PDFDocument.load(await readFile(pdf));
    const ours = countFigures(
      readPageTexts(document, pdfLib)
        .map((page) => page.all)
        .join(' '),
    );
    const poppler = countFigures(pdfText(pdf));
    expect(ours.get('11,814')).toBe(2);
    expect([...ours].sort()).toEqual([...poppler].sort());
  });

  it('stops a template that navigates away (it printed a blank US Letter page)', async () => {
    const templates = await templatesWith('unhcr-regional-update/2025/report.hbs', (text) => `<meta http-equiv="refresh" content="0">${text}`);
    const result = await buildWith(templates);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the page navigated away');
    expect(result.stderr).toMatch(/\n {2}Try /);
    await expectUntouched();
  });

  it('stops a figure that does not print (a hidden figure column), naming the figures', async () => {
    const templates = await templatesWith('unhcr-regional-update/2025/style.css', (text) => `${text}\ntable.figures td.number { visibility: hidden; }\n`);
    const result = await buildWith(templates);
    expect(result.code).toBe(1);
    // The arrivals of the December 2025 edition, printed in the table and on the map: once each is left.
    expect(result.stderr).toContain('the PDF lacks figures the HTML prints, cut off or clipped: "1,541" (1 of 2), "5,393" (1 of 2)');
    await expectUntouched();
  });

  it('stops a box that clips its figure', async () => {
    const templates = await templatesWith('unhcr-regional-update/2025/style.css', (text) => `${text}\n.kpi .value { height: 6px; overflow: hidden; }\n`);
    const result = await buildWith(templates);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('span.value ("11,814") holds more than it shows');
    await expectUntouched();
  });

  it('stops text from the data that cannot wrap (exit 2) when a template lets it overflow', async () => {
    const templates = await templatesWith('shared/base.css', (text) => text.replace('html { overflow-wrap: anywhere; }', ''));
    const data = await copySampleData();
    const run = 'x'.repeat(240);
    const file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    SRB: Data on arrivals', `    SRB: ${run} Data on arrivals`));
    const result = await buildWith(templates, data);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(240 characters without a space) cannot wrap');
    await expectUntouched();
  });
});

async function hashOf(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}
