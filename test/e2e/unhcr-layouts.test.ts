import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../helpers/read-pdf.js';
import { copySampleData, makeTempDir, runCli } from '../helpers/run-cli.js';

/**
 * January 2024 printed in the 2023-24 layout. The month's file is the reference one with
 * `layout: 2023`; a January 2023 file (a copy with the estimate 1,140, an input chosen so the
 * edition's "14% more" comes out) gives the comparison the edition prints.
 */
describe('a month with layout: 2023 prints the sentences of the 2023-24 editions', () => {
  let text: string;
  let pdf: string;

  beforeAll(async () => {
    const data = await copySampleData();
    const january = path.join(data, '2024-01', 'unhcr-regional-update.yaml');
    const original = await readFile(january, 'utf8');
    await writeFile(january, original.replace(/^month: 2024-01$/m, 'month: 2024-01\nlayout: 2023'));
    await mkdir(path.join(data, '2023-01'));
    const lastYear = original
      .replace(/^month: 2024-01$/m, 'month: 2023-01')
      .replace(/^data_as_of: 2024-01-31$/m, 'data_as_of: 2023-01-31')
      .replace(/^ {2}persons: 1300$/m, '  persons: 1140');
    expect(lastYear).toContain('persons: 1140');
    await writeFile(path.join(data, '2023-01', 'unhcr-regional-update.yaml'), lastYear);
    const out = await makeTempDir();
    const result = await runCli(['--month', '2024-01', '--report', 'unhcr-regional-update', '--data', data, '--out', out], { cwd: path.dirname(data) });
    expect(result.code, result.stderr).toBe(0);
    pdf = path.join(out, '2024-01', 'unhcr-regional-update-2024-01.pdf');
    text = pdfText(pdf);
  });

  it('words the estimate and the persons present as the January 2024 edition does', () => {
    for (const sentence of [
      'In January 2024, some 1,300 refugees and migrants were estimated to have transited through the Western Balkans as part of mixed movements, 14% more than in the same period last year.',
      'how many persons are a part of mixed movements (MMs) in a given time period.',
      'Some 4,800 persons were present in the Western Balkans as of end January 2024, including 290 unaccompanied and separated children (UASC).',
      // Kosovo carries its marker in running text, as everywhere in the reports.
      'Of these, 56% were present in Bosnia and Herzegovina, followed by Serbia (30%), Kosovo* (four per cent) and in Albania, Montenegro & North Macedonia (three per cent each). This also includes estimated number of persons present outside government',
      'accommodated in government-run centres; IOM-run centres, asylum-seekers and persons granted international protection in asylum centres and persons on the move in transit centres.',
      '4 countries are having an asylum policy with a procedure including Intention before the application to asylum (Albania, Bosnia and Herzegovina, Montenegro, and Serbia).',
    ]) {
      expect(text).toContain(sentence);
    }
  });

  it('keeps the exact figures in headings and boxes, and the edition’s headings', () => {
    expect(text).toContain('Forcibly Displaced and Stateless People presents at the end of January in each country: 4,800');
    // The box's label and figure (the text reads the label before the chart beside it).
    expect(text).toContain('Estimation of Persons of concern in Mixed Movement in the region in January 2024:');
    expect(text).toContain('Forcibly Displaced and Stateless People presents at the end of January: 4,800');
    expect(text).toContain('Forcibly Displaced and Stateless People presents at the end of reporting period by month:');
    expect(text).toContain('New Arrivals to each country in January 2024');
    expect(text).toContain('* Includes Serbia and Kosovo (S/RES/1244 [1999]).');
    expect(text).toContain('** For North Macedonia, data on arrivals are not official government data');
    expect(text).not.toContain('reflecting');
    expect(text).not.toContain('²');
  });

  it('fits on two pages', () => {
    expect(pdfInfo(pdf).Pages).toBe('2');
  });
});
