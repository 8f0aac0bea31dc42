import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, pdfInfo, pdfOutlineTitles, pdfText } from '../helpers/read-pdf.js';
import { copySampleData, makeTempDir, runCli } from '../helpers/run-cli.js';

/**
 * Runs the built CLI on the sample data with the real Chromium, then reads the PDF back.
 * The figures asserted are the ones printed in shared/reference/unhcr-regional-update-2025-12.txt.
 */
describe('wb-report --month 2025-12 prints the UNHCR regional update', () => {
  let out: string;
  let pdf: string;
  let html: string;
  let text: string;
  let stdout: string;

  beforeAll(async () => {
    out = await makeTempDir();
    const result = await runCli(['--month', '2025-12', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    stdout = result.stdout;
    pdf = path.join(out, '2025-12', 'unhcr-regional-update-2025-12.pdf');
    html = await readFile(path.join(out, '2025-12', 'unhcr-regional-update-2025-12.html'), 'utf8');
    text = pdfText(pdf);
  });

  it('says what it wrote', () => {
    expect(stdout).toContain('unhcr-regional-update-2025-12.pdf (2 pages)');
  });

  it('prints every published figure of the December 2025 edition', () => {
    for (const figure of [
      'January-December 2025 vs. January-December 2024',
      'Between January and December 2025, 11,814 refugees and migrants were estimated to have transited through the Western Balkans',
      'a 32% decrease compared to the same period last year',
      '14,088',
      'Intentions to seek asylum',
      '838',
      'New asylum applications',
      '6%',
      'Application vs. Intention',
      'Some 2,289 persons were present in the Western Balkans as of end December 2025, including 134 unaccompanied and separated children (UASC)',
      'Of these, 49% were present in Bosnia and Herzegovina, followed by Serbia (25%), Kosovo',
      '(10%), Albania and Montenegro (7% each) and North Macedonia (1%)',
      '(Albania, Bosnia and Herzegovina, Montenegro and Serbia)',
    ]) {
      expect(text).toContain(figure);
    }
  });

  it('prints the footnotes, the Kosovo note and the map disclaimer', () => {
    expect(text).toContain('Security Council Resolution 1244 (1999)');
    expect(text).toContain('do not imply official endorsement or acceptance by the United Nations');
    expect(text).toContain('does not include Ukrainians as of 24 February 2022');
    expect(text).toContain('Data as of: 31 December 2025');
    expect(text).toContain('Contact: im-officer@example.org');
  });

  it('says on the first page that the sample data is illustrative', () => {
    const firstPage = text.slice(0, text.indexOf('Key figures at regional level'));
    expect(firstPage).toMatch(/illustrative data, not for publication/i);
    expect(firstPage).toContain('never published by UNHCR');
  });

  it('is two A4 pages, tagged, with the document information filled in', () => {
    const info = pdfInfo(pdf);
    expect(info.Pages).toBe('2');
    expect(info['Page size']).toContain('(A4)');
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Western Balkans regional update: Refugees, asylum-seekers and other people in mixed movements — December 2025');
    expect(info.Author).toBe('UNHCR Regional Bureau for Europe, Western Balkans');
    expect(info.Subject).toContain('January-December 2025');
    expect(info.Keywords).toContain('mixed movements');
    expect(info.Producer).toMatch(/^wb-report \d+\.\d+\.\d+$/);
  });

  it('has bookmarks from the section headings', async () => {
    const titles = await pdfOutlineTitles(pdf);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Refugees, asylum-seekers and other people in mixed movements',
        'Key figures at regional level',
        'New arrivals to each country between January and December',
        'Refugees and migrants present at the end of December',
      ]),
    );
  });

  it('embeds only the bundled Lato', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/\+Lato-/);
      expect(font.embedded).toBe(true);
    }
  });

  it('has page numbers and the running title in the footer', () => {
    expect(text).toMatch(/1 ?\/ ?2/);
    expect(text).toMatch(/2 ?\/ ?2/);
    expect(text).toContain('UNHCR · Western Balkans regional update · December 2025');
  });

  it('makes each chart an image with one alt text generated from its data', () => {
    const figures = [...html.matchAll(/<svg role="img" aria-label="([^"]+)"/g)].map((match) => match[1]);
    expect(figures).toHaveLength(6);
    expect(figures).toContain('Bar chart of monthly new arrivals in 2025 against 2024, January to December; the highest month of 2025 was August with 1,200.');
    // A <figure> around the SVG would become a second /Figure with no alt text in the PDF.
    expect(html).not.toContain('<figure');
  });

  it('writes a self-contained HTML with no script and no external reference', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/i);
    expect(html).toContain('<html lang="en">');
  });

  it('leaves no temporary file behind', async () => {
    expect((await readdir(path.join(out, '2025-12'))).sort()).toEqual([
      'unhcr-regional-update-2025-12.csv',
      'unhcr-regional-update-2025-12.html',
      'unhcr-regional-update-2025-12.pdf',
    ]);
  });

  it('keeps the last good PDF byte for byte when the next build has a typo', async () => {
    const before = createHash('sha256')
      .update(await readFile(pdf))
      .digest('hex');
    const data = await copySampleData();
    const file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('  persons: 864', '  persons: 8 64'));
    const result = await runCli(['--month', '2025-12', '--data', data, '--out', out], { cwd: path.dirname(data) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/data\/2025-12\/unhcr-regional-update\.yaml:\d+:12: error: regional_estimate\.persons: expected a whole number, found the text "8 64"/);
    expect(
      createHash('sha256')
        .update(await readFile(pdf))
        .digest('hex'),
    ).toBe(before);
  });
});
