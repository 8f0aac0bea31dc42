import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, pdfInfo, pdfOutlineTitles, pdfText } from '../helpers/read-pdf.js';
import { allElements, readPdfStructure, type PdfStructure } from '../helpers/read-pdf-structure.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const CHROMIUM = '/usr/bin/chromium';

/** What a reader and a screen reader get from a PDF, to compare two browsers' prints of one report. */
interface Printed {
  text: string;
  pages: string;
  fonts: string[];
  outline: string[];
  structure: PdfStructure;
}

async function print(browser: string, report: string, month: string): Promise<Printed> {
  const out = await makeTempDir();
  const result = await runCli(['--month', month, '--report', report, '--chrome', browser, '--out', out, '--quiet']);
  expect(result.code, result.stderr).toBe(0);
  const pdf = path.join(out, month, `${report}-${month}.pdf`);
  return {
    text: pdfText(pdf),
    pages: pdfInfo(pdf).Pages!,
    fonts: pdfFonts(pdf).map((font) => `${font.name.replace(/^[A-Z]{6}\+/, '')} ${font.embedded ? 'embedded' : 'not embedded'}`),
    outline: await pdfOutlineTitles(pdf),
    structure: await readPdfStructure(pdf),
  };
}

/**
 * wb-report prints with Debian's chromium-headless-shell when it is installed (faster to start
 * and print) and falls back to full Chromium. Both must give the same publication: the same
 * text, pages, outline, tags with their alt text, and embedded fonts. `npm run setup` installs
 * both, so a machine without either fails here rather than skipping.
 */
describe.each([
  ['unhcr-regional-update', '2025-12'],
  ['iom-dtm-brief', '2024-12'],
])('%s %s printed by the headless shell and by Chromium', (report, month) => {
  let shell: Printed;
  let chromium: Printed;

  beforeAll(async () => {
    expect(existsSync(HEADLESS_SHELL), `${HEADLESS_SHELL} is missing; run npm run setup`).toBe(true);
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing; run npm run setup`).toBe(true);
    shell = await print(HEADLESS_SHELL, report, month);
    chromium = await print(CHROMIUM, report, month);
  });

  it('has the same text and pages', () => {
    expect(shell.text.length).toBeGreaterThan(1000);
    expect(shell.text).toBe(chromium.text);
    expect(shell.pages).toBe(chromium.pages);
  });

  it('embeds the same fonts and keeps the same outline', () => {
    expect(shell.fonts.length).toBeGreaterThan(0);
    expect(shell.fonts.every((font) => font.endsWith(' embedded'))).toBe(true);
    expect([...new Set(shell.fonts)].sort()).toEqual([...new Set(chromium.fonts)].sort());
    expect(shell.outline).toEqual(chromium.outline);
  });

  it('has the same tags, alt text and language, and no untagged text', () => {
    const roles = (structure: PdfStructure) => allElements(structure.pages).map((element) => `${element.role}${element.alt ? `: ${element.alt}` : ''}`);
    expect(roles(shell.structure).length).toBeGreaterThan(20);
    expect(roles(shell.structure)).toEqual(roles(chromium.structure));
    expect(shell.structure.language).toBe(chromium.structure.language);
    expect(shell.structure.untaggedText).toEqual([]);
  });
});
