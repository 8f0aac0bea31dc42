/**
 * Builds many months on one browser: `--from 2024-01 --to 2025-12`, or `--all`. Each month is
 * built as `--month` would build it (written only when all its reports printed); one month's
 * failure is recorded and the others go on.
 */
import { DataError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, UsageError, WbError, type DataProblem } from './core/errors.js';
import { formatProblem } from './core/format-problem.js';
import { monthRange, type YearMonth } from './core/months.js';
import { buildMonthReports, discoverForBuild, selectedBundles, withBuildSession, type BuildResult, type WrittenReport } from './build-reports.js';
import { mapWithLimit } from './core/limit-concurrency.js';
import { createCachedValidation } from './validate/cached-validation.js';
import { prepareOutputFolder } from './write/prepare-output-folder.js';
import { describeCompletedWrites } from './write/write-atomic.js';
import type { RunOptions } from './options.js';
import type { RangeProgress } from './progress/range-progress.js';

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

/**
 * Months in flight per print job, so that Node has the next month's charts to draw while
 * Chromium prints (the browser's page limit still holds printing to --jobs). On two cores
 * the gain is small, as both sides are busy; it costs a few hundred kilobytes per month.
 */
const MONTHS_IN_FLIGHT_PER_JOB = 2;

/** What one month of the range came to. */
type MonthOutcome = { built: BuildResult } | { failed: FailedReport };

/**
 * Builds every (month, report) with data in the span on one browser. Several months are in
 * flight at once, so months' data and charts are prepared while others print, and reports
 * print side by side on up to --jobs pages. Results are listed in month order
 * whatever order the months finish in.
 */
export async function buildRange(options: RunOptions, span: MonthSpan, progress?: RangeProgress): Promise<RangeResult> {
  const bundles = selectedBundles(options);
  await prepareOutputFolder(options.outDir);
  const { refs, misnamed } = await discoverForBuild(bundles, options);
  const known = [...new Set(refs.map((ref) => ref.month))].sort();
  const months = monthRange(span.from ?? known[0]!, span.to ?? known.at(-1)!);
  const result: RangeResult = { written: [], skipped: [], failed: [], warnings: [...misnamed], exitCode: EXIT_OK };
  const targetsByMonth = new Map(months.map((month) => [month, bundles.filter((bundle) => refs.some((ref) => ref.month === month && ref.reportId === bundle.id))]));
  for (const [month, targets] of targetsByMonth) {
    // --all means every month with data: a month where no report has any is not one it skipped.
    if (!span.from && !span.to && targets.length === 0) continue;
    for (const bundle of bundles) if (!targets.includes(bundle)) result.skipped.push({ month, reportId: bundle.id });
  }
  const work = months.filter((month) => targetsByMonth.get(month)!.length > 0);
  if (work.length === 0) {
    throw new UsageError(
      `No report has data ${span.from || span.to ? `from ${span.from ?? known[0]} to ${span.to ?? known.at(-1)}` : 'in the data folder'}; the data runs from ${known[0]} to ${known.at(-1)}.\n  Try --from and --to inside that span, or --all.`,
    );
  }
  progress?.start(work.reduce((total, month) => total + targetsByMonth.get(month)!.length, 0));
  // Each data file is read and checked once for the whole range, though many months look back at it.
  const { validateFile } = createCachedValidation();
  const outcomes = await withBuildSession(
    options,
    (session) => {
      session?.expectPrints(work.reduce((total, month) => total + targetsByMonth.get(month)!.length, 0));
      return mapWithLimit(work, MONTHS_IN_FLIGHT_PER_JOB * options.jobs, async (month): Promise<MonthOutcome> => {
        const targets = targetsByMonth.get(month)!;
        try {
          const built = await buildMonthReports(targets, refs, month, options, session, validateFile);
          progress?.monthDone(month, built.written.length, 0);
          return { built };
        } catch (error) {
          if (!(error instanceof WbError)) throw error;
          progress?.monthDone(month, 0, targets.length);
          const reason =
            error instanceof DataError
              ? error.problems
                  .filter((problem) => problem.severity === 'error')
                  .map(formatProblem)
                  .join('\n')
              : error.message;
          return { failed: { month, reportIds: targets.map((bundle) => bundle.id), reason, exitCode: error.exitCode } };
        }
      }).finally(() => progress?.finish());
    },
    () => `the months finished before it are written (${describeCompletedWrites()}), no other file was touched`,
  );
  for (const outcome of outcomes) {
    if ('failed' in outcome) {
      result.failed.push(outcome.failed);
    } else {
      result.written.push(...outcome.built.written);
      // A warning about a month that several built months read (a territory silent in March) is said once.
      for (const warning of outcome.built.warnings) if (!result.warnings.some((seen) => sameProblem(seen, warning))) result.warnings.push(warning);
    }
  }
  if (result.failed.length > 0) result.exitCode = result.failed.some((failure) => failure.exitCode === EXIT_BAD_INPUT) ? EXIT_BAD_INPUT : EXIT_INTERNAL;
  return result;
}

function sameProblem(a: DataProblem, b: DataProblem): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column && a.message === b.message && a.severity === b.severity;
}
