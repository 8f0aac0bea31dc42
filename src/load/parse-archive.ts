import type { DataProblem } from '../core/errors.js';
import { describeNotAMonth, isYearMonth, type YearMonth } from '../core/months.js';
import { TERRITORY_CODES, type TerritoryCode } from '../core/territories.js';

/** The archive's columns, in order, as its header row names them. */
export const ARCHIVE_COLUMNS = ['month', 'territory', 'arrivals', 'applications'] as const;

/** The largest count a cell may hold, as in the month files. */
const MAX_COUNT = 1_000_000_000;

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
  problems: DataProblem[];
}

/**
 * Reads a report's archive, a CSV of the months before data/ begins:
 *   month,territory,arrivals,applications
 *   2019-12,SRB,1200,30
 * Cells are plain (no quotes, no separators in them); a figure may be left empty when it is not
 * known. Every problem is located at line and column, as in the month files.
 */
export function parseArchive(file: string, text: string): ParsedArchive {
  const months: ParsedArchive['months'] = new Map();
  const firstLines: ParsedArchive['lines'] = new Map();
  const problems: DataProblem[] = [];
  const problem = (line: number, column: number, message: string, hint: string) => problems.push({ file, line, column, severity: 'error', message, hint });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCells(lines[0] ?? '');
  if (header.map((cell) => cell.text.trim().toLowerCase()).join(',') !== ARCHIVE_COLUMNS.join(',')) {
    problem(
      1,
      1,
      `the first line must name the columns ${ARCHIVE_COLUMNS.join(',')}`,
      `Write "${ARCHIVE_COLUMNS.join(',')}" as the first line, then one line per month and territory.`,
    );
    return { months, lines: firstLines, problems };
  }
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    const cells = splitCells(raw);
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
    if (month[row.territory]) {
      problem(line, cells[1]!.column, `${row.month} ${row.territory} appears twice`, 'Keep one line for each month and territory.');
      return;
    }
    month[row.territory] = row.figures;
    months.set(row.month, month);
    if (!firstLines.has(row.month)) firstLines.set(row.month, line);
  });
  return { months, lines: firstLines, problems };
}

type Cell = { text: string; column: number };

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
    fail(territory, `"${territory.text}" is not a territory code`, `Use one of ${TERRITORY_CODES.join(', ')} (XKS is Kosovo).`);
  const figures: ArchivedFigures = {};
  for (const [name, cell] of [
    ['arrivals', arrivals],
    ['applications', applications],
  ] as const) {
    if (cell.text === '') continue;
    if (!/^\d+$/.test(cell.text) || Number(cell.text) > MAX_COUNT) {
      fail(
        cell,
        `${name} must be a whole number from 0 to ${MAX_COUNT.toLocaleString('en-GB')}, found "${cell.text}"`,
        'Write the number with digits only (1200, not "1,200"), or leave the cell empty when it is not known.',
      );
      continue;
    }
    figures[name] = Number(cell.text);
  }
  return ok ? { month: month.text, territory: territory.text as TerritoryCode, figures } : undefined;
}
