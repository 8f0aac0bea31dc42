import { describe, expect, it } from 'vitest';
import { addMonths, groupConsecutiveMonths, isYearMonth, lastDayOfMonth, monthLabel, monthRange, yearToDateMonths } from '../../src/core/months.js';

describe('months', () => {
  it('accepts only real months written YYYY-MM', () => {
    expect(isYearMonth('2025-12')).toBe(true);
    expect(isYearMonth('2025-13')).toBe(false);
    expect(isYearMonth('2025-1')).toBe(false);
    expect(isYearMonth('25-12')).toBe(false);
  });

  it('steps across year boundaries both ways', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2025-12', -12)).toBe('2024-12');
    expect(addMonths('2025-03', -27)).toBe('2022-12');
  });

  it('lists ranges and the months of a year to date', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(yearToDateMonths('2025-03')).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(yearToDateMonths('2025-12')).toHaveLength(12);
  });

  it('groups missing months into runs, across a year boundary', () => {
    expect(groupConsecutiveMonths(['2024-11', '2024-12', '2025-01', '2025-05'])).toEqual([['2024-11', '2024-12', '2025-01'], ['2025-05']]);
    expect(groupConsecutiveMonths([])).toEqual([]);
  });

  it('knows month lengths, leap years included', () => {
    expect(lastDayOfMonth('2025-12')).toBe(31);
    expect(lastDayOfMonth('2024-02')).toBe(29);
    expect(lastDayOfMonth('2025-02')).toBe(28);
    expect(monthLabel('2025-12')).toBe('December 2025');
  });
});
