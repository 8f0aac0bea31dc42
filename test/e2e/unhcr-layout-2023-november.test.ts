import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthRange } from '../../src/core/months.js';
import { pdfText } from '../helpers/read-pdf.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

/**
 * The November 2023 edition in the 2023 layout, from a record written here: January 2022 to
 * November 2023, with inputs chosen by hand so the edition's figures come out: estimates adding
 * up to 30,214 for January-November 2023 and 35,133 a year before (14.0% less); intentions of
 * 35,600 and applications of 1,178 (3.3%); 8,435 present at the end of November, split 5,651 /
 * 2,193 / 169 × 3 / 84 (67 / 26 / 2 / 2 / 2 / 1 per cent), with 326 UASC.
 */
function monthFile(month: string) {
  const november2023 = month === '2023-11';
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5))];
  const last = number === 11;
  const present = november2023
    ? { ALB: [169, 10], BIH: [2_193, 100], XKS: [169, 6], MNE: [169, 6], MKD: [84, 4], SRB: [5_651, 200] }
    : { ALB: [100, 5], BIH: [100, 5], XKS: [100, 5], MNE: [100, 5], MKD: [100, 5], SRB: [100, 5] };
  return stringify({
    report: 'unhcr-regional-update',
    month,
    layout: 2023,
    regional_estimate: { persons: year === 2023 ? (last ? 2_744 : 2_747) : last ? 3_193 : 3_194 },
    arrivals: { by_territory: { ALB: 100, BIH: 100, XKS: 100, MNE: 100, MKD: 100, SRB: 100 } },
    asylum: {
      intention_step: ['ALB', 'BIH', 'MNE', 'SRB'],
      by_territory: {
        ALB: { intentions: 0, applications: 0 },
        BIH: { intentions: 0, applications: 0 },
        XKS: { applications: 0 },
        MNE: { intentions: 0, applications: 0 },
        MKD: { applications: 0 },
        SRB: { intentions: last ? 3_240 : 3_236, applications: last ? 108 : 107 },
      },
    },
    present: { by_territory: Object.fromEntries(Object.entries(present).map(([code, [persons, uasc]]) => [code, { persons, uasc }])) },
  });
}

describe('the November 2023 edition, printed in the 2023 layout from inputs that give its figures', () => {
  let text: string;

  beforeAll(async () => {
    const root = await makeTempDir();
    for (const month of monthRange('2022-01', '2023-11')) {
      await mkdir(path.join(root, 'data', month), { recursive: true });
      await writeFile(path.join(root, 'data', month, 'unhcr-regional-update.yaml'), monthFile(month));
    }
    const out = path.join(root, 'output');
    const result = await runCli(['--month', '2023-11', '--report', 'unhcr-regional-update', '--out', out], { cwd: root });
    expect(result.code, result.stderr).toBe(0);
    text = pdfText(path.join(out, '2023-11', 'unhcr-regional-update-2023-11.pdf'));
  });

  it('prints the edition’s sentences', () => {
    for (const sentence of [
      'Between January and November 2023, some 30,200 refugees and migrants were estimated to have transited through the Western Balkans as part of mixed movements, 14% less than in the same period last year.',
      'Some 8,400 persons were present in the Western Balkans as of end November 2023, including 326 unaccompanied and separated children (UASC).',
      'Of these, 67% were present in Serbia, followed by Bosnia and Herzegovina (26%), Albania, Kosovo* & Montenegro (two per cent each) and North Macedonia (one per cent).',
      '4 countries are having an asylum policy with a procedure including Intention before the application to asylum (Albania, Bosnia and Herzegovina, Montenegro, and Serbia).',
    ]) {
      expect(text).toContain(sentence);
    }
  });

  it('keeps the exact figures in the boxes and headings', () => {
    expect(text).toContain('Estimation of Persons of concern in Mixed Movement in the region as of 30 November:');
    expect(text).toContain('30,214');
    expect(text).toContain('Forcibly Displaced and Stateless People presents at the end of November in each country: 8,435');
    expect(text).toContain('Number of unaccompanied or separated children present at end of the reporting period: 326');
    expect(text).toContain('New Arrivals to each country from January to November 2023');
    expect(text).toContain('Asylum statistics in the Western Balkans in 2023');
    for (const figure of ['35,600', '1,178', '3%']) expect(text).toContain(figure);
  });
});
