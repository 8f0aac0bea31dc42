/**
 * How a range build shows where it is. On a terminal: one bar redrawn in place on stderr,
 * with counts and the time left. Elsewhere (CI logs, pipes): one plain line per month on
 * stdout. With --quiet: nothing; the summary and the problems still print.
 */
import type { YearMonth } from '../core/months.js';

/** Told as a range goes: how many reports there are to build, and each month as it ends. */
export interface RangeProgress {
  start(total: number): void;
  monthDone(month: YearMonth, built: number, failed: number): void;
  finish(): void;
}

/** Where progress goes and how time is read; the defaults are the real terminal and clock. */
export interface ProgressOutput {
  write: (text: string) => void;
  /** True when the output is a terminal that can redraw a line. */
  isTerminal: boolean;
  /** Columns of the terminal, for the bar's width. */
  columns?: number;
  now?: () => number;
}

const BAR_WIDTH = 24;

/** The progress display a range build should use. */
export function createRangeProgress(quiet: boolean, output: ProgressOutput = terminalOutput()): RangeProgress {
  if (quiet) return { start: () => undefined, monthDone: () => undefined, finish: () => undefined };
  const now = output.now ?? (() => performance.now());
  let total = 0;
  let built = 0;
  let failed = 0;
  let startedAt = 0;
  const counts = () => {
    const done = built + failed;
    const left = timeLeft(now() - startedAt, done, total);
    return `${done}/${total} reports${failed > 0 ? `, ${failed} failed` : ''}${left ? `, ${left}` : ''}`;
  };
  return {
    start(reports) {
      total = reports;
      startedAt = now();
      if (output.isTerminal) output.write(`\r${bar(0, total)} 0/${total} reports`);
    },
    monthDone(month, builtNow, failedNow) {
      built += builtNow;
      failed += failedNow;
      if (!output.isTerminal) {
        output.write(`${month}: ${failedNow > 0 ? 'failed' : 'built'} (${counts()})\n`);
        return;
      }
      const line = `${bar(built + failed, total)} ${counts()} · ${month}`;
      output.write(`\r${fit(line, output.columns)}\x1b[K`);
    },
    finish() {
      // Clear the bar: the summary line that follows says it all.
      if (output.isTerminal) output.write('\r\x1b[K');
    },
  };
}

/** "about 12 s left", "about 3 min left"; nothing until there is something to go by. */
export function timeLeft(elapsedMs: number, done: number, total: number): string | undefined {
  if (done === 0 || done >= total) return undefined;
  const seconds = Math.ceil(((elapsedMs / done) * (total - done)) / 1000);
  return seconds < 90 ? `about ${seconds} s left` : `about ${Math.round(seconds / 60)} min left`;
}

/** A bar of BAR_WIDTH cells, filled in proportion to what is done. */
export function bar(done: number, total: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
}

function fit(line: string, columns: number | undefined): string {
  // A line wider than the terminal wraps, and \r then redraws only its last part.
  return columns && line.length >= columns ? line.slice(0, columns - 1) : line;
}

function terminalOutput(): ProgressOutput {
  const isTerminal = Boolean(process.stderr.isTTY);
  return isTerminal ? { write: (text) => process.stderr.write(text), isTerminal, columns: process.stderr.columns } : { write: (text) => process.stdout.write(text), isTerminal };
}
