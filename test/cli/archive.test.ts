import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleData, runCli } from '../helpers/run-cli.js';

/** The sample data with an archive for the UNHCR update written into it. */
async function dataWithArchive(text: string): Promise<string> {
  const data = await copySampleData();
  await mkdir(path.join(data, 'archive'));
  await writeFile(path.join(data, 'archive', 'unhcr-regional-update.csv'), text);
  return data;
}

describe('the archive file is checked with the month files', () => {
  it('counts a sound archive among the files checked', async () => {
    const data = await dataWithArchive('month,territory,arrivals,applications\n2019-12,SRB,1200,30\n2019-12,BIH,850,\n');
    const result = await runCli(['validate', '--data', data], { cwd: path.dirname(data) });
    expect(result.code, result.stderr).toBe(0);
    const without = await runCli(['validate', '--data', await copySampleData()]);
    const checked = (output: string) => Number(/^(\d+) data files checked/m.exec(output)?.[1]);
    expect(checked(result.stdout)).toBe(checked(without.stdout) + 1);
  });

  it('locates its problems, and a month that is also in data/, and a build stops on them', async () => {
    const data = await dataWithArchive('month,territory,arrivals,applications\n2019-12,SER,1200,30\n2024-01,SRB,10,1\n2099-12,SRB,1,1\n');
    const result = await runCli(['validate', '--data', data], { cwd: path.dirname(data) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('data/archive/unhcr-regional-update.csv:2:9: error: "SER" is not a territory code');
    expect(result.stderr).toContain('data/archive/unhcr-regional-update.csv:3:1: error: 2024-01 is in the archive and in data/');
    expect(result.stderr).toContain('data/archive/unhcr-regional-update.csv:4:1: error: 2099-12 comes after data/ begins (2024-01); the archive holds only the months before it');
    const build = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--html', '--data', data, '--out', path.join(path.dirname(data), 'out')], {
      cwd: path.dirname(data),
    });
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('data/archive/unhcr-regional-update.csv:2:9');
  });

  it('names a file in the archive folder that is not a report archive', async () => {
    const data = await copySampleData();
    await mkdir(path.join(data, 'archive'));
    await writeFile(path.join(data, 'archive', 'unhcr-regional-updates.csv'), 'month,territory,arrivals,applications\n');
    const result = await runCli(['validate', '--data', data], { cwd: path.dirname(data) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("data/archive/unhcr-regional-updates.csv: error: this file in the archive folder is no report's archive, so it is not read");
  });
});
