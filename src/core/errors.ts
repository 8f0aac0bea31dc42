/**
 * The errors wb-report raises on purpose. Each knows its exit code and prints without a
 * stack trace: 2 for bad input (data or usage), 1 for internal or browser failures.
 */

/** Exit code for a successful run. */
export const EXIT_OK = 0;
/** Exit code for an internal failure or a browser that would not start or print. */
export const EXIT_INTERNAL = 1;
/** Exit code for bad input: invalid data, or a command line that does not make sense. */
export const EXIT_BAD_INPUT = 2;

/** Base class: a message meant for the person at the keyboard, and the exit code that goes with it. */
export class WbError extends Error {
  readonly exitCode: number;
  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options.exitCode ?? EXIT_INTERNAL;
  }
}

/** A command line that asks for something impossible (a malformed month, an unknown report). */
export class UsageError extends WbError {
  constructor(message: string) {
    super(message, { exitCode: EXIT_BAD_INPUT });
  }
}

/** Where in a data file a problem sits; line and column count from 1. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** One thing wrong with the data: where, what, and what to try. */
export interface DataProblem extends SourceLocation {
  /** The field, written as a dotted path ("present.by_territory.BIH.uasc"), when there is one. */
  field?: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** Every problem found in the data, collected before failing so one run shows them all. */
export class DataError extends WbError {
  readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    super(`The data has ${errors} ${errors === 1 ? 'problem' : 'problems'}.`, { exitCode: EXIT_BAD_INPUT });
    this.problems = problems;
  }
}

/** The first line of a library's error, without advice meant for the library's own users (puppeteer's "Increase the 'protocolTimeout' setting…"). */
export function firstLineOf(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split('\n')[0]!
    .replace(/\s*Increase the 'protocolTimeout' setting[^.]*\.?/, '')
    .trim();
}

/** The browser is missing, would not start, crashed or timed out. */
export class BrowserError extends WbError {
  constructor(message: string, cause?: unknown) {
    super(message, { exitCode: EXIT_INTERNAL, cause });
  }
}

/** A template that does not compile or asks for a field the model does not have. */
export class TemplateError extends WbError {
  readonly location: SourceLocation;
  constructor(message: string, location: SourceLocation, cause?: unknown) {
    super(message, { exitCode: EXIT_INTERNAL, cause });
    this.location = location;
  }
}

/**
 * A printed report that failed the print audit (a figure cut off, a page of the wrong size or
 * blank, content wider than the page, a template that navigated away). Exit 2 when the data
 * caused it, 1 otherwise; either way the last good PDF stays.
 */
export class PrintAuditError extends WbError {
  constructor(message: string, options: { causedByData: boolean }) {
    super(message, { exitCode: options.causedByData ? EXIT_BAD_INPUT : EXIT_INTERNAL });
  }
}
