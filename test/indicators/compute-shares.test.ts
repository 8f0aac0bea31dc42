import { describe, expect, it } from 'vitest';
import { computeShares, groupEqualShares, roundPercent } from '../../src/indicators/compute-shares.js';

describe('computeShares', () => {
  it('gives the 2025-12 edition shares 49 / 25 / 10 / 7 / 7 / 1 for counts that total 2,289', () => {
    // Counts chosen by hand: 1130/2289 = 49.4%, 580/2289 = 25.3%, 233/2289 = 10.2%,
    // 160/2289 = 6.99%, 26/2289 = 1.1%.
    const shares = computeShares([
      { key: 'ALB', count: 160 },
      { key: 'BIH', count: 1130 },
      { key: 'XKS', count: 233 },
      { key: 'MNE', count: 160 },
      { key: 'MKD', count: 26 },
      { key: 'SRB', count: 580 },
    ]);
    expect(shares.map((share) => [share.key, share.percent])).toEqual([
      ['BIH', 49],
      ['SRB', 25],
      ['XKS', 10],
      ['ALB', 7],
      ['MNE', 7],
      ['MKD', 1],
    ]);
  });

  it('gives the 2023-11 edition shares 67 / 26 / 2 / 2 / 2 / 1 for counts that total 8,435', () => {
    // 5650/8435 = 66.98%, 2193/8435 = 26.0%, 169/8435 = 2.0%, 85/8435 = 1.01%.
    const shares = computeShares([
      { key: 'ALB', count: 169 },
      { key: 'BIH', count: 2193 },
      { key: 'XKS', count: 169 },
      { key: 'MNE', count: 169 },
      { key: 'MKD', count: 85 },
      { key: 'SRB', count: 5650 },
    ]);
    expect(shares.map((share) => share.percent)).toEqual([67, 26, 2, 2, 2, 1]);
    expect(shares.map((share) => share.key)).toEqual(['SRB', 'BIH', 'ALB', 'XKS', 'MNE', 'MKD']);
  });

  it('groups neighbours that print the same percentage', () => {
    const groups = groupEqualShares(
      computeShares([
        { key: 'a', count: 7 },
        { key: 'b', count: 7 },
        { key: 'c', count: 86 },
      ]),
    );
    expect(groups.map((group) => group.map((share) => share.key))).toEqual([['c'], ['a', 'b']]);
  });

  it('returns nothing for an empty whole rather than dividing by zero', () => {
    expect(computeShares([{ key: 'a', count: 0 }])).toEqual([]);
  });

  it('rounds half up despite binary fractions', () => {
    expect(roundPercent(0.325)).toBe(33);
    expect(roundPercent(0.0595)).toBe(6);
    expect(roundPercent(0.0049)).toBe(0);
  });
});
