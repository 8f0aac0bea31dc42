import type { DataProblem } from '../core/errors.js';
import { describeNotAMonth, isYearMonth, type YearMonth } from '../core/months.js';
import { TERRITORY_CODES, type TerritoryCode } from '../core/territories.js';
import { MAX_COUNT } from '../core/max-count.js';
import { codePointOf, isInvisible } from '../core/find-invisible-characters.js';

/** The archive's columns, in order, as its header row names them. */
export const ARCHIVE_COLUMNS = ['month', 'territory', 'arrivals', 'applications'] as const;

/** One territory's figures for one archived month; a figure left empty is not known. */
export interface ArchivedFigures {
  arrivals?: number;
  applications?: number;
}

/** The archive read: each month's figures by territory, and every problem found, located. */
export interface ParsedArchive {
  months: Map<YearMonth, Partial<Record<TerritoryCode, ArchivedFigures>>>;
  /** The line each month first appears on, to locate problems about the month as a whole. */
  lines: Map<YearMonth, number>;
  /** Where each month and territory's line and figures are ("2019-12 SRB"), to locate a problem about one figure. */
  cells?: Map<string, { line: number; arrivals: number; applications: number }>;
  problems: DataProblem[];
  /** The note of a "# illustrative: …" comment line: the figures were filled in, not published. */
  illustrative?: string;
}

/**
 * Reads a report's archive, a CSV of the months before data/ begins:
 *   month,territory,arrivals,applications
 *   2019-12,SRB,1200,30
 * Cells are plain (no quotes, no separators in them); a figure may be left empty when it is not
 * known. Lines starting with # are comments; "# illustrative: why" marks the archive's figures as
 * filled in for a sample, and every report that draws them says so. Every problem is located at line and column, as in the month files.
 */
export function parseArchive(file: string, text: string): ParsedArchive {
  const months: ParsedArchive['months'] = new Map();
  const firstLines: ParsedArchive['lines'] = new Map();
  const seenOn = new Map<string, number>();
  const cellsAt: NonNullable<ParsedArchive['cells']> = new Map();
  const problems: DataProblem[] = [];
  const problem = (line: number, column: number, message: string, hint: string) => problems.push({ file, line, column, severity: 'error', message, hint });
  const body = text.replace(/^\uFEFF/, '');
  // Line ends of any system: CRLF, LF, or CR alone.
  const lines = body.split(/\r\n|\r|\n/);
  // Lines starting with # are comments; "# illustrative: why" marks the figures as filled in.
  const isComment = (raw: string) => raw.trimStart().startsWith('#');
  const notes = lines.flatMap((raw, index) => {
    const found = /^(\s*#\s*illustrative\s*:)(.*)$/i.exec(raw);
    return found ? [{ line: index + 1, column: found[1]!.length + 1, text: found[2]!.trim() }] : [];
  });
  for (const note of notes.filter((each) => each.text === '')) {
    problem(note.line, note.column, 'the illustrative note is empty', 'Say after "illustrative:" what was filled in and why, or remove the line.');
  }
  const illustrative = notes.find((each) => each.text !== '')?.text;
  const headerIndex = lines.findIndex((raw) => raw.trim() !== '' && !isComment(raw));
  if (headerIndex < 0) {
    problem(1, 1, 'the file is empty', `Write the line ${ARCHIVE_COLUMNS.join(',')}, then one line per month and territory, or remove the file.`);
    return { months, lines: new Map(), problems, illustrative };
  }
  const headerLine = headerIndex + 1;
  const separator = formatProblem(lines[headerIndex]!);
  if (separator) {
    problem(headerLine, separator.column, separator.message, separator.hint);
    return { months, lines: new Map(), problems, illustrative };
  }
  const header = splitCells(lines[headerIndex]!);
  if (header.map((cell) => cell.text.trim().toLowerCase()).join(',') !== ARCHIVE_COLUMNS.join(',')) {
    problem(
      headerLine,
      1,
      `the first line must name the columns ${ARCHIVE_COLUMNS.join(',')}`,
      `Write "${ARCHIVE_COLUMNS.join(',')}" as the first line (after any # comments), then one line per month and territory.`,
    );
    return { months, lines: firstLines, problems, illustrative };
  }
  lines.slice(headerIndex + 1).forEach((raw, index) => {
    const line = headerLine + index + 1;
    if (raw.trim() === '' || isComment(raw)) return;
    const format = formatProblem(raw);
    if (format) {
      problem(line, format.column, format.message, format.hint);
      return;
    }
    const cells = splitCells(raw);
    if (cells.length === ARCHIVE_COLUMNS.length + 1 && cells.at(-1)!.text.trim() === '') {
      problem(line, cells.at(-1)!.column - 1, 'ends with a comma, which makes a fifth cell', 'Remove the comma at the end of the line.');
      return;
    }
    if (cells.length !== ARCHIVE_COLUMNS.length) {
      problem(
        line,
        1,
        `has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}, not ${ARCHIVE_COLUMNS.length}`,
        `Write month,territory,arrivals,applications; leave a figure empty (1200,) when it is not known.`,
      );
      return;
    }
    const row = readRow(cells, (column, message, hint) => problem(line, column, message, hint));
    if (!row) return;
    const month = months.get(row.month) ?? {};
    const first = seenOn.get(`${row.month} ${row.territory}`);
    if (first !== undefined) {
      problem(line, cells[1]!.column, `${row.month} ${row.territory} appears twice (first on line ${first})`, 'Keep one line for each month and territory.');
      return;
    }
    seenOn.set(`${row.month} ${row.territory}`, line);
    cellsAt.set(`${row.month} ${row.territory}`, { line, arrivals: cells[2]!.column, applications: cells[3]!.column });
    month[row.territory] = row.figures;
    months.set(row.month, month);
    if (!firstLines.has(row.month)) firstLines.set(row.month, line);
  });
  return { months, lines: firstLines, cells: cellsAt, problems, illustrative };
}

type Cell = { text: string; column: number };

/**
 * What a spreadsheet's export puts in that the archive does not take: quotes around cells, or
 * semicolons for commas. Said as such, rather than as a wrong number of cells.
 */
function formatProblem(line: string): { column: number; message: string; hint: string } | undefined {
  const quote = line.indexOf('"');
  if (quote >= 0) {
    return {
      column: quote + 1,
      message: 'holds quotes ("): the archive\'s cells are plain',
      hint: 'Save the file without quotes, numbers without thousands separators (1200, not "1,200").',
    };
  }
  const semicolon = line.indexOf(';');
  if (semicolon >= 0 && !line.includes(',')) {
    return { column: semicolon + 1, message: 'separates its cells with semicolons; the archive uses commas', hint: `Save it as CSV with commas: ${ARCHIVE_COLUMNS.join(',')}.` };
  }
  return undefined;
}

function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let column = 1;
  for (const text of line.split(',')) {
    cells.push({ text, column });
    column += text.length + 1;
  }
  return cells;
}

