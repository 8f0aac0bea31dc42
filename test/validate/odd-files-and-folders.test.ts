import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReport } from '../../src/reports/registry.js';
import { validateMonthFile, validateMonthText } from '../../src/validate/validate-month-file.js';
import { copySampleData, runCli, SAMPLE_DATA } from '../helpers/run-cli.js';

const unhcr = findReport('unhcr-regional-update');
const december = path.join(SAMPLE_DATA, '2025-12', 'unhcr-regional-update.yaml');

describe('odd data files get a message that says what they are', () => {
  it('calls a FIFO and a link to a device "not a regular file", never a folder', async () => {
    const data = await copySampleData();
    const fifo = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    await rm(fifo);
    execFileSync('mkfifo', [fifo]);
    const asFifo = await validateMonthFile(unhcr, fifo, '2025-12');
    expect(asFifo.problems[0]!.message).toBe('this is not a regular file (it is a named pipe (FIFO))');
    await rm(fifo);
    await symlink('/dev/zero', fifo);
    const asDevice = await validateMonthFile(unhcr, fifo, '2025-12');
    expect(asDevice.problems[0]!.message).toBe('this is not a regular file (it is a device)');
    expect(asDevice.problems[0]!.hint).not.toMatch(/folder/);
  });

  it('reads old Mac line endings (CR only) as line ends, with true line numbers', async () => {
    const text = (await readFile(december, 'utf8')).replace(/\n/g, '\r');
    expect(validateMonthText(unhcr, december, text, '2025-12').problems).toEqual([]);
    const broken = text.replace('persons: 160', 'persons: many');
    const problem = validateMonthText(unhcr, december, broken, '2025-12').problems[0]!;
    const lineOfBroken = (await readFile(december, 'utf8')).split('\n').findIndex((line) => line.includes('persons: 160')) + 1;
    expect(problem.line).toBe(lineOfBroken);
  });

  it('reads a count written -0 as 0, without its sign', async () => {
    const text = (await readFile(december, 'utf8')).replace('uasc: 2\n', 'uasc: -0\n');
    const result = validateMonthText(unhcr, december, text, '2025-12');
    const uasc = (result.data as { present: { by_territory: { MKD: { uasc: number } } } }).present.by_territory.MKD.uasc;
    expect(Object.is(uasc, 0)).toBe(true);
    expect(String(uasc)).toBe('0');
  });

  it('refuses a number not written in decimal digits (YAML reads 0o110 as 72), located', async () => {
    const text = (await readFile(december, 'utf8')).replace('persons: 160', 'persons: 0o110');
    const problem = validateMonthText(unhcr, december, text, '2025-12').problems[0]!;
    expect(problem.message).toBe('the number 0o110 is not written in plain decimal digits (YAML reads it as 72)');
    expect(problem.hint).toBe('Write it as 72 if that is what you mean, or put it in quotes if it is text.');
    expect(problem.line).toBe((await readFile(december, 'utf8')).split('\n').findIndex((line) => line.includes('persons: 160')) + 1);
  });

  it('takes a note written as a folded block with letters of the region (its line breaks are white space)', async () => {
    const text = (await readFile(december, 'utf8')).replace(
      / {4}SRB: Data on arrivals in Serbia.*\n/,
      '    SRB: >\n      Podaci za Srbiju: Komesarijat za izbeglice,\n      Priština i Niš.\n',
    );
    expect(validateMonthText(unhcr, december, text, '2025-12').problems).toEqual([]);
  });

  it('names an invisible character in a refused value instead of echoing it', async () => {
    const text = (await readFile(december, 'utf8')).replace(/^contact: .*$/m, 'contact: "im\u202Eofficer"');
    const messages = validateMonthText(unhcr, december, text, '2025-12')
      .problems.map((problem) => problem.message)
      .join('\n');
    expect(messages).toContain('<U+202E>');
    expect(messages).not.toContain('\u202E');
  });

  it('warns, located, of a data_as_of far after its month, and keeps the month usable', async () => {
    const text = (await readFile(december, 'utf8')).replace(/data_as_of: .*/, 'data_as_of: 2099-01-01');
    const result = validateMonthText(unhcr, december, text, '2025-12');
    expect(result.data).toBeDefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'data_as_of', message: expect.stringMatching(/^data as of 2099-01-01 is in the future/) }),
    ]);
    expect(result.problems[0]!.line).toBeGreaterThan(1);
  });
});

