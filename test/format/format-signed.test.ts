import { describe, expect, it } from 'vitest';
import { formatPointChange, formatSignedChange, pointChangeDirection } from '../../src/format/format-signed.js';
import { computeChange } from '../../src/indicators/compute-change.js';
import { computeShareChange } from '../../src/indicators/compute-share-change.js';

describe('signed changes as the IOM brief prints them', () => {
  it('prints 3,100 against 4,630 registrations as "- 33%"', () => {
    expect(formatSignedChange(computeChange(3100, 4630))).toBe('- 33%');
  });

  it('prints increases with a plus and no change as 0%', () => {
    expect(formatSignedChange(0.12)).toBe('+ 12%');
    expect(formatSignedChange(0.001)).toBe('0%');
    expect(formatSignedChange(null)).toBe('n/a');
  });

  it('prints share changes in points, signed, with their arrow: 44% to 36% is down -8%', () => {
    expect(formatPointChange(computeShareChange(0.36, 0.44))).toBe('-8%');
    expect(pointChangeDirection(computeShareChange(0.36, 0.44))).toBe('down');
    expect(formatPointChange(computeShareChange(0.27, 0.11))).toBe('+16%');
    expect(pointChangeDirection(computeShareChange(0.27, 0.11))).toBe('up');
    expect(formatPointChange(computeShareChange(0.2, 0.2))).toBe('0%');
    expect(pointChangeDirection(0.3)).toBe('flat');
  });

  it('takes the change between the shares as printed (34% after 36% is -2, though the exact shares differ by 2.99 points)', () => {
    expect(formatPointChange(computeShareChange(0.335, 0.3649))).toBe('-2%');
  });

  it('has no change in share without last month, and counts a newcomer from 0', () => {
    expect(formatPointChange(computeShareChange(0.3, undefined))).toBe('n/a');
    expect(computeShareChange(0.12, 0)).toBeCloseTo(12, 10);
  });

  it('rounds half points away from zero both ways', () => {
    expect(formatPointChange(2.5)).toBe('+3%');
    expect(formatPointChange(-2.5)).toBe('-3%');
  });
});
