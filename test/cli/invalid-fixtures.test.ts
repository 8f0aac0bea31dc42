import { existsSync, readdirSync } from 'node:fs';
import { REPORTS } from '../../src/reports/registry.js';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySampleData, makeTempDir, ROOT, runCli, SAMPLE_DATA } from '../helpers/run-cli.js';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'invalid');
/** Each report's reference month: the latest month of the reference data that holds its file. */
const MONTH_OF: Record<string, string> = Object.fromEntries(
  REPORTS.map((report) => [
    report.id,
    readdirSync(SAMPLE_DATA)
      .filter((month) => existsSync(path.join(SAMPLE_DATA, month, `${report.id}.yaml`)))
      .sort()
      .at(-1)!,
  ]),
);

/**
 * Each fixture's first line says what the message must contain and where it must point:
 *   # expect: <text in the message> @ <text on the offending line, » marking the column>
 * or "@ LINE:COLUMN" where no marker can be typed (bytes that are not UTF-8). An optional
 * "# folder: YYYY-MM" line puts the fixture in another month's folder. The line and column
 * are found in the fixture itself, not taken from the tool's output. An optional
 *   # try: <text in the hint>
 * line says what the "Try:" line under the message must say.
 */
function expectationOf(text: string): { message: string; line?: number; column?: number } {
  const header = /^# expect: (.*) @ (.*)$/m.exec(text.split('\n')[0] ?? '');
  if (!header) return { message: 'the file is empty' };
  const [, message, marker] = header as unknown as [string, string, string];
  const explicit = /^(\d+):(\d+)$/.exec(marker);
  if (explicit) return { message, line: Number(explicit[1]), column: Number(explicit[2]) };
  const needle = marker.replace('»', '').replace(/\\t/g, '\t');
  const lines = text.split('\n');
  const index = lines.findIndex((line, number) => number > 0 && line.includes(needle));
  if (index < 0) throw new Error(`marker ${marker} not found`);
  return { message, line: index + 1, column: lines[index]!.indexOf(needle) + marker.indexOf('»') + 1 };
}

const fixtures = (
  await Promise.all(
    Object.keys(MONTH_OF).map(async (report) => (await readdir(path.join(FIXTURES, report))).filter((name) => name.endsWith('.yaml')).map((name) => `${report}/${name}`)),
  )
)
  .flat()
  .sort();

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

  it('has at least 30 fixtures across the reports, one defect each', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(fixtures.filter((name) => name.startsWith('iom-dtm-brief/')).length).toBeGreaterThanOrEqual(8);
  });

  // Three defects that are not a file's content, made here rather than committed.
  it.concurrent.each([
    [
      'a file of 10 MB',
      async (data: string) => writeFile(path.join(data, '2025-12', 'unhcr-regional-update.yaml'), `${'# padding\n'.repeat(1_000_000)}report: unhcr-regional-update\n`),
      'data/2025-12/unhcr-regional-update.yaml: error: the file is 9.5 MB',
    ],
    [
      'a folder where the file should be',
      async (data: string) => {
        await rm(path.join(data, '2025-12', 'unhcr-regional-update.yaml'));
        await mkdir(path.join(data, '2025-12', 'unhcr-regional-update.yaml'));
      },
      'data/2025-12/unhcr-regional-update.yaml: error: this is a folder, not a file',
    ],
    [
      'a data folder with no months',
      async (data: string) => {
        await rm(data, { recursive: true });
        await mkdir(path.join(data, 'notes'), { recursive: true });
      },
      'has no month folders',
    ],
  ] as const)('%s', async (_name, make, message) => {
    const data = await copySampleData();
    await make(data);
    const out = await makeTempDir();
    await cp(goodOut, out, { recursive: true });
    const build = await runCli(['--month', '2025-12', '--report', 'unhcr-regional-update', '--data', data, '--out', out], { cwd: path.dirname(data) });
    expect(build.code).toBe(2);
    expect(build.stderr).toContain(message);
    expect(build.stderr).toContain('Try');
    expect(await listFiles(out)).toEqual(await listFiles(goodOut));
    expect(await hashOf(path.join(out, '2025-12', 'unhcr-regional-update-2025-12.pdf'))).toBe(goodPdfHash['unhcr-regional-update']);
  });

  it.concurrent.each(fixtures)('%s', async (name) => {
    const report = path.dirname(name);
    const bytes = await readFile(path.join(FIXTURES, name));
    const text = bytes.toString('utf8');
    const month = /^# folder: (\d{4}-\d{2})$/m.exec(text)?.[1] ?? MONTH_OF[report]!;
    const target = path.join(month, `${report}.yaml`);
    const expected = expectationOf(text);
    const data = await copySampleData();
    await mkdir(path.join(data, month), { recursive: true });
    await writeFile(path.join(data, target), bytes);
    const out = await makeTempDir();
    await cp(goodOut, out, { recursive: true });

    const build = await runCli(['--month', month, '--report', report, '--data', data, '--out', out], { cwd: path.dirname(data) });
    expect(build.code).toBe(2);
    const location = expected.line ? `data/${target}:${expected.line}:${expected.column}: error: ` : `data/${target}: error: `;
    expect(build.stderr).toContain(location);
    expect(build.stderr).toContain(expected.message);
    expect(build.stderr).toContain('Try');
    const hint = /^# try: (.*)$/m.exec(text)?.[1];
    if (hint) {
      // The hint belongs to this message: the line right under it.
      const lines = build.stderr.split('\n');
      const at = lines.findIndex((line) => line.includes(expected.message));
      expect(lines[at + 1]).toMatch(/^ {2}Try: /);
      expect(lines[at + 1]).toContain(hint);
    }
    expect(build.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    // Earlier outputs are untouched and nothing new appears.
    const reference = MONTH_OF[report]!;
    expect(await hashOf(path.join(out, reference, `${report}-${reference}.pdf`))).toBe(goodPdfHash[report]);
    expect(await listFiles(out)).toEqual(await listFiles(goodOut));

    const validate = await runCli(['validate', '--data', data], { cwd: path.dirname(data) });
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain(location);
  });
});

describe('validation reports every problem of every file in one run', () => {
  it('lists problems from two files at once', async () => {
    const data = await copySampleData();
    for (const [month, fixture] of [
      ['2025-12', 'negative-count.yaml'],
      ['2025-11', 'misspelled-field.yaml'],
    ] as const) {
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

/** Every file below a folder with its size and hash, to prove a failed build left it as it was. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return (await Promise.all(files.map(async (file) => `${path.relative(dir, file)} ${await hashOf(file)}`))).sort();
}

async function hashOf(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}
