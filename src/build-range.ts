/**
 * Builds many months on one browser: `--from 2024-01 --to 2025-12`, or `--all`. Each month is
 * built as `--month` would build it; one month's failure is recorded and the others go on.
 */
import { DataError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, WbError, type DataProblem } from './core/errors.js';
import { formatProblem } from './core/format-problem.js';
import { monthRange, type YearMonth } from './core/months.js';
import { buildMonthReports, selectedBundles, withBuildSession, type WrittenReport } from './build-reports.js';
import { discoverDataFiles } from './load/discover-data.js';
import type { RunOptions } from './options.js';

/** A (month, report) the range could not build, and why. */
export interface FailedReport {
  month: YearMonth;
  reportIds: string[];
  reason: string;
  exitCode: number;
}

/** What a range build did. */
export interface RangeResult {
  written: WrittenReport[];
  /** (month, report) pairs in the range with no data file. */
  skipped: Array<{ month: YearMonth; reportId: string }>;
  failed: FailedReport[];
  warnings: DataProblem[];
  /** 0 when everything built; otherwise 2 if any failure was bad input, else 1. */
  exitCode: number;
}

/** The months a range covers: from..to, or every month in data/ for --all. */
export interface MonthSpan {
  from?: YearMonth;
  to?: YearMonth;
}

/** Builds every (month, report) with data in the span, one month at a time, on one browser. */
export async function buildRange(options: RunOptions, span: MonthSpan, onMonth?: (month: YearMonth, done: number, total: number) => void): Promise<RangeResult> {
  const bundles = selectedBundles(options);
  const refs = await discoverDataFiles(options.dataDir, bundles.map((bundle) => bundle.id));
  const known = [...new Set(refs.map((ref) => ref.month))].sort();
  const months = monthRange(span.from ?? known[0]!, span.to ?? known.at(-1)!);
  const result: RangeResult = { written: [], skipped: [], failed: [], warnings: [], exitCode: EXIT_OK };
  for (const month of months) {
    for (const bundle of bundles) {
      if (!refs.some((ref) => ref.month === month && ref.reportId === bundle.id)) result.skipped.push({ month, reportId: bundle.id });
    }
  }
  const work = months.filter((month) => refs.some((ref) => ref.month === month));
  await withBuildSession(options, async (session) => {
    for (const [index, month] of work.entries()) {
      onMonth?.(month, index, work.length);
      const targets = bundles.filter((bundle) => refs.some((ref) => ref.month === month && ref.reportId === bundle.id));
      try {
        const built = await buildMonthReports(targets, refs, month, options, session);
        result.written.push(...built.written);
        result.warnings.push(...built.warnings);
      } catch (error) {
        if (!(error instanceof WbError)) throw error;
        const reason = error instanceof DataError ? error.problems.filter((problem) => problem.severity === 'error').map(formatProblem).join('\n') : error.message;
        result.failed.push({ month, reportIds: targets.map((bundle) => bundle.id), reason, exitCode: error.exitCode });
      }
    }
  });
  if (result.failed.length > 0) result.exitCode = result.failed.some((failure) => failure.exitCode === EXIT_BAD_INPUT) ? EXIT_BAD_INPUT : EXIT_INTERNAL;
  return result;
}
