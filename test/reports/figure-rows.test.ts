import { describe, expect, it } from 'vitest';
import { changeRow, countRow, percentRow } from '../../src/reports/figure-rows.js';

const base = { block: 'Persons present', code: 'present.share', label: 'Share', period: { at: '2025-12' } };

describe('a figure as a row of the CSV', () => {
  it('gives a share as the whole percentage printed, and one printed "<1%" with two significant figures, never 0', () => {
    expect(percentRow(base, 1130 / 2289).value).toBe(49);
    expect(percentRow(base, 0.004).value).toBe(0.4);
    expect(percentRow(base, 3 / 1_000_048).value).toBe(0.0003);
    expect(percentRow(base, 0).value).toBe(0);
  });

  it('gives a change signed, as worded ("a 32% decrease" is -32)', () => {
    expect(changeRow(base, (11814 - 17400) / 17400).value).toBe(-32);
  });

  it('marks n/a and partial figures, and never leaves an n/a without a reason', () => {
    expect(countRow(base, null)).toMatchObject({ value: null, status: 'not available' });
    expect(countRow(base, null).note).toMatch(/^Not available: a figure it needs is missing/);
    expect(countRow({ ...base, note: 'There is no data for July 2025.' }, null).note).toBe('There is no data for July 2025.');
    expect(countRow({ ...base, note: 'These totals leave out Kosovo.' }, 2263, true)).toMatchObject({ status: 'partial', note: 'These totals leave out Kosovo.' });
    expect(countRow(base, 0)).toMatchObject({ value: 0, status: 'complete', note: undefined });
  });
});
