import { describe, expect, it } from 'vitest';
import { bar, createRangeProgress, timeLeft } from '../../src/progress/range-progress.js';

function recorder(isTerminal: boolean, columns?: number) {
  let clock = 0;
  const written: string[] = [];
  return {
    written,
    advance: (ms: number) => (clock += ms),
    output: { write: (text: string) => written.push(text), isTerminal, columns, now: () => clock },
  };
}

describe('range progress', () => {
  it('prints one plain line per month when not on a terminal, with counts and time left', () => {
    const out = recorder(false);
    const progress = createRangeProgress(false, out.output);
    progress.start(4);
    out.advance(2000);
    progress.monthDone('2024-01', 2, 0);
    out.advance(2000);
    progress.monthDone('2024-02', 0, 1);
    progress.finish();
    // 2 reports in 2 s → 1 s each, 2 left; then 3 in 4 s → 1 left, 1.33 s → 2 s rounded up.
    expect(out.written).toEqual(['2024-01: built (2/4 reports, about 2 s left)\n', '2024-02: failed (3/4 reports, 1 failed, about 2 s left)\n']);
  });

  it('redraws one bar in place on a terminal, and clears it at the end', () => {
    const out = recorder(true, 80);
    const progress = createRangeProgress(false, out.output);
    progress.start(4);
    out.advance(3000);
    progress.monthDone('2024-01', 2, 0);
    progress.finish();
    expect(out.written).toEqual(['\r[------------------------] 0/4 reports', '\r[############------------] 2/4 reports, about 3 s left · 2024-01\x1b[K', '\r\x1b[K']);
  });

  it('cuts the bar line to the terminal width, so \\r redraws all of it', () => {
    const out = recorder(true, 30);
    const progress = createRangeProgress(false, out.output);
    progress.start(2);
    progress.monthDone('2024-01', 1, 0);
    expect(out.written[1]!.replace('\r', '').replace('\x1b[K', '')).toHaveLength(29);
  });

  it('prints nothing with --quiet', () => {
    const out = recorder(true, 80);
    const progress = createRangeProgress(true, out.output);
    progress.start(2);
    progress.monthDone('2024-01', 2, 0);
    progress.finish();
    expect(out.written).toEqual([]);
  });

  it('estimates time left from the pace so far, in seconds then minutes', () => {
    expect(timeLeft(0, 0, 10)).toBeUndefined();
    expect(timeLeft(10_000, 10, 10)).toBeUndefined();
    expect(timeLeft(4_000, 2, 10)).toBe('about 16 s left');
    expect(timeLeft(60_000, 1, 5)).toBe('about 4 min left');
  });

  it('fills the bar in proportion', () => {
    expect(bar(0, 8)).toBe(`[${'-'.repeat(24)}]`);
    expect(bar(4, 8)).toBe(`[${'#'.repeat(12)}${'-'.repeat(12)}]`);
    expect(bar(8, 8)).toBe(`[${'#'.repeat(24)}]`);
  });
});
