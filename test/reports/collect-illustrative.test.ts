import { describe, expect, it } from 'vitest';
import { collectIllustrative } from '../../src/reports/collect-illustrative.js';

describe('collectIllustrative', () => {
  const labels = { arrivals: 'New arrivals by territory' };
  const marked = (month: string) => ({ month, data: { arrivals: { illustrative: `filled in for ${month}` } } });

  it('spans the months a block was filled in, and takes the latest note', () => {
    expect(collectIllustrative([marked('2025-01'), marked('2025-02'), marked('2025-03')], labels)).toEqual([
      { block: 'New arrivals by territory', months: 'January 2025 to March 2025', note: 'filled in for 2025-03' },
    ]);
  });

  it('says "some months from" when months between are not marked, with no parentheses of its own', () => {
    const [note] = collectIllustrative([marked('2025-01'), { month: '2025-02', data: { arrivals: {} } }, marked('2025-03')], labels);
    expect(note!.months).toBe('some months from January 2025 to March 2025');
  });
});
