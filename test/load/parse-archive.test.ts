import { describe, expect, it } from 'vitest';
import { parseArchive } from '../../src/load/parse-archive.js';

const FILE = 'data/archive/unhcr-regional-update.csv';

describe('the archive of months before data/ begins', () => {
  it('reads each month’s figures by territory, an empty cell as not known', () => {
    const { months, problems } = parseArchive(FILE, '\uFEFFmonth,territory,arrivals,applications\r\n2019-12,SRB,1200,30\r\n2019-12, BIH ,850,\r\n2019-11,SRB,,12\r\n\r\n');
    expect(problems).toEqual([]);
    expect(months.get('2019-12')).toEqual({ SRB: { arrivals: 1200, applications: 30 }, BIH: { arrivals: 850 } });
    expect(months.get('2019-11')).toEqual({ SRB: { applications: 12 } });
  });

  it('skips # comments anywhere, reads "# illustrative: why" as the sample note, and still locates by the file’s lines', () => {
    const text = [
      '# Filled in from the 2019 editions; "quotes" and ; semicolons are fine in a comment.',
      '# illustrative: Monthly figures for 2019 were filled in for the sample.',
      'month,territory,arrivals,applications',
      '# Serbia first',
      '2019-12,SRB,1200,30',
      '2019-12,XYZ,1,2',
    ].join('\n');
    const { months, problems, illustrative } = parseArchive(FILE, text);
    expect(months.get('2019-12')).toEqual({ SRB: { arrivals: 1200, applications: 30 } });
    expect(illustrative).toBe('Monthly figures for 2019 were filled in for the sample.');
    expect(problems.map(({ line, column }) => `${line}:${column}`)).toEqual(['6:9']);
  });

  it('refuses an empty illustrative note, with or without a space before the colon, and reads -0 as 0', () => {
    const text = ['# illustrative:', '# Illustrative :  ', 'month,territory,arrivals,applications', '2019-12,SRB,-0,0'].join('\n');
    const { problems, months, illustrative } = parseArchive(FILE, text);
    expect(problems.map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual(['1:16 the illustrative note is empty', '2:17 the illustrative note is empty']);
    expect(illustrative).toBeUndefined();
    expect(months.get('2019-12')).toEqual({ SRB: { arrivals: 0, applications: 0 } });
  });

  it('takes no note from an archive without one, and calls a file of comments only empty', () => {
    expect(parseArchive(FILE, 'month,territory,arrivals,applications\n2019-12,SRB,1,2\n').illustrative).toBeUndefined();
    expect(parseArchive(FILE, '# nothing yet\n\n').problems.map((problem) => problem.message)).toEqual(['the file is empty']);
    expect(parseArchive(FILE, '# a note\nmonth;territory\n').problems.map(({ line, message }) => `${line} ${message}`)).toEqual([
      '2 separates its cells with semicolons; the archive uses commas',
    ]);
  });

  it('locates every problem at its line and column, and reads on', () => {
    const text = [
      'month,territory,arrivals,applications',
      '2019-13,SRB,1,2',
      '2019-12,SER,1,2',
      '2019-12,SRB,1 200,2',
      '2019-12,SRB,-4,2',
      '2019-12,BIH,1',
      '2019-11,ALB,3,4',
      '2019-11,ALB,5,6',
    ].join('\n');
    const { problems, months } = parseArchive(FILE, text);
    expect(problems.map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual([
      '2:1 "2019-13" is not a month written YYYY-MM (such as 2025-12)',
      '3:9 "SER" is not a territory code',
      '4:13 arrivals must be a whole number from 0 to 1,000,000,000, found "1 200"',
      '5:13 arrivals must be a whole number from 0 to 1,000,000,000, found "-4"',
      '6:1 has 3 cells, not 4',
      '8:9 2019-11 ALB appears twice (first on line 7)',
    ]);
    expect(problems.every((problem) => problem.file === FILE && problem.severity === 'error' && problem.hint)).toBe(true);
    expect(months.get('2019-11')).toEqual({ ALB: { arrivals: 3, applications: 4 } });
  });

  it('says what a spreadsheet export put in, rather than counting cells', () => {
    const described = (text: string) => parseArchive(FILE, text).problems.map(({ line, column, message }) => `${line}:${column} ${message}`);
    const header = 'month,territory,arrivals,applications\n';
    expect(described(`${header}"2019-12","SRB","1,200",30\n`)).toEqual(['2:1 holds quotes ("): the archive\'s cells are plain']);
    expect(described('month;territory;arrivals;applications\n')).toEqual(['1:6 separates its cells with semicolons; the archive uses commas']);
    expect(described(`${header}2019-12,SRB,1200,30,\n`)).toEqual(['2:20 ends with a comma, which makes a fifth cell']);
    expect(described(`${header}2019-12,ALB\u200B,1,2\n`)).toEqual(['2:9 "ALB<U+200B>" is not a territory code']);
    expect(described('  \n')).toEqual(['1:1 the file is empty']);
    // Line ends of any system.
    expect(parseArchive(FILE, 'month,territory,arrivals,applications\r2019-12,SRB,5,6\r').months.get('2019-12')).toEqual({ SRB: { arrivals: 5, applications: 6 } });
  });

  it('asks for the header row first', () => {
    const { problems } = parseArchive(FILE, '2019-12,SRB,1200,30\n');
    expect(problems[0]).toMatchObject({ line: 1, column: 1, message: 'the first line must name the columns month,territory,arrivals,applications' });
  });
});
