import { describe, expect, it } from 'vitest';
import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySampleData, makeTempDir, ROOT, runCli } from '../helpers/run-cli.js';

describe('command line usage', () => {
  it('shows examples in --help and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wb-report --month 2025-12');
    expect(result.stdout).toContain('Exit codes');
  });

  it('rejects a malformed month with exit 2 and the expected form', async () => {
    const result = await runCli(['--month', '2025-13', '--html']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--month "2025-13" is not a month');
    expect(result.stderr).toContain('YYYY-MM');
  });

  it('rejects an unknown report with exit 2 and lists the known ones', async () => {
    const result = await runCli(['--month', '2025-12', '--report', 'nope', '--html']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown report "nope"');
    expect(result.stderr).toContain('unhcr-regional-update');
  });

  it('says which file is missing for a month without data, exit 2', async () => {
    const out = await makeTempDir();
    const result = await runCli(['--month', '2023-05', '--html', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2023-05');
  });

  it('validates the sample data without a problem', async () => {
    const result = await runCli(['validate']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\d+ data files checked, no problems found/);
  });

  it('warns about a missing month, and fails on it under --strict', async () => {
    const data = await copySampleData();
    const { rm } = await import('node:fs/promises');
    await rm(`${data}/2025-06`, { recursive: true });
    const out = await makeTempDir();
    const lenient = await runCli(['--month', '2025-12', '--html', '--data', data, '--out', out]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('data/2025-12/unhcr-regional-update.yaml: warning: No data for 2025-06:');
    expect(lenient.stderr).toContain('\n  Try: Add 2025-06/unhcr-regional-update.yaml to the data folder, or accept n/a');
    const strict = await runCli(['--month', '2025-12', '--html', '--strict', '--data', data, '--out', out]);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('No data for 2025-06');
  });

  it('reports a list used as a key in its place, and no raw library warning reaches the terminal', async () => {
    const data = await copySampleData();
    const { appendFile } = await import('node:fs/promises');
    await appendFile(`${data}/2025-12/unhcr-regional-update.yaml`, '? [a, b]\n: 1\n');
    const result = await runCli(['validate', '--month', '2025-12', '--data', data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unhcr-regional-update\.yaml:\d+:1: error: .*unknown field "\[ a, b \]"/);
    expect(result.stderr).not.toContain('(node:');
    expect(result.stderr).not.toContain('Warning:');
  });

  it.each(['../2025-12', '2025-12/../../etc', '2025-00', '25-12', ''])('refuses --month %j before touching anything', async (month) => {
    const result = await runCli(['--month', month, '--html', '--out', await makeTempDir()]);
    expect(result.code).toBe(2);
  });

  it('writes only the files of the reports it builds, inside --out, and leaves the rest alone', async () => {
    const out = await makeTempDir();
    const { mkdir, writeFile, readFile, readdir } = await import('node:fs/promises');
    await mkdir(`${out}/2025-12`, { recursive: true });
    await writeFile(`${out}/notes.txt`, 'mine');
    await writeFile(`${out}/2025-12/iom-dtm-brief-2025-12.pdf`, 'an older report of another kind');
    const result = await runCli(['--month', '2025-12', '--html', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(`${out}/notes.txt`, 'utf8')).toBe('mine');
    expect(await readFile(`${out}/2025-12/iom-dtm-brief-2025-12.pdf`, 'utf8')).toBe('an older report of another kind');
    expect((await readdir(out, { recursive: true })).sort()).toEqual([
      '2025-12',
      '2025-12/iom-dtm-brief-2025-12.pdf',
      '2025-12/unhcr-regional-update-2025-12.csv',
      '2025-12/unhcr-regional-update-2025-12.html',
      'notes.txt',
    ]);
  });

  it('names a template folder without its style.css (exit 1), not a crash', async () => {
    const templates = await makeTempDir();
    await cp(path.join(ROOT, 'templates'), templates, { recursive: true });
    await rm(path.join(templates, 'unhcr-regional-update', '2025', 'style.css'));
    const result = await runCli(['--month', '2025-12', '--html', '--templates', templates, '--out', await makeTempDir()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unhcr-regional-update/2025/style.css: the template folder has no style.css');
    expect(result.stderr).not.toMatch(/This is a bug|\n\s+at /);
  });

  it('places a template error at its line and column, from the Handlebars exception', async () => {
    const templates = await makeTempDir();
    await cp(path.join(ROOT, 'templates'), templates, { recursive: true });
    const report = path.join(templates, 'unhcr-regional-update', '2025', 'report.hbs');
    await writeFile(report, '<p>a</p>\n{{#if year}}\n  {{/each}}\n');
    const mismatched = await runCli(['--month', '2025-12', '--html', '--templates', templates, '--out', await makeTempDir()]);
    expect(mismatched.code).toBe(1);
    expect(mismatched.stderr).toMatch(/unhcr-regional-update\/2025\/report\.hbs:2:\d+: the template does not compile: if doesn't match each/);
    await writeFile(report, '<p>a</p>\n<p>{{#if}</p>\n');
    const unparsable = await runCli(['--month', '2025-12', '--html', '--templates', templates, '--out', await makeTempDir()]);
    expect(unparsable.stderr).toMatch(/unhcr-regional-update\/2025\/report\.hbs:2: the template does not compile: Parse error on line 2/);
  });
});
