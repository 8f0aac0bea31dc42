import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySampleData, makeTempDir, ROOT, runCli } from '../helpers/run-cli.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'invalid');
/** The sample month each report's fixtures replace: the month of its reference edition. */
const MONTH_OF: Record<string, string> = { 'unhcr-regional-update': '2025-12', 'iom-dtm-brief': '2024-12' };

/**
 * Each fixture's first line says what the message must contain and where it must point:
 *   # expect: <text in the message> @ <text on the offending line, » marking the column>
 * The line and column are found in the fixture itself, not taken from the tool's output.
 */
function expectationOf(text: string): { message: string; line?: number; column?: number } {
  const header = /^# expect: (.*) @ (.*)$/m.exec(text.split('\n')[0] ?? '');
  if (!header) return { message: 'the file is empty' };
  const [, message, marker] = header as unknown as [string, string, string];
  const needle = marker.replace('»', '').replace(/\\t/g, '\t');
  const lines = text.split('\n');
  const index = lines.findIndex((line, number) => number > 0 && line.includes(needle));
  if (index < 0) throw new Error(`marker ${marker} not found`);
  return { message, line: index + 1, column: lines[index]!.indexOf(needle) + marker.indexOf('»') + 1 };
}

const fixtures = (
  await Promise.all(Object.keys(MONTH_OF).map(async (report) => (await readdir(path.join(FIXTURES, report))).filter((name) => name.endsWith('.yaml')).map((name) => `${report}/${name}`)))
).flat().sort();

describe('every invalid fixture exits 2 with a located message and writes nothing', () => {
  let goodOut: string;
  const goodPdfHash: Record<string, string> = {};

  beforeAll(async () => {
    // One good build first, so each bad one can be checked to leave it untouched.
    goodOut = await makeTempDir();
    for (const [report, month] of Object.entries(MONTH_OF)) {
      const result = await runCli(['--month', month, '--report', report, '--out', goodOut, '--quiet']);
      expect(result.code, result.stderr).toBe(0);
      goodPdfHash[report] = await hashOf(path.join(goodOut, month, `${report}-${month}.pdf`));
    }
  });

  it('has fixtures for every report, one defect each', () => {
    expect(fixtures.filter((name) => name.startsWith('unhcr-regional-update/')).length).toBeGreaterThanOrEqual(15);
    expect(fixtures.filter((name) => name.startsWith('iom-dtm-brief/')).length).toBeGreaterThanOrEqual(5);
  });

  it.concurrent.each(fixtures)('%s', async (name) => {
    const report = path.dirname(name);
    const month = MONTH_OF[report]!;
    const target = path.join(month, `${report}.yaml`);
    const text = await readFile(path.join(FIXTURES, name), 'utf8');
    const expected = expectationOf(text);
    const data = await copySampleData();
    await writeFile(path.join(data, target), text);
    const out = await makeTempDir();
    await cp(goodOut, out, { recursive: true });

    const build = await runCli(['--month', month, '--report', report, '--data', data, '--out', out], { cwd: path.dirname(data) });
    expect(build.code).toBe(2);
    const location = expected.line ? `data/${target}:${expected.line}:${expected.column}: error: ` : `data/${target}: error: `;
    expect(build.stderr).toContain(location);
    expect(build.stderr).toContain(expected.message);
    expect(build.stderr).toContain('Try');
    expect(build.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(await hashOf(path.join(out, month, `${report}-${month}.pdf`))).toBe(goodPdfHash[report]);
    expect(await readdir(path.join(out, month))).toEqual([`${report}-${month}.html`, `${report}-${month}.pdf`]);

    const validate = await runCli(['validate', '--data', data], { cwd: path.dirname(data) });
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain(location);
  });
});

describe('validation reports every problem of every file in one run', () => {
  it('lists problems from two files at once', async () => {
    const data = await copySampleData();
    for (const [month, fixture] of [['2025-12', 'negative-count.yaml'], ['2025-11', 'misspelled-field.yaml']] as const) {
      const text = (await readFile(path.join(FIXTURES, 'unhcr-regional-update', fixture), 'utf8')).replace(/month: 2025-12/, `month: ${month}`);
      await mkdir(path.join(data, month), { recursive: true });
      await writeFile(path.join(data, month, 'unhcr-regional-update.yaml'), text);
    }
    const result = await runCli(['validate', '--data', data], { cwd: path.dirname(data) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('data/2025-12/unhcr-regional-update.yaml');
    expect(result.stderr).toContain('data/2025-11/unhcr-regional-update.yaml');
    expect(result.stderr).toMatch(/The data has 3 problems/);
  });
});

async function hashOf(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}
