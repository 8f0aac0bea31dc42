import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltModel } from '../../src/reports/report-bundle.js';
import { iomDtmBrief } from '../../src/reports/iom-dtm-brief/index.js';
import { unhcrRegionalUpdate } from '../../src/reports/unhcr-regional-update/index.js';
import { pdfFonts, pdfOutlineTitles, pdfText } from '../helpers/read-pdf.js';
import { allElements, readPdfStructure, type PdfStructure, type StructureElement } from '../helpers/read-pdf-structure.js';
import { copySampleData, makeTempDir, runCli } from '../helpers/run-cli.js';
import { historyOf, loadSampleIomMonths, loadSampleUnhcrMonths } from '../helpers/sample-history.js';

/** Each report at the month of its reference edition, with the model the PDF must carry. */
const CASES: Array<{ report: string; month: string; model: () => BuiltModel<unknown> }> = [
  { report: 'unhcr-regional-update', month: '2025-12', model: () => unhcrRegionalUpdate.buildModel(historyOf(loadSampleUnhcrMonths(), '2025-12')) },
  { report: 'iom-dtm-brief', month: '2024-12', model: () => iomDtmBrief.buildModel(historyOf(loadSampleIomMonths(), '2024-12')) },
];

/** Text with all white space removed: pdf.js and the outline space words differently around markers. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.each(CASES)('the tagged PDF of $report $month, read back as a screen reader does', ({ report, month, model }) => {
  let structure: PdfStructure;
  let elements: StructureElement[];
  let outline: string[];
  let htmlHeadings: string[];
  let built: BuiltModel<unknown>;

  beforeAll(async () => {
    const out = await makeTempDir();
    const result = await runCli(['--month', month, '--report', report, '--out', out, '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    const pdf = path.join(out, month, `${report}-${month}.pdf`);
    structure = await readPdfStructure(pdf);
    elements = allElements(structure.pages);
    outline = await pdfOutlineTitles(pdf);
    htmlHeadings = headingsOf(await readFile(path.join(out, month, `${report}-${month}.html`), 'utf8'));
    built = model();
  });

  it('holds each chart and map as one /Figure whose /Alt is the alt text the model generates', () => {
    const figures = elements.filter((element) => element.role === 'Figure');
    expect(figures.map((figure) => figure.alt)).toEqual(built.charts.map((chart) => chart.altText));
    // An image's inside is not spelled out: no structure element per label, the text stays in the figure.
    for (const figure of figures) expect(figure.children).toEqual([]);
  });

  it('states its language and shows its title as the window title', () => {
    expect(structure.language).toBe('en');
    expect(structure.title).toBe(built.metadata.title);
    expect(structure.displayDocTitle).toBe(true);
  });

  it('has one H1 and headings in order without skipped levels, and bookmarks that follow them', () => {
    const headings = elements.filter((element) => /^H[1-6]$/.test(element.role));
    const levels = headings.map((heading) => Number(heading.role.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level, `heading ${index + 1} "${headings[index]!.text}"`).toBeLessThanOrEqual(levels[index - 1]! + 1);
    });
    expect(headings.map((heading) => squeeze(heading.text))).toEqual(outline.map(squeeze));
  });

  it("titles each bookmark with its heading's words, spaces kept where the heading wraps", () => {
    // Letter case aside: the IOM style sheet sets headings in capitals, and so do its bookmarks.
    expect(outline.map((title) => title.toLowerCase())).toEqual(htmlHeadings.map((heading) => heading.toLowerCase()));
  });

  it('gives every data cell of every table a header cell in its row or its column', () => {
    const tables = elements.filter((element) => element.role === 'Table');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const rows = allElements(table.children)
        .filter((element) => element.role === 'TR')
        .map((row) => row.children.filter((cell) => cell.role === 'TH' || cell.role === 'TD'));
      const header = rows[0]!;
      expect(
        header.some((cell) => cell.role === 'TH'),
        `first row of the table "${table.text.slice(0, 40)}…"`,
      ).toBe(true);
      for (const row of rows.slice(1)) {
        row.forEach((cell, column) => {
          if (cell.role !== 'TD' || cell.text === '') return;
          const hasHeader = row[0]!.role === 'TH' || header[column]?.role === 'TH';
          expect(hasHeader, `cell "${cell.text}" in "${row.map((each) => each.text).join(' | ')}"`).toBe(true);
        });
      }
    }
  });

  it('keeps decoration out of the reading order: running title, page numbers, legends and separators are artifacts', () => {
    expect(structure.untaggedText).toEqual([]);
    const decoration = new Set([
      built.metadata.runningFooter,
      '·',
      '/',
      ...built.charts.flatMap((chart) => chart.legend ?? []).flatMap((item) => item.label.split(/(Kosovo)/).filter(Boolean)),
    ]);
    for (const text of structure.artifactText) {
      expect(decoration.has(text) || /^\d+$/.test(text) || /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(text), `artifact "${text}"`).toBe(true);
    }
    expect(structure.artifactText).toContain(built.metadata.runningFooter);
    const tagged = structure.pages.map((page) => page.text).join(' ');
    expect(tagged).not.toContain(built.metadata.runningFooter);
  });
});

/** The letters of the region's languages, and the words the issue names, in one note. */
const LETTERS = [
  'Čapljina, Bogovađa, Šid, Прешево, Гевгелија, Gjakovë',
  'Albanian ë Ë ç Ç',
  'Latin č Č ć Ć đ Đ š Š ž Ž dž Dž lj Lj nj Nj ǆ ǅ ǉ ǈ ǌ ǋ ś ź',
  'Serbian Ђ ђ Ћ ћ Љ љ Њ њ Џ џ Ј ј',
  'Macedonian Ѓ ѓ Ќ ќ Ѕ ѕ',
].join('; ');

