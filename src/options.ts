import { availableParallelism } from 'node:os';
import path from 'node:path';
import { UsageError } from './core/errors.js';
import { PROJECT_ROOT } from './core/project-root.js';
import { describeNotAMonth, FIRST_YEAR, isYearMonth, LAST_YEAR, type YearMonth } from './core/months.js';

/** Where month folders are read from, relative to the working directory. */
export const DEFAULT_DATA_DIR = 'data';
/** Where PDFs and HTML drafts are written, relative to the working directory. */
export const DEFAULT_OUT_DIR = 'output';
/** The templates shipped with wb-report. */
export const DEFAULT_TEMPLATES_DIR = path.join(PROJECT_ROOT, 'templates');

/** How long Chromium may take to start, or to print one report, before it counts as hung. */
export const DEFAULT_TIMEOUT_SECONDS = 60;
/** The longest --timeout: an hour is far beyond any print; Node's timers overflow past 24.8 days. */
export const MAX_TIMEOUT_SECONDS = 3600;
/** The most reports printed at once: each is a Chromium renderer of a few hundred MB. */
export const MAX_JOBS = 32;
/** The latest moment a PDF date can hold (31 December 9999, 23:59:59 UTC), in seconds. */
const MAX_SOURCE_DATE_EPOCH = 253_402_300_799;

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
  charts?: boolean;
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
  /** Whether each chart is also written as SVG and PNG under output/<YYYY-MM>/charts/ (--charts). */
  chartImages: boolean;
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

/** Resolves defaults once, and rejects a malformed option or environment variable before anything is read. */
export function resolveRunOptions(raw: RawRunOptions, env: NodeJS.ProcessEnv = process.env): RunOptions {
  // An empty value would quietly mean the current folder, or no choice at all.
  for (const [key, what] of [
    ['data', 'a folder'],
    ['out', 'a folder'],
    ['templates', 'a folder'],
    ['chrome', 'a path to Chromium'],
    ['report', 'a report id'],
  ] as const) {
    if (raw[key] !== undefined && raw[key]!.trim() === '') throw new UsageError(`--${key} is empty.\n  Try giving it ${what}, or leave the option out for the default.`);
  }
  if (raw.month !== undefined) checkMonthOption('--month', raw.month);
  const timeout = parseNumberOption(
    '--timeout',
    raw.timeout ?? String(DEFAULT_TIMEOUT_SECONDS),
    { min: 1, max: MAX_TIMEOUT_SECONDS, integer: false },
    `a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, such as --timeout ${DEFAULT_TIMEOUT_SECONDS}`,
  );
  const jobs =
    raw.jobs === undefined
      ? DEFAULT_JOBS
      : parseNumberOption(
          '--jobs',
          raw.jobs,
          { min: 1, max: MAX_JOBS, integer: true },
          `a whole number from 1 to ${MAX_JOBS}, such as --jobs ${DEFAULT_JOBS} (the number of CPUs here)`,
        );
  return {
    month: raw.month,
    reportIds: raw.report ? [raw.report] : undefined,
    dataDir: path.resolve(raw.data ?? DEFAULT_DATA_DIR),
    outDir: path.resolve(raw.out ?? DEFAULT_OUT_DIR),
    templatesDir: path.resolve(raw.templates ?? DEFAULT_TEMPLATES_DIR),
    htmlOnly: raw.html ?? false,
    chartImages: raw.charts ?? false,
    chrome: raw.chrome,
    strict: raw.strict ?? false,
    quiet: raw.quiet ?? false,
    timeoutMs: timeout * 1000,
    jobs,
    buildDate: resolveBuildDate(env.SOURCE_DATE_EPOCH),
  };
}

/** A month given on the command line (--month, --from, --to), by the one definition of a month. */
export function checkMonthOption(flag: string, value: string): YearMonth {
  if (!isYearMonth(value)) {
    const outOfRange = /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
    throw new UsageError(
      `${flag} ${describeNotAMonth(value)}.\n  Try ${outOfRange ? `a month from ${FIRST_YEAR}-01 to ${LAST_YEAR}-12` : 'the form YYYY-MM'}, for example ${flag} 2025-12.`,
    );
  }
  return value;
}

/** A numeric option inside its range; anything else (text, Infinity, NaN, out of range) is a usage error saying what to give. */
export function parseNumberOption(flag: string, text: string, range: { min: number; max: number; integer: boolean }, expected: string): number {
  const value = /^\s*[+]?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || value < range.min || value > range.max || (range.integer && !Number.isInteger(value))) {
    throw new UsageError(`${flag} ${JSON.stringify(text)} is not ${expected.replace(/, such as .*$/, '')}.\n  Try ${expected}.`);
  }
  return value;
}

/** SOURCE_DATE_EPOCH: a whole number of seconds since 1970 that a PDF date can hold, or the build time when unset. */
function resolveBuildDate(sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return new Date();
  const seconds = /^\d{1,15}$/.test(sourceDateEpoch.trim()) ? Number(sourceDateEpoch.trim()) : Number.NaN;
  if (!(seconds <= MAX_SOURCE_DATE_EPOCH)) {
    const inMilliseconds = seconds / 1000 <= MAX_SOURCE_DATE_EPOCH && /^\d{13}$/.test(sourceDateEpoch);
    throw new UsageError(
      `SOURCE_DATE_EPOCH=${JSON.stringify(sourceDateEpoch)} is not a whole number of seconds since 1970 that a PDF date can hold (up to ${MAX_SOURCE_DATE_EPOCH}, the end of year 9999)${inMilliseconds ? '; it looks like milliseconds' : ''}.\n  Try ${inMilliseconds ? `SOURCE_DATE_EPOCH=${Math.floor(seconds / 1000)}` : 'a value such as 1767225600 (the output of `date +%s`)'}, or unset it.`,
    );
  }
  return new Date(seconds * 1000);
}
