import { availableParallelism } from 'node:os';
import path from 'node:path';
import { UsageError } from './core/errors.js';
import { PROJECT_ROOT } from './core/project-root.js';
import { isYearMonth, type YearMonth } from './core/months.js';

/** Where month folders are read from, relative to the working directory. */
export const DEFAULT_DATA_DIR = 'data';
/** Where PDFs and HTML drafts are written, relative to the working directory. */
export const DEFAULT_OUT_DIR = 'output';
/** The templates shipped with wb-report. */
export const DEFAULT_TEMPLATES_DIR = path.join(PROJECT_ROOT, 'templates');

/** How long Chromium may take to start, or to print one report, before it counts as hung. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** Reports printed at once by default: one per CPU, since each page is rendered by its own Chromium process. */
export const DEFAULT_JOBS = availableParallelism();

/** Options of a build or validate run, as the CLI gives them. */
export interface RawRunOptions {
  month?: string;
  report?: string;
  data?: string;
  out?: string;
  templates?: string;
  html?: boolean;
  chrome?: string;
  strict?: boolean;
  quiet?: boolean;
  timeout?: string;
  jobs?: string;
}

/** Options with every default resolved. */
export interface RunOptions {
  month?: YearMonth;
  reportIds?: string[];
  dataDir: string;
  outDir: string;
  templatesDir: string;
  htmlOnly: boolean;
  chrome?: string;
  strict: boolean;
  quiet: boolean;
  /** Milliseconds Chromium may take to start or to print one report. */
  timeoutMs: number;
  /** How many reports print at once on the one browser (--jobs); the number of CPUs by default. */
  jobs: number;
  /** Fixed date for reproducible PDFs, from SOURCE_DATE_EPOCH; the build time otherwise. */
  buildDate: Date;
}

/** Resolves defaults once, and rejects a malformed month before anything is read. */
export function resolveRunOptions(raw: RawRunOptions, env: NodeJS.ProcessEnv = process.env): RunOptions {
  if (raw.month !== undefined && !isYearMonth(raw.month)) {
    throw new UsageError(`--month ${JSON.stringify(raw.month)} is not a month.\n  Try the form YYYY-MM, for example --month 2025-12.`);
  }
  const timeout = Number(raw.timeout ?? DEFAULT_TIMEOUT_SECONDS);
  if (!(timeout > 0)) throw new UsageError(`--timeout ${raw.timeout} is not a number of seconds.\n  Try a positive number such as ${DEFAULT_TIMEOUT_SECONDS}.`);
  const jobs = raw.jobs === undefined ? DEFAULT_JOBS : Number(raw.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${raw.jobs} is not a number of reports to print at once.\n  Try a whole number from 1 up, such as --jobs ${DEFAULT_JOBS} (the number of CPUs here).`);
  return {
    month: raw.month,
    reportIds: raw.report ? [raw.report] : undefined,
    dataDir: path.resolve(raw.data ?? DEFAULT_DATA_DIR),
    outDir: path.resolve(raw.out ?? DEFAULT_OUT_DIR),
    templatesDir: path.resolve(raw.templates ?? DEFAULT_TEMPLATES_DIR),
    htmlOnly: raw.html ?? false,
    chrome: raw.chrome,
    strict: raw.strict ?? false,
    quiet: raw.quiet ?? false,
    timeoutMs: timeout * 1000,
    jobs,
    buildDate: resolveBuildDate(env.SOURCE_DATE_EPOCH),
  };
}

function resolveBuildDate(sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return new Date();
  if (!/^\d+$/.test(sourceDateEpoch)) {
    throw new UsageError(`SOURCE_DATE_EPOCH=${sourceDateEpoch} is not a number of seconds.\n  Try a whole number such as 1767225600, or unset it.`);
  }
  return new Date(Number(sourceDateEpoch) * 1000);
}