describe('a build whose notes hold every letter of the region', () => {
  let out: string;

  beforeAll(async () => {
    const data = await copySampleData();
    await replaceInFile(path.join(data, '2025-12', 'unhcr-regional-update.yaml'), '    SRB: Data on arrivals', `    SRB: ${LETTERS}. Data on arrivals`);
    await replaceInFile(path.join(data, '2024-12', 'iom-dtm-brief.yaml'), '    ALB: The data for Albania', `    ALB: ${LETTERS}. The data for Albania`);
    out = await makeTempDir();
    for (const [month, report] of [
      ['2025-12', 'unhcr-regional-update'],
      ['2024-12', 'iom-dtm-brief'],
    ]) {
      const result = await runCli(['--month', month!, '--report', report!, '--data', data, '--out', out, '--quiet'], { cwd: path.dirname(data) });
      expect(result.code, result.stderr).toBe(0);
    }
  });

  it.each([
    ['2025-12', 'unhcr-regional-update'],
    ['2024-12', 'iom-dtm-brief'],
  ])('%s %s reads back exactly, in the tagged text too', async (month, report) => {
    const pdf = path.join(out, month, `${report}-${month}.pdf`);
    expect(pdfText(pdf)).toContain(LETTERS);
    const tagged = allElements((await readPdfStructure(pdf)).pages)
      .filter((element) => element.role === 'P')
      .map((element) => element.text);
    expect(tagged.some((text) => text.includes(LETTERS))).toBe(true);
  });

  it.each([
    ['2025-12', 'unhcr-regional-update'],
    ['2024-12', 'iom-dtm-brief'],
  ])('%s %s embeds the bundled Lato and no other font', (month, report) => {
    const fonts = pdfFonts(path.join(out, month, `${report}-${month}.pdf`));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+Lato-(Regular|Italic|Bold|Black)$/);
      expect(font.embedded).toBe(true);
    }
  });
});

/** The text of each <h1>…<h6> of an HTML document, tags dropped, entities decoded, white space folded. */
function headingsOf(html: string): string[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, , inner]) =>
    inner!
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
        name.startsWith('#') ? String.fromCodePoint(Number(name.startsWith('#x') ? `0x${name.slice(2)}` : name.slice(1))) : (entities[name] ?? whole),
      )
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

async function replaceInFile(file: string, search: string, replacement: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(search)) throw new Error(`${search} not found in ${file}`);
  await writeFile(file, text.replace(search, replacement));
}
