import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfPageText } from '../helpers/read-pdf.js';
import { copySampleData, makeTempDir, ROOT, runCli } from '../helpers/run-cli.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'layout-2020', 'data');

/**
 * January 2020 in the 2020 dashboard, from the test's month file and an archive made to be added
 * up by hand (arrivals = base × (year − 2016) + month number, applications = month number; Serbia's
 * base is 200).
 */
describe('a month with layout: 2020 prints the three-page dashboard', () => {
  let pages: string[];
  let pdf: string;

  beforeAll(async () => {
    const out = await makeTempDir();
    const result = await runCli(['--month', '2020-01', '--data', FIXTURE, '--out', out], { cwd: path.dirname(FIXTURE) });
    expect(result.code, result.stderr).toBe(0);
    pdf = path.join(out, '2020-01', 'unhcr-regional-update-2020-01.pdf');
    pages = [1, 2, 3].map((page) => pdfPageText(pdf, page));
  });

  it('has three pages, each with its edition heading', () => {
    expect(pdfInfo(pdf).Pages).toBe('3');
    expect(pages[0]).toContain('Key figures at Regional level');
    expect(pages[0]).toContain('Mixed Migrations "new arrivals" comparison between current year and total of 2019');
    expect(pages[0]).toContain('Asylum Statistics in WB in 2020');
    expect(pages[0]).toContain('Asylum seekers, Refugees and other mixed migrations present at end of period - Demographic');
    expect(pages[1]).toContain('Evolution of mixed migrations & asylum applications during last 12 months');
    expect(pages[2]).toContain('Monthly Mixed Movements (new arrivals) 2017 - 2018 - 2019 - 2020');
    for (const page of pages) expect(page).toContain('Data as of: 31-01-2020');
  });

  it('compares January 2020 with the whole of 2019, per territory', () => {
    // Serbia 2019: 12 × 600 + (1 + … + 12) = 7,278; Kosovo 2019: 12 × 3 + 78 = 114.
    expect(pages[0]).toMatch(/Serbia\s+7,278\s+2,260/);
    expect(pages[0]).toMatch(/Kosovo\*\s+114\s+35/);
  });

  it('prints the asylum tiles and the intention-step note counted from the data', () => {
    // Intentions 2,140 + 690 + 1,105 = 3,935, with the applications of the three territories without
    // an intention step counted as intentions (95 + 14 + 36), as the edition's note says: 4,080.
    // Applications of all six 271; the ratio over the three with a step (61 + 48 + 17) / 3,935 = 3.2%.
    expect(pages[0]).toContain('4,080');
    expect(pages[0]).toContain('271');
    expect(pages[0]).toContain('3%');
    expect(pages[0]).toMatch(/\*\*\*\s*Only 3 countries are having an asylum policy with a procedure including Intention before the application to asylum\./);
  });

  it('prints who is present and the notes of the edition', () => {
    expect(pages[0]).toContain('11,950');
    expect(pages[0]).toContain('9,060 (76%)');
    expect(pages[0]).toContain('Mixed Migrations (MM) are considered as "new arrivals" or new entries of populations.');
    expect(pages[0]).toContain('* Security Council Resolution 1244 (1999)');
    expect(pages[0]).toContain('** for North Macedonia, data on arrivals are not official government data');
    expect(pages[0]).toContain('Monthly arrivals and applications from the archive');
  });

  it('totals each territory’s last twelve months', () => {
    // Serbia February-December 2019: 11 × 600 + (2 + … + 12) = 6,677, then 2,260; applications 77 + 17.
    expect(pages[1]).toContain('Last 12 months: 8,937 new arrivals · 94 asylum applications');
    expect(pages[1]).toContain('Kosovo*');
  });
});

describe('a month that restarts the record', () => {
  it('keeps the months before it out of the record: a 2024 build after the 2020 dashboard warns of no gap', async () => {
    const data = await copySampleData();
    await cp(path.join(FIXTURE, '2020-01'), path.join(data, '2020-01'), { recursive: true });
    const gaps = await runCli(['validate', '--month', '2024-06', '--strict', '--data', data], { cwd: path.dirname(data) });
    expect(gaps.code).toBe(2);
    expect(gaps.stderr).toContain('No data for 2023-01 to 2023-12 (12 months)');
    const january = path.join(data, '2024-01', 'unhcr-regional-update.yaml');
    await writeFile(january, (await readFile(january, 'utf8')).replace(/^month: 2024-01$/m, 'month: 2024-01\nrecord_restarts: true'));
    const restarted = await runCli(['validate', '--month', '2024-06', '--strict', '--data', data], { cwd: path.dirname(data) });
    expect(restarted.code, restarted.stderr).toBe(0);
    // A restart right after a month that has a file is no break: ignored, with a warning.
    const june = path.join(data, '2024-06', 'unhcr-regional-update.yaml');
    await writeFile(june, (await readFile(june, 'utf8')).replace(/^month: 2024-06$/m, 'month: 2024-06\nrecord_restarts: true'));
    await rm(path.join(data, '2024-03'), { recursive: true });
    const copied = await runCli(['validate', '--month', '2024-06', '--strict', '--data', data], { cwd: path.dirname(data) });
    expect(copied.code).toBe(2);
    expect(copied.stderr).toMatch(/2024-06\/unhcr-regional-update\.yaml:\d+:\d+: (warning|error): record_restarts: true, but the month before \(2024-05\) has a file/);
    expect(copied.stderr).toContain('No data for 2024-03');
    // The 2020 dashboard itself, with its archive-less months before it, is another matter: see above.
  });
});

describe('the archive gets the month files’ plausibility check', () => {
  it('warns, at the line of the month, of a figure more than three times up or down from the month before', async () => {
    const data = path.join(await makeTempDir(), 'data');
    await cp(FIXTURE, data, { recursive: true });
    const archive = path.join(data, 'archive', 'unhcr-regional-update.csv');
    // Serbia's June 2019: 606 with a zero too many.
    await writeFile(archive, (await readFile(archive, 'utf8')).replace('\n2019-06,SRB,606,6\n', '\n2019-06,SRB,6060,6\n'));
    const lines = (await readFile(archive, 'utf8')).split('\n');
    // At Serbia's line of June, at the arrivals cell.
    const june = lines.findIndex((line) => line.startsWith('2019-06,SRB,')) + 1;
    const result = await runCli(['--month', '2020-01', '--html', '--data', data, '--out', await makeTempDir()], { cwd: path.dirname(data) });
    expect(result.code, result.stderr).toBe(0);
    // Up into June (605 → 6,060), down out of it (6,060 → 607).
    expect(result.stderr).toContain(
      `unhcr-regional-update.csv:${june}:13: warning: Serbia's arrivals in the archive went from 605 in May 2019 to 6,060 in June 2019, more than 3 times up`,
    );
    expect(result.stderr).toContain("Serbia's arrivals in the archive went from 6,060 in June 2019 to 607 in July 2019, more than 3 times down");
    const strict = await runCli(['--month', '2020-01', '--html', '--strict', '--data', data, '--out', await makeTempDir()], { cwd: path.dirname(data) });
    expect(strict.code).toBe(2);
  }, 60_000);
});
