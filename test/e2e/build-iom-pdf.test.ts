import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, pdfInfo, pdfLines, pdfOutlineTitles, pdfText } from '../helpers/read-pdf.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

/**
 * Builds every report of December 2024 with the real Chromium and reads the IOM brief back.
 * The figures asserted are the ones printed in shared/reference/iom-dtm-brief-2024-12.txt.
 */
describe('wb-report --month 2024-12 prints the IOM DTM brief', () => {
  let out: string;
  let pdf: string;
  let html: string;
  let text: string;
  let lines: string[];
  let stdout: string;

  beforeAll(async () => {
    out = await makeTempDir();
    const result = await runCli(['--month', '2024-12', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    stdout = result.stdout;
    pdf = path.join(out, '2024-12', 'iom-dtm-brief-2024-12.pdf');
    html = await readFile(path.join(out, '2024-12', 'iom-dtm-brief-2024-12.html'), 'utf8');
    text = pdfText(pdf);
    lines = pdfLines(pdf);
  });

  it('builds both reports of the month with one command', () => {
    expect(stdout).toContain('iom-dtm-brief-2024-12.pdf');
    expect(stdout).toContain('unhcr-regional-update-2024-12.pdf');
  });

  /** A key figure as the template pairs it: the value and its label in one block. */
  const keyFigure = (value: string, label: string) => `<span class="value">${value}</span><span class="label">${label}</span>`;

  it('prints the registrations on arrival key figures', () => {
    expect(html).toContain(keyFigure('3,100', 'Registrations on arrival in December 2024'));
    expect(html).toContain(keyFigure('- 33%', 'Compared to November 2024'));
    expect(html).toContain(keyFigure('56,213', 'Total registrations on arrival in 2024'));
    for (const figure of ['3,100', '- 33%', '56,213', 'COMPARED TO NOVEMBER 2024']) expect(text).toContain(figure);
  });

  it('prints the top 3 nationalities with shares and arrows', () => {
    // The rows as the edition's text reads them: Lato 2.0 draws the arrows and the superscript 4.
    const row = (territory: string) => lines.find((line) => line.startsWith(`${territory} `) && line.includes('%)'));
    expect(row('Albania')).toBe('Albania Syrian Arab Republic (36%) ↓ -8% Pakistan (27%) ↑ +16% Egypt (7%) ↓ -2%');
    expect(row('Bosnia and Herzegovina')).toBe('Bosnia and Herzegovina Afghanistan (22%) ↑ +1% Morocco (16%) ↓ -9% Syrian Arab Republic (11%) ↓ -2%');
    expect(row('Montenegro')).toBe('Montenegro Afghanistan (37%) ↑ +14% Egypt (22%) ↑ +11% Morocco (9%) ↓ -1%');
    expect(row('North Macedonia')).toBe('North Macedonia Syrian Arab Republic (31%) ↓ -15% Egypt (17%) ↑ +13% Morocco (10%) ↑ +4%');
    expect(row('Kosovo⁴')).toBe('Kosovo⁴ Egypt (33%) ↑ +15% Morocco (25%) ↓ -6%');
    expect(text).toContain('Occupied Palestinian Territory (12%) ↑ +6%');
    expect((html.match(/class="change up"/g) ?? []).length).toBe(8);
    expect((html.match(/class="change down"/g) ?? []).length).toBe(7);
    expect(text).toContain('Data on nationalities on arrivals to Serbia is not available.');
  });

  it('prints returns, asylum and trafficking figures with their totals', () => {
    expect(html).toContain(keyFigure('343', 'assisted voluntary returns in 2024'));
    expect(text).toMatch(/80% Male 20% Female/);
    expect(html).toContain(keyFigure('227', 'reintegration grants in 2024'));
    expect(lines).toContain('Total returns in 2024 24 142 42 10 101 24 343');
    expect(lines).toContain('Total returns 2016 - 2023 18 1,420 124 115 1,204 45 2,926');
    expect(lines).toContain('Total voluntary returns carried out in 2023 381 89 470');
    expect(lines).toContain('Total voluntary returns carried out in 2022 561 - 561');
    expect(lines).toContain('Total non-voluntary returns carried out in 2023 67 198 265');
    expect(lines).toContain('Total non-voluntary returns carried out in 2022 7 317 324');
    expect(html).toContain(keyFigure('1,017', 'Applications for asylum in 2024'));
    expect(html).toContain(keyFigure('36', 'Decisions to grant refugee status in 2024'));
    expect(html).toContain(keyFigure('114', 'Decisions to grant complementary forms of protection in 2024'));
    expect(lines).toContain('Total applications in 2024 17 216 113 269 172 170 1,017');
    expect(lines).toContain('Total applications 2018-2023 13,259 3,065 6,155 1,870 1,413 5,393 31,155');
    expect(html).toMatch(/<span class="value">34<\/span><span class="label">Temporary residence permits granted to victims of trafficking from 2016 to 2023/);
    for (const figure of ['1,017', '31,155', '2,926', '343', '227', '34']) expect(text).toContain(figure);
  });

  it('prints the funders, the disclaimer, the citation and the contact', () => {
    expect(text).toContain('Norwegian Ministry of Foreign Affairs');
    expect(text).toContain('IOM expresses no opinion concerning the legal status of any country');
    expect(text).toContain('International Organization for Migration (IOM), 17 January 2025. DTM Western Balkans — Mixed Migratory Flows Report (December 2024).');
    expect(text).toContain('iomwesternbalkans@iom.int');
  });

  // The edition's fourteen, and one more: the 2022 voluntary returns total leaves out Serbia.
  it("prints the edition's fourteen numbered footnotes and the note on the partial 2022 total", () => {
    expect(text).toContain('References to Kosovo shall be understood to be in the context of United Nations Security Council resolution 1244 (1999).');
    expect(text).toContain('Source: United States Department of State Trafficking in Persons Report');
    const markers = (html.match(/<div class="footnotes">[\s\S]*?<\/div>/g) ?? []).join('').match(/<p><span class="marker">[⁰¹²³⁴⁵⁶⁷⁸⁹]+<\/span>/g);
    expect(markers).toHaveLength(15);
    expect(text).toContain('¹⁵ Source: United States Department of State Trafficking in Persons Report');
    expect(text).toContain('¹⁰ The total of voluntary returns carried out in 2022 leaves out Serbia, which has no figure for it.');
  });

  it('says on the first page that the sample data is illustrative', () => {
    const firstPage = text.slice(0, text.indexOf('REGISTRATIONS ON ARRIVAL'));
    expect(firstPage).toMatch(/illustrative data, not for publication/i);
    expect(firstPage).toContain('never published by IOM');
  });

  it('is a tagged A4 PDF with metadata, bookmarks and only Lato embedded', async () => {
    const info = pdfInfo(pdf);
    expect(info['Page size']).toContain('(A4)');
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('DTM Western Balkans — Mixed Migratory Flows Report (December 2024)');
    expect(info.Author).toContain('International Organization for Migration');
    expect(info.Subject).toContain('December 2024');
    expect(info.Keywords).toContain('registrations on arrival');
    for (const font of pdfFonts(pdf)) {
      expect(font.name).toMatch(/\+Lato-/);
      expect(font.embedded).toBe(true);
    }
    expect(await pdfOutlineTitles(pdf)).toEqual(expect.arrayContaining(['REGISTRATIONS ON ARRIVAL¹,²', 'SOLUTIONS AND PATHWAYS']));
  });

  it('gives each chart one alt text generated from its data', () => {
    const labels = [...html.matchAll(/<svg role="img" aria-label="([^"]+)"/g)].map((match) => match[1]);
    expect(labels).toEqual([
      'Stacked bar chart of monthly registrations on arrival in the Western Balkans in 2024, by territory; the highest month was August 2024 with 6,300.',
      expect.stringMatching(/^Line chart of the occupancy rate of reception facilities from December 2023 to December 2024: /),
    ]);
  });
});