describe('reception figures worth a second look', () => {
  const iom = findReport('iom-dtm-brief');
  const iomDecember = path.join(SAMPLE_DATA, '2024-12', 'iom-dtm-brief.yaml');
  it('warn, located, of more people accommodated than places, and keep the month usable', async () => {
    const text = (await readFile(iomDecember, 'utf8')).replace(
      'ALB: { facilities: 3, capacity: 400, accommodated: 120 }',
      'ALB: { facilities: 3, capacity: 400, accommodated: 600 }',
    );
    const result = validateMonthText(iom, iomDecember, text, '2024-12');
    expect(result.data).toBeDefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'reception.by_territory.ALB.accommodated',
        message: 'Albania accommodates 600, more than its capacity of 400 (150% occupancy)',
      }),
    ]);
  });
});

describe('wb-report validate sees what a build would', () => {
  it('reports a folder named almost like a month (exit 2), instead of skipping its file', async () => {
    const data = await copySampleData();
    for (const name of ['2026-1', '2025-13', '0000-01']) {
      await mkdir(path.join(data, name));
      await cp(december, path.join(data, name, 'unhcr-regional-update.yaml'));
    }
    const result = await runCli(['validate', '--data', data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2026-1: error: this folder looks like a month but is not a month written YYYY-MM');
    expect(result.stderr).toContain('2025-13: error: this folder looks like a month');
    expect(result.stderr).toContain('0000-01: error: this folder looks like a month but is outside the years wb-report accepts (2015 to 2099)');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("checks with --month the earlier months the build reads, and --strict fails on the build's warnings", async () => {
    const data = await copySampleData();
    const march = path.join(data, '2025-03', 'unhcr-regional-update.yaml');
    await writeFile(march, (await readFile(march, 'utf8')).replace(/persons: \d+/, 'persons: lots'));
    const broken = await runCli(['validate', '--data', data, '--month', '2025-12']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('2025-03/unhcr-regional-update.yaml:');

    await rm(path.join(data, '2025-03'), { recursive: true });
    const lenient = await runCli(['validate', '--data', data, '--month', '2025-12']);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('warning: No data for 2025-03');
    expect(lenient.stdout).toContain('no errors; 1 warning');
    const strict = await runCli(['validate', '--data', data, '--month', '2025-12', '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('error: No data for 2025-03');
  });
});

describe('validate --report checks one report', () => {
  it('does not take the other reports’ files for unknown ones', async () => {
    for (const report of ['unhcr-regional-update', 'iom-dtm-brief']) {
      const result = await runCli(['validate', '--report', report, '--data', SAMPLE_DATA]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).not.toContain('not a report wb-report reads');
    }
  });
});

describe('warnings point at their field', () => {
  it('locates a territory silent this month at its block, and a jump at the figure', async () => {
    const data = await copySampleData();
    const file = path.join(data, '2025-12', 'unhcr-regional-update.yaml');
    const lines = (await readFile(file, 'utf8')).split('\n');
    // Kosovo's arrivals line goes; the warning points at the block it is missing from.
    const arrivals = lines.indexOf('arrivals:');
    const block = lines.indexOf('  by_territory:', arrivals);
    const kosovo = lines.findIndex((line, index) => index > block && line.startsWith('    XKS: '));
    lines.splice(kosovo, 1);
    await writeFile(file, lines.join('\n'));
    const result = await runCli(['validate', '--data', data, '--month', '2025-12', '--report', 'unhcr-regional-update'], { cwd: path.dirname(data) });
    expect(result.code).toBe(0);
    // The block's first entry, on the line after "  by_territory:", at its indentation.
    expect(result.stderr).toContain(`data/2025-12/unhcr-regional-update.yaml:${block + 2}:5: warning: arrivals.by_territory.XKS: Kosovo has no arrivals figure`);
  });
});
