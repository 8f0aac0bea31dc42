/**
 * `wb-report new --month YYYY-MM`: each report's file for the month, started from the latest
 * earlier month that has one (src/reports/start-month.ts says what is kept, dropped and left
 * empty), written only where there is no file yet.
 */
import path from 'node:path';
import { lstat, stat } from 'node:fs/promises';
import { DataError, EXIT_BAD_INPUT, UsageError } from './core/errors.js';
import { currentMonth, monthLabel, type YearMonth } from './core/months.js';
import { displayPath } from './core/display-path.js';
import { discoverDataFiles, type DataFileRef } from './load/discover-data.js';
import { readDataText } from './load/read-data-file.js';
import { findReport, REPORTS } from './reports/registry.js';
import { startMonthFrom } from './reports/start-month.js';
import type { ReportBundle } from './reports/report-bundle.js';
import { validateMonthText } from './validate/validate-month-file.js';
import { writeNewFileAtomic } from './write/write-atomic.js';

/** What `new` did for one report. */
export interface StartOutcome {
  reportId: string;
  file: string;
  /** written: started from `from`; exists: left as it was; no-earlier: nothing to start from. */
  result: 'written' | 'exists' | 'no-earlier';
  from?: YearMonth;
  emptyFigures?: number;
}

export async function startMonths(options: { month: YearMonth; reportIds?: string[]; dataDir: string; today?: Date }): Promise<StartOutcome[]> {
  const { month, dataDir } = options;
  if (month > currentMonth(options.today)) {
    throw new UsageError(
      `${monthLabel(month)} has not begun yet, and a month's file is refused until it has (validate would stop on it).\n  Try again once it begins, or give an earlier --month.`,
    );
  }
  const bundles = (options.reportIds ?? REPORTS.map((report) => report.id)).map(findReport);
  const refs = await discoverDataFiles(
    dataDir,
    bundles.map((bundle) => bundle.id),
  );
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const plans = bundles.map((bundle) => planStart(bundle, month, refs, dataDir));
  // Something other than a file where one must go (a folder, a named pipe, a broken link) stops
  // the command before anything is written: "kept" would say a month was started that was not.
  for (const plan of plans) await refuseNonFile(plan.file);
  const outcomes: StartOutcome[] = [];
  for (const plan of plans) {
    if (plan.result !== 'start') {
      outcomes.push({ reportId: plan.bundle.id, file: plan.file, result: plan.result });
      continue;
    }
    const sourceFile = path.join(dataDir, plan.from, `${plan.bundle.id}.yaml`);
    const source = await readDataText(sourceFile);
    if ('problems' in source) throw new DataError(source.problems);
    // A month with problems (an unknown field, a figure that does not add up) would pass them on.
    const checked = validateMonthText(plan.bundle, sourceFile, source.text, plan.from);
    if (checked.problems.some((problem) => problem.severity === 'error')) throw new DataError(checked.problems.filter((problem) => problem.severity === 'error'));
    const started = startMonthFrom(plan.bundle, source.text, plan.from, month, today);
    // `new` writes into --data: a folder it may not write is the user's to fix (exit 2), said with that option.
    const written = await writeNewFileAtomic(plan.file, started.text, '--data', EXIT_BAD_INPUT);
    outcomes.push({ reportId: plan.bundle.id, file: plan.file, result: written ? 'written' : 'exists', from: plan.from, emptyFigures: started.emptyFigures });
  }
  return outcomes;
}

type Plan = { bundle: ReportBundle; file: string } & ({ result: 'start'; from: YearMonth } | { result: 'exists' | 'no-earlier' });

/** What `new` will do for one report: start it from the latest earlier month, or not (a file is there, or nothing earlier). */
function planStart(bundle: ReportBundle, month: YearMonth, refs: readonly DataFileRef[], dataDir: string): Plan {
  const file = path.join(dataDir, month, `${bundle.id}.yaml`);
  if (refs.some((ref) => ref.reportId === bundle.id && ref.month === month)) return { bundle, file, result: 'exists' };
  const from = refs
    .filter((ref) => ref.reportId === bundle.id && ref.month < month)
    .map((ref) => ref.month)
    .sort()
    .at(-1);
  return from ? { bundle, file, result: 'start', from } : { bundle, file, result: 'no-earlier' };
}

async function refuseNonFile(file: string): Promise<void> {
  const info = await lstat(file).catch(() => undefined);
  if (!info || info.isFile()) return;
  // A link to a month's file is a file (some keep months elsewhere); a link to nothing is not.
  const target = info.isSymbolicLink() ? await stat(file).catch(() => undefined) : info;
  if (target?.isFile()) return;
  const what = !target ? 'a broken link' : target.isDirectory() ? 'a folder' : target.isFIFO() ? 'a named pipe' : target.isSocket() ? 'a socket' : 'not a regular file';
  throw new UsageError(
    `${displayPath(file)} is ${what}, not a file: \`new\` writes a month's file only where there is nothing.\n  Try: move it away (or remove it), then run \`wb-report new\` again.`,
  );
}
