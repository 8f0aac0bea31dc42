import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent } from '../../src/format/format-number.js';
import { phraseChange, phraseChangeShort } from '../../src/format/phrase-change.js';
import { joinNames, phraseShares } from '../../src/format/phrase-shares.js';
import { computeShares } from '../../src/indicators/compute-shares.js';
import { TERRITORY_NAMES } from '../../src/core/territories.js';

const NAMES: Record<string, string> = TERRITORY_NAMES;

describe('number formats', () => {
  it('prints thousands separators as the briefs do', () => {
    expect(formatCount(56213)).toBe('56,213');
    expect(formatCount(2926)).toBe('2,926');
    expect(formatCount(838)).toBe('838');
    expect(formatCount(0)).toBe('0');
  });

  it('prints n/a for a missing figure, never 0', () => {
    expect(formatCount(null)).toBe('n/a');
    expect(formatPercent(null)).toBe('n/a');
  });
});

describe('phraseChange', () => {
  it('words the 2025-12 change: 11,814 against 17,400 is a 32% decrease', () => {
    expect(phraseChange((11814 - 17400) / 17400)).toBe('a 32% decrease');
  });

  it('says "an" before a figure said with a vowel first (eight, eleven, eighteen, eighty…), "a" otherwise', () => {
    const phrases = [0.08, 0.11, 0.18, 0.32, 0.8, 0.85, 1.1, 1.8, 8, 11, 18, 0.01].map((change) => phraseChange(-change));
    expect(phrases).toEqual([
      'an 8% decrease',
      'an 11% decrease',
      'an 18% decrease',
      'a 32% decrease',
      'an 80% decrease',
      'an 85% decrease',
      'a 110% decrease',
      'a 180% decrease',
      'an 800% decrease',
      'a 1,100% decrease',
      'a 1,800% decrease',
      'a 1% decrease',
    ]);
  });

  it('words increases and rounding to nothing', () => {
    expect(phraseChange(0.14)).toBe('a 14% increase');
    expect(phraseChange(0.004)).toBe('no change');
  });

  it('has the short form of the 2023-24 editions: 14% less, 14% more', () => {
    expect(phraseChangeShort(-0.14)).toBe('14% less');
    expect(phraseChangeShort(0.14)).toBe('14% more');
  });
});

describe('phraseShares', () => {
  it('writes the 2025-12 sentence word for word', () => {
    const shares = computeShares([
      { key: 'ALB', count: 160 },
      { key: 'BIH', count: 1130 },
      { key: 'XKS', count: 233 },
      { key: 'MNE', count: 160 },
      { key: 'MKD', count: 26 },
      { key: 'SRB', count: 580 },
    ]);
    expect(phraseShares(shares, (code) => NAMES[code]!)).toBe(
      '49% were present in Bosnia and Herzegovina, followed by Serbia (25%), Kosovo (10%), Albania and Montenegro (7% each) and North Macedonia (1%)',
    );
  });

  it('groups three equal shares as the 2023-11 edition does', () => {
    const shares = computeShares([
      { key: 'ALB', count: 169 },
      { key: 'BIH', count: 2193 },
      { key: 'XKS', count: 169 },
      { key: 'MNE', count: 169 },
      { key: 'MKD', count: 85 },
      { key: 'SRB', count: 5650 },
    ]);
    expect(phraseShares(shares, (code) => NAMES[code]!)).toBe(
      '67% were present in Serbia, followed by Bosnia and Herzegovina (26%), Albania, Kosovo and Montenegro (2% each) and North Macedonia (1%)',
    );
  });

  it('joins names with commas and a final "and"', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
