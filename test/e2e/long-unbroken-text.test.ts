import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfLines } from '../helpers/read-pdf.js';
import { copySampleData, makeTempDir, runCli } from '../helpers/run-cli.js';

/** A source address as officers paste them: 227 characters and no space to break at. */
const URL =
  'https://www.kirs.gov.rs/media/uploads/Statistika_dolazaka_migranata_u_prihvatne_centre_Srbije_za_decembar_2025_godine_finalna_verzija_sa_ispravkama_i_dopunama_prema_podacima_Ministarstva_unutrasnjih_poslova_Republike_Srbije.pdf';

/**
 * Chromium shrank the whole page to fit such a string, and the arrivals table lost its figure
 * column. Now the string wraps: the page keeps its scale and every row keeps its figure.
 */
describe('a note holding a long unbroken string', () => {
  let pdf: string;

  beforeAll(async () => {
    const data = await copySampleData();
    const file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    SRB: Data on arrivals', `    SRB: See ${URL} for data on arrivals`));
    const out = await makeTempDir();
    const result = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--data', data, '--out', out, '--quiet'], { cwd: path.dirname(data) });
    expect(result.code, result.stderr).toBe(0);
    pdf = path.join(out, '2025-12', 'unhcr-regional-update-2025-12.pdf');
  });

  it("keeps every figure of the arrivals table (the edition's figures for December 2025)", () => {
    const lines = pdfLines(pdf);
    for (const row of ['Albania 1,541', 'Bosnia and Herzegovina 5,393', 'Kosovo² 769', 'Montenegro 1,233', 'North Macedonia* 1,848', 'Serbia** 4,619']) {
      expect(
        lines.some((line) => line.endsWith(row) || line.includes(`${row} `)),
        row,
      ).toBe(true);
    }
  });

  it('prints the page at full scale: body text at 9.5 pt, and the note whole', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await getDocument({ data: new Uint8Array(await readFile(pdf)), verbosity: 0 }).promise;
    const { items } = await (await document.getPage(1)).getTextContent();
    const text = items as Array<{ str: string; transform: number[] }>;
    const body = text.find((item) => item.str.startsWith('Between January and December 2025'))!;
    expect(body.transform[0]).toBeCloseTo(9.5, 1);
    expect(
      text
        .map((item) => item.str)
        .join('')
        .replace(/\s+/g, ''),
    ).toContain(URL);
    expect(pdfInfo(pdf).Pages).toBe('2');
    await document.destroy();
  });
});
