import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleData, makeTempDir, runCli } from '../helpers/run-cli.js';

describe('building a range of months on one browser', () => {
  it('builds the good months, reports the broken one, and exits non-zero', async () => {
    const data = await copySampleData();
    // The last month of the range: no other month of the range reads it as history.
    const broken = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    await writeFile(broken, (await readFile(broken, 'utf8')).replace('  persons: 864', '  persons: -864'));
    const out = await makeTempDir();
    const result = await runCli(['--from', '2025-10', '--to', '2025-12', '--data', data, '--out', out], { cwd: path.dirname(data) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('failed: 2025-12 unhcr-regional-update');
    expect(result.stderr).toMatch(/data\/2025-12\/unhcr-regional-update\.yaml:\d+:\d+: error: regional_estimate\.persons: must be 0 or more, found -864/);
    // Three months of the UNHCR report, two built; the IOM brief has no data from 2025-10 on.
    expect(result.stdout).toContain('built 2, skipped 3 (no data), failed 1');
    expect((await readdir(out, { recursive: true })).filter((name) => name.endsWith('.pdf')).sort()).toEqual([
      '2025-10/unhcr-regional-update-2025-10.pdf',
      '2025-11/unhcr-regional-update-2025-11.pdf',
    ]);
  });

  it('counts as skipped under --all only the reports missing from a month that has data, not the months between the data', async () => {
    const result = await runCli(['--all', '--html', '--out', await makeTempDir()]);
    expect(result.code, result.stderr).toBe(0);
    // The reference months: the UNHCR update lacks 2023-12, the IOM brief 2025-01 to 2025-12.
    expect(result.stdout).toMatch(/built 37, skipped 13 \(no data\), failed 0/);
    // With a month of its own four years before, the empty years between are not skipped months.
    const data = await copySampleData();
    await mkdir(path.join(data, '2020-01'));
    await cp(path.join(data, '2023-12', 'iom-dtm-brief.yaml'), path.join(data, '2020-01', 'iom-dtm-brief.yaml'));
    const file = path.join(data, '2020-01', 'iom-dtm-brief.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('month: 2023-12', 'month: 2020-01'));
    const wide = await runCli(['--all', '--html', '--report', 'iom-dtm-brief', '--data', data, '--out', await makeTempDir()], { cwd: path.dirname(data) });
    expect(wide.stdout).toMatch(/built 14, skipped 0 \(no data\), failed 0/);
  }, 120_000);

  it('says a warning about a month that several built months read once, not once per month', async () => {
    const data = await copySampleData();
    const march = path.join(data, '2025-03', 'unhcr-regional-update.yaml');
    // Serbia silent in March 2025: every later month of 2025 reads March for its year to date.
    await writeFile(march, (await readFile(march, 'utf8')).replace(/\n {4}SRB: \d+\n/, '\n'));
    const result = await runCli(['--from', '2025-04', '--to', '2025-12', '--html', '--report', 'unhcr-regional-update', '--data', data, '--out', await makeTempDir()], {
      cwd: path.dirname(data),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.match(/Serbia has no arrivals figure for 2025-03/g)).toHaveLength(1);
    expect(result.stdout).toContain('built 9, skipped 0 (no data), failed 0, 1 warning');
  }, 60_000);

  it('writes the same bytes with --jobs 1 and --jobs 3, and the same as a single-month build', async () => {
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const [one, three, single] = [await makeTempDir(), await makeTempDir(), await makeTempDir()];
    const sequential = await runCli(['--from', '2024-10', '--to', '2024-12', '--jobs', '1', '--out', one], { env });
    expect(sequential.code).toBe(0);
    // Not a terminal: one plain line per month as it ends (months overlap, so in any order),
    // with the count of reports done and the time left.
    const lines = sequential.stdout.split('\n').filter((line) => /^\d{4}-\d{2}: /.test(line));
    expect(lines.map((line) => line.slice(0, 7)).sort()).toEqual(['2024-10', '2024-11', '2024-12']);
    for (const [index, line] of lines.slice(0, 2).entries()) expect(line).toMatch(new RegExp(`^2024-1[012]: built \\(${2 * (index + 1)}/6 reports, about \\d+ s left\\)$`));
    expect(lines[2]).toMatch(/^2024-1[012]: built \(6\/6 reports\)$/);
    expect((await runCli(['--from', '2024-10', '--to', '2024-12', '--jobs', '3', '--out', three], { env })).code).toBe(0);
    expect((await runCli(['--month', '2024-12', '--out', single], { env })).code).toBe(0);
    const files = (await readdir(one, { recursive: true })).filter((name) => /\.(pdf|html)$/.test(name)).sort();
    expect(files).toHaveLength(12);
    expect((await readdir(three, { recursive: true })).filter((name) => /\.(pdf|html)$/.test(name)).sort()).toEqual(files);
    for (const name of files) {
      expect(Buffer.compare(await readFile(path.join(one, name)), await readFile(path.join(three, name))), name).toBe(0);
      if (name.startsWith('2024-12')) expect(Buffer.compare(await readFile(path.join(one, name)), await readFile(path.join(single, name))), name).toBe(0);
    }
  }, 120_000);

  it('refuses a --jobs that is not a whole number from 1 to 32', async () => {
    for (const jobs of ['0', 'two', '1.5', '33', 'Infinity']) {
      const result = await runCli(['--month', '2025-12', '--jobs', jobs, '--html', '--out', await makeTempDir()]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--jobs "${jobs}" is not a whole number from 1 to 32`);
      expect(result.stderr).toContain('Try a whole number from 1 to 32');
    }
  });

  it('refuses --month together with a range, and a range that runs backwards', async () => {
    expect((await runCli(['--month', '2025-12', '--all', '--html'])).code).toBe(2);
    const backwards = await runCli(['--from', '2025-12', '--to', '2025-01', '--html']);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('comes after');
  });
});
