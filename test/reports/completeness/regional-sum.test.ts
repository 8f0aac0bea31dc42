import { describe, expect, it } from 'vitest';
import { sumRegion } from '../../../src/reports/completeness/regional-sum.js';
import { leftOutSentence } from '../../../src/reports/completeness/left-out-sentence.js';

describe('sumRegion: a regional figure complete, partial with what it leaves out, or n/a', () => {
  const all = ['ALB', 'BIH', 'MNE', 'SRB'] as const;

  it('adds every territory when all reported, a reported 0 included', () => {
    expect(sumRegion({ ALB: 10, BIH: 0, MNE: 5, SRB: 7 }, all, 'not-available')).toEqual({ value: 22, leftOut: [] });
  });

  it('is n/a under the not-available rule when one expected territory is silent', () => {
    expect(sumRegion({ ALB: 10, BIH: 0, SRB: 7 }, all, 'not-available')).toEqual({ value: null, leftOut: ['MNE'] });
    expect(sumRegion({ ALB: 10, BIH: 0, MNE: null, SRB: 7 }, all, 'not-available')).toEqual({ value: null, leftOut: ['MNE'] });
  });

  it('adds the others under the partial rule and names the silent ones, in the order expected', () => {
    expect(sumRegion({ SRB: 7, ALB: 10 }, all, 'partial')).toEqual({ value: 17, leftOut: ['BIH', 'MNE'] });
  });

  it('is n/a, never 0, when nothing at all was reported, under either rule', () => {
    expect(sumRegion({}, all, 'partial')).toEqual({ value: null, leftOut: [...all] });
    expect(sumRegion(undefined, [], 'partial')).toEqual({ value: null, leftOut: [] });
  });

  it('reads a figure inside an entry, and an entry without it counts as left out', () => {
    const present = { ALB: { persons: 160, uasc: 10 }, BIH: { persons: 1130 } as { persons: number; uasc?: number } };
    expect(sumRegion(present, ['ALB', 'BIH'], 'partial', (entry) => entry.uasc)).toEqual({ value: 10, leftOut: ['BIH'] });
  });

  it('counts a territory that reported though not expected (it is part of the region)', () => {
    expect(sumRegion({ ALB: 3, SRB: 4 }, ['ALB'], 'not-available')).toEqual({ value: 7, leftOut: [] });
  });

  it("adds only the territories of a group when told (the ratio's territories with an intention step)", () => {
    expect(sumRegion({ ALB: 3, SRB: 4, XKS: 502 }, ['ALB', 'SRB'], 'not-available', undefined, ['ALB', 'SRB', 'MNE'])).toEqual({ value: 7, leftOut: [] });
  });
});

describe('leftOutSentence', () => {
  it('names the territories in one sentence, or says nothing', () => {
    expect(leftOutSentence('These totals leave out', ['XKS', 'MKD'], 'did not report for December 2025')).toBe(
      'These totals leave out Kosovo and North Macedonia, which did not report for December 2025.',
    );
    expect(leftOutSentence('These totals leave out', [], 'did not report')).toBe('');
  });
});