function readRow(cells: Cell[], problem: (column: number, message: string, hint: string) => void) {
  // Spaces around a cell are allowed; a problem points at the cell's first character.
  const trimmed = cells.map((cell) => ({ text: cell.text.trim(), column: cell.column + (cell.text.length - cell.text.trimStart().length) }));
  const [month, territory, arrivals, applications] = trimmed as [Cell, Cell, Cell, Cell];
  let ok = true;
  const fail = (cell: Cell, message: string, hint: string) => {
    problem(cell.column, message, hint);
    ok = false;
  };
  if (!isYearMonth(month.text)) fail(month, describeNotAMonth(month.text), 'Write the month as YYYY-MM, such as 2019-12.');
  if (!TERRITORY_CODES.includes(territory.text as TerritoryCode))
    fail(territory, `${showText(territory.text)} is not a territory code`, `Use one of ${TERRITORY_CODES.join(', ')} (XKS is Kosovo).`);
  const figures: ArchivedFigures = {};
  for (const [name, cell] of [
    ['arrivals', arrivals],
    ['applications', applications],
  ] as const) {
    if (cell.text === '') continue;
    // "-0" is 0, as in the month files.
    if (!/^-?\d+$/.test(cell.text) || (cell.text.startsWith('-') && Number(cell.text) !== 0) || Number(cell.text) > MAX_COUNT) {
      fail(
        cell,
        `${name} must be a whole number from 0 to ${MAX_COUNT.toLocaleString('en-GB')}, found ${showText(cell.text)}`,
        'Write the number with digits only (1200, not "1,200"), or leave the cell empty when it is not known.',
      );
      continue;
    }
    figures[name] = Math.abs(Number(cell.text));
  }
  return ok ? { month: month.text, territory: territory.text as TerritoryCode, figures } : undefined;
}

/** A cell's text for a message, invisible characters named: "ALB<U+200B>". */
function showText(text: string): string {
  return JSON.stringify(text).replace(/./gsu, (character) => (isInvisible(character) ? `<${codePointOf(character)}>` : character));
}
