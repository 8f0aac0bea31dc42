import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { copySampleData, runCli } from '../helpers/run-cli.js';

/** The value at a key path of a YAML document, or undefined. */
function valueAt(document: Document, keys: readonly string[]): unknown {
  return document.getIn(keys);
}

/** The key paths of every value left empty ("key:" with nothing after it). */
function emptyPaths(document: Document): string[][] {
  const paths: string[][] = [];
  visit(document, {
    Pair(_key, pair, ancestors) {
      if (isScalar(pair.value) && pair.value.source === '' && pair.value.value === null) {
        paths.push([
          ...ancestors.filter((each) => 'key' in (each as object)).map((each) => String((each as { key: { value: unknown } }).key.value)),
          String((pair.key as { value: unknown }).value),
        ]);
      }
    },
  });
  return paths;
}

describe('wb-report new starts a month from the latest earlier one', () => {
  let data: string;
  let first: Awaited<ReturnType<typeof runCli>>;
  const fileOf = (report: string) => path.join(data, '2026-01', `${report}.yaml`);

  beforeAll(async () => {
    data = await copySampleData();
    first = await runCli(['new', '--month', '2026-01', '--data', data]);
  });

  it('writes each report’s file, saying where it started from and how many figures are left to type', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/wrote .*2026-01\/unhcr-regional-update\.yaml, started from 2025-12: 51 figures to type in/);
    expect(first.stdout).toMatch(/wrote .*2026-01\/iom-dtm-brief\.yaml, started from 2024-12: 76 figures to type in/);
  });

  it('carries the structure, text and lists over, and no figure, no illustrative line, no date of the old month', async () => {
    const text = await readFile(fileOf('unhcr-regional-update'), 'utf8');
    const document = parseDocument(text);
    expect(valueAt(document, ['month'])).toBe('2026-01');
    expect(valueAt(document, ['contact'])).toBe('im-officer@example.org');
    expect((valueAt(document, ['asylum', 'intention_step']) as { toJSON(): unknown }).toJSON()).toEqual(['ALB', 'BIH', 'MNE', 'SRB']);
    expect(String(valueAt(document, ['arrivals', 'notes', 'MKD']))).toMatch(/^For North Macedonia/);
    expect(text).not.toMatch(/illustrative|data_as_of|record_restarts/);
    // No number of the old month survives: the only digits are the months and the schema line.
    const lines = text.split('\n').filter((line) => !line.startsWith('#') && !/^month: /.test(line));
    expect(lines.filter((line) => /\d/.test(line))).toEqual([]);
    // The territories of the old month, each with its figure empty.
    expect(emptyPaths(document).filter((keys) => keys[0] === 'arrivals')).toEqual(['ALB', 'BIH', 'XKS', 'MNE', 'MKD', 'SRB'].map((code) => ['arrivals', 'by_territory', code]));
  });

  it('keeps the IOM annual blocks as they are and drops what belonged to the old month', async () => {
    const document = parseDocument(await readFile(fileOf('iom-dtm-brief'), 'utf8'));
    const source = parseDocument(await readFile(path.join(data, '2024-12', 'iom-dtm-brief.yaml'), 'utf8'));
    for (const block of ['returns_by_authorities', 'trafficking_permits', 'funders']) expect(document.toJS()[block]).toEqual(source.toJS()[block]);
    expect(document.toJS()).not.toHaveProperty('publication_date');
    expect(isMap(valueAt(document, ['avrr']))).toBe(true);
    expect(document.toJS().avrr).not.toHaveProperty('before_this_year');
  });

  it('never overwrites a file: a second run keeps both and exits 2', async () => {
    const before = await readFile(fileOf('unhcr-regional-update'), 'utf8');
    await writeFile(fileOf('unhcr-regional-update'), `${before}# my own line\n`);
    const again = await runCli(['new', '--month', '2026-01', '--data', data]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/kept .*unhcr-regional-update\.yaml: it exists, and `new` never overwrites a file/);
    expect(again.stderr).toMatch(/Nothing was written\.\n\s+Try: edit the existing file/);
    expect(await readFile(fileOf('unhcr-regional-update'), 'utf8')).toBe(`${before}# my own line\n`);
  });

  it('gives files that fail validation at every empty figure, located, and pass once the figures are typed in', async () => {
    const failed = await runCli(['validate', '--month', '2026-01', '--data', data]);
    expect(failed.code).toBe(2);
    for (const report of ['unhcr-regional-update', 'iom-dtm-brief']) {
      const text = await readFile(fileOf(report), 'utf8');
      const empties = emptyPaths(parseDocument(text));
      const reported = [...failed.stderr.matchAll(new RegExp(`${report}\\.yaml:(\\d+):(\\d+): error: ([\\w.]+): left empty`, 'g'))];
      expect(reported.map((match) => match[3])).toEqual(empties.map((keys) => keys.join('.')));
      // Each points at its own line, where the key stands with nothing after it.
      for (const [, line] of reported) expect(text.split('\n')[Number(line) - 1]).toMatch(/:\s*$/);
      // Typed in: each empty figure gets the old month's value at the same place (figures that passed its checks).
      const from = report === 'iom-dtm-brief' ? '2024-12' : '2025-12';
      const source = parseDocument(await readFile(path.join(data, from, `${report}.yaml`), 'utf8'));
      const document = parseDocument(text);
      for (const keys of empties) document.setIn(keys, source.getIn(keys));
      await writeFile(fileOf(report), document.toString());
    }
    const passed = await runCli(['validate', '--month', '2026-01', '--data', data]);
    expect(passed.stderr).not.toMatch(/error:/);
    expect(passed.code).toBe(0);
  });

  it('refuses a named pipe or a folder where the file would go, and a previous month with problems, writing nothing', async () => {
    const own = await copySampleData();
    await mkdir(path.join(own, '2026-02'));
    execFileSync('mkfifo', [path.join(own, '2026-02', 'unhcr-regional-update.yaml')]);
    const fifo = await runCli(['new', '--month', '2026-02', '--data', own]);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toMatch(/2026-02\/unhcr-regional-update\.yaml is a named pipe, not a file/);
    expect(await readdir(path.join(own, '2026-02'))).toEqual(['unhcr-regional-update.yaml']);
    await rm(path.join(own, '2026-02'), { recursive: true });
    const previous = path.join(own, '2025-12', 'unhcr-regional-update.yaml');
    await writeFile(previous, `${await readFile(previous, 'utf8')}bogus_field: 1\n`);
    const faulty = await runCli(['new', '--month', '2026-03', '--data', own, '--report', 'unhcr-regional-update']);
    expect(faulty.code).toBe(2);
    expect(faulty.stderr).toMatch(/2025-12\/unhcr-regional-update\.yaml:\d+:1: error: bogus_field/);
    await expect(readdir(path.join(own, '2026-03'))).rejects.toThrow();
  });

  it('a month folder it cannot make is the user’s to fix: exit 2, naming --data', async () => {
    const own = await copySampleData();
    await writeFile(path.join(own, '2026-04'), 'a file where the month folder would go');
    const result = await runCli(['new', '--month', '2026-04', '--data', own, '--report', 'unhcr-regional-update']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot write .*2026-04: a file is in the way of a folder \(EEXIST\)\.\n\s+Try: Give --data a folder/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a month that has not begun, and says when there is nothing earlier to start from', async () => {
    const future = await runCli(['new', '--month', '2099-01', '--data', data]);
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/January 2099 has not begun yet/);
    const none = await runCli(['new', '--month', '2016-01', '--data', data]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no unhcr-regional-update file before 2016-01 .* to start from/);
  });
});
