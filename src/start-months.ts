/**
 * `wb-report new --month YYYY-MM`: each report's file for the month, started from the latest
 * earlier month that has one (src/reports/start-month.ts says what is kept, dropped and left
 * empty), written only where there is no file yet.
 */
import path from 'node:path';
import { UsageError } from './core/errors.js';
import { currentMonth, monthLabel, type YearMonth } from './core/months.js';
import { displayPath } from './core/display-path.js';
import { discoverDataFiles } from './load/discover-data.js';
import { readDataText } from './load/read-data-file.js';
import { findReport, REPORTS } from './reports/registry.js';
import { startMonthFrom } from './reports/start-month.js';
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
  const outcomes: StartOutcome[] = [];
  for (const bundle of bundles) {
    const file = path.join(dataDir, month, `${bundle.id}.yaml`);
    const from = refs
      .filter((ref) => ref.reportId === bundle.id && ref.month < month)
      .map((ref) => ref.month)
      .sort()
      .at(-1);
    if (refs.some((ref) => ref.reportId === bundle.id && ref.month === month)) {
      outcomes.push({ reportId: bundle.id, file, result: 'exists' });
      continue;
    }
    if (!from) {
      outcomes.push({ reportId: bundle.id, file, result: 'no-earlier' });
      continue;
    }
    const source = await readDataText(path.join(dataDir, from, `${bundle.id}.yaml`));
    if ('problems' in source) {
      throw new UsageError(
        `${displayPath(source.file)} cannot be read to start ${month} from it: ${source.problems[0]!.message}.\n  Try: fix that file first (wb-report validate --month ${from}).`,
      );
    }
    const started = startMonthFrom(bundle, source.text, from, month, today);
    const written = await writeNewFileAtomic(file, started.text);
    outcomes.push({ reportId: bundle.id, file, result: written ? 'written' : 'exists', from, emptyFigures: started.emptyFigures });
  }
  return outcomes;
}
