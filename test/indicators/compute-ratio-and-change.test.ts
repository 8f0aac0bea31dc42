import { describe, expect, it } from 'vitest';
import { computeChange } from '../../src/indicators/compute-change.js';
import { computeRatio } from '../../src/indicators/compute-ratio.js';
import { computeYearToDate } from '../../src/indicators/compute-year-to-date.js';
import { formatPercent } from '../../src/format/format-number.js';

describe('computeRatio', () => {
  it('reproduces the 2023-11 edition: 1,178 applications against 35,600 intentions is 3%', () => {
    expect(formatPercent(computeRatio(1178, 35600))).toBe('3%');
  });

  it('reproduces the 2025-12 edition: 838 applications against 14,088 intentions is 6%', () => {
    expect(formatPercent(computeRatio(838, 14088))).toBe('6%');
  });

  it('is not available without intentions', () => {
    expect(computeRatio(10, 0)).toBeNull();
    expect(computeRatio(null, 10)).toBeNull();
  });
});

describe('computeChange', () => {
  it('is the relative change against the previous figure', () => {
    expect(computeChange(11814, 17400)).toBeCloseTo(-0.321, 3);
    expect(computeChange(114, 100)).toBeCloseTo(0.14, 10);
  });

  it('is not available against 0 or a missing figure', () => {
    expect(computeChange(5, 0)).toBeNull();
    expect(computeChange(null, 5)).toBeNull();
  });
});

describe('computeYearToDate', () => {
  it('adds January to the month', () => {
    const values: Record<string, number> = { '2025-01': 10, '2025-02': 20, '2025-03': 30 };
    expect(computeYearToDate('2025-03', (month) => values[month])).toEqual({ total: 60, missingMonths: [] });
  });

  it('is not available when a month is missing, and names it', () => {
    const values: Record<string, number> = { '2025-01': 10, '2025-03': 30 };
    expect(computeYearToDate('2025-03', (month) => values[month])).toEqual({ total: null, missingMonths: ['2025-02'] });
  });

  it('is not available when a month is there but its figure is not', () => {
    const values: Record<string, number | null> = { '2025-01': 10, '2025-02': null, '2025-03': 30 };
    expect(computeYearToDate('2025-03', (month) => values[month])).toEqual({ total: null, missingMonths: [] });
  });
});
